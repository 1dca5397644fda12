// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/odtexporter.h"

#include "core/error.h"
#include "exchange/exportdocument.h"
#include "exchange/textdocumentbuilder.h"

#include <QBuffer>
#include <QIODevice>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace Plenipo {

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
    return u"OpenDocument text"_s;
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
        throw Error(Error::Kind::Io, u"cannot write the OpenDocument text"_s);
    if (device.write(bytes) != bytes.size())
        throw Error(Error::Kind::Io,
                    u"cannot write the OpenDocument text: %1"_s.arg(device.errorString()));
}

} // namespace Plenipo
