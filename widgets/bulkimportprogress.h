// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/bulkimporter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace Plenipo {

class Workspace;

// File > Import Folder: every Akoma Ntoso resolution of a folder in one run, with a progress
// dialog whose Cancel keeps the files done, then the report per file and in total. The whole
// run is one undoable step (Undo Import Folder removes every document it brought).
class BulkImportProgress
{
    Q_DECLARE_TR_FUNCTIONS(BulkImportProgress)

public:
    // Asks for a folder (unless `dir` is given), says how many files it holds and asks whether
    // documents already in the workspace are skipped or replaced, then imports it. Returns the
    // summary (empty when nothing was chosen or the user cancelled).
    static BulkImporter::Summary importFolder(QWidget *parent, Workspace &workspace,
                                              QString dir = {});
    // Imports `files` with the progress dialog and pushes the undoable step; shows the report
    // unless `quiet`.
    static BulkImporter::Summary run(QWidget *parent, Workspace &workspace,
                                     const QStringList &files,
                                     const BulkImporter::Options &options = {}, bool quiet = false);
};

} // namespace Plenipo
