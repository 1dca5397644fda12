// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serveridentity.h"

#include "storage/serveradmin.h"
#include "storage/tablecopy.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Plenipo {

ServerIdentity ServerIdentity::of(QSqlDatabase &db)
{
    // session_user, not current_user: what the server's policies go by (a user cannot change
    // it within the session).
    QSqlQuery q = TableCopy::run(
        db,
        u"SELECT session_user::text, m.delegation, m.capability, plenipo.is_owner(), now() "
        u"FROM (SELECT 1) AS one "
        u"LEFT JOIN plenipo.member m ON m.login = session_user::text"_s,
        {}, QCoreApplication::translate("Plenipo::ServerIdentity", "the server refused"));
    ServerIdentity identity;
    if (!q.next())
        return identity;
    identity.m_login = q.value(0).toString();
    identity.m_delegation = q.value(1).toString();
    const QString capability = q.value(2).toString();
    if (q.value(3).toBool()) {
        identity.m_capability = Capability::Owner;
    } else if (!capability.isEmpty()) {
        // The names plenipo.member holds are ServerAdmin's.
        switch (ServerAdmin::capabilityFromName(capability)) {
        case ServerAdmin::Capability::Viewer:
            identity.m_capability = Capability::Viewer;
            break;
        case ServerAdmin::Capability::Editor:
            identity.m_capability = Capability::Editor;
            break;
        case ServerAdmin::Capability::Coordinator:
            identity.m_capability = Capability::Coordinator;
            break;
        }
    }
    identity.m_serverTime = q.value(4).toDateTime();
    return identity;
}

QString ServerIdentity::capabilityText(Capability c)
{
    switch (c) {
    case Capability::Viewer:
        return QCoreApplication::translate("Plenipo::ServerIdentity", "viewer");
    case Capability::Editor:
        return QCoreApplication::translate("Plenipo::ServerIdentity", "editor");
    case Capability::Coordinator:
        return QCoreApplication::translate("Plenipo::ServerIdentity", "coordinator");
    case Capability::Owner:
        return QCoreApplication::translate("Plenipo::ServerIdentity", "owner");
    case Capability::None:
        break;
    }
    return QCoreApplication::translate("Plenipo::ServerIdentity", "no role");
}

} // namespace Plenipo
