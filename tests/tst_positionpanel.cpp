// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The position panel on the sample workspace: the tree model under QAbstractItemModelTester,
// grouping, the members filter, editing in place, bulk entry (group rows, selections),
// internal and possibly outdated marks with Confirm, and the details form.
#include "commands/setclausetextcommand.h"
#include "consensussession.h"
#include "positionpanel.h"
#include "positiontreemodel.h"
#include "sample/samplebuilder.h"
#include "stancedelegate.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestPositionPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ConsensusSession> m_session;
    std::unique_ptr<PositionPanel> m_panel;
    qint64 m_clause2 = 0;

    PositionTreeModel *model() const { return m_panel->model(); }
    qint64 clauseOf(const QString &symbol, const QString &number) const
    {
        const auto c = m_ws->clauseByNumber(m_ws->documentBySymbol(symbol)->id, number);
        return c ? c->id : 0;
    }
    QModelIndex row(const QString &iso3, int column = 0) const
    {
        return model()->indexOfState(iso3).siblingAtColumn(column);
    }
    int shownStance(const QString &iso3) const
    {
        return row(iso3, PositionTreeModel::StanceColumn).data(StanceDelegate::StanceRole).toInt();
    }
    QModelIndex groupRow(const QString &code) const
    {
        for (int r = 0; r < model()->rowCount(); ++r) {
            const QModelIndex i = model()->index(r, 0);
            if (i.data(PositionTreeModel::GroupCodeRole).toString() == code)
                return i;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ws = TestSupport::sampleWorkspace(m_dir.filePath(u"panel.plenipo"_s));
        m_session = std::make_unique<ConsensusSession>();
        m_panel = std::make_unique<PositionPanel>(m_session.get());
        new QAbstractItemModelTester(m_panel->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_panel.get());
        m_session->setWorkspace(m_ws.get());
        m_clause2 = clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"2"_s);
        m_session->setDocument(m_ws->clause(m_clause2)->documentId);
        m_panel->setClause(m_clause2);
        m_panel->resize(1000, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void init()
    {
        m_session->discardWhatIf();
        m_ws->undoStack()->clear();
        QVERIFY(m_session->setMembersKey(u"process:LMC-CONSEQ"_s));
        m_panel->groupingBox()->setCurrentIndex(0);
        QVERIFY(m_panel->setAlternative(QString()));
        m_panel->tree()->clearSelection();
    }

    void showsTheMembersGroupedByRegion()
    {
        QCOMPARE(model()->stateCount(), 27);
        QCOMPARE(m_panel->membersBox()->currentData().toString(), u"process:LMC-CONSEQ"_s);
        QVERIFY(m_panel->notice()->isVisible());
        // Every state row sits under its UN regional group.
        int states = 0;
        for (int g = 0; g < model()->rowCount(); ++g) {
            const QModelIndex group = model()->index(g, 0);
            for (int r = 0; r < model()->rowCount(group); ++r) {
                const QString iso =
                    model()->index(r, 0, group).data(PositionTreeModel::Iso3Role).toString();
                QCOMPARE(m_ws->states().byIso3(iso)->regionalGroup,
                         group.data(PositionTreeModel::GroupCodeRole).toString());
                ++states;
            }
        }
        QCOMPARE(states, 27);
    }

    void statusNamesTheBlocker()
    {
        const QString status = m_panel->statusLabel()->text();
        QVERIFY2(status.contains(u"Blocked"_s), qPrintable(status));
        QVERIFY2(status.contains(u"GBR"_s), qPrintable(status));
        QCOMPARE(shownStance(u"GBR"_s), int(Stance::Objects));
    }

    void politicalGroupingListsStatesInNoGroupLast()
    {
        m_panel->groupingBox()->setCurrentIndex(1);
        QCOMPARE(model()->grouping(), PositionTreeModel::Grouping::Political);
        QVERIFY(groupRow(u"EU"_s).isValid());
        const QModelIndex last = model()->index(model()->rowCount() - 1, 0);
        QVERIFY(last.data(PositionTreeModel::GroupCodeRole).toString().isEmpty());
    }

    void filtersToAnotherProcess()
    {
        const int i = m_panel->membersBox()->findData(u"process:GGE-2014-15"_s);
        QVERIFY(i >= 0);
        m_panel->membersBox()->setCurrentIndex(i);
        Q_EMIT m_panel->membersBox()->activated(i);
        QCOMPARE(model()->stateCount(), 20);
    }

    void editingOneStateIsUndoable()
    {
        QVERIFY(model()->setData(row(u"GBR"_s, PositionTreeModel::StanceColumn),
                                 int(Stance::Supports)));
        QCOMPARE(shownStance(u"GBR"_s), int(Stance::Supports));
        QCOMPARE(m_ws->undoStack()->count(), 1);
        QVERIFY(!m_panel->statusLabel()->text().contains(u"Blocked"_s));
        m_ws->undoStack()->undo();
        QCOMPARE(shownStance(u"GBR"_s), int(Stance::Objects));
        QVERIFY(m_panel->statusLabel()->text().contains(u"Blocked"_s));
    }

    void bulkEntryOnAGroupRowThenAdjustOneState()
    {
        m_panel->groupingBox()->setCurrentIndex(1);
        const QModelIndex eu = groupRow(u"EU"_s).siblingAtColumn(PositionTreeModel::StanceColumn);
        QVERIFY(eu.flags() & Qt::ItemIsEditable);
        QVERIFY(model()->setData(eu, int(Stance::Reservation)));
        QCOMPARE(m_ws->undoStack()->count(), 1); // one step for the whole group
        const StateGroup *g = m_ws->group(u"EU"_s);
        int changed = 0;
        for (const QString &iso : g->members) {
            if (model()->indexOfState(iso).isValid()) {
                QCOMPARE(shownStance(iso), int(Stance::Reservation));
                ++changed;
            }
        }
        QVERIFY(changed > 10);
        QVERIFY(groupRow(u"EU"_s)
                    .siblingAtColumn(PositionTreeModel::SourceColumn)
                    .data()
                    .toString()
                    .contains(StanceText::label(Stance::Reservation)));
        // Then one state differs.
        QVERIFY(model()->setData(row(u"FRA"_s, PositionTreeModel::StanceColumn),
                                 int(Stance::Supports)));
        QCOMPARE(shownStance(u"FRA"_s), int(Stance::Supports));
        QCOMPARE(shownStance(u"DEU"_s), int(Stance::Reservation));
        m_ws->undoStack()->undo();
        m_ws->undoStack()->undo();
        QCOMPARE(shownStance(u"DEU"_s),
                 int(m_ws->stances().stance(m_clause2, {}, m_ws->stateIndex(u"DEU"_s))));
        QCOMPARE(shownStance(u"DEU"_s), int(Stance::Supports)); // JS2019 supports clause 2
    }

    void bulkEntryOnASelection()
    {
        QItemSelectionModel *sel = m_panel->tree()->selectionModel();
        sel->select(row(u"NLD"_s), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        sel->select(row(u"JPN"_s), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_panel->applyToSelection(int(Stance::CanAccept));
        QCOMPARE(m_ws->undoStack()->count(), 1);
        QCOMPARE(shownStance(u"NLD"_s), int(Stance::CanAccept));
        QCOMPARE(shownStance(u"JPN"_s), int(Stance::CanAccept));
        m_ws->undoStack()->undo();
        QCOMPARE(shownStance(u"NLD"_s), int(Stance::Supports));
    }

    void positionsOnAnAlternativeShowTheInternalMark()
    {
        // Australia's reservation on g1.1 of clause 2 is internal.
        QVERIFY(m_panel->setAlternative(u"g1.1"_s));
        QCOMPARE(model()->alternative(), u"g1.1"_s);
        QCOMPARE(shownStance(u"AUS"_s), int(Stance::Reservation));
        QVERIFY(row(u"AUS"_s, PositionTreeModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains(u"internal"_s));
        QVERIFY(!row(u"FRA"_s, PositionTreeModel::FlagsColumn)
                     .data()
                     .toString()
                     .contains(u"internal"_s));
        QVERIFY(m_panel->statusLabel()->text().contains(u"g1.1"_s));
    }

    void revisedTextMarksPositionsOutdatedUntilConfirmed()
    {
        QVERIFY(!m_panel->confirmButton()->isEnabled());
        const QString text = m_ws->clause(m_clause2)->text;
        m_ws->undoStack()->push(
            new SetClauseTextCommand(*m_ws, m_clause2, text + u" Amended."_s, u"test"_s));
        QVERIFY(row(u"GBR"_s, PositionTreeModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains(u"outdated: text changed since given"_s));
        QVERIFY(m_panel->confirmButton()->isEnabled());
        // Confirm the United Kingdom only, then everyone.
        m_panel->tree()->selectionModel()->select(
            row(u"GBR"_s), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_panel->confirmOutdated();
        QVERIFY(!row(u"GBR"_s, PositionTreeModel::FlagsColumn)
                     .data()
                     .toString()
                     .contains(u"outdated"_s));
        QVERIFY(row(u"FRA"_s, PositionTreeModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains(u"outdated"_s));
        m_panel->tree()->clearSelection();
        m_panel->confirmButton()->click();
        QVERIFY(!row(u"FRA"_s, PositionTreeModel::FlagsColumn)
                     .data()
                     .toString()
                     .contains(u"outdated"_s));
        QVERIFY(!m_panel->confirmButton()->isEnabled());
        // The stances did not change.
        QCOMPARE(shownStance(u"GBR"_s), int(Stance::Objects));
        m_ws->undoStack()->undo();
        m_ws->undoStack()->undo();
        m_ws->undoStack()->undo();
        QCOMPARE(m_ws->clause(m_clause2)->text, text);
    }

    void detailsAreSavedUndoably()
    {
        m_panel->tree()->setCurrentIndex(row(u"GBR"_s));
        auto *noteEdit = m_panel->findChild<QLineEdit *>(u"positionNote"_s);
        QVERIFY(noteEdit);
        const QString original = m_ws->position(m_clause2, u"GBR"_s)->note;
        QCOMPARE(noteEdit->text(), original);
        noteEdit->setText(u"Said so in the plenary"_s);
        m_panel->findChild<QPushButton *>(u"saveDetails"_s)->click();
        QCOMPARE(m_ws->undoStack()->count(), 1);
        QCOMPARE(m_ws->position(m_clause2, u"GBR"_s)->note, u"Said so in the plenary"_s);
        QCOMPARE(m_ws->position(m_clause2, u"GBR"_s)->stance, Stance::Objects);
        QCOMPARE(row(u"GBR"_s, PositionTreeModel::NoteColumn).data().toString(),
                 u"Said so in the plenary"_s);
        // Looked at: the panel with the details of the selected position.
        QVERIFY(m_panel->grab().save(QStringLiteral(PLENIPO_BUILD_DIR) + u"/positionpanel.png"_s));
        m_ws->undoStack()->undo();
        QCOMPARE(m_ws->position(m_clause2, u"GBR"_s)->note, original);
        QCOMPARE(noteEdit->text(), original);
    }

    void whatIfEditsAreTemporary()
    {
        m_session->setWhatIfMode(true);
        QVERIFY(model()->setData(row(u"GBR"_s, PositionTreeModel::StanceColumn),
                                 int(Stance::Supports)));
        QCOMPARE(shownStance(u"GBR"_s), int(Stance::Supports));
        QVERIFY(row(u"GBR"_s, PositionTreeModel::StanceColumn)
                    .data(StanceDelegate::WhatIfRole)
                    .toBool());
        QCOMPARE(m_ws->undoStack()->count(), 0);
        QCOMPARE(m_ws->stances().stance(m_clause2, {}, m_ws->stateIndex(u"GBR"_s)),
                 Stance::Objects);
        m_session->discardWhatIf();
        QCOMPARE(shownStance(u"GBR"_s), int(Stance::Objects));
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_session.reset();
        m_ws.reset();
    }

    // Issue 10: a bracket deleted with its words leaves orphaned positions, listed under the
    // table with Re-attach and Discard (undoable), and marked in the Flags column.
    void orphanedPositionsCanBeReattachedOrDiscarded()
    {
        const qint64 clause = clauseOf(u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"7"_s);
        m_panel->setClause(clause);
        QVERIFY(!m_panel->detachedList()->isVisibleTo(m_panel.get()));
        QString text = m_ws->clause(clause)->text;
        const qsizetype from = text.indexOf(u"[, including the general availability"_s);
        const qsizetype to = text.indexOf(u"{NLD, CZE}"_s, from) + 10;
        QVERIFY(from > 0 && to > from);
        text.remove(from, to - from);
        const int before = int(m_ws->positions(clause).size());
        m_ws->undoStack()->push(new SetClauseTextCommand(*m_ws, clause, text, u"test"_s));
        const int orphans = m_panel->detachedList()->topLevelItemCount();
        QVERIFY(orphans >= 8);
        QCOMPARE(int(m_ws->positions(clause).size()) + orphans, before);
        QVERIFY(m_panel->detachedList()->isVisibleTo(m_panel.get()));
        QVERIFY(!m_panel->reattachButton()->isEnabled());
        const QString iso = m_ws->detachedPositions(clause).first().position.state;
        if (model()->indexOfState(iso).isValid())
            QVERIFY(row(iso, PositionTreeModel::FlagsColumn)
                        .data()
                        .toString()
                        .contains(u"orphaned position"_s));

        // Re-attach the first one to the whole clause, then undo.
        m_panel->detachedList()->setCurrentItem(m_panel->detachedList()->topLevelItem(0));
        QVERIFY(m_panel->reattachButton()->isEnabled());
        m_panel->reattachTarget()->setCurrentIndex(m_panel->reattachTarget()->findData(QString()));
        const auto previous = m_ws->position(clause, iso);
        QTest::mouseClick(m_panel->reattachButton(), Qt::LeftButton);
        QCOMPARE(m_panel->detachedList()->topLevelItemCount(), orphans - 1);
        QVERIFY(m_ws->position(clause, iso).has_value());
        m_ws->undoStack()->undo();
        QCOMPARE(m_panel->detachedList()->topLevelItemCount(), orphans);
        QCOMPARE(m_ws->position(clause, iso).has_value(), previous.has_value());

        // Discard all of them, then undo.
        m_panel->detachedList()->selectAll();
        QTest::mouseClick(m_panel->discardButton(), Qt::LeftButton);
        QCOMPARE(m_panel->detachedList()->topLevelItemCount(), 0);
        QVERIFY(!m_panel->detachedList()->isVisibleTo(m_panel.get()));
        m_ws->undoStack()->undo();
        QCOMPARE(m_panel->detachedList()->topLevelItemCount(), orphans);
        m_ws->undoStack()->undo(); // the revision
        QCOMPARE(int(m_ws->positions(clause).size()), before);
        QCOMPARE(m_panel->detachedList()->topLevelItemCount(), 0);
        m_panel->setClause(m_clause2);
    }
};

QTEST_MAIN(TestPositionPanel)
#include "tst_positionpanel.moc"
