// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Tools > Research on real widgets: the heat map, the closest states, the vote map, the likely
// stances (marked as predicted, switchable off, never written) and the norm x document table.
#include "bulkimportprogress.h"
#include "exchange/bulkimporter.h"
#include "navigatormodel.h"
#include "research/votemap.h"
#include "research/votematrix.h"
#include "researchwindow.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "votemapview.h"
#include "workbench.h"

#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestResearchWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsAlignmentPredictionsAndNorms()
    {
        const QString examples = QStringLiteral(PLENIPO_SHARED_DIR) + u"/akn/examples"_s;
        if (!QDir(examples).exists())
            QSKIP("../shared/akn/examples is not beside the checkout");
        QTemporaryDir dir;
        auto ws = TestSupport::sampleWorkspace(dir.filePath(u"w.plenipo"_s));
        QCOMPARE(BulkImporter().run(*ws, BulkImporter::collectFiles({examples})).imported, 2);
        ResearchWindow window(*ws);
        window.show();
        QCOMPARE(window.votes().voteCount(), 2);
        const int usa = window.stateChoice()->findData(u"USA"_s);
        QVERIFY(usa >= 0);
        window.stateChoice()->setCurrentIndex(usa);
        QCOMPARE(window.closestList()->topLevelItemCount(), 192);
        // A hand-picked list of votes.
        window.symbolsEdit()->setText(u"A/RES/77/36"_s);
        window.refresh();
        QCOMPARE(window.votes().voteCount(), 1);
        window.symbolsEdit()->clear();
        window.refresh();
        QCOMPARE(window.votes().voteCount(), 2);

        // Likely stances on an operative paragraph of A/RES/75/32: the absent members.
        const Document *d = ws->documentBySymbol(u"A/RES/75/32");
        qint64 clause = 0;
        for (const Clause &c : ws->clauses(d->id)) {
            if (!c.number.startsWith(u"PP"_s)) {
                clause = c.id;
                break;
            }
        }
        const qsizetype positions = ws->positionCount();
        const auto vote = ws->recordedVote(d->id);
        QVERIFY(vote);
        window.setClause(clause);
        QCOMPARE(window.predictionTable()->rowCount(), vote->count(RecordedVote::Choice::Absent));
        const QTableWidgetItem *item = window.predictionTable()->item(0, 1);
        QVERIFY(item->text().contains(u"predicted"_s));
        QVERIFY(item->font().italic());
        QVERIFY(!item->data(Qt::ForegroundRole).isValid()); // no stance colour
        QCOMPARE(ws->positionCount(), positions);           // nothing written
        window.showPredictions()->setChecked(false);
        QCOMPARE(window.predictionTable()->rowCount(), 0);
        window.showPredictions()->setChecked(true);
        QVERIFY(window.predictionTable()->rowCount() > 0);

        // The norms catalogue traced: one row per norm; 13(f) finds its own clause of A/70/174.
        QCOMPARE(window.normTable()->rowCount(), 11);
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QTest::qWait(10);
        }
    }

    // The likely stances of an alternative and of a document as a whole: each lists the members
    // silent there (not those silent on the whole clause), and nothing is written.
    void predictsForAlternativesAndDocuments()
    {
        const QString examples = QStringLiteral(PLENIPO_SHARED_DIR) + u"/akn/examples"_s;
        if (!QDir(examples).exists())
            QSKIP("../shared/akn/examples is not beside the checkout");
        QTemporaryDir dir;
        auto ws = TestSupport::sampleWorkspace(dir.filePath(u"w.plenipo"_s));
        QCOMPARE(BulkImporter().run(*ws, BulkImporter::collectFiles({examples})).imported, 2);
        // The zero draft's clause with positions on its alternative g3.1 only.
        const Document *d = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/ZD");
        QVERIFY(d);
        qint64 clause = 0;
        for (const Clause &c : ws->clauses(d->id)) {
            for (const Position &p : ws->positions(c.id)) {
                if (p.alternative == u"g3.1")
                    clause = c.id;
            }
        }
        QVERIFY(clause);
        const QStringList members = ws->processMembers(*ws->process(d->processId));
        QSet<QString> onAlternative, onWhole;
        for (const Position &p : ws->positions(clause))
            (p.alternative.isEmpty() ? onWhole : onAlternative).insert(p.state);
        QVERIFY(onWhole.isEmpty() && !onAlternative.isEmpty());
        int silent = 0;
        for (const QString &iso : members)
            silent += !onAlternative.contains(iso);
        QVERIFY(silent > 0);
        const qsizetype positions = ws->positionCount();
        ResearchWindow window(*ws);
        window.show();
        window.setClause(clause);
        // The whole clause, its alternatives, the document.
        QVERIFY(window.predictionTarget()->count() >= 4);
        // Nobody spoke on the whole clause: nothing to predict from.
        QCOMPARE(window.predictionTable()->rowCount(), 0);
        QVERIFY(window.predictionInfo().contains(u"nothing to predict"_s));
        // The alternative: its silent members, none of those who spoke on it.
        QVERIFY(window.setPredictionTarget(u"g3.1"_s));
        QVERIFY2(window.predictionTable()->rowCount() == silent,
                 qPrintable(window.predictionInfo()));
        QVERIFY(window.predictionInfo().contains(u"alternative g3.1"_s));
        for (int r = 0; r < window.predictionTable()->rowCount(); ++r) {
            const QString text = window.predictionTable()->item(r, 0)->text();
            QVERIFY2(!onAlternative.contains(text.right(4).left(3)), qPrintable(text));
        }
        QVERIFY(!window.setPredictionTarget(u"g99.9"_s));

        // A resolution as a whole: the states absent from its recorded vote.
        const Document *res = ws->documentBySymbol(u"A/RES/75/32");
        const auto vote = ws->recordedVote(res->id);
        QVERIFY(vote);
        window.setClause(ws->clauses(res->id).last().id);
        QVERIFY(window.setPredictionTarget(QString(), true));
        QVERIFY2(window.predictionTable()->rowCount() == vote->count(RecordedVote::Choice::Absent),
                 qPrintable(window.predictionInfo()));
        QVERIFY(window.predictionTable()->rowCount() > 0);
        QVERIFY(window.predictionTable()->item(0, 1)->text().contains(u"predicted"_s));
        QVERIFY(window.predictionInfo().startsWith(u"A/RES/75/32:"_s));
        QCOMPARE(ws->positionCount(), positions); // nothing written
    }

    // From the navigator: a norm or a clause traced through later texts, the likely stances of
    // a clause's silent members.
    void navigatorOpensResearch()
    {
        QTemporaryDir dir;
        auto ws = TestSupport::sampleWorkspace(dir.filePath(u"w.plenipo"_s));
        Workbench bench;
        bench.setWorkspace(ws.get());
        bench.show();
        const Norm &norm = ws->norms().first();
        const QModelIndex normIndex =
            bench.navigatorModel()->find(NavigatorModel::NodeKind::Norm, norm.id);
        QVERIFY(normIndex.isValid());
        const auto trigger = [&](const QModelIndex &index, const QString &text) {
            QMenu menu;
            bench.populateNavigatorMenu(menu, index);
            for (QAction *a : menu.actions()) {
                if (a->text() == text) {
                    a->trigger();
                    return true;
                }
            }
            return false;
        };
        QVERIFY(trigger(normIndex, u"Trace Through Later Texts"_s));
        ResearchWindow *window = bench.researchWindow();
        QVERIFY(window && window->isVisible());
        QCOMPARE(window->tabs()->currentIndex(), window->tabs()->count() - 1);
        const QString normHtml = window->traceView()->toPlainText();
        QVERIFY2(normHtml.contains(u"paragraph"_s), qPrintable(normHtml.left(200)));

        const Document *d = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/ZD");
        const Clause c = ws->clauses(d->id).first();
        const QModelIndex clauseIndex =
            bench.navigatorModel()->find(NavigatorModel::NodeKind::Clause, c.id);
        QVERIFY(clauseIndex.isValid());
        QVERIFY(trigger(clauseIndex, u"Trace Through Later Texts"_s));
        QCOMPARE(bench.researchWindow(), window); // raised, not a second one
        const QString clauseText = window->traceView()->toPlainText();
        QVERIFY2(clauseText.startsWith(u"%1#%2"_s.arg(d->symbol, c.number)),
                 qPrintable(clauseText.left(200)));
        // The clause itself derives from itself, with similarity 1.
        QVERIFY(clauseText.contains(u"similarity 1.000"_s));
        QVERIFY(trigger(clauseIndex, u"Likely Stances of Silent Members"_s));
        QCOMPARE(window->tabs()->currentIndex(), window->tabs()->count() - 2);
        QVERIFY(window->predictionTarget()->currentText().contains(c.number));
    }

    // File > Import Folder asks whether documents already there are skipped or replaced.
    void importFolderSkipsOrReplaces()
    {
        const QString examples = QStringLiteral(PLENIPO_SHARED_DIR) + u"/akn/examples"_s;
        if (!QDir(examples).exists())
            QSKIP("../shared/akn/examples is not beside the checkout");
        QTemporaryDir dir;
        auto ws = Workspace::create(dir.filePath(u"w.plenipo"_s),
                                    [](Workspace &w) { SampleBuilder::addStates(w); });
        QWidget parent;
        // Answers the question (skip or replace, then Import), then closes the report.
        const auto answer = [](bool replace) {
            auto *timer = new QTimer;
            timer->setInterval(20);
            QObject::connect(timer, &QTimer::timeout, timer, [timer, replace] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                if (box->checkBox()) {
                    QVERIFY(box->text().contains(u"2 Akoma Ntoso file"_s));
                    box->checkBox()->setChecked(replace);
                    for (QAbstractButton *b : box->buttons()) {
                        if (b->text() == u"&Import")
                            b->click();
                    }
                } else {
                    box->accept(); // the report
                    timer->deleteLater();
                }
            });
            timer->start();
        };
        answer(false);
        BulkImporter::Summary s = BulkImportProgress::importFolder(&parent, *ws, examples);
        QCOMPARE(s.imported, 2);
        const qint64 first = ws->documentBySymbol(u"A/RES/75/32")->id;
        answer(false);
        s = BulkImportProgress::importFolder(&parent, *ws, examples);
        QCOMPARE(s.skipped, 2);
        QCOMPARE(ws->documentBySymbol(u"A/RES/75/32")->id, first);
        answer(true);
        s = BulkImportProgress::importFolder(&parent, *ws, examples);
        QCOMPARE(s.replaced, 2);
        QVERIFY(ws->documentBySymbol(u"A/RES/75/32")->id != first);
        QCOMPARE(ws->recordedVotes().size(), 2);
        // Undo brings the replaced documents back.
        ws->undoStack()->undo();
        QCOMPARE(ws->documentBySymbol(u"A/RES/75/32")->id, first);
    }

    // Every state is on the vote map: the axes span the points of every group, not only the
    // first group's (the Western European states, far right on axis 1, were out of view).
    void voteMapShowsEveryState()
    {
        const QString examples = QStringLiteral(PLENIPO_SHARED_DIR) + u"/akn/examples"_s;
        if (!QDir(examples).exists())
            QSKIP("../shared/akn/examples is not beside the checkout");
        QTemporaryDir dir;
        auto ws = Workspace::create(dir.filePath(u"w.plenipo"_s),
                                    [](Workspace &w) { SampleBuilder::addStates(w); });
        QCOMPARE(BulkImporter().run(*ws, BulkImporter::collectFiles({examples})).imported, 2);
        const VoteMatrix votes = VoteMatrix::fromWorkspace(*ws);
        const VoteMap map(votes);
        QStringList groups;
        for (const QString &iso : votes.states())
            groups << ws->states().byIso3(iso)->regionalGroup;
        VoteMapView view;
        view.setMap(map, groups, u"test"_s);
        const auto *x = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
        const auto *y = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(x && y);
        int shown = 0;
        for (QAbstractSeries *series : view.chart()->series()) {
            for (const QPointF &p : static_cast<QScatterSeries *>(series)->points()) {
                QVERIFY2(p.x() >= x->min() && p.x() <= x->max() && p.y() >= y->min() &&
                             p.y() <= y->max(),
                         qPrintable(series->name()));
                ++shown;
            }
        }
        QCOMPARE(shown, 193);
        QCOMPARE(view.chart()->series().size(), 5); // the five regional groups
    }

    // With PLENIPO_SCREENSHOTS set to a folder: each tab of the window at 1280x720 as a PNG,
    // over the resolutions of PLENIPO_SCREENSHOT_CORPUS (a folder) or the two examples.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("PLENIPO_SCREENSHOTS");
        if (out.isEmpty())
            QSKIP("PLENIPO_SCREENSHOTS is not set");
        QString corpus = qEnvironmentVariable("PLENIPO_SCREENSHOT_CORPUS");
        if (corpus.isEmpty())
            corpus = QStringLiteral(PLENIPO_SHARED_DIR) + u"/akn/examples"_s;
        QTemporaryDir dir;
        auto ws = TestSupport::sampleWorkspace(dir.filePath(u"w.plenipo"_s));
        QVERIFY(BulkImporter().run(*ws, BulkImporter::collectFiles({corpus})).imported > 0);
        ResearchWindow window(*ws);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int usa = window.stateChoice()->findData(u"USA"_s);
        window.stateChoice()->setCurrentIndex(usa);
        // An operative paragraph of the first resolution with a recorded vote.
        const QList<RecordedVote> recorded = ws->recordedVotes();
        QVERIFY(!recorded.isEmpty());
        for (const Clause &c : ws->clauses(recorded.first().documentId)) {
            if (!c.number.startsWith(u"PP"_s) && !c.number.isEmpty()) {
                window.setClause(c.id);
                break;
            }
        }
        QDir().mkpath(out);
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QTest::qWait(50);
            QVERIFY(window.grab().save(u"%1/research-%2.png"_s.arg(out).arg(tab)));
        }
    }
};

QTEST_MAIN(TestResearchWindow)
#include "tst_researchwindow.moc"
