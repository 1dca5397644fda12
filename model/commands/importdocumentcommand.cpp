// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/importdocumentcommand.h"

#include "core/error.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSet>

#include <ranges>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::ImportDocumentCommand", text, comment, n);
}

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
    : WorkspaceCommand(workspace)
{}

std::unique_ptr<ImportDocumentCommand>
ImportDocumentCommand::run(Workspace &workspace, const std::function<void()> &write,
                           const QString &text)
{
    const QSet<qint64> documents = idsOf(workspace.documents());
    const QSet<qint64> processes = idsOf(workspace.processes());
    const QSet<qint64> groups = idsOf(workspace.groups());
    const QList<StateGroup> groupsBefore = workspace.groups();
    // The documents the write replaces, read as they go (only those: no copy of the rest).
    QList<DocumentSnapshot> replaced;
    const QMetaObject::Connection watch = QObject::connect(
        &workspace, &Workspace::documentAboutToBeRemoved, &workspace, [&](qint64 id) {
            if (!documents.contains(id))
                return; // written by this import and removed again: nothing to restore
            if (workspace.document(id))
                replaced << DocumentSnapshot::take(workspace, id);
        });
    {
        const auto stopWatching = qScopeGuard([&watch] { QObject::disconnect(watch); });
        write();
    }
    std::unique_ptr<ImportDocumentCommand> command(new ImportDocumentCommand(workspace));
    command->setText(text);
    for (const Document &doc : workspace.documents()) {
        if (!documents.contains(doc.id))
            command->m_documents << DocumentSnapshot::take(workspace, doc.id);
    }
    // A removal that its file's transaction rolled back left the document in place.
    const QSet<qint64> documentsAfter = idsOf(workspace.documents());
    QSet<qint64> kept;
    for (const DocumentSnapshot &old : std::as_const(replaced)) {
        if (!documentsAfter.contains(old.documentId()) && !kept.contains(old.documentId())) {
            kept.insert(old.documentId());
            command->m_replaced << old;
        }
    }
    const QSet<qint64> groupsAfter = idsOf(workspace.groups());
    for (const StateGroup &g : std::as_const(groupsBefore)) {
        if (!groupsAfter.contains(g.id))
            command->m_replacedGroups << g;
    }
    if (command->m_documents.isEmpty())
        throw Error(Error::Kind::Invalid, tr("the import wrote no document"));
    for (const Process &p : workspace.processes()) {
        if (!processes.contains(p.id))
            command->m_processes << p;
    }
    for (const StateGroup &g : workspace.groups()) {
        if (!groups.contains(g.id))
            command->m_groups << g;
    }
    return command;
}

void ImportDocumentCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    auto batch = m_workspace.beginBatch();
    for (const auto &old : std::as_const(m_replaced) | std::views::reverse)
        m_workspace.removeDocument(old.documentId());
    for (const StateGroup &g : std::as_const(m_replacedGroups))
        m_workspace.removeGroup(g.id);
    for (const Process &p : std::as_const(m_processes))
        m_workspace.addProcess(p);
    for (const StateGroup &g : std::as_const(m_groups))
        m_workspace.addGroup(g);
    for (const DocumentSnapshot &one : std::as_const(m_documents))
        one.restore(m_workspace);
    batch->commit();
}

void ImportDocumentCommand::undo()
{
    // Each document as it is now, for the redo (what it gathered since the import included).
    QList<DocumentSnapshot> now;
    for (const DocumentSnapshot &imported : std::as_const(m_documents))
        now << DocumentSnapshot::take(m_workspace, imported.documentId());
    auto batch = m_workspace.beginBatch();
    for (const auto &imported : std::as_const(now) | std::views::reverse)
        m_workspace.removeDocument(imported.documentId());
    for (const StateGroup &g : std::as_const(m_groups))
        m_workspace.removeGroup(g.id);
    for (const Process &p : std::as_const(m_processes))
        m_workspace.removeProcess(p.id);
    // What the import replaced comes back as it was.
    for (const StateGroup &g : std::as_const(m_replacedGroups))
        m_workspace.addGroup(g);
    for (const DocumentSnapshot &old : std::as_const(m_replaced))
        old.restore(m_workspace);
    batch->commit();
    m_documents = std::move(now);
}

} // namespace Plenipo
