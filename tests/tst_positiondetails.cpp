// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Position details shared by the states entered together (schema 4): the grouped reading the
// exports use gives exactly the positions read row by row, through every kind of edit, undo,
// reopening and a damaged file; detail rows nobody uses are removed; a version 3 file migrates
// with every detail kept.
#include "commands/removeclausecommand.h"
#include "commands/setpositionscommand.h"
#include "core/error.h"
#include "sample/samplebuilder.h"
#include "storage/schema.h"
#include "storage/sqlitedialect.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

// "alt state stance kind|text|symbol|date|note|internal|revision|author|modified": everything a
// position carries but its row id.
QString describe(const Position &p)
{
    return u"%1 %2 %3 %4|%5|%6|%7|%8|%9|%10|%11|%12"_s.arg(p.alternative, p.state)
        .arg(int(p.stance))
        .arg(p.sourceKind, p.sourceText, p.sourceSymbol, p.sourceDate.toString(Qt::ISODate), p.note)
        .arg(p.internal ? u"true"_s : u"false"_s)
        .arg(p.revisionId)
        .arg(p.author, p.modified.toString(Qt::ISODateWithMs));
}

// The positions of `only` (of every clause when empty) row by row, and as positionGroups()
// gives them, one line each.
std::pair<QStringList, QStringList> bothReadings(const Workspace &ws, QList<qint64> only = {})
{
    QList<qint64> ids;
    for (const Document &d : ws.documents()) {
        for (const Clause &c : ws.clauses(d.id)) {
            if (only.isEmpty() || only.contains(c.id))
                ids << c.id;
        }
    }
    QStringList rows;
    for (qint64 id : std::as_const(ids)) {
        for (const Position &p : ws.positions(id))
            rows << u"%1 "_s.arg(id) + describe(p);
    }
    QStringList grouped;
    for (const PositionGroup &g : ws.positionGroups(ids)) {
        for (int state : g.states) {
            Position p = g.shared;
            p.state = ws.stateOrder().value(state);
            grouped << u"%1 "_s.arg(p.clauseId) + describe(p);
        }
    }
    // Groups are ordered by first state; rows by state. Same clause and alternative order.
    const auto key = [&ws](const QString &line) {
        const QStringList f = line.split(u' ');
        return std::tuple(f[0].toLongLong(), f[1], ws.stateIndex(f[2]));
    };
    std::stable_sort(grouped.begin(), grouped.end(),
                     [&](const QString &a, const QString &b) { return key(a) < key(b); });
    return {rows, grouped};
}

qint64 scalar(const QString &file, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return value;
}

void exec(const QString &file, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"edit"_s);
}

const QString unusedDetails = u"SELECT COUNT(*) FROM position_detail d WHERE NOT EXISTS "
                              u"(SELECT 1 FROM position p WHERE p.detail_id = d.id)"_s;

} // namespace

class TestPositionDetails : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

#define COMPARE_READINGS(WS, ...)                                                                  \
    do {                                                                                           \
        const auto [rows_, grouped_] = bothReadings(WS __VA_OPT__(, ) __VA_ARGS__);                \
        QCOMPARE(grouped_, rows_);                                                                 \
    } while (false)

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A bulk entry shares one detail row; the grouped reading is a handful of groups.
    void bulkEntrySharesOneDetailRow()
    {
        const QString file = path(u"bulk.plenipo"_s);
        auto ws = Workspace::create(file, [](Workspace &w) { SampleBuilder::addStates(w); });
        Document d;
        d.symbol = u"D/1"_s;
        d.title = u"Draft"_s;
        const qint64 doc = ws->addDocument(d);
        Clause c;
        c.documentId = doc;
        c.number = u"1"_s;
        c.text = u"States should [cooperate][consult]."_s;
        const qint64 clause = ws->addClause(c);
        const qint64 before = scalar(file, u"SELECT COUNT(*) FROM position_detail"_s);

        QList<Position> entry;
        for (const QString &iso : ws->stateOrder()) {
            Position p;
            p.clauseId = clause;
            p.state = iso;
            p.stance = ws->stateIndex(iso) % 3 ? Stance::Supports : Stance::Objects;
            p.sourceKind = u"statement"_s;
            p.sourceText = u"Plenary, 3 March"_s;
            p.revisionId = ws->clause(clause)->revisionId;
            entry << p;
        }
        ws->setPositions(entry);
        QCOMPARE(ws->positionCount(), 193);
        QCOMPARE(scalar(file, u"SELECT COUNT(*) FROM position_detail"_s), before + 1);
        const QList<PositionGroup> groups = ws->positionGroups({clause});
        QCOMPARE(groups.size(), 2); // supporters and objectors
        QCOMPARE(groups[0].states.size() + groups[1].states.size(), 193);
        QCOMPARE(groups[0].shared.sourceText, u"Plenary, 3 March"_s);
        QCOMPARE(groups[0].shared.revisionId, ws->clause(clause)->revisionId);
        COMPARE_READINGS(*ws);

        // One state's new note gets its own detail row; the others keep theirs.
        Position changed = *ws->position(clause, u"FRA"_s);
        changed.note = u"only France"_s;
        ws->setPosition(changed);
        QCOMPARE(scalar(file, u"SELECT COUNT(*) FROM position_detail"_s), before + 2);
        QCOMPARE(ws->positionGroups({clause}).size(), 3);
        COMPARE_READINGS(*ws);

        // Replacing everyone releases the shared row.
        for (Position &p : entry)
            p.sourceText = u"Written submission"_s;
        ws->setPositions(entry);
        QCOMPARE(scalar(file, u"SELECT COUNT(*) FROM position_detail"_s), before + 1);
        QCOMPARE(scalar(file, unusedDetails), 0);
        COMPARE_READINGS(*ws);
    }

    // Random edits, undo and redo, clause removal and restoration, revision removal and
    // document removal: after each, the two readings agree and no detail row is left unused;
    // after reopening they still agree (the vectors on file are right too).
    void readingsAgreeThroughEdits()
    {
        const QString file = path(u"random.plenipo"_s);
        auto ws = TestSupport::sampleWorkspace(file);
        QRandomGenerator rng(20261123);
        QList<qint64> clauses;
        for (const Document &d : ws->documents()) {
            for (const Clause &c : ws->clauses(d.id))
                clauses << c.id;
        }
        QVERIFY(clauses.size() > 10);
        const QStringList states = ws->stateOrder();
        const QStringList kinds = {u"statement"_s, u"vote"_s, u"document"_s};
        QUndoStack &undo = *ws->undoStack();
        for (int step = 0; step < 120; ++step) {
            const qint64 clause = clauses[rng.bounded(int(clauses.size()))];
            if (!ws->clause(clause))
                continue;
            const int action = rng.bounded(10);
            if (action < 5) { // a bulk entry with a few different sources
                QList<Position> entry;
                const QString alternative = rng.bounded(3) ? QString() : u"g1.1"_s;
                for (const QString &iso : states) {
                    if (rng.bounded(3) == 0)
                        continue;
                    Position p;
                    p.clauseId = clause;
                    p.alternative = alternative;
                    p.state = iso;
                    p.stance = Stance(rng.bounded(5));
                    p.sourceKind = kinds[rng.bounded(3)];
                    p.note = rng.bounded(10) ? QString() : u"note %1"_s.arg(step);
                    p.internal = rng.bounded(8) == 0;
                    if (rng.bounded(4) == 0)
                        p.sourceDate = QDate(2025, 1 + rng.bounded(12), 1);
                    entry << p;
                }
                undo.push(new SetPositionsCommand(*ws, entry));
            } else if (action < 7) {
                if (undo.canUndo())
                    undo.undo();
            } else if (action == 7) {
                if (undo.canRedo())
                    undo.redo();
            } else if (action == 8) { // remove a clause, sometimes bring it back
                undo.push(new RemoveClauseCommand(*ws, clause));
                if (rng.bounded(2))
                    undo.undo();
            } else { // a new revision, then its removal (positions fall back to no revision)
                const qint64 revision =
                    ws->reviseClause(clause, u"Revised text %1."_s.arg(step), u"test"_s);
                ws->removeLatestRevision(clause, revision);
            }
            // The clause edited at every step, everything now and then.
            COMPARE_READINGS(*ws, {clause});
            if (step % 10 == 0) {
                COMPARE_READINGS(*ws);
                QCOMPARE(scalar(file, unusedDetails), 0);
            }
        }
        COMPARE_READINGS(*ws);
        QCOMPARE(scalar(file, unusedDetails), 0);
        QVERIFY(ws->positionCount() > 1000);
        const auto [rows, grouped] = bothReadings(*ws);
        ws.reset();
        const auto reopened = Workspace::open(file, Workspace::Access::ReadOnly);
        const auto [rows2, grouped2] = bothReadings(*reopened);
        QCOMPARE(rows2, rows);
        QCOMPARE(grouped2, rows);

        // Removing a document takes the detail rows only its positions used.
        auto writable = Workspace::open(path(u"random.plenipo"_s));
        writable->removeDocument(writable->documents().first().id);
        QCOMPARE(scalar(file, unusedDetails), 0);
        COMPARE_READINGS(*writable);
    }

    // A file whose detail vector is damaged still exports every position as recorded: the
    // clause is read from its rows, with a warning.
    void damagedVectorFallsBackToRows()
    {
        const QString file = path(u"damaged.plenipo"_s);
        QStringList expected;
        qint64 clause = 0;
        {
            auto ws = TestSupport::sampleWorkspace(file);
            for (const Document &d : ws->documents()) {
                for (const Clause &c : ws->clauses(d.id)) {
                    if (!clause && !ws->positions(c.id).isEmpty())
                        clause = c.id;
                }
            }
            QVERIFY(clause);
            expected = bothReadings(*ws).first;
        }
        // A run of one state pointing at a detail row that does not exist, then nothing.
        exec(file, u"UPDATE stance_vector SET details = x'01ffffff07' WHERE clause_id = %1"_s.arg(
                       clause));
        const auto ws = Workspace::open(file, Workspace::Access::ReadOnly);
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(u"detail vectors of clause %1 do not match"_s.arg(clause)));
        const auto [rows, grouped] = bothReadings(*ws);
        QCOMPARE(rows, expected);
        QCOMPARE(grouped, expected);
    }

    // Version 4 moves the details of a version 3 file into shared rows, keeping every value.
    void migratesVersion3()
    {
        const QString file = path(u"v3.plenipo"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v3"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            SqliteDialect dialect;
            Schema::migrateTo(db, dialect, 2);
            dialect.markAsWorkspace(db);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO state (id, iso3, name, official_name) VALUES (7, 'ZZZ', "
                           u"'Zedland', 'Zedland'), (3, 'AAA', 'Avaland', 'Avaland'), (5, 'MMM', "
                           u"'Emland', 'Emland')"_s));
            QVERIFY(q.exec(u"INSERT INTO document (id, symbol, title, kind) VALUES (1, 'D/1', "
                           u"'Draft', 'zero-draft')"_s));
            QVERIFY(q.exec(u"INSERT INTO clause (id, document_id, ordinal, number, text) VALUES "
                           u"(1, 1, 0, '1', 'Text [a][b].'), (2, 1, 1, '2', 'More.')"_s));
            QVERIFY(q.exec(u"INSERT INTO clause_revision (id, clause_id, text, author, created) "
                           u"VALUES (1, 1, 'Text [a][b].', 'me', '2024-01-01T00:00:00.000Z'), "
                           u"(2, 2, 'More.', 'me', '2024-01-01T00:00:00.000Z')"_s));
            // Three states sharing a source on clause 1, one with its own internal note, a
            // dated vote on an alternative, and clause 2 with the same source as clause 1.
            QVERIFY(q.exec(u"INSERT INTO position (clause_id, state_id, alternative, stance, "
                           u"source_kind, source_text, source_date, note, internal, revision_id) "
                           u"VALUES (1, 7, '', 4, 'statement', 'Plenary', NULL, '', 0, 1), "
                           u"(1, 3, '', 1, 'statement', 'Plenary', NULL, '', 0, 1), "
                           u"(1, 5, '', 4, 'statement', 'Plenary', NULL, 'red line', 1, 1), "
                           u"(1, 3, 'g1.2', 2, 'vote', '', '2024-05-02', '', 0, NULL), "
                           u"(1, 5, 'g1.2', 2, 'vote', '', '2024-05-02', '', 0, NULL), "
                           u"(2, 3, '', 0, 'statement', 'Plenary', NULL, '', 0, 2)"_s));
            Schema::migrateTo(db, dialect, 3);
            QVERIFY(q.exec(u"UPDATE position SET author = 'clerk', modified = "
                           u"'2024-06-01T10:00:00.000Z'"_s));
            QCOMPARE(dialect.schemaVersion(db), 3);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v3"_s);

        const auto ws = Workspace::open(file);
        QCOMPARE(ws->schemaVersion(), Schema::currentVersion());
        const QList<Position> one = ws->positions(1);
        QCOMPARE(one.size(), 5);
        QStringList described;
        for (const Position &p : one)
            described << describe(p);
        QCOMPARE(described,
                 QStringList({
                     u" AAA 1 statement|Plenary||||false|1|clerk|2024-06-01T10:00:00.000Z"_s,
                     u" MMM 4 statement|Plenary|||red line|true|1|clerk|2024-06-01T10:00:00.000Z"_s,
                     u" ZZZ 4 statement|Plenary||||false|1|clerk|2024-06-01T10:00:00.000Z"_s,
                     u"g1.2 AAA 2 vote|||2024-05-02||false|0|clerk|2024-06-01T10:00:00.000Z"_s,
                     u"g1.2 MMM 2 vote|||2024-05-02||false|0|clerk|2024-06-01T10:00:00.000Z"_s,
                 }));
        // Distinct details: plenary on revision 1, the internal note, the vote, plenary on
        // revision 2.
        QCOMPARE(scalar(file, u"SELECT COUNT(*) FROM position_detail"_s), 4);
        QCOMPARE(scalar(file, u"SELECT COUNT(*) FROM stance_vector WHERE details IS NULL"_s), 0);
        const QList<PositionGroup> groups = ws->positionGroups({1});
        QCOMPARE(groups.size(), 4); // AAA; ZZZ (objects, plenary); MMM (internal); the vote
        COMPARE_READINGS(*ws);
        // The migrated file takes new positions and keeps the history working.
        Position p = one[0];
        p.stance = Stance::Objects;
        ws->setPosition(p);
        QCOMPARE(ws->positionHistory(1, u"AAA"_s).size(), 1);
        QCOMPARE(ws->positionHistory(1, u"AAA"_s)[0].previous.author, u"clerk"_s);
        COMPARE_READINGS(*ws);
    }

    // The run-length codec of the detail vectors.
    void detailRunsCodec()
    {
        const QList<qint64> ids = {5, 5, 5, 0, 300, 300, 1ll << 40, 0, 0};
        const QByteArray runs = StanceMatrix::encodeDetails(ids);
        QCOMPARE(StanceMatrix::decodeDetails(runs, int(ids.size())), ids);
        QCOMPARE(StanceMatrix::decodeDetails(runs, 3), QList<qint64>({5, 5, 5}));
        QCOMPARE(StanceMatrix::decodeDetails(runs, 11).mid(9), QList<qint64>({0, 0}));
        QVERIFY(StanceMatrix::encodeDetails({0, 0}).isEmpty());
        // Truncated input: what was read stands, the rest reads as none.
        QCOMPARE(StanceMatrix::decodeDetails(runs.left(3), 5), QList<qint64>({5, 5, 5, 0, 0}));
        QCOMPARE(StanceMatrix::decodeDetails(QByteArray("\xff"), 2), QList<qint64>({0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestPositionDetails)
#include "tst_positiondetails.moc"
