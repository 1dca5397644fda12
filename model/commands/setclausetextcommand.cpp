// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/setclausetextcommand.h"

#include "compare/spanaligner.h"
#include "core/error.h"
#include "markup/markupparser.h"
#include "storage/workspace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::SetClauseTextCommand", text, comment, n);
}

} // namespace

SetClauseTextCommand::SetClauseTextCommand(Workspace &workspace, qint64 clauseId, QString text,
                                           QString note, QUndoCommand *parent)
    : WorkspaceCommand(workspace, parent)
    , m_clauseId(clauseId)
    , m_text(std::move(text))
    , m_note(std::move(note))
{
    const auto clause = workspace.clause(clauseId);
    const Document *document = clause ? workspace.document(clause->documentId) : nullptr;
    setText(QCoreApplication::translate("Plenipo::SetClauseTextCommand", "Edit paragraph %1 of %2")
                .arg(clause ? clause->number : QString(), document ? document->symbol : QString()));
}

QList<AlternativeCarry> SetClauseTextCommand::carriesFor(const Workspace &workspace,
                                                         qint64 clauseId, const QString &newText)
{
    const auto clause = workspace.clause(clauseId);
    if (!clause)
        throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(clauseId));
    const QStringList positioned = workspace.stances().alternatives(clauseId);
    QList<AlternativeCarry> carries;
    bool any = false;
    for (const QString &a : positioned)
        any = any || !a.isEmpty();
    if (!any)
        return carries; // nothing to carry: no need to parse
    const MarkupParser parser;
    const QList<AlternativeCarry> all =
        SpanAligner::align(parser.parse(clause->text), parser.parse(newText));
    QSet<QString> known;
    for (const AlternativeCarry &c : all) {
        known.insert(c.from);
        if (positioned.contains(c.from))
            carries << c;
    }
    // Positions on an id the old text does not have (recorded before ids followed the text):
    // their words are unknown, so they cannot follow them.
    for (const QString &a : positioned) {
        if (a.isEmpty() || known.contains(a))
            continue;
        AlternativeCarry c;
        c.from = a;
        c.fate = AlternativeCarry::Fate::Orphaned;
        carries << c;
    }
    return carries;
}

void SetClauseTextCommand::redo()
{
    const auto clause = m_workspace.clause(m_clauseId);
    if (!clause)
        throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(m_clauseId));
    const qint64 from = clause->revisionId;
    m_carries = carriesFor(m_workspace, m_clauseId, m_text);
    m_counts.clear();
    for (const AlternativeCarry &c : std::as_const(m_carries)) {
        const QByteArray v = m_workspace.stances().vector(m_clauseId, c.from);
        m_counts.insert(c.from, int(v.size() - v.count('\0')));
    }
    auto batch = m_workspace.beginBatch();
    // The undo keeps what the carry changes, not the rows it only moves (see undo()).
    m_before = m_workspace.positionSnapshotForCarry(m_clauseId, m_carries);
    m_revisionId = m_workspace.reviseClause(m_clauseId, m_text, m_note);
    if (!m_carries.isEmpty())
        m_workspace.carryPositions(m_clauseId, m_carries, from, m_revisionId);
    batch->commit();
}

void SetClauseTextCommand::undo()
{
    auto batch = m_workspace.beginBatch();
    m_workspace.restorePositions(m_workspace.positionSnapshotBeforeCarry(m_before, m_carries));
    m_workspace.removeLatestRevision(m_clauseId, m_revisionId);
    batch->commit();
}

} // namespace Plenipo
