// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Plenipo {

// Everything that differs between database engines lives behind this small interface. The
// schema and all queries elsewhere are portable SQL (no engine-specific syntax), so that the
// PostgreSQL backend for shared team workspaces only needs a second implementation of this.
class SqlDialect
{
public:
    virtual ~SqlDialect();

    virtual QString driverName() const = 0;

    // Column type of an auto-numbered 64-bit primary key, and of a column referring to one.
    virtual QString primaryKeyType() const = 0;
    virtual QString foreignKeyType() const = 0;
    // Column type of a byte string (stance vectors).
    virtual QString blobType() const = 0;

    // Per-connection settings (foreign keys, journal mode, busy timeout). Throws Error.
    virtual void configureForWriting(QSqlDatabase &db) const = 0;

    // The schema version stored in the database (0: none yet).
    virtual int schemaVersion(QSqlDatabase &db) const = 0;
    // Part of the migration transaction where the engine allows it.
    virtual void setSchemaVersion(QSqlDatabase &db, int version) const = 0;

    // True when the database carries Plenipo's application mark (set by markAsWorkspace).
    virtual bool hasWorkspaceMark(QSqlDatabase &db) const = 0;
    virtual void markAsWorkspace(QSqlDatabase &db) const = 0;

    // An empty string when the database is sound, else what the engine reports. Checks what the
    // workspace reads at open; the bulk position tables, read on demand, may be left out.
    virtual QString integrityProblem(QSqlDatabase &db) const = 0;

    // Writes a consistent copy of the whole database to a new file `path` (which must not
    // exist). Throws Error.
    virtual void copyTo(QSqlDatabase &db, const QString &path) const = 0;

    // Makes the file self-contained before it is closed or renamed (folds the WAL back in).
    virtual void checkpoint(QSqlDatabase &db) const = 0;
};

} // namespace Plenipo
