// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/sqldialect.h"

class QSqlError;

namespace Plenipo {

// The embedded default: one SQLite file per workspace, WAL journal, foreign keys on, schema
// version in PRAGMA user_version, Plenipo's mark in PRAGMA application_id.
class SqliteDialect final : public SqlDialect
{
public:
    // 'PLNP': identifies a Plenipo workspace among SQLite files.
    static constexpr int applicationId = 0x504c4e50;

    // The error as a user reads it: SQLite's "database or disk is full" (the disk, a quota or
    // the process's file size limit), "attempt to write a readonly database" (a read-only
    // medium) and I/O errors say what happened and that nothing was saved; other errors keep
    // SQLite's text.
    static QString describeError(const QSqlError &error);

    QString driverName() const override;
    QString primaryKeyType() const override;
    QString foreignKeyType() const override;
    QString blobType() const override;
    void configureForWriting(QSqlDatabase &db) const override;
    int schemaVersion(QSqlDatabase &db) const override;
    void setSchemaVersion(QSqlDatabase &db, int version) const override;
    bool hasWorkspaceMark(QSqlDatabase &db) const override;
    void markAsWorkspace(QSqlDatabase &db) const override;
    QString integrityProblem(QSqlDatabase &db) const override;
    void copyTo(QSqlDatabase &db, const QString &path) const override;
    void checkpoint(QSqlDatabase &db) const override;
    QStringList searchIndexSchema() const override;
    QStringList searchQueueMigration() const override;
    QStringList searchContentMigration() const override;
    void flushSearchIndex(QSqlDatabase &db) const override;
    void setIndexOnCommit(QSqlDatabase &db, bool on) const override;
    qint64 pendingSearchRows(QSqlDatabase &db) const override;
    QString searchExpression(const SearchQuery &query) const override;
    QString searchSql(SearchHit::Kind kind, bool byDocument, bool byProcess,
                      bool includeInternal) const override;

    // Indexes the rows the triggers queued since the transaction began, and empties the queue;
    // every writing connection's outermost transaction runs it before it commits
    // (configureForWriting registers it). Throws Error.
    static void flushSearchQueue(QSqlDatabase &db);

    // True when the first bytes of the file are SQLite's header (reads, never writes).
    static bool looksLikeSqlite(const QString &path);
};

} // namespace Plenipo
