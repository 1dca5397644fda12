// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Tools > Research on real widgets: the heat map, the closest states, the vote map, the likely
// stances (marked as predicted, switchable off, never written) and the norm x document table.
#include "exchange/bulkimporter.h"
#include "research/votematrix.h"
#include "researchwindow.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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
};

QTEST_MAIN(TestResearchWindow)
#include "tst_researchwindow.moc"
