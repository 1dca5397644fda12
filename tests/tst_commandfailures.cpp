// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Failure injection into every kind of command, at every point where it writes: for its first
// run (push), its undo and its redo, the database refuses the command's first write, then its
// second, third, fifth... (SQLite triggers on every table, counting the writes of the attempt
// and aborting the n-th), until the step goes through. Each refused attempt must come back from
// CommandRunner as a failure that names the step and the reason (nothing thrown), leave the
// undo stack where it was, and leave memory equal to what a fresh open of the file shows, and
// equal to what it was before the attempt: an edit half written is never kept, in memory or in
// the file.
#include "commands/changeclausecommand.h"
#include "commands/commandrunner.h"
#include "commands/derivecoalitiondocumentcommand.h"
#include "commands/derivedocumentcommand.h"
#include "commands/detachedpositioncommand.h"
#include "commands/importdocumentcommand.h"
#include "commands/insertclausecommand.h"
#include "commands/removeclausecommand.h"
#include "commands/setclausetextcommand.h"
#include "commands/setpositionscommand.h"
#include "consensus/coalitionanalysis.h"
#include "rawsql.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

const QString rev1Symbol = u"SAMPLE/CONSEQ/2026/Rev.1"_s;

// Every table of the workspace (its search index's FTS tables aside, which take no triggers)
// gets triggers that count the attempt's writes in `inject` and abort the one numbered `at`.
void makeInjectors(const QString &path)
{
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"list"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                       u"'sqlite%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND (name NOT LIKE "
                       u"'search%' OR name = 'search_queue')"_s));
        while (q.next())
            tables << q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"list"_s);
    QVERIFY(tables.contains(u"clause"_s) && tables.contains(u"position"_s));
    QStringList statements{u"CREATE TABLE inject (at INTEGER NOT NULL, seen INTEGER NOT NULL)"_s,
                           u"INSERT INTO inject VALUES (0, 0)"_s};
    for (const QString &table : std::as_const(tables))
        for (const QString &op : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s})
            statements << u"CREATE TRIGGER inject_%1_%2 BEFORE %3 ON %1 WHEN (SELECT at FROM "
                          u"inject) > 0 BEGIN UPDATE inject SET seen = seen + 1; SELECT "
                          u"RAISE(ABORT, 'injected failure') WHERE (SELECT seen FROM inject) >= "
                          u"(SELECT at FROM inject); END"_s.arg(table, op.toLower(), op);
    execOnFile(path, statements);
}

// The next attempt's write number `at` fails (0: none does).
void failAt(const QString &path, int at)
{
    execOnFile(path, {u"UPDATE inject SET at = %1, seen = 0"_s.arg(at)});
}

using Make = std::function<QUndoCommand *(Workspace &)>;
using Setup = std::function<void(Workspace &)>;

Clause clauseOf(const Workspace &ws, const QString &number)
{
    return TestSupport::clauseByNumber(ws, rev1Symbol, number);
}

qint64 rev1(const Workspace &ws)
{
    return ws.documentBySymbol(rev1Symbol)->id;
}

} // namespace

Q_DECLARE_METATYPE(Make)
Q_DECLARE_METATYPE(Setup)

class TestCommandFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    int m_refused = 0;

    // Memory equals a fresh read-only open of the file.
    static bool equalsFile(const Workspace &ws, const QString &when)
    {
        const auto fresh = Workspace::open(ws.filePath(), Workspace::Access::ReadOnly);
        const QString live = TestSupport::dump(ws, false), file = TestSupport::dump(*fresh, false);
        if (live == file)
            return true;
        const QStringList a = live.split(u'\n'), b = file.split(u'\n');
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            if (a.value(i) != b.value(i)) {
                qWarning("%s: first difference at line %lld:\n memory: %s\n   file: %s",
                         qPrintable(when), qlonglong(i), qPrintable(a.value(i)),
                         qPrintable(b.value(i)));
                break;
            }
        }
        return false;
    }

    // Runs `step` with the 1st, 2nd, 3rd, 5th... write refused until it goes through; checks
    // every refusal. Returns false (after QVERIFY failed) when a check failed.
    bool untilItGoesThrough(Workspace &ws, const QString &name,
                            const std::function<std::optional<CommandRunner::Failure>()> &step)
    {
        QUndoStack *stack = ws.undoStack();
        const QString before = TestSupport::dump(ws, false);
        const int index = stack->index();
        const int count = stack->count();
        for (int at = 1;; at = std::max(at + 1, at * 3 / 2)) {
            if (at > 100000) {
                qWarning("%s never went through", qPrintable(name));
                return false;
            }
            failAt(ws.filePath(), at);
            const auto failure = step();
            if (!failure) {
                failAt(ws.filePath(), 0);
                return true;
            }
            ++m_refused;
            const QString when = u"%1, write %2 refused"_s.arg(name).arg(at);
            if (!failure->message.contains(u"injected failure"_s) || failure->action.isEmpty()) {
                qWarning("%s: the failure says \"%s\": \"%s\"", qPrintable(when),
                         qPrintable(failure->action), qPrintable(failure->message));
                return false;
            }
            if (stack->index() != index || stack->count() != count) {
                qWarning("%s: the undo stack moved (%d of %d, was %d of %d)", qPrintable(when),
                         stack->index(), stack->count(), index, count);
                return false;
            }
            if (!equalsFile(ws, when))
                return false;
            if (TestSupport::dump(ws, false) != before) {
                qWarning("%s: memory changed though the step failed", qPrintable(when));
                return false;
            }
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyCommand_data()
    {
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<Make>("make");
        const Setup none = [](Workspace &) {
        };
        QTest::newRow("set clause text") << none << Make([](Workspace &ws) -> QUndoCommand * {
            return new SetClauseTextCommand(ws, clauseOf(ws, u"1"_s).id, u"A new text."_s,
                                            u"note"_s);
        });
        QTest::newRow("renumber") << none << Make([](Workspace &ws) -> QUndoCommand * {
            return new ChangeClauseCommand(ws, clauseOf(ws, u"1"_s).id,
                                           ChangeClauseCommand::Property::Number, u"1 bis"_s);
        });
        QTest::newRow("link norms") << none << Make([](Workspace &ws) -> QUndoCommand * {
            const qint64 norm = ws.normByCode(u"GGE2015-13a"_s)->id;
            return new ChangeClauseCommand(ws, clauseOf(ws, u"1"_s).id,
                                           ChangeClauseCommand::Property::Norms,
                                           QVariant::fromValue(QList<qint64>{norm}));
        });
        QTest::newRow("insert clause") << none << Make([](Workspace &ws) -> QUndoCommand * {
            Clause c;
            c.documentId = rev1(ws);
            c.number = u"1 bis"_s;
            c.text = u"An inserted clause."_s;
            return new InsertClauseCommand(ws, c, 1);
        });
        QTest::newRow("delete clause") << none << Make([](Workspace &ws) -> QUndoCommand * {
            return new RemoveClauseCommand(ws, clauseOf(ws, u"2"_s).id);
        });
        QTest::newRow("set positions") << none << Make([](Workspace &ws) -> QUndoCommand * {
            return SetPositionsCommand::setStance(ws, clauseOf(ws, u"1"_s).id, {},
                                                  {u"FRA"_s, u"BRA"_s, u"CHN"_s}, Stance::Objects);
        });
        // Positions on an alternative that a revision then agrees: detached, then discarded.
        QTest::newRow("discard detached positions") << Setup([](Workspace &ws) {
            const qint64 id = clauseOf(ws, u"1"_s).id;
            QVERIFY(!CommandRunner::push(
                ws, new SetClauseTextCommand(
                        ws, id, u"States [shall][should] protect [healthcare] always."_s, {})));
            Position p;
            p.clauseId = id;
            p.state = u"BRA"_s;
            p.stance = Stance::Objects;
            p.alternative = u"g2.1"_s;
            QVERIFY(!CommandRunner::push(ws, new SetPositionsCommand(ws, {p})));
            QVERIFY(!CommandRunner::push(
                ws, new SetClauseTextCommand(
                        ws, id, u"States [shall][should] protect healthcare always."_s, {})));
            QVERIFY(!ws.detachedPositions(id).isEmpty());
        }) << Make([](Workspace &ws) -> QUndoCommand * {
            const qint64 id = clauseOf(ws, u"1"_s).id;
            QList<qint64> ids;
            for (const DetachedPosition &d : ws.detachedPositions(id))
                ids << d.id;
            return DetachedPositionCommand::discard(ws, id, ids);
        });
        QTest::newRow("derive revision") << none << Make([](Workspace &ws) -> QUndoCommand * {
            Document d;
            d.symbol = u"SAMPLE/CONSEQ/2026/Rev.2"_s;
            d.title = u"Rev.2"_s;
            d.kind = Document::Kind::Revision;
            d.date = QDate(2026, 3, 1);
            return new DeriveDocumentCommand(ws, rev1(ws), d);
        });
        QTest::newRow("derive coalition document")
            << none << Make([](Workspace &ws) -> QUndoCommand * {
                   const CoalitionAnalysis analysis(ws, rev1(ws),
                                                    ws.stateSet(ws.group(u"JS2019"_s)->members));
                   Document d;
                   d.symbol = u"SAMPLE/CONSEQ/2026/JS"_s;
                   d.title = u"Joint statement"_s;
                   return new DeriveCoalitionDocumentCommand(ws, analysis, d);
               });
    }

    void everyCommand()
    {
        QFETCH(Setup, setup);
        QFETCH(Make, make);
        const QString path = m_dir.filePath(u"failures-%1.plenipo"_s.arg(++m_files));
        TestSupport::sampleWorkspace(path).reset();
        makeInjectors(path);
        auto ws = Workspace::open(path);
        setup(*ws);
        QUndoStack *stack = ws->undoStack();
        const int base = stack->index();
        const QString before = TestSupport::dump(*ws, false);
        m_refused = 0;

        QVERIFY(untilItGoesThrough(*ws, u"push"_s,
                                   [&] { return CommandRunner::push(*ws, make(*ws)); }));
        QCOMPARE(stack->index(), base + 1);
        const QString done = TestSupport::dump(*ws, false);
        QVERIFY(done != before);
        QVERIFY(equalsFile(*ws, u"after the push"_s));

        QVERIFY(untilItGoesThrough(*ws, u"undo"_s, [&] { return CommandRunner::undo(*ws); }));
        QCOMPARE(stack->index(), base);
        QCOMPARE(TestSupport::dump(*ws, false), before);
        QVERIFY(equalsFile(*ws, u"after the undo"_s));

        QVERIFY(untilItGoesThrough(*ws, u"redo"_s, [&] { return CommandRunner::redo(*ws); }));
        QCOMPARE(stack->index(), base + 1);
        QCOMPARE(TestSupport::dump(*ws, false), done);
        QVERIFY(equalsFile(*ws, u"after the redo"_s));
        // Each of push, undo and redo writes at least once, so each was refused at least once.
        QVERIFY2(m_refused >= 3, qPrintable(QString::number(m_refused)));
    }

    // An import is written before its command exists (ImportDocumentCommand::run); its undo and
    // redo are the command's.
    void importCommand()
    {
        const QString path = m_dir.filePath(u"failures-import.plenipo"_s);
        TestSupport::sampleWorkspace(path).reset();
        makeInjectors(path);
        auto ws = Workspace::open(path);
        const QString before = TestSupport::dump(*ws, false);
        auto command = ImportDocumentCommand::run(
            *ws,
            [&] {
                auto batch = ws->beginBatch();
                Document d;
                d.symbol = u"A/RES/99/1"_s;
                d.title = u"Imported"_s;
                d.kind = Document::Kind::Resolution;
                const qint64 id = ws->addDocument(d);
                Clause c;
                c.documentId = id;
                c.number = u"1"_s;
                c.text = u"Imported text."_s;
                Position pos;
                pos.clauseId = ws->addClause(c, u"imported"_s);
                pos.state = u"FRA"_s;
                pos.stance = Stance::Supports;
                pos.sourceKind = u"vote"_s;
                ws->setPositions({pos});
                batch->commit();
            },
            u"Import A/RES/99/1"_s);
        QVERIFY(!CommandRunner::push(*ws, command.release()));
        const QString done = TestSupport::dump(*ws, false);
        QVERIFY(done != before);
        m_refused = 0;
        QVERIFY(
            untilItGoesThrough(*ws, u"undo import"_s, [&] { return CommandRunner::undo(*ws); }));
        QCOMPARE(TestSupport::dump(*ws, false), before);
        QVERIFY(
            untilItGoesThrough(*ws, u"redo import"_s, [&] { return CommandRunner::redo(*ws); }));
        QCOMPARE(TestSupport::dump(*ws, false), done);
        QVERIFY(equalsFile(*ws, u"after the redo of the import"_s));
        QVERIFY(m_refused >= 2);
    }
};

QTEST_GUILESS_MAIN(TestCommandFailures)
#include "tst_commandfailures.moc"
