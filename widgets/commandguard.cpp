// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandguard.h"

#include "commands/commandrunner.h"

#include <QApplication>
#include <QMessageBox>

namespace Plenipo {

namespace {

bool report(QWidget *parent, const std::optional<CommandRunner::Failure> &failure)
{
    if (!failure)
        return true;
    // Without a widget to attach to (a session object), the active window takes the message.
    if (!parent)
        parent = QApplication::activeWindow();
    auto *box =
        new QMessageBox(QMessageBox::Warning, CommandGuard::tr("The change was not made"),
                        CommandGuard::tr("%1 failed: nothing was changed.").arg(failure->action),
                        QMessageBox::Ok, parent);
    box->setInformativeText(failure->message);
    box->setObjectName(QStringLiteral("commandFailure"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return false;
}

} // namespace

bool CommandGuard::push(QWidget *parent, Workspace &workspace, QUndoCommand *command)
{
    return report(parent, CommandRunner::push(workspace, command));
}

bool CommandGuard::undo(QWidget *parent, Workspace &workspace)
{
    return report(parent, CommandRunner::undo(workspace));
}

bool CommandGuard::redo(QWidget *parent, Workspace &workspace)
{
    return report(parent, CommandRunner::redo(workspace));
}

} // namespace Plenipo
