// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/stance.h"
#include "core/stateset.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Plenipo {

class WhatIf;
class Workspace;

// What a coalition (any set of states: a group, a process's members, a hand-picked list) can
// agree on in a document, clause by clause, and why the rest fails.
//
// Accept rule: a state accepts a clause, or an alternative, when its recorded stance on it is
// "supports", "can accept" or "reservation" (a reservation joins the text while placing the
// reservation on record). "Objects", "no position" and no recorded position do not accept:
// adhering to a joint text needs a positive stance.
//
// A version of a clause takes one alternative of every group that matters (a nested group only
// when the alternative around it is taken; a lone bracketed span may also be dropped). The
// coalition accepts a clause when every member accepts the clause as a whole and every
// alternative of some version. The analysis takes, per group, the alternative every member
// accepts that most members support (then the first); an optional span every member accepts
// stays, otherwise it is dropped. The coalition text is each accepted clause with its groups
// resolved that way (ClauseShape::resolvedText).
class CoalitionAnalysis
{
public:
    static bool accepts(Stance stance)
    {
        return stance == Stance::Supports || stance == Stance::CanAccept ||
               stance == Stance::Reservation;
    }

    struct Alternative
    {
        QString id;
        QString text;
        StateSet acceptors;    // members accepting it
        StateSet nonAcceptors; // members not accepting it
        bool viable = false;   // every member accepts it (and a version of what it contains)
    };
    struct Group
    {
        QString id;
        bool optional = false;
        QString parentAlternative;
        QList<Alternative> alternatives;
        // The alternative taken ("g1.2"); empty when an optional span is dropped or when no
        // alternative is viable.
        QString chosen;
        bool resolved = false; // chosen, or dropped (optional)
        // When unresolved: the fewest members whose non-acceptance leaves no alternative.
        StateSet failingBecause;
    };
    struct Clause
    {
        qint64 clauseId = 0;
        int ordinal = 0;
        QString number;
        bool accepted = false;
        StateSet nonAcceptors; // members not accepting the clause as a whole
        QList<Group> groups;
        QHash<QString, QString> choice; // group id -> alternative id ("" dropped)
        // When not accepted: the members who make it fail (the whole-clause non-acceptors and
        // the failingBecause of every unresolved top-level group).
        StateSet failingBecause;
        QString text; // resolved text when accepted, else empty
    };

    // What a state outside the coalition needs changed to join it.
    struct JoinChange
    {
        enum class Kind
        {
            SwitchAlternative, // take `to` instead of `from` in `group` (both sides accept it)
            DropClause,        // no version of the clause suits the coalition and the state
        };
        qint64 clauseId = 0;
        QString number;
        Kind kind = Kind::DropClause;
        QString group;
        QString from;
        QString to;
        bool operator==(const JoinChange &) const = default;
    };

    // Analyses the document for `members`, with the stances of `whatIf` (may be null) over the
    // saved ones.
    CoalitionAnalysis(const Workspace &workspace, qint64 documentId, const StateSet &members,
                      const WhatIf *whatIf = nullptr);
    ~CoalitionAnalysis();
    CoalitionAnalysis(const CoalitionAnalysis &other);

    const Workspace &workspace() const { return m_workspace; }
    qint64 documentId() const { return m_documentId; }
    const StateSet &members() const { return m_members; }
    const QList<Clause> &clauses() const { return m_clauses; }
    const Clause *clause(qint64 clauseId) const;
    QList<qint64> acceptedClauses() const;
    // The coalition text: "NUMBER TEXT" per accepted clause, one per line.
    QString text() const;

    // For a state outside the coalition (state index), the smallest set of changes to the
    // coalition text that lets it join: per accepted clause it does not accept, either another
    // version that every member and the state accept (switch the alternatives that differ) or
    // dropping the clause. Empty when it already accepts the whole text.
    QList<JoinChange> changesToJoin(int state) const;

private:
    struct ClauseData;
    static Clause analyseClause(const ClauseData &data, const StateSet &members);

    const Workspace &m_workspace;
    qint64 m_documentId;
    StateSet m_members;
    QList<Clause> m_clauses;
    QList<std::shared_ptr<const ClauseData>> m_data; // aligned with m_clauses
};

} // namespace Plenipo
