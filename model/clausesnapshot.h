#pragma once

#include "clause.h"
#include "clauserevision.h"
#include "position.h"

#include <QList>

namespace Plenipo {

// Everything a removed clause had, so that undo can put it back exactly (same ids, revisions,
// positions and place in its document).
struct ClauseSnapshot
{
    Clause clause;
    QList<ClauseRevision> revisions;
    QList<Position> positions;
    QList<qint64> descendants; // clauses whose origin was this one (their link is restored)
};

} // namespace Plenipo
