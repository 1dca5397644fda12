// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartdata.h"

#include "consensussession.h"

#include "consensus/consensusengine.h"
#include "markup/markupparser.h"
#include "markup/markuptree.h"
#include "storage/workspace.h"

#include <QSet>

namespace Plenipo {

int ChartData::GroupSupport::total() const
{
    int n = 0;
    for (const QStringList &s : states)
        n += int(s.size());
    return n;
}

ChartData::Dashboard ChartData::dashboard(const ConsensusSession &session)
{
    Dashboard d;
    const ConsensusEngine *engine = session.engine();
    const Workspace *ws = session.workspace();
    if (!engine || !ws || !session.documentId())
        return d;
    const DocumentConsensus &summary = engine->summary();
    d.clauseCount = summary.clauseCount;
    for (ConsensusStatus s : allConsensusStatuses)
        d.clausesByStatus[std::size_t(s)] = summary.count(s);
    const MarkupParser parser;
    for (const Clause &c : ws->clauses(session.documentId()))
        d.statistics += parser.parse(c.text).statistics();
    return d;
}

QList<ChartData::Draft> ChartData::lineage(const Workspace &workspace, qint64 documentId)
{
    QList<const Document *> chain;
    QSet<qint64> seen; // a damaged lineage with a cycle must not loop
    for (const Document *d = workspace.document(documentId); d && !seen.contains(d->id);
         d = workspace.document(d->predecessorId)) {
        seen.insert(d->id);
        chain.prepend(d);
    }
    for (qint64 current = documentId; current;) {
        const Document *next = nullptr;
        for (const Document &d : workspace.documents()) {
            if (d.predecessorId == current && !seen.contains(d.id) &&
                (!next || d.date < next->date))
                next = workspace.document(d.id);
        }
        if (!next)
            break;
        seen.insert(next->id);
        chain.append(next);
        current = next->id;
    }
    QList<Draft> drafts;
    const MarkupParser parser;
    for (const Document *d : chain) {
        Draft draft{d->id, d->symbol, {}};
        for (const Clause &c : workspace.clauses(d->id))
            draft.statistics += parser.parse(c.text).statistics();
        drafts << draft;
    }
    return drafts;
}

QList<ChartData::GroupSupport> ChartData::supportByGroup(const ConsensusSession &session,
                                                         StateGroup::Kind kind, qint64 clauseId)
{
    QList<GroupSupport> result;
    const Workspace *ws = session.workspace();
    if (!ws)
        return result;
    QList<qint64> clauses;
    if (clauseId) {
        clauses << clauseId;
    } else {
        for (const Clause &c : ws->clauses(session.documentId()))
            clauses << c.id;
    }
    for (const StateGroup &g : ws->groups()) {
        if (g.kind != kind)
            continue;
        GroupSupport support{g.code, g.name, {}};
        for (const QString &iso : g.members) {
            const int index = ws->stateIndex(iso);
            if (index < 0 || !session.isMember(index))
                continue;
            for (qint64 id : clauses) {
                const Stance stance = session.stance(id, {}, index).value_or(Stance::NoPosition);
                support.states[std::size_t(stance)] << iso;
            }
        }
        result << support;
    }
    return result;
}

} // namespace Plenipo
