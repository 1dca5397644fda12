// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/exportdocument.h"

#include <QByteArray>

class QIODevice;

namespace Plenipo {

// Writes an ExportDocument as a Word document (Office Open XML, ECMA-376 transitional): the XML
// parts with pugixml, the package with KZip. Nothing is copied from a template; every part is
// generated here.
//
// Rules real readers are strict about, and that this writer keeps:
//  - the children of w:pPr and w:rPr in schema order;
//  - xml:space="preserve" on every w:t and w:delText;
//  - only XML 1.0 characters (control characters other than tab and line breaks are dropped,
//    tabs become w:tab and line breaks w:br);
//  - footnote separators with ids -1 and 0, real footnotes from 1;
//  - one id counter shared by tracked changes (w:ins, w:del) and comments;
//  - the package: deflate, no ZIP64 records, no extra fields, and fixed entry times (the
//    document's timestamp), so the same input always gives the same bytes.
class DocxWriter
{
public:
    // Writes the package to `device` (open for writing, seekable). Throws Error(Kind::Io).
    static void write(const ExportDocument &document, QIODevice &device);
    static QByteArray toByteArray(const ExportDocument &document);

    // `text` without the characters XML 1.0 forbids (and without unpaired surrogates).
    static QString xmlSafe(const QString &text);
};

} // namespace Plenipo
