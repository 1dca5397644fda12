// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "consensus/consensusengine.h"

#include "consensus/minimumhittingset.h"
#include "consensus/whatif.h"
#include "core/error.h"
#include "core/process.h"
#include "storage/workspace.h"

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

// Splits the members by their encoded stance in `vector`.
struct Split
{
    StateSet supporters, acceptors, reservations, objectors, silent;
    explicit Split(int size)
        : supporters(size)
        , acceptors(size)
        , reservations(size)
        , objectors(size)
        , silent(size)
    {}
};

Split split(const StateSet &members, const QByteArray &vector)
{
    Split s(members.size());
    const qsizetype n = vector.size();
    for (int i : members.indices()) {
        const quint8 b = i < n ? quint8(vector[i]) : 0;
        switch (StanceMatrix::stanceOf(b)) {
        case Stance::Supports:
            s.supporters.insert(i);
            break;
        case Stance::CanAccept:
            s.acceptors.insert(i);
            break;
        case Stance::Reservation:
            s.reservations.insert(i);
            break;
        case Stance::Objects:
            s.objectors.insert(i);
            break;
        case Stance::NoPosition:
            s.silent.insert(i);
            break;
        }
    }
    return s;
}

} // namespace

ConsensusEngine::ConsensusEngine(const Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_members(int(workspace.stateOrder().size()))
{
    // Only what a change touches is analysed again: the clause whose text or positions
    // changed, the clause inserted into the document (the others keep their analysis and move),
    // nothing for a clause removed. Everything after a rollback.
    connect(&workspace, &Workspace::positionsChanged, this, &ConsensusEngine::update);
    connect(&workspace, &Workspace::clauseChanged, this, &ConsensusEngine::update);
    connect(&workspace, &Workspace::clauseInserted, this, &ConsensusEngine::clauseInserted);
    connect(&workspace, &Workspace::clauseRemoved, this, &ConsensusEngine::clauseRemoved);
    connect(&workspace, &Workspace::documentRemoved, this, [this](qint64 documentId) {
        if (documentId == m_documentId) {
            m_documentId = 0;
            recompute();
        }
    });
    connect(&workspace, &Workspace::reloaded, this, [this] {
        if (m_documentId && !m_workspace.document(m_documentId))
            m_documentId = 0;
        recompute();
    });
}

void ConsensusEngine::clauseInserted(qint64 documentId, int ordinal, qint64 clauseId)
{
    if (documentId != m_documentId)
        return;
    if (ordinal < 0 || ordinal > m_clauses.size()) {
        recompute();
        return;
    }
    m_clauses.insert(ordinal, analyseClause(clauseId));
    reindex(ordinal);
}

void ConsensusEngine::clauseRemoved(qint64 documentId, int ordinal, qint64 clauseId)
{
    if (documentId != m_documentId)
        return;
    const int i = m_index.value(clauseId, -1);
    if (i < 0 || i != ordinal) {
        recompute();
        return;
    }
    m_clauses.removeAt(i);
    m_shapes.remove(clauseId);
    m_index.remove(clauseId);
    reindex(i);
}

void ConsensusEngine::reindex(int from)
{
    for (qsizetype i = from; i < m_clauses.size(); ++i) {
        m_clauses[i].ordinal = int(i);
        m_index.insert(m_clauses.at(i).clauseId, int(i));
    }
    rebuildSummary();
    Q_EMIT recomputed();
}

ConsensusEngine::~ConsensusEngine() = default;

void ConsensusEngine::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    recompute();
}

void ConsensusEngine::setMembers(const StateSet &members)
{
    m_members = members;
    recompute();
}

void ConsensusEngine::setProcess(const Process &process)
{
    setMembers(m_workspace.processMemberSet(process));
}

void ConsensusEngine::setWhatIf(const WhatIf *whatIf)
{
    for (const auto &c : std::as_const(m_whatIfConnections))
        disconnect(c);
    m_whatIfConnections.clear();
    m_whatIf = whatIf;
    if (whatIf)
        m_whatIfConnections << connect(whatIf, &WhatIf::changed, this, &ConsensusEngine::update);
    recompute();
}

const ClauseConsensus *ConsensusEngine::clause(qint64 clauseId) const
{
    const int i = m_index.value(clauseId, -1);
    return i < 0 ? nullptr : &m_clauses.at(i);
}

QByteArray ConsensusEngine::effectiveVector(qint64 clauseId, const QString &alternative) const
{
    QByteArray v = m_workspace.stances().vector(clauseId, alternative);
    if (m_whatIf)
        m_whatIf->apply(clauseId, alternative, v);
    return v;
}

Stance ConsensusEngine::stance(qint64 clauseId, QStringView alternative, int state) const
{
    if (m_whatIf) {
        if (const auto s = m_whatIf->stance(clauseId, alternative, state))
            return *s;
    }
    return m_workspace.stances().stance(clauseId, alternative, state);
}

ClauseConsensus ConsensusEngine::analyse(const ClauseShape &shape, const StateSet &members,
                                         const std::function<QByteArray(const QString &)> &stances)
{
    ClauseConsensus c;
    const int size = members.size();
    {
        Split whole = split(members, stances(QString()));
        c.supporters = whole.supporters;
        c.acceptors = whole.acceptors;
        c.reservations = whole.reservations;
        c.objectors = whole.objectors;
        c.silent = whole.silent;
    }
    const MarkupStatistics &st = shape.statistics();
    c.bracketedSpans = st.bracketedSpans;
    c.alternativeGroups = st.alternativeGroups;
    c.alternatives = st.alternatives;
    c.clauseOptions = st.clauseOptions;
    c.deletions = st.deletions;
    c.adReferendum = shape.adReferendum();

    const QList<ClauseShape::Group> &groups = shape.groups();
    c.groups.resize(groups.size());
    // Objectors per alternative including the blocks of nested groups.
    QHash<QString, StateSet> effective;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const ClauseShape::Group &sg = groups[g];
        ClauseConsensus::Group &cg = c.groups[g];
        cg.id = sg.id;
        cg.optional = sg.optional;
        cg.parentAlternative = sg.parentAlternative;
        for (const ClauseShape::Alternative &sa : sg.alternatives) {
            Split s = split(members, stances(sa.id));
            ClauseConsensus::Alternative a;
            a.id = sa.id;
            a.text = sa.text;
            a.supporters = s.supporters;
            a.acceptors = s.acceptors;
            a.reservations = s.reservations;
            a.objectors = s.objectors;
            a.silent = s.silent;
            effective.insert(sa.id, s.objectors);
            cg.alternatives << a;
        }
    }
    // Innermost groups first: group numbers follow their first "[", so a nested group comes
    // after the group it sits in.
    for (qsizetype g = groups.size() - 1; g >= 0; --g) {
        ClauseConsensus::Group &cg = c.groups[g];
        QList<StateSet> objections;
        for (ClauseConsensus::Alternative &a : cg.alternatives) {
            const StateSet &e = effective[a.id];
            a.inLandingZone = e.isEmpty();
            if (a.inLandingZone)
                cg.landingZone << a.id;
            objections << e;
        }
        cg.minimalBlockingSet = StateSet(size);
        if (!cg.hasLandingZone()) {
            cg.minimalBlockingSet = MinimumHittingSet::of(objections);
            if (!cg.parentAlternative.isEmpty())
                effective[cg.parentAlternative] |= cg.minimalBlockingSet;
        }
    }

    c.blockers = c.objectors;
    for (const ClauseConsensus::Group &cg : std::as_const(c.groups)) {
        if (cg.parentAlternative.isEmpty() && !cg.hasLandingZone())
            c.blockers |= cg.minimalBlockingSet;
    }
    if (!c.blockers.isEmpty())
        c.status = ConsensusStatus::Blocked;
    else if (!groups.isEmpty() || !c.silent.isEmpty())
        c.status = ConsensusStatus::Open;
    else if (!c.reservations.isEmpty())
        c.status = ConsensusStatus::Contested;
    else if (!c.adReferendum.isEmpty())
        c.status = ConsensusStatus::AgreedAdReferendum;
    else
        c.status = ConsensusStatus::Agreed;
    return c;
}

ClauseConsensus ConsensusEngine::analyseClause(qint64 clauseId)
{
    const std::optional<Clause> clause = m_workspace.clause(clauseId);
    if (!clause)
        throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(clauseId));
    Entry &e = m_shapes[clauseId];
    if (e.text.isNull() || e.text != clause->text) {
        e.text = clause->text.isNull() ? QString(QStringView(u"")) : clause->text;
        e.shape = ClauseShape::of(clause->text);
    }
    ClauseConsensus c = analyse(e.shape, m_members, [this, clauseId](const QString &alt) {
        return effectiveVector(clauseId, alt);
    });
    c.clauseId = clauseId;
    c.ordinal = clause->ordinal;
    c.number = clause->number;
    return c;
}

void ConsensusEngine::recompute()
{
    m_clauses.clear();
    m_index.clear();
    if (m_members.size() != m_workspace.stateOrder().size()) {
        // States were added: widen the member set (new states are not members).
        StateSet widened(int(m_workspace.stateOrder().size()));
        for (int i : m_members.indices())
            widened.insert(i);
        m_members = widened;
    }
    const QList<Clause> clauses =
        m_documentId ? m_workspace.clauses(m_documentId) : QList<Clause>();
    QHash<qint64, Entry> shapes;
    m_clauses.reserve(clauses.size());
    for (const Clause &cl : clauses) {
        if (m_shapes.contains(cl.id))
            shapes.insert(cl.id, m_shapes.value(cl.id));
    }
    m_shapes = shapes;
    for (const Clause &cl : clauses) {
        m_index.insert(cl.id, int(m_clauses.size()));
        m_clauses << analyseClause(cl.id);
    }
    rebuildSummary();
    Q_EMIT recomputed();
}

void ConsensusEngine::update(qint64 clauseId)
{
    const int i = m_index.value(clauseId, -1);
    if (i < 0)
        return;
    if (!m_workspace.clause(clauseId)) {
        recompute();
        return;
    }
    const ClauseConsensus before = m_clauses.at(i);
    m_clauses[i] = analyseClause(clauseId);
    const ClauseConsensus &now = m_clauses.at(i);

    // Adjust the aggregates instead of recounting the document.
    DocumentConsensus &s = m_summary;
    s.counts[std::size_t(before.status)] -= 1;
    s.counts[std::size_t(now.status)] += 1;
    s.bracketedSpans += now.bracketedSpans - before.bracketedSpans;
    s.alternativeGroups += now.alternativeGroups - before.alternativeGroups;
    s.alternatives += now.alternatives - before.alternatives;
    s.deletions += now.deletions - before.deletions;
    s.adReferendum += int(!now.adReferendum.isEmpty()) - int(!before.adReferendum.isEmpty());
    s.blockedClauses.removeOne(clauseId);
    if (now.status == ConsensusStatus::Blocked) {
        const auto key = [this](qint64 id) {
            const ClauseConsensus &c = m_clauses.at(m_index.value(id));
            return std::pair(c.blockers.count(), c.ordinal);
        };
        const auto k = std::pair(now.blockers.count(), now.ordinal);
        const auto at = std::lower_bound(s.blockedClauses.cbegin(), s.blockedClauses.cend(), k,
                                         [&key](qint64 id, const auto &v) { return key(id) < v; });
        s.blockedClauses.insert(at - s.blockedClauses.cbegin(), clauseId);
    }
    Q_EMIT clauseUpdated(clauseId);
}

void ConsensusEngine::rebuildSummary()
{
    DocumentConsensus s;
    s.documentId = m_documentId;
    s.clauseCount = int(m_clauses.size());
    QList<const ClauseConsensus *> blocked;
    for (const ClauseConsensus &c : std::as_const(m_clauses)) {
        s.counts[std::size_t(c.status)] += 1;
        s.bracketedSpans += c.bracketedSpans;
        s.alternativeGroups += c.alternativeGroups;
        s.alternatives += c.alternatives;
        s.deletions += c.deletions;
        s.adReferendum += int(!c.adReferendum.isEmpty());
        if (c.status == ConsensusStatus::Blocked)
            blocked << &c;
    }
    std::stable_sort(blocked.begin(), blocked.end(), [](const auto *a, const auto *b) {
        return std::pair(a->blockers.count(), a->ordinal) <
               std::pair(b->blockers.count(), b->ordinal);
    });
    for (const ClauseConsensus *c : std::as_const(blocked))
        s.blockedClauses << c->clauseId;
    m_summary = s;
}

} // namespace Plenipo
