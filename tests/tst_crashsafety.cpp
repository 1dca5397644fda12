// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Crash safety (issue 11, section 4), driving the built `plenipo` as a child process:
//  - SIGKILL at random moments during every kind of write: an import of a resolution, a bulk
//    position entry (a CSV for every state), revisions and Save As (the hidden `write-loop`
//    command, which prints "committed N" after each committed step) and an export, 125 runs
//    killed in all. Afterwards the workspace opens for editing (the dead process's lock is
//    recognised as stale), PRAGMA integrity_check says ok, every committed step is there and
//    nothing half-written is (a document with all its clauses and positions or none; a bulk entry
//    on every state or on none), and an export target is the old file or the complete new one.
//  - A full disk (RLIMIT_FSIZE on the child) during an import and during Save As: a clear
//    message, exit status 1, the workspace unchanged, no partial file left.
//  - Bad files: from a newer Plenipo, truncated, a directory, no permission (CI runs as root,
//    who may read anything: the child drops the two capabilities that override file permissions
//    from its bounding set, so it stays root, still reaches the build tree wherever the clone
//    is, and the file's mode applies to it),
//    a read-only medium (a read-only bind mount in a private mount namespace of the child): a
//    clear message, nothing changed. The GUI's open path is tested in tst_openworkspace.
// The seed of the random moments is printed; PLENIPO_CRASH_SEED repeats a run.

#include "clirunner.h"

#include "core/error.h"
#include "storage/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <functional>
#include <linux/capability.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Plenipo;
using namespace Qt::StringLiterals;

namespace {

const QString kDraft = u"SAMPLE/CONSEQ/2026/ZD"_s;
constexpr int kTrials = 30; // per kind of write: 150 trials, at least 100 of them killed

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString integrity(const QString &file)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            result = q.exec(u"PRAGMA integrity_check"_s) && q.next() ? q.value(0).toString()
                                                                     : u"query failed"_s;
        } else {
            result = u"cannot open"_s;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return result;
}

void removeWorkspace(const QString &file)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(file + QLatin1StringView(suffix));
}

bool copyWorkspace(const QString &from, const QString &to)
{
    removeWorkspace(to);
    return QFile::copy(from, to);
}

// The plenipo child, with an optional modifier run between fork and exec.
struct Child
{
    QProcess process;
    explicit Child(const std::function<void()> &modifier = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        if (modifier)
            process.setChildProcessModifier(modifier);
    }
    void start(const QStringList &arguments)
    {
        process.start(QStringLiteral(PLENIPO_APP_PATH), arguments);
        process.waitForStarted();
    }
    // The last "committed N" printed (0 when none).
    qint64 lastCommitted()
    {
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        static const QRegularExpression re(u"committed (\\d+)\\n"_s);
        qint64 last = 0;
        for (auto it = re.globalMatch(out); it.hasNext();)
            last = it.next().captured(1).toLongLong();
        return last;
    }
};

CliRun runWith(const QStringList &arguments, const std::function<void()> &modifier)
{
    Child child(modifier);
    child.start(arguments);
    if (!child.process.waitForFinished(120000))
        return {};
    return {child.process.exitStatus() == QProcess::NormalExit ? child.process.exitCode() : -1,
            QString::fromUtf8(child.process.readAllStandardOutput()),
            QString::fromUtf8(child.process.readAllStandardError())};
}

// What a workspace holds, as the command line summarises it.
QString infoOf(const QString &file)
{
    return runPlenipo({u"info"_s, file, u"--json"_s}).out;
}

int revisionCount(const Workspace &ws, const QString &symbol, const QString &number)
{
    const Document *d = ws.documentBySymbol(symbol);
    if (!d)
        return -1;
    const auto c = ws.clauseByNumber(d->id, number);
    return c ? int(ws.revisions(c->id).size()) : -1;
}

// "state stance note" of every position on the clause, rows and stance vectors compared.
QStringList positionsOn(const Workspace &ws, const QString &symbol, const QString &number)
{
    const Document *d = ws.documentBySymbol(symbol);
    QStringList out;
    for (const Clause &c : ws.clauses(d->id)) {
        if (c.number != number)
            continue;
        for (const Position &p : ws.positions(c.id)) {
            if (!p.alternative.isEmpty())
                continue;
            out << u"%1 %2 %3"_s.arg(p.state).arg(int(p.stance)).arg(p.note);
            // The stance vector says the same as the row.
            if (ws.stances().stance(c.id, u"", ws.stateIndex(p.state)) != p.stance)
                out << u"MISMATCH %1"_s.arg(p.state);
        }
    }
    out.sort();
    return out;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base; // the sample workspace every trial copies
    QRandomGenerator m_random;
    int m_kills = 0;
    int m_staleLocks = 0;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Starts the child, kills it after a random delay in [0, maxMs], returns the last committed
    // step it printed.
    qint64 killDuring(const QStringList &arguments, int maxMs)
    {
        return killAfter(arguments, int(m_random.bounded(maxMs + 1)));
    }

    // Trial `trial` of `trials` over a write that takes `ms` to run to completion: the kill
    // moments are stratified over [0, 1.25 ms], one random moment in each trial's slice, so that
    // they span the whole write (start-up, the work, the commit, the exit) and the last slices
    // let the write complete. (Uniform moments up to 80% of the run never reached an import's
    // commit: 25 runs, 0 complete imports.)
    qint64 killDuringTrial(const QStringList &arguments, int ms, int trial, int trials)
    {
        const double span = ms * 1.25;
        const double from = span * trial / trials;
        const double to = span * (trial + 1) / trials;
        return killAfter(arguments, int(from + m_random.generateDouble() * (to - from)));
    }

    qint64 killAfter(const QStringList &arguments, int delay)
    {
        Child child;
        child.start(arguments);
        child.process.waitForFinished(std::max(delay, 0));
        if (child.process.state() != QProcess::NotRunning) {
            child.process.kill(); // SIGKILL
            ++m_kills;
        }
        child.process.waitForFinished(30000);
        return child.lastCommitted();
    }

    // After a kill: the file passes integrity_check and opens for editing (a stale lock left
    // by the dead process is recognised).
    std::unique_ptr<Workspace> reopen(const QString &file)
    {
        if (QFile::exists(Workspace::lockFilePath(file)))
            ++m_staleLocks;
        const QString check = integrity(file);
        if (check != u"ok")
            QTest::qFail(qPrintable(u"integrity_check: "_s + check), __FILE__, __LINE__);
        try {
            return Workspace::open(file, Workspace::Access::ReadWrite);
        } catch (const Error &e) {
            QTest::qFail(qPrintable(u"does not open after a kill: "_s + e.message()), __FILE__,
                         __LINE__);
        }
        return {};
    }

    // Runs to completion and returns the milliseconds it took (the range of the kill moments).
    int timed(const QStringList &arguments)
    {
        QElapsedTimer t;
        t.start();
        const CliRun r = runPlenipo(arguments);
        if (r.exitCode != 0)
            QTest::qFail(qPrintable(arguments.join(u' ') + u": "_s + r.err), __FILE__, __LINE__);
        return int(std::max<qint64>(t.elapsed(), 20));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bool ok = false;
        quint32 seed = qEnvironmentVariable("PLENIPO_CRASH_SEED").toUInt(&ok);
        if (!ok)
            seed = QRandomGenerator::global()->generate();
        m_random.seed(seed);
        qInfo("random moments from seed %u (PLENIPO_CRASH_SEED=%u repeats them)", seed, seed);
        m_base = path(u"base.plenipo"_s);
        const CliRun r = runPlenipo({u"new"_s, u"--sample"_s, m_base});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // An import: a UN resolution (../shared) or, without it, a 300-clause draft. The document
    // is there with every clause and position, or not at all.
    void killDuringImport()
    {
        QString file = QStringLiteral(PLENIPO_SHARED_DIR "/akn/examples/75_32_E.xml");
        QString symbol = u"A/RES/75/32"_s;
        if (!QFile::exists(file)) {
            qInfo("no ../shared/akn/examples/75_32_E.xml: importing a generated draft instead");
            file = path(u"draft.txt"_s);
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("A long draft\n");
            for (int i = 1; i <= 300; ++i)
                f.write(QByteArray::number(i) + ". States [shall][should] cooperate.\n");
            symbol = u"draft"_s;
        }
        // The complete import, for reference.
        const QString reference = path(u"import-reference.plenipo"_s);
        QVERIFY(copyWorkspace(m_base, reference));
        const int ms = timed({u"import"_s, reference, file});
        qsizetype clauses = 0;
        qsizetype positions = 0;
        {
            auto ws = Workspace::open(reference, Workspace::Access::ReadOnly);
            const Document *d = ws->documentBySymbol(symbol);
            QVERIFY(d);
            for (const Clause &c : ws->clauses(d->id)) {
                ++clauses;
                positions += ws->positions(c.id).size();
            }
        }
        const qsizetype documentsBefore =
            Workspace::open(m_base, Workspace::Access::ReadOnly)->documents().size();
        int complete = 0;
        const QString trial = path(u"import-trial.plenipo"_s);
        int none = 0;
        // After the stratified trials, while no import has completed (a run slower than the
        // reference), later and later moments: both outcomes are checked in every run.
        for (int i = 0; i < kTrials || (complete == 0 && i < kTrials + 8); ++i) {
            QVERIFY(copyWorkspace(m_base, trial));
            if (i < kTrials)
                killDuringTrial({u"import"_s, trial, file}, ms, i, kTrials);
            else
                killAfter({u"import"_s, trial, file}, ms * (i - kTrials + 2));
            auto ws = reopen(trial);
            QVERIFY(ws);
            const Document *d = ws->documentBySymbol(symbol);
            if (!d) {
                QCOMPARE(ws->documents().size(), documentsBefore);
                ++none;
                continue;
            }
            ++complete;
            qsizetype c = 0;
            qsizetype p = 0;
            for (const Clause &clause : ws->clauses(d->id)) {
                ++c;
                p += ws->positions(clause.id).size();
            }
            QCOMPARE(c, clauses);
            QCOMPARE(p, positions);
        }
        qInfo("import: %d runs, %d complete imports, %d none", complete + none, complete, none);
        QVERIFY2(complete > 0, "no import ran to completion: the complete side was not checked");
        QVERIFY2(none > 0, "every import completed: no kill landed before the commit");
    }

    // A bulk entry: one CSV sets every state's position on a clause; all rows or none.
    void killDuringBulkPositions()
    {
        const QString csv = path(u"bulk.csv"_s);
        QStringList states;
        QStringList before;
        {
            auto ws = Workspace::open(m_base, Workspace::Access::ReadOnly);
            states = ws->stateOrder();
            before = positionsOn(*ws, kDraft, u"2"_s);
        }
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("document,clause,state,stance,note\r\n");
            for (const QString &s : std::as_const(states))
                f.write((kDraft + u",2,"_s + s + u",objects,bulk entry\r\n"_s).toUtf8());
        }
        const QString reference = path(u"bulk-reference.plenipo"_s);
        QVERIFY(copyWorkspace(m_base, reference));
        const int ms = timed({u"import"_s, reference, csv});
        const QStringList after =
            positionsOn(*Workspace::open(reference, Workspace::Access::ReadOnly), kDraft, u"2"_s);
        QCOMPARE(after.size(), states.size());
        const QString trial = path(u"bulk-trial.plenipo"_s);
        int complete = 0;
        for (int i = 0; i < kTrials; ++i) {
            QVERIFY(copyWorkspace(m_base, trial));
            killDuringTrial({u"import"_s, trial, csv}, ms, i, kTrials);
            auto ws = reopen(trial);
            QVERIFY(ws);
            const QStringList now = positionsOn(*ws, kDraft, u"2"_s);
            QVERIFY2(now == before || now == after, qPrintable(now.join(u'\n').left(2000)));
            complete += now == after ? 1 : 0;
        }
        qInfo("bulk entry: %d runs, %d complete, the rest none", kTrials, complete);
    }

    // Revisions, one committed step after another: every step reported committed is there,
    // at most one more (committed before it could say so), each with its whole text.
    void killDuringRevisions()
    {
        const QString trial = path(u"revise-trial.plenipo"_s);
        QVERIFY(copyWorkspace(m_base, trial));
        int committedSteps = 0;
        for (int i = 0; i < kTrials; ++i) {
            int before = 0;
            {
                auto ws = reopen(trial);
                QVERIFY(ws);
                before = revisionCount(*ws, kDraft, u"3"_s);
            }
            const qint64 k =
                killDuring({u"write-loop"_s, trial, u"--revise"_s, kDraft + u"#3"_s}, 1500);
            committedSteps += int(k);
            auto ws = reopen(trial);
            QVERIFY(ws);
            const int now = revisionCount(*ws, kDraft, u"3"_s);
            QVERIFY2(
                now == before + k || now == before + k + 1,
                qPrintable(u"%1 revisions, %2 before, %3 committed"_s.arg(now).arg(before).arg(k)));
            if (now > before) {
                const Document *d = ws->documentBySymbol(kDraft);
                for (const Clause &c : ws->clauses(d->id)) {
                    if (c.number != u"3")
                        continue;
                    const QString expected =
                        u"Revision %1: "_s.arg(now - before) +
                        u"States should cooperate in good faith. "_s.repeated(200);
                    QCOMPARE(c.text, expected);
                    QCOMPARE(ws->revisions(c.id).last().text, expected);
                }
            }
        }
        qInfo("revisions: %d kills, %d committed steps seen", kTrials, committedSteps);
    }

    // Save As, alternately to two files, each step after a revision: every file that exists is
    // a complete workspace; the one the last committed step wrote has that step.
    void killDuringSaveAs()
    {
        const QString trial = path(u"saveas-trial.plenipo"_s);
        const QString target = path(u"saveas-copy.plenipo"_s);
        for (int i = 0; i < kTrials; ++i) {
            QVERIFY(copyWorkspace(m_base, trial));
            removeWorkspace(target);
            removeWorkspace(target + u".alt"_s);
            const int before =
                revisionCount(*Workspace::open(trial, Workspace::Access::ReadOnly), kDraft, u"3"_s);
            const qint64 k = killDuring(
                {u"write-loop"_s, trial, u"--revise"_s, kDraft + u"#3"_s, u"--save-as"_s, target},
                2000);
            for (const QString &file : {trial, target, target + u".alt"_s}) {
                if (!QFile::exists(file))
                    continue;
                auto ws = reopen(file);
                QVERIFY(ws);
                const int n = revisionCount(*ws, kDraft, u"3"_s);
                QVERIFY(n >= before && n <= before + k + 1);
            }
            if (k > 0) {
                const QString last = k % 2 ? target : target + u".alt"_s;
                QVERIFY2(QFile::exists(last), qPrintable(last));
                QVERIFY(revisionCount(*Workspace::open(last, Workspace::Access::ReadOnly), kDraft,
                                      u"3"_s) >= before + k);
            }
            // No half-written file under the final names; temporaries may be left by the kill.
            const QStringList left = QDir(m_dir.path()).entryList({u"saveas-copy*.tmp-*"_s});
            for (const QString &t : left)
                QFile::remove(path(t));
        }
    }

    // An export replacing an older file: afterwards the old file or the complete new one.
    void killDuringExport()
    {
        const QString out = path(u"export.docx"_s);
        const QString reference = path(u"export-reference.docx"_s);
        const int ms = timed({u"export"_s, m_base, u"--document"_s, kDraft, u"--format"_s,
                              u"docx"_s, u"-o"_s, reference});
        const QByteArray newHash = hashOf(reference);
        QVERIFY(!newHash.isEmpty());
        const QStringList oldExport = {
            u"export"_s,   m_base,    u"--document"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s,
            u"--format"_s, u"docx"_s, u"-o"_s,         out};
        QCOMPARE(runPlenipo(oldExport).exitCode, 0);
        const QByteArray oldHash = hashOf(out);
        int replaced = 0;
        for (int i = 0; i < kTrials; ++i) {
            if (hashOf(out) != oldHash)
                QCOMPARE(runPlenipo(oldExport).exitCode, 0);
            killDuringTrial({u"export"_s, m_base, u"--document"_s, kDraft, u"--format"_s, u"docx"_s,
                             u"-o"_s, out},
                            ms, i, kTrials);
            const QByteArray now = hashOf(out);
            QVERIFY2(now == oldHash || now == newHash, "the export target is neither old nor new");
            replaced += now == newHash ? 1 : 0;
        }
        qInfo("export: %d runs, %d replaced the file, the rest left it", kTrials, replaced);
    }

    void killCount()
    {
        qInfo("%d kills in all, %d stale locks recognised", m_kills, m_staleLocks);
        QVERIFY2(m_kills >= 100, qPrintable(u"only %1 kills landed"_s.arg(m_kills)));
    }

    // A full disk: the child may write no file beyond a few kilobytes past the workspace's
    // own size.
    void diskFull_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("import") << u"import"_s;
        QTest::newRow("save as") << u"save-as"_s;
    }
    void diskFull()
    {
        QFETCH(QString, operation);
        const QString trial = path(u"full.plenipo"_s);
        QVERIFY(copyWorkspace(m_base, trial));
        const QString target = path(u"full-copy.plenipo"_s);
        removeWorkspace(target);
        const QString draft = path(u"big-draft.txt"_s);
        {
            QFile f(draft);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("A big draft\n");
            for (int i = 1; i <= 3000; ++i)
                f.write(QByteArray::number(i) + ". " +
                        QByteArray("States cooperate. ").repeated(20) + "\n");
        }
        const QString info = infoOf(trial);
        const QByteArray hash = hashOf(trial);
        // Small enough that the import's journal or the copy cannot fit.
        const rlim_t limit = rlim_t(std::min<qint64>(QFileInfo(trial).size() / 2, 256 * 1024));
        const auto modifier = [limit] {
            ::signal(SIGXFSZ, SIG_IGN); // a write beyond the limit fails (EFBIG), no signal
            const rlimit l{limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &l);
        };
        const CliRun r =
            operation == u"import"
                ? runWith({u"import"_s, trial, draft}, modifier)
                : runWith({u"write-loop"_s, trial, u"--save-as"_s, target, u"--count"_s, u"1"_s},
                          modifier);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"the disk is full or the file has reached its size limit"_s),
                 qPrintable(r.err));
        QCOMPARE(infoOf(trial), info);
        QCOMPARE(integrity(trial), u"ok"_s);
        if (operation == u"save-as") {
            QCOMPARE(hashOf(trial), hash);
            QVERIFY(!QFile::exists(target));
            QVERIFY(QDir(m_dir.path()).entryList({u"full-copy*"_s}).isEmpty());
        }
    }

    // Bad files through the command line: a clear message, exit status 1, nothing changed.
    void badFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("newer version") << u"newer"_s << u"written by a newer version of Plenipo"_s;
        QTest::newRow("truncated") << u"truncated"_s << u"damaged"_s;
        QTest::newRow("directory") << u"directory"_s << u"it is a folder, not a workspace file"_s;
        QTest::newRow("no permission") << u"permission"_s << u"permission denied"_s;
        QTest::newRow("read-only medium") << u"readonly"_s << u"read-only"_s;
    }
    void badFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        const QString folder = path(u"bad-"_s + kind);
        QDir(folder).removeRecursively();
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + u"/workspace.plenipo"_s;
        std::function<void()> modifier;
        if (kind == u"directory") {
            QVERIFY(QDir().mkpath(file));
        } else {
            QVERIFY(QFile::copy(m_base, file));
        }
        if (kind == u"newer") {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"newer"_s);
        } else if (kind == u"truncated") {
            QFile f(file);
            QVERIFY(f.resize(f.size() / 3));
        } else if (kind == u"permission") {
            QFile::setPermissions(file, QFileDevice::WriteOwner);
            if (::geteuid() == 0) {
                // Root reads any file through CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH. Dropped
                // from the bounding set they stay dropped across exec, and the child, still
                // uid 0, is held to the owner bits (write only). Switching to "nobody" instead
                // failed where the clone sits under a folder private to root (CI's checkout):
                // nobody could not even start the binary.
                modifier = [] {
                    if (::prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0 ||
                        ::prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0) != 0)
                        ::_exit(77);
                };
            }
        } else if (kind == u"readonly") {
            const QByteArray dir = QFile::encodeName(folder);
            modifier = [dir] {
                // A private mount namespace in which the folder is a read-only bind mount.
                if (::unshare(CLONE_NEWNS) != 0 ||
                    ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
                    ::mount(dir.constData(), dir.constData(), nullptr, MS_BIND, nullptr) != 0 ||
                    ::mount(nullptr, dir.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY,
                            nullptr) != 0)
                    ::_exit(77);
            };
        }
        const QByteArray before = hashOf(file);

        // Editing (an import) is refused with the message; reading (info) too, except on a
        // read-only medium, where reading works.
        const QString draft = folder + u"/draft.txt"_s;
        {
            QFile f(draft);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("1. Text\n");
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadOther);
        }
        // SQLite's -wal and -shm companions of a read-only connection are not changes.
        const auto listing = [&folder] {
            QStringList names = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
            names.removeIf(
                [](const QString &n) { return n.endsWith(u"-wal"_s) || n.endsWith(u"-shm"_s); });
            return names;
        };
        const QStringList after0 = listing();
        const CliRun edit = runWith({u"import"_s, file, draft}, modifier);
        if (edit.exitCode == 77)
            QSKIP("the child cannot drop privileges or make a read-only mount here");
        QVERIFY2(edit.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(edit.exitCode).arg(edit.err)));
        QVERIFY2(edit.err.contains(words), qPrintable(edit.err));
        const CliRun read = runWith({u"info"_s, file}, modifier);
        if (kind == u"readonly") {
            QVERIFY2(read.exitCode == 0, qPrintable(read.err));
            QVERIFY(read.out.contains(u"193"_s));
        } else {
            QCOMPARE(read.exitCode, 1);
            QVERIFY2(read.err.contains(words), qPrintable(read.err));
        }
        QCOMPARE(hashOf(file), before);
        QCOMPARE(listing(), after0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
