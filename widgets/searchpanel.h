// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/searchhit.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace Plenipo {

class Workspace;

// Find in Workspace (issue 12): a query field, the scope (the whole workspace, a process or a
// document), the kind of thing to find, "Earlier revisions", and the results as you type,
// grouped by kind ("Clauses (12)"), each with where it is and the matched words highlighted in
// context. Enter (or a double click) on a result, or Enter in the query field for the first
// one, emits openRequested(); the window around decides how to open it (select the clause,
// show the positions, the document, the state). Self-contained: the main window only puts it
// in a dock and connects openRequested.
//
// Internal positions' notes are searched: the workbench shows them to its user.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // Sets the query (from the toolbar's search field) and searches at once.
    void setQueryText(const QString &text);
    // Gives the focus to the query field, its text selected.
    void focusQuery();
    // Runs the search now (typing runs it after a short pause).
    void search();

    QLineEdit *queryEdit() const { return m_query; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *kindCombo() const { return m_kind; }
    QCheckBox *revisionsCheck() const { return m_revisions; }
    QTreeView *resultView() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    // The hits shown, in display order.
    const QList<SearchHit> &hits() const { return m_hits; }

    // The role of a result row holding its index into hits() (-1 for a kind's heading).
    static constexpr int HitRole = Qt::UserRole + 1;
    // The role holding the context as HTML, the matches in bold.
    static constexpr int ContextHtmlRole = Qt::UserRole + 2;

Q_SIGNALS:
    void openRequested(const Plenipo::SearchHit &hit);

protected:
    // Down in the query field moves to the first result; Up on the first result goes back.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refillScopes();
    void openIndex(const QModelIndex &index);
    void scheduleSearch();

    QPointer<Workspace> m_workspace;
    QLineEdit *m_query;
    QComboBox *m_scope;
    QComboBox *m_kind;
    QCheckBox *m_revisions;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QLabel *m_status;
    QTimer *m_timer;
    QList<SearchHit> m_hits;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Plenipo
