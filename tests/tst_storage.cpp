// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Workspace storage: round trips, migrations, every bad-file case, locking, Save As, undo.
#include "commands/setclausetextcommand.h"
#include "core/error.h"
#include "sample/samplebuilder.h"
#include "storage/schema.h"
#include "storage/sqlitedialect.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Opens `path` and expects an Error of `kind` whose message names the file and contains `words`.
#define EXPECT_OPEN_ERROR(PATH, ACCESS, KIND, WORDS)                                               \
    do {                                                                                           \
        bool thrown = false;                                                                       \
        try {                                                                                      \
            Workspace::open(PATH, ACCESS);                                                         \
        } catch (const Error &e) {                                                                 \
            thrown = true;                                                                         \
            QCOMPARE(int(e.kind()), int(KIND));                                                    \
            QVERIFY2(e.message().contains(QFileInfo(PATH).fileName()), qPrintable(e.message()));   \
            QVERIFY2(e.message().contains(WORDS), qPrintable(e.message()));                        \
        }                                                                                          \
        QVERIFY2(thrown, "opening should have failed");                                            \
    } while (false)

// A small workspace with one of everything.
void populate(Workspace &w)
{
    State a;
    a.iso3 = u"AAA"_s;
    a.name = u"Avaland"_s;
    a.officialName = u"Republic of Avaland"_s;
    a.aliases = {u"AVALAND (REPUBLIC OF)"_s};
    State b;
    b.iso3 = u"BBB"_s;
    b.name = u"Bolterra"_s;
    b.officialName = u"Kingdom of Bolterra"_s;
    w.addStates({a, b});
    StateGroup g;
    g.code = u"LMG"_s;
    g.name = u"Like-minded group"_s;
    g.kind = StateGroup::Kind::Coalition;
    g.members = {u"AAA"_s, u"BBB"_s};
    w.addGroup(g);
    Process p;
    p.code = u"GGE-X"_s;
    p.name = u"GGE (test)"_s;
    p.kind = Process::Kind::Gge;
    p.startYear = 2024;
    p.endYear = 2025;
    p.chair = u"Avaland"_s;
    p.members = {u"BBB"_s, u"AAA"_s};
    const qint64 pid = w.addProcess(p);
    const qint64 nid =
        w.addNorm(Norm{0, u"N-1"_s, u"Norm one"_s, u"Do no harm."_s, u"X/1"_s, u"1(a)"_s});
    Document d;
    d.symbol = u"X/DOC/1"_s;
    d.title = u"Zero draft"_s;
    d.kind = Document::Kind::ZeroDraft;
    d.date = QDate(2025, 3, 1);
    d.processId = pid;
    const qint64 did = w.addDocument(d);
    Clause c;
    c.documentId = did;
    c.number = u"13 bis"_s;
    c.text = u"States [shall][should] cooperate."_s;
    c.normIds = {nid};
    const qint64 cid = w.addClause(c, u"first text"_s);
    Position pos;
    pos.clauseId = cid;
    pos.state = u"AAA"_s;
    pos.stance = Stance::Objects;
    pos.sourceKind = u"statement"_s;
    pos.sourceText = u"Statement in plenary"_s;
    pos.sourceSymbol = u"X/PV.3"_s;
    pos.sourceDate = QDate(2025, 3, 2);
    pos.note = u"internal note"_s;
    pos.internal = true;
    pos.revisionId = w.clause(cid)->revisionId;
    w.setPosition(pos);
    pos.alternative = u"g1.2"_s;
    pos.stance = Stance::Supports;
    pos.internal = false;
    w.setPosition(pos);
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        const QString file = path(u"round.plenipo"_s);
        {
            Workspace::create(file, populate);
        }
        QVERIFY(!QFile::exists(Workspace::lockFilePath(file))); // released on close
        const auto ws = Workspace::open(file, Workspace::Access::ReadOnly);
        QCOMPARE(ws->schemaVersion(), Schema::currentVersion());
        QCOMPARE(ws->states().size(), 2);
        const State *a = ws->states().resolve(u"Avaland (Republic of)"_s);
        QVERIFY(a);
        QCOMPARE(a->officialName, u"Republic of Avaland"_s);
        const StateGroup *g = ws->group(u"LMG"_s);
        QVERIFY(g);
        QCOMPARE(g->members, QStringList({u"AAA"_s, u"BBB"_s}));
        QCOMPARE(g->kind, StateGroup::Kind::Coalition);
        const Process *p = ws->processByCode(u"GGE-X"_s);
        QVERIFY(p);
        QCOMPARE(p->kind, Process::Kind::Gge);
        QCOMPARE(p->chair, u"Avaland"_s);
        QCOMPARE(p->members, QStringList({u"AAA"_s, u"BBB"_s}));
        QCOMPARE(ws->norms().size(), 1);
        const Document *d = ws->documentBySymbol(u"X/DOC/1"_s);
        QVERIFY(d);
        QCOMPARE(d->kind, Document::Kind::ZeroDraft);
        QCOMPARE(d->date, QDate(2025, 3, 1));
        QCOMPARE(d->processId, p->id);
        const QList<Clause> clauses = ws->clauses(d->id);
        QCOMPARE(clauses.size(), 1);
        QCOMPARE(clauses[0].number, u"13 bis"_s);
        QCOMPARE(clauses[0].text, u"States [shall][should] cooperate."_s);
        QCOMPARE(clauses[0].normIds, QList<qint64>{ws->norms().first().id});
        QCOMPARE(ws->clausesLinkedToNorm(ws->norms().first().id).size(), 1);
        const QList<ClauseRevision> revs = ws->revisions(clauses[0].id);
        QCOMPARE(revs.size(), 1);
        QCOMPARE(revs[0].note, u"first text"_s);
        const QList<Position> positions = ws->positions(clauses[0].id);
        QCOMPARE(positions.size(), 2);
        const Position &whole = positions[0].alternative.isEmpty() ? positions[0] : positions[1];
        const Position &alt = positions[0].alternative.isEmpty() ? positions[1] : positions[0];
        QCOMPARE(whole.stance, Stance::Objects);
        QCOMPARE(whole.sourceSymbol, u"X/PV.3"_s);
        QCOMPARE(whole.sourceDate, QDate(2025, 3, 2));
        QCOMPARE(whole.note, u"internal note"_s);
        QVERIFY(whole.internal);
        QCOMPARE(whole.revisionId, revs[0].id);
        QCOMPARE(alt.alternative, u"g1.2"_s);
        QCOMPARE(alt.stance, Stance::Supports);
    }

    void setPositionReplaces()
    {
        const QString file = path(u"replace.plenipo"_s);
        auto ws = Workspace::create(file, populate);
        const qint64 cid = ws->clauses(ws->documents().first().id).first().id;
        Position p = ws->positions(cid).first();
        p.stance = Stance::CanAccept;
        QSignalSpy spy(ws.get(), &Workspace::positionsChanged);
        ws->setPosition(p);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(ws->positions(cid).size(), 2);
        ws.reset();
        const auto again = Workspace::open(file);
        int canAccept = 0;
        for (const Position &q : again->positions(cid))
            canAccept += q.stance == Stance::CanAccept;
        QCOMPARE(canAccept, 1);
    }

    void failedWriteChangesNothing()
    {
        const QString file = path(u"atomic.plenipo"_s);
        auto ws = Workspace::create(file, populate);
        StateGroup g;
        g.code = u"BAD"_s;
        g.name = u"Has an unknown member"_s;
        g.members = {u"AAA"_s, u"ZZZ"_s};
        QVERIFY_THROWS_EXCEPTION(Error, ws->addGroup(g));
        QVERIFY(!ws->group(u"BAD"_s));
        ws.reset();
        auto again = Workspace::open(file);
        QVERIFY(!again->group(u"BAD"_s));
        // A batch that fails half-way leaves nothing, in memory or in the file.
        try {
            auto batch = again->beginBatch();
            again->setMeta(u"k"_s, u"v"_s);
            QCOMPARE(again->meta(u"k"_s), u"v"_s);
            again->addGroup(g); // throws: unknown member
            batch->commit();
        } catch (const Error &e) {
            QVERIFY(e.message().contains(u"ZZZ"_s));
        }
        QCOMPARE(again->meta(u"k"_s), QString());
        again.reset();
        QCOMPARE(Workspace::open(file)->meta(u"k"_s), QString());
    }

    void migratesVersion1AndKeepsData()
    {
        const QString file = path(u"v1.plenipo"_s);
        {
            // A workspace as version 1 wrote it.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            SqliteDialect dialect;
            Schema::migrateTo(db, dialect, 1);
            dialect.markAsWorkspace(db);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO state (id, iso3, name, official_name) VALUES (1, 'AAA', "
                           u"'Avaland', 'Republic of Avaland')"_s));
            QVERIFY(q.exec(u"INSERT INTO document (id, symbol, title, kind) VALUES (1, 'D/1', "
                           u"'Draft', 'zero-draft')"_s));
            QVERIFY(q.exec(u"INSERT INTO clause (id, document_id, ordinal, number, text) VALUES "
                           u"(1, 1, 0, '1', 'Text [a][b].')"_s));
            QVERIFY(q.exec(u"INSERT INTO clause_revision (id, clause_id, text, author, created) "
                           u"VALUES (1, 1, 'Text [a][b].', 'me', '2024-01-01T00:00:00.000Z')"_s));
            QVERIFY(
                q.exec(u"INSERT INTO position (clause_id, state_id, stance, note) VALUES (1, 1, "
                       u"4, 'kept')"_s));
            QCOMPARE(dialect.schemaVersion(db), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);

        // Read-only cannot upgrade, and says so.
        EXPECT_OPEN_ERROR(file, Workspace::Access::ReadOnly, Error::Kind::ReadOnly, u"older"_s);

        const auto ws = Workspace::open(file);
        QCOMPARE(ws->schemaVersion(), Schema::currentVersion());
        QCOMPARE(ws->states().size(), 1);
        const QList<Clause> clauses = ws->clauses(1);
        QCOMPARE(clauses.size(), 1);
        QCOMPARE(clauses[0].text, u"Text [a][b]."_s);
        const QList<Position> positions = ws->positions(1);
        QCOMPARE(positions.size(), 1);
        QCOMPARE(positions[0].stance, Stance::Objects);
        QCOMPARE(positions[0].note, u"kept"_s);
        QCOMPARE(positions[0].alternative, QString());
        // The new column works: a position on one alternative beside the whole-clause one.
        Position alt = positions[0];
        alt.alternative = u"g1.1"_s;
        alt.stance = Stance::Supports;
        ws->setPosition(alt);
        QCOMPARE(ws->positions(1).size(), 2);
    }

    // Version 3 (issue 4) builds the stance vectors from the positions of a version 2 file, so
    // the consensus sees exactly the old positions, and position history starts working.
    void migratesVersion2BuildsStanceVectors()
    {
        const QString file = path(u"v2.plenipo"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            SqliteDialect dialect;
            Schema::migrateTo(db, dialect, 2);
            dialect.markAsWorkspace(db);
            QSqlQuery q(db);
            // State ids out of name order: the vector order is by id.
            QVERIFY(q.exec(u"INSERT INTO state (id, iso3, name, official_name) VALUES (7, 'ZZZ', "
                           u"'Zedland', 'Zedland'), (3, 'AAA', 'Avaland', 'Avaland'), (5, 'MMM', "
                           u"'Emland', 'Emland')"_s));
            QVERIFY(q.exec(u"INSERT INTO document (id, symbol, title, kind) VALUES (1, 'D/1', "
                           u"'Draft', 'zero-draft')"_s));
            QVERIFY(q.exec(u"INSERT INTO clause (id, document_id, ordinal, number, text) VALUES "
                           u"(1, 1, 0, '1', 'Text [a][b].')"_s));
            QVERIFY(q.exec(u"INSERT INTO clause_revision (id, clause_id, text, author, created) "
                           u"VALUES (1, 1, 'Text [a][b].', 'me', '2024-01-01T00:00:00.000Z')"_s));
            QVERIFY(q.exec(u"INSERT INTO position (clause_id, state_id, alternative, stance, "
                           u"revision_id) VALUES (1, 7, '', 4, 1), (1, 3, '', 1, 1), (1, 3, "
                           u"'g1.2', 2, 1), (1, 5, 'g1.2', 0, NULL)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v2"_s);

        const auto ws = Workspace::open(file);
        QCOMPARE(ws->schemaVersion(), Schema::currentVersion());
        QCOMPARE(ws->stateOrder(), QStringList({u"AAA"_s, u"MMM"_s, u"ZZZ"_s}));
        const StanceMatrix &m = ws->stances();
        QCOMPARE(m.stance(1, u"", 0), Stance::Supports);
        QVERIFY(!m.hasPosition(1, u"", 1));
        QCOMPARE(m.stance(1, u"", 2), Stance::Objects);
        QCOMPARE(m.stance(1, u"g1.2", 0), Stance::CanAccept);
        QVERIFY(m.hasPosition(1, u"g1.2", 1)); // a recorded "no position"
        QCOMPARE(m.stance(1, u"g1.2", 1), Stance::NoPosition);
        QCOMPARE(ws->positionCount(), 4);
        // The unknown revision shows as possibly outdated, the known one does not.
        const auto given = ws->position(1, u"MMM"_s, u"g1.2"_s);
        QVERIFY(given);
        QVERIFY(ws->isOutdated(*given));
        QVERIFY(!ws->isOutdated(*ws->position(1, u"AAA"_s)));
        // Changing a migrated position keeps its old value in the history.
        ws->setAuthor(u"tester"_s);
        Position p = *ws->position(1, u"ZZZ"_s);
        p.stance = Stance::CanAccept;
        ws->setPosition(p);
        const QList<PositionHistoryEntry> h = ws->positionHistory(1, u"ZZZ"_s);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h[0].previous.stance, Stance::Objects);
        QCOMPARE(h[0].replacedBy, u"tester"_s);
        QCOMPARE(ws->position(1, u"ZZZ"_s)->author, u"tester"_s);
        // The vectors on file follow: reopening shows the new stance.
        ws->setAuthor({});
        const QString copy = path(u"v2-copy.plenipo"_s);
        ws->saveAs(copy);
        QCOMPARE(Workspace::open(copy, Workspace::Access::ReadOnly)->stances().stance(1, u"", 2),
                 Stance::CanAccept);
    }

    void missingFile()
    {
        EXPECT_OPEN_ERROR(path(u"nowhere.plenipo"_s), Workspace::Access::ReadWrite, Error::Kind::Io,
                          u"does not exist"_s);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray() << int(Error::Kind::NotAWorkspace)
                               << u"not a Plenipo workspace"_s;
        QTest::newRow("text") << QByteArray("Rev.1 of the draft, as text\n")
                              << int(Error::Kind::NotAWorkspace) << u"not a Plenipo workspace"_s;
        QByteArray garbage("SQLite format 3\0", 16);
        garbage += QByteArray(4096, '\x5a');
        QTest::newRow("sqlite header, garbage body")
            << garbage << int(Error::Kind::Corrupt) << u"damaged"_s;
    }
    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QFETCH(QString, words);
        const QString file =
            path(u"bad-%1.plenipo"_s.arg(QString::fromLatin1(QTest::currentDataTag()))
                     .replace(u' ', u'-'));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = fileHash(file);
        EXPECT_OPEN_ERROR(file, Workspace::Access::ReadWrite, Error::Kind(kind), words);
        QCOMPARE(fileHash(file), before);
        QVERIFY(!QFile::exists(Workspace::lockFilePath(file)));
    }

    void otherProgramsDatabase()
    {
        const QString file = path(u"other.plenipo"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const QByteArray before = fileHash(file);
        EXPECT_OPEN_ERROR(file, Workspace::Access::ReadWrite, Error::Kind::NotAWorkspace,
                          u"another program"_s);
        QCOMPARE(fileHash(file), before);
    }

    void newerVersion()
    {
        const QString file = path(u"future.plenipo"_s);
        {
            Workspace::create(file, populate);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        const QByteArray before = fileHash(file);
        EXPECT_OPEN_ERROR(file, Workspace::Access::ReadWrite, Error::Kind::NewerVersion,
                          u"newer version of Plenipo"_s);
        EXPECT_OPEN_ERROR(file, Workspace::Access::ReadOnly, Error::Kind::NewerVersion, u"99"_s);
        QCOMPARE(fileHash(file), before);
    }

    void damagedPages()
    {
        const QString file = path(u"damaged.plenipo"_s);
        {
            TestSupport::sampleWorkspace(file);
        }
        // Overwrite a stretch in the middle of the file (table pages), keep the header.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 64 * 1024);
        f.seek(size / 2);
        f.write(QByteArray(16 * 1024, '\xff'));
        f.close();
        const QByteArray before = fileHash(file);
        EXPECT_OPEN_ERROR(file, Workspace::Access::ReadWrite, Error::Kind::Corrupt, u"damaged"_s);
        QCOMPARE(fileHash(file), before);
    }

    void lockedByAnotherProcess()
    {
        const QString file = path(u"shared.plenipo"_s);
        {
            Workspace::create(file, populate);
        }
        // A second process opens the workspace for editing and keeps it open.
        QProcess holder;
        holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        holder.start(QCoreApplication::applicationFilePath(), {u"--hold"_s, file});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("holding"));

        bool thrown = false;
        try {
            Workspace::open(file);
        } catch (const Error &e) {
            thrown = true;
            QCOMPARE(e.kind(), Error::Kind::Locked);
            QVERIFY2(e.message().contains(QString::number(holder.processId())),
                     qPrintable(e.message()));
            QVERIFY(e.message().contains(u"read-only"_s));
        }
        QVERIFY(thrown);
        // Read-only access works meanwhile and refuses writes.
        {
            const auto ro = Workspace::open(file, Workspace::Access::ReadOnly);
            QVERIFY(ro->isReadOnly());
            QCOMPARE(ro->states().size(), 2);
            QVERIFY_THROWS_EXCEPTION(Error, ro->setMeta(u"x"_s, u"y"_s));
        }

        // The holder dies without cleaning up: its lock is stale and editing is possible again.
        holder.kill();
        QVERIFY(holder.waitForFinished());
        QVERIFY(QFile::exists(Workspace::lockFilePath(file)));
        const auto ws = Workspace::open(file);
        QVERIFY(!ws->isReadOnly());
    }

    void createRefusesExistingFile()
    {
        const QString file = path(u"exists.plenipo"_s);
        {
            Workspace::create(file, populate);
        }
        const QByteArray before = fileHash(file);
        QVERIFY_THROWS_EXCEPTION(Error, Workspace::create(file, populate));
        QCOMPARE(fileHash(file), before);
    }

    void failedCreateLeavesNothing()
    {
        const QString file = path(u"half.plenipo"_s);
        QVERIFY_THROWS_EXCEPTION(Error, Workspace::create(file, [](Workspace &w) {
                                     populate(w);
                                     throw Error(Error::Kind::Invalid, u"interrupted"_s);
                                 }));
        QVERIFY(!QFile::exists(file));
        const QStringList leftovers =
            QDir(m_dir.path()).entryList({u"half.plenipo*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
    }

    void saveAsWritesAtomicCopy()
    {
        const QString file = path(u"original.plenipo"_s);
        const QString copy = path(u"copy.plenipo"_s);
        // An older file at the target is replaced whole.
        QFile old(copy);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
        old.close();

        auto ws = Workspace::create(file, populate);
        ws->saveAs(copy);
        QCOMPARE(ws->filePath(), QFileInfo(copy).absoluteFilePath());
        QVERIFY(QFile::exists(Workspace::lockFilePath(copy)));
        QVERIFY(!QFile::exists(Workspace::lockFilePath(file)));
        const QStringList temps =
            QDir(m_dir.path()).entryList({u"copy.plenipo.tmp-*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY(temps.isEmpty());
        // Edits now go to the copy; the original keeps what it had.
        ws->setMeta(u"after"_s, u"save as"_s);
        ws.reset();
        const auto c = Workspace::open(copy, Workspace::Access::ReadOnly);
        QCOMPARE(c->meta(u"after"_s), u"save as"_s);
        QCOMPARE(c->states().size(), 2);
        QCOMPARE(c->positionCount(), 2);
        const auto o = Workspace::open(file, Workspace::Access::ReadOnly);
        QCOMPARE(o->meta(u"after"_s), QString());
    }

    void saveAsFromReadOnlyGivesEditableCopy()
    {
        const QString file = path(u"ro-source.plenipo"_s);
        {
            Workspace::create(file, populate);
        }
        auto ro = Workspace::open(file, Workspace::Access::ReadOnly);
        ro->saveAs(path(u"ro-copy.plenipo"_s));
        QVERIFY(!ro->isReadOnly());
        ro->setMeta(u"edited"_s, u"yes"_s);
        QCOMPARE(ro->meta(u"edited"_s), u"yes"_s);
    }

    void clauseEditsAreUndoableRevisions()
    {
        auto ws = Workspace::create(path(u"undo.plenipo"_s), populate);
        const Clause c = ws->clauses(ws->documents().first().id).first();
        const QString original = c.text;
        QUndoStack *stack = ws->undoStack();
        stack->push(
            new SetClauseTextCommand(*ws, c.id, u"States should cooperate."_s, u"agreed"_s));
        QCOMPARE(ws->clause(c.id)->text, u"States should cooperate."_s);
        QList<ClauseRevision> revs = ws->revisions(c.id);
        QCOMPARE(revs.size(), 2);
        QCOMPARE(revs[0].text, original);
        QCOMPARE(revs[1].note, u"agreed"_s);
        QCOMPARE(ws->clause(c.id)->revisionId, revs[1].id);
        QCOMPARE(stack->undoText(), u"Edit paragraph 13 bis of X/DOC/1"_s);

        stack->undo();
        QCOMPARE(ws->clause(c.id)->text, original);
        QCOMPARE(ws->revisions(c.id).size(), 1);
        stack->redo();
        QCOMPARE(ws->clause(c.id)->text, u"States should cooperate."_s);
        QCOMPARE(ws->revisions(c.id).size(), 2);

        // Survives reopening.
        const QString file = ws->filePath();
        ws.reset();
        const auto again = Workspace::open(file, Workspace::Access::ReadOnly);
        QCOMPARE(again->clause(c.id)->text, u"States should cooperate."_s);
    }

    void walModeAndForeignKeys()
    {
        const QString file = path(u"pragmas.plenipo"_s);
        const auto ws = Workspace::create(file, populate);
        // WAL: the -wal file exists while the workspace is open for writing.
        ws->setMeta(u"touch"_s, u"1"_s);
        QVERIFY(QFile::exists(file + u"-wal"_s));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), SqliteDialect::applicationId);
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"probe"_s);
        // Foreign keys are enforced on the workspace's own connection.
        Position p;
        p.clauseId = 999999;
        p.state = u"AAA"_s;
        QVERIFY_THROWS_EXCEPTION(Error, ws->setPosition(p));
    }
};

int main(int argc, char **argv)
{
    // Child mode for lockedByAnotherProcess: hold FILE open for editing until killed.
    if (argc == 3 && qstrcmp(argv[1], "--hold") == 0) {
        QCoreApplication app(argc, argv);
        try {
            const auto ws = Workspace::open(QString::fromLocal8Bit(argv[2]));
            std::printf("holding\n");
            std::fflush(stdout);
            QThread::sleep(std::chrono::seconds(60));
        } catch (const Error &e) {
            std::fprintf(stderr, "%s\n", e.what());
            return 1;
        }
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestStorage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storage.moc"
