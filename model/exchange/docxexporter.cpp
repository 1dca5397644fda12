// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/docxexporter.h"

#include "exchange/docxwriter.h"
#include "exchange/exportdocument.h"

using namespace Qt::StringLiterals;

namespace Plenipo {

QString DocxExporter::format() const
{
    return u"docx"_s;
}

QString DocxExporter::suffix() const
{
    return u"docx"_s;
}

QString DocxExporter::displayName() const
{
    return u"Word document"_s;
}

void DocxExporter::write(const Workspace &workspace, const ExportOptions &options,
                         QIODevice &device) const
{
    DocxWriter::write(ExportDocument::build(workspace, options), device);
}

} // namespace Plenipo
