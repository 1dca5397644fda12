// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark (not a test; run from the release preset): the 193 x 2,000 x 3 synthetic workspace
// (1.54 M positions) on a PostgreSQL server, opened as the workbench and the reading commands
// open it today: a ServerSnapshot (the rows the login may read, copied into a temporary file,
// its stance and detail vectors rebuilt). Prints the upload (`plenipo server push`, once), the
// open as the owner and as a delegation's viewer (median of 3), and the whole consensus analysis
// on the copy against the same on the file. Floor (issue 14): open under 2 s; the analysis as
// fast as from a file.
//
// It starts its own server with tests/pgserver (as the unprivileged postgres account when run
// as root) and stops it at the end, also when something fails.
#include "consensus/consensusengine.h"
#include "sample/syntheticworkspace.h"
#include "storage/serversnapshot.h"
#include "storage/workspace.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

QString run(const QString &program, const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(3600 * 1000) || p.exitCode() != 0)
        throw Error(Error::Kind::Io,
                    u"%1 %2 failed: %3"_s.arg(program, args.join(u' '),
                                              QString::fromUtf8(p.readAllStandardError())));
    return QString::fromUtf8(p.readAllStandardOutput());
}

double consensusMs(Workspace &ws)
{
    QElapsedTimer t;
    t.start();
    ConsensusEngine engine(ws);
    engine.setMembers(ws.stateSet(ws.stateOrder()));
    engine.setDocument(ws.documentBySymbol(u"SYNTH/1"_s)->id);
    return t.nsecsElapsed() / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QString file = QDir::temp().filePath(u"plenipo-bench-193x2000x3.plenipo"_s);
    if (!QFile::exists(file))
        SyntheticWorkspace::generate(file, SyntheticWorkspace::Parameters{});
    QTemporaryDir dir;
    // The server runs as the postgres account when this runs as root: it must reach its folder.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                          QFileDevice::ExeGroup);
    const QString serverDir = dir.filePath(u"pg"_s);
    const QString pgserver = QStringLiteral(PLENIPO_SOURCE_DIR) + u"/tests/pgserver"_s;
    const QString plenipo = QStringLiteral(PLENIPO_APP_PATH);
    try {
        run(u"bash"_s, {pgserver, u"start"_s, serverDir});
        const auto stop =
            qScopeGuard([&] { QProcess::execute(u"bash"_s, {pgserver, u"stop"_s, serverDir}); });
        QString port, bin;
        QFile envFile(serverDir + u"/env"_s);
        envFile.open(QIODevice::ReadOnly);
        for (const QByteArray &line : envFile.readAll().split('\n')) {
            if (line.startsWith("PGPORT="))
                port = QString::fromUtf8(line.mid(7));
            else if (line.startsWith("PLENIPO_PG_BIN="))
                bin = QString::fromUtf8(line.mid(15));
        }
        const auto psql = [&](const QString &sql) {
            run(bin + u"/psql"_s, {u"-X"_s, u"-q"_s, u"-h"_s, serverDir, u"-p"_s, port, u"-U"_s,
                                   u"postgres"_s, u"-d"_s, u"postgres"_s, u"-c"_s, sql});
        };
        psql(u"CREATE ROLE owner LOGIN CREATEROLE PASSWORD 'owner-pw'"_s);
        psql(u"CREATE DATABASE synth OWNER owner"_s);
        const auto url = [&](const QString &login) {
            return u"postgresql://%1@127.0.0.1:%2/synth"_s.arg(login, port);
        };
        QProcessEnvironment owner = QProcessEnvironment::systemEnvironment();
        owner.insert(u"PGPASSWORD"_s, u"owner-pw"_s);
        run(plenipo, {u"server"_s, u"init"_s, url(u"owner"_s)}, {}, owner);
        run(plenipo,
            {u"server"_s, u"user"_s, u"add"_s, url(u"owner"_s), u"dave"_s, u"--delegation"_s,
             u"DEU"_s, u"--role"_s, u"viewer"_s},
            "dave-pw\n", owner);
        QElapsedTimer t;
        t.start();
        run(plenipo, {u"server"_s, u"push"_s, file, url(u"owner"_s), u"--delegation"_s, u"FRA"_s},
            {}, owner);
        std::printf("server push of the 193 x 2,000 x 3 workspace (1.54 M positions): %.1f s\n",
                    t.nsecsElapsed() / 1e9);

        QList<double> fileRuns;
        for (int i = 0; i < 3; ++i) {
            auto ws = Workspace::open(file, Workspace::Access::ReadOnly);
            fileRuns << consensusMs(*ws);
        }
        for (const auto &[login, password] :
             {std::pair{u"owner"_s, "owner-pw"}, std::pair{u"dave"_s, "dave-pw"}}) {
            qputenv("PGPASSWORD", password);
            QList<double> opens, analyses;
            qint64 positions = 0;
            for (int i = 0; i < 3; ++i) {
                t.restart();
                auto snapshot = ServerSnapshot::open(url(login));
                opens << t.nsecsElapsed() / 1e6;
                analyses << consensusMs(snapshot->workspace());
                positions = snapshot->workspace().stances().positionCount();
            }
            std::printf("open from the server as %s (%lld positions): median %.0f ms (best %.0f, "
                        "worst %.0f); floor < 2000 ms\n",
                        qPrintable(login), positions, median(opens),
                        *std::min_element(opens.begin(), opens.end()),
                        *std::max_element(opens.begin(), opens.end()));
            std::printf(
                "consensus analysis of SYNTH/1 on that copy: median %.1f ms; from the file: "
                "%.1f ms\n",
                median(analyses), median(fileRuns));
        }
    } catch (const Error &e) {
        std::printf("bench_serveropen failed: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
