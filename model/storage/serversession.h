// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/serverconnection.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace Plenipo {

class ServerSnapshot;

// The workbench's open connection to a server workspace: it reads snapshots of what the login
// may read (ServerSnapshot) and says when somebody else has committed a change there.
//
// Changes are announced by the server (server layer 2): a trigger on the audit trail calls
// pg_notify('plenipo_change', '') for every shareable change, with an empty payload, so that a
// listener learns only that something it may read changed; it then reads what (the audit trail,
// through row-level security) and a new snapshot. Internal changes are not announced at all: any
// login may LISTEN on any channel, and an announcement would tell other delegations when yours
// works on internal material. They arrive with the next reload or shareable change.
class ServerSession : public QObject
{
    Q_OBJECT

public:
    // Connects (asking `askPassword` when the server wants a password libpq did not find) and
    // listens. Throws Error with the server's message.
    ServerSession(const ServerAddress &address,
                  const ServerConnection::PasswordPrompt &askPassword = {},
                  QObject *parent = nullptr);
    ~ServerSession() override;

    // What the login may read now, over this connection; remembers the newest change of the
    // audit trail it could read then, for changesSinceRead(). Throws Error (the connection is
    // then lost: isConnected() is false).
    std::unique_ptr<ServerSnapshot> read();
    // Who made each change of the audit trail the login may read that came after the last
    // read(), oldest first (what the workbench tells the user it brought in).
    QStringList changeAuthorsSinceRead();

    // How long the last read() took (what a caller weighs before reading again unasked).
    qint64 lastReadMs() const { return m_lastReadMs; }

    bool isConnected() const;
    // True when the server announces changes (a server layer before 2 does not).
    bool announcesChanges() const { return m_announces; }

Q_SIGNALS:
    // Somebody committed a shareable change; several within `coalesceMs` make one signal.
    void changed();

private:
    std::unique_ptr<ServerConnection> m_connection;
    QTimer m_coalesce;
    qint64 m_lastRead = 0;
    qint64 m_lastReadMs = 0;
    bool m_announces = false;
};

} // namespace Plenipo
