// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/importdocumentcommand.h"

#include "core/error.h"
#include "storage/workspace.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

template<typename T>
QSet<qint64> idsOf(const QList<T> &items)
{
    QSet<qint64> out;
    for (const T &item : items)
        out.insert(item.id);
    return out;
}

} // namespace

ImportDocumentCommand::ImportDocumentCommand(Workspace &workspace)
    : m_workspace(workspace)
{}

std::unique_ptr<ImportDocumentCommand>
ImportDocumentCommand::run(Workspace &workspace, const std::function<void()> &write,
                           const QString &text)
{
    const QSet<qint64> documents = idsOf(workspace.documents());
    const QSet<qint64> processes = idsOf(workspace.processes());
    const QSet<qint64> groups = idsOf(workspace.groups());
    write();
    std::unique_ptr<ImportDocumentCommand> command(new ImportDocumentCommand(workspace));
    command->setText(text);
    for (const Document &d : workspace.documents()) {
        if (!documents.contains(d.id)) {
            command->m_document = d;
            break;
        }
    }
    if (!command->m_document.id)
        throw Error(Error::Kind::Invalid, u"the import wrote no document"_s);
    for (const Process &p : workspace.processes()) {
        if (!processes.contains(p.id))
            command->m_processes << p;
    }
    for (const StateGroup &g : workspace.groups()) {
        if (!groups.contains(g.id))
            command->m_groups << g;
    }
    for (const Clause &c : workspace.clauses(command->m_document.id)) {
        command->m_clauses << c;
        const QList<ClauseRevision> revisions = workspace.revisions(c.id);
        command->m_revisionNotes << (revisions.isEmpty() ? QString() : revisions.first().note);
        command->m_positions << workspace.positions(c.id);
    }
    command->m_adherents = workspace.adherents(command->m_document.id);
    return command;
}

void ImportDocumentCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    auto batch = m_workspace.beginBatch();
    for (const Process &p : std::as_const(m_processes))
        m_workspace.addProcess(p);
    for (const StateGroup &g : std::as_const(m_groups))
        m_workspace.addGroup(g);
    m_workspace.addDocument(m_document);
    for (qsizetype i = 0; i < m_clauses.size(); ++i)
        m_workspace.addClause(m_clauses[i], m_revisionNotes.value(i));
    if (!m_positions.isEmpty())
        m_workspace.setPositions(m_positions);
    if (!m_adherents.isEmpty())
        m_workspace.setAdherents(m_document.id, m_adherents);
    batch->commit();
}

void ImportDocumentCommand::undo()
{
    auto batch = m_workspace.beginBatch();
    m_workspace.removeDocument(m_document.id);
    for (const StateGroup &g : std::as_const(m_groups))
        m_workspace.removeGroup(g.id);
    for (const Process &p : std::as_const(m_processes))
        m_workspace.removeProcess(p.id);
    batch->commit();
}

} // namespace Plenipo
