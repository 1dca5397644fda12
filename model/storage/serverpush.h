// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/tablecopy.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Plenipo {

class ServerConnection;

// `plenipo server push FILE URL`: uploads a file workspace into an initialised, empty server
// workspace, keeping every id, in one transaction (all of it arrives or nothing does). Run by
// the server workspace's owner; the file's internal material is recorded as `delegation`'s
// (required when the file has any), and from then on the server shows it to that delegation
// only.
class ServerPush
{
public:
    struct Result
    {
        int tables = 0;
        qint64 rows = 0;
        qint64 internalRows = 0;
    };

    // Throws Error saying what is wrong (not a current workspace file, server not empty, not the
    // owner, a row the server refuses...).
    static Result push(const QString &filePath, ServerConnection &connection,
                       const QString &delegation);

    // Shared with ServerPull. The workspace tables of a file in copy order (parents first),
    // without the engine's full-text tables and the server layer's; the server's tables; what
    // to copy of one table between the two (common columns, self references).
    static QStringList fileTables(QSqlDatabase &file);
    static QStringList serverTables(QSqlDatabase &server);
    static TableCopy::Spec spec(QSqlDatabase &file, QSqlDatabase &server, const QString &table);
    static QStringList selfReferences(QSqlDatabase &server, const QString &table);
};

} // namespace Plenipo
