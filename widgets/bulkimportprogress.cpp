// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bulkimportprogress.h"

#include "commandguard.h"

#include "commands/importdocumentcommand.h"
#include "core/error.h"
#include "storage/workspace.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Plenipo {

BulkImporter::Summary BulkImportProgress::importFolder(QWidget *parent, Workspace &workspace,
                                                       QString dir)
{
    if (dir.isEmpty())
        dir = QFileDialog::getExistingDirectory(parent,
                                                tr("Import Folder of Akoma Ntoso Resolutions"));
    if (dir.isEmpty())
        return {};
    QStringList files;
    try {
        files = BulkImporter::collectFiles({dir});
    } catch (const Error &e) {
        QMessageBox::warning(parent, tr("Import Folder"), e.message());
        return {};
    }
    if (files.isEmpty()) {
        QMessageBox::information(parent, tr("Import Folder"),
                                 tr("%1 holds no Akoma Ntoso file (*.xml, *.akn), in it or in "
                                    "its sub-folders.")
                                     .arg(QDir::toNativeSeparators(dir)));
        return {};
    }
    // Skip or replace: the same choice as the command line's --replace, asked before the run.
    QMessageBox ask(parent);
    ask.setWindowTitle(tr("Import Folder"));
    ask.setIcon(QMessageBox::Question);
    ask.setText(tr("Import the %n Akoma Ntoso file(s) of %1?", nullptr, int(files.size()))
                    .arg(QDir::toNativeSeparators(dir)));
    ask.setInformativeText(tr("Each file is imported in its own transaction; Cancel during the "
                              "run keeps the files done. The whole run is one step to undo."));
    auto *replace = new QCheckBox(
        tr("&Replace documents already in the workspace (otherwise they are skipped)"), &ask);
    ask.setCheckBox(replace);
    QPushButton *import = ask.addButton(tr("&Import"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(import);
    ask.exec();
    if (ask.clickedButton() != import)
        return {};
    BulkImporter::Options options;
    options.replaceExisting = replace->isChecked();
    return run(parent, workspace, files, options);
}

BulkImporter::Summary BulkImportProgress::run(QWidget *parent, Workspace &workspace,
                                              const QStringList &files,
                                              const BulkImporter::Options &options, bool quiet)
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
                summary = BulkImporter(options).run(
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
        QStringList lines{tr("%n file(s) imported", nullptr, summary.imported)};
        if (summary.replaced)
            lines << tr("%n file(s) replaced documents already in the workspace", nullptr,
                        summary.replaced);
        lines << tr("%n file(s) skipped (already in the workspace)", nullptr, summary.skipped)
              << tr("%n file(s) failed", nullptr, summary.failed)
              //: %1 is "3 documents"
              << tr("%1 and %n recorded vote(s) written", nullptr, summary.votes)
                     .arg(tr("%n document(s)", nullptr, summary.documents));
        QString text = lines.join(u'\n');
        if (summary.cancelled)
            text += u"\n"_s + tr("Cancelled: %n file(s) not read", nullptr, summary.notRead);
        box.setText(text);
        box.setDetailedText(summary.toText(true));
        box.exec();
    }
    return summary;
}

} // namespace Plenipo
