// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "compare/wordtokenizer.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Plenipo {

// Word-level comparison of two versions of a clause (a 2015 norm against a proposal, Rev.1
// against Rev.2). Both texts are split by WordTokenizer; the token sequences are compared with
// dtl (the O(NP) algorithm of Wu, Manber, Myers and Miller) on interned token ids.
//
// The raw edit script is then made readable:
//  - every stretch of changes between two unchanged stretches becomes one Delete op followed by
//    one Insert op (a replaced phrase is never interleaved word by word);
//  - an unchanged stretch of at most two words, strictly shorter (in tokens) than the changes on
//    both sides of it, is folded into them ("a b c to d e" -> "x y z to v w" is one
//    replacement); a stretch of three or more unchanged words is never folded, so what both
//    texts share always shows as shared; and all folds together add at most 5% of the words a
//    minimal edit script changes (at least one fold of two words is always allowed), so the
//    counts of words added and removed stay those of a minimal script;
//  - an unchanged stretch inside a bracket pair that was itself inserted or deleted is folded
//    into the change when it is not longer than the changes beside it: old "should", new
//    "[shall][should]" reads {-should-}{+[shall][should]+}, not {+[shall][+}should{+]+}.
//
// White space is not compared: texts that differ only in spacing are identical. Equal ops are
// shown with the new text's tokens and spacing.
class WordDiff
{
public:
    enum class OpType
    {
        Equal,
        Delete,
        Insert,
    };

    struct Options
    {
        bool ignoreCase = false;
        // Punctuation tokens compare equal to each other ("," vs ";"), and a change made only of
        // punctuation (a comma added or removed) counts as unchanged. Its Equal op then has
        // token ranges of different lengths on the two sides.
        bool ignorePunctuation = false;
    };

    struct Op
    {
        OpType type = OpType::Equal;
        qsizetype oldBegin = 0; // token range in the old text [oldBegin, oldEnd)
        qsizetype oldEnd = 0;
        qsizetype newBegin = 0; // token range in the new text [newBegin, newEnd)
        qsizetype newEnd = 0;
        qsizetype oldOffset = 0; // UTF-16 range in the old text (white space before the first
        qsizetype oldLength = 0; // token excluded; an empty range stands where the text would be)
        qsizetype newOffset = 0;
        qsizetype newLength = 0;
    };

    struct Summary
    {
        int wordsAdded = 0;
        int wordsRemoved = 0;
        int wordsUnchanged = 0;
        int bracketsIntroduced = 0;     // "[" tokens inserted
        int bracketsResolved = 0;       // "[" tokens deleted
        int alternativesIntroduced = 0; // groups "[a][b]" whose brackets were all inserted
        int alternativesResolved = 0;   // groups "[a][b]" whose brackets were all deleted
    };

    // One token of one side, for a GUI that paints the two texts side by side.
    struct Piece
    {
        qsizetype token = 0; // index in oldTokens() (left) or newTokens() (right)
        qsizetype op = 0;    // index in ops()
        QString space;       // white space before the token
        QString text;
        WordTokenizer::Kind kind = WordTokenizer::Kind::Word;
        bool changed = false; // deleted (left) or inserted (right)
    };

    struct SideBySide
    {
        QList<Piece> left;  // the old text, deleted tokens marked
        QList<Piece> right; // the new text, inserted tokens marked
    };

    WordDiff(const QString &oldText, const QString &newText);
    WordDiff(const QString &oldText, const QString &newText, const Options &options);

    const Options &options() const { return m_options; }
    const WordTokenizer &oldTokens() const { return m_old; }
    const WordTokenizer &newTokens() const { return m_new; }
    const QList<Op> &ops() const { return m_ops; }
    const Summary &summary() const { return m_summary; }
    bool isIdentical() const;

    // The text of an op on its side (an Equal op: the new side), as written, spacing included.
    QString opText(const Op &op) const;

    // wdiff style: "A State {-should-}{+[shall][should]+} not conduct".
    QString toInline() const;
    // The same with <del>…</del><ins>…</ins>, the text HTML-escaped; white space as in the text.
    QString toHtml() const;
    SideBySide sideBySide() const;
    // {"ops": [{"type", "oldBegin", "oldEnd", "newBegin", "newEnd", "oldOffset", "oldLength",
    //  "newOffset", "newLength", "text"}...], "summary": {...}, "options": {...}, "identical",
    //  "inline"}: what `plenipo compare --json` prints.
    QJsonObject toJson() const;
    static QJsonObject summaryToJson(const Summary &summary);
    static QString opTypeName(OpType type);

private:
    void compute();
    QString render(QStringView delOpen, QStringView delClose, QStringView insOpen,
                   QStringView insClose, bool html) const;

    Options m_options;
    WordTokenizer m_old;
    WordTokenizer m_new;
    QList<Op> m_ops;
    Summary m_summary;
};

} // namespace Plenipo
