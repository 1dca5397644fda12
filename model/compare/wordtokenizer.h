// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Plenipo {

// Splits a clause text into the tokens a word diff compares, keeping UTF-16 offsets.
//
//  - Words: runs of letters, digits and combining marks, with internal apostrophes (' ’ ʼ) and
//    hyphens (- ‐ ‑) between two such characters ("State's", "non-State"), and "." or ","
//    between two digits ("2.5", "1,000"). Each Han, Hiragana or Katakana character is a word of
//    its own (Chinese and Japanese do not separate words with spaces).
//  - Negotiation markup (the grammar MarkupParser reads), each delimiter one token: "[" and "]"
//    (a "]" closing a note is a NoteClose), "^[" (note), "~~" (deletion), a whole "{...}" tag
//    (attribution "{FRA, EU}" or ad referendum "{ad ref. FRA}", so the codes compare as a unit;
//    no line break, "{", "[" or "]" inside), an option header "Option 1:" at the start of a line
//    (after spaces or tabs), and an escape ("\[", "\]", "\{", "\}", "\~", "\^", "\\").
//  - Anything else that is not white space is a punctuation token of one character
//    ("," ";" "." "(" ")" "%" ...).
//
// White space is not a token: each token remembers the white space before it, and the white
// space after the last token is kept apart, so rebuild() gives back the text exactly.
class WordTokenizer
{
public:
    enum class Kind
    {
        Word,
        Punctuation,
        OpenBracket,  // [
        CloseBracket, // ] (closing a "[", or unmatched)
        NoteOpen,     // ^[
        NoteClose,    // ] closing a "^["
        DeletionMark, // ~~
        Attribution,  // {FRA, EU}
        AdReferendum, // {ad ref. FRA}
        OptionHeader, // Option 1:
        Escape,       // \[ and the like: a literal character, not markup
    };

    struct Token
    {
        Kind kind = Kind::Word;
        qsizetype offset = 0;      // UTF-16 offset of the token in the text
        qsizetype length = 0;      // UTF-16 length of the token
        qsizetype spaceLength = 0; // white space just before the token (it ends at offset)
        qsizetype partner = -1;    // index of the matching bracket token (for [ ] ^[), or -1
        qsizetype enclosing = -1;  // index of the innermost "[" or "^[" around the token, or -1
    };

    WordTokenizer() = default;
    explicit WordTokenizer(const QString &text);

    const QString &text() const { return m_text; }
    const QList<Token> &tokens() const { return m_tokens; }
    qsizetype size() const { return m_tokens.size(); }
    bool isEmpty() const { return m_tokens.isEmpty(); }
    const Token &at(qsizetype i) const { return m_tokens.at(i); }

    QStringView tokenText(qsizetype i) const;
    QStringView spaceBefore(qsizetype i) const;
    QStringView trailingSpace() const;

    // The text of tokens [first, last): from the start of `first` to the end of `last - 1`,
    // white space between them included, the white space before `first` not.
    QStringView textOf(qsizetype first, qsizetype last) const;
    // Where an empty range before token `index` stands: the end of token index-1 (0 for none).
    qsizetype positionBefore(qsizetype index) const;

    // All tokens with the white space before each, then the trailing white space: the text.
    QString rebuild() const;

    // Groups of adjacent alternatives, "[shall][should]": two or more bracket pairs where only
    // white space stands between one "]" (with the tags that directly follow it, "]{FRA}") and
    // the next "[", as MarkupParser groups them. Each group lists the token indices of its "["
    // and "]" tokens, in text order.
    QList<QList<qsizetype>> alternativeGroups() const;

    static bool isWordChar(char32_t ucs);
    static bool isIdeograph(char32_t ucs);

private:
    void tokenize();

    QString m_text;
    QList<Token> m_tokens;
    qsizetype m_trailingSpace = 0;
};

} // namespace Plenipo
