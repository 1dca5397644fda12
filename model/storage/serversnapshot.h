// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/serverconnection.h"
#include "storage/serveridentity.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Plenipo {

class Workspace;

// A read-only look at a server workspace, for the command line's reading commands (`plenipo
// info|consensus|search|compare|export|positions URL ...`) and the workbench's File > Connect to
// Server: what the connected user may read,
// copied as `plenipo server pull` copies it (so the server, not Plenipo, withholds the other
// delegations' internal material), into a file of its own temporary folder opened read-only.
// The folder and the file go with the object. Live editing on the server is not this: it reads
// the server once, when opened.
class ServerSnapshot
{
public:
    // Connects to `address` (see ServerAddress) and reads it; throws Error with the server's
    // message.
    static std::unique_ptr<ServerSnapshot>
    open(const QString &address, const ServerConnection::PasswordPrompt &askPassword = {});
    // Reads over a connection that stays open (ServerSession's).
    static std::unique_ptr<ServerSnapshot> read(ServerConnection &connection);
    ~ServerSnapshot();
    ServerSnapshot(const ServerSnapshot &) = delete;
    ServerSnapshot &operator=(const ServerSnapshot &) = delete;

    Workspace &workspace() { return *m_workspace; }
    // Hands the workspace to a caller that keeps this snapshot alive (its file is in the
    // snapshot's folder) and destroys the workspace first.
    std::unique_ptr<Workspace> takeWorkspace() { return std::move(m_workspace); }
    // Who the server says the connected user is, and its clock when the copy was read.
    const ServerIdentity &identity() const { return m_identity; }
    // The address as messages show it (no password).
    QString location() const { return m_address.display(); }
    const ServerAddress &address() const { return m_address; }

private:
    ServerSnapshot() = default;

    QTemporaryDir m_dir;
    ServerAddress m_address;
    ServerIdentity m_identity;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace Plenipo
