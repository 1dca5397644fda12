// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/position.h"

#include <QDateTime>
#include <QString>

namespace Plenipo {

// A position that no longer sits on any alternative of its clause: the words it was given on
// are gone (orphaned) or were agreed and lost their brackets (agreed). It keeps its details
// and history, is shown, and is never counted by consensus, coalition analysis or exports.
// An orphaned one can be re-attached to an alternative or discarded (both undoable).
struct DetachedPosition
{
    enum class Reason : quint8
    {
        Orphaned,
        Agreed,
    };

    qint64 id = 0;
    Position position; // position.alternative: the id it had when it was detached
    QString words;     // the words of that alternative then
    Reason reason = Reason::Orphaned;
    qint64 detachedOnRevision = 0; // the clause revision whose text detached it
    QDateTime detachedAt;
};

} // namespace Plenipo
