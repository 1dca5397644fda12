// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/pdfexporter.h"

#include "core/error.h"
#include "exchange/exportdocument.h"
#include "exchange/textdocumentbuilder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::PdfExporter", text, comment, n);
}

} // namespace

QString PdfExporter::format() const
{
    return u"pdf"_s;
}

QString PdfExporter::suffix() const
{
    return u"pdf"_s;
}

QString PdfExporter::displayName() const
{
    //: The name of an export format, in the export dialog.
    return tr("PDF document");
}

// QPdfWriter (Qt GUI) rather than QPrinter: QPrinter is in Qt PrintSupport, which pulls in Qt
// Widgets, and the model layer must not link them.
void PdfExporter::write(const Workspace &workspace, const ExportOptions &options,
                        QIODevice &device) const
{
    const ExportDocument content = ExportDocument::build(workspace, options);
    const auto doc = TextDocumentBuilder::build(content);
    // QPdfWriter closes its device when it ends: write into memory, then to `device`.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(u"Plenipo"_s);
    writer.setTitle(content.title);
    // A4 with the Word export's 25 mm margins. The document is laid out on the printable area
    // in its own units (1/96 inch), so its indents and tab stops keep their size in print and
    // print() adds no margin of its own.
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                             QMarginsF(25, 25, 25, 25), QPageLayout::Millimeter);
    writer.setPageLayout(layout);
    const QRectF area = layout.paintRect(QPageLayout::Inch);
    doc->setDocumentMargin(0);
    doc->setPageSize(QSizeF(area.width() * 96, area.height() * 96));
    doc->print(&writer);
    if (bytes.isEmpty() || device.write(bytes) != bytes.size())
        throw Error(Error::Kind::Io, tr("cannot write the PDF: %1").arg(device.errorString()));
}

} // namespace Plenipo
