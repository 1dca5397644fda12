// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Plenipo {

class ServerConnection;

// Team mode's server side: what `plenipo server init` and `plenipo server user ...` do to a
// PostgreSQL database. Everything that decides who may read or change what is enforced by the
// server (roles, GRANTs, row-level security, triggers), never by the client:
//
//  - the workspace's tables in the schema `plenipo` (the same migrations as a file workspace);
//  - per workspace (database DB) the capability roles DB_viewer, DB_editor (positions,
//    revisions, notes) and DB_coordinator (documents, structure, the users of its delegation),
//    each including the one before, and a role DB_del_xxx per delegation;
//  - `plenipo.member`: which login belongs to which delegation with which capability;
//    `plenipo.current_delegation()` reads it for session_user (which a user cannot change);
//  - internal material (an internal position's details and history, and its stance through
//    them) carries the writing delegation, set by a trigger from the session, and row-level
//    security shows it only to that delegation; stance vectors (which would reveal every
//    stance at once) are readable by the owner only;
//  - `plenipo.audit_log`, written by triggers (who, server time, table, operation, old and new
//    row), readable with the same confidentiality, changeable by nobody.
//
// Only what managed PostgreSQL services allow: the owner needs LOGIN and CREATEROLE on a
// database it owns, no superuser and no extension. Passwords are never sent in clear: the
// client sends a SCRAM-SHA-256 verifier.
class ServerAdmin
{
public:
    enum class Capability
    {
        Viewer,
        Editor,
        Coordinator,
    };

    struct Member
    {
        QString login;
        QString delegation; // ISO3 of a state, or a group code
        Capability capability = Capability::Viewer;
    };

    explicit ServerAdmin(ServerConnection &connection);

    // The version of the server layer (roles, policies, audit) this Plenipo installs.
    static int serverLayerVersion();

    // Creates or upgrades the workspace's schema and the server layer; idempotent. Must be run by
    // the database's owner. Throws Error.
    void init();

    // True when the database holds a Plenipo workspace with its server layer.
    bool isInitialised();
    // The version of the server layer the database holds (0: none).
    int installedLayerVersion();

    // Adds a login (or changes its delegation, capability and password). `password` may be empty
    // for an existing login to keep its password. Run by the owner, or by a coordinator for
    // their own delegation (the server checks). Throws Error.
    void addUser(const QString &login, const QString &password, const QString &delegation,
                 Capability capability);
    void removeUser(const QString &login);
    QList<Member> users();

    static QString capabilityName(Capability c);
    // Throws Error for an unknown name.
    static Capability capabilityFromName(const QString &name);

    // The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677), made on the
    // client so that the password itself never reaches the server or its logs.
    static QString scramVerifier(const QString &password, const QByteArray &salt = {},
                                 int iterations = 4096);

private:
    QSqlDatabase m_db;
};

} // namespace Plenipo
