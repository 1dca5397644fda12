// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serverpush.h"

#include "core/error.h"
#include "storage/postgresdialect.h"
#include "storage/schema.h"
#include "storage/sqlitedialect.h"
#include "storage/tablecopy.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QSqlQuery run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return TableCopy::run(db, sql, values, u"the server refused the upload"_s);
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

const QStringList &ServerPush::tableOrder()
{
    return knownOrder;
}

bool ServerPush::isServerOnly(const QString &table)
{
    return serverOnly.contains(table);
}

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

ServerPush::Result ServerPush::push(const QString &filePath, QSqlDatabase &server,
                                    const QString &delegation)
{
    if (!QFileInfo(filePath).isFile())
        throw Error(Error::Kind::Io, u"%1: no such workspace file"_s.arg(filePath));
    const QString name = u"plenipo-push-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result result;
    {
        QSqlDatabase file = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        file.setDatabaseName(filePath);
        file.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        const auto close = qScopeGuard([&] { file.close(); });
        const SqliteDialect fileDialect;
        if (!file.open() || !fileDialect.hasWorkspaceMark(file))
            throw Error(Error::Kind::NotAWorkspace,
                        u"%1 is not a Plenipo workspace"_s.arg(filePath));
        const int version = fileDialect.schemaVersion(file);
        if (version != Schema::currentVersion())
            throw Error(
                Error::Kind::Invalid,
                u"%1 has schema version %2, this Plenipo uploads version %3: open it once in "
                u"this Plenipo (which upgrades it) and push again"_s.arg(filePath)
                    .arg(version)
                    .arg(Schema::currentVersion()));
        if (const QString problem = fileDialect.integrityProblem(file); !problem.isEmpty())
            throw Error(Error::Kind::Corrupt, u"%1 is damaged: %2"_s.arg(filePath, problem));

        const PostgresDialect dialect;
        Transaction t(server);
        dialect.configureForWriting(server);
        {
            QSqlQuery owner = run(server, u"SELECT plenipo.is_owner()"_s);
            if (!owner.next() || !owner.value(0).toBool())
                throw Error(Error::Kind::ReadOnly,
                            u"only the server workspace's owner may upload a file into it"_s);
            QSqlQuery empty = run(server, u"SELECT (SELECT count(*) FROM plenipo.state) + "
                                          u"(SELECT count(*) FROM plenipo.document)"_s);
            if (empty.next() && empty.value(0).toLongLong() > 0)
                throw Error(Error::Kind::Invalid,
                            u"the server workspace is not empty: push uploads into a new one"_s);
        }
        {
            QSqlQuery internal = run(file, u"SELECT (SELECT count(*) FROM position_detail WHERE "
                                           u"internal <> 0) + (SELECT count(*) FROM "
                                           u"position_history WHERE internal <> 0)"_s);
            result.internalRows = internal.next() ? internal.value(0).toLongLong() : 0;
            if (result.internalRows > 0 && delegation.isEmpty())
                throw Error(
                    Error::Kind::Invalid,
                    u"%1 holds internal material (%2 rows): say whose it is with --delegation"_s
                        .arg(filePath)
                        .arg(result.internalRows));
        }

        QStringList fileTables = file.tables(QSql::Tables);
        // The file's full-text index (FTS5 virtual tables and their shadow tables) is the
        // engine's own; the server keeps its index itself (PostgresDialect::searchIndexSchema).
        {
            QSqlQuery v = run(file, u"SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                    u"sql LIKE 'CREATE VIRTUAL TABLE%'"_s);
            QStringList virtualTables;
            while (v.next())
                virtualTables << v.value(0).toString();
            fileTables.removeIf([&](const QString &table) {
                for (const QString &vt : std::as_const(virtualTables))
                    if (table == vt || table.startsWith(vt + u'_'))
                        return true;
                return false;
            });
        }
        QStringList serverTables;
        {
            QSqlQuery q =
                run(server, u"SELECT tablename FROM pg_tables WHERE schemaname = 'plenipo'"_s);
            while (q.next())
                serverTables << q.value(0).toString();
        }
        QStringList order;
        for (const QString &tname : knownOrder)
            if (fileTables.contains(tname))
                order << tname;
        fileTables.sort();
        for (const QString &tname : std::as_const(fileTables))
            if (!order.contains(tname) && !tname.startsWith(u"sqlite_"_s))
                order << tname;

        // The file's application mark and the server's own keys stay as the server has them.
        for (const QString &table : std::as_const(order)) {
            if (serverOnly.contains(table))
                continue;
            if (!serverTables.contains(table))
                throw Error(
                    Error::Kind::Invalid,
                    u"the server workspace has no table \"%1\": run \"plenipo server init\" with "
                    u"this Plenipo first"_s.arg(table));
            const QStringList serverColumns = TableCopy::columns(server, u"plenipo."_s + table);
            TableCopy::Spec spec;
            spec.table = table;
            spec.targetPrefix = u"plenipo."_s;
            for (const QString &c : TableCopy::columns(file, table))
                if (serverColumns.contains(c))
                    spec.columns << c;
            spec.selfReferences = ServerPush::selfReferences(server, table);
            if ((table == u"position_detail" || table == u"position_history") &&
                serverColumns.contains(u"delegation"_s)) {
                spec.extraColumn = u"delegation"_s;
                spec.extraValue = delegation.toUpper();
            }
            if (table == u"meta")
                spec.onConflict = u"ON CONFLICT DO NOTHING"_s;
            result.rows += TableCopy::copy(file, server, spec);
            if (serverColumns.contains(u"id"_s))
                run(server,
                    u"SELECT setval(pg_get_serial_sequence('plenipo.%1', 'id'), "
                    u"coalesce((SELECT max(id) FROM plenipo.%1), 0) + 1, false)"_s.arg(table));
            ++result.tables;
        }
        t.commit();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace Plenipo
