// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serverconnection.h"

#include "core/error.h"
#include "storage/tablecopy.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Plenipo {

ServerConnection::ServerConnection(const ServerAddress &address, const PasswordPrompt &askPassword)
    : m_address(address)
    , m_connection(u"QPSQL"_s, u"server"_s)
{
    try {
        m_address.open(db());
    } catch (const Error &e) {
        if (!askPassword || !ServerAddress::needsPassword(e.message()))
            throw;
        const QString who = m_address.value(u"user"_s);
        const QString password = askPassword(who.isEmpty() ? m_address.display() : who);
        if (password.isEmpty())
            throw;
        m_address.open(db(), password);
    }
    // The server's notices ("relation ... already exists, skipping" from an idempotent init)
    // are not for the user; warnings and errors still come.
    TableCopy::run(db(), u"SET client_min_messages TO warning"_s);
}

} // namespace Plenipo
