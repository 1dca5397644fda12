// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Plenipo {

class SqlDialect;

// The workspace schema as an ordered list of migrations. Version N is reached by applying
// steps 1..N in order; each step runs in its own transaction together with the version update,
// so a failed migration leaves the file at the previous version.
class Schema
{
public:
    static int currentVersion();

    // The SQL statements of one migration step (1-based), written for `dialect`. migrate() adds
    // data steps: after step 3 it builds the stance vectors from the existing positions; in
    // step 4 it moves the position details into their own table before the old one is dropped.
    static QStringList migration(int toVersion, const SqlDialect &dialect);

    // Brings `db` from its stored version up to currentVersion(). Throws Error.
    static void migrate(QSqlDatabase &db, const SqlDialect &dialect);
    // Applies steps up to `version` only (tests use this to make old files).
    static void migrateTo(QSqlDatabase &db, const SqlDialect &dialect, int version);
};

} // namespace Plenipo
