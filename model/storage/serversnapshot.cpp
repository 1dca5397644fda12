// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serversnapshot.h"

#include "core/error.h"
#include "storage/serverpull.h"
#include "storage/workspace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Plenipo {

ServerSnapshot::~ServerSnapshot()
{
    m_workspace.reset(); // closes the file before its folder goes
}

std::unique_ptr<ServerSnapshot>
ServerSnapshot::open(const QString &address, const ServerConnection::PasswordPrompt &askPassword)
{
    ServerConnection connection(ServerAddress::parse(address), askPassword);
    return read(connection);
}

std::unique_ptr<ServerSnapshot> ServerSnapshot::read(ServerConnection &connection)
{
    std::unique_ptr<ServerSnapshot> snapshot(new ServerSnapshot);
    if (!snapshot->m_dir.isValid())
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("Plenipo::ServerSnapshot",
                                                "cannot make a temporary folder: %1")
                        .arg(snapshot->m_dir.errorString()));
    snapshot->m_address = connection.address();
    const QString file = snapshot->m_dir.filePath(u"server.plenipo"_s);
    snapshot->m_identity = ServerIdentity::of(connection.db());
    ServerPull::pull(connection, file);
    snapshot->m_workspace = Workspace::open(file, Workspace::Access::ReadOnly);
    return snapshot;
}

} // namespace Plenipo
