// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

class QDate;
class QSqlDatabase;

namespace Plenipo {

// The one way Plenipo's storage runs SQL: a prepared statement whose failure throws Error
// saying what failed and why, whoever runs it (the workspace, the schema's migrations, the
// dialects). A full disk or a read-only medium is Error::Kind::Io; anything else is
// Error::Kind::Database. `failure` is the caller's translated message with the reason as its
// last placeholder ("upgrading the workspace to version %1 failed: %2", the version filled
// in); without one the message names the statement ("database statement failed (SQL): why"),
// or for an Io failure says that nothing was saved.
class SqlQuery
{
public:
    SqlQuery(QSqlDatabase &db, const QString &sql, QString failure = {});
    // A statement prepared earlier (a cache of statements run once per row), run again.
    SqlQuery(QSqlQuery &prepared, const QString &sql, QString failure = {});
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    // Runs each statement (no results), in order.
    static void run(QSqlDatabase &db, const QStringList &statements, const QString &failure = {});
    // Runs a statement without placeholders directly, not prepared (PostgreSQL cannot prepare
    // every statement: SET, CREATE), and returns it before its first row. Throws Error.
    static QSqlQuery direct(QSqlDatabase &db, const QString &sql, const QString &failure = {});
    // Prepares `sql` for repeated use (Workspace's statement cache). Throws Error.
    static QSqlQuery prepared(QSqlDatabase &db, const QString &sql);
    // Throws the Error a failed prepare or exec of `q` (running `sql`) means.
    [[noreturn]] static void fail(const QSqlQuery &q, const QString &sql,
                                  const QString &failure = {});

    // Positional values in order. A null QString would be stored as SQL NULL; text columns
    // hold '' for "no text", so it is bound as ''. Null variants of other types stay NULL.
    SqlQuery &bind(const QVariant &v);
    // How an id and a date are stored: 0 and an invalid date as SQL NULL.
    static QVariant nullIfZero(qint64 id);
    static QVariant dateOrNull(const QDate &date);

    // The value of placeholder `index` (0-based): for a statement executed many times.
    SqlQuery &set(int index, const QVariant &v);
    SqlQuery &exec();
    bool next() { return m_q->next(); }
    QVariant value(int i) const { return m_q->value(i); }
    qint64 lastId() const { return m_q->lastInsertId().toLongLong(); }

private:
    [[noreturn]] void fail() const { fail(*m_q, m_sql, m_failure); }
    static QVariant stored(const QVariant &v);

    std::optional<QSqlQuery> m_own;
    QSqlQuery *m_q;
    QString m_sql;
    QString m_failure;
};

} // namespace Plenipo
