// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "readingworkspace.h"

#include "servercommands.h"
#include "storage/serveraddress.h"
#include "storage/serversnapshot.h"
#include "storage/workspace.h"

namespace Plenipo {

ReadingWorkspace::ReadingWorkspace(const QString &fileOrAddress)
{
    if (ServerAddress::looksLikeServer(fileOrAddress)) {
        m_server = ServerSnapshot::open(fileOrAddress, ServerCommands::terminalPrompt());
        m_workspace = &m_server->workspace();
        m_label = m_server->location();
    } else {
        m_file = Workspace::open(fileOrAddress, Workspace::Access::ReadOnly);
        m_workspace = m_file.get();
        m_label = m_file->filePath();
    }
}

ReadingWorkspace::~ReadingWorkspace() = default;

} // namespace Plenipo
