// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/stance.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Plenipo {

// One state's stance on one clause, or on one alternative of a bracketed group in it.
struct Position
{
    qint64 id = 0;
    qint64 clauseId = 0;
    QString alternative; // empty: the whole clause; else an alternative id such as "g1.2"
    QString state;       // ISO3
    Stance stance = Stance::NoPosition;
    QString sourceKind; // "statement", "document", "vote", "illustrative"...
    QString sourceText; // what was said or where
    QString sourceSymbol;
    QDate sourceDate;
    QString note;
    bool internal = false; // internal: never leaves in a coalition export
    qint64 revisionId = 0; // the clause revision the position was given on (0: unknown)
    // Who recorded this value and when (filled by the workspace; empty for positions from a
    // workspace older than format 3).
    QString author;
    QDateTime modified;
};

} // namespace Plenipo
