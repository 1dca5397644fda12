// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/workspacecommand.h"

#include "commands/documentsnapshot.h"
#include "core/process.h"
#include "core/stategroup.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Plenipo {

class Workspace;

// An import that created a document (Akoma Ntoso, a Word or text draft), or several (the parts of
// a resolution adopted in parts, the files of a bulk import), as one undoable step.
// Undo removes the document with its clauses, positions and adherents, and the process or
// coalition group the file brought with it; redo puts them back with the same ids, so the
// commands pushed after the import still find their clauses.
class ImportDocumentCommand : public WorkspaceCommand
{
public:
    // Runs `write` (an importer's apply(), which writes one new document in one batch) and
    // returns the command to push; its first redo() does nothing, the import being done.
    // Throws what `write` throws, the workspace then being unchanged.
    // `write` may also remove documents (an import that replaces them) and the groups they
    // brought: each is read just before it goes (Workspace::documentAboutToBeRemoved) and kept
    // here, and undo puts them back with their ids, clauses, positions and vote.
    static std::unique_ptr<ImportDocumentCommand>
    run(Workspace &workspace, const std::function<void()> &write, const QString &text);

    void redo() override;
    void undo() override;

    // The first document the import wrote.
    qint64 documentId() const
    {
        return m_documents.isEmpty() ? 0 : m_documents.first().documentId();
    }
    qsizetype documentCount() const { return m_documents.size(); }

private:
    explicit ImportDocumentCommand(Workspace &workspace);

    bool m_done = true; // the import itself was the first redo
    QList<DocumentSnapshot> m_documents;
    QList<Process> m_processes;
    QList<StateGroup> m_groups;
    QList<DocumentSnapshot> m_replaced; // documents the import removed to write them again
    QList<StateGroup> m_replacedGroups; // and the sponsor groups they had brought
};

} // namespace Plenipo
