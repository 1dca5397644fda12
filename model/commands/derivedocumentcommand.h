// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/workspacecommand.h"

#include "commands/documentsnapshot.h"
#include "core/document.h"

#include <QList>

#include <optional>

namespace Plenipo {

class Workspace;

// Derives a new document from another (Rev.1 from the zero draft): the new document follows the
// source (predecessor), and each of its clauses starts as a copy of a source clause that
// remembers where it came from (origin), with the same number and norm links. Later renumbering,
// insertions ("13 bis") and deletions keep that lineage.
class DeriveDocumentCommand : public WorkspaceCommand
{
public:
    // `document` gives symbol, title, kind, date (and process: the source's when 0).
    DeriveDocumentCommand(Workspace &workspace, qint64 sourceDocumentId, Document document,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 documentId() const { return m_document.id; }

private:
    qint64 m_sourceId;
    Document m_document;
    // Taken by undo(), put back by redo() with every id, so later commands still find their
    // clauses.
    std::optional<DocumentSnapshot> m_removed;
};

} // namespace Plenipo
