// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sqlitedialect.h"

#include "core/error.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw Error(Error::Kind::Database, u"%1: %2"_s.arg(sql, q.lastError().text()));
    return q.next() ? q.value(0) : QVariant();
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw Error(Error::Kind::Database, u"%1: %2"_s.arg(sql, q.lastError().text()));
}

} // namespace

QString SqliteDialect::driverName() const
{
    return u"QSQLITE"_s;
}

QString SqliteDialect::primaryKeyType() const
{
    return u"INTEGER PRIMARY KEY"_s;
}

QString SqliteDialect::foreignKeyType() const
{
    return u"INTEGER"_s;
}

QString SqliteDialect::blobType() const
{
    return u"BLOB"_s;
}

void SqliteDialect::configureForWriting(QSqlDatabase &db) const
{
    exec(db, u"PRAGMA foreign_keys = ON"_s);
    exec(db, u"PRAGMA busy_timeout = 5000"_s);
    const QString mode = scalar(db, u"PRAGMA journal_mode = WAL"_s).toString();
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        throw Error(Error::Kind::Database,
                    u"the database refused write-ahead logging (journal mode is %1)"_s.arg(mode));
    exec(db, u"PRAGMA synchronous = NORMAL"_s);
}

int SqliteDialect::schemaVersion(QSqlDatabase &db) const
{
    return scalar(db, u"PRAGMA user_version"_s).toInt();
}

void SqliteDialect::setSchemaVersion(QSqlDatabase &db, int version) const
{
    // PRAGMA user_version is transactional in SQLite: it commits with the migration.
    exec(db, u"PRAGMA user_version = %1"_s.arg(version));
}

bool SqliteDialect::hasWorkspaceMark(QSqlDatabase &db) const
{
    return scalar(db, u"PRAGMA application_id"_s).toInt() == applicationId;
}

void SqliteDialect::markAsWorkspace(QSqlDatabase &db) const
{
    exec(db, u"PRAGMA application_id = %1"_s.arg(applicationId));
}

QString SqliteDialect::integrityProblem(QSqlDatabase &db) const
{
    // SQLite's quick_check reads every page: about 5 ms per MiB. A workspace people make by hand
    // (up to tens of MiB) is checked whole. A very large one (193 states x 2,000 clauses is
    // 86 MB, mostly position rows and their indexes) has every table it loads at open checked,
    // with its indexes; the bulk position tables (`position`, `position_history`) are read per
    // clause on demand and report damage when read. Checking them too would cost about 0.4 s
    // per open, against the 0.3 s floor for opening and analysing such a workspace.
    constexpr qint64 wholeFileLimit = qint64(64) * 1024 * 1024;
    QStringList checks;
    const qint64 bytes = scalar(db, u"PRAGMA page_count"_s).toLongLong() *
                         scalar(db, u"PRAGMA page_size"_s).toLongLong();
    if (bytes > wholeFileLimit) {
        QSqlQuery tables(db);
        if (!tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                         u"('position', 'position_history') ORDER BY name"_s))
            return tables.lastError().text();
        while (tables.next())
            checks << u"PRAGMA quick_check(\"%1\")"_s.arg(tables.value(0).toString());
    }
    if (checks.isEmpty())
        checks << u"PRAGMA quick_check"_s;
    QStringList problems;
    for (const QString &check : std::as_const(checks)) {
        QSqlQuery q(db);
        if (!q.exec(check))
            return q.lastError().text();
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok")
                problems << line;
        }
    }
    return problems.join(u"; "_s);
}

void SqliteDialect::copyTo(QSqlDatabase &db, const QString &path) const
{
    // VACUUM INTO writes a compact, consistent copy (WAL content included) in one statement.
    QSqlQuery q(db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(path);
    if (!q.exec())
        throw Error(Error::Kind::Io,
                    u"cannot write a copy to %1: %2"_s.arg(path, q.lastError().text()));
}

void SqliteDialect::checkpoint(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

bool SqliteDialect::looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace Plenipo
