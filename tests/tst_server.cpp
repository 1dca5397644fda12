// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Team mode against a real PostgreSQL server (tests/pgserver, started by ctest as a fixture and
// stopped after, even on failure). Confidentiality is checked the way an outsider would: with
// psql, not through Plenipo, as users of another delegation and as viewers, reading every table
// and view they can and searching the whole output for markers planted in every internal field.

#include "clauseview.h"
#include "clirunner.h"
#include "connectserverdialog.h"
#include "mainwindow.h"
#include "workbench.h"

#include "core/error.h"
#include "sample/samplebuilder.h"
#include "storage/serveraddress.h"
#include "storage/serveradmin.h"
#include "storage/serversnapshot.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <KActionCollection>

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

struct Server
{
    QString socketDir;
    QString port;
    QString bin;
};

Server readServer()
{
    Server s;
    QFile f(QStringLiteral(PLENIPO_PG_DIR) + u"/env"_s);
    if (!f.open(QIODevice::ReadOnly))
        return s;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString l = QString::fromUtf8(line);
        if (l.startsWith(u"PGHOST="_s))
            s.socketDir = l.mid(7);
        else if (l.startsWith(u"PGPORT="_s))
            s.port = l.mid(7);
        else if (l.startsWith(u"PLENIPO_PG_BIN="_s))
            s.bin = l.mid(15);
    }
    return s;
}

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

const QString database = u"teamws"_s;
const QString ownerLogin = u"ws_owner"_s;

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

    Server m_server;
    QTemporaryDir m_tmp;
    QString m_marker; // planted in every internal field, with a suffix per field

    QString url(const QString &login) const
    {
        return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(login, m_server.port, database);
    }

    static QString password(const QString &login) { return login + u"-secret-pw"_s; }

    Result plenipo(const QStringList &args, const QString &login, const QByteArray &input = {})
    {
        CliOptions options;
        options.environment.insert(u"PGPASSWORD"_s, password(login));
        options.environment.insert(u"PGCONNECT_TIMEOUT"_s, u"10"_s);
        options.input = input;
        const CliRun r = runPlenipo(args, options);
        return {r.exitCode, r.out, r.err};
    }

    // psql as `login` over TCP with its password; `superuser` uses the socket as postgres.
    Result psql(const QString &login, const QString &sql, bool superuser = false)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, password(login));
        p.setProcessEnvironment(env);
        QStringList args{u"-X"_s, u"-q"_s, u"-At"_s, u"-v"_s, u"ON_ERROR_STOP=0"_s};
        if (superuser)
            args << u"-h"_s << m_server.socketDir << u"-p"_s << m_server.port << u"-U"_s
                 << u"postgres"_s << u"-d"_s << u"postgres"_s;
        else
            args << u"-h"_s << u"127.0.0.1"_s << u"-p"_s << m_server.port << u"-U"_s << login
                 << u"-d"_s << database;
        // From standard input, each statement runs on its own (psql -c would run a string of
        // several as one transaction, stopping at the first error).
        args << u"-f"_s << u"-"_s;
        p.start(m_server.bin + u"/psql"_s, args);
        if (!p.waitForStarted())
            p.start(u"psql"_s, args);
        p.write("SET client_min_messages TO warning;\n");
        p.write(sql.toUtf8());
        p.write(";\n");
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Everything `login` can read: every table and view of the workspace's schema (each one it
    // may not read answers "permission denied", which is fine), the planner statistics, the
    // sessions it may see, and the audit trail.
    QString readEverything(const QString &login)
    {
        const Result tables = psql(ownerLogin, u"SELECT table_name FROM information_schema.tables "
                                               u"WHERE table_schema = 'plenipo' ORDER BY 1"_s);
        // One psql session reads them all; a table it may not read answers "permission denied"
        // on standard error and the session goes on (ON_ERROR_STOP=0).
        const QStringList names = tables.out.split(u'\n', Qt::SkipEmptyParts);
        QString script;
        for (const QString &t : names)
            script += u"COPY (SELECT * FROM plenipo.%1) TO STDOUT;\n"_s.arg(t);
        for (const QString &view :
             {u"pg_stats"_s, u"pg_stat_activity"_s, u"pg_stat_user_tables"_s, u"pg_policies"_s})
            script += u"COPY (SELECT * FROM %1) TO STDOUT;\n"_s.arg(view);
        const Result r = psql(login, script);
        const int refused = int(r.err.count(u"permission denied"_s));
        const int readable = int(names.size()) - refused;
        // A user who could read nothing would find no marker either: make sure it read.
        [&] {
            QVERIFY2(
                readable >= 10,
                qPrintable(u"%1 read only %2 tables: %3"_s.arg(login).arg(readable).arg(r.err)));
        }();
        const QString all = r.out + r.err;
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = readServer();
        if (m_server.port.isEmpty())
            QFAIL(
                "no PostgreSQL server: tests/pgserver start did not run (ctest fixture pgserver)");
        m_marker = u"MARK"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        // psql -c runs one transaction, and CREATE DATABASE may not be inside one.
        for (const QString &sql : {u"DROP DATABASE IF EXISTS %1"_s.arg(database),
                                   u"DROP ROLE IF EXISTS %1"_s.arg(ownerLogin),
                                   u"CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'"_s.arg(
                                       ownerLogin, password(ownerLogin)),
                                   u"CREATE DATABASE %1 OWNER %2"_s.arg(database, ownerLogin)}) {
            const Result r = psql(QString(), sql, true);
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        }
    }

    void addresses()
    {
        auto a = ServerAddress::parse(
            u"postgresql://alice:s%40cret@db.example:6543/team?sslmode=verify-full&sslrootcert=/etc/ca.pem"_s);
        QCOMPARE(a.value(u"user"_s), u"alice"_s);
        QCOMPARE(a.value(u"host"_s), u"db.example"_s);
        QCOMPARE(a.value(u"port"_s), u"6543"_s);
        QCOMPARE(a.value(u"dbname"_s), u"team"_s);
        QCOMPARE(a.value(u"sslmode"_s), u"verify-full"_s);
        QCOMPARE(a.value(u"sslrootcert"_s), u"/etc/ca.pem"_s);
        QVERIFY(a.hasPassword());
        QVERIFY(!a.parameters().contains(u"password"_s));
        QVERIFY(!a.display().contains(u"cret"_s));
        QCOMPARE(
            a.display(),
            u"postgresql://alice@db.example:6543/team?sslmode=verify-full&sslrootcert=/etc/ca.pem"_s);

        a = ServerAddress::parse(
            u"postgres://h1:5432,h2:5433/ws?target_session_attrs=read-write"_s);
        QCOMPARE(a.value(u"host"_s), u"h1,h2"_s);
        QCOMPARE(a.value(u"port"_s), u"5432,5433"_s);
        QCOMPARE(a.value(u"target_session_attrs"_s), u"read-write"_s);

        a = ServerAddress::parse(u"postgresql://[::1]:5432/ws"_s);
        QCOMPARE(a.value(u"host"_s), u"::1"_s);
        a = ServerAddress::parse(u"postgresql://%2Fvar%2Frun%2Fpostgresql/ws"_s);
        QCOMPARE(a.value(u"host"_s), u"/var/run/postgresql"_s);

        a = ServerAddress::parse(u"service=coalition user='o\\'brien'"_s);
        QCOMPARE(a.value(u"service"_s), u"coalition"_s);
        QCOMPARE(a.value(u"user"_s), u"o'brien"_s);

        QVERIFY(ServerAddress::looksLikeServer(u"postgresql://x/y"_s));
        QVERIFY(ServerAddress::looksLikeServer(u"service=x"_s));
        QVERIFY(!ServerAddress::looksLikeServer(u"/home/me/work.plenipo"_s));

        for (const QString &bad :
             {u"postgresql://h:99999/db"_s, u"postgresql://[::1/db"_s, u"postgresql://h,,k/db"_s,
              u"service"_s, u"host='unterminated"_s, u"postgresql://h/db?sslmode"_s,
              u"postgresql://h/db?application_name=a;b"_s}) {
            try {
                ServerAddress::parse(bad);
                QFAIL(qPrintable(u"accepted: "_s + bad));
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(u"server address"_s) ||
                             e.message().contains(u"not a server"_s),
                         qPrintable(e.message()));
            }
        }
    }

    void initIsIdempotent()
    {
        Result r = plenipo({u"server"_s, u"init"_s, url(ownerLogin)}, ownerLogin);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"created"_s), qPrintable(r.out));
        // The server's notices (an idempotent "already exists, skipping") are not printed.
        QVERIFY2(!r.err.contains(u"NOTICE"_s), qPrintable(r.err));
        r = plenipo({u"server"_s, u"init"_s, url(ownerLogin)}, ownerLogin);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"up to date"_s), qPrintable(r.out));
        QVERIFY2(!r.err.contains(u"NOTICE"_s), qPrintable(r.err));
        const Result t =
            psql(ownerLogin, u"SELECT count(*) FROM information_schema.tables WHERE "
                             u"table_schema = 'plenipo' AND table_name IN ('clause', "
                             u"'position', 'position_detail', 'audit_log', 'member')"_s);
        QCOMPARE(t.out.trimmed(), u"5"_s);
        // The owner is no superuser: what a managed service gives.
        QCOMPARE(psql(ownerLogin, u"SELECT rolsuper FROM pg_roles WHERE rolname = current_user"_s)
                     .out.trimmed(),
                 u"f"_s);
    }

    void users()
    {
        const auto add = [&](const QString &as, const QString &login, const QString &delegation,
                             const QString &role) {
            return plenipo({u"server"_s, u"user"_s, u"add"_s, url(as), login, u"--delegation"_s,
                            delegation, u"--role"_s, role},
                           as, (password(login) + u"\n"_s).toUtf8());
        };
        for (const auto &[login, delegation, role] :
             {std::tuple{u"alice"_s, u"FRA"_s, u"coordinator"_s},
              {u"bob"_s, u"DEU"_s, u"editor"_s},
              {u"carol"_s, u"FRA"_s, u"viewer"_s},
              {u"dave"_s, u"DEU"_s, u"viewer"_s}}) {
            const Result r = add(ownerLogin, login, delegation, role);
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        // The password works (the client sent a SCRAM verifier the server accepts), a wrong one
        // not.
        QCOMPARE(psql(u"carol"_s, u"SELECT plenipo.current_delegation()"_s).out.trimmed(),
                 u"FRA"_s);
        {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"PGPASSWORD"_s, u"wrong"_s);
            p.setProcessEnvironment(env);
            p.start(m_server.bin + u"/psql"_s,
                    {u"-X"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, m_server.port, u"-U"_s, u"carol"_s,
                     u"-d"_s, database, u"-c"_s, u"SELECT 1"_s});
            p.waitForFinished();
            QVERIFY(p.exitCode() != 0);
            QVERIFY(QString::fromUtf8(p.readAllStandardError())
                        .contains(u"password authentication failed"_s));
        }
        // A coordinator manages their own delegation, not another's: the server says no.
        Result r = add(u"alice"_s, u"frank"_s, u"FRA"_s, u"editor"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = add(u"alice"_s, u"erin"_s, u"DEU"_s, u"editor"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"coordinator of delegation DEU"_s), qPrintable(r.err));
        r = add(u"bob"_s, u"gina"_s, u"DEU"_s, u"viewer"_s); // an editor manages nobody
        QCOMPARE(r.code, 1);
        // Nor can a user call the function directly or make roles.
        QVERIFY(psql(u"dave"_s, u"SELECT plenipo.add_user('zed', 'x', 'DEU', 'coordinator')"_s)
                    .err.contains(u"permission denied"_s));
        QVERIFY(psql(u"bob"_s, u"CREATE ROLE zed LOGIN"_s).err.contains(u"permission denied"_s));

        r = plenipo({u"server"_s, u"user"_s, u"list"_s, url(ownerLogin), u"--json"_s}, ownerLogin);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QString &login : {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"frank"_s})
            QVERIFY2(r.out.contains(u'"' + login + u'"'), qPrintable(r.out));
        QVERIFY(!r.out.contains(u"erin"_s));

        r = plenipo({u"server"_s, u"user"_s, u"remove"_s, url(u"alice"_s), u"frank"_s}, u"alice"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(psql(ownerLogin, u"SELECT count(*) FROM pg_roles WHERE rolname = 'frank'"_s)
                     .out.trimmed(),
                 u"0"_s);
    }

    void pushAndConfidentiality()
    {
        // A file workspace with the sample and internal positions whose every text field holds
        // a marker; changing one of them writes an internal history row with markers too.
        const QString file = m_tmp.filePath(u"delegation.plenipo"_s);
        {
            auto ws = TestSupport::sampleWorkspace(file);
            QList<Position> internal;
            int n = 0;
            for (const Document &d : ws->documents()) {
                for (const Clause &c : ws->clauses(d.id)) {
                    if (n >= 6)
                        break;
                    Position p;
                    p.clauseId = c.id;
                    p.state = n % 2 ? u"BRA"_s : u"IND"_s;
                    p.stance = Stance::Objects;
                    p.sourceKind = m_marker + u"-kind"_s;
                    p.sourceText = m_marker + u"-source"_s;
                    p.sourceSymbol = m_marker + u"-symbol"_s;
                    p.note = m_marker + u"-note"_s;
                    p.internal = true;
                    internal << p;
                    ++n;
                }
            }
            QCOMPARE(internal.size(), 6);
            ws->setPositions(internal);
            internal.first().stance = Stance::Reservation;
            internal.first().note = m_marker + u"-changed"_s;
            ws->setPositions({internal.first()});
        }
        Result r = plenipo({u"server"_s, u"push"_s, file, url(ownerLogin)}, ownerLogin);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--delegation"_s), qPrintable(r.err));
        r = plenipo({u"server"_s, u"push"_s, file, url(u"alice"_s), u"--delegation"_s, u"FRA"_s},
                    u"alice"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"owner"_s), qPrintable(r.err));
        r = plenipo({u"server"_s, u"push"_s, file, url(ownerLogin), u"--delegation"_s, u"FRA"_s},
                    ownerLogin);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = plenipo({u"server"_s, u"push"_s, file, url(ownerLogin), u"--delegation"_s, u"FRA"_s},
                    ownerLogin);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"not empty"_s), qPrintable(r.err));

        // Every row arrived: the owner sees what the file has.
        {
            auto ws = Workspace::open(file, Workspace::Access::ReadOnly);
            qint64 clauses = 0;
            for (const Document &d : ws->documents())
                clauses += ws->clauses(d.id).size();
            QCOMPARE(psql(ownerLogin, u"SELECT count(*) FROM plenipo.clause"_s)
                         .out.trimmed()
                         .toLongLong(),
                     clauses);
            // Every state row goes up, the observer states (kept apart from the 193 in the
            // directory) with the members.
            QCOMPARE(psql(ownerLogin, u"SELECT count(*) FROM plenipo.state"_s)
                         .out.trimmed()
                         .toLongLong(),
                     qint64(ws->states().size() + ws->states().observers().size()));
            QCOMPARE(psql(ownerLogin, u"SELECT count(*) FROM plenipo.state WHERE un_member = 1"_s)
                         .out.trimmed()
                         .toLongLong(),
                     qint64(ws->states().size()));
        }

        // The same delegation sees its internal material (so the search below can find it)...
        for (const QString &login : {u"carol"_s, u"alice"_s}) {
            const QString all = readEverything(login);
            for (const QString &field :
                 {u"-kind"_s, u"-source"_s, u"-symbol"_s, u"-note"_s, u"-changed"_s})
                QVERIFY2(all.contains(m_marker + field), qPrintable(login + u" misses "_s + field));
        }
        // ...another delegation's editor and viewer never do, anywhere.
        for (const QString &login : {u"bob"_s, u"dave"_s}) {
            const QString all = readEverything(login);
            QVERIFY2(!all.contains(m_marker), qPrintable(login + u" saw internal material"_s));
            QVERIFY2(all.contains(u"A/70/174"_s), "shared material is readable");
        }
    }

    void pullHoldsWhatTheUserMaySee()
    {
        for (const auto &[login, sees] : {std::pair{u"dave"_s, false}, {u"carol"_s, true}}) {
            const QString file = m_tmp.filePath(login + u"-copy.plenipo"_s);
            const Result r = plenipo({u"server"_s, u"pull"_s, url(login), file}, login);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            // The whole file, every byte (free pages included), holds a marker or not.
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll().contains(m_marker.toUtf8()), sees);
            // It is a sound workspace whose stance vectors agree with its position rows.
            auto ws = Workspace::open(file, Workspace::Access::ReadOnly);
            qint64 positions = 0;
            for (const Document &d : ws->documents()) {
                for (const Clause &c : ws->clauses(d.id)) {
                    for (const Position &p : ws->positions(c.id)) {
                        QCOMPARE(ws->stances().stance(c.id, p.alternative, ws->stateIndex(p.state)),
                                 p.stance);
                        ++positions;
                    }
                }
            }
            const QString visible =
                psql(login, u"SELECT count(*) FROM plenipo.position"_s).out.trimmed();
            QCOMPARE(positions, visible.toLongLong());
            QVERIFY(positions > 100);
            // A second pull never overwrites.
            QCOMPARE(plenipo({u"server"_s, u"pull"_s, url(login), file}, login).code, 1);
        }
    }

    // The reading commands take a server address where they take a workspace file, and read
    // what the connected user may read: the server withholds another delegation's internal
    // material, so no option brings it back.
    void readingCommandsTakeAnAddress()
    {
        // The document holding the internal positions (as their own delegation reads it).
        const QString marked =
            psql(
                u"carol"_s,
                u"SELECT d.symbol FROM plenipo.position p JOIN plenipo.position_detail x ON "
                u"x.id = p.detail_id JOIN plenipo.clause c ON c.id = p.clause_id JOIN "
                u"plenipo.document d ON d.id = c.document_id WHERE x.note LIKE '%1%' LIMIT 1"_s.arg(
                    m_marker))
                .out.trimmed();
        QVERIFY(!marked.isEmpty());
        for (const auto &[login, sees] : {std::pair{u"dave"_s, false}, {u"carol"_s, true}}) {
            Result r = plenipo({u"info"_s, url(login), u"--json"_s}, login);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(
                qint64(info[u"positions"_s].toDouble()),
                psql(login, u"SELECT count(*) FROM plenipo.position"_s).out.trimmed().toLongLong());
            r = plenipo({u"search"_s, url(login), m_marker, u"--include-internal"_s, u"--json"_s},
                        login);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QJsonArray hits =
                QJsonDocument::fromJson(r.out.toUtf8()).object()[u"hits"_s].toArray();
            QVERIFY2(hits.isEmpty() != sees, qPrintable(login + u": "_s + r.out.left(300)));
            // (the output repeats the query: the hits themselves hold the marker or not)
            QCOMPARE(QJsonDocument(hits).toJson().contains(m_marker.toUtf8()), sees);
            const QString csv = m_tmp.filePath(login + u"-positions.csv"_s);
            r = plenipo({u"export"_s, url(login), u"--document"_s, marked, u"--format"_s, u"csv"_s,
                         u"--include-internal"_s, u"-o"_s, csv},
                        login);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QFile exported(csv);
            QVERIFY(exported.open(QIODevice::ReadOnly));
            const QByteArray rows = exported.readAll();
            QVERIFY2(rows.contains("document,clause,alternative,state"),
                     rows.left(200).constData());
            QCOMPARE(rows.contains(m_marker.toUtf8()), sees);
            r = plenipo({u"consensus"_s, url(login), u"--document"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s,
                         u"--json"_s},
                        login);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(
                QJsonDocument::fromJson(r.out.toUtf8()).object()[u"clauses"_s].toArray().size(),
                10);
        }
        // A message names the server as given, never a temporary file or a password.
        const Result r =
            plenipo({u"consensus"_s, url(u"dave"_s), u"--document"_s, u"NO/SUCH"_s}, u"dave"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(url(u"dave"_s)), qPrintable(r.err));
        QVERIFY2(!r.err.contains(password(u"dave"_s)), qPrintable(r.err));
        // A refused login is the server's message, and nothing is read.
        const Result refused =
            plenipo({u"info"_s, url(u"dave"_s)}, u"carol"_s); // carol's password for dave
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"password authentication failed"_s),
                 qPrintable(refused.err));
    }

    void viewersCannotWrite()
    {
        const Result tables =
            psql(ownerLogin, u"SELECT table_name FROM information_schema.tables WHERE "
                             u"table_schema = 'plenipo' ORDER BY 1"_s);
        const QString before =
            psql(
                ownerLogin,
                u"SELECT count(*), (SELECT count(*) FROM plenipo.audit_log) FROM plenipo.position"_s)
                .out;
        for (const QString &login : {u"dave"_s, u"carol"_s}) {
            for (const QString &t : tables.out.split(u'\n', Qt::SkipEmptyParts)) {
                for (const QString &sql : {u"INSERT INTO plenipo.%1 DEFAULT VALUES"_s,
                                           u"DELETE FROM plenipo.%1"_s, u"TRUNCATE plenipo.%1"_s}) {
                    const Result r = psql(login, sql.arg(t));
                    QVERIFY2(r.err.contains(u"permission denied"_s) ||
                                 r.err.contains(u"cannot be changed"_s),
                             qPrintable(u"%1: %2: %3"_s.arg(login, sql.arg(t), r.err)));
                }
            }
            const Result u = psql(login, u"UPDATE plenipo.clause SET text = 'x'"_s);
            QVERIFY2(u.err.contains(u"permission denied"_s), qPrintable(u.err));
        }
        QCOMPARE(
            psql(
                ownerLogin,
                u"SELECT count(*), (SELECT count(*) FROM plenipo.audit_log) FROM plenipo.position"_s)
                .out,
            before);
    }

    void auditTrail()
    {
        // The upload is in the trail, written by the server, under the owner's name.
        QVERIFY(
            psql(
                ownerLogin,
                u"SELECT count(*) FROM plenipo.audit_log WHERE who = 'ws_owner' AND table_name = 'clause' AND operation = 'INSERT'"_s)
                .out.trimmed()
                .toInt() > 10);
        // An editor's change is recorded with the old and new value, at the server's time.
        const QString id = psql(ownerLogin, u"SELECT min(id) FROM plenipo.clause"_s).out.trimmed();
        Result r = psql(
            u"bob"_s,
            u"UPDATE plenipo.clause SET text = text || ' [edited by bob]' WHERE id = %1"_s.arg(id));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        r = psql(u"dave"_s,
                 u"SELECT who, operation, new_row->>'text' LIKE '%edited by bob%', "
                 u"old_row->>'text' NOT LIKE '%edited%', at <= now() + interval '1 second' "
                 u"FROM plenipo.audit_log WHERE table_name = 'clause' AND who = 'bob'"_s);
        QCOMPARE(r.out.trimmed(), u"bob|UPDATE|t|t|t"_s);
        // Nobody may change it, not even its owner.
        for (const QString &login : {u"bob"_s, u"alice"_s, ownerLogin}) {
            for (
                const QString &sql :
                {u"UPDATE plenipo.audit_log SET who = 'x'"_s, u"DELETE FROM plenipo.audit_log"_s,
                 u"INSERT INTO plenipo.audit_log (who, table_name, operation, internal) VALUES ('x', 'x', 'x', false)"_s}) {
                r = psql(login, sql);
                QVERIFY2(!r.err.isEmpty(), qPrintable(login + u": "_s + sql));
            }
        }
    }

    // File > Connect to Server: the window shows what the login may read, read-only, says who
    // and where, asks for a password the environment does not give, and keeps none.
    void workbenchConnectsToAServer()
    {
        const auto clauseTexts = [](const Workspace &ws) {
            QString all;
            for (const Document &d : ws.documents()) {
                for (const Clause &c : ws.clauses(d.id))
                    all += c.text + u'\n';
            }
            return all;
        };
        for (const auto &[login, delegation, sees] :
             {std::tuple{u"dave"_s, u"DEU"_s, false}, {u"carol"_s, u"FRA"_s, true}}) {
            qputenv("PGPASSWORD", password(login).toUtf8());
            MainWindow window;
            window.resize(1280, 720);
            window.show();
            QVERIFY(window.connectToServer(url(login)));
            QVERIFY(window.isServerWorkspace());
            const Workspace *ws = window.workspace();
            QVERIFY(ws->isReadOnly());
            qint64 positions = 0;
            bool marker = false;
            for (const Document &d : ws->documents()) {
                for (const Clause &c : ws->clauses(d.id)) {
                    for (const Position &p : ws->positions(c.id)) {
                        ++positions;
                        marker =
                            marker || p.note.contains(m_marker) || p.sourceText.contains(m_marker);
                    }
                }
            }
            QCOMPARE(
                positions,
                psql(login, u"SELECT count(*) FROM plenipo.position"_s).out.trimmed().toLongLong());
            QCOMPARE(marker, sees);
            // bob's edit (auditTrail) is there: the server's text, not a file's.
            QVERIFY(clauseTexts(*ws).contains(u"[edited by bob]"_s));
            // Who and where, and that nothing can be changed.
            const auto *identity = window.findChild<QLabel *>(u"serverIdentity"_s);
            QVERIFY(identity && identity->isVisible());
            QCOMPARE(identity->text(), u"Connected as %1 (%2, viewer)"_s.arg(login, delegation));
            QLabel *banner = window.workbench()->connectionNotice();
            QVERIFY(banner->isVisible());
            QVERIFY2(banner->text().contains(u"read-only"_s), qPrintable(banner->text()));
            QVERIFY2(banner->text().contains(url(login).toHtmlEscaped()),
                     qPrintable(banner->text()));
            QVERIFY(window.windowTitle().contains(u"teamws on 127.0.0.1"_s));
            for (const char *name : {"file_import", "file_import_folder"})
                QVERIFY(!window.actionCollection()->action(QString::fromLatin1(name))->isEnabled());
            QVERIFY(window.actionCollection()->action(u"file_reload_server"_s)->isEnabled());
            QCOMPARE(ConnectServerDialog::recentServers().value(0), url(login));

            // Reload from Server shows what changed there since.
            const QString id =
                psql(ownerLogin, u"SELECT min(id) FROM plenipo.clause"_s).out.trimmed();
            const Result r = psql(
                u"bob"_s,
                u"UPDATE plenipo.clause SET text = text || ' [%1 reloads]' WHERE id = %2"_s.arg(
                    login, id));
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
            QVERIFY(!clauseTexts(*window.workspace()).contains(login + u" reloads"_s));
            window.actionCollection()->action(u"file_reload_server"_s)->trigger();
            QVERIFY(window.isServerWorkspace());
            QVERIFY(clauseTexts(*window.workspace()).contains(login + u" reloads"_s));

            // Live: bob's next edit arrives unasked (LISTEN/NOTIFY), on the clause and tab shown.
            QVERIFY(window.workbench()->selectClause(id.toLongLong()));
            window.workbench()->centreTabs()->setCurrentIndex(1);
            const qint64 shown = window.workbench()->clauseView()->clause();
            QCOMPARE(shown, id.toLongLong());
            QElapsedTimer sinceCommit;
            const Result live =
                psql(u"bob"_s,
                     u"UPDATE plenipo.clause SET text = text || ' [%1 live]' WHERE id = %2"_s.arg(
                         login, id));
            sinceCommit.start();
            QVERIFY2(live.err.isEmpty(), qPrintable(live.err));
            QTRY_VERIFY_WITH_TIMEOUT(clauseTexts(*window.workspace()).contains(login + u" live"_s),
                                     10000);
            qInfo("%s: bob's change shown %lld ms after psql returned", qPrintable(login),
                  sinceCommit.elapsed());
            QVERIFY(window.isServerWorkspace());
            QCOMPARE(window.workbench()->clauseView()->clause(), shown);
            QCOMPARE(window.workbench()->centreTabs()->currentIndex(), 1);
            QVERIFY2(window.statusBar()->currentMessage().contains(u"bob"_s),
                     qPrintable(window.statusBar()->currentMessage()));

            // Not while a dialog may work on the workspace: once it is closed.
            auto *box = new QMessageBox(QMessageBox::Information, u"Plenipo"_s, u"open"_s,
                                        QMessageBox::Ok, &window);
            box->setWindowModality(Qt::ApplicationModal);
            box->show();
            QTRY_COMPARE(QApplication::activeModalWidget(), box);
            const Workspace *underDialog = window.workspace();
            QVERIFY(
                psql(u"bob"_s,
                     u"UPDATE plenipo.clause SET text = text || ' [%1 waits]' WHERE id = %2"_s.arg(
                         login, id))
                    .err.isEmpty());
            QTest::qWait(1500);
            QCOMPARE(window.workspace(), underDialog);
            QVERIFY(!clauseTexts(*window.workspace()).contains(login + u" waits"_s));
            delete box;
            QTRY_VERIFY_WITH_TIMEOUT(clauseTexts(*window.workspace()).contains(login + u" waits"_s),
                                     10000);

            // The server drops the connection (a restart, a failover): Reload connects again and
            // catches up, on the same clause.
            QVERIFY(psql(QString(),
                         u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = "
                         u"'%1'"_s.arg(login),
                         true)
                        .err.isEmpty());
            QVERIFY(psql(u"bob"_s,
                         u"UPDATE plenipo.clause SET text = text || ' [%1 after the drop]' WHERE "
                         u"id = %2"_s.arg(login, id))
                        .err.isEmpty());
            window.actionCollection()->action(u"file_reload_server"_s)->trigger();
            QVERIFY(window.isServerWorkspace());
            QVERIFY(clauseTexts(*window.workspace()).contains(login + u" after the drop"_s));
            QCOMPARE(window.workbench()->clauseView()->clause(), shown);

            // When reading the workspace takes longer than the limit (a very large one), a change
            // is announced in the banner and read when the user asks.
            qputenv("PLENIPO_SERVER_AUTO_REFRESH_MS", "0");
            QVERIFY(
                psql(u"bob"_s,
                     u"UPDATE plenipo.clause SET text = text || ' [%1 later]' WHERE id = %2"_s.arg(
                         login, id))
                    .err.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(window.workbench()->connectionNotice()->text().contains(
                                         u"has changed on the server"_s),
                                     10000);
            QVERIFY(!clauseTexts(*window.workspace()).contains(login + u" later"_s));
            window.actionCollection()->action(u"file_reload_server"_s)->trigger();
            QVERIFY(clauseTexts(*window.workspace()).contains(login + u" later"_s));
            QVERIFY(!window.workbench()->connectionNotice()->text().contains(
                u"has changed on the server"_s));
            qunsetenv("PLENIPO_SERVER_AUTO_REFRESH_MS");
        }

        // No password in the environment: the window asks; a wrong one is the server's
        // message, and the workspace shown stays.
        qunsetenv("PGPASSWORD");
        MainWindow window;
        window.show();
        // Answers the next modal dialog of type T (looking every 20 ms until it is there).
        const auto answerNext = [this]<typename T>(std::function<void(T *)> answer) {
            auto *timer = new QTimer(this);
            timer->setInterval(20);
            connect(timer, &QTimer::timeout, this, [timer, answer] {
                if (auto *d = qobject_cast<T *>(QApplication::activeModalWidget())) {
                    timer->stop();
                    timer->deleteLater();
                    answer(d);
                }
            });
            timer->start();
        };
        QString asked;
        const auto answerPassword = [&](const QString &answer) {
            answerNext.operator()<QInputDialog>([&asked, answer](QInputDialog *d) {
                asked = d->labelText();
                d->setTextValue(answer);
                d->accept();
            });
        };
        answerPassword(password(u"dave"_s));
        QVERIFY(window.connectToServer(url(u"dave"_s)));
        QVERIFY2(asked.contains(u"dave"_s), qPrintable(asked));
        const Workspace *before = window.workspace();
        answerPassword(u"wrong"_s);
        QString refused;
        answerNext.operator()<QMessageBox>([&refused](QMessageBox *box) {
            refused = box->text();
            box->accept();
        });
        QVERIFY(!window.connectToServer(url(u"carol"_s)));
        QVERIFY2(refused.contains(u"password authentication failed"_s), qPrintable(refused));
        QCOMPARE(window.workspace(), before);
        // The user field overrides the address's login; a password in the address is used
        // once and kept nowhere.
        const QString withPassword = u"postgresql://nobody:%1@127.0.0.1:%2/%3"_s.arg(
            password(u"carol"_s), m_server.port, database);
        QVERIFY(window.connectToServer(withPassword, u"carol"_s));
        QCOMPARE(window.findChild<QLabel *>(u"serverIdentity"_s)->text(),
                 u"Connected as carol (FRA, viewer)"_s);
        QSettings().sync();
        QDirIterator config(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                            QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (config.hasNext()) {
            QFile f(config.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            for (const QString &login : {u"dave"_s, u"carol"_s})
                QVERIFY2(!bytes.contains(password(login).toUtf8()), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0);
        QVERIFY(ConnectServerDialog::recentServers().contains(url(u"carol"_s)));
    }

    // The invariant, on a random sequence of writes by two delegations' editors: a login sees a
    // position detail exactly when it is shared or was last written by the login's delegation,
    // and nobody can change or delete a row it cannot see.
    void randomWritesKeepConfidentiality()
    {
        struct Row
        {
            bool internal = false;
            QString delegation;
        };
        QMap<QString, Row> rows; // note -> what the server must hold
        const QHash<QString, QString> delegationOf = {{u"alice"_s, u"FRA"_s},
                                                      {u"bob"_s, u"DEU"_s},
                                                      {u"carol"_s, u"FRA"_s},
                                                      {u"dave"_s, u"DEU"_s}};
        const auto expectedFor = [&](const QString &login) {
            QStringList out;
            for (auto it = rows.cbegin(); it != rows.cend(); ++it)
                if (!it->internal || it->delegation == delegationOf.value(login))
                    out << it.key();
            return out;
        };
        const auto seen = [&](const QString &login) {
            QStringList out =
                psql(login, u"SELECT note FROM plenipo.position_detail WHERE note LIKE "
                            u"'RND%' ORDER BY note"_s)
                    .out.split(u'\n', Qt::SkipEmptyParts);
            out.sort();
            return out;
        };
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        for (int step = 0; step < 40; ++step) {
            const QString writer = random.bounded(2) ? u"alice"_s : u"bob"_s;
            const int action = rows.isEmpty() ? 0 : int(random.bounded(3));
            const bool internal = random.bounded(2);
            QString sqlText;
            if (action == 0) {
                const QString note = u"RND%1-%2"_s.arg(seed).arg(step, 3, 10, QChar(u'0'));
                sqlText =
                    u"INSERT INTO plenipo.position_detail (note, internal) VALUES ('%1', %2)"_s
                        .arg(note)
                        .arg(int(internal));
                rows.insert(note, {internal, delegationOf.value(writer)});
            } else {
                const QString note = rows.keys().at(int(random.bounded(int(rows.size()))));
                const bool visible =
                    !rows[note].internal || rows[note].delegation == delegationOf.value(writer);
                if (action == 1) {
                    sqlText =
                        u"UPDATE plenipo.position_detail SET internal = %1 WHERE note = '%2'"_s
                            .arg(int(internal))
                            .arg(note);
                    if (visible)
                        rows[note] = {internal, delegationOf.value(writer)};
                } else {
                    sqlText = u"DELETE FROM plenipo.position_detail WHERE note = '%1'"_s.arg(note);
                    if (visible)
                        rows.remove(note);
                }
            }
            const Result r = psql(writer, sqlText);
            QVERIFY2(
                r.err.isEmpty(),
                qPrintable(u"seed %1 step %2: %3: %4"_s.arg(seed).arg(step).arg(sqlText, r.err)));
            for (const QString &login : {u"carol"_s, u"dave"_s})
                QVERIFY2(
                    seen(login) == expectedFor(login),
                    qPrintable(
                        u"seed %1 step %2 (%3), %4 sees %5, expected %6"_s.arg(seed).arg(step).arg(
                            sqlText, login, seen(login).join(u' '),
                            expectedFor(login).join(u' '))));
            // The client's side of the same invariant: the copy a login's workbench or reading
            // command reads (ServerSnapshot) holds exactly those rows too.
            if (step % 8 == 7) {
                for (const QString &login : {u"carol"_s, u"dave"_s}) {
                    qputenv("PGPASSWORD", password(login).toUtf8());
                    const auto snapshot = ServerSnapshot::open(url(login));
                    QStringList copied;
                    {
                        QSqlDatabase file =
                            QSqlDatabase::addDatabase(u"QSQLITE"_s, u"snapshot-check"_s);
                        file.setDatabaseName(snapshot->workspace().filePath());
                        file.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
                        QVERIFY(file.open());
                        QSqlQuery q(file);
                        QVERIFY(
                            q.exec(u"SELECT note FROM position_detail WHERE note LIKE 'RND%'"_s));
                        while (q.next())
                            copied << q.value(0).toString();
                    }
                    QSqlDatabase::removeDatabase(u"snapshot-check"_s);
                    copied.sort();
                    QVERIFY2(
                        copied == expectedFor(login),
                        qPrintable(
                            u"seed %1 step %2: %3's copy holds %4, expected %5"_s.arg(seed)
                                .arg(step)
                                .arg(login, copied.join(u' '), expectedFor(login).join(u' '))));
                }
                qunsetenv("PGPASSWORD");
            }
        }
        for (const QString &login : {u"alice"_s, u"bob"_s})
            QCOMPARE(seen(login), expectedFor(login));
        // The owner sees every row the sequence left.
        QCOMPARE(psql(ownerLogin,
                      u"SELECT count(*) FROM plenipo.position_detail WHERE note LIKE 'RND%'"_s)
                     .out.trimmed(),
                 QString::number(rows.size()));
    }

    void tlsVerifyFull()
    {
        const QString base =
            url(ownerLogin) + u"?sslmode=verify-full&sslrootcert="_s + m_server.socketDir;
        Result r = plenipo({u"server"_s, u"user"_s, u"list"_s, base + u"/ca.crt"_s}, ownerLogin);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"alice"_s));
        QCOMPARE(psql(ownerLogin, u"SELECT count(*) FROM pg_stat_ssl WHERE ssl"_s).code, 0);
        // A server whose certificate another authority signed is refused before any password.
        r = plenipo({u"server"_s, u"user"_s, u"list"_s, base + u"/other-ca.crt"_s}, ownerLogin);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"certificate verify failed"_s), qPrintable(r.err));
    }

    void delegationComesFromTheServer()
    {
        // bob (DEU) writes an internal detail claiming to be France's: the server records DEU.
        Result r = psql(
            u"bob"_s,
            u"INSERT INTO plenipo.position_detail (note, internal, delegation) VALUES ('%1-spoof', 1, 'FRA')"_s
                .arg(m_marker));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(
            psql(ownerLogin,
                 u"SELECT delegation FROM plenipo.position_detail WHERE note = '%1-spoof'"_s.arg(
                     m_marker))
                .out.trimmed(),
            u"DEU"_s);
        QVERIFY(!readEverything(u"carol"_s).contains(m_marker + u"-spoof"_s));
        QVERIFY(readEverything(u"dave"_s).contains(m_marker + u"-spoof"_s));
    }

    // Live updates tell a listener only that something it may read changed: a shareable change
    // is announced with an empty payload, an internal one not at all (any login may LISTEN on
    // any channel, so an announcement would tell other delegations when one works internally).
    void internalChangesAreNotAnnounced()
    {
        const auto listenWhile = [&](const QString &writer, const QString &sql) {
            // dave listens in one psql session while `writer` commits `sql` in another.
            const QString script =
                u"LISTEN plenipo_change;\n\\! PGPASSWORD=%1 %2/psql -X -q -h 127.0.0.1 -p %3 -U "
                u"%4 -d %5 -c \"%6\"\nSELECT pg_sleep(0.3);\nSELECT 'done'"_s.arg(
                    password(writer), m_server.bin, m_server.port, writer, database, sql);
            return psql(u"dave"_s, script);
        };
        const QString internalNote =
            u"UPDATE plenipo.position_detail SET note = note || ' again' WHERE id = (SELECT "
            u"min(id) FROM plenipo.position_detail WHERE internal <> 0)"_s;
        // alice (FRA) sees the detail she changes; dave (DEU) cannot, nor hears of it.
        QCOMPARE(
            psql(u"alice"_s, u"SELECT count(*) FROM plenipo.position_detail WHERE internal <> 0"_s)
                    .out.trimmed()
                    .toInt() > 0,
            true);
        Result r = listenWhile(u"alice"_s, internalNote);
        QVERIFY2(r.out.contains(u"done"_s), qPrintable(r.out + r.err));
        QVERIFY2(!r.out.contains(u"Asynchronous notification"_s), qPrintable(r.out));
        QCOMPARE(psql(ownerLogin, u"SELECT count(*) FROM plenipo.audit_log WHERE who = 'alice' "
                                  u"AND table_name = 'position_detail' AND internal"_s)
                         .out.trimmed()
                         .toInt() > 0,
                 true);
        // A shared change is heard, with nothing but the channel's name.
        r = listenWhile(
            u"bob"_s,
            u"UPDATE plenipo.clause SET text = text || ' [heard]' WHERE id = (SELECT min(id) "
            u"FROM plenipo.clause)"_s);
        QVERIFY2(r.out.contains(u"Asynchronous notification \"plenipo_change\" received"_s),
                 qPrintable(r.out + r.err));
        QVERIFY2(!r.out.contains(u"payload"_s), qPrintable(r.out));
    }
};

QTEST_MAIN(TestServer)
#include "tst_server.moc"
