// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace Plenipo {

class Workspace;

// The workbench's way of opening a workspace file (File > Open, Open Recent, the command line's
// FILE): it never lets an Error escape into the event loop. A file held by another Plenipo, or
// on a read-only medium, is offered read-only; any other refusal (a newer Plenipo's file, a
// damaged or truncated file, a folder, no permission) is shown with its message and nothing is
// opened or changed.
class WorkspaceOpener
{
    Q_DECLARE_TR_FUNCTIONS(Plenipo::WorkspaceOpener)

public:
    struct Result
    {
        std::unique_ptr<Workspace> workspace; // null when nothing was opened
        std::optional<Error::Kind> failure;   // why, when it was refused
    };

    static Result open(QWidget *parent, const QString &path, bool readOnly = false);
};

} // namespace Plenipo
