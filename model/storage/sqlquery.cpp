// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sqlquery.h"

#include "core/error.h"
#include "storage/sqlitedialect.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Plenipo {

SqlQuery::SqlQuery(QSqlDatabase &db, const QString &sql, QString failure)
    : m_own(std::in_place, db)
    , m_q(&*m_own)
    , m_sql(sql)
    , m_failure(std::move(failure))
{
    m_q->setForwardOnly(true);
    if (!m_q->prepare(sql))
        fail();
}

SqlQuery::SqlQuery(QSqlQuery &prepared, const QString &sql, QString failure)
    : m_q(&prepared)
    , m_sql(sql)
    , m_failure(std::move(failure))
{}

void SqlQuery::run(QSqlDatabase &db, const QStringList &statements, const QString &failure)
{
    for (const QString &sql : statements)
        direct(db, sql, failure);
}

QSqlQuery SqlQuery::direct(QSqlDatabase &db, const QString &sql, const QString &failure)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(q, sql, failure);
    return q;
}

QSqlQuery SqlQuery::prepared(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(q, sql);
    return q;
}

void SqlQuery::fail(const QSqlQuery &q, const QString &sql, const QString &failure)
{
    const QSqlError error = q.lastError();
    const bool sqlite = q.driver() && q.driver()->dbmsType() == QSqlDriver::SQLite;
    const QString why = sqlite ? SqliteDialect::describeError(error) : error.text();
    // A full disk or a read-only medium is not a damaged database: say so plainly.
    if (why != error.text())
        throw Error(Error::Kind::Io,
                    failure.isEmpty()
                        ? QCoreApplication::translate(
                              "Plenipo::Workspace", "cannot save the change: %1; nothing was saved")
                              .arg(why)
                        : failure.arg(why));
    throw Error(Error::Kind::Database,
                failure.isEmpty() ? QCoreApplication::translate(
                                        "Plenipo::Workspace", "database statement failed (%1): %2")
                                        .arg(sql.simplified(), why)
                                  : failure.arg(why));
}

QVariant SqlQuery::nullIfZero(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant SqlQuery::dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QVariant SqlQuery::stored(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QString && !v.isNull() && v.toString().isNull())
        return QString(u""_s);
    return v;
}

SqlQuery &SqlQuery::bind(const QVariant &v)
{
    m_q->addBindValue(stored(v));
    return *this;
}

SqlQuery &SqlQuery::set(int index, const QVariant &v)
{
    m_q->bindValue(index, stored(v));
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_q->exec())
        fail();
    return *this;
}

} // namespace Plenipo
