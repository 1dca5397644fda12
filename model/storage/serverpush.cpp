// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serverpush.h"

#include "core/error.h"
#include "storage/postgresdialect.h"
#include "storage/schema.h"
#include "storage/scopedconnection.h"
#include "storage/serverconnection.h"
#include "storage/sqlitedialect.h"
#include "storage/tablecopy.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::ServerPush", text, comment, n);
}

QSqlQuery run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return TableCopy::run(
        db, sql, values,
        QCoreApplication::translate("Plenipo::ServerPush", "the server refused the upload"));
}

// Parents before children, so that every reference exists when a row arrives. Tables a later
// Plenipo adds follow in name order (their references are to these).
const QStringList knownOrder = {
    u"meta"_s,
    u"state"_s,
    u"state_alias"_s,
    u"state_group"_s,
    u"group_member"_s,
    u"process"_s,
    u"process_member"_s,
    u"norm"_s,
    u"document"_s,
    u"document_adherent"_s,
    u"clause"_s,
    u"clause_norm"_s,
    u"clause_revision"_s,
    u"position_detail"_s,
    u"position"_s,
    u"position_history"_s,
    u"stance_vector"_s,
};

// Tables of the server layer, never uploaded.
const QSet<QString> serverOnly = {u"schema_version"_s, u"server_layer"_s, u"member"_s,
                                  u"audit_log"_s};

} // namespace

QStringList ServerPush::selfReferences(QSqlDatabase &server, const QString &table)
{
    QStringList out;
    QSqlQuery q = TableCopy::run(server,
                                 u"SELECT a.attname FROM pg_constraint c JOIN pg_attribute a "
                                 u"ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
                                 u"WHERE c.contype = 'f' AND c.conrelid = c.confrelid AND "
                                 u"c.conrelid = ('plenipo.' || ?)::regclass"_s,
                                 {table});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList ServerPush::serverTables(QSqlDatabase &server)
{
    QStringList out;
    QSqlQuery q = run(server, u"SELECT tablename FROM pg_tables WHERE schemaname = 'plenipo'"_s);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList ServerPush::fileTables(QSqlDatabase &file)
{
    // The file's full-text index (FTS5 virtual tables and their shadow tables) is the engine's
    // own: each side keeps its index itself (PostgresDialect::searchIndexSchema, and SQLite's
    // triggers fill a pulled file's).
    QStringList virtualTables;
    {
        QSqlQuery v = run(file, u"SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                u"sql LIKE 'CREATE VIRTUAL TABLE%'"_s);
        while (v.next())
            virtualTables << v.value(0).toString();
    }
    QStringList tables = file.tables(QSql::Tables);
    tables.removeIf([&](const QString &table) {
        // search_queue belongs to the file's index too (empty between transactions).
        if (table.startsWith(u"sqlite_"_s) || serverOnly.contains(table) ||
            table == u"search_queue")
            return true;
        for (const QString &vt : std::as_const(virtualTables))
            if (table == vt || table.startsWith(vt + u'_'))
                return true;
        return false;
    });
    tables.sort();
    QStringList order;
    for (const QString &table : knownOrder)
        if (tables.contains(table))
            order << table;
    for (const QString &table : std::as_const(tables))
        if (!order.contains(table))
            order << table;
    return order;
}

TableCopy::Spec ServerPush::spec(QSqlDatabase &file, QSqlDatabase &server, const QString &table)
{
    TableCopy::Spec spec;
    spec.table = table;
    const QStringList serverColumns = TableCopy::columns(server, u"plenipo."_s + table);
    for (const QString &c : TableCopy::columns(file, table))
        if (serverColumns.contains(c))
            spec.columns << c;
    spec.selfReferences = selfReferences(server, table);
    // The application mark is on both sides already.
    if (table == u"meta")
        spec.onConflict = u"ON CONFLICT DO NOTHING"_s;
    return spec;
}

ServerPush::Result ServerPush::push(const QString &filePath, ServerConnection &connection,
                                    const QString &delegation)
{
    if (!QFileInfo(filePath).isFile())
        throw Error(Error::Kind::Io, tr("%1: no such workspace file").arg(filePath));
    Result result;
    QSqlDatabase &server = connection.db();
    {
        ScopedConnection fileConnection(u"QSQLITE"_s, u"push"_s);
        QSqlDatabase &file = fileConnection.db();
        file.setDatabaseName(filePath);
        file.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        const SqliteDialect fileDialect;
        if (!file.open() || !fileDialect.hasWorkspaceMark(file))
            throw Error(Error::Kind::NotAWorkspace,
                        tr("%1 is not a Plenipo workspace").arg(filePath));
        const int version = fileDialect.schemaVersion(file);
        if (version != Schema::currentVersion())
            throw Error(
                Error::Kind::Invalid,
                tr("%1 has schema version %2, this Plenipo uploads version %3: open it once in "
                   "this Plenipo (which upgrades it) and push again")
                    .arg(filePath)
                    .arg(version)
                    .arg(Schema::currentVersion()));
        if (const QString problem = fileDialect.integrityProblem(file); !problem.isEmpty())
            throw Error(Error::Kind::Corrupt, tr("%1 is damaged: %2").arg(filePath, problem));

        const PostgresDialect dialect;
        Transaction t(server);
        dialect.configureForWriting(server);
        {
            QSqlQuery owner = run(server, u"SELECT plenipo.is_owner()"_s);
            if (!owner.next() || !owner.value(0).toBool())
                throw Error(Error::Kind::ReadOnly,
                            tr("only the server workspace's owner may upload a file into it"));
            QSqlQuery empty = run(server, u"SELECT (SELECT count(*) FROM plenipo.state) + "
                                          u"(SELECT count(*) FROM plenipo.document)"_s);
            if (empty.next() && empty.value(0).toLongLong() > 0)
                throw Error(Error::Kind::Invalid,
                            tr("the server workspace is not empty: push uploads into a new one"));
        }
        {
            QSqlQuery internal = run(file, u"SELECT (SELECT count(*) FROM position_detail WHERE "
                                           u"internal <> 0) + (SELECT count(*) FROM "
                                           u"position_history WHERE internal <> 0)"_s);
            result.internalRows = internal.next() ? internal.value(0).toLongLong() : 0;
            if (result.internalRows > 0 && delegation.isEmpty())
                throw Error(
                    Error::Kind::Invalid,
                    //: %1 is the file; --delegation is a command line option: keep it as it is.
                    tr("%1 holds internal material (%n rows): say whose it is with --delegation",
                       nullptr, int(result.internalRows))
                        .arg(filePath));
        }

        const QStringList serverTables = ServerPush::serverTables(server);
        const QStringList order = ServerPush::fileTables(file);
        // The file's application mark and the server's own keys stay as the server has them.
        for (const QString &table : order) {
            if (!serverTables.contains(table))
                throw Error(
                    Error::Kind::Invalid,
                    tr("the server workspace has no table \"%1\": run \"plenipo server init\" with "
                       "this Plenipo first")
                        .arg(table));
            const QStringList serverColumns = TableCopy::columns(server, u"plenipo."_s + table);
            TableCopy::Spec spec = ServerPush::spec(file, server, table);
            spec.targetPrefix = u"plenipo."_s;
            if ((table == u"position_detail" || table == u"position_history") &&
                serverColumns.contains(u"delegation"_s)) {
                spec.extraColumn = u"delegation"_s;
                spec.extraValue = delegation.toUpper();
            }
            result.rows += TableCopy::copy(file, server, spec);
            if (serverColumns.contains(u"id"_s))
                run(server,
                    u"SELECT setval(pg_get_serial_sequence('plenipo.%1', 'id'), "
                    u"coalesce((SELECT max(id) FROM plenipo.%1), 0) + 1, false)"_s.arg(table));
            ++result.tables;
        }
        t.commit();
    }
    return result;
}

} // namespace Plenipo
