// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark of the Akoma Ntoso exchange (not a test: run it from the release preset):
// - export of the 2,000-clause synthetic document (SyntheticWorkspace, as `plenipo generate`
//   makes it) to Akoma Ntoso, positions included; floor 300 ms;
// - import of the UN resolution A/RES/75/32 (read, check, write the document, its clauses and
//   the recorded vote as positions into a workspace); floor 50 ms.
// Prints the median of several runs.

#include "exchange/aknexporter.h"
#include "exchange/fileimporter.h"
#include "sample/samplebuilder.h"
#include "sample/syntheticworkspace.h"
#include "storage/workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void exportBenchmark(const QTemporaryDir &dir, const SyntheticWorkspace::Parameters &parameters,
                     const char *label)
{
    const QString path = dir.filePath(u"synthetic-%1.plenipo"_s.arg(parameters.states));
    SyntheticWorkspace::generate(path, parameters);
    const auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
    const Document &doc = ws->documents().first();
    ExportOptions options;
    options.documentId = doc.id;
    QList<double> times;
    qint64 bytes = 0;
    for (int run = 0; run < 5; ++run) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QElapsedTimer timer;
        timer.start();
        AknExporter().write(*ws, options, buffer);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        bytes = buffer.size();
    }
    // What the export reads: every clause's positions as groups sharing stance and details
    // (the detail vectors and a few thousand detail rows), against reading them row by row.
    QList<qint64> clauseIds;
    for (const Clause &clause : ws->clauses(doc.id))
        clauseIds.append(clause.id);
    QList<double> groupTimes;
    qsizetype groups = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<PositionGroup> read = ws->positionGroups(clauseIds);
        groupTimes.append(double(timer.nsecsElapsed()) / 1e6);
        qsizetype positions = 0;
        for (const PositionGroup &g : read)
            positions += g.states.size();
        groups = read.size();
        if (positions != ws->positionCount())
            std::printf("bench_akn: grouped reading gave %lld positions, expected %lld\n",
                        qlonglong(positions), qlonglong(ws->positionCount()));
    }
    QElapsedTimer rowTimer;
    rowTimer.start();
    qsizetype rows = 0;
    for (const qint64 id : std::as_const(clauseIds))
        rows += ws->positions(id).size();
    const double rowTime = double(rowTimer.nsecsElapsed()) / 1e6;
    if (rows != ws->positionCount())
        std::printf("bench_akn: read %lld positions, expected %lld\n", qlonglong(rows),
                    qlonglong(ws->positionCount()));
    std::printf(
        "bench_akn: export %s: %lld clauses, %lld positions, %.1f MB of XML: median %.1f ms "
        "(floor 300 ms); of which reading the positions as %lld groups: median %.1f ms (row by "
        "row they take %.1f ms)\n",
        label, qlonglong(ws->clauses(doc.id).size()), qlonglong(ws->positionCount()),
        double(bytes) / 1e6, median(times), qlonglong(groups), median(groupTimes), rowTime);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    exportBenchmark(dir, {}, "synthetic document (193 states on every clause and alternative)");
    SyntheticWorkspace::Parameters textOnly;
    textOnly.states = 1;
    exportBenchmark(dir, textOnly,
                    "synthetic document with 1 state (the text and 8,000 positions)");

    const QString un = QStringLiteral(PLENIPO_SHARED_DIR) + u"/akn/examples/75_32_E.xml"_s;
    if (!QFile::exists(un)) {
        std::printf("bench_akn: import skipped: %s is missing\n", qPrintable(un));
        return 0;
    }
    QList<double> times;
    qsizetype positions = 0;
    for (int run = 0; run < 9; ++run) {
        auto ws = Workspace::create(dir.filePath(u"un%1.plenipo"_s.arg(run)),
                                    [](Workspace &w) { SampleBuilder::addStates(w); });
        QElapsedTimer timer;
        timer.start();
        FileImporter importer(*ws);
        importer.read(un);
        importer.apply(*ws);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        positions = ws->positionCount();
    }
    std::printf("bench_akn: import of A/RES/75/32 (%lld positions from the recorded vote): median "
                "%.1f ms (floor 50 ms)\n",
                qlonglong(positions), median(times));
    return 0;
}
