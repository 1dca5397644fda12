// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workspaceopener.h"

#include "storage/workspace.h"

#include <QMessageBox>

namespace Plenipo {

WorkspaceOpener::Result WorkspaceOpener::open(QWidget *parent, const QString &path, bool readOnly)
{
    Result result;
    try {
        result.workspace = Workspace::open(path, readOnly ? Workspace::Access::ReadOnly
                                                          : Workspace::Access::ReadWrite);
        return result;
    } catch (const Error &e) {
        result.failure = e.kind();
        const bool offerReadOnly =
            !readOnly && (e.kind() == Error::Kind::Locked || e.kind() == Error::Kind::ReadOnly);
        if (offerReadOnly) {
            const auto answer = QMessageBox::question(
                parent,
                e.kind() == Error::Kind::Locked ? tr("Workspace in use")
                                                : tr("Workspace cannot be edited"),
                tr("%1\n\nOpen it read-only? You can read everything and use Save As to make "
                   "an editable copy.")
                    .arg(e.message()),
                QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
            if (answer == QMessageBox::Open)
                return open(parent, path, true);
            return result;
        }
        QMessageBox::critical(parent, tr("Cannot open workspace"), e.message());
    }
    return result;
}

} // namespace Plenipo
