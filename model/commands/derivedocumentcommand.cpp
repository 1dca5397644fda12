// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/derivedocumentcommand.h"

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
    const QList<Clause> source = m_workspace.clauses(m_sourceId);
    auto batch = m_workspace.beginBatch();
    m_document.id = m_workspace.addDocument(m_document);
    const bool first = m_clauseIds.isEmpty();
    for (qsizetype i = 0; i < source.size(); ++i) {
        Clause c;
        c.documentId = m_document.id;
        c.number = source[i].number;
        c.text = source[i].text;
        c.originId = source[i].id;
        c.normIds = source[i].normIds;
        if (!first && i < m_clauseIds.size()) {
            c.id = m_clauseIds[i];
            c.revisionId = m_revisionIds[i];
        }
        const qint64 id = m_workspace.addClause(
            c, QCoreApplication::translate("Plenipo::DeriveDocumentCommand", "From %1")
                   .arg(m_workspace.document(m_sourceId)->symbol));
        if (first) {
            m_clauseIds << id;
            const std::optional<Clause> added = m_workspace.clause(id);
            if (!added)
                throw Error(Error::Kind::Database, tr("clause %1 was not written").arg(id));
            m_revisionIds << added->revisionId;
        }
    }
    batch->commit();
}

void DeriveDocumentCommand::undo()
{
    m_workspace.removeDocument(m_document.id);
}

} // namespace Plenipo
