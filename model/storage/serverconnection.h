// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/scopedconnection.h"
#include "storage/serveraddress.h"

#include <functional>

namespace Plenipo {

// An open connection to a server workspace. Passwords come from libpq (PGPASSWORD, ~/.pgpass,
// a service file), from the address, or, when the server asks for one libpq did not find, from
// `askPassword` (a terminal prompt, a dialog; none: the error stands). Never stored.
class ServerConnection
{
public:
    // Receives what to name in the question (the login, or the address) and returns the
    // password, or an empty string to give up.
    using PasswordPrompt = std::function<QString(const QString &who)>;

    // Throws Error with the server's message.
    explicit ServerConnection(const ServerAddress &address, const PasswordPrompt &askPassword = {});

    QSqlDatabase &db() { return m_connection.db(); }
    const ServerAddress &address() const { return m_address; }

private:
    ServerAddress m_address;
    ScopedConnection m_connection;
};

} // namespace Plenipo
