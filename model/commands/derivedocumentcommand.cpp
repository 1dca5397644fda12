// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/derivedocumentcommand.h"

#include "commands/documentsnapshot.h"

#include "core/error.h"
#include "storage/workspace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::DeriveDocumentCommand", text, comment, n);
}

} // namespace

DeriveDocumentCommand::DeriveDocumentCommand(Workspace &workspace, qint64 sourceDocumentId,
                                             Document document, QUndoCommand *parent)
    : WorkspaceCommand(workspace, parent)
    , m_sourceId(sourceDocumentId)
    , m_document(std::move(document))
{
    const Document *source = workspace.document(sourceDocumentId);
    if (!source)
        throw Error(Error::Kind::NotFound, tr("no document to derive from"));
    m_document.predecessorId = sourceDocumentId;
    if (!m_document.processId)
        m_document.processId = source->processId;
    setText(QCoreApplication::translate("Plenipo::DeriveDocumentCommand", "Derive %1 from %2")
                .arg(m_document.symbol, source->symbol));
}

void DeriveDocumentCommand::redo()
{
    if (m_removed) { // a redo after undo: the document as it was, ids included
        m_removed->restore(m_workspace);
        m_removed.reset();
        return;
    }
    const QList<Clause> source = m_workspace.clauses(m_sourceId);
    auto batch = m_workspace.beginBatch();
    Document document = m_document;
    document.id = 0;
    const qint64 id = m_workspace.addDocument(document);
    for (const Clause &from : source) {
        Clause c;
        c.documentId = id;
        c.number = from.number;
        c.text = from.text;
        c.originId = from.id;
        c.normIds = from.normIds;
        m_workspace.addClause(
            c, QCoreApplication::translate("Plenipo::DeriveDocumentCommand", "From %1")
                   .arg(m_workspace.document(m_sourceId)->symbol));
    }
    batch->commit();
    m_document.id = id;
}

void DeriveDocumentCommand::undo()
{
    DocumentSnapshot snapshot = DocumentSnapshot::take(m_workspace, m_document.id);
    m_workspace.removeDocument(m_document.id);
    m_removed = std::move(snapshot);
}

} // namespace Plenipo
