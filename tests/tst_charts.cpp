// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The charts: the figures they draw (ChartData) against the workspace counted another way,
// also after random sequences of stance changes; a bar click selects its states; PNG and SVG
// files are what a viewer reads.
#include "chartdata.h"
#include "chartsview.h"
#include "consensussession.h"
#include "statesview.h"
#include "workbench.h"

#include "consensus/consensusengine.h"
#include "markup/markupparser.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestCharts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<Workbench> m_bench;

    ConsensusSession *session() const { return m_bench->consensusSession(); }
    ChartsView *charts() const { return m_bench->chartsView(); }

    qint64 documentId(const QString &symbol) const
    {
        const Document *d = m_ws->documentBySymbol(symbol);
        return d ? d->id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ws = TestSupport::sampleWorkspace(m_dir.filePath(u"charts.plenipo"_s));
        m_bench = std::make_unique<Workbench>();
        m_bench->resize(1280, 720);
        m_bench->setWorkspace(m_ws.get());
        m_bench->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_bench.get()));
        m_bench->centreTabs()->setCurrentWidget(charts());
    }

    void dashboardCountsEveryClauseOnce()
    {
        const qint64 zd = documentId(u"SAMPLE/CONSEQ/2026/ZD"_s);
        session()->setDocument(zd);
        const ChartData::Dashboard d = ChartData::dashboard(*session());
        QCOMPARE(d.clauseCount, int(m_ws->clauses(zd).size()));
        int sum = 0;
        for (int n : d.clausesByStatus)
            sum += n;
        QCOMPARE(sum, d.clauseCount);
        const auto &summary = session()->engine()->summary();
        for (ConsensusStatus s : allConsensusStatuses)
            QCOMPARE(d.clausesByStatus[std::size_t(s)], summary.count(s));
        MarkupStatistics words;
        const MarkupParser parser;
        for (const Clause &c : m_ws->clauses(zd))
            words += parser.parse(c.text).statistics();
        QCOMPARE(d.statistics.agreedWords, words.agreedWords);
        QVERIFY(d.statistics.agreedShare() > 0.0 && d.statistics.agreedShare() < 1.0);

        charts()->setKind(ChartsView::Kind::Dashboard);
        QVERIFY(charts()->chart()->title().contains(u"SAMPLE/CONSEQ/2026/ZD"_s));
        QVERIFY(!charts()->notice()->text().isEmpty()); // the sample's values are illustrative
    }

    void lineageRunsFromTheZeroDraft()
    {
        for (const QString &from : {u"SAMPLE/CONSEQ/2026/ZD"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s}) {
            const QList<ChartData::Draft> drafts = ChartData::lineage(*m_ws, documentId(from));
            QCOMPARE(drafts.size(), 2);
            QCOMPARE(drafts[0].symbol, u"SAMPLE/CONSEQ/2026/ZD"_s);
            QCOMPARE(drafts[1].symbol, u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        }
        const QList<ChartData::Draft> drafts =
            ChartData::lineage(*m_ws, documentId(u"SAMPLE/CONSEQ/2026/Rev.1"_s));
        // The revision resolves brackets: fewer spans, more agreed words.
        QVERIFY(drafts[1].statistics.bracketedSpans < drafts[0].statistics.bracketedSpans);
        QVERIFY(drafts[1].statistics.agreedShare() > drafts[0].statistics.agreedShare());
        session()->setDocument(documentId(u"SAMPLE/CONSEQ/2026/Rev.1"_s));
        charts()->setKind(ChartsView::Kind::Lineage);
        QCOMPARE(charts()->chart()->series().size(), 4);
    }

    // Invariant: for every group, the stacked bar holds each member once per clause counted,
    // split by the stance the consensus session reports, after any sequence of changes.
    void supportByGroupFollowsRandomChanges()
    {
        const qint64 zd = documentId(u"SAMPLE/CONSEQ/2026/ZD"_s);
        session()->setDocument(zd);
        const QList<Clause> clauses = m_ws->clauses(zd);
        QRandomGenerator random(12);
        const QStringList states = m_ws->stateOrder();
        for (int step = 0; step < 25; ++step) {
            const Clause &c = clauses[random.bounded(int(clauses.size()))];
            QStringList chosen;
            for (int i = 0; i < 1 + random.bounded(6); ++i)
                chosen << states[random.bounded(int(states.size()))];
            chosen.removeDuplicates();
            const auto stance = Stance(random.bounded(5));
            session()->setStance(chosen, c.id, QString(), stance);
            const qint64 clause = random.bounded(2) ? c.id : 0;
            for (StateGroup::Kind kind :
                 {StateGroup::Kind::Regional, StateGroup::Kind::Political}) {
                const QList<ChartData::GroupSupport> support =
                    ChartData::supportByGroup(*session(), kind, clause);
                for (const ChartData::GroupSupport &g : support) {
                    const StateGroup *group = m_ws->group(g.code);
                    QVERIFY(group);
                    const int perState = clause ? 1 : int(clauses.size());
                    QStringList members;
                    for (const QString &iso : group->members) {
                        if (session()->isMember(m_ws->stateIndex(iso)))
                            members << iso;
                    }
                    QCOMPARE(g.total(), int(members.size()) * perState);
                    for (const QString &iso : members) {
                        const QList<qint64> counted = clause ? QList<qint64>{clause} : [&] {
                            QList<qint64> ids;
                            for (const Clause &x : clauses)
                                ids << x.id;
                            return ids;
                        }();
                        for (qint64 id : counted) {
                            const Stance expected =
                                m_ws->stances().stance(id, {}, m_ws->stateIndex(iso));
                            QVERIFY2(g.states[std::size_t(expected)].contains(iso),
                                     qPrintable(u"%1 %2 step %3"_s.arg(g.code, iso).arg(step)));
                        }
                    }
                }
            }
        }
        while (m_ws->undoStack()->canUndo())
            m_ws->undoStack()->undo();
    }

    void clickingABarSelectsItsStates()
    {
        session()->setDocument(documentId(u"SAMPLE/CONSEQ/2026/ZD"_s));
        charts()->setKind(ChartsView::Kind::SupportByGroup);
        charts()->setGroupKind(StateGroup::Kind::Regional);
        charts()->scopeBox()->setCurrentIndex(1); // whole document
        const QList<ChartData::GroupSupport> &support = charts()->groupSupport();
        QVERIFY(!support.isEmpty());
        // The first bar segment with states in it (the sets are stacked in this stance order).
        const Stance order[] = {Stance::Supports, Stance::CanAccept, Stance::Reservation,
                                Stance::Objects, Stance::NoPosition};
        int bar = -1, set = -1;
        for (int s = 0; s < 5 && bar < 0; ++s) {
            for (int i = 0; i < support.size() && bar < 0; ++i) {
                if (!support[i].states[std::size_t(order[s])].isEmpty()) {
                    bar = i;
                    set = s;
                }
            }
        }
        QVERIFY(bar >= 0);
        QStringList expected = support[bar].states[std::size_t(order[set])];
        expected.removeDuplicates();
        auto *series = qobject_cast<QStackedBarSeries *>(charts()->chart()->series().first());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 5);
        QSignalSpy spy(charts(), &ChartsView::statesSelected);
        Q_EMIT series->barSets().at(set)->clicked(bar); // what a click on that segment does
        QCOMPARE(spy.size(), 1);
        QStringList selected = m_bench->statesView()->selectedStates();
        selected.sort();
        expected.sort();
        QCOMPARE(selected, expected);
    }

    void savesPngAndSvg()
    {
        charts()->setKind(ChartsView::Kind::Dashboard);
        const QString png = m_dir.filePath(u"chart.png"_s);
        const QString svg = m_dir.filePath(u"chart.svg"_s);
        QString error;
        QVERIFY2(charts()->savePng(png, &error), qPrintable(error));
        QVERIFY2(charts()->saveSvg(svg, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), charts()->chartView()->size());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        QVERIFY(xml.contains("<svg"));
        QVERIFY(xml.contains("SAMPLE/CONSEQ/2026/ZD"));
        // A folder that does not exist: an error, no file.
        QVERIFY(!charts()->savePng(m_dir.filePath(u"missing/chart.png"_s), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
