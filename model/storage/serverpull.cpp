// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serverpull.h"

#include "core/error.h"
#include "storage/postgresdialect.h"
#include "storage/schema.h"
#include "storage/scopedconnection.h"
#include "storage/serverconnection.h"
#include "storage/serverpush.h"
#include "storage/sqlitedialect.h"
#include "storage/stancematrix.h"
#include "storage/tablecopy.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::ServerPull", text, comment, n);
}

// Fills stance_vector from the position rows of the file: one byte per state (observers left
// out) in ascending state id order (StanceMatrix::encode) and the run-length encoded detail ids
// beside it, as the workspace itself writes them.
void buildVectors(QSqlDatabase &file)
{
    QHash<qint64, int> stateIndex;
    {
        // Observer states (un_member 0) take no place in the vectors (see StateDirectory).
        QSqlQuery q =
            TableCopy::run(file, u"SELECT id FROM state WHERE un_member <> 0 ORDER BY id"_s);
        while (q.next())
            stateIndex.insert(q.value(0).toLongLong(), int(stateIndex.size()));
    }
    struct Vectors
    {
        QByteArray stances;
        QList<qint64> details;
    };
    QMap<std::pair<qint64, QString>, Vectors> vectors;
    QSqlQuery q =
        TableCopy::run(file, u"SELECT clause_id, alternative, state_id, stance, detail_id "
                             u"FROM position"_s);
    while (q.next()) {
        const int index = stateIndex.value(q.value(2).toLongLong(), -1);
        if (index < 0)
            throw Error(
                Error::Kind::Corrupt,
                QCoreApplication::translate("Plenipo::ServerPull",
                                            "the server sent a position of an unknown state"));
        Vectors &v = vectors[{q.value(0).toLongLong(), q.value(1).toString()}];
        if (v.stances.isEmpty()) {
            v.stances = QByteArray(stateIndex.size(), '\0');
            v.details = QList<qint64>(stateIndex.size(), 0);
        }
        v.stances[index] = char(StanceMatrix::encode(Stance(std::clamp(q.value(3).toInt(), 0, 4))));
        v.details[index] = q.value(4).toLongLong();
    }
    for (auto it = vectors.cbegin(); it != vectors.cend(); ++it)
        TableCopy::run(file,
                       u"INSERT INTO stance_vector (clause_id, alternative, stances, details) "
                       u"VALUES (?, ?, ?, ?)"_s,
                       {it.key().first, it.key().second, it.value().stances,
                        StanceMatrix::encodeDetails(it.value().details)});
}

} // namespace

ServerPull::Result ServerPull::pull(ServerConnection &connection, const QString &filePath)
{
    QSqlDatabase &server = connection.db();
    if (QFileInfo::exists(filePath))
        throw Error(Error::Kind::Io, tr("%1 already exists: pull writes a new file").arg(filePath));
    const QString dir = QFileInfo(filePath).absolutePath();
    if (!QFileInfo(dir).isDir())
        throw Error(Error::Kind::Io, tr("%1: no such folder").arg(dir));
    const QString partial = QDir(dir).filePath(u".%1.pull-%2"_s.arg(
        QFileInfo(filePath).fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    const auto cleanup = qScopeGuard([&] {
        QFile::remove(partial);
        QFile::remove(partial + u"-wal"_s);
        QFile::remove(partial + u"-shm"_s);
    });

    const PostgresDialect serverDialect;
    serverDialect.configureForWriting(server); // search_path
    const int version = serverDialect.schemaVersion(server);
    if (version != Schema::currentVersion())
        throw Error(
            Error::Kind::Invalid,
            tr("the server workspace has schema version %1, this Plenipo writes files of version "
               "%2")
                .arg(version)
                .arg(Schema::currentVersion()));

    Result result;
    {
        ScopedConnection fileConnection(u"QSQLITE"_s, u"pull"_s);
        QSqlDatabase &file = fileConnection.db();
        file.setDatabaseName(partial);
        if (!file.open())
            throw Error(Error::Kind::Io, tr("cannot write %1").arg(partial));
        const SqliteDialect fileDialect;
        TableCopy::run(file, u"PRAGMA foreign_keys = ON"_s);
        Schema::migrate(file, fileDialect);
        // One snapshot of the server for every table: a repeatable-read transaction.
        TableCopy::run(server, u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
        const auto endRead = qScopeGuard([&] { QSqlQuery(server).exec(u"ROLLBACK"_s); });
        Transaction t(file);
        fileDialect.markAsWorkspace(file);
        const QStringList serverTables = ServerPush::serverTables(server);
        for (const QString &table : ServerPush::fileTables(file)) {
            // Stance vectors are the owner's alone on the server: they are rebuilt below from the
            // position rows this user may read.
            if (table == u"stance_vector" || !serverTables.contains(table))
                continue;
            TableCopy::Spec spec = ServerPush::spec(file, server, table);
            spec.sourcePrefix = u"plenipo."_s;
            result.rows += TableCopy::copy(server, file, spec);
            ++result.tables;
        }
        buildVectors(file);
        SqliteDialect::flushSearchQueue(file); // the rows copied in, indexed
        t.commit();
        fileDialect.checkpoint(file);
    }
    if (!QFile::rename(partial, filePath))
        throw Error(Error::Kind::Io, tr("cannot rename %1 to %2").arg(partial, filePath));
    return result;
}

} // namespace Plenipo
