// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compare/wordtokenizer.h"

#include "markup/markupparser.h"

#include <QChar>

namespace Plenipo {

namespace {

struct CodePoint
{
    char32_t ucs = 0;
    qsizetype size = 0; // UTF-16 units, 0 past the end
};

CodePoint codePointAt(const QString &s, qsizetype i)
{
    if (i >= s.size())
        return {};
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(c, s.at(i + 1)), 2};
    return {c.unicode(), 1};
}

bool isLineBreak(QChar c)
{
    switch (c.unicode()) {
    case u'\n':
    case u'\r':
    case u'\v':
    case u'\f':
    case 0x85:
    case 0x2028:
    case 0x2029:
        return true;
    default:
        return false;
    }
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isApostrophe(char32_t ucs)
{
    return ucs == U'\'' || ucs == U'\u2019' || ucs == U'\u02bc';
}

bool isHyphen(char32_t ucs)
{
    return ucs == U'-' || ucs == U'\u2010' || ucs == U'\u2011';
}

bool isDigit(char32_t ucs)
{
    return QChar::isDigit(ucs);
}

bool isEscapable(QChar c)
{
    switch (c.unicode()) {
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u'~':
    case u'^':
    case u'\\':
        return true;
    default:
        return false;
    }
}

} // namespace

WordTokenizer::WordTokenizer(const QString &text)
    : m_text(text)
{
    tokenize();
}

bool WordTokenizer::isIdeograph(char32_t ucs)
{
    const QChar::Script script = QChar::script(ucs);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana;
}

bool WordTokenizer::isWordChar(char32_t ucs)
{
    if (QChar::isLetterOrNumber(ucs))
        return true;
    const QChar::Category category = QChar::category(ucs);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

void WordTokenizer::tokenize()
{
    const QString &s = m_text;
    const qsizetype n = s.size();
    QList<qsizetype> openStack; // indices of "[" and "^[" tokens not closed yet
    qsizetype i = 0;
    bool atLineStart = true;

    auto add = [&](Kind kind, qsizetype start, qsizetype length, qsizetype space) {
        Token token;
        token.kind = kind;
        token.offset = start;
        token.length = length;
        token.spaceLength = space;
        const qsizetype index = m_tokens.size();
        if (kind == Kind::CloseBracket && !openStack.isEmpty()) {
            const qsizetype open = openStack.takeLast();
            token.partner = open;
            m_tokens[open].partner = index;
            if (m_tokens.at(open).kind == Kind::NoteOpen)
                token.kind = Kind::NoteClose;
        }
        token.enclosing = openStack.isEmpty() ? -1 : openStack.last();
        m_tokens.append(token);
        if (kind == Kind::OpenBracket || kind == Kind::NoteOpen)
            openStack.append(index);
        atLineStart = false;
        i = start + length;
    };

    // "Option 2:" at a line start (any case, spaces or tabs around the number, as
    // MarkupParser::matchOptionHeader reads it): its length, 0 if there is none at `at`.
    auto optionHeaderLength = [&](qsizetype at) -> qsizetype {
        static constexpr QStringView option = u"option";
        if (!QStringView(s).mid(at).startsWith(option, Qt::CaseInsensitive))
            return 0;
        qsizetype j = at + option.size();
        while (j < n && isBlank(s.at(j)))
            ++j;
        const qsizetype digits = j;
        while (j < n && j - digits < 6 && s.at(j) >= u'0' && s.at(j) <= u'9')
            ++j;
        if (j == digits)
            return 0;
        while (j < n && isBlank(s.at(j)))
            ++j;
        if (j < n && s.at(j) == u':')
            return j + 1 - at;
        return 0;
    };

    while (i < n) {
        const qsizetype spaceStart = i;
        while (i < n && s.at(i).isSpace()) {
            if (isLineBreak(s.at(i)))
                atLineStart = true;
            ++i;
        }
        if (i >= n)
            break;
        const qsizetype space = i - spaceStart;
        const QChar c = s.at(i);
        const QChar next = i + 1 < n ? s.at(i + 1) : QChar();

        if (c == u'\\' && i + 1 < n && isEscapable(next)) {
            add(Kind::Escape, i, 2, space);
        } else if (c == u'~' && next == u'~') {
            add(Kind::DeletionMark, i, 2, space);
        } else if (c == u'^' && next == u'[') {
            add(Kind::NoteOpen, i, 2, space);
        } else if (c == u'[') {
            add(Kind::OpenBracket, i, 1, space);
        } else if (c == u']') {
            add(Kind::CloseBracket, i, 1, space);
        } else if (c == u'{') {
            qsizetype j = i + 1;
            while (j < n && s.at(j) != u'}' && s.at(j) != u'{' && s.at(j) != u'[' &&
                   s.at(j) != u']' && !isLineBreak(s.at(j)))
                ++j;
            if (j < n && s.at(j) == u'}' && j > i + 1) {
                const bool adRef =
                    MarkupParser::adReferendumCodes(QStringView(s).mid(i + 1, j - i - 1)) >= 0;
                add(adRef ? Kind::AdReferendum : Kind::Attribution, i, j + 1 - i, space);
            } else {
                add(Kind::Punctuation, i, 1, space);
            }
        } else if (const qsizetype header = atLineStart ? optionHeaderLength(i) : 0; header > 0) {
            add(Kind::OptionHeader, i, header, space);
        } else {
            const CodePoint first = codePointAt(s, i);
            if (isIdeograph(first.ucs)) {
                add(Kind::Word, i, first.size, space);
            } else if (isWordChar(first.ucs)) {
                qsizetype j = i;
                char32_t previous = 0;
                for (;;) {
                    const CodePoint cp = codePointAt(s, j);
                    if (cp.size > 0 && isWordChar(cp.ucs) && !isIdeograph(cp.ucs)) {
                        previous = cp.ucs;
                        j += cp.size;
                        continue;
                    }
                    // A joiner counts only between two word characters.
                    const CodePoint after = codePointAt(s, j + cp.size);
                    const bool joinsWord = (isApostrophe(cp.ucs) || isHyphen(cp.ucs)) &&
                                           after.size > 0 && isWordChar(after.ucs) &&
                                           !isIdeograph(after.ucs);
                    const bool joinsNumber = (cp.ucs == U'.' || cp.ucs == U',') &&
                                             isDigit(previous) && after.size > 0 &&
                                             isDigit(after.ucs);
                    if (cp.size > 0 && (joinsWord || joinsNumber)) {
                        j += cp.size;
                        continue;
                    }
                    break;
                }
                add(Kind::Word, i, j - i, space);
            } else {
                add(Kind::Punctuation, i, first.size, space);
            }
        }
    }
    m_trailingSpace =
        n - (m_tokens.isEmpty() ? 0 : m_tokens.last().offset + m_tokens.last().length);
}

QStringView WordTokenizer::tokenText(qsizetype i) const
{
    const Token &t = m_tokens.at(i);
    return QStringView(m_text).mid(t.offset, t.length);
}

QStringView WordTokenizer::spaceBefore(qsizetype i) const
{
    const Token &t = m_tokens.at(i);
    return QStringView(m_text).mid(t.offset - t.spaceLength, t.spaceLength);
}

QStringView WordTokenizer::trailingSpace() const
{
    return QStringView(m_text).right(m_trailingSpace);
}

QStringView WordTokenizer::textOf(qsizetype first, qsizetype last) const
{
    if (first >= last)
        return QStringView(m_text).mid(positionBefore(first), 0);
    const Token &a = m_tokens.at(first);
    const Token &b = m_tokens.at(last - 1);
    return QStringView(m_text).mid(a.offset, b.offset + b.length - a.offset);
}

qsizetype WordTokenizer::positionBefore(qsizetype index) const
{
    if (index <= 0 || m_tokens.isEmpty())
        return 0;
    const Token &t = m_tokens.at(qMin(index, m_tokens.size()) - 1);
    return t.offset + t.length;
}

QString WordTokenizer::rebuild() const
{
    QString out;
    out.reserve(m_text.size());
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        out += spaceBefore(i);
        out += tokenText(i);
    }
    out += trailingSpace();
    return out;
}

QList<QList<qsizetype>> WordTokenizer::alternativeGroups() const
{
    const auto isOpen = [this](qsizetype j) {
        return j < m_tokens.size() && m_tokens.at(j).kind == Kind::OpenBracket &&
               m_tokens.at(j).partner >= 0;
    };

    QList<QList<qsizetype>> groups;
    QList<bool> chained(m_tokens.size(), false);
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        if (!isOpen(i) || chained.at(i))
            continue;
        QList<qsizetype> group{i, m_tokens.at(i).partner};
        qsizetype current = i;
        for (;;) {
            qsizetype j = m_tokens.at(current).partner + 1;
            while (j < m_tokens.size() && m_tokens.at(j).spaceLength == 0 &&
                   (m_tokens.at(j).kind == Kind::Attribution ||
                    m_tokens.at(j).kind == Kind::AdReferendum))
                ++j;
            if (!isOpen(j))
                break;
            chained[j] = true;
            group << j << m_tokens.at(j).partner;
            current = j;
        }
        if (group.size() >= 4)
            groups.append(group);
    }
    return groups;
}

} // namespace Plenipo
