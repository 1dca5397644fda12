// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serverpush.h"

#include "core/error.h"
#include "storage/postgresdialect.h"
#include "storage/schema.h"
#include "storage/sqlitedialect.h"
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
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        if (!q.prepare(sql))
            throw Error(Error::Kind::Database, u"%1: %2"_s.arg(sql.left(80), q.lastError().text()));
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok) {
        QString message = q.lastError().databaseText().trimmed();
        if (message.isEmpty())
            message = q.lastError().text();
        throw Error(Error::Kind::Database, u"the server refused the upload: %1"_s.arg(message));
    }
    return q;
}

// Parents before children, so that every reference exists when a row arrives. Tables a later
// Plenipo adds follow in name order (their references are to these).
const QStringList knownOrder = {
    u"meta"_s,          u"state"_s,           u"state_alias"_s,       u"state_group"_s,
    u"group_member"_s,  u"process"_s,         u"process_member"_s,    u"norm"_s,
    u"document"_s,      u"document_adherent"_s, u"clause"_s,          u"clause_norm"_s,
    u"clause_revision"_s, u"position_detail"_s, u"position"_s,        u"position_history"_s,
    u"stance_vector"_s,
};

// Tables of the server layer, never uploaded.
const QSet<QString> serverOnly = {u"schema_version"_s, u"server_layer"_s, u"member"_s,
                                  u"audit_log"_s};

QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList out;
    const QSqlRecord r = db.record(table);
    for (int i = 0; i < r.count(); ++i)
        out << r.fieldName(i);
    return out;
}

} // namespace

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
        const auto close = qScopeGuard([&] {
            file.close();
        });
        const SqliteDialect fileDialect;
        if (!file.open() || !fileDialect.hasWorkspaceMark(file))
            throw Error(Error::Kind::NotAWorkspace, u"%1 is not a Plenipo workspace"_s.arg(filePath));
        const int version = fileDialect.schemaVersion(file);
        if (version != Schema::currentVersion())
            throw Error(Error::Kind::Invalid,
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
                throw Error(Error::Kind::Invalid,
                            u"%1 holds internal material (%2 rows): say whose it is with --delegation"_s
                                .arg(filePath)
                                .arg(result.internalRows));
        }

        QStringList fileTables = file.tables(QSql::Tables);
        QStringList serverTables;
        {
            QSqlQuery q = run(server, u"SELECT tablename FROM pg_tables WHERE schemaname = 'plenipo'"_s);
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
                throw Error(Error::Kind::Invalid,
                            u"the server workspace has no table \"%1\": run \"plenipo server init\" with "
                            u"this Plenipo first"_s.arg(table));
            const QStringList serverColumns = columnsOf(server, u"plenipo."_s + table);
            QStringList columns;
            for (const QString &c : columnsOf(file, table))
                if (serverColumns.contains(c))
                    columns << c;
            const bool withDelegation =
                (table == u"position_detail" || table == u"position_history") &&
                serverColumns.contains(u"delegation"_s);
            // Self references (a clause's origin, a document's predecessor) are set in a second
            // pass, once every row of the table exists.
            QStringList selfRefs;
            {
                QSqlQuery q = run(server, u"SELECT a.attname FROM pg_constraint c JOIN pg_attribute a "
                                          u"ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
                                          u"WHERE c.contype = 'f' AND c.conrelid = c.confrelid AND "
                                          u"c.conrelid = ('plenipo.' || ?)::regclass"_s,
                                  {table});
                while (q.next())
                    selfRefs << q.value(0).toString();
            }
            QStringList insertColumns = columns;
            if (withDelegation)
                insertColumns << u"delegation"_s;
            const int width = int(insertColumns.size());
            constexpr int batch = 400;
            const QString rowPlaceholders = u'(' + QStringList(width, u"?"_s).join(u", "_s) + u')';
            const QString head = u"INSERT INTO plenipo.%1 (%2) VALUES "_s.arg(table, insertColumns.join(u", "_s));
            QSqlQuery read(file);
            read.setForwardOnly(true);
            if (!read.exec(u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), table)))
                throw Error(Error::Kind::Corrupt,
                            u"%1: cannot read table %2: %3"_s.arg(filePath, table, read.lastError().text()));
            QVariantList values;
            QList<std::pair<QVariant, QVariantList>> later; // id, self-reference values
            int rows = 0;
            const auto flush = [&] {
                if (rows == 0)
                    return;
                QStringList placeholders(rows, rowPlaceholders);
                run(server, head + placeholders.join(u", "_s) + (table == u"meta" ? u" ON CONFLICT DO NOTHING"_s : QString()), values);
                values.clear();
                rows = 0;
            };
            const int idColumn = int(columns.indexOf(u"id"_s));
            while (read.next()) {
                QVariantList refs;
                for (int i = 0; i < columns.size(); ++i) {
                    QVariant v = read.value(i);
                    if (selfRefs.contains(columns.at(i))) {
                        refs << v;
                        v = QVariant(v.metaType());
                    }
                    values << v;
                }
                if (withDelegation)
                    values << delegation.toUpper();
                if (!selfRefs.isEmpty() && idColumn >= 0) {
                    bool any = false;
                    for (const QVariant &r : std::as_const(refs))
                        any = any || !r.isNull();
                    if (any)
                        later.append({read.value(idColumn), refs});
                }
                ++result.rows;
                if (++rows == batch)
                    flush();
            }
            flush();
            for (const auto &[id, refs] : std::as_const(later)) {
                QStringList sets;
                for (const QString &c : std::as_const(selfRefs))
                    sets << c + u" = ?"_s;
                QVariantList v = refs;
                v << id;
                run(server, u"UPDATE plenipo.%1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)), v);
            }
            if (serverColumns.contains(u"id"_s))
                run(server, u"SELECT setval(pg_get_serial_sequence('plenipo.%1', 'id'), "
                            u"coalesce((SELECT max(id) FROM plenipo.%1), 0) + 1, false)"_s.arg(table));
            ++result.tables;
        }
        t.commit();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace Plenipo
