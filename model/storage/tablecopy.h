// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace Plenipo {

// Copies the rows of one table between two connections (a workspace file and a server, either
// way), in batches of multi-row INSERTs, keeping every id. Columns that refer to the same table
// (a clause's origin, a document's predecessor) are set in a second pass, once every row of the
// table exists. Throws Error naming the table.
class TableCopy
{
public:
    struct Spec
    {
        QString table;
        QString sourcePrefix; // "plenipo." for a server, "" for a file
        QString targetPrefix;
        QStringList columns;        // copied as they are
        QStringList selfReferences; // subset of columns, set in the second pass
        QString extraColumn;        // written with extraValue in every row (may be empty)
        QVariant extraValue;
        QString onConflict; // appended to the INSERT, e.g. "ON CONFLICT DO NOTHING"
    };

    // Returns the number of rows copied.
    static qint64 copy(QSqlDatabase &source, QSqlDatabase &target, const Spec &spec);

    // The columns of `table` as the connection sees them.
    static QStringList columns(QSqlDatabase &db, const QString &table);

    // Runs `sql` (prepared when there are values: PostgreSQL prepares no DDL); throws Error with
    // the engine's own message, prefixed with `what`.
    static QSqlQuery run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {},
                         const QString &what = {});
};

} // namespace Plenipo
