// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/derivecoalitiondocumentcommand.h"

#include "commands/documentsnapshot.h"

#include "consensus/coalitionanalysis.h"
#include "core/error.h"
#include "markup/markupparser.h"
#include "storage/workspace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::DeriveCoalitionDocumentCommand", text, comment, n);
}

} // namespace

DeriveCoalitionDocumentCommand::DeriveCoalitionDocumentCommand(Workspace &workspace,
                                                               const CoalitionAnalysis &analysis,
                                                               Document document,
                                                               QUndoCommand *parent)
    : WorkspaceCommand(workspace, parent)
    , m_document(std::move(document))
{
    if (m_document.kind == Document::Kind::Other)
        m_document.kind = Document::Kind::JointStatement;
    if (!m_document.predecessorId)
        m_document.predecessorId = analysis.documentId();
    if (!m_document.date.isValid())
        m_document.date = QDate::currentDate();
    for (const CoalitionAnalysis::Clause &c : analysis.clauses()) {
        if (c.accepted)
            m_clauses << NewClause{c.clauseId, c.number, MarkupParser::escape(c.text)};
    }
    const Document *source = workspace.document(analysis.documentId());
    if (m_clauses.isEmpty())
        throw Error(Error::Kind::Invalid,
                    tr("the coalition accepts no clause of %1: there is nothing to derive")
                        .arg(source ? source->symbol : QString()));
    m_adherents = workspace.iso3(analysis.members());
    setText(QCoreApplication::translate("Plenipo::DeriveCoalitionDocumentCommand",
                                        "Derive coalition document %1")
                .arg(m_document.symbol));
}

void DeriveCoalitionDocumentCommand::redo()
{
    if (m_removed) { // a redo after undo: the document as it was, ids included
        m_removed->restore(m_workspace);
        m_removed.reset();
        return;
    }
    auto batch = m_workspace.beginBatch();
    Document doc = m_document;
    doc.id = 0;
    m_documentId = m_workspace.addDocument(doc);
    for (const NewClause &nc : std::as_const(m_clauses)) {
        Clause c;
        c.documentId = m_documentId;
        c.number = nc.number;
        c.text = nc.text;
        c.originId = m_workspace.clause(nc.originId) ? nc.originId : 0;
        if (const auto origin = m_workspace.clause(nc.originId))
            c.normIds = origin->normIds;
        m_workspace.addClause(c,
                              QCoreApplication::translate("Plenipo::DeriveCoalitionDocumentCommand",
                                                          "Derived from the coalition analysis"));
    }
    m_workspace.setAdherents(m_documentId, m_adherents);
    batch->commit();
}

void DeriveCoalitionDocumentCommand::undo()
{
    DocumentSnapshot snapshot = DocumentSnapshot::take(m_workspace, m_documentId);
    m_workspace.removeDocument(m_documentId);
    m_removed = std::move(snapshot);
}

} // namespace Plenipo
