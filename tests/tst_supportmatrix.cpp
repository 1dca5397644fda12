// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The support matrix on the sample workspace: the model under QAbstractItemModelTester, the
// blocked clause and its blocker, row orders, member filters, in-place editing (undoable),
// what-if (temporary, then kept or discarded) and what the delegate paints.
#include "commands/setclausetextcommand.h"
#include "consensus/consensusengine.h"
#include "consensus/whatif.h"
#include "consensussession.h"
#include "sample/samplebuilder.h"
#include "stancedelegate.h"
#include "stancelegend.h"
#include "stancestyle.h"
#include "storage/workspace.h"
#include "supportmatrixmodel.h"
#include "supportmatrixview.h"
#include "testsupport.h"
#include "whatifbar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestSupportMatrix : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ConsensusSession> m_session;
    std::unique_ptr<SupportMatrixView> m_view;
    qint64 m_rev1 = 0;

    SupportMatrixModel *model() const { return m_view->model(); }
    qint64 clauseOf(const QString &symbol, const QString &number) const
    {
        const auto c = m_ws->clauseByNumber(m_ws->documentBySymbol(symbol)->id, number);
        return c ? c->id : 0;
    }
    QModelIndex cell(const QString &iso3, const QString &number) const
    {
        const int row = model()->rowOfState(m_ws->stateIndex(iso3));
        const int column = model()->columnOfClause(clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, number));
        return row < 0 || column < 0 ? QModelIndex() : model()->index(row, column);
    }
    quint32 cellFlags(const QString &iso3, const QString &number) const
    {
        return cell(iso3, number).data(SupportMatrixModel::CellRole).toUInt();
    }
    ConsensusStatus status(const QString &number) const
    {
        const int column = model()->columnOfClause(clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, number));
        return ConsensusStatus(
            model()->headerData(column, Qt::Horizontal, SupportMatrixModel::StatusRole).toInt());
    }
    int stanceOf(const QString &iso3, const QString &number) const
    {
        return cell(iso3, number).data(StanceDelegate::StanceRole).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ws = TestSupport::sampleWorkspace(m_dir.filePath(u"matrix.plenipo"_s));
        m_session = std::make_unique<ConsensusSession>();
        m_view = std::make_unique<SupportMatrixView>(m_session.get());
        new QAbstractItemModelTester(
            m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_view.get());
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
        m_ws->undoStack()->clear();
        QVERIFY(m_session->setMembersKey(u"process:LMC-CONSEQ"_s));
    }

    void columnsAreTheClausesInDocumentOrder()
    {
        const QList<Clause> clauses = m_ws->clauses(m_rev1);
        QCOMPARE(model()->columnCount(), clauses.size());
        for (int c = 0; c < clauses.size(); ++c) {
            QCOMPARE(model()->headerData(c, Qt::Horizontal).toString(), clauses.at(c).number);
            QCOMPARE(model()->clauseAt(c), clauses.at(c).id);
        }
    }

    void rowsAreTheProcessMembers()
    {
        // The document's process, LMC-CONSEQ: 27 states.
        QCOMPARE(model()->rowCount(), 27);
        const Process *p = m_ws->processByCode(u"LMC-CONSEQ"_s);
        for (int r = 0; r < model()->rowCount(); ++r)
            QVERIFY(p->members.contains(
                model()->headerData(r, Qt::Vertical, SupportMatrixModel::Iso3Role).toString()));
        QVERIFY(m_view->notice()->isVisible()); // illustrative positions
    }

    void clauseTwoIsBlockedByExactlyTheUnitedKingdom()
    {
        QCOMPARE(status(u"2"_s), ConsensusStatus::Blocked);
        const int column = model()->columnOfClause(clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"2"_s));
        QStringList blockers;
        for (int r = 0; r < model()->rowCount(); ++r) {
            const quint32 flags =
                model()->index(r, column).data(SupportMatrixModel::CellRole).toUInt();
            QVERIFY(flags & SupportMatrixModel::BlockedClause);
            if (flags & SupportMatrixModel::Blocker)
                blockers << model()->index(r, column).data(SupportMatrixModel::Iso3Role).toString();
        }
        QCOMPARE(blockers, QStringList{u"GBR"_s});
        QCOMPARE(stanceOf(u"GBR"_s, u"2"_s), int(Stance::Objects));
        // The blocking state's row header stands out, and the tooltips explain.
        const int row = model()->rowOfState(m_ws->stateIndex(u"GBR"_s));
        QVERIFY(model()->headerData(row, Qt::Vertical, Qt::FontRole).value<QFont>().bold());
        QVERIFY(model()
                    ->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(u"GBR"_s));
        const QString tip = cell(u"GBR"_s, u"2"_s).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"blocks this clause"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"Objects"_s, Qt::CaseInsensitive), qPrintable(tip));
        // The summary lists it among the blocked clauses.
        QVERIFY(m_view->summaryLabel()->text().contains(u"2 (GBR)"_s));
    }

    void alternativeObjectionsAreMarked()
    {
        // GBR objects to alternative g1.1 of clause 2; FRA supports it.
        QVERIFY(cellFlags(u"GBR"_s, u"2"_s) & SupportMatrixModel::AltObjection);
        QVERIFY(!(cellFlags(u"FRA"_s, u"2"_s) & SupportMatrixModel::AltObjection));
    }

    void rowOrders_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("group") << int(SupportMatrixModel::RowOrder::ByGroup);
        QTest::newRow("objections") << int(SupportMatrixModel::RowOrder::ByObjections);
        QTest::newRow("name") << int(SupportMatrixModel::RowOrder::ByName);
    }
    void rowOrders()
    {
        QFETCH(int, order);
        m_view->rowOrderBox()->setCurrentIndex(m_view->rowOrderBox()->findData(order));
        QCOMPARE(int(model()->rowOrder()), order);
        QCOMPARE(model()->rowCount(), 27);
        for (int r = 1; r < model()->rowCount(); ++r) {
            const int a = model()->stateAt(r - 1), b = model()->stateAt(r);
            const State *sa = m_ws->states().byIso3(m_ws->stateOrder().at(a));
            const State *sb = m_ws->states().byIso3(m_ws->stateOrder().at(b));
            switch (SupportMatrixModel::RowOrder(order)) {
            case SupportMatrixModel::RowOrder::ByGroup:
                QVERIFY(sa->regionalGroup <= sb->regionalGroup);
                // A line marks the first state of each group.
                QCOMPARE(bool(model()->index(r, 0).data(SupportMatrixModel::CellRole).toUInt() &
                              SupportMatrixModel::GroupStart),
                         sa->regionalGroup != sb->regionalGroup);
                break;
            case SupportMatrixModel::RowOrder::ByObjections:
                QVERIFY(model()->objections(a) >= model()->objections(b));
                break;
            case SupportMatrixModel::RowOrder::ByName:
                QVERIFY(QString::localeAwareCompare(sa->name, sb->name) <= 0);
                break;
            }
        }
        if (SupportMatrixModel::RowOrder(order) == SupportMatrixModel::RowOrder::ByObjections) {
            // The state with the most objections comes first, and objects to something.
            QVERIFY(model()->objections(model()->stateAt(0)) > 0);
        }
        m_view->rowOrderBox()->setCurrentIndex(0);
    }

    void filtersToTheMembersOfAGroup()
    {
        const int i = m_view->membersBox()->findData(u"group:EU"_s);
        QVERIFY(i >= 0);
        m_view->membersBox()->setCurrentIndex(i);
        Q_EMIT m_view->membersBox()->activated(i);
        QCOMPARE(m_session->membersKey(), u"group:EU"_s);
        QCOMPARE(model()->rowCount(), 27);
        QCOMPARE(model()->rowOfState(m_ws->stateIndex(u"GBR"_s)), -1);
        QVERIFY(model()->rowOfState(m_ws->stateIndex(u"FRA"_s)) >= 0);
        // Without the United Kingdom, nobody objects to clause 2 as a whole.
        QVERIFY(status(u"2"_s) != ConsensusStatus::Blocked);
    }

    void editingInPlaceIsUndoable()
    {
        const QModelIndex gbr = cell(u"GBR"_s, u"2"_s);
        QVERIFY(gbr.flags() & Qt::ItemIsEditable);
        QVERIFY(model()->setData(gbr, int(Stance::CanAccept)));
        QCOMPARE(m_ws->undoStack()->count(), 1);
        QCOMPARE(stanceOf(u"GBR"_s, u"2"_s), int(Stance::CanAccept));
        QCOMPARE(m_ws->stances().stance(clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"2"_s), {},
                                        m_ws->stateIndex(u"GBR"_s)),
                 Stance::CanAccept);
        QVERIFY(status(u"2"_s) != ConsensusStatus::Blocked);
        QVERIFY(!(cellFlags(u"GBR"_s, u"2"_s) & SupportMatrixModel::Blocker));
        m_ws->undoStack()->undo();
        QCOMPARE(stanceOf(u"GBR"_s, u"2"_s), int(Stance::Objects));
        QCOMPARE(status(u"2"_s), ConsensusStatus::Blocked);
        QVERIFY(cellFlags(u"GBR"_s, u"2"_s) & SupportMatrixModel::Blocker);
    }

    void editingThroughTheDelegate()
    {
        const QModelIndex gbr = cell(u"GBR"_s, u"2"_s);
        m_view->table()->setCurrentIndex(gbr);
        m_view->table()->edit(gbr);
        auto *combo = m_view->table()->findChild<QComboBox *>(u"stanceEditor"_s);
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toInt(), int(Stance::Objects));
        const int supports = combo->findData(int(Stance::Supports));
        combo->setCurrentIndex(supports);
        Q_EMIT combo->activated(supports);
        QCOMPARE(stanceOf(u"GBR"_s, u"2"_s), int(Stance::Supports));
        QCOMPARE(m_ws->undoStack()->count(), 1);
        m_ws->undoStack()->undo();
        QCOMPARE(stanceOf(u"GBR"_s, u"2"_s), int(Stance::Objects));
    }

    void whatIfChangesTheMatrixAtOnceAndDiscardRestores()
    {
        const qint64 clause2 = clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"2"_s);
        const int gbr = m_ws->stateIndex(u"GBR"_s);
        m_view->whatIfBar()->toggleButton()->click();
        QVERIFY(m_session->isWhatIfMode());
        QVERIFY(model()->setData(cell(u"GBR"_s, u"2"_s), int(Stance::Supports)));
        // The matrix shows it at once, marked temporary; nothing is saved or undoable.
        QCOMPARE(stanceOf(u"GBR"_s, u"2"_s), int(Stance::Supports));
        QVERIFY(cellFlags(u"GBR"_s, u"2"_s) & SupportMatrixModel::WhatIfStance);
        QVERIFY(status(u"2"_s) != ConsensusStatus::Blocked);
        QCOMPARE(m_ws->stances().stance(clause2, {}, gbr), Stance::Objects);
        QCOMPARE(m_ws->undoStack()->count(), 0);
        QVERIFY(m_view->whatIfBar()->label()->text().contains(u"1 temporary"_s));
        m_view->whatIfBar()->discardButton()->click();
        QVERIFY(!m_session->isWhatIfMode());
        QCOMPARE(stanceOf(u"GBR"_s, u"2"_s), int(Stance::Objects));
        QVERIFY(!(cellFlags(u"GBR"_s, u"2"_s) & SupportMatrixModel::WhatIfStance));
        QCOMPARE(status(u"2"_s), ConsensusStatus::Blocked);
    }

    void whatIfKeptBecomesOneUndoableStep()
    {
        const qint64 clause2 = clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"2"_s);
        const int gbr = m_ws->stateIndex(u"GBR"_s);
        m_session->setWhatIfMode(true);
        QVERIFY(model()->setData(cell(u"GBR"_s, u"2"_s), int(Stance::Reservation)));
        QVERIFY(model()->setData(cell(u"FRA"_s, u"1"_s), int(Stance::Objects)));
        QCOMPARE(status(u"1"_s), ConsensusStatus::Blocked);
        m_view->whatIfBar()->keepButton()->click();
        QVERIFY(!m_session->isWhatIfMode());
        QCOMPARE(m_ws->undoStack()->count(), 1);
        QCOMPARE(m_ws->stances().stance(clause2, {}, gbr), Stance::Reservation);
        QCOMPARE(stanceOf(u"GBR"_s, u"2"_s), int(Stance::Reservation));
        QVERIFY(!(cellFlags(u"GBR"_s, u"2"_s) & SupportMatrixModel::WhatIfStance));
        m_ws->undoStack()->undo();
        QCOMPARE(stanceOf(u"GBR"_s, u"2"_s), int(Stance::Objects));
        QVERIFY(status(u"1"_s) != ConsensusStatus::Blocked);
    }

    void delegatePaintsTheStanceColours()
    {
        // Each cell is scrolled into view before the viewport is grabbed: how many rows fit
        // depends on the fonts the machine has.
        auto colourAt = [&](const QString &iso3, const QString &number) {
            m_view->table()->scrollTo(cell(iso3, number));
            QCoreApplication::processEvents();
            const QImage image = m_view->table()->viewport()->grab().toImage();
            const QRect r = m_view->table()->visualRect(cell(iso3, number));
            return QColor(image.pixel(r.center()));
        };
        QCOMPARE(colourAt(u"GBR"_s, u"2"_s), StanceStyle::colour(Stance::Objects));
        QCOMPARE(colourAt(u"FRA"_s, u"1"_s), StanceStyle::colour(Stance::Supports));
        // Hungary has a reservation on clause 5 (measures).
        QCOMPARE(colourAt(u"HUN"_s, u"5"_s), StanceStyle::colour(Stance::Reservation));
    }

    void legendNamesEveryStanceAndMark()
    {
        const QStringList labels = m_view->legend()->labels();
        for (Stance s : allStances)
            QVERIFY2(labels.contains(StanceText::label(s)), qPrintable(StanceText::label(s)));
        QVERIFY(labels.contains(u"blocks the clause"_s));
        QVERIFY(labels.contains(u"outdated: text changed since given"_s));
        QVERIFY(labels.contains(u"orphaned position (not counted)"_s));
        for (ConsensusStatus s : allConsensusStatuses)
            QVERIFY(labels.contains(ConsensusStatusText::label(s)));
    }

    // Issue 10: outdated and orphaned positions are marked in their cells (and painted).
    void outdatedAndOrphanedAreMarked()
    {
        const qint64 clause = clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"7"_s);
        QString text = m_ws->clause(clause)->text;
        const qsizetype from = text.indexOf(u"[, including the general availability"_s);
        const qsizetype to = text.indexOf(u"{NLD, CZE}"_s, from) + 10;
        QVERIFY(from > 0 && to > from);
        text.remove(from, to - from);
        QVERIFY(!(cellFlags(u"NLD"_s, u"7"_s) & SupportMatrixModel::Orphaned));
        m_ws->undoStack()->push(new SetClauseTextCommand(*m_ws, clause, text, u"test"_s));
        // The Netherlands supported the public-core bracket: orphaned now.
        QVERIFY(cellFlags(u"NLD"_s, u"7"_s) & SupportMatrixModel::Orphaned);
        QVERIFY(cell(u"NLD"_s, u"7"_s)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Orphaned position"_s));
        // The whole-clause positions were given on the earlier text: outdated.
        bool anyOutdated = false;
        for (const Position &p : m_ws->positions(clause)) {
            if (p.alternative.isEmpty() && cell(p.state, u"7"_s).isValid()) {
                QVERIFY(cellFlags(p.state, u"7"_s) & SupportMatrixModel::Outdated);
                anyOutdated = true;
            }
        }
        QVERIFY(anyOutdated);
        m_ws->undoStack()->undo();
        QVERIFY(!(cellFlags(u"NLD"_s, u"7"_s) & SupportMatrixModel::Orphaned));
        QVERIFY(!(cellFlags(u"NLD"_s, u"7"_s) & SupportMatrixModel::Outdated));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_session.reset();
        m_ws.reset();
    }
};

QTEST_MAIN(TestSupportMatrix)
#include "tst_supportmatrix.moc"
