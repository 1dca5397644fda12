// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every edit runs through CommandRunner (the GUI through CommandGuard): a command whose writes
// the database refuses, on push, undo or redo, returns the failure instead of throwing, leaves
// the undo stack where it was and memory equal to the file. The failures are injected with
// SQLite triggers that abort the command's writes, made from a second connection to the file.

#include "commandguard.h"
#include "commands/commandrunner.h"
#include "commands/setclausetextcommand.h"
#include "commands/setpositionscommand.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QApplication>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestCommandRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_clause = 0;

    // Runs SQL on the file from a connection of its own (as another program would).
    void sql(const QString &statement)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"injector"_s);
            db.setDatabaseName(m_file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"injector"_s);
    }
    // The triggers are made once, before the workspace opens, and switched on and off through
    // a row of their own: the workspace's schema never changes under it.
    void makeInjectors()
    {
        sql(u"CREATE TABLE injected (tbl TEXT PRIMARY KEY, fail INTEGER NOT NULL)"_s);
        for (const QString &table : {u"clause_revision"_s, u"position"_s}) {
            sql(u"INSERT INTO injected VALUES ('%1', 0)"_s.arg(table));
            for (const QString &event : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s})
                sql(u"CREATE TRIGGER injected_%1_%2 BEFORE %2 ON %1 WHEN (SELECT fail FROM "
                    u"injected "
                    u"WHERE tbl = '%1') BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s.arg(
                        table, event));
        }
    }
    void failWritesTo(const QString &table)
    {
        sql(u"UPDATE injected SET fail = 1 WHERE tbl = '%1'"_s.arg(table));
    }
    void stopFailing(const QString &table)
    {
        sql(u"UPDATE injected SET fail = 0 WHERE tbl = '%1'"_s.arg(table));
    }
    // What a fresh reader of the file sees, against what the open workspace holds.
    void memoryEqualsFile()
    {
        auto fresh = Workspace::open(m_file, Workspace::Access::ReadOnly);
        QCOMPARE(m_ws->clause(m_clause)->text, fresh->clause(m_clause)->text);
        QCOMPARE(m_ws->revisions(m_clause).size(), fresh->revisions(m_clause).size());
        const auto mine = m_ws->position(m_clause, u"FRA"_s);
        const auto theirs = fresh->position(m_clause, u"FRA"_s);
        QCOMPARE(mine.has_value(), theirs.has_value());
        if (mine)
            QCOMPARE(mine->stance, theirs->stance);
    }
    SetPositionsCommand *setFrance(Stance stance)
    {
        Position p;
        p.clauseId = m_clause;
        p.state = u"FRA"_s;
        p.stance = stance;
        return new SetPositionsCommand(*m_ws, {p});
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_file = m_dir.filePath(u"runner.plenipo"_s);
        QFile::remove(m_file);
        TestSupport::sampleWorkspace(m_file).reset();
        makeInjectors();
        m_ws = Workspace::open(m_file);
        m_clause = m_ws->clauses(m_ws->documents().last().id).first().id;
    }
    void cleanup() { m_ws.reset(); }

    void failedPushChangesNothing()
    {
        const QString before = m_ws->clause(m_clause)->text;
        failWritesTo(u"clause_revision"_s);
        const int count = m_ws->undoStack()->count();
        const auto failure = CommandRunner::push(
            *m_ws, new SetClauseTextCommand(*m_ws, m_clause, before + u" [x]"_s, u"n"_s));
        QVERIFY(failure);
        QVERIFY2(failure->message.contains(u"injected failure"_s), qPrintable(failure->message));
        QCOMPARE(m_ws->undoStack()->count(), count);
        QCOMPARE(m_ws->clause(m_clause)->text, before);
        memoryEqualsFile();
        // Once the database accepts writes again, the same edit goes through.
        stopFailing(u"clause_revision"_s);
        QVERIFY(!CommandRunner::push(
            *m_ws, new SetClauseTextCommand(*m_ws, m_clause, before + u" [x]"_s, u"n"_s)));
        QCOMPARE(m_ws->undoStack()->count(), count + 1);
        memoryEqualsFile();
    }

    void failedUndoAndRedoKeepTheirPlace()
    {
        QVERIFY(!CommandRunner::push(*m_ws, setFrance(Stance::Objects)));
        const int index = m_ws->undoStack()->index();
        failWritesTo(u"position"_s);
        auto failure = CommandRunner::undo(*m_ws);
        QVERIFY(failure);
        QVERIFY2(failure->action.startsWith(u"Undo "_s), qPrintable(failure->action));
        QCOMPARE(m_ws->undoStack()->index(), index);
        QCOMPARE(m_ws->position(m_clause, u"FRA"_s)->stance, Stance::Objects);
        memoryEqualsFile();
        stopFailing(u"position"_s);
        failure = CommandRunner::undo(*m_ws);
        QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
        QCOMPARE(m_ws->undoStack()->index(), index - 1);
        memoryEqualsFile();

        failWritesTo(u"position"_s);
        failure = CommandRunner::redo(*m_ws);
        QVERIFY(failure);
        QCOMPARE(m_ws->undoStack()->index(), index - 1);
        memoryEqualsFile();
        stopFailing(u"position"_s);
        QVERIFY(!CommandRunner::redo(*m_ws));
        QCOMPARE(m_ws->position(m_clause, u"FRA"_s)->stance, Stance::Objects);
        memoryEqualsFile();
    }

    void readOnlyWorkspaceRefusesWithoutThrowing()
    {
        m_ws.reset();
        m_ws = Workspace::open(m_file, Workspace::Access::ReadOnly);
        const auto failure = CommandRunner::push(*m_ws, setFrance(Stance::Supports));
        QVERIFY(failure);
        QVERIFY2(failure->message.contains(u"read-only"_s), qPrintable(failure->message));
        QCOMPARE(m_ws->undoStack()->count(), 0);
    }

    // The GUI's entry point shows the user what failed, without blocking the event loop.
    void guardTellsTheUser()
    {
        QWidget window;
        window.show();
        failWritesTo(u"position"_s);
        QVERIFY(!CommandGuard::push(&window, *m_ws, setFrance(Stance::Reservation)));
        auto *box = window.findChild<QMessageBox *>(u"commandFailure"_s);
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(u"failed"_s), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(u"injected failure"_s),
                 qPrintable(box->informativeText()));
        box->accept();
        memoryEqualsFile();
    }
};

QTEST_MAIN(TestCommandRunner)
#include "tst_commandrunner.moc"
