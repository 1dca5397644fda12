// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/scopedconnection.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Plenipo {

ScopedConnection::ScopedConnection(const QString &driver, const QString &purpose)
    : m_name(u"plenipo-%1-%2"_s.arg(purpose, QUuid::createUuid().toString(QUuid::WithoutBraces)))
    , m_db(QSqlDatabase::addDatabase(driver, m_name))
{}

ScopedConnection::~ScopedConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace Plenipo
