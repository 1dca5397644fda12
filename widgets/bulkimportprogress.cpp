// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bulkimportprogress.h"

#include "commandguard.h"

#include "commands/importdocumentcommand.h"
#include "core/error.h"
#include "storage/workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace Plenipo {

BulkImporter::Summary BulkImportProgress::importFolder(QWidget *parent, Workspace &workspace)
{
    const QString dir =
        QFileDialog::getExistingDirectory(parent, tr("Import Folder of Akoma Ntoso Resolutions"));
    if (dir.isEmpty())
        return {};
    try {
        return run(parent, workspace, BulkImporter::collectFiles({dir}));
    } catch (const Error &e) {
        QMessageBox::warning(parent, tr("Import Folder"), e.message());
        return {};
    }
}

BulkImporter::Summary BulkImportProgress::run(QWidget *parent, Workspace &workspace,
                                              const QStringList &files, bool quiet)
{
    QProgressDialog progress(tr("Importing..."), tr("Cancel"), 0, int(files.size()), parent);
    progress.setWindowTitle(tr("Import Folder"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    BulkImporter::Summary summary;
    std::unique_ptr<ImportDocumentCommand> command;
    try {
        command = ImportDocumentCommand::run(
            workspace,
            [&] {
                summary = BulkImporter().run(
                    workspace, files, [&](int done, int total, const QString &path) {
                        progress.setValue(done);
                        if (!path.isEmpty())
                            progress.setLabelText(tr("Importing %1 (%2 of %3)...")
                                                      .arg(QFileInfo(path).fileName())
                                                      .arg(done + 1)
                                                      .arg(total));
                        QCoreApplication::processEvents();
                        return !progress.wasCanceled();
                    });
            },
            tr("Import Folder"));
    } catch (const Error &e) {
        // Nothing was written: no step to undo. Skipped and failed files are in the summary;
        // a refusal they do not explain is said here.
        if (!quiet && summary.failed == 0 && summary.skipped == 0)
            QMessageBox::warning(parent, tr("Import Folder"), e.message());
    }
    progress.reset();
    // The files are written; the step that undoes them goes through the one entry point of
    // every edit (its first redo does nothing).
    if (command)
        CommandGuard::push(parent, workspace, command.release());
    if (!quiet) {
        QMessageBox box(parent);
        box.setWindowTitle(tr("Import Folder"));
        box.setIcon(summary.failed ? QMessageBox::Warning : QMessageBox::Information);
        QString text =
            tr("%n file(s) imported", nullptr, summary.imported + summary.replaced) + u"\n"_s +
            tr("%n file(s) skipped (already in the workspace)", nullptr, summary.skipped) +
            u"\n"_s + tr("%n file(s) failed", nullptr, summary.failed) + u"\n"_s +
            //: %1 is "3 documents"
            tr("%1 and %n recorded vote(s) written", nullptr, summary.votes)
                .arg(tr("%n document(s)", nullptr, summary.documents));
        if (summary.cancelled)
            text += u"\n"_s + tr("Cancelled: %n file(s) not read", nullptr, summary.notRead);
        box.setText(text);
        box.setDetailedText(summary.toText(true));
        box.exec();
    }
    return summary;
}

} // namespace Plenipo
