// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/workspacecommand.h"

#include "commands/documentsnapshot.h"
#include "core/document.h"

#include <QStringList>

#include <optional>

namespace Plenipo {

class CoalitionAnalysis;
class Workspace;

// Derives a coalition document from a CoalitionAnalysis, as one undoable step: a new document
// (kind joint statement unless set otherwise; predecessor: the analysed document unless set)
// holding the clauses the coalition accepts, in order, each with its resolved text (stored as
// plain markup, escaped) and its lineage (origin: the source clause; the norms it derives
// from), and the coalition's members as its adherents (Workspace::adherents, read by the
// exporters). Only text is copied: no positions, notes or internal material. Undo removes the
// document.
class DeriveCoalitionDocumentCommand : public WorkspaceCommand
{
public:
    // `document` gives at least the symbol and title. Throws Error when no clause is accepted.
    DeriveCoalitionDocumentCommand(Workspace &workspace, const CoalitionAnalysis &analysis,
                                   Document document, QUndoCommand *parent = nullptr);

    // The new document's id after redo() (0 before the first; after undo() the id it had).
    qint64 documentId() const { return m_documentId; }

    void redo() override;
    void undo() override;

private:
    struct NewClause
    {
        qint64 originId = 0;
        QString number;
        QString text;
    };
    Document m_document;
    QList<NewClause> m_clauses;
    QStringList m_adherents;
    qint64 m_documentId = 0;
    std::optional<DocumentSnapshot> m_removed; // taken by undo(), put back by redo()
};

} // namespace Plenipo
