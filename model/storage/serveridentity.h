// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace Plenipo {

// Who a connection to a server workspace is, as the server itself says: the session's login,
// the delegation and capability `plenipo server user add` gave it (plenipo.member), or the
// workspace's owner. The workbench shows it (who you are, where, what you may do); nothing
// here decides what may be read or written: the server's roles and policies do.
class ServerIdentity
{
public:
    enum class Capability
    {
        None, // a login the workspace does not know: it reads nothing of it
        Viewer,
        Editor,
        Coordinator,
        Owner,
    };

    // Reads it from the server; throws Error with the server's message.
    static ServerIdentity of(QSqlDatabase &db);

    const QString &login() const { return m_login; }
    // ISO3 of a state, or a group code; empty for the owner.
    const QString &delegation() const { return m_delegation; }
    Capability capability() const { return m_capability; }
    // The server's clock when it was read (what a copy read with it is "as of").
    const QDateTime &serverTime() const { return m_serverTime; }
    // True when the server lets this login change nothing.
    bool readsOnly() const
    {
        return m_capability == Capability::Viewer || m_capability == Capability::None;
    }

    // "viewer", "editor", "coordinator", "owner" or "none", translated.
    static QString capabilityText(Capability c);

private:
    QString m_login;
    QString m_delegation;
    Capability m_capability = Capability::None;
    QDateTime m_serverTime;
};

} // namespace Plenipo
