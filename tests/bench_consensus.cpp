// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark (not a test; run from the release preset): the synthetic workspace of issue 4,
// 193 states x 2,000 clauses x (1 + 3 alternatives) = 1.5 million positions. Prints one line per
// figure: generation, open + whole consensus analysis, one position change + its update (median
// of many), peak memory (VmHWM). Floors: < 10 s, < 300 ms, < 1 ms, < 300 MB.
// The file is generated in /tmp once and reused (PLENIPO_BENCH_REGENERATE=1 makes it again).
#include "consensus/consensusengine.h"
#include "sample/syntheticworkspace.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

qint64 peakRssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString file = QDir::temp().filePath(u"plenipo-bench-193x2000x3.plenipo"_s);
    SyntheticWorkspace::Parameters p; // 193 x 2000 x 3
    if (!QFile::exists(file) || qEnvironmentVariableIsSet("PLENIPO_BENCH_REGENERATE")) {
        QFile::remove(file);
        QElapsedTimer t;
        t.start();
        SyntheticWorkspace::generate(file, p);
        std::printf("generate 193 states x 2000 clauses x 3 alternatives (1.54 M positions): "
                    "%.2f s\n",
                    t.nsecsElapsed() / 1e9);
    } else {
        std::printf("generate: reusing %s (set PLENIPO_BENCH_REGENERATE=1 to time it)\n",
                    qPrintable(file));
    }

    QElapsedTimer t;
    t.start();
    auto ws = Workspace::open(file);
    const qint64 opened = t.nsecsElapsed();
    ConsensusEngine engine(*ws);
    engine.setProcess(*ws->processByCode(u"SYNTH"));
    engine.setDocument(ws->documentBySymbol(u"SYNTH/1")->id);
    const qint64 analysed = t.nsecsElapsed();
    std::printf("open + whole consensus analysis: %.1f ms (open %.1f ms, analysis %.1f ms; "
                "%lld positions, %d blocked of %d clauses)\n",
                analysed / 1e6, opened / 1e6, (analysed - opened) / 1e6,
                qint64(ws->positionCount()), engine.summary().count(ConsensusStatus::Blocked),
                engine.summary().clauseCount);

    // One position change through the workspace (transaction, history, vector) and the
    // engine's update, repeated on random cells.
    const QList<Clause> clauses = ws->clauses(ws->documentBySymbol(u"SYNTH/1")->id);
    QRandomGenerator rng(7);
    QList<qint64> times;
    const QStringList alternatives{u""_s, u"g1.1"_s, u"g1.2"_s, u"g1.3"_s};
    for (int i = 0; i < 300; ++i) {
        Position pos;
        pos.clauseId = clauses[rng.bounded(int(clauses.size()))].id;
        pos.state = ws->stateOrder()[rng.bounded(int(ws->stateOrder().size()))];
        pos.alternative = alternatives[rng.bounded(4)];
        pos.stance = Stance(rng.bounded(5));
        QElapsedTimer one;
        one.start();
        ws->setPosition(pos); // the engine updates on positionsChanged
        times << one.nsecsElapsed();
    }
    std::sort(times.begin(), times.end());
    std::printf("one position change + update: median %.3f ms (90th percentile %.3f ms, "
                "300 changes)\n",
                times[times.size() / 2] / 1e6, times[times.size() * 9 / 10] / 1e6);

    // The engine's part alone.
    QList<qint64> updates;
    for (int i = 0; i < 1000; ++i) {
        const qint64 id = clauses[rng.bounded(int(clauses.size()))].id;
        QElapsedTimer one;
        one.start();
        engine.update(id);
        updates << one.nsecsElapsed();
    }
    std::sort(updates.begin(), updates.end());
    std::printf("consensus update of one clause: median %.3f ms\n",
                updates[updates.size() / 2] / 1e6);
    std::printf("peak memory (VmHWM): %.1f MB\n", peakRssKb() / 1024.0);
    return 0;
}
