// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark (not a test; run from the release preset): `plenipo consensus WORKSPACE --document
// SYNTH/1 --json` on the 193 x 2,000 x 3 synthetic workspace (1.5 M positions, made once in
// /tmp), run as a user runs it, output to a file: wall time (median of 5) and the command's
// peak memory (its maximum resident set). Floors (issue 12): < 500 ms and < 100 MB.
#include "sample/syntheticworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Plenipo;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString big = QDir::temp().filePath(u"plenipo-bench-workbench-193x2000x3-v5.plenipo"_s);
    if (!QFile::exists(big) || qEnvironmentVariableIsSet("PLENIPO_BENCH_REGENERATE")) {
        for (const char *suffix : {"", ".lock", "-wal", "-shm"})
            QFile::remove(big + QLatin1StringView(suffix));
        SyntheticWorkspace::generate(big, SyntheticWorkspace::Parameters{});
    }
    const QString out = QDir::temp().filePath(u"plenipo-bench-consensus.json"_s);
    QList<double> runs;
    for (int i = 0; i < 6; ++i) {
        QProcess p;
        p.setStandardOutputFile(out);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(PLENIPO_APP_PATH),
                {u"consensus"_s, big, u"--document"_s, u"SYNTH/1"_s, u"--json"_s});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            std::printf("plenipo consensus failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        if (i > 0) // the first run warms the file cache
            runs << t.nsecsElapsed() / 1e6;
    }
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    std::sort(runs.begin(), runs.end());
    QFile json(out);
    json.open(QIODevice::ReadOnly);
    const QByteArray bytes = json.readAll();
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    std::printf("plenipo consensus --json on 193 x 2,000 x 3: median %.0f ms (best %.0f, worst "
                "%.0f), peak memory %.1f MB, %.1f MB of JSON (%lld clauses); floors < 500 ms, "
                "< 100 MB\n",
                runs[runs.size() / 2], runs.first(), runs.last(), usage.ru_maxrss / 1024.0,
                bytes.size() / 1048576.0, qint64(root[u"clauses"_s].toArray().size()));
    QFile::remove(out);
    return 0;
}
