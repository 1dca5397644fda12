// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmarks of text identity (issue 10), run from the release preset:
//  1. carrying the positions of 193 states across a revision of a clause with 10 bracketed
//     spans (a new bracket inserted before them, so every id changes): the whole undoable save
//     (SpanAligner, the revision, Workspace::carryPositions, the undo snapshot), median of runs,
//     each followed by its undo (not timed);
//  2. aligning two 2,000-clause documents with no lineage by content (ClauseAligner with its
//     index of rare words): next year's version with every clause renumbered, 5% of the words
//     changed, 50 clauses moved, 20 deleted and 20 inserted.

#include "commands/setclausetextcommand.h"
#include "compare/clausealigner.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <random>
#include <time.h>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

// The CPU time this thread has used, in ms: on a machine shared with other work the wall time of
// a few milliseconds mostly measures waiting for a core.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

void carry()
{
    QTemporaryDir dir;
    QStringList codes;
    for (int i = 0; i < 193; ++i)
        codes << u"S%1"_s.arg(i, 2, 36, QChar(u'0')).toUpper();
    auto ws = Workspace::create(dir.filePath(u"bench.plenipo"_s), [&](Workspace &w) {
        QList<State> states;
        for (const QString &c : codes) {
            State s;
            s.iso3 = c;
            s.name = c;
            s.officialName = c;
            states << s;
        }
        w.addStates(states);
        Document d;
        d.symbol = u"B/1"_s;
        d.title = u"Bench"_s;
        d.kind = Document::Kind::ZeroDraft;
        w.addDocument(d);
    });
    QString text = u"States"_s;
    for (int i = 0; i < 10; ++i)
        text += u" agree on point %1 [with the bracketed words number %1 of this span]"_s.arg(i);
    text += u"."_s;
    Clause c;
    c.documentId = ws->documents().first().id;
    c.number = u"1"_s;
    c.text = text;
    const qint64 clause = ws->addClause(c);
    std::mt19937 random(10);
    QList<Position> positions;
    for (int g = 1; g <= 10; ++g) {
        for (const QString &s : codes) {
            Position p;
            p.clauseId = clause;
            p.state = s;
            p.alternative = u"g%1.1"_s.arg(g);
            p.stance = Stance(random() % 5);
            p.sourceKind = u"statement"_s;
            p.sourceText = u"group %1"_s.arg(random() % 4);
            p.revisionId = ws->clause(clause)->revisionId;
            positions << p;
        }
    }
    ws->setPositions(positions);
    const QString revised = u"[New opening words] "_s + text;
    QList<double> times;
    QList<double> cpu;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer t;
        const double cpuStart = threadCpuMs();
        t.start();
        ws->undoStack()->push(new SetClauseTextCommand(*ws, clause, revised, u"bench"_s));
        times << t.nsecsElapsed() / 1e6;
        cpu << threadCpuMs() - cpuStart;
        if (ws->stances().vector(clause, u"g11.1"_s).count('\0') != 0 ||
            ws->stances().vector(clause, u"g1.1"_s).size() != 0) {
            std::printf("bench_textidentity: positions did not follow their words\n");
            std::exit(1);
        }
        ws->undoStack()->undo();
    }
    std::printf(
        "carry: 193 states x 10 bracketed spans across a revision (save, align, move, "
        "snapshot for undo): median %.2f ms, thread CPU time %.2f ms (21 runs; floor < 5 ms)\n",
        median(times), median(cpu));
}

void align()
{
    std::mt19937 random(2026);
    QStringList vocabulary;
    const QStringList syllables{u"sta"_s, u"te"_s, u"ri"_s,  u"con"_s,  u"duct"_s, u"in"_s,
                                u"fra"_s, u"cy"_s, u"ber"_s, u"norm"_s, u"pro"_s,  u"tect"_s};
    while (vocabulary.size() < 4000) {
        QString w;
        for (int n = 1 + int(random() % 4); n > 0; --n)
            w += syllables.at(random() % syllables.size());
        vocabulary << w;
    }
    const QStringList common{u"the"_s, u"of"_s, u"and"_s, u"States"_s, u"to"_s, u"in"_s};
    QList<ClauseAligner::Clause> a;
    for (int i = 0; i < 2000; ++i) {
        QStringList words;
        for (int k = 0, n = 25 + int(random() % 60); k < n; ++k)
            words << (random() % 3 == 0 ? common.at(random() % common.size())
                                        : vocabulary.at(random() % vocabulary.size()));
        a << ClauseAligner::Clause{i + 1, 0, QString::number(i + 1), words.join(u' ')};
    }
    QList<ClauseAligner::Clause> b;
    for (int i = 0; i < 2000; ++i) {
        if (i % 100 == 7)
            continue; // deleted
        QStringList words = a.at(i).text.split(u' ');
        for (QString &w : words) {
            if (random() % 20 == 0)
                w = vocabulary.at(random() % vocabulary.size());
        }
        b << ClauseAligner::Clause{10000 + i, 0, QString(), words.join(u' ')};
        if (i % 100 == 50) {
            QStringList fresh;
            for (int k = 0; k < 40; ++k)
                fresh << vocabulary.at(random() % vocabulary.size());
            b << ClauseAligner::Clause{20000 + i, 0, QString(), fresh.join(u' ')};
        }
    }
    for (int k = 0; k < 50; ++k)
        b.move(qsizetype(random() % b.size()), qsizetype(random() % b.size()));
    for (qsizetype i = 0; i < b.size(); ++i)
        b[i].number = QString::number(i + 3); // renumbered
    QList<double> times;
    qsizetype paired = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        const QList<ClauseAligner::Pair> pairs = ClauseAligner::align(a, b);
        times << t.nsecsElapsed() / 1e6;
        paired = std::count_if(pairs.cbegin(), pairs.cend(),
                               [](const ClauseAligner::Pair &p) { return p.isMatched(); });
    }
    std::printf("align: two 2,000-clause documents, no lineage, by content: median %.1f ms "
                "(5 runs; %lld of 1,980 counterparts paired; floor < 300 ms)\n",
                median(times), qlonglong(paired));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // `bench_textidentity carry` or `... align` runs one of them (e.g. under a profiler).
    const QStringList only = app.arguments().mid(1);
    if (only.isEmpty() || only.contains(u"carry"_s))
        carry();
    if (only.isEmpty() || only.contains(u"align"_s))
        align();
    return 0;
}
