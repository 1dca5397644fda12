// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "consensus/coalitionproblem.h"

#include "consensus/clauseshape.h"
#include "consensus/coalitionanalysis.h"
#include "consensus/whatif.h"
#include "markup/markupstatistics.h"
#include "storage/workspace.h"

namespace Plenipo {

namespace {

StateSet accepting(const QByteArray &vector, int size)
{
    StateSet s(size);
    for (int i = 0; i < std::min<qsizetype>(size, vector.size()); ++i) {
        if (CoalitionAnalysis::accepts(StanceMatrix::stanceOf(quint8(vector[i]))))
            s.insert(i);
    }
    return s;
}

struct Enumerator
{
    const ClauseShape &shape;
    const QHash<QString, StateSet> &alternatives;
    int maxVersions;
    QList<CoalitionProblem::Version> &out;

    // Chooses for the first pending group, then recurses on the rest (plus the groups nested in
    // the alternative taken).
    void run(QStringList pending, QHash<QString, QString> choice, const StateSet &acceptors)
    {
        if (int(out.size()) >= maxVersions)
            return;
        if (pending.isEmpty()) {
            CoalitionProblem::Version v;
            v.choice = choice;
            v.acceptors = acceptors;
            v.words = int(MarkupStatistics::countWords(shape.resolvedText(choice)));
            out << v;
            return;
        }
        const QString id = pending.takeFirst();
        const ClauseShape::Group *g = shape.group(id);
        for (const ClauseShape::Alternative &a : g->alternatives) {
            QStringList next = pending;
            for (const ClauseShape::Group &nested : shape.groups()) {
                if (nested.parentAlternative == a.id)
                    next << nested.id;
            }
            QHash<QString, QString> c = choice;
            c.insert(id, a.id);
            run(next, c, acceptors & alternatives.value(a.id, StateSet(acceptors.size())));
        }
        if (g->optional) {
            QHash<QString, QString> c = choice;
            c.insert(id, QString());
            run(pending, c, acceptors);
        }
    }
};

} // namespace

CoalitionProblem CoalitionProblem::fromDocument(const Workspace &workspace, qint64 documentId,
                                                const WhatIf *whatIf, int maxVersions)
{
    CoalitionProblem p;
    p.stateCount = int(workspace.stateOrder().size());
    const auto vector = [&](qint64 clauseId, const QString &alternative) {
        QByteArray v = workspace.stances().vector(clauseId, alternative);
        if (whatIf)
            whatIf->apply(clauseId, alternative, v);
        return v;
    };
    for (const ::Plenipo::Clause &cl : workspace.clauses(documentId)) {
        const ClauseShape shape = ClauseShape::of(cl.text);
        QHash<QString, StateSet> alternatives;
        QStringList topLevel;
        for (const ClauseShape::Group &g : shape.groups()) {
            if (g.parentAlternative.isEmpty())
                topLevel << g.id;
            for (const ClauseShape::Alternative &a : g.alternatives)
                alternatives.insert(a.id, accepting(vector(cl.id, a.id), p.stateCount));
        }
        Clause c;
        c.clauseId = cl.id;
        c.number = cl.number;
        Enumerator e{shape, alternatives, std::max(1, maxVersions), c.versions};
        e.run(topLevel, {}, accepting(vector(cl.id, {}), p.stateCount));
        p.clauses << c;
    }
    return p;
}

} // namespace Plenipo
