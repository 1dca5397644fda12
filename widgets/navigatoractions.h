// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QMenu;
class QModelIndex;
class QUndoCommand;
class QWidget;

namespace Plenipo {

class Workspace;

// The navigator's context menu: what can be done with the document, clause or norm under the
// cursor. The edits (derive a revision, insert, renumber, link to norms, delete) ask what they
// need in a dialog and run as undoable commands through CommandGuard; comparisons and research
// are requested from the workbench that shows them.
class NavigatorActions : public QObject
{
    Q_OBJECT

public:
    // `dialogParent` parents the dialogs and error messages.
    explicit NavigatorActions(QWidget *dialogParent);

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    // Fills `menu` for the navigator item `index` (nothing for no item or no workspace). The
    // edits are disabled on a read-only workspace.
    void populate(QMenu &menu, const QModelIndex &index);

    // The edits, each on its item's id (public for tests).
    void deriveRevision(qint64 documentId);
    void insertClauseAfter(qint64 clauseId);
    void renumber(qint64 clauseId);
    void linkNorms(qint64 clauseId);
    void deleteClause(qint64 clauseId);

Q_SIGNALS:
    // References as the comparison view takes them ("SYMBOL", "SYMBOL#NUMBER", a norm code).
    void comparisonRequested(const QString &oldReference, const QString &newReference);
    void traceClauseRequested(qint64 clauseId);
    void traceNormRequested(qint64 normId);
    void likelyStancesRequested(qint64 clauseId);

private:
    void push(QUndoCommand *command);

    QWidget *m_dialogParent;
    Workspace *m_workspace = nullptr;
};

} // namespace Plenipo
