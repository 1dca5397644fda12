// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/workspacestorage.h"

#include <QString>

#include <memory>

class QLockFile;

namespace Plenipo {

// A workspace file: one SQLite database in write-ahead-log mode, with a lock file beside it
// while a session has it open for editing (QLockFile; a second session may open it read-only).
// Every error is an Error whose message names the file and the reason.
class SqliteStorage : public WorkspaceStorage
{
public:
    // A new file at `path` (which must not exist) with the current schema and the workspace
    // mark, nothing else, open for writing and not locked (Workspace::create builds under a
    // temporary name and renames).
    static std::unique_ptr<SqliteStorage> createEmpty(const QString &path);
    // Opens a workspace file: refuses what is not one (with the reason), locks it for editing,
    // inspects it through a read-only connection before anything is written, validates it,
    // and for editing upgrades an older format. Read-only refuses an older format.
    static std::unique_ptr<SqliteStorage> open(const QString &path, bool readOnly);
    ~SqliteStorage() override;

    QString location() const override { return m_path; }
    bool isReadOnly() const override { return m_readOnly; }
    void saveAs(const QString &path) override;

    // Folds the write-ahead log into the file and closes the connection (before a rename).
    void close();

    // Path of the lock file that marks `workspacePath` as open for editing.
    static QString lockFilePath(const QString &workspacePath);

private:
    SqliteStorage(QString path, bool readOnly);
    void connect(bool readOnly);
    // Refuses (Error::Kind::Corrupt) a file WorkspaceValidator finds a problem in.
    void validate();
    void lock();

    QString m_path;
    bool m_readOnly = false;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Plenipo
