// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "markup/markupdiagnostic.h"
#include "markup/markupstatistics.h"
#include "markup/markuptree.h"

#include <QList>
#include <QString>

namespace Plenipo {

class MarkupParser;

// A markup file (*.plm): clauses separated by blank lines. A blank line is empty or holds only
// white space; one or more of them end a clause. A clause is the text from the start of its
// first line to the end of its last line (without the final line break), so its line 1 column 1
// is a line start in the file. Blank lines before the first and after the last clause are
// ignored. Line breaks may be "\n" or "\r\n" (a "\r" stays in the clause as white space).
class MarkupDocument
{
public:
    struct Clause
    {
        MarkupTree tree;
        qsizetype offset = 0;    // UTF-16 offset of the clause in the document text
        qsizetype firstLine = 1; // 1-based line of the document where the clause starts
    };

    MarkupDocument() = default;

    static MarkupDocument parse(const QString &text, const MarkupParser &parser);

    const QString &text() const { return m_text; }
    const QList<Clause> &clauses() const { return m_clauses; }

    // The clauses' statistics summed (clauses = number of clauses).
    const MarkupStatistics &statistics() const { return m_statistics; }
    // Every clause's diagnostics with offset, line and column in the document, in text order.
    QList<MarkupDiagnostic> diagnostics() const;

private:
    QString m_text;
    QList<Clause> m_clauses;
    MarkupStatistics m_statistics;
};

} // namespace Plenipo
