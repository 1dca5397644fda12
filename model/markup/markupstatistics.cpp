// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markup/markupstatistics.h"

#include "markup/markuptree.h"

#include <QChar>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

constexpr std::array<bool, 128> makeAsciiWordTable()
{
    std::array<bool, 128> table{};
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    return table;
}
constexpr std::array<bool, 128> kAsciiWord = makeAsciiWordTable();

struct CodePoint
{
    char32_t ucs = 0;
    qsizetype size = 0; // 0 past the end
};

CodePoint codePointAt(QStringView text, qsizetype i)
{
    if (i >= text.size())
        return {};
    const char16_t c = text[i].unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
        QChar::isLowSurrogate(text[i + 1].unicode()))
        return {QChar::surrogateToUcs4(c, text[i + 1].unicode()), 2};
    return {c, 1};
}

bool isIdeograph(char32_t ucs)
{
    if (ucs < 0x2E80) // below the CJK radicals: no Han, Hiragana or Katakana
        return false;
    const QChar::Script script = QChar::script(ucs);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana;
}

bool isWordChar(char32_t ucs)
{
    if (ucs < 128)
        return kAsciiWord[ucs];
    if (QChar::isLetterOrNumber(ucs))
        return true;
    const QChar::Category category = QChar::category(ucs);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

bool isDigit(char32_t ucs)
{
    return ucs < 128 ? (ucs >= U'0' && ucs <= U'9') : QChar::isDigit(ucs);
}

bool isJoiner(char32_t ucs)
{
    switch (ucs) {
    case U'\'':
    case U'\u2019': // right single quotation mark, the typographic apostrophe
    case U'\u02BC': // modifier letter apostrophe
    case U'-':
    case U'\u2010': // hyphen
    case U'\u2011': // non-breaking hyphen
        return true;
    default:
        return false;
    }
}

} // namespace

qint64 MarkupStatistics::countWords(QStringView text)
{
    qint64 count = 0;
    bool inWord = false;
    bool previousDigit = false;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c16 = text[i].unicode();
        if (c16 < 128) { // fast path: ASCII
            if (kAsciiWord[c16]) {
                if (!inWord) {
                    ++count;
                    inWord = true;
                }
                previousDigit = c16 <= u'9';
                ++i;
                continue;
            }
        }
        const CodePoint cp = codePointAt(text, i);
        if (isIdeograph(cp.ucs)) {
            ++count;
            inWord = false;
        } else if (isWordChar(cp.ucs)) {
            if (!inWord) {
                ++count;
                inWord = true;
            }
            previousDigit = isDigit(cp.ucs);
        } else if (inWord) {
            const CodePoint after = codePointAt(text, i + cp.size);
            const bool joinsWord = isJoiner(cp.ucs) && after.size > 0 && isWordChar(after.ucs) &&
                                   !isIdeograph(after.ucs);
            const bool joinsNumber = (cp.ucs == U'.' || cp.ucs == U',') && previousDigit &&
                                     after.size > 0 && isDigit(after.ucs);
            if (!joinsWord && !joinsNumber)
                inWord = false;
        }
        i += cp.size;
    }
    return count;
}

MarkupStatistics MarkupStatistics::of(const MarkupTree &tree)
{
    MarkupStatistics s;
    s.clauses = 1;
    const QStringView text = tree.text();
    for (const MarkupNode &node : tree.nodes()) {
        switch (node.kind) {
        case MarkupNodeKind::Text: {
            const qint64 w = countWords(text.sliced(node.begin, node.end - node.begin));
            s.words += w;
            if (node.bracketDepth > 0)
                s.wordsInBrackets += w;
            else if (node.hasFlag(MarkupNode::InOption))
                s.wordsInOptions += w;
            else if (node.hasFlag(MarkupNode::InDeletion))
                s.wordsProposedForDeletion += w;
            else
                s.agreedWords += w;
            break;
        }
        case MarkupNodeKind::BracketedSpan:
            ++s.bracketedSpans;
            ++s.alternatives;
            s.maxBracketDepth = std::max(s.maxBracketDepth, int(node.bracketDepth));
            break;
        case MarkupNodeKind::Option:
            ++s.clauseOptions;
            ++s.alternatives;
            break;
        case MarkupNodeKind::AlternativeGroup:
            ++s.alternativeGroups;
            break;
        case MarkupNodeKind::Deletion:
            ++s.deletions;
            break;
        case MarkupNodeKind::Note:
            ++s.notes;
            break;
        case MarkupNodeKind::AdReferendum:
            ++s.adReferendum;
            break;
        case MarkupNodeKind::Attribution:
            ++s.attributions;
            break;
        case MarkupNodeKind::Clause:
        case MarkupNodeKind::Separator:
            break;
        }
    }
    for (const MarkupDiagnostic &d : tree.diagnostics()) {
        if (d.isError())
            ++s.errors;
        else
            ++s.warnings;
    }
    return s;
}

double MarkupStatistics::agreedShare() const
{
    return words == 0 ? 1.0 : double(agreedWords) / double(words);
}

MarkupStatistics &MarkupStatistics::operator+=(const MarkupStatistics &o)
{
    clauses += o.clauses;
    bracketedSpans += o.bracketedSpans;
    alternativeGroups += o.alternativeGroups;
    alternatives += o.alternatives;
    clauseOptions += o.clauseOptions;
    maxBracketDepth = std::max(maxBracketDepth, o.maxBracketDepth);
    words += o.words;
    wordsInBrackets += o.wordsInBrackets;
    wordsInOptions += o.wordsInOptions;
    wordsProposedForDeletion += o.wordsProposedForDeletion;
    agreedWords += o.agreedWords;
    deletions += o.deletions;
    notes += o.notes;
    adReferendum += o.adReferendum;
    attributions += o.attributions;
    errors += o.errors;
    warnings += o.warnings;
    return *this;
}

QJsonObject MarkupStatistics::toJson() const
{
    return QJsonObject{
        {u"clauses"_s, clauses},
        {u"bracketedSpans"_s, bracketedSpans},
        {u"alternativeGroups"_s, alternativeGroups},
        {u"alternatives"_s, alternatives},
        {u"clauseOptions"_s, clauseOptions},
        {u"maxBracketDepth"_s, maxBracketDepth},
        {u"words"_s, words},
        {u"wordsInBrackets"_s, wordsInBrackets},
        {u"wordsInOptions"_s, wordsInOptions},
        {u"wordsProposedForDeletion"_s, wordsProposedForDeletion},
        {u"agreedWords"_s, agreedWords},
        {u"agreedShare"_s, std::round(agreedShare() * 10000.0) / 10000.0},
        {u"deletions"_s, deletions},
        {u"notes"_s, notes},
        {u"adReferendum"_s, adReferendum},
        {u"attributions"_s, attributions},
        {u"errors"_s, errors},
        {u"warnings"_s, warnings},
    };
}

} // namespace Plenipo
