// The workbench driven as a user drives it, in a real (offscreen) window.
#include "clauseview.h"
#include "navigatormodel.h"
#include "recentfiles.h"
#include "samplebuilder.h"
#include "setclausetextcommand.h"
#include "statesview.h"
#include "workbench.h"
#include "workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestWorkbench : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<Workbench> m_bench;

    qint64 clauseOf(const QString &symbol, const QString &number) const
    {
        const Document *d = m_ws->documentBySymbol(symbol);
        for (const Clause &c : m_ws->clauses(d->id)) {
            if (c.number == number)
                return c.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Plenipo-tests"_s);
        QVERIFY(m_dir.isValid());
        m_ws = Workspace::create(m_dir.filePath(u"bench.plenipo"_s), SampleBuilder::addSample);
        m_bench = std::make_unique<Workbench>();
        m_bench->resize(1200, 700);
        m_bench->setWorkspace(m_ws.get());
        m_bench->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_bench.get()));
    }

    void showsIllustrativeNotice()
    {
        QVERIFY(m_bench->notice()->isVisible());
        QVERIFY(m_bench->notice()->text().contains(u"illustrative"_s));
    }

    void selectingAClauseShowsTextHistoryAndPositions()
    {
        const qint64 id = clauseOf(u"A/70/174"_s, u"13(f)"_s);
        QVERIFY(m_bench->selectClause(id));
        ClauseView *view = m_bench->clauseView();
        QCOMPARE(view->clause(), id);
        QVERIFY(view->headerText().contains(u"13(f)"_s));
        QVERIFY(view->headerText().contains(u"GGE2015-13f"_s));
        QCOMPARE(view->displayedText(), m_ws->clause(id)->text);
        QCOMPARE(view->history()->topLevelItemCount(), 1);
        // The states list follows the document's process: the 20 members of the 2014-15 GGE.
        QCOMPARE(m_bench->statesView()->filterKey(), u"process:GGE-2014-15"_s);
        QCOMPARE(m_bench->statesView()->visibleCount(), 20);
    }

    void clickingInTheNavigator()
    {
        QTreeView *tree = m_bench->navigator();
        const Document *rev1 = m_ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        const QModelIndex doc =
            m_bench->navigatorModel()->find(NavigatorModel::NodeKind::Document, rev1->id);
        tree->expand(doc.parent());
        tree->expand(doc);
        const QModelIndex first = m_bench->navigatorModel()->index(0, 0, doc);
        tree->scrollTo(first);
        const QRect rect = tree->visualRect(first);
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_bench->clauseView()->clause(), first.data(NavigatorModel::IdRole).toLongLong());
        QVERIFY(m_bench->clauseView()->headerText().contains(u"SAMPLE/CONSEQ/2026/Rev.1"_s));
        QCOMPARE(m_bench->statesView()->visibleCount(), 27);
    }

    void filteringStates()
    {
        StatesView *states = m_bench->statesView();
        QVERIFY(states->setFilter(u"group:EU"_s));
        QCOMPARE(states->visibleCount(), 27);
        QVERIFY(states->setFilter(u"process:OEWG-2021-25"_s));
        QCOMPARE(states->visibleCount(), 193);
        QVERIFY(states->setFilter(u"all"_s));
        auto *search = states->findChild<QLineEdit *>(u"stateSearch"_s);
        QVERIFY(search);
        QTest::keyClicks(search, u"netherlands (kingdom"_s);
        QCOMPARE(states->visibleCount(), 1);
        search->clear();
        QCOMPARE(states->visibleCount(), 193);
    }

    void historyFollowsUndoableEdits()
    {
        const qint64 id = clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"2"_s);
        QVERIFY(m_bench->selectClause(id));
        const QString before = m_ws->clause(id)->text;
        m_ws->undoStack()->push(
            new SetClauseTextCommand(*m_ws, id, before + u" [New sentence.]"_s, u"test"_s));
        ClauseView *view = m_bench->clauseView();
        QCOMPARE(view->history()->topLevelItemCount(), 2);
        QVERIFY(view->displayedText().endsWith(u"[New sentence.]"_s));
        // Selecting the first revision shows the earlier text.
        view->history()->setCurrentItem(view->history()->topLevelItem(0));
        QCOMPARE(view->displayedText(), before);
        m_ws->undoStack()->undo();
        QCOMPARE(view->history()->topLevelItemCount(), 1);
        QCOMPARE(view->displayedText(), before);
    }

    void recentFilesAreRemembered()
    {
        {
            RecentFiles recent;
            recent.clear();
            for (int i = 0; i < RecentFiles::maximum + 3; ++i)
                recent.add(m_dir.filePath(u"w%1.plenipo"_s.arg(i)));
            recent.add(m_dir.filePath(u"w5.plenipo"_s));
        }
        RecentFiles again;
        QCOMPARE(again.files().size(), RecentFiles::maximum);
        QCOMPARE(again.files().first(), m_dir.filePath(u"w5.plenipo"_s));
        QCOMPARE(again.files().count(m_dir.filePath(u"w5.plenipo"_s)), 1);
        again.clear();
    }

    void cleanupTestCase()
    {
        m_bench.reset();
        m_ws.reset();
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
