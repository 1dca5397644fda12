#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTreeWidget;
class QStackedWidget;

namespace Plenipo {

class Workspace;

// Shows the selected clause: its document and number, the norms it derives from, its text, and
// its revision history (selecting a revision shows that revision's text). For a process,
// document or norm it shows a summary instead.
class ClauseView : public QWidget
{
    Q_OBJECT

public:
    explicit ClauseView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void showClause(qint64 clauseId);
    void showSummary(const QString &title, const QString &html);
    qint64 clause() const { return m_clauseId; }

    QString headerText() const;
    QString displayedText() const;
    QTreeWidget *history() const { return m_history; }

private:
    void refresh();
    void showRevision(int row);

    Workspace *m_workspace = nullptr;
    qint64 m_clauseId = 0;
    QLabel *m_header;
    QLabel *m_revisionLabel;
    QTextBrowser *m_text;
    QTreeWidget *m_history;
    QWidget *m_historyBox;
};

} // namespace Plenipo
