// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The workbench driven as a user drives it, in a real (offscreen) window.
#include "clauseeditor.h"
#include "clauseview.h"
#include "commands/setclausetextcommand.h"
#include "comparisonview.h"
#include "navigatormodel.h"
#include "sample/samplebuilder.h"
#include "statesview.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "workbench.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimer>
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
        const auto c = m_ws->clauseByNumber(m_ws->documentBySymbol(symbol)->id, number);
        return c ? c->id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Plenipo-tests"_s);
        QVERIFY(m_dir.isValid());
        m_ws = TestSupport::sampleWorkspace(m_dir.filePath(u"bench.plenipo"_s));
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

    // A workspace opens on its first document, not on an empty page.
    void opensOnTheFirstDocument()
    {
        const QModelIndex current = m_bench->navigator()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(NavigatorModel::KindRole).toInt(),
                 int(NavigatorModel::NodeKind::Document));
        const Document *doc = m_ws->document(current.data(NavigatorModel::IdRole).toLongLong());
        QVERIFY(doc);
        QVERIFY2(m_bench->clauseView()->headerText().contains(doc->symbol),
                 qPrintable(m_bench->clauseView()->headerText()));
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
        QCoreApplication::processEvents(); // let the view lay out and scroll
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

    void editorHighlightsChecksAndCounts()
    {
        const qint64 id = clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"7"_s);
        QVERIFY(m_bench->selectClause(id));
        ClauseView *view = m_bench->clauseView();
        ClauseEditor *editor = view->editor();
        QVERIFY(!editor->isReadOnly());
        QCOMPARE(editor->toPlainText(), m_ws->clause(id)->text);
        // Live statistics for the clause as stored.
        QVERIFY2(view->statisticsLabel()->text().contains(u"alternative group"_s),
                 qPrintable(view->statisticsLabel()->text()));
        QCOMPARE(editor->statistics().alternativeGroups, 2); // [shall][should], [, including ...]

        // The highlighter colours brackets differently from agreed text.
        const QTextBlock block = editor->document()->firstBlock();
        const QString text = block.text();
        const int agreed = 2; // "State"
        const int bracketed = int(text.indexOf(u"shall"_s)) + 1;
        QTextCharFormat agreedFormat, bracketFormat;
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (agreed >= r.start && agreed < r.start + r.length)
                agreedFormat = r.format;
            if (bracketed >= r.start && bracketed < r.start + r.length)
                bracketFormat = r.format;
        }
        QVERIFY(bracketFormat.foreground().color() != agreedFormat.foreground().color());

        // Bracket matching: the cursor on "[" of [shall] highlights it and its "]".
        QTextCursor c = editor->textCursor();
        const int open = int(text.indexOf(u"[shall]"_s));
        c.setPosition(open);
        editor->setTextCursor(c);
        QCOMPARE(editor->matchedBrackets(), qMakePair(open, open + 6));

        // A stray "]" is an error with a message at its place; statistics follow as you type.
        c.movePosition(QTextCursor::End);
        editor->setTextCursor(c);
        QTest::keyClicks(editor, u" oops]"_s);
        QCOMPARE(editor->statistics().errors, 1);
        const int stray = int(editor->toPlainText().size()) - 1;
        QVERIFY2(editor->diagnosticAt(stray).contains(u"']'"_s),
                 qPrintable(editor->diagnosticAt(stray)));
        QVERIFY(view->statisticsLabel()->text().contains(u"1 error"_s));
        QVERIFY(view->isModified());

        // Save as a new revision (undoable), then undo.
        auto *save = view->findChild<QPushButton *>(u"saveRevision"_s);
        QVERIFY(save && save->isEnabled());
        view->findChild<QLineEdit *>(u"revisionNote"_s)->setText(u"typo test"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(view->history()->topLevelItemCount(), 2);
        QCOMPARE(view->history()->topLevelItem(1)->text(3), u"typo test"_s);
        QVERIFY(m_ws->clause(id)->text.endsWith(u" oops]"_s));
        QVERIFY(!view->isModified());
        m_ws->undoStack()->undo();
        QCOMPARE(view->history()->topLevelItemCount(), 1);
        QVERIFY(!editor->toPlainText().endsWith(u" oops]"_s));
    }

    void comparingWithTheNorm()
    {
        const qint64 id = clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"7"_s);
        QVERIFY(m_bench->selectClause(id));
        QPushButton *compareNorm = nullptr;
        for (QPushButton *b : m_bench->clauseView()->findChildren<QPushButton *>()) {
            if (b->text().contains(u"norm"_s))
                compareNorm = b;
        }
        QVERIFY(compareNorm && compareNorm->isVisible());
        QTest::mouseClick(compareNorm, Qt::LeftButton);
        ComparisonView *cmp = m_bench->comparisonView();
        QVERIFY(cmp && cmp->isVisible());
        QVERIFY(cmp->comparison().has_value());
        QCOMPARE(cmp->comparison()->oldSide().label, u"A/70/174 para. 13(f)"_s);
        QVERIFY2(cmp->summaryText().contains(u"word(s) added"_s) ||
                     cmp->summaryText().contains(u"words added"_s),
                 qPrintable(cmp->summaryText()));
        // Side by side: "should" struck out on the left, the alternatives inserted on the right.
        cmp->setMode(ComparisonView::Mode::SideBySide);
        QVERIFY(cmp->html().contains(u"line-through;\">should</span>"_s));
        QVERIFY(cmp->html().contains(u"underline;\">[shall][should]</span>"_s));
        cmp->setMode(ComparisonView::Mode::Inline);
        QVERIFY2(cmp->browser()->toPlainText().contains(u"A State should [shall][should] not"_s),
                 qPrintable(cmp->browser()->toPlainText().left(120)));
        // A bad reference says why.
        QVERIFY(!cmp->compare(u"A/70/174#99"_s, u"A/70/174#13(a)"_s));
        QVERIFY(cmp->summaryText().contains(u"has no paragraph 99"_s));
        // Issue 10: the user overrides a pairing of two documents' clauses.
        QVERIFY(cmp->compare(u"SAMPLE/CONSEQ/2026/ZD"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s));
        QVERIFY(cmp->pairNewBox()->isVisibleTo(cmp));
        qint64 newId = 0;
        for (const Comparison::Entry &e : cmp->comparison()->entries()) {
            if (e.pair.isMatched() && !newId)
                newId = e.newClauseId;
        }
        QVERIFY(newId);
        cmp->setPairing(newId, 0);
        bool inserted = false;
        for (const Comparison::Entry &e : cmp->comparison()->entries())
            inserted = inserted ||
                       (e.newClauseId == newId && e.pair.match == ClauseAligner::Match::Inserted);
        QVERIFY(inserted);
        cmp->clearPairings();
        QVERIFY(cmp->pairings().isEmpty());
        cmp->close();
    }

    // The navigator's context menu acts on the item under the cursor through undoable
    // commands; on a read-only look its edits are disabled.
    void navigatorMenuActsOnItsItem()
    {
        const qint64 id = clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"3"_s);
        const qint64 documentId = m_ws->clause(id)->documentId;
        const int count = m_ws->catalogue().clauseCountOf(documentId);
        const QModelIndex index =
            m_bench->navigatorModel()->find(NavigatorModel::NodeKind::Clause, id);
        QVERIFY(index.isValid());
        const auto actions = [](Workbench &bench, const QModelIndex &at) {
            QMenu menu;
            bench.populateNavigatorMenu(menu, at);
            QHash<QString, bool> enabled;
            for (QAction *a : menu.actions()) {
                if (!a->isSeparator())
                    enabled.insert(a->text(), a->isEnabled());
            }
            return enabled;
        };
        const QHash<QString, bool> clauseActions = actions(*m_bench, index);
        for (const QString &edit : {u"Insert Clause After..."_s, u"Renumber..."_s,
                                    u"Link to Norms..."_s, u"Delete Clause"_s})
            QVERIFY2(clauseActions.value(edit), qPrintable(edit));
        QVERIFY(clauseActions.contains(u"Trace Through Later Texts"_s));

        // Delete Clause asks first; Yes deletes it as one undoable step.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(u"3"_s));
            box->button(QMessageBox::Yes)->click();
        });
        QMenu menu;
        m_bench->populateNavigatorMenu(menu, index);
        for (QAction *a : menu.actions()) {
            if (a->text() == u"Delete Clause"_s)
                a->trigger();
        }
        QVERIFY(!m_ws->clause(id));
        QCOMPARE(m_ws->catalogue().clauseCountOf(documentId), count - 1);
        m_ws->undoStack()->undo();
        QVERIFY(m_ws->clause(id));
        QCOMPARE(m_ws->catalogue().clauseCountOf(documentId), count);

        auto readOnly = Workspace::open(m_ws->filePath(), Workspace::Access::ReadOnly);
        Workbench look;
        look.setWorkspace(readOnly.get());
        const QHash<QString, bool> lookActions =
            actions(look, look.navigatorModel()->find(NavigatorModel::NodeKind::Clause, id));
        QVERIFY(lookActions.contains(u"Delete Clause"_s));
        QVERIFY(!lookActions.value(u"Delete Clause"_s));
        QVERIFY(!lookActions.value(u"Renumber..."_s));
        QVERIFY(lookActions.value(u"Trace Through Later Texts"_s));
    }

    void cleanupTestCase()
    {
        m_bench.reset();
        m_ws.reset();
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
