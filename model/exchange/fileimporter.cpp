// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/fileimporter.h"

#include "core/error.h"
#include "exchange/aknimporter.h"
#include "exchange/positionscsvimporter.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::FileImporter", text, comment, n);
}

} // namespace

FileImporter::FileImporter(const Workspace &workspace)
    : FileImporter(workspace, Options())
{}

FileImporter::FileImporter(const Workspace &workspace, Options options)
    : m_workspace(workspace)
    , m_options(std::move(options))
{}

FileImporter::~FileImporter() = default;

QString FileImporter::key(Format format)
{
    switch (format) {
    case Format::Akn:
        return u"akn"_s;
    case Format::Docx:
        return u"docx"_s;
    case Format::Text:
        return u"txt"_s;
    case Format::Csv:
        break;
    }
    return u"csv"_s;
}

std::optional<FileImporter::Format> FileImporter::formatFromKey(QStringView key)
{
    for (const Format f : {Format::Akn, Format::Docx, Format::Text, Format::Csv}) {
        if (key.compare(FileImporter::key(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QStringList FileImporter::formatKeys()
{
    return {u"akn"_s, u"docx"_s, u"txt"_s, u"csv"_s};
}

FileImporter::Format FileImporter::guessFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xml" || suffix == u"akn")
        return Format::Akn;
    if (suffix == u"docx")
        return Format::Docx;
    if (suffix == u"csv")
        return Format::Csv;
    return Format::Text;
}

const ImportReport &FileImporter::read(const QString &path, std::optional<Format> format)
{
    const QByteArray data = ImportGuard::readFile(path, m_options.limits);
    return readData(data, QFileInfo(path).fileName(), format.value_or(guessFormat(path)));
}

const ImportReport &FileImporter::readData(QByteArrayView data, const QString &name, Format format)
{
    m_akn.reset();
    m_csv.reset();
    m_draft.reset();
    m_format = format;
    ImportGuard::requireSize(data, name, m_options.limits.maxFileBytes);
    // Built aside and kept only when the read succeeds: a refused file leaves nothing to apply.
    switch (format) {
    case Format::Akn: {
        auto importer = std::make_unique<AknImporter>(m_workspace);
        importer->setReplaceExisting(m_options.replaceExisting);
        importer->read(data, name);
        m_akn = std::move(importer);
        break;
    }
    case Format::Csv: {
        auto importer = std::make_unique<PositionsCsvImporter>(m_workspace);
        importer->read(data, name);
        m_csv = std::move(importer);
        break;
    }
    case Format::Docx:
    case Format::Text: {
        auto importer = std::make_unique<DraftImporter>(m_workspace, m_options.draft);
        if (format == Format::Docx)
            importer->readDocx(data, name, m_options.limits);
        else
            importer->readText(data, name);
        m_draft = std::move(importer);
        break;
    }
    }
    return report();
}

const ImportReport &FileImporter::report() const
{
    if (m_akn)
        return m_akn->report();
    if (m_csv)
        return m_csv->report();
    if (m_draft)
        return m_draft->report();
    return m_empty;
}

ImportReport &FileImporter::report()
{
    return const_cast<ImportReport &>(std::as_const(*this).report());
}

bool FileImporter::offersValidRows() const
{
    return m_csv && m_csv->report().hasErrors() && !m_csv->validRows().isEmpty();
}

bool FileImporter::canApply(bool acceptValid) const
{
    if (!m_akn && !m_csv && !m_draft)
        return false;
    if (!report().hasErrors())
        return true;
    return acceptValid && offersValidRows();
}

void FileImporter::apply(Workspace &workspace, bool acceptValid)
{
    if (m_akn)
        m_akn->apply(workspace);
    else if (m_csv)
        m_csv->apply(workspace, acceptValid);
    else if (m_draft)
        m_draft->apply(workspace);
    else
        throw Error(Error::Kind::Invalid, tr("import: read a file first"));
}

} // namespace Plenipo
