// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/documentsnapshot.h"

#include "core/error.h"
#include "storage/workspace.h"

#include <QCoreApplication>

namespace Plenipo {

DocumentSnapshot DocumentSnapshot::take(const Workspace &workspace, qint64 documentId)
{
    const Document *document = workspace.document(documentId);
    if (!document)
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("Plenipo::Workspace", "no document with id %1")
                        .arg(documentId));
    DocumentSnapshot snap;
    snap.m_document = *document;
    for (const Clause &c : workspace.clauses(documentId)) {
        ClauseSnapshot clause;
        clause.clause = c;
        clause.revisions = workspace.revisions(c.id);
        clause.descendants = workspace.catalogue().descendants(c.id);
        clause.store = workspace.positionSnapshot(c.id);
        snap.m_clauses << clause;
    }
    snap.m_adherents = workspace.adherents(documentId);
    snap.m_vote = workspace.recordedVote(documentId);
    snap.m_successors = workspace.successors(documentId);
    return snap;
}

void DocumentSnapshot::restore(Workspace &workspace) const
{
    auto batch = workspace.beginBatch();
    workspace.addDocument(m_document);
    for (const ClauseSnapshot &clause : m_clauses)
        workspace.restoreClause(clause); // at its ordinal: they come back in order
    if (!m_adherents.isEmpty())
        workspace.setAdherents(m_document.id, m_adherents);
    if (m_vote)
        workspace.addRecordedVote(*m_vote);
    for (qint64 successor : m_successors) {
        if (workspace.document(successor))
            workspace.setDocumentPredecessor(successor, m_document.id);
    }
    batch->commit();
}

} // namespace Plenipo
