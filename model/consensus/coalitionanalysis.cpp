// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "consensus/coalitionanalysis.h"

#include "consensus/clauseshape.h"
#include "consensus/minimumhittingset.h"
#include "consensus/whatif.h"
#include "storage/workspace.h"

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

// The states accepting (accept rule) and supporting, from an encoded stance vector.
struct Acceptance
{
    StateSet accepting;
    StateSet supporting;
};

Acceptance acceptance(const QByteArray &vector, int size)
{
    Acceptance a{StateSet(size), StateSet(size)};
    for (int i = 0; i < std::min<qsizetype>(size, vector.size()); ++i) {
        const Stance s = StanceMatrix::stanceOf(quint8(vector[i]));
        if (CoalitionAnalysis::accepts(s))
            a.accepting.insert(i);
        if (s == Stance::Supports)
            a.supporting.insert(i);
    }
    return a;
}

} // namespace

// Everything the analysis needs about one clause, independent of the members.
struct CoalitionAnalysis::ClauseData
{
    qint64 clauseId = 0;
    int ordinal = 0;
    QString number;
    ClauseShape shape;
    Acceptance whole;
    QHash<QString, Acceptance> alternatives;
};

CoalitionAnalysis::Clause CoalitionAnalysis::analyseClause(const ClauseData &d,
                                                           const StateSet &members)
{
    Clause c;
    c.clauseId = d.clauseId;
    c.ordinal = d.ordinal;
    c.number = d.number;
    const int size = members.size();
    c.nonAcceptors = members - d.whole.accepting;
    const QList<ClauseShape::Group> &groups = d.shape.groups();
    c.groups.resize(groups.size());
    // Extra failure reasons of an alternative from unresolved groups nested in it.
    QHash<QString, StateSet> nestedFailure;
    QHash<QString, bool> nestedBlocked;
    for (qsizetype g = groups.size() - 1; g >= 0; --g) { // innermost first
        const ClauseShape::Group &sg = groups[g];
        Group &cg = c.groups[g];
        cg.id = sg.id;
        cg.optional = sg.optional;
        cg.parentAlternative = sg.parentAlternative;
        QList<StateSet> failing;
        int bestSupport = -1;
        for (const ClauseShape::Alternative &sa : sg.alternatives) {
            const Acceptance acc =
                d.alternatives.value(sa.id, Acceptance{StateSet(size), StateSet(size)});
            Alternative a;
            a.id = sa.id;
            a.text = sa.text;
            a.acceptors = members & acc.accepting;
            a.nonAcceptors = members - acc.accepting;
            a.viable = a.nonAcceptors.isEmpty() && !nestedBlocked.value(sa.id);
            StateSet fail = a.nonAcceptors;
            if (nestedFailure.contains(sa.id))
                fail |= nestedFailure.value(sa.id);
            failing << fail;
            if (a.viable) {
                const int support = (members & acc.supporting).count();
                if (support > bestSupport) {
                    bestSupport = support;
                    cg.chosen = a.id;
                }
            }
            cg.alternatives << a;
        }
        cg.resolved = !cg.chosen.isEmpty() || cg.optional;
        cg.failingBecause = StateSet(size);
        if (!cg.resolved) {
            cg.failingBecause = MinimumHittingSet::of(failing);
            if (!cg.parentAlternative.isEmpty()) {
                nestedBlocked.insert(cg.parentAlternative, true);
                StateSet &f = nestedFailure[cg.parentAlternative];
                if (f.size() == 0)
                    f = StateSet(size);
                f |= cg.failingBecause;
            }
        }
        if (cg.resolved)
            c.choice.insert(cg.id, cg.chosen);
    }
    c.failingBecause = c.nonAcceptors;
    bool resolved = true;
    for (const Group &g : std::as_const(c.groups)) {
        if (g.parentAlternative.isEmpty() && !g.resolved) {
            resolved = false;
            c.failingBecause |= g.failingBecause;
        }
    }
    c.accepted = c.nonAcceptors.isEmpty() && resolved;
    if (c.accepted)
        c.text = d.shape.resolvedText(c.choice);
    else
        c.choice.clear();
    return c;
}

CoalitionAnalysis::CoalitionAnalysis(const Workspace &workspace, qint64 documentId,
                                     const StateSet &members, const WhatIf *whatIf)
    : m_workspace(workspace)
    , m_documentId(documentId)
    , m_members(members)
{
    const int size = int(workspace.stateOrder().size());
    const auto vector = [&](qint64 clauseId, const QString &alternative) {
        QByteArray v = workspace.stances().vector(clauseId, alternative);
        if (whatIf)
            whatIf->apply(clauseId, alternative, v);
        return v;
    };
    for (const ::Plenipo::Clause &cl : workspace.clauses(documentId)) {
        auto d = std::make_shared<ClauseData>();
        d->clauseId = cl.id;
        d->ordinal = cl.ordinal;
        d->number = cl.number;
        d->shape = ClauseShape::of(cl.text);
        d->whole = acceptance(vector(cl.id, {}), size);
        for (const ClauseShape::Group &g : d->shape.groups()) {
            for (const ClauseShape::Alternative &a : g.alternatives)
                d->alternatives.insert(a.id, acceptance(vector(cl.id, a.id), size));
        }
        m_clauses << analyseClause(*d, m_members);
        m_data << d;
    }
}

CoalitionAnalysis::~CoalitionAnalysis() = default;
CoalitionAnalysis::CoalitionAnalysis(const CoalitionAnalysis &) = default;

const CoalitionAnalysis::Clause *CoalitionAnalysis::clause(qint64 clauseId) const
{
    for (const Clause &c : m_clauses) {
        if (c.clauseId == clauseId)
            return &c;
    }
    return nullptr;
}

QList<qint64> CoalitionAnalysis::acceptedClauses() const
{
    QList<qint64> out;
    for (const Clause &c : m_clauses) {
        if (c.accepted)
            out << c.clauseId;
    }
    return out;
}

QString CoalitionAnalysis::text() const
{
    QStringList lines;
    for (const Clause &c : m_clauses) {
        if (c.accepted)
            lines << c.number + u' ' + c.text;
    }
    return lines.join(u'\n');
}

QList<CoalitionAnalysis::JoinChange> CoalitionAnalysis::changesToJoin(int state) const
{
    QList<JoinChange> out;
    StateSet with = m_members;
    with.insert(state);
    for (qsizetype i = 0; i < m_clauses.size(); ++i) {
        const Clause &c = m_clauses[i];
        if (!c.accepted)
            continue;
        const ClauseData &d = *m_data[i];
        // Does the state accept the version the coalition took?
        bool accepts = d.whole.accepting.contains(state);
        for (auto it = c.choice.cbegin(); accepts && it != c.choice.cend(); ++it) {
            if (it->isEmpty())
                continue;
            const ClauseShape::Group *g = d.shape.group(it.key());
            // Only groups that are part of the text: top level, or inside a chosen alternative.
            if (g && !g->parentAlternative.isEmpty() &&
                c.choice.value(g->parentAlternative.section(u'.', 0, 0)) != g->parentAlternative)
                continue;
            accepts = d.alternatives.value(*it).accepting.contains(state);
        }
        if (accepts)
            continue;
        const Clause joined = analyseClause(d, with);
        if (!joined.accepted) {
            out << JoinChange{c.clauseId, c.number, JoinChange::Kind::DropClause, {}, {}, {}};
            continue;
        }
        for (const Group &g : joined.groups) {
            const QString from = c.choice.value(g.id);
            if (from != g.chosen)
                out << JoinChange{c.clauseId, c.number, JoinChange::Kind::SwitchAlternative,
                                  g.id,       from,     g.chosen};
        }
    }
    return out;
}

} // namespace Plenipo
