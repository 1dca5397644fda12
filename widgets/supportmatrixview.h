// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Plenipo {

class ConsensusSession;
class StanceLegend;
class SupportMatrixModel;
class WhatIfBar;

// The support matrix of the session's document: states x clauses as a heat map with the
// document's consensus summary, the choice of members and row order, the what-if controls and
// a legend. Double-click a cell (or press F2) to change a stance; selecting a cell reports its
// clause (clauseActivated) so the workbench can show it.
class SupportMatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit SupportMatrixView(ConsensusSession *session, QWidget *parent = nullptr);
    // A moderate default: the workbench's splitter shares the width by these hints.
    QSize sizeHint() const override { return QSize(520, 480); }

    SupportMatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *membersBox() const { return m_members; }
    QComboBox *rowOrderBox() const { return m_order; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *notice() const { return m_notice; }
    StanceLegend *legend() const { return m_legend; }
    WhatIfBar *whatIfBar() const { return m_whatIf; }

    // Scrolls to the clause's column and makes it current.
    void showClause(qint64 clauseId);

Q_SIGNALS:
    void clauseActivated(qint64 clauseId);

private:
    void refillMembers();
    void updateSummary();
    void updateSectionSizes();

    ConsensusSession *m_session;
    SupportMatrixModel *m_model;
    QLabel *m_title;
    QLabel *m_notice;
    QLabel *m_summary;
    QComboBox *m_members;
    QComboBox *m_order;
    WhatIfBar *m_whatIf;
    QTableView *m_table;
    StanceLegend *m_legend;
};

} // namespace Plenipo
