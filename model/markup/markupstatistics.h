// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QStringView>

namespace Plenipo {

class MarkupTree;

// Counts for one clause, or summed over a document (operator+=). docs/markup.md explains each.
//
// A word is a maximal run of letters, digits and combining marks, with an apostrophe (' ’ ʼ) or
// hyphen (- ‐ ‑) inside it when a word character is on both sides ("State's", "non-State"), and
// "." or "," between two digits ("2.5", "1,000"). Each Han, Hiragana or Katakana character is a
// word of its own. Markup characters end a word ("State[s]" is two words), and so do escapes.
// Only clause text counts: the content of attributions, ad referendum marks and notes, and the
// "Option 2:" headers are not words of the clause. (The same rule as WordTokenizer's.)
//
// Every word falls in exactly one class, checked in this order:
//   wordsInBrackets            inside a bracketed span (at any depth)
//   wordsInOptions             inside a whole-clause option, not in brackets
//   wordsProposedForDeletion   inside a proposed deletion "~~...~~", not in brackets or options
//   agreedWords                everything else
// so words == wordsInBrackets + wordsInOptions + wordsProposedForDeletion + agreedWords.
struct MarkupStatistics
{
    int clauses = 0; // 1 for one clause; the number of clauses for a document sum
    int bracketedSpans = 0;
    int alternativeGroups = 0; // groups of bracketed spans, plus one per whole-clause option set
    int alternatives = 0;      // bracketed spans plus whole-clause options
    int clauseOptions = 0;     // "Option N:" alternatives
    int maxBracketDepth = 0;   // deepest nesting of bracketed spans (max over clauses)
    qint64 words = 0;
    qint64 wordsInBrackets = 0;
    qint64 wordsInOptions = 0;
    qint64 wordsProposedForDeletion = 0;
    qint64 agreedWords = 0;
    int deletions = 0;
    int notes = 0;
    int adReferendum = 0;
    int attributions = 0;
    int errors = 0;
    int warnings = 0;

    // agreedWords / words; 1.0 when there are no words (nothing is in dispute).
    double agreedShare() const;

    MarkupStatistics &operator+=(const MarkupStatistics &other);
    friend MarkupStatistics operator+(MarkupStatistics a, const MarkupStatistics &b)
    {
        a += b;
        return a;
    }
    bool operator==(const MarkupStatistics &other) const = default;

    // Keys in camelCase as the members above, plus "agreedShare" (0..1, 4 decimals).
    QJsonObject toJson() const;

    // Computes the counts of a parsed clause (MarkupParser fills MarkupTree::statistics() with
    // this; call it directly only for a tree built by other means).
    static MarkupStatistics of(const MarkupTree &tree);
    // The number of words in a piece of clause text by the rule above (markup not interpreted:
    // pass text without markup, or accept that markup characters separate words).
    static qint64 countWords(QStringView text);
};

} // namespace Plenipo
