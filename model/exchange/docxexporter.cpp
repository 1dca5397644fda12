// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/docxexporter.h"

#include "exchange/docxwriter.h"
#include "exchange/exportdocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::DocxExporter", text, comment, n);
}

} // namespace

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
    //: The name of an export format, in the export dialog.
    return tr("Word document");
}

void DocxExporter::write(const Workspace &workspace, const ExportOptions &options,
                         QIODevice &device) const
{
    DocxWriter::write(ExportDocument::build(workspace, options), device);
}

} // namespace Plenipo
