// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/sqldialect.h"

namespace Plenipo {

// A workspace on a PostgreSQL server (team mode), through Qt's QPSQL driver. The workspace's
// tables live in the schema `plenipo` (every connection sets its search_path to it); the schema
// version is kept in `plenipo.schema_version`, inside the migration's transaction (PostgreSQL's
// DDL is transactional). Uses only what managed services offer: no superuser, no extension.
class PostgresDialect final : public SqlDialect
{
public:
    // The PostgreSQL schema (namespace) that holds a workspace's tables.
    static QString schemaName();

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
};

} // namespace Plenipo
