// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>

class QSqlDatabase;

namespace Plenipo {

// What a workspace file must hold before Workspace loads it. SQLite's integrity check only says
// that the pages are sound: a file edited with foreign keys off (an emptied `state` table, an
// alias whose state is gone) or a flipped byte in a BLOB passes it, and loading such a file
// crashed or silently attached data to the wrong state. The validator checks the references
// between the tables loaded at open (aliases, members, documents, clauses, norms, adherents,
// stance vectors), the ranges of kinds and ordinals, and the form of every stance and detail
// vector; Workspace::open refuses the file with the first problem found, naming the table and
// the row. The bulk position tables (`position`, `position_history`: up to millions of rows) are
// read per clause and checked there, not at open.
class WorkspaceValidator
{
public:
    // The first problem of the current-schema database `db` ("table state_alias: the alias
    // 'X' belongs to state 7, which does not exist"), or an empty string when there is none.
    static QString problem(QSqlDatabase &db);

    // The problem of one `stance_vector` row for `stateCount` states, or an empty string:
    // stance bytes beyond the encoding, a vector longer than the states, detail runs that are
    // malformed, empty or cover more states than there are.
    static QString stanceVectorProblem(qint64 clauseId, const QString &alternative,
                                       QByteArrayView stances, QByteArrayView details,
                                       int stateCount);
};

} // namespace Plenipo
