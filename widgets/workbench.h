#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QTreeView;

namespace Plenipo {

class ClauseView;
class NavigatorModel;
class StatesView;
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

    QTreeView *navigator() const { return m_navigator; }
    NavigatorModel *navigatorModel() const { return m_navigatorModel; }
    ClauseView *clauseView() const { return m_clauseView; }
    StatesView *statesView() const { return m_statesView; }
    QLabel *notice() const { return m_notice; }
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void currentChanged(const QModelIndex &index);
    QString processSummary(qint64 id) const;
    QString documentSummary(qint64 id) const;
    QString normSummary(qint64 id) const;

    Workspace *m_workspace = nullptr;
    QLabel *m_notice;
    QSplitter *m_splitter;
    QTreeView *m_navigator;
    NavigatorModel *m_navigatorModel;
    ClauseView *m_clauseView;
    StatesView *m_statesView;
};

} // namespace Plenipo
