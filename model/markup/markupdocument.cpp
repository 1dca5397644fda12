// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markup/markupdocument.h"

#include "markup/markupparser.h"

namespace Plenipo {

namespace {

bool isBlankLine(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

MarkupDocument MarkupDocument::parse(const QString &text, const MarkupParser &parser)
{
    MarkupDocument doc;
    doc.m_text = text;
    const QStringView all(text);
    const qsizetype n = all.size();

    qsizetype clauseStart = -1; // offset of the current clause's first line, -1 between clauses
    qsizetype clauseEnd = 0;    // end of the last non-blank line of the current clause
    qsizetype clauseLine = 0;
    auto endClause = [&]() {
        if (clauseStart < 0)
            return;
        Clause clause;
        clause.offset = clauseStart;
        clause.firstLine = clauseLine;
        clause.tree = parser.parse(text.sliced(clauseStart, clauseEnd - clauseStart));
        doc.m_statistics += clause.tree.statistics();
        doc.m_clauses.append(std::move(clause));
        clauseStart = -1;
    };

    qsizetype line = 1;
    qsizetype lineStart = 0;
    while (lineStart <= n) {
        qsizetype lineEnd = all.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        if (isBlankLine(all.sliced(lineStart, lineEnd - lineStart))) {
            endClause();
        } else {
            if (clauseStart < 0) {
                clauseStart = lineStart;
                clauseLine = line;
            }
            clauseEnd = lineEnd;
        }
        if (lineEnd == n)
            break;
        lineStart = lineEnd + 1;
        ++line;
    }
    endClause();
    return doc;
}

QList<MarkupDiagnostic> MarkupDocument::diagnostics() const
{
    QList<MarkupDiagnostic> result;
    for (const Clause &clause : m_clauses) {
        for (MarkupDiagnostic d : clause.tree.diagnostics()) {
            d.offset += clause.offset;
            d.line += clause.firstLine - 1; // a clause starts at a line start: columns stay
            result.append(std::move(d));
        }
    }
    return result;
}

} // namespace Plenipo
