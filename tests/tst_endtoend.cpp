// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A delegate's working session, driven through the real main window with key presses and mouse
// clicks: open the sample, find "critical infrastructure", open the clause, add a bracketed
// alternative, save a revision with Ctrl+S, set two states' positions on the new alternative,
// check the support matrix and the coalition view, undo and redo, export the coalition's draft
// to Word, and compare the clause with its previous revision as tracked changes. The steps run
// in order on one window; when one fails, a screenshot of every step so far is saved beside the
// test (endtoend-NN-STEP.png).
#include "clauseeditor.h"
#include "clauseview.h"
#include "coalitionview.h"
#include "comparisonview.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "positionpanel.h"
#include "positiontreemodel.h"
#include "searchpanel.h"
#include "supportmatrixmodel.h"
#include "supportmatrixview.h"
#include "workbench.h"

#include "consensus/coalitionanalysis.h"
#include "consensus/consensusengine.h"
#include "consensussession.h"
#include "core/searchhit.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <KZip>

#include <csignal>
#include <execinfo.h>
#include <unistd.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

// No debugger in the build environment: a crash prints its stack (addr2line reads it).
void printStack(int)
{
    void *frames[64];
    const int n = backtrace(frames, 64);
    backtrace_symbols_fd(frames, n, STDERR_FILENO);
    _exit(139);
}

QByteArray zipEntry(const QString &path, const QString &entry)
{
    KZip zip(path);
    if (!zip.open(QIODevice::ReadOnly))
        return {};
    const auto *file = dynamic_cast<const KArchiveFile *>(zip.directory()->entry(entry));
    return file ? file->data() : QByteArray();
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QList<QPair<QString, QImage>> m_shots;
    qint64 m_clause = 0;
    QString m_group; // the alternative group the test adds ("g3")
    int m_revisionsBefore = 0;

    Workspace *ws() const { return m_window->workspace(); }
    Workbench *bench() const { return m_window->workbench(); }

    // Clicks the centre of an item of a view, scrolling it into sight first.
    static void click(QAbstractItemView *view, const QModelIndex &index,
                      Qt::KeyboardModifiers modifiers = {})
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                          view->visualRect(index).center());
    }

    // Positions on the new alternative, the way the support and coalition views read them.
    std::optional<Stance> stanceOn(const QString &iso) const
    {
        return bench()->consensusSession()->stance(m_clause, m_group + u".1"_s,
                                                   ws()->stateIndex(iso));
    }

private Q_SLOTS:
    void initTestCase()
    {
        std::signal(SIGSEGV, printStack);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Plenipo-tests"_s);
        QCoreApplication::setApplicationName(u"tst_endtoend"_s);
        // A fresh start: no saved window layout, recent files or last clause from a former run.
        // (Only this test's own files: other tests share the test-mode folders.)
        const QString config =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QDir(config).remove(u"tst_endtoendrc"_s);
        QDir(config).remove(u"Plenipo-tests/tst_endtoend.conf"_s);
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_shots << qMakePair(QString::fromLatin1(QTest::currentTestFunction()),
                             m_window->grab().toImage());
        if (QTest::currentTestFailed()) {
            for (int i = 0; i < m_shots.size(); ++i)
                m_shots[i].second.save(
                    QDir(QStringLiteral(PLENIPO_BUILD_DIR))
                        .filePath(u"endtoend-%1-%2.png"_s.arg(i + 1, 2, 10, QChar(u'0'))
                                      .arg(m_shots[i].first)));
        }
    }

    void opensTheSample()
    {
        const QString path = m_dir.filePath(u"sample.plenipo"_s);
        TestSupport::sampleWorkspace(path);
        QVERIFY(m_window->openWorkspace(path));
        QVERIFY(ws());
        QVERIFY(m_window->windowTitle().contains(u"sample.plenipo"_s));
        QVERIFY(ws()->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s));
    }

    // Ctrl+Shift+F, the phrase in quotes, Down to the results, Down to the latest draft's
    // paragraph, Enter opens it in the clause view.
    void findsCriticalInfrastructureAndOpensTheClause()
    {
        const Document *rev1 = ws()->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        QVERIFY(rev1);
        for (const Clause &c : ws()->clauses(rev1->id)) {
            if (c.text.contains(u"critical infrastructure, including healthcare"_s))
                m_clause = c.id;
        }
        QVERIFY(m_clause);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        SearchPanel *search = m_window->searchPanel();
        QVERIFY(m_window->searchDock()->isVisible());
        QTRY_VERIFY(search->queryEdit()->hasFocus());
        QTest::keyClicks(search->queryEdit(), u"\"critical infrastructure\""_s);
        QTRY_VERIFY(!search->hits().isEmpty());
        QTest::keyClick(search->queryEdit(), Qt::Key_Down);
        QTreeView *results = search->resultView();
        QVERIFY(results->hasFocus());
        const auto currentHit = [&]() -> const SearchHit * {
            const int i =
                results->currentIndex().siblingAtColumn(0).data(SearchPanel::HitRole).toInt();
            return i >= 0 && i < search->hits().size() ? &search->hits()[i] : nullptr;
        };
        for (int step = 0; step < 60; ++step) {
            const SearchHit *hit = currentHit();
            if (hit && hit->kind == SearchHit::Kind::Clause && hit->clauseId == m_clause)
                break;
            QTest::keyClick(results, Qt::Key_Down);
        }
        const SearchHit *hit = currentHit();
        QVERIFY2(hit && hit->clauseId == m_clause, "the Rev.1 paragraph is among the results");
        QTest::keyClick(results, Qt::Key_Return);
        QCOMPARE(bench()->clauseView()->clause(), m_clause);
        QCOMPARE(bench()->centreTabs()->currentWidget(), bench()->clauseView());
        QVERIFY(bench()->clauseView()->displayedText().contains(u"critical infrastructure"_s));
        QVERIFY(bench()->clauseView()->editor()->isVisible());
    }

    void addsABracketAndSavesWithCtrlS()
    {
        ClauseEditor *editor = bench()->clauseView()->editor();
        m_revisionsBefore = int(ws()->revisions(m_clause).size());
        const QSet<QString> groupsBefore = [&] {
            QSet<QString> ids;
            for (const ClauseConsensus::Group &g :
                 bench()->consensusSession()->engine()->clause(m_clause)->groups)
                ids << g.id;
            return ids;
        }();
        QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
        QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(editor, u" We [will][intend to] report on progress."_s);
        QVERIFY(bench()->clauseView()->isModified());
        QLineEdit *note = bench()->clauseView()->findChild<QLineEdit *>(u"revisionNote"_s);
        QVERIFY(note);
        QTest::mouseClick(note, Qt::LeftButton);
        QTest::keyClicks(note, u"Reporting line proposed by the facilitator"_s);
        QVERIFY(m_window->action(u"clause_save_revision"_s)->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(int(ws()->revisions(m_clause).size()), m_revisionsBefore + 1);
        QVERIFY(!bench()->clauseView()->isModified());
        QVERIFY(ws()->clause(m_clause)->text.endsWith(u"[will][intend to] report on progress."_s));
        QCOMPARE(ws()->revisions(m_clause).last().note,
                 u"Reporting line proposed by the facilitator"_s);
        QVERIFY(m_window->action(u"edit_undo"_s)->text().contains(u"Edit paragraph 7"_s));
        for (const ClauseConsensus::Group &g :
             bench()->consensusSession()->engine()->clause(m_clause)->groups) {
            if (!groupsBefore.contains(g.id))
                m_group = g.id;
        }
        QVERIFY2(!m_group.isEmpty(), "the new alternative group is analysed");
    }

    void setsTwoPositionsOnTheNewAlternative()
    {
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // the Positions tab
        PositionPanel *panel = bench()->positionPanel();
        QCOMPARE(bench()->centreTabs()->currentWidget(), panel);
        QComboBox *target = panel->alternativeBox();
        const int row = target->findData(m_group + u".1"_s);
        QVERIFY2(row >= 0, qPrintable(m_group));
        target->setCurrentIndex(row);
        QCOMPARE(panel->alternative(), m_group + u".1"_s);

        QTreeView *tree = panel->tree();
        tree->expandAll();
        const auto rowOf = [&](const QString &iso) {
            const QModelIndexList hits =
                panel->model()->match(panel->model()->index(0, 0), PositionTreeModel::Iso3Role, iso,
                                      1, Qt::MatchExactly | Qt::MatchRecursive);
            return hits.isEmpty() ? QModelIndex() : hits.first();
        };
        const QModelIndex fra = rowOf(u"FRA"_s), deu = rowOf(u"DEU"_s);
        QVERIFY(fra.isValid() && deu.isValid());
        click(tree, fra);
        click(tree, deu, Qt::ControlModifier);
        QCOMPARE(tree->selectionModel()->selectedRows().size(), 2);
        auto *stance = panel->findChild<QComboBox *>(u"bulkStance"_s);
        stance->setCurrentIndex(stance->findData(int(Stance::Supports)));
        auto *apply = panel->findChild<QPushButton *>(u"applyToSelection"_s);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(stanceOn(u"FRA"_s), std::optional<Stance>(Stance::Supports));
        QCOMPARE(stanceOn(u"DEU"_s), std::optional<Stance>(Stance::Supports));
        QVERIFY2(ws()->undoStack()->undoText().contains(u"paragraph 7"_s),
                 qPrintable(ws()->undoStack()->undoText()));
    }

    void matrixAndCoalitionFollow()
    {
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        SupportMatrixView *matrix = bench()->supportMatrix();
        QCOMPARE(bench()->centreTabs()->currentWidget(), matrix);
        const int column = matrix->model()->columnOfClause(m_clause);
        QVERIFY(column >= 0);
        QVERIFY(matrix->model()->rowCount() > 0);
        // The new brackets keep the clause open, and the summary counts them.
        const ClauseConsensus *cc = bench()->consensusSession()->engine()->clause(m_clause);
        QCOMPARE(cc->status, ConsensusStatus::Open);

        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        CoalitionView *coalition = bench()->coalitionView();
        QVERIFY(coalition->setCoalitionKey(u"group:JS2019"_s));
        const CoalitionAnalysis *analysis = coalition->analysis();
        QVERIFY(analysis);
        bool found = false;
        for (const CoalitionAnalysis::Clause &c : analysis->clauses()) {
            if (c.clauseId != m_clause)
                continue;
            for (const CoalitionAnalysis::Group &g : c.groups) {
                if (g.id != m_group)
                    continue;
                for (const CoalitionAnalysis::Alternative &a : g.alternatives) {
                    if (a.id == m_group + u".1"_s) {
                        found = true;
                        QVERIFY(!a.nonAcceptors.contains(ws()->stateIndex(u"FRA"_s)));
                        QVERIFY(!a.nonAcceptors.contains(ws()->stateIndex(u"DEU"_s)));
                    }
                }
            }
        }
        QVERIFY2(found, "the coalition view analyses the new alternative");
    }

    void undoAndRedo()
    {
        // Ctrl+Z takes the two positions back, Ctrl+Shift+Z brings them again.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stanceOn(u"FRA"_s), std::nullopt);
        QCOMPARE(stanceOn(u"DEU"_s), std::nullopt);
        QVERIFY(m_window->action(u"edit_redo"_s)->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stanceOn(u"FRA"_s), std::optional<Stance>(Stance::Supports));
        QCOMPARE(stanceOn(u"DEU"_s), std::optional<Stance>(Stance::Supports));
    }

    void exportsTheCoalitionDraftToWord()
    {
        const QString out = m_dir.filePath(u"coalition.docx"_s);
        bool ran = false;
        // Ctrl+E opens the modal export dialog; the delegate fills it in and exports.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ran = true;
            dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(u"docx"_s));
            const int js = dialog->coalitionBox()->findData(u"JS2019"_s);
            dialog->coalitionBox()->setCurrentIndex(js >= 0 ? js : 1);
            dialog->pathEdit()->setText(out);
            QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
            dialog->reject();
        });
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(ran, "Ctrl+E opened the export dialog");
        QVERIFY(QFile::exists(out));
        const QByteArray xml = zipEntry(out, u"word/document.xml"_s);
        QVERIFY2(xml.contains("report on progress"), "the new sentence is in the coalition draft");
    }

    void comparesWithThePreviousRevisionAsTrackedChanges()
    {
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTreeWidget *history = bench()->clauseView()->history();
        const int n = history->topLevelItemCount();
        QCOMPARE(n, m_revisionsBefore + 1);
        click(history, history->model()->index(n - 2, 0));
        click(history, history->model()->index(n - 1, 0), Qt::ControlModifier);
        const auto compare = bench()->clauseView()->findChildren<QPushButton *>();
        QPushButton *button = nullptr;
        for (QPushButton *b : compare) {
            if (b->text().remove(u'&') == u"Compare selected")
                button = b;
        }
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        ComparisonView *cmp = bench()->comparisonView();
        QVERIFY(cmp && cmp->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(cmp));
        QVERIFY(cmp->comparison().has_value());
        QVERIFY(cmp->summaryText().contains(u"added"_s));
        const QString out = m_dir.filePath(u"tracked.docx"_s);
        QVERIFY(cmp->exportWord(out));
        const QByteArray xml = zipEntry(out, u"word/document.xml"_s);
        QVERIFY(xml.contains("<w:ins "));
        QVERIFY(xml.contains("report"));
        // Esc closes the comparison window.
        QTest::keyClick(cmp, Qt::Key_Escape);
        QVERIFY(!cmp->isVisible());
    }

    // Ctrl+Return saves from the editor too; Alt+Down goes on to the next paragraph.
    void keyboardOnly()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The latest revision again (the comparison left two rows of the history selected).
        QTreeWidget *history = bench()->clauseView()->history();
        click(history, history->model()->index(history->topLevelItemCount() - 1, 0));
        ClauseEditor *editor = bench()->clauseView()->editor();
        QVERIFY(!editor->isReadOnly());
        QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
        QVERIFY(editor->hasFocus());
        QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(editor, u" Again."_s);
        const int before = int(ws()->revisions(m_clause).size());
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(int(ws()->revisions(m_clause).size()), before + 1);
        QTest::keyClick(m_window.get(), Qt::Key_Down, Qt::AltModifier);
        QVERIFY(bench()->clauseView()->clause() != m_clause);
        QTest::keyClick(m_window.get(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(bench()->clauseView()->clause(), m_clause);
    }

    void cleanupTestCase()
    {
        // Quitting with edits on the undo stack (the stack's clearing used to call back into a
        // window half gone).
        QVERIFY(ws()->undoStack()->canUndo());
        QVERIFY(m_window->close());
        m_window.reset();
    }
};

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
