// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Tools > Research on real widgets: the heat map, the closest states, the vote map, the likely
// stances (marked as predicted, switchable off, never written) and the norm x document table.
#include "exchange/bulkimporter.h"
#include "research/votemap.h"
#include "research/votematrix.h"
#include "researchwindow.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "votemapview.h"

#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
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
        auto ws = Workspace::create(dir.filePath(u"w.plenipo"_s),
                                    [](Workspace &w) { SampleBuilder::addSample(w); });
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
        auto ws = Workspace::create(dir.filePath(u"w.plenipo"_s),
                                    [](Workspace &w) { SampleBuilder::addSample(w); });
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
