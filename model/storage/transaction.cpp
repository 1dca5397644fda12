// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/transaction.h"

#include "core/error.h"
#include "storage/sqlitedialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::Transaction", text, comment, n);
}

} // namespace

namespace {
// Nesting depth per connection. Connections are used from one thread (the GUI's or the
// command line's), so a plain hash suffices.
QHash<QString, int> &depths()
{
    static QHash<QString, int> d;
    return d;
}
QHash<QString, std::function<void(QSqlDatabase &)>> &beforeCommit()
{
    static QHash<QString, std::function<void(QSqlDatabase &)>> w;
    return w;
}
} // namespace

void Transaction::setBeforeCommit(const QString &connectionName,
                                  const std::function<void(QSqlDatabase &)> &work)
{
    if (work)
        beforeCommit().insert(connectionName, work);
    else
        beforeCommit().remove(connectionName);
}

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    int &depth = depths()[db.connectionName()];
    if (depth == 0) {
        if (!m_db.transaction())
            throw Error(Error::Kind::Database,
                        tr("cannot start a transaction: %1").arg(m_db.lastError().text()));
        m_outermost = true;
    }
    ++depth;
}

Transaction::~Transaction()
{
    int &depth = depths()[m_db.connectionName()];
    --depth;
    if (m_outermost && !m_done)
        m_db.rollback();
    if (depth == 0)
        depths().remove(m_db.connectionName());
}

void Transaction::commit()
{
    if (m_outermost) {
        const auto work = beforeCommit().constFind(m_db.connectionName());
        if (work != beforeCommit().constEnd())
            (*work)(m_db); // throws: not done, the destructor rolls back
    }
    m_done = true;
    if (m_outermost && !m_db.commit()) {
        const QString why = SqliteDialect::describeError(m_db.lastError());
        m_db.rollback();
        throw Error(Error::Kind::Database, tr("cannot save the change: %1").arg(why));
    }
}

} // namespace Plenipo
