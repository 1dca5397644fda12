// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Plenipo {

// A problem the markup parser found in a clause (the full list is in docs/markup.md).
// offset/length are UTF-16 indices into the text that was parsed; line and column are 1-based,
// the column counted in UTF-16 code units from the start of the line.
struct MarkupDiagnostic
{
    enum class Severity
    {
        Warning,
        Error,
    };

    // Stable identifiers for programmatic use (tests, quick fixes); message is for people.
    enum class Code
    {
        UnclosedBracket,         // "[" never closed: it closes at the end of the clause/option
        UnmatchedClosingBracket, // "]" with no open "[": kept as text
        EmptyAlternative,        // "[]", "[  ]", or an option with no text
        UnknownCode,             // attribution code rejected by the validator
        MalformedCode,           // attribution code not of the form of a state or group code
        DuplicateCode,           // the same code twice in one tag (warning)
        EmptyAttribution,        // "{}"
        MisplacedAttribution,    // "{FRA}" not directly after "]" or a deletion's "~~"
        UnterminatedAttribution, // "{" without "}" on the same line: kept as text
        UnmatchedClosingBrace,   // "}" with no "{": kept as text
        UnterminatedDeletion,    // "~~" never closed
        EmptyDeletion,           // "~~~~"
        UnterminatedNote,        // "^[" without "]" on the same line
        MisplacedAdReferendum,   // "{ad ref.}" neither after a span nor at the end (warning)
        OptionOutOfSequence,     // "Option 3:" where "Option 2:" was expected (warning)
        NestingTooDeep,          // brackets/deletions nested beyond MarkupParser::maxNesting
    };

    Severity severity = Severity::Error;
    Code code = Code::UnclosedBracket;
    qsizetype offset = 0;
    qsizetype length = 0;
    qsizetype line = 1;
    qsizetype column = 1;
    QString message;

    bool isError() const { return severity == Severity::Error; }
};

} // namespace Plenipo
