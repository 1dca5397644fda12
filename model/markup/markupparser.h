// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "markup/markuptree.h"

#include <QString>
#include <QStringView>

#include <functional>

namespace Plenipo {

// Parses the negotiation markup of one clause (docs/markup.md) into a MarkupTree:
//
//   States [shall][should] not [knowingly]{FRA, EU} support ~~malicious~~{CHN} activity^[See
//   A/70/174.] {ad ref. USA}
//
// Parsing never fails: every problem becomes a MarkupDiagnostic and the rest is still parsed
// (an unclosed "[" closes at the end of the clause, a stray "]" is text, ...).
//
// The parser is hand-written rather than generated: the grammar is tiny (a handful of
// delimiters), every node and diagnostic needs exact UTF-16 offsets, recovery has to follow
// rules a delegate can predict (a generator's recovery would not), and a document of 200,000
// words must parse in well under 100 ms. It is a single pass over the text with a small stack
// of open spans, deletions and options; nodes go to a flat list linked by indices, and text
// runs are scanned without allocating.
class MarkupParser
{
public:
    // Says whether a code in an attribution or ad referendum tag names a known state or group.
    using CodeValidator = std::function<bool(QStringView code)>;

    // The deepest nesting of bracketed spans and deletions the parser builds. Every consumer of
    // the tree (renderers, statistics, consensus shapes) may then recurse over it safely: text
    // from files can hold any depth (100,000 "[" overflowed the exporters' stacks). A "[" or
    // "~~" beyond it is kept as text, with its matching "]", and reported once (NestingTooDeep).
    static constexpr int maxNesting = 32;

    // Without a validator, codes are only checked for form (isWellFormedCode).
    explicit MarkupParser(CodeValidator validator = {});

    MarkupTree parse(const QString &text) const;

    // The form of a state or group code: an upper-case ASCII letter, then 1 to 15 upper-case
    // ASCII letters or digits ("FRA", "EU", "G77", "JS2019").
    static bool isWellFormedCode(QStringView code);
    // Removes the escapes: "\[" -> "[" for the seven escapable characters [ ] { } ~ ^ \ ; any
    // other backslash is literal.
    static QString unescape(QStringView text);
    // The inverse for plain text: escapes "[", "]", "{", "}", "\" and every "~" next to another
    // "~", so the result parses as one text run whose unescape() is the input ("^" needs no
    // escape once "[" is escaped). A line starting "Option 2:" cannot be escaped: it stays a
    // header.
    static QString escape(QStringView text);
    // Whether the line starting at `offset` is an option header ("Option 2:", any case, after
    // optional spaces or tabs); on success sets the header's range and number.
    // If `content` (inside the braces of a tag) starts with "ad ref", "ad ref.", "ad referendum"
    // or "ad referendum." (any case, spaces around) followed by the end or a code separator,
    // returns where the codes after it begin; else -1 ("{ad reform}" is an attribution).
    static qsizetype adReferendumCodes(QStringView content);
    static bool matchOptionHeader(QStringView text, qsizetype offset, qsizetype *headerBegin,
                                  qsizetype *headerEnd, int *number);

private:
    CodeValidator m_validator;
};

} // namespace Plenipo
