// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/clause.h"
#include "core/clauserevision.h"
#include "core/positionsnapshot.h"

#include <QList>

namespace Plenipo {

// Everything a removed clause had, so that undo can put it back exactly (same ids, revisions,
// positions and place in its document).
struct ClauseSnapshot
{
    Clause clause;
    QList<ClauseRevision> revisions;
    QList<qint64> descendants; // clauses whose origin was this one (their link is restored)
    PositionSnapshot store;    // every stored record of its positions, restored exactly
};

} // namespace Plenipo
