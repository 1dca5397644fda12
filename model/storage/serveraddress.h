// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace Plenipo {

// Where a server workspace is, written the way PostgreSQL users write it:
//  - a connection URI, `postgresql://user@host:5432/db?sslmode=verify-full` (also `postgres://`,
//    several hosts `h1:5432,h2:5432` for a failover pair, a socket folder as `%2Ftmp` or
//    `?host=/tmp`), or
//  - a connection string of libpq keywords, `service=coalition` or `host=h dbname=d user=u`.
// Passwords come from libpq itself (PGPASSWORD, ~/.pgpass, a service file) or from a prompt: a
// password written in the URI is used for that connection but never kept, never shown, and
// dropped from display() and from what recent-server lists store.
class ServerAddress
{
public:
    // True when `text` is meant as a server address rather than a file name.
    static bool looksLikeServer(const QString &text);

    // Throws Error (Invalid) saying what is wrong and where.
    static ServerAddress parse(const QString &text);

    // libpq connection keywords (host, port, dbname, user, sslmode, service...).
    const QMap<QString, QString> &parameters() const { return m_parameters; }
    QString value(const QString &keyword) const { return m_parameters.value(keyword); }
    bool hasPassword() const { return !m_password.isEmpty(); }
    // The same address logging in as `login` (the workbench's "User" field); an empty login
    // keeps the address's own.
    ServerAddress withUser(const QString &login) const;
    // What names the workspace to a user: the database, else the service (may be empty when
    // libpq's defaults choose the database).
    QString databaseName() const;

    // The address as a URI without its password: what the user sees and what is remembered.
    QString display() const;

    // Opens `db` (a QPSQL connection, see ServerConnection) at this address; a password from a
    // prompt, if any, is used only for this connection. Throws Error with the server's message.
    void open(QSqlDatabase &db, const QString &password = {}) const;

    // True when `message` (a failed open()) says a password is needed or was wrong, so that an
    // interactive caller may prompt and try again.
    static bool needsPassword(const QString &message);

private:
    QMap<QString, QString> m_parameters;
    QString m_password;
};

} // namespace Plenipo
