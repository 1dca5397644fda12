// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/fileimporter.h"
#include "exchange/importreport.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Plenipo {

class Workspace;

// Imports many Akoma Ntoso files in one run (`plenipo import WORKSPACE DIR|FILE...`, File >
// Import Folder): each file is read, checked and written in its own transaction, so a file that
// fails, or cancelling, leaves every file done before it imported. A file whose document (or one
// of its parts) is already in the workspace is reported and skipped, or replaced with
// replaceExisting. The run gives a result per file and the totals.
class BulkImporter
{
public:
    struct Options
    {
        bool replaceExisting = false;
        FileImporter::Options file;
    };
    struct FileResult
    {
        enum class Status
        {
            Imported,
            Replaced, // imported in place of documents already there
            Skipped,  // already in the workspace
            Failed,   // refused or with errors: nothing written for this file
        };
        QString path;
        Status status = Status::Failed;
        QStringList documents; // the symbols imported (or found already there)
        int paragraphs = 0;
        bool recordedVote = false;
        int warnings = 0;
        QString message; // why it failed or was skipped
        ImportReport report;
    };
    struct Summary
    {
        QList<FileResult> files;
        int imported = 0;
        int replaced = 0;
        int skipped = 0;
        int failed = 0;
        int documents = 0; // documents written
        int votes = 0;     // recorded votes written
        bool cancelled = false;
        int notRead = 0; // files left when cancelled
        QString toText(bool verbose) const;
        QJsonObject toJson() const;
    };
    // Called before each file (done files so far, the total, the next file); return false to
    // cancel: the files done stay imported.
    using Progress = std::function<bool(int done, int total, const QString &path)>;

    BulkImporter();
    explicit BulkImporter(Options options);

    // The files to import from the arguments: a folder is searched (with its sub-folders) for
    // *.xml and *.akn files, in name order; a file is taken as it is. Throws Error for a path
    // that does not exist.
    static QStringList collectFiles(const QStringList &paths);
    static QString statusKey(FileResult::Status status);
    // The status in the interface language, for people ("imported"); statusKey() is the key.
    static QString statusLabel(FileResult::Status status);

    Summary run(Workspace &workspace, const QStringList &files, const Progress &progress = {});
    // One file, in its own transaction.
    FileResult importFile(Workspace &workspace, const QString &path);

private:
    Options m_options;
};

} // namespace Plenipo
