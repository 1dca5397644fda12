// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/clause.h"
#include "core/document.h"
#include "core/position.h"
#include "core/process.h"
#include "core/stategroup.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace Plenipo {

class Workspace;

// An import that created a document (Akoma Ntoso, a Word or text draft) as one undoable step.
// Undo removes the document with its clauses, positions and adherents, and the process or
// coalition group the file brought with it; redo puts them back with the same ids, so the
// commands pushed after the import still find their clauses.
class ImportDocumentCommand : public QUndoCommand
{
public:
    // Runs `write` (an importer's apply(), which writes one new document in one batch) and
    // returns the command to push; its first redo() does nothing, the import being done.
    // Throws what `write` throws, the workspace then being unchanged.
    static std::unique_ptr<ImportDocumentCommand>
    run(Workspace &workspace, const std::function<void()> &write, const QString &text);

    void redo() override;
    void undo() override;

    qint64 documentId() const { return m_document.id; }

private:
    explicit ImportDocumentCommand(Workspace &workspace);

    Workspace &m_workspace;
    bool m_done = true; // the import itself was the first redo
    Document m_document;
    QList<Clause> m_clauses;
    QStringList m_revisionNotes; // of each clause's first (and only) revision
    QList<Position> m_positions;
    QStringList m_adherents;
    QList<Process> m_processes;
    QList<StateGroup> m_groups;
};

} // namespace Plenipo
