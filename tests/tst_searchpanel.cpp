// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The widgets of issue 12 part A, driven as a user drives them: the Find in Workspace panel
// (results as you type, grouped by kind, Enter opens), the find bar of a text (Ctrl+F, Enter,
// Shift+Enter, Esc), and the Preferences dialog (who you are signs every change).

#include "clauseview.h"
#include "findbar.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "searchpanel.h"

#include "clauseeditor.h"
#include "commands/setclausetextcommand.h"
#include "core/authorprovider.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestSearchPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    static QStringList headings(const SearchPanel &panel)
    {
        QStringList out;
        const QAbstractItemModel *m = panel.resultView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, 0).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_ws = TestSupport::sampleWorkspace(m_dir.filePath(u"sample.plenipo"_s));
    }

    void resultsAsYouTypeAndEnterOpens()
    {
        SearchPanel panel;
        panel.setWorkspace(m_ws.get());
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy opened(&panel, &SearchPanel::openRequested);
        panel.focusQuery();
        QTest::keyClicks(panel.queryEdit(), u"\"critical infrastructure\""_s);
        // Shown as you type: after the pause, without pressing anything.
        QTRY_VERIFY(!panel.hits().isEmpty());
        const QStringList groups = headings(panel);
        QVERIFY2(groups.size() >= 2, qPrintable(groups.join(u", "_s)));
        QVERIFY2(groups[0].startsWith(u"Clauses ("_s), qPrintable(groups.join(u", "_s)));
        QVERIFY(std::any_of(groups.cbegin(), groups.cend(),
                            [](const QString &g) { return g.startsWith(u"Norms ("_s); }));
        QVERIFY(panel.statusLabel()->text().contains(u"ms"_s));
        // The matched words are bold in the context.
        const QModelIndex first =
            panel.resultView()->model()->index(0, 1, panel.resultView()->model()->index(0, 0));
        QVERIFY2(first.data(SearchPanel::ContextHtmlRole)
                     .toString()
                     .contains(u"<b>critical infrastructure</b>"_s, Qt::CaseInsensitive),
                 qPrintable(first.data(SearchPanel::ContextHtmlRole).toString()));
        // Down moves into the results, Enter opens the selected one.
        QTest::keyClick(panel.queryEdit(), Qt::Key_Down);
        QVERIFY(panel.resultView()->hasFocus());
        QTest::keyClick(panel.resultView()->viewport(), Qt::Key_Down);
        QTest::keyClick(panel.resultView(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        const auto hit = opened.first().first().value<SearchHit>();
        QVERIFY(hit.clauseId != 0 || hit.kind != SearchHit::Kind::Clause);
        // Enter in the query field opens the first result.
        panel.focusQuery();
        QTest::keyClick(panel.queryEdit(), Qt::Key_Return);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last().first().value<SearchHit>().kind, SearchHit::Kind::Clause);
    }

    void scopeKindAndErrors()
    {
        SearchPanel panel;
        panel.setWorkspace(m_ws.get());
        panel.setQueryText(u"Türk*"_s);
        QVERIFY2(headings(panel).contains(u"States (2)"_s),
                 qPrintable(headings(panel).join(u", "_s))); // Turkmenistan, Türkiye
        // Only documents.
        panel.kindCombo()->setCurrentIndex(panel.kindCombo()->findText(u"Documents"_s));
        for (const SearchHit &h : panel.hits())
            QCOMPARE(h.kind, SearchHit::Kind::Document);
        panel.kindCombo()->setCurrentIndex(0);
        // A document scope: only what is in it.
        const int zd = panel.scopeCombo()->findText(u"Document: SAMPLE/CONSEQ/2026/ZD"_s);
        QVERIFY(zd > 0);
        panel.scopeCombo()->setCurrentIndex(zd);
        panel.setQueryText(u"state*"_s);
        QVERIFY(!panel.hits().isEmpty());
        const qint64 id = m_ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/ZD")->id;
        for (const SearchHit &h : panel.hits())
            QCOMPARE(h.documentId, id);
        // A query error says what and where; nothing is listed.
        panel.setQueryText(u"\"critical"_s);
        QVERIFY(panel.hits().isEmpty());
        QVERIFY2(panel.statusLabel()->text().contains(u"column 1"_s),
                 qPrintable(panel.statusLabel()->text()));
    }

    void resultsFollowEdits()
    {
        SearchPanel panel;
        panel.setWorkspace(m_ws.get());
        panel.setQueryText(u"zanzibar"_s);
        QVERIFY(panel.hits().isEmpty());
        const Document *doc = m_ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/ZD");
        const Clause c = m_ws->clauses(doc->id).first();
        m_ws->undoStack()->push(
            new SetClauseTextCommand(*m_ws, c.id, c.text + u" Zanzibar."_s, {}));
        QTRY_COMPARE(panel.hits().size(), 1);
        m_ws->undoStack()->undo();
        QTRY_VERIFY(panel.hits().isEmpty());
    }

    // A read-only look while another session's folder import has rows queued for the index:
    // the panel says what it cannot find yet instead of silently missing it.
    void readOnlyLookSaysWhatIsNotIndexedYet()
    {
        const QString file = m_dir.filePath(u"pending.plenipo"_s);
        std::unique_ptr<Workspace> writer = TestSupport::sampleWorkspace(file);
        const Document *doc = writer->documentBySymbol(u"SAMPLE/CONSEQ/2026/ZD");
        const Clause c = writer->clauses(doc->id).first();
        {
            Workspace::DeferredIndexing deferred(*writer);
            writer->undoStack()->push(
                new SetClauseTextCommand(*writer, c.id, c.text + u" Quokka."_s, {}));
            std::unique_ptr<Workspace> reader = Workspace::open(file, Workspace::Access::ReadOnly);
            SearchPanel panel;
            panel.setWorkspace(reader.get());
            panel.setQueryText(u"quokka"_s);
            QTRY_VERIFY(panel.findChild<QLabel *>(u"searchStatus"_s)
                            ->text()
                            .contains(u"cannot be found yet"_s));
            QVERIFY(panel.hits().isEmpty());
            deferred.finish();
            // Indexed now: the reader finds it and the notice goes.
            panel.setQueryText(u"quokk*"_s);
            QTRY_COMPARE(panel.hits().size(), 1);
            QVERIFY(!panel.findChild<QLabel *>(u"searchStatus"_s)
                         ->text()
                         .contains(u"cannot be found yet"_s));
        }
    }

    void findBarInText()
    {
        QPlainTextEdit edit;
        edit.setPlainText(u"The école and the ECOLE; then école again.\nA second line: Ecole."_s);
        FindBar bar;
        bar.setTextEdit(&edit);
        bar.install(&edit);
        edit.show();
        bar.show();
        edit.setFocus();
        QTest::keyClicks(bar.lineEdit(), u"ecole"_s);
        QCOMPARE(bar.matchCount(), 4); // accents and case do not count
        QCOMPARE(bar.currentMatch(), 0);
        QCOMPARE(edit.textCursor().selectedText(), u"école"_s);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        QCOMPARE(bar.currentMatch(), 1);
        QCOMPARE(edit.textCursor().selectedText(), u"ECOLE"_s);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(bar.currentMatch(), 0);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return, Qt::ShiftModifier); // wraps around
        QCOMPARE(bar.currentMatch(), 3);
        QCOMPARE(bar.status()->text(), u"4 of 4"_s);
        bar.matchCase()->setChecked(true);
        QCOMPARE(bar.matchCount(), 0);
        bar.lineEdit()->setText(u"école"_s);
        QCOMPARE(bar.matchCount(), 2);
        bar.lineEdit()->setText(u"zebra"_s);
        QCOMPARE(bar.status()->text(), u"Not found"_s);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Escape);
        QVERIFY(bar.isHidden());
    }

    // Ctrl+F in the clause view opens its find bar on the clause text.
    void ctrlFInClauseView()
    {
        ClauseView view;
        view.setWorkspace(m_ws.get());
        const Document *doc = m_ws->documentBySymbol(u"A/70/174");
        const Clause c = m_ws->clauses(doc->id).first();
        view.showClause(c.id);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.editor()->setFocus();
        QTest::keyClick(view.editor(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view.findBar()->isVisible());
        QVERIFY(view.findBar()->lineEdit()->hasFocus());
        const QString word = c.text.section(u' ', 1, 1);
        QTest::keyClicks(view.findBar()->lineEdit(), word);
        QVERIFY(view.findBar()->matchCount() >= 1);
        QCOMPARE(view.editor()->textCursor().selectedText().toLower(), word.toLower());
    }

    void preferencesSignEveryChange()
    {
        PreferencesDialog dialog(m_ws.get());
        dialog.nameEdit()->setText(u"Jane Delegate"_s);
        const int fra = dialog.delegationCombo()->findData(u"FRA"_s);
        QVERIFY(fra > 0);
        dialog.delegationCombo()->setCurrentIndex(fra);
        QCOMPARE(dialog.authorPreview()->text(),
                 u"Your changes will be signed: Jane Delegate (FRA)"_s);
        dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"fr"_s));
        // A folder that does not exist keeps the dialog open and says why.
        dialog.exportFolderEdit()->setText(m_dir.filePath(u"no-such-folder"_s));
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.problemLabel()->text().contains(u"does not exist"_s));
        dialog.exportFolderEdit()->setText(m_dir.path());
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"fr"_s);
        QCOMPARE(Preferences::load().exportFolder, m_dir.path());
        QCOMPARE(Preferences::load().effectiveExportFolder(), m_dir.path());
        QCOMPARE(AuthorProvider::author(), u"Jane Delegate (FRA)"_s);
        // The next revision is signed so.
        const Document *doc = m_ws->documentBySymbol(u"A/70/174");
        const Clause c = m_ws->clauses(doc->id).first();
        m_ws->undoStack()->push(new SetClauseTextCommand(*m_ws, c.id, c.text + u" X."_s, {}));
        QCOMPARE(m_ws->revisions(c.id).last().author, u"Jane Delegate (FRA)"_s);
        m_ws->undoStack()->undo();

        // Without a name: the account's name, never "unknown".
        PreferencesDialog again(m_ws.get());
        QCOMPARE(again.nameEdit()->text(), u"Jane Delegate"_s);
        again.nameEdit()->clear();
        again.delegationCombo()->setCurrentIndex(0);
        again.buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(AuthorProvider::author(), AuthorProvider::systemName());
        QVERIFY(!AuthorProvider::author().isEmpty());
        QVERIFY(AuthorProvider::author() != u"unknown"_s);
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
