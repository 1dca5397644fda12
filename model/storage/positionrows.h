// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/position.h"

#include <QString>

namespace Plenipo {

class SqlQuery;

// How a position is read from its rows, in one place for the storage and the facade's position
// writes: the columns of a position (p) with its state (s) and details (d), and of a history
// entry (p, which holds the details itself), in the order read() takes them.
class PositionRows
{
public:
    // p.id, p.clause_id, p.alternative, s.iso3, p.stance, then the nine detail columns.
    static QString columns();
    // position p JOIN state s JOIN position_detail d.
    static QString tables();
    // The same columns of position_history p (joined with state s).
    static QString historyColumns();
    // The details (source_kind, source_text, source_symbol, source_date, note, internal,
    // revision_id, author, modified, in this order) from column `first` on into `p`.
    static void readDetails(const SqlQuery &q, int first, Position &p);
    // A position from columns() at the start of the row.
    static Position read(const SqlQuery &q);
    // True when the two share every detail a detail row holds except author and time.
    static bool sameDetails(const Position &a, const Position &b);
};

} // namespace Plenipo
