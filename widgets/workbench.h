// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace Plenipo {

class ChartsView;
class ClauseView;
class ComparisonView;
class ResearchWindow;
class NavigatorActions;
class NavigatorModel;
class StatesView;
// positions, consensus, coalitions (issue 4)
class CoalitionView;
class ConsensusSession;
class PositionPanel;
class SupportMatrixView;
class Workspace;

// The workbench's central area: the navigator (processes > documents > clauses, norms
// catalogue), the clause view, and the states list, with the illustrative-data notice when the
// workspace is the sample. The main window adds menus and the status bar around it.
class Workbench : public QWidget
{
    Q_OBJECT

public:
    explicit Workbench(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }

    // Selects a clause in the navigator (and so shows it).
    bool selectClause(qint64 clauseId);
    // The next (step 1) or previous (step -1) clause of the document shown (Alt+Down, Alt+Up);
    // from a document, its first or last clause. False at either end.
    bool selectAdjacentClause(int step);

    QTreeView *navigator() const { return m_navigator; }
    NavigatorModel *navigatorModel() const { return m_navigatorModel; }
    ClauseView *clauseView() const { return m_clauseView; }
    StatesView *statesView() const { return m_statesView; }
    QLabel *notice() const { return m_notice; }
    // The banner of a server workspace (who you are, where, what you may do); empty hides it.
    void setConnectionNotice(const QString &html);
    QLabel *connectionNotice() const { return m_connectionNotice; }
    QSplitter *splitter() const { return m_splitter; }
    // positions, consensus, coalitions (issue 4): the centre's tabs (clause, positions, support
    // matrix, coalition) and the state they share.
    QTabWidget *centreTabs() const { return m_centreTabs; }
    ConsensusSession *consensusSession() const { return m_session; }
    PositionPanel *positionPanel() const { return m_positionPanel; }
    SupportMatrixView *supportMatrix() const { return m_supportMatrix; }
    CoalitionView *coalitionView() const { return m_coalitionView; }
    ChartsView *chartsView() const { return m_charts; }

    // Opens (or raises) the comparison window on two references; empty references show an empty
    // comparison to fill in.
    ComparisonView *showComparison(const QString &oldReference = {},
                                   const QString &newReference = {});
    ComparisonView *comparisonView() const { return m_comparison; }
    // Opens (or raises) Tools > Research on the workspace, its likely stances on `clauseId`
    // (0: the clause shown) (issue 15).
    ResearchWindow *showResearch(qint64 clauseId = 0);
    ResearchWindow *researchWindow() const;
    // The navigator's context menu for `index` (public for tests): edits of documents and
    // clauses, comparisons, and for a norm or a clause the trace through later texts and the
    // likely stances of the silent members.
    void populateNavigatorMenu(QMenu &menu, const QModelIndex &index);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A clause is shown (the main window remembers it for the next start).
    void clauseShown(qint64 clauseId);

private:
    void currentChanged(const QModelIndex &index);
    void navigatorMenu(const QPoint &pos);
    QString processSummary(qint64 id) const;
    QString documentSummary(qint64 id) const;
    QString normSummary(qint64 id) const;

    Workspace *m_workspace = nullptr;
    QLabel *m_notice;
    QLabel *m_connectionNotice;
    QSplitter *m_splitter;
    QTreeView *m_navigator;
    NavigatorModel *m_navigatorModel;
    NavigatorActions *m_navigatorActions;
    ClauseView *m_clauseView;
    StatesView *m_statesView;
    // positions, consensus, coalitions (issue 4)
    QTabWidget *m_centreTabs = nullptr;
    ConsensusSession *m_session = nullptr;
    PositionPanel *m_positionPanel = nullptr;
    SupportMatrixView *m_supportMatrix = nullptr;
    CoalitionView *m_coalitionView = nullptr;
    ChartsView *m_charts = nullptr;
    ComparisonView *m_comparison = nullptr;
    QPointer<ResearchWindow> m_research;
};

} // namespace Plenipo
