// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/searchhit.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Plenipo {

class SearchQuery;

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

    // ---- full-text search (schema version 5) ------------------------------------------------
    // The search index covers clause (number, text), clause_revision (text), document (symbol,
    // title), norm (code, title, summary), position_detail (source text and symbol, note) and
    // state (code, names, and its state_alias rows). It is kept by the engine itself (triggers,
    // or generated columns), so every transaction that changes those tables changes the index
    // with them and no C++ code path can forget it.

    // The statements that create the index and fill it from the rows already there.
    virtual QStringList searchIndexSchema() const = 0;
    // Schema version 9: how the index is kept changes (SQLite: through a queue that each
    // transaction empties before it commits), not what it holds.
    virtual QStringList searchQueueMigration() const = 0;
    // Schema version 10: the index reads the indexed texts from their tables instead of keeping
    // a copy (SQLite's external content), where the engine needs that said.
    virtual QStringList searchContentMigration() const = 0;
    // Indexes what is still pending (inside the caller's transaction).
    virtual void flushSearchIndex(QSqlDatabase &db) const = 0;
    // Whether each outermost transaction of `db` indexes what it queued before it commits (the
    // default, set by configureForWriting). A bulk import turns it off for its run and indexes
    // once at the end (Workspace::DeferredIndexing).
    virtual void setIndexOnCommit(QSqlDatabase &db, bool on) const = 0;
    // How many changed rows wait to be indexed (0 where the engine indexes at once). Between
    // transactions it is 0 except during a bulk import or after one was cut short.
    virtual qint64 pendingSearchRows(QSqlDatabase &db) const = 0;
    // The engine's form of a parsed, non-empty query (its terms; the options are in the SQL).
    virtual QString searchExpression(const SearchQuery &query) const = 0;
    // The SQL of one kind's search, in the order the rows were made (row id). Named placeholders,
    // each used at most once: :match (searchExpression), :document when `byDocument`, :process when
    // `byProcess`, :limit. Columns: 0 the matched row's id, 1 clause id, 2 document id (0 when
    // none), 3 the context with every match between U+0002 and U+0003, 4 the revision's number
    // (revisions) or the internal flag (positions), 5 the alternative (positions), 6 up to 12 ISO3
    // codes joined by spaces (positions: the states on the first clause), 7 how many positions
    // there share the details, 8 on how many clauses in the filter (positions). Positions with
    // internal details only when `includeInternal`.
    virtual QString searchSql(SearchHit::Kind kind, bool byDocument, bool byProcess,
                              bool includeInternal) const = 0;
};

} // namespace Plenipo
