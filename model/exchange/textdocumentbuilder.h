// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/exportdocument.h"

#include <memory>

class QTextDocument;

namespace Plenipo {

// Lays out an ExportDocument as a QTextDocument for the PDF and ODT exports, with the layout of
// the Word export: the same cover block, headings, clause paragraphs (number, tab, hanging
// indent), shaded brackets and struck-through proposed deletions. QTextDocument has no
// footnotes: references are superscript numbers and the notes follow the text under "Notes";
// comments (internal notes, only present when internal material was asked for) follow under
// "Internal notes".
class TextDocumentBuilder
{
public:
    static std::unique_ptr<QTextDocument> build(const ExportDocument &document);
};

} // namespace Plenipo
