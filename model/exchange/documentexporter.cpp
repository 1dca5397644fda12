// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/documentexporter.h"

#include "exchange/aknexporter.h"
#include "exchange/atomicfile.h"
#include "exchange/docxexporter.h"
#include "exchange/odtexporter.h"
#include "exchange/pdfexporter.h"
#include "exchange/positionscsvexporter.h"

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

struct Entry
{
    QStringView format;
    std::unique_ptr<DocumentExporter> (*make)();
};

template<typename T>
std::unique_ptr<DocumentExporter> make()
{
    return std::make_unique<T>();
}

// Every export format, in the order --help and the export dialog list them. Add a format here.
// clang-format off
const Entry entries[] = {
    {u"docx", &make<DocxExporter>},
    {u"pdf", &make<PdfExporter>},
    {u"odt", &make<OdtExporter>},
    {u"akn", &make<AknExporter>},
    {u"csv", &make<PositionsCsvExporter>},
};
// clang-format on
} // namespace

DocumentExporter::~DocumentExporter() = default;

void DocumentExporter::exportToFile(const Workspace &workspace, const ExportOptions &options,
                                    const QString &path) const
{
    AtomicFile::write(path, [&](QIODevice &device) { write(workspace, options, device); });
}

std::unique_ptr<DocumentExporter> DocumentExporter::create(QStringView format)
{
    for (const Entry &entry : entries) {
        if (entry.format.compare(format, Qt::CaseInsensitive) == 0)
            return entry.make();
    }
    return nullptr;
}

QStringList DocumentExporter::formats()
{
    QStringList names;
    for (const Entry &entry : entries)
        names.append(entry.format.toString());
    return names;
}

} // namespace Plenipo
