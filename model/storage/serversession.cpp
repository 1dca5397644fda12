// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serversession.h"

#include "storage/serveradmin.h"
#include "storage/serversnapshot.h"
#include "storage/tablecopy.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {
const auto channel = u"plenipo_change"_s;
// A burst of changes (an import, a bulk edit) is one transaction and one notification; a few
// transactions in a row make one reload.
constexpr int coalesceMs = 150;

QString refused()
{
    return QCoreApplication::translate("Plenipo::ServerSession", "the server refused");
}
} // namespace

ServerSession::ServerSession(const ServerAddress &address,
                             const ServerConnection::PasswordPrompt &askPassword, QObject *parent)
    : QObject(parent)
    , m_connection(std::make_unique<ServerConnection>(address, askPassword))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &ServerSession::changed);
    QSqlDatabase &db = m_connection->db();
    m_announces = ServerAdmin(*m_connection).installedLayerVersion() >= 2;
    if (m_announces && db.driver()->hasFeature(QSqlDriver::EventNotifications) &&
        db.driver()->subscribeToNotification(channel)) {
        connect(db.driver(), &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) {
                    if (name == channel)
                        m_coalesce.start();
                });
    } else {
        m_announces = false;
    }
}

ServerSession::~ServerSession()
{
    if (m_connection && m_announces && m_connection->db().isOpen())
        m_connection->db().driver()->unsubscribeFromNotification(channel);
}

std::unique_ptr<ServerSnapshot> ServerSession::read()
{
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase &db = m_connection->db();
    // Before the snapshot: a change committed in between is both in it and announced (one reload
    // too many, never one too few).
    QSqlQuery q =
        TableCopy::run(db, u"SELECT coalesce(max(id), 0) FROM plenipo.audit_log"_s, {}, refused());
    const qint64 last = q.next() ? q.value(0).toLongLong() : 0;
    std::unique_ptr<ServerSnapshot> snapshot = ServerSnapshot::read(*m_connection);
    m_lastRead = last;
    m_lastReadMs = timer.elapsed();
    return snapshot;
}

QStringList ServerSession::changeAuthorsSinceRead()
{
    QStringList out;
    QSqlQuery q =
        TableCopy::run(m_connection->db(),
                       u"SELECT who FROM plenipo.audit_log WHERE id > ? ORDER BY id LIMIT 1000"_s,
                       {m_lastRead}, refused());
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool ServerSession::isConnected() const
{
    QSqlDatabase &db = m_connection->db();
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(u"SELECT 1"_s);
}

} // namespace Plenipo
