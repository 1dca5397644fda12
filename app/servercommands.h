// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/serverconnection.h"

#include <QCoreApplication>
#include <QStringList>

namespace Plenipo {

// `plenipo server init|user|push ...`: team mode's administration from the command line.
//   plenipo server init URL
//   plenipo server user add URL LOGIN --delegation CODE --role viewer|editor|coordinator
//   plenipo server user remove URL LOGIN
//   plenipo server user list URL [--json]
//   plenipo server push FILE URL [--delegation CODE]
//   plenipo server pull URL FILE
// URL is a connection URI or a libpq connection string (service=NAME). Passwords come from
// libpq (PGPASSWORD, ~/.pgpass, a service file) or a prompt on a terminal; a new user's password
// is asked twice on a terminal, or read as the first line of standard input.
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(Plenipo::ServerCommands)

public:
    // arguments()[0] is "server". Returns the exit code; throws Error.
    static int run(const QStringList &arguments);
    // Asks for a password on the terminal (none when standard input is not one).
    static ServerConnection::PasswordPrompt terminalPrompt();
};

} // namespace Plenipo
