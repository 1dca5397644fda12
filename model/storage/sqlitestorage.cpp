// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sqlitestorage.h"

#include "core/error.h"
#include "storage/schema.h"
#include "storage/sqlitedialect.h"
#include "storage/transaction.h"
#include "storage/workspacevalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int connectionCounter = 0;

} // namespace

SqliteStorage::SqliteStorage(QString path, bool readOnly)
    : WorkspaceStorage(std::make_unique<SqliteDialect>())
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{}

SqliteStorage::~SqliteStorage()
{
    Transaction::setBeforeCommit(m_connectionName, {});
    close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

void SqliteStorage::close()
{
    dropStatements();
    if (m_db.isOpen()) {
        if (!m_readOnly)
            m_dialect->checkpoint(m_db);
        m_db.close();
    }
}

QString SqliteStorage::lockFilePath(const QString &workspacePath)
{
    return workspacePath + u".lock"_s;
}

void SqliteStorage::connect(bool readOnly)
{
    dropStatements();
    if (m_db.isOpen()) {
        Transaction::setBeforeCommit(m_connectionName, {});
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_connectionName = u"plenipo-workspace-%1"_s.arg(++connectionCounter);
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (readOnly)
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!m_db.open())
        throw Error(Error::Kind::Corrupt,
                    QCoreApplication::translate("Plenipo::Workspace", "cannot open %1: %2")
                        .arg(displayPath(m_path), m_db.lastError().text()));
    if (!readOnly || QSqlQuery(m_db).exec(u"PRAGMA schema_version"_s))
        return;
    // A write-ahead-log file on a read-only medium: SQLite reads it only through its -shm index,
    // which it cannot create there. Without a -wal file (or an empty one) every committed change
    // is in the file itself, and nothing can change it, so it is opened as immutable. With a
    // non-empty -wal and no -shm the file is refused below rather than read without its last
    // changes.
    const QFileInfo wal(m_path + u"-wal"_s);
    if (QFileInfo(QFileInfo(m_path).absolutePath()).isWritable() ||
        (wal.exists() && wal.size() > 0))
        return; // the first query reports the real cause
    m_db.close();
    m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    m_db.setDatabaseName(
        QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
        u"?immutable=1"_s);
    if (!m_db.open())
        throw Error(Error::Kind::Corrupt,
                    QCoreApplication::translate("Plenipo::Workspace", "cannot open %1: %2")
                        .arg(displayPath(m_path), m_db.lastError().text()));
}

std::unique_ptr<SqliteStorage> SqliteStorage::createEmpty(const QString &path)
{
    std::unique_ptr<SqliteStorage> s(new SqliteStorage(path, false));
    s->connect(false);
    s->m_dialect->configureForWriting(s->m_db);
    Schema::migrate(s->m_db, *s->m_dialect);
    s->m_dialect->markAsWorkspace(s->m_db);
    return s;
}

std::unique_ptr<SqliteStorage> SqliteStorage::open(const QString &path, bool readOnly)
{
    const QFileInfo info(path);
    const QString shown = displayPath(path);
    if (!info.exists())
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("Plenipo::Workspace",
                                                "cannot open %1: the file does not exist")
                        .arg(shown));
    if (!info.isFile())
        throw Error(
            Error::Kind::NotAWorkspace,
            QCoreApplication::translate("Plenipo::Workspace",
                                        "cannot open %1: it is a folder, not a workspace file")
                .arg(shown));
    if (!info.isReadable())
        throw Error(Error::Kind::Io, QCoreApplication::translate(
                                         "Plenipo::Workspace", "cannot open %1: permission denied")
                                         .arg(shown));
    if (!SqliteDialect::looksLikeSqlite(path))
        throw Error(Error::Kind::NotAWorkspace,
                    QCoreApplication::translate(
                        "Plenipo::Workspace",
                        "%1 is not a Plenipo workspace (it is not a workspace database file)")
                        .arg(shown));

    std::unique_ptr<SqliteStorage> ws(new SqliteStorage(info.absoluteFilePath(), readOnly));

    if (!readOnly)
        ws->lock();

    // Inspect through a read-only connection first: nothing is written to a file that turns
    // out not to be a sound workspace of a version we understand.
    int version = 0;
    ws->connect(true);
    try {
        const SqlDialect &d = *ws->m_dialect;
        if (!d.hasWorkspaceMark(ws->m_db))
            throw Error(Error::Kind::NotAWorkspace,
                        QCoreApplication::translate(
                            "Plenipo::Workspace",
                            "%1 is not a Plenipo workspace (it is a database of another "
                            "program)")
                            .arg(shown));
        version = d.schemaVersion(ws->m_db);
        if (version > Schema::currentVersion())
            throw Error(Error::Kind::NewerVersion,
                        QCoreApplication::translate(
                            "Plenipo::Workspace",
                            "%1 was written by a newer version of Plenipo (workspace format %2; "
                            "this version reads formats up to %3)")
                            .arg(shown)
                            .arg(version)
                            .arg(Schema::currentVersion()));
        const QString problem = d.integrityProblem(ws->m_db);
        if (!problem.isEmpty())
            throw Error(Error::Kind::Corrupt,
                        QCoreApplication::translate("Plenipo::Workspace", "%1 is damaged: %2")
                            .arg(shown, problem));
        if (version < 1)
            throw Error(Error::Kind::NotAWorkspace,
                        QCoreApplication::translate(
                            "Plenipo::Workspace",
                            "%1 is not a Plenipo workspace (it holds no workspace tables)")
                            .arg(shown));
        if (readOnly && version < Schema::currentVersion())
            throw Error(Error::Kind::ReadOnly,
                        QCoreApplication::translate(
                            "Plenipo::Workspace",
                            "%1 uses the older workspace format %2; open it for editing once to "
                            "upgrade it")
                            .arg(shown)
                            .arg(version));
        // A current file is validated before anything is written to it; an older one after
        // its upgrade (below), whose transaction a refusal does not undo.
        if (version == Schema::currentVersion())
            ws->validate();
    } catch (const Error &e) {
        if (e.kind() == Error::Kind::Database)
            throw Error(Error::Kind::Corrupt,
                        QCoreApplication::translate("Plenipo::Workspace",
                                                    "%1 is damaged or not a workspace: %2")
                            .arg(shown, e.message()));
        throw;
    }

    try {
        if (!readOnly) {
            ws->connect(false);
            ws->m_dialect->configureForWriting(ws->m_db);
            if (version < Schema::currentVersion()) {
                Schema::migrate(ws->m_db, *ws->m_dialect);
                ws->validate();
            }
            // A bulk import cut short (a crash, a kill) leaves rows queued for the index: a
            // search would take them in anyway, but the file should not stay behind.
            if (ws->m_dialect->pendingSearchRows(ws->m_db) > 0) {
                Transaction t(ws->m_db);
                t.commit();
            }
        }
    } catch (const Error &e) {
        if (e.kind() == Error::Kind::Database)
            throw Error(Error::Kind::Corrupt,
                        QCoreApplication::translate("Plenipo::Workspace", "cannot read %1: %2")
                            .arg(shown, e.message()));
        throw;
    }
    return ws;
}

void SqliteStorage::lock()
{
    const QFileInfo info(m_path);
    const QString shown = displayPath(m_path);
    m_lock = std::make_unique<QLockFile>(lockFilePath(m_path));
    m_lock->setStaleLockTime(0); // stale only when the holding process is gone
    bool locked = m_lock->tryLock(0);
    if (!locked && m_lock->error() == QLockFile::LockFailedError) {
        // QLockFile creates the file, then writes the holder's pid into it: a process killed
        // in between leaves a lock nobody holds and nobody can read, which a stale-lock time
        // of 0 never clears. A live holder finishes writing in microseconds, so a lock still
        // unreadable a moment later is that leftover.
        qint64 pid = 0;
        QString host, app;
        if (!m_lock->getLockInfo(&pid, &host, &app)) {
            QThread::msleep(200);
            if (!m_lock->getLockInfo(&pid, &host, &app) &&
                QFileInfo::exists(lockFilePath(m_path))) {
                m_lock->removeStaleLockFile();
                locked = m_lock->tryLock(0);
            }
        }
    }
    if (!locked) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        if (m_lock->error() == QLockFile::LockFailedError)
            throw Error(Error::Kind::Locked,
                        QCoreApplication::translate(
                            "Plenipo::Workspace",
                            "%1 is open for editing in another Plenipo (process %2 on %3); "
                            "it can be opened read-only")
                            .arg(shown)
                            .arg(pid)
                            .arg(host.isEmpty() ? QCoreApplication::translate("Plenipo::Workspace",
                                                                              "this computer")
                                                : host));
        // The usual cause: a read-only medium (a CD, a read-only mount) or a folder the
        // user may not write to. The file can still be read.
        if (!QFileInfo(info.absolutePath()).isWritable() || !info.isWritable())
            throw Error(Error::Kind::ReadOnly,
                        QCoreApplication::translate(
                            "Plenipo::Workspace",
                            "%1 is on a read-only medium or in a folder you may not write to: "
                            "it can be opened read-only")
                            .arg(shown));
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate(
                        "Plenipo::Workspace",
                        "cannot open %1 for editing: the lock file %2 cannot be created")
                        .arg(shown, displayPath(lockFilePath(m_path))));
    }
}

void SqliteStorage::saveAs(const QString &path)
{
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    const QString shown = displayPath(path);
    if (absolute == m_path)
        return;
    if (!target.absoluteDir().exists())
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("Plenipo::Workspace",
                                                "cannot save as %1: the folder does not exist")
                        .arg(shown));

    auto lock = std::make_unique<QLockFile>(lockFilePath(absolute));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        throw Error(Error::Kind::Locked,
                    QCoreApplication::translate(
                        "Plenipo::Workspace",
                        "cannot save as %1: that workspace is open in another Plenipo")
                        .arg(shown));

    const QString temp = absolute + u".tmp-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    try {
        m_dialect->copyTo(m_db, temp);
    } catch (...) {
        QFile::remove(temp); // a copy cut short (a full disk) leaves nothing behind
        throw;
    }
    // rename(2) replaces the target atomically: readers see the old file or the new one.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(absolute).constData()) !=
        0) {
        QFile::remove(temp);
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("Plenipo::Workspace", "cannot save as %1: %2")
                        .arg(shown, QString::fromLocal8Bit(strerror(errno))));
    }
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(absolute + QLatin1StringView(suffix));

    if (!m_readOnly)
        m_dialect->checkpoint(m_db);
    m_path = absolute;
    m_lock = std::move(lock);
    m_readOnly = false;
    connect(false);
    m_dialect->configureForWriting(m_db);
}

void SqliteStorage::validate()
{
    const QString problem = WorkspaceValidator::problem(m_db);
    if (!problem.isEmpty())
        throw Error(Error::Kind::Corrupt,
                    QCoreApplication::translate("Plenipo::Workspace",
                                                "%1 is damaged: %2; nothing was changed")
                        .arg(displayPath(m_path), problem));
}

} // namespace Plenipo
