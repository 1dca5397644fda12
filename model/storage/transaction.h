// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Plenipo {

// Scoped database transaction: commit() makes the changes permanent; leaving the scope without
// commit (an exception, an early return) rolls everything back. Nested guards join the
// outermost transaction, which alone commits.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

    // Work the outermost transaction of connection `connectionName` does just before it
    // commits, inside it (a failure rolls the whole transaction back): SQLite's workspace
    // connections index the rows their triggers queued (SqliteDialect::flushSearchQueue).
    // An empty function removes it.
    static void setBeforeCommit(const QString &connectionName,
                                const std::function<void(QSqlDatabase &)> &work);

private:
    QSqlDatabase &m_db;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace Plenipo
