// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window the KDE way: menus from plenipo.rc, the shortcuts of the frequent actions,
// the View menu and its dock widgets, the handbook and the shortcut list, the unsaved-text
// prompt with Cancel, the last clause and the recent files across restarts, the comparison
// window's keys and actions.
#include "clauseeditor.h"
#include "clauseview.h"
#include "comparisonview.h"
#include "consensussession.h"
#include "handbookdialog.h"
#include "mainwindow.h"
#include "navigatormodel.h"
#include "shortcutlistdialog.h"
#include "statesview.h"
#include "supportmatrixmodel.h"
#include "supportmatrixview.h"
#include "workbench.h"

#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <KActionCollection>
#include <KRecentFilesAction>
#include <KToolBar>

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    Workspace *ws() const { return m_window->workspace(); }

    qint64 clauseOf(const QString &symbol, int index) const
    {
        const Document *d = ws()->documentBySymbol(symbol);
        return d ? ws()->clauses(d->id).at(index).id : 0;
    }

    // Answers the next message box with `button`.
    void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, this, [button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(button)->click();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Plenipo-tests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        const QString config =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QDir(config).remove(u"tst_mainwindowrc"_s);
        QDir(config).remove(u"Plenipo-tests/tst_mainwindow.conf"_s);
        QVERIFY(m_dir.isValid());
        // Not in the temporary folder: KRecentFilesAction leaves temporary files out.
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(data);
        m_path = QDir(data).filePath(u"mainwindow-test.plenipo"_s);
        for (const QString &f : QDir(data).entryList({u"mainwindow-test.plenipo*"_s}, QDir::Files))
            QFile::remove(QDir(data).filePath(f));
        TestSupport::sampleWorkspace(m_path);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openWorkspace(m_path));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // The first time the matrix tab opens after start it shows the document opened, for its
    // members (it used to stay empty until another document was chosen).
    void supportMatrixIsFilledOnFirstShow()
    {
        Workbench *bench = m_window->workbench();
        const ConsensusSession *session = bench->consensusSession();
        QVERIFY(session->documentId());
        bench->centreTabs()->setCurrentWidget(bench->supportMatrix());
        QTest::qWait(20);
        SupportMatrixModel *model = bench->supportMatrix()->model();
        QCOMPARE(model->columnCount(), int(ws()->clauses(session->documentId()).size()));
        QCOMPARE(model->rowCount(), session->members().count());
        QTableView *table = bench->supportMatrix()->table();
        QCOMPARE(table->rowAt(1), 0);
        QCOMPARE(table->columnAt(1), 0);
        QVERIFY(bench->supportMatrix()->summaryLabel()->text().contains(u"clause(s)"_s));
        bench->centreTabs()->setCurrentIndex(0);
    }

    void menusComeFromTheRcFile()
    {
        QStringList titles;
        for (QAction *a : m_window->menuBar()->actions())
            titles << a->text().remove(u'&');
        for (const QString &menu :
             {u"File"_s, u"Edit"_s, u"View"_s, u"Go"_s, u"Tools"_s, u"Settings"_s, u"Help"_s})
            QVERIFY2(titles.contains(menu), qPrintable(titles.join(u", "_s)));
        // Actions sit in their menus.
        const auto menuOf = [this](const QString &title) -> QMenu * {
            for (QAction *a : m_window->menuBar()->actions()) {
                if (a->text().remove(u'&') == title)
                    return a->menu();
            }
            return nullptr;
        };
        QVERIFY(menuOf(u"Edit"_s)->actions().contains(m_window->action(u"clause_save_revision"_s)));
        QVERIFY(menuOf(u"View"_s)->actions().contains(m_window->action(u"view_navigator"_s)));
        QVERIFY(menuOf(u"Go"_s)->actions().contains(m_window->action(u"go_next_clause"_s)));
        QVERIFY(
            menuOf(u"Help"_s)->actions().contains(m_window->action(u"help_keyboard_shortcuts"_s)));
        QVERIFY(
            m_window->toolBar()->actions().contains(m_window->action(u"clause_save_revision"_s)));
    }

    void shortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("key");
        QTest::newRow("save revision") << u"clause_save_revision"_s << QKeySequence(u"Ctrl+S"_s);
        QTest::newRow("next clause") << u"go_next_clause"_s << QKeySequence(u"Alt+Down"_s);
        QTest::newRow("previous clause") << u"go_previous_clause"_s << QKeySequence(u"Alt+Up"_s);
        QTest::newRow("find in workspace")
            << u"edit_find_in_workspace"_s << QKeySequence(u"Ctrl+Shift+F"_s);
        QTest::newRow("compare") << u"tools_compare"_s << QKeySequence(u"Ctrl+D"_s);
        QTest::newRow("export") << u"file_export"_s << QKeySequence(u"Ctrl+E"_s);
        QTest::newRow("import") << u"file_import"_s << QKeySequence(u"Ctrl+I"_s);
        QTest::newRow("undo") << u"edit_undo"_s << QKeySequence(QKeySequence::Undo);
    }
    void shortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, key);
        QAction *a = m_window->action(action);
        QVERIFY2(a, qPrintable(action));
        QVERIFY2(a->shortcuts().contains(key), qPrintable(a->shortcut().toString()));
        // No other action of the window has the same key (it would fire neither).
        for (QAction *other : m_window->actionCollection()->actions()) {
            if (other != a)
                QVERIFY2(!other->shortcuts().contains(key), qPrintable(other->objectName()));
        }
        // Help > Keyboard Shortcuts lists it.
        ShortcutListDialog list(m_window->actionCollection(), m_window.get());
        bool listed = false;
        for (const auto &[text, keys] : list.rows())
            listed = listed || (text == a->text().remove(u'&') &&
                                keys.contains(key.toString(QKeySequence::NativeText)));
        QVERIFY2(listed, qPrintable(action));
    }

    void viewMenuShowsAndHidesPanels()
    {
        QDockWidget *nav = m_window->navigatorDock();
        QVERIFY(nav->isVisible());
        m_window->action(u"view_navigator"_s)->trigger();
        QVERIFY(!nav->isVisible());
        m_window->action(u"view_navigator"_s)->trigger();
        QVERIFY(nav->isVisible());
        QCOMPARE(nav->widget(), m_window->workbench()->navigator());
        QCOMPARE(m_window->statesDock()->widget(), m_window->workbench()->statesView());
    }

    void handbookShowsGuideAndMarkupReference()
    {
        HandbookDialog *book = m_window->showHandbook();
        QVERIFY(book->isVisible());
        QVERIFY(book->browser()->toPlainText().contains(u"Plenipo user guide"_s));
        book->showPage(HandbookDialog::Page::Markup);
        QVERIFY(book->browser()->toPlainText().contains(u"alternative"_s));
        QVERIFY(book->browser()->toPlainText().size() > 2000);
        book->close();
    }

    // Leaving a clause with unsaved text: Cancel stays on it with the text, Discard leaves.
    void unsavedTextPromptHasCancel()
    {
        Workbench *bench = m_window->workbench();
        const qint64 first = clauseOf(u"SAMPLE/CONSEQ/2026/ZD"_s, 0);
        const qint64 second = clauseOf(u"SAMPLE/CONSEQ/2026/ZD"_s, 1);
        QVERIFY(bench->selectClause(first));
        bench->clauseView()->editor()->appendPlainText(u"unsaved words"_s);
        QVERIFY(bench->clauseView()->isModified());
        answerNextMessageBox(QMessageBox::Cancel);
        bench->selectClause(second);
        QCOMPARE(bench->clauseView()->clause(), first);
        QVERIFY(bench->clauseView()->editor()->toPlainText().contains(u"unsaved words"_s));
        QCOMPARE(bench->navigator()->currentIndex().data(NavigatorModel::IdRole).toLongLong(),
                 first);
        answerNextMessageBox(QMessageBox::Discard);
        bench->selectClause(second);
        QCOMPARE(bench->clauseView()->clause(), second);
        QVERIFY(!ws()->clause(first)->text.contains(u"unsaved words"_s));
    }

    void statesPanelShowsEveryStateForADocumentWithoutProcess()
    {
        Workbench *bench = m_window->workbench();
        bench->selectClause(clauseOf(u"SAMPLE/CONSEQ/2026/ZD"_s, 0));
        QVERIFY(bench->statesView()->filterKey().startsWith(u"process:"_s));
        Document d;
        d.symbol = u"TEST/NOPROCESS"_s;
        d.title = u"No process"_s;
        const qint64 id = ws()->addDocument(d);
        Clause c;
        c.documentId = id;
        c.number = u"1"_s;
        c.text = u"Text."_s;
        const qint64 clause = ws()->addClause(c);
        QVERIFY(bench->selectClause(clause));
        QCOMPARE(bench->statesView()->filterKey(), u"all"_s);
    }

    void comparisonWindowKeysAndActions()
    {
        ComparisonView *cmp = m_window->workbench()->showComparison(u"SAMPLE/CONSEQ/2026/ZD"_s,
                                                                    u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        QVERIFY(QTest::qWaitForWindowActive(cmp));
        cmp->copyAsText();
        QVERIFY(QApplication::clipboard()->text().contains(u"{+"_s));
        const QString out = m_dir.filePath(u"zd-rev1.docx"_s);
        QVERIFY(cmp->exportWord(out));
        QVERIFY(QFileInfo(out).size() > 1000);
        QTest::keyClick(cmp, Qt::Key_W, Qt::ControlModifier);
        QVERIFY(!cmp->isVisible());
        cmp = m_window->workbench()->showComparison();
        QVERIFY(QTest::qWaitForWindowActive(cmp));
        QTest::keyClick(cmp, Qt::Key_Escape);
        QVERIFY(!cmp->isVisible());
    }

    // Reopening the workspace shows the clause the user last had open; the recent list keeps
    // the file.
    void reopensOnTheLastClauseWithTheRecentFile()
    {
        const qint64 clause = clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, 3);
        QVERIFY(m_window->workbench()->selectClause(clause));
        QVERIFY(m_window->close());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QList<QUrl> urls = m_window->recentFilesAction()->urls();
        QVERIFY(urls.contains(QUrl::fromLocalFile(m_path)));
        m_window->openDefaultWorkspace();
        QVERIFY(ws());
        QCOMPARE(QFileInfo(ws()->filePath()).canonicalFilePath(),
                 QFileInfo(m_path).canonicalFilePath());
        QCOMPARE(m_window->workbench()->clauseView()->clause(), clause);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
