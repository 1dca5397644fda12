// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QMessageBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeWidget;

namespace Plenipo {

class ClauseEditor;
class FindBar;
class Workspace;

// Shows and edits the selected clause: its document and number, the norms it derives from and
// the clause it descends from, its text in the markup editor (highlighting, bracket matching,
// problems underlined, live statistics), and its revision history. "Save revision" records the
// edited text as a new revision through the workspace's undo stack. Selecting an earlier revision
// shows its text; two selected revisions can be compared. For a process, document or norm the
// view shows a summary instead.
class ClauseView : public QWidget
{
    Q_OBJECT

public:
    explicit ClauseView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // Shows a clause; offers to save unsaved edits of the previous one first.
    void showClause(qint64 clauseId);
    void showSummary(const QString &title, const QString &html);
    qint64 clause() const { return m_clauseId; }

    QString headerText() const;
    QString displayedText() const;
    bool isModified() const;
    // Saves the editor's text as a new revision (no-op when unchanged). Returns false on error.
    bool saveRevision(const QString &note);
    // What the Save revision button, Ctrl+S and Ctrl+Return do: saves with the note typed in
    // the note field, then clears it. False when nothing was saved.
    bool saveEditedRevision();
    // Before the clause shown goes away (another clause, another workspace, quitting): with
    // unsaved text, asks whether to save it, discard it or stay. False when the user stays.
    bool confirmLeave();
    // The question confirmLeave() asks (Save, Discard, Cancel), not yet shown; the caller owns
    // it (the screen tour photographs it).
    QMessageBox *unsavedPrompt(QWidget *parent);

    ClauseEditor *editor() const { return m_editor; }
    QTreeWidget *history() const { return m_history; }
    FindBar *findBar() const { return m_findBar; }
    QLabel *statisticsLabel() const { return m_stats; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // References as Comparison::resolve understands them ("SYMBOL#NUMBER@N", norm codes).
    void compareRequested(const QString &oldReference, const QString &newReference);
    // The editor's text became different from (or equal to) the saved revision.
    void modifiedChanged(bool modified);

private:
    void refresh();
    void showRevision(int row);
    void updateButtons();
    void compareSelectedRevisions();
    QString reference(int revision = 0) const;

    Workspace *m_workspace = nullptr;
    qint64 m_clauseId = 0;
    QLabel *m_header;
    QLabel *m_revisionLabel;
    QStackedWidget *m_stack;
    QTextBrowser *m_summary;
    ClauseEditor *m_editor;
    QLabel *m_stats;
    QLineEdit *m_note;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_compareNorm;
    QPushButton *m_compareOrigin;
    QPushButton *m_compareRevisions;
    QTreeWidget *m_history;
    QWidget *m_editBox;
    QWidget *m_historyBox;
    FindBar *m_findBar;
    QString m_savedText;
    bool m_wasModified = false;
};

} // namespace Plenipo
