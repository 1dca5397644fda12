// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/odtexporter.h"

#include "core/error.h"
#include "exchange/exportdocument.h"
#include "exchange/textdocumentbuilder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::OdtExporter", text, comment, n);
}

} // namespace

QString OdtExporter::format() const
{
    return u"odt"_s;
}

QString OdtExporter::suffix() const
{
    return u"odt"_s;
}

QString OdtExporter::displayName() const
{
    //: The name of an export format, in the export dialog.
    return tr("OpenDocument text");
}

void OdtExporter::write(const Workspace &workspace, const ExportOptions &options,
                        QIODevice &device) const
{
    const auto doc = TextDocumentBuilder::build(ExportDocument::build(workspace, options));
    // The writer closes its device when done: write into memory, then to `device`.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get()))
        throw Error(Error::Kind::Io, tr("cannot write the OpenDocument text"));
    if (device.write(bytes) != bytes.size())
        throw Error(Error::Kind::Io,
                    tr("cannot write the OpenDocument text: %1").arg(device.errorString()));
}

} // namespace Plenipo
