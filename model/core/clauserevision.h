// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

namespace Plenipo {

// One saved state of a clause's text. The first revision is the clause as created.
struct ClauseRevision
{
    qint64 id = 0;
    qint64 clauseId = 0;
    int number = 1; // 1-based, in order of saving
    QString text;
    QString author;
    QDateTime created; // UTC
    QString note;
};

} // namespace Plenipo
