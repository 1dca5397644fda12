// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Plenipo {

class StateFilterProxyModel;
class StateTableModel;
class Workspace;

// The states list: filter by group or process membership and by name, with each state's stance
// on the selected clause.
class StatesView : public QWidget
{
    Q_OBJECT

public:
    explicit StatesView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setClause(qint64 clauseId);

    // Selects the filter whose key is "group:CODE", "process:CODE" or "all".
    bool setFilter(const QString &key);
    QString filterKey() const;
    void setSearchText(const QString &text);
    // Rows currently shown.
    int visibleCount() const;
    // Selects these states (ISO3), showing every state first when some are filtered out.
    void selectStates(const QStringList &iso3);
    // ISO3 codes of the selected rows, in view order.
    QStringList selectedStates() const;

    QTableView *table() const { return m_table; }
    QComboBox *filterBox() const { return m_filter; }

private:
    void refillFilters();
    void applyFilter();

    Workspace *m_workspace = nullptr;
    StateTableModel *m_model;
    StateFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace Plenipo
