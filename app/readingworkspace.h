// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <memory>

namespace Plenipo {

class ServerSnapshot;
class Workspace;

// The workspace a reading command of the command line reads: a workspace file, opened
// read-only, or a server address (postgresql://..., service=...), then what the connected user
// may read there (ServerSnapshot: the server withholds the rest). label() names it in messages
// as the user gave it (a server without its password).
class ReadingWorkspace
{
public:
    // Throws Error (a file that cannot be opened, a server that refuses).
    explicit ReadingWorkspace(const QString &fileOrAddress);
    ~ReadingWorkspace();
    ReadingWorkspace(const ReadingWorkspace &) = delete;
    ReadingWorkspace &operator=(const ReadingWorkspace &) = delete;

    Workspace &operator*() const { return *m_workspace; }
    Workspace *operator->() const { return m_workspace; }
    const QString &label() const { return m_label; }

private:
    std::unique_ptr<ServerSnapshot> m_server;
    std::unique_ptr<Workspace> m_file;
    Workspace *m_workspace = nullptr;
    QString m_label;
};

} // namespace Plenipo
