// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The coalition view on the sample workspace: the 2019 Joint Statement coalition on Rev.1,
// what fails and because of whom, the coalition text, what-if (at once, then discarded),
// hand-picked lists, suggestions and what a state outside needs to join.
#include "coalitionview.h"
#include "consensus/coalitionanalysis.h"
#include "consensus/whatif.h"
#include "consensussession.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestCoalitionView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ConsensusSession> m_session;
    std::unique_ptr<CoalitionView> m_view;
    qint64 m_rev1 = 0;

    qint64 clauseOf(const QString &number) const
    {
        const auto c = m_ws->clauseByNumber(m_rev1, number);
        return c ? c->id : 0;
    }
    const CoalitionAnalysis::Clause *analysed(const QString &number)
    {
        return m_view->analysis()->clause(clauseOf(number));
    }
    QTreeWidgetItem *item(const QString &number) const
    {
        for (int i = 0; i < m_view->clauseTree()->topLevelItemCount(); ++i) {
            if (m_view->clauseTree()->topLevelItem(i)->text(0) == number)
                return m_view->clauseTree()->topLevelItem(i);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ws = TestSupport::sampleWorkspace(m_dir.filePath(u"coalition.plenipo"_s));
        m_session = std::make_unique<ConsensusSession>();
        m_view = std::make_unique<CoalitionView>(m_session.get());
        m_session->setWorkspace(m_ws.get());
        m_rev1 = m_ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s)->id;
        m_session->setDocument(m_rev1);
        m_view->resize(1100, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void init()
    {
        m_session->discardWhatIf();
        QVERIFY(m_view->setCoalitionKey(u"group:JS2019"_s));
    }

    void jointStatementCoalitionSeesItsText()
    {
        QCOMPARE(m_view->coalition().count(), 27);
        QVERIFY(m_view->notice()->isVisible());
        const CoalitionAnalysis *a = m_view->analysis();
        QVERIFY(a);
        QCOMPARE(m_view->clauseTree()->topLevelItemCount(), m_ws->clauses(m_rev1).size());
        QVERIFY(!a->acceptedClauses().isEmpty());
        // Every accepted clause is in the coalition text, with its alternatives resolved.
        const QString text = m_view->textView()->toPlainText();
        for (qint64 id : a->acceptedClauses()) {
            const CoalitionAnalysis::Clause *c = a->clause(id);
            QVERIFY2(text.contains(c->text), qPrintable(c->number));
            QVERIFY(!c->text.contains(u'['));
            QCOMPARE(item(c->number)->text(1), u"accepted"_s);
        }
        QVERIFY(m_view->summaryLabel()->text().contains(
            u"%1 of %2"_s.arg(a->acceptedClauses().size()).arg(m_ws->clauses(m_rev1).size())));
    }

    void failingClausesNameTheStatesResponsible()
    {
        // The United Kingdom (a signatory) objects to clause 2.
        const CoalitionAnalysis::Clause *c = analysed(u"2"_s);
        QVERIFY(!c->accepted);
        QVERIFY(c->failingBecause.contains(m_ws->stateIndex(u"GBR"_s)));
        QTreeWidgetItem *row = item(u"2"_s);
        QCOMPARE(row->text(1), u"fails"_s);
        QVERIFY(row->text(2).contains(u"GBR"_s));
        QVERIFY(!m_view->textView()->toPlainText().contains(
            m_ws->clause(clauseOf(u"2"_s))->text.left(40)));
    }

    void whatIfUpdatesAtOnceAndDiscardRestores()
    {
        const CoalitionAnalysis::Clause *before = analysed(u"1"_s);
        QVERIFY(before->accepted);
        m_session->setWhatIfMode(true);
        m_session->setStance({u"EST"_s}, clauseOf(u"1"_s), {}, Stance::Objects);
        const CoalitionAnalysis::Clause *after = analysed(u"1"_s);
        QVERIFY(!after->accepted);
        QVERIFY(after->failingBecause.contains(m_ws->stateIndex(u"EST"_s)));
        QCOMPARE(item(u"1"_s)->text(1), u"fails"_s);
        QVERIFY(m_view->summaryLabel()->text().contains(u"what-if"_s));
        QCOMPARE(m_ws->undoStack()->count(), 0);
        m_session->discardWhatIf();
        QVERIFY(analysed(u"1"_s)->accepted);
        QCOMPARE(item(u"1"_s)->text(1), u"accepted"_s);
    }

    void handPickedList()
    {
        const QStringList unknown = m_view->setHandPicked(u"FRA, Germany, Atlantis"_s);
        QCOMPARE(unknown, QStringList{u"Atlantis"_s});
        QCOMPARE(m_view->coalitionKey(), u"list"_s);
        QCOMPARE(m_view->coalition().count(), 2);
        QVERIFY(m_view->coalition().contains(m_ws->stateIndex(u"DEU"_s)));
        QVERIFY(m_view->analysis());
    }

    void otherCoalitionSources_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("members");
        QTest::newRow("process") << u"process:LMC-CONSEQ"_s << 27;
        QTest::newRow("political group") << u"group:EU"_s << 27;
        QTest::newRow("coalition") << u"group:CONV2023"_s << 5;
    }
    void otherCoalitionSources()
    {
        QFETCH(QString, key);
        QFETCH(int, members);
        QVERIFY(m_view->setCoalitionKey(key));
        QCOMPARE(m_view->coalition().count(), members);
        QCOMPARE(m_view->analysis()->members().count(), members);
    }

    void suggestsTheTextMostMembersAccept()
    {
        m_view->setMustKeep(clauseOf(u"1"_s), true);
        QCOMPARE(m_view->mustKeep(), QList<qint64>{clauseOf(u"1"_s)});
        m_view->suggestMostAdherents();
        const QString text = m_view->suggestionView()->toPlainText();
        QVERIFY2(text.contains(u"states accept"_s), qPrintable(text));
        // The kept clause is in the suggested text.
        const CoalitionAnalysis::Clause *c1 = analysed(u"1"_s);
        QVERIFY(text.contains(c1->text.left(40)));
        m_view->suggestLargestText(20);
        QVERIFY(m_view->suggestionView()->toPlainText().contains(u"accepted by"_s));
        m_view->setMustKeep(clauseOf(u"1"_s), false);
    }

    void explainsWhatAStateOutsideNeedsToJoin()
    {
        // Brazil is not a signatory.
        QVERIFY(!m_view->coalition().contains(m_ws->stateIndex(u"BRA"_s)));
        m_view->explainJoin(u"BRA"_s);
        const QString text = m_view->suggestionView()->toPlainText();
        QVERIFY2(text.contains(u"Brazil"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Paragraph"_s) || text.contains(u"already accepts"_s),
                 qPrintable(text));
    }

    // A state with nothing recorded is told so, not to "drop" every bracketed paragraph; and a
    // suggestion goes away with the document and the outside state it was made for.
    void stateWithoutPositionsAndStaleSuggestions()
    {
        QVERIFY(!m_ws->stances().hasPosition(clauseOf(u"1"_s), {}, m_ws->stateIndex(u"TUV"_s)));
        m_view->explainJoin(u"TUV"_s);
        QString text = m_view->suggestionView()->toPlainText();
        QVERIFY2(text.contains(u"no recorded position"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"drop it"_s), qPrintable(text));

        m_view->explainJoin(u"BRA"_s);
        QVERIFY(m_view->suggestionView()->toPlainText().contains(u"Brazil"_s));
        const Document *zd = m_ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/ZD"_s);
        m_session->setDocument(zd->id);
        QVERIFY2(m_view->suggestionView()->toPlainText().isEmpty(),
                 qPrintable(m_view->suggestionView()->toPlainText()));
        m_session->setDocument(m_rev1);
        m_view->explainJoin(u"BRA"_s);
        QVERIFY(!m_view->suggestionView()->toPlainText().isEmpty());
        auto *outsider = m_view->findChild<QComboBox *>(u"coalitionOutsider"_s);
        outsider->setCurrentIndex(outsider->findData(u"ARG"_s));
        QVERIFY(m_view->suggestionView()->toPlainText().isEmpty());
    }

    void derivesTheCoalitionDocument()
    {
        const int accepted = int(m_view->analysis()->acceptedClauses().size());
        const qint64 id = m_view->deriveDocument(u"SAMPLE/CONSEQ/2026/JS2019"_s,
                                                 u"What the Joint Statement States accept"_s);
        QVERIFY(id > 0);
        QCOMPARE(m_ws->clauses(id).size(), accepted);
        QCOMPARE(m_ws->adherents(id).size(), 27);
        QVERIFY(m_ws->adherents(id).contains(u"GBR"_s));
        // Its clauses are the resolved coalition text: no brackets left.
        for (const Clause &c : m_ws->clauses(id))
            QVERIFY2(!c.text.contains(u'['), qPrintable(c.text));
        m_ws->undoStack()->undo();
        QVERIFY(!m_ws->document(id));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_session.reset();
        m_ws.reset();
    }
};

QTEST_MAIN(TestCoalitionView)
#include "tst_coalitionview.moc"
