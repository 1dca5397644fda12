// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Plenipo {

// A QSqlDatabase connection under a unique name, closed and removed from Qt's connection list
// when it goes out of scope, also when an exception leaves the scope (QSqlDatabase::
// removeDatabase must run after the last handle is gone: this object holds the only one).
class ScopedConnection
{
public:
    ScopedConnection(const QString &driver, const QString &purpose);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace Plenipo
