// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/sqlquery.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

namespace Plenipo {

class Catalogue;
class PositionStore;
class SqlDialect;

// Where a workspace's rows live, behind the Workspace facade (what a map format is to a map in
// Tiled): the connection with its dialect, the lifecycle of the file or server workspace (lock,
// opening, migrations, validation, Save As), and reading everything the facade keeps in memory
// into a Catalogue and a PositionStore. SqliteStorage is the workspace file; a server
// workspace on PostgreSQL (team mode) is a second implementation with its own lifecycle.
//
// The facade's statements are portable SQL run through SqlQuery on database(), with what
// differs between engines in the dialect (SqlDialect), so a second backend needs no change in
// the facade.
class WorkspaceStorage
{
public:
    virtual ~WorkspaceStorage();
    WorkspaceStorage(const WorkspaceStorage &) = delete;
    WorkspaceStorage &operator=(const WorkspaceStorage &) = delete;

    // The file's absolute path or the server's address, as messages show it.
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
    // Writes a copy of the workspace to `path` and continues on the copy, read-write. Throws
    // Error; on failure the storage continues as it was.
    virtual void saveAs(const QString &path) = 0;

    QSqlDatabase &database() { return m_db; }
    const SqlDialect &dialect() const { return *m_dialect; }
    int schemaVersion();

    // Reads every row the facade keeps in memory: the catalogue, the stance and detail vectors
    // and the revisions of the detail rows. Throws Error (Corrupt for rows that contradict each
    // other: vectors that do not match the states, an alias of no state).
    virtual void load(Catalogue &catalogue, PositionStore &positions);
    // Reads which states hold an orphaned detached position on each clause.
    void loadOrphaned(const Catalogue &catalogue, PositionStore &positions);

    // `sql` prepared once per connection and kept, ready to run again (a bulk operation runs
    // the same insert for each row: preparing it again compiled its triggers each time). Throws
    // Error.
    SqlQuery statement(const QString &sql);

protected:
    explicit WorkspaceStorage(std::unique_ptr<SqlDialect> dialect);
    // Finalizes the kept statements: before the connection closes.
    void dropStatements() { m_statements.clear(); }

    QSqlDatabase m_db;
    std::unique_ptr<SqlDialect> m_dialect;

private:
    std::map<QString, QSqlQuery> m_statements;
};

} // namespace Plenipo
