// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/bulkimporter.h"

#include "core/error.h"
#include "exchange/aknimporter.h"
#include "storage/workspace.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::BulkImporter", text, comment, n);
}

} // namespace

BulkImporter::BulkImporter()
    : BulkImporter(Options())
{}

BulkImporter::BulkImporter(Options options)
    : m_options(std::move(options))
{
    m_options.file.replaceExisting = m_options.replaceExisting;
}

QStringList BulkImporter::collectFiles(const QStringList &paths)
{
    QStringList files;
    QCollator collator;
    collator.setNumericMode(true);
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            throw Error(Error::Kind::Io, tr("%1: no such file or folder").arg(path));
        if (!info.isDir()) {
            files << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, {u"*.xml"_s, u"*.akn"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        std::sort(found.begin(), found.end(),
                  [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        files += found;
    }
    return files;
}

QString BulkImporter::statusKey(FileResult::Status status)
{
    switch (status) {
    case FileResult::Status::Imported:
        return u"imported"_s;
    case FileResult::Status::Replaced:
        return u"replaced"_s;
    case FileResult::Status::Skipped:
        return u"skipped"_s;
    case FileResult::Status::Failed:
        return u"failed"_s;
    }
    return {};
}

BulkImporter::FileResult BulkImporter::importFile(Workspace &workspace, const QString &path)
{
    FileResult result;
    result.path = path;
    try {
        FileImporter importer(workspace, m_options.file);
        importer.read(path, FileImporter::Format::Akn);
        const AknImporter *akn = importer.aknImporter();
        result.report = importer.report();
        result.warnings = result.report.warningCount();
        QList<const AknImporter *> docs = akn->parts();
        if (docs.isEmpty())
            docs << akn;
        for (const AknImporter *d : std::as_const(docs)) {
            result.documents << d->document().symbol;
            result.paragraphs += int(d->clauses().size());
            result.recordedVote = result.recordedVote || d->recordedVote().has_value();
        }
        const QStringList existing = akn->existingSymbols();
        if (!existing.isEmpty() && !m_options.replaceExisting) {
            // Only "already there" errors: reported and skipped, not a failure.
            const int others = result.report.errorCount() - int(existing.size());
            if (others <= 0) {
                result.status = FileResult::Status::Skipped;
                //: Why a folder import skipped a file: %1 is the list of document symbols.
                result.message = tr("already in the workspace: %1").arg(existing.join(u", "_s));
                return result;
            }
        }
        if (result.report.hasErrors()) {
            result.status = FileResult::Status::Failed;
            for (const ImportReport::Problem &p : result.report.problems()) {
                if (p.severity == ImportReport::Severity::Error) {
                    //: Why a folder import failed: %1 is the place in the file ("line 12"), %2
                    //: the error.
                    result.message =
                        p.place.isEmpty() ? p.message : tr("%1: %2").arg(p.place, p.message);
                    break;
                }
            }
            return result;
        }
        importer.apply(workspace);
        result.report = importer.report();
        result.status =
            existing.isEmpty() ? FileResult::Status::Imported : FileResult::Status::Replaced;
    } catch (const Error &e) {
        result.status = FileResult::Status::Failed;
        result.message = e.message();
        result.documents.clear();
        result.paragraphs = 0;
        result.recordedVote = false;
    }
    return result;
}

BulkImporter::Summary BulkImporter::run(Workspace &workspace, const QStringList &files,
                                        const Progress &progress)
{
    Summary summary;
    // Each file commits alone, the search index takes in all of them at the end (see
    // DeferredIndexing: a fraction of the cost of indexing at every file).
    Workspace::DeferredIndexing deferred(workspace);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress && !progress(int(i), int(files.size()), files[i])) {
            summary.cancelled = true;
            summary.notRead = int(files.size() - i);
            break;
        }
        FileResult r = importFile(workspace, files[i]);
        switch (r.status) {
        case FileResult::Status::Imported:
            ++summary.imported;
            break;
        case FileResult::Status::Replaced:
            ++summary.replaced;
            break;
        case FileResult::Status::Skipped:
            ++summary.skipped;
            break;
        case FileResult::Status::Failed:
            ++summary.failed;
            break;
        }
        if (r.status == FileResult::Status::Imported || r.status == FileResult::Status::Replaced) {
            summary.documents += int(r.documents.size());
            summary.votes += r.recordedVote ? int(r.documents.size()) : 0;
        }
        summary.files << std::move(r);
    }
    deferred.finish();
    if (progress && !summary.cancelled)
        progress(int(files.size()), int(files.size()), QString());
    return summary;
}

QString BulkImporter::statusLabel(FileResult::Status status)
{
    switch (status) {
    case FileResult::Status::Imported:
        //: What a folder import did with one file.
        return tr("imported");
    case FileResult::Status::Replaced:
        //: What a folder import did with one file: it replaced the document already there.
        return tr("replaced");
    case FileResult::Status::Skipped:
        //: What a folder import did with one file: the document was already there.
        return tr("skipped");
    case FileResult::Status::Failed:
        //: What a folder import did with one file: it could not be imported.
        return tr("failed");
    }
    return {};
}

QString BulkImporter::Summary::toText(bool verbose) const
{
    QString out;
    for (const FileResult &f : files) {
        out += u"%1: %2"_s.arg(f.path, statusLabel(f.status));
        if (!f.documents.isEmpty())
            out += u" (%1)"_s.arg(f.documents.join(u", "_s));
        if (f.status == FileResult::Status::Imported || f.status == FileResult::Status::Replaced) {
            // Two counts in one line: the translations name the numbers without a plural form.
            out += f.recordedVote
                       //: The rest of a folder import's line for one file: %1 is the number
                       //: of paragraphs, %2 the number of warnings.
                       ? QCoreApplication::translate("Plenipo::BulkImporter",
                                                     ", %1 paragraph(s), recorded vote, %2 "
                                                     "warning(s)")
                             .arg(f.paragraphs)
                             .arg(f.warnings)
                       //: The rest of a folder import's line for one file: %1 is the number
                       //: of paragraphs, %2 the number of warnings.
                       : QCoreApplication::translate("Plenipo::BulkImporter",
                                                     ", %1 paragraph(s), %2 warning(s)")
                             .arg(f.paragraphs)
                             .arg(f.warnings);
        }
        if (!f.message.isEmpty())
            out += u": "_s + f.message;
        out += u'\n';
        if (verbose) {
            for (const ImportReport::Problem &p : f.report.problems()) {
                if (p.severity == ImportReport::Severity::Info)
                    continue;
                out += u"  %1: %2%3\n"_s.arg(ImportReport::severityLabel(p.severity),
                                             p.place.isEmpty() ? QString() : p.place + u": "_s,
                                             p.message);
            }
        }
    }
    //: The last line of a folder import; the counts are named without a plural form.
    out += QCoreApplication::translate(
               "Plenipo::BulkImporter",
               "total: %1 file(s): %2 imported, %3 replaced, %4 skipped (already there), %5 "
               "failed; %6 document(s), %7 recorded vote(s)")
               .arg(files.size() + notRead)
               .arg(imported)
               .arg(replaced)
               .arg(skipped)
               .arg(failed)
               .arg(documents)
               .arg(votes);
    if (cancelled)
        //: Added to the last line of a folder import that was cancelled.
        out += QCoreApplication::translate("Plenipo::BulkImporter",
                                           "; cancelled, %n file(s) not read", nullptr, notRead);
    out += u'\n';
    return out;
}

QJsonObject BulkImporter::Summary::toJson() const
{
    QJsonArray list;
    for (const FileResult &f : files) {
        QJsonObject o{{u"file"_s, f.path},
                      {u"status"_s, statusKey(f.status)},
                      {u"documents"_s, QJsonArray::fromStringList(f.documents)},
                      {u"paragraphs"_s, f.paragraphs},
                      {u"recordedVote"_s, f.recordedVote},
                      {u"warnings"_s, f.warnings}};
        if (!f.message.isEmpty())
            o.insert(u"message"_s, f.message);
        o.insert(u"report"_s, f.report.toJson());
        list.append(o);
    }
    return QJsonObject{{u"files"_s, list},
                       {u"total"_s, QJsonObject{{u"files"_s, int(files.size()) + notRead},
                                                {u"imported"_s, imported},
                                                {u"replaced"_s, replaced},
                                                {u"skipped"_s, skipped},
                                                {u"failed"_s, failed},
                                                {u"documents"_s, documents},
                                                {u"recordedVotes"_s, votes},
                                                {u"cancelled"_s, cancelled},
                                                {u"notRead"_s, notRead}}}};
}

} // namespace Plenipo
