// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compare/worddiff.h"
#include "compare/wordtokenizer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <dtl/dtl.hpp>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

using Kind = WordTokenizer::Kind;

// The 2015 GGE norm 13(f), paraphrased, and a proposal that brackets "should", names two kinds
// of critical infrastructure and drops "otherwise".
const QString norm13f =
    u"A State should not conduct or knowingly support ICT activity contrary to its obligations "
    u"under international law that intentionally damages critical infrastructure or otherwise "
    u"impairs the use and operation of critical infrastructure to provide services to the "
    u"public."_s;
const QString proposal13f =
    u"A State [shall][should] not conduct or knowingly support ICT activity contrary to its "
    u"obligations under international law that intentionally damages critical infrastructure, "
    u"including healthcare facilities and the public core of the Internet, or impairs the use "
    u"and operation of critical infrastructure to provide services to the public."_s;
const QString inline13f =
    u"A State {-should-}{+[shall][should]+} not conduct or knowingly support ICT activity "
    u"contrary to its obligations under international law that intentionally damages critical "
    u"infrastructure{+, including healthcare facilities and the public core of the Internet,+} "
    u"or {-otherwise-} impairs the use and operation of critical infrastructure to provide "
    u"services to the public."_s;

QChar kindLetter(Kind kind)
{
    switch (kind) {
    case Kind::Word:
        return u'w';
    case Kind::Punctuation:
        return u'p';
    case Kind::OpenBracket:
        return u'[';
    case Kind::CloseBracket:
        return u']';
    case Kind::NoteOpen:
        return u'^';
    case Kind::NoteClose:
        return u'}';
    case Kind::DeletionMark:
        return u'~';
    case Kind::Attribution:
        return u'a';
    case Kind::AdReferendum:
        return u'r';
    case Kind::OptionHeader:
        return u'o';
    case Kind::Escape:
        return u'\\';
    }
    return u'?';
}

QStringList tokenTexts(const WordTokenizer &tokens)
{
    QStringList out;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        out << tokens.tokenText(i).toString();
    return out;
}

QString kindLetters(const WordTokenizer &tokens)
{
    QString out;
    for (const WordTokenizer::Token &t : tokens.tokens())
        out += kindLetter(t.kind);
    return out;
}

QString withoutSpace(QString text)
{
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

QString opTypes(const WordDiff &diff)
{
    QString out;
    for (const WordDiff::Op &op : diff.ops())
        out += op.type == WordDiff::OpType::Equal    ? u'='
               : op.type == WordDiff::OpType::Delete ? u'-'
                                                     : u'+';
    return out;
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data();
    void tokenize();
    void reconstruct_data();
    void reconstruct();
    void bracketPartners();
    void alternativeGroups_data();
    void alternativeGroups();
    void inlineRendering_data();
    void inlineRendering();
    void summary_data();
    void summary();
    void opsOfNorm13f();
    void html();
    void sideBySide();
    void json();
    void randomEditsCoverBothTexts();
    void keepsWhatStayedNorm13fSample();
    void keepsWhatStayedRandom();
};

void TestWordDiff::tokenize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QString>("kinds");

    QTest::newRow("words and punctuation")
        << u"A State's non-State actors (e.g. proxies); none."_s
        << QStringList{u"A"_s, u"State's"_s, u"non-State"_s, u"actors"_s, u"("_s, u"e"_s,    u"."_s,
                       u"g"_s, u"."_s,       u"proxies"_s,   u")"_s,      u";"_s, u"none"_s, u"."_s}
        << u"wwwwpwpwpwppwp"_s;
    QTest::newRow("typographic apostrophe, numbers")
        << u"State’s 13(f) 2.5 1,000 x- 'quoted'"_s
        << QStringList{u"State’s"_s, u"13"_s, u"("_s, u"f"_s, u")"_s,      u"2.5"_s,
                       u"1,000"_s,   u"x"_s,  u"-"_s, u"'"_s, u"quoted"_s, u"'"_s}
        << u"wwpwpwwwppwp"_s;
    QTest::newRow("alternatives with attribution")
        << u"[shall]{FRA, EU}[should]{USA}"_s
        << QStringList{u"["_s, u"shall"_s,  u"]"_s, u"{FRA, EU}"_s,
                       u"["_s, u"should"_s, u"]"_s, u"{USA}"_s}
        << u"[w]a[w]a"_s;
    QTest::newRow("deletion and note")
        << u"~~delete this~~ and ^[a note] here"_s
        << QStringList{u"~~"_s, u"delete"_s, u"this"_s, u"~~"_s, u"and"_s,
                       u"^["_s, u"a"_s,      u"note"_s, u"]"_s,  u"here"_s}
        << u"~ww~w^ww}w"_s;
    QTest::newRow("ad referendum")
        << u"agreed {ad ref. FRA}."_s << QStringList{u"agreed"_s, u"{ad ref. FRA}"_s, u"."_s}
        << u"wrp"_s;
    QTest::newRow("option headers at line start")
        << u"Option 1: States shall\n  Option 2: States should. See Option 1: above"_s
        << QStringList{u"Option 1:"_s, u"States"_s, u"shall"_s, u"Option 2:"_s,
                       u"States"_s,    u"should"_s, u"."_s,     u"See"_s,
                       u"Option"_s,    u"1"_s,      u":"_s,     u"above"_s}
        << u"owwowwpwwwpw"_s;
    QTest::newRow("escapes") << u"a \\[b\\] \\{c\\} \\~ \\\\ \\x"_s
                             << QStringList{u"a"_s,    u"\\["_s, u"b"_s,   u"\\]"_s,
                                            u"\\{"_s,  u"c"_s,   u"\\}"_s, u"\\~"_s,
                                            u"\\\\"_s, u"\\"_s,  u"x"_s}
                             << u"w\\w\\\\w\\\\\\pw"_s;
    QTest::newRow("unclosed brace, single tilde, caret")
        << u"{FRA ~ ^"_s << QStringList{u"{"_s, u"FRA"_s, u"~"_s, u"^"_s} << u"pwpp"_s;
    QTest::newRow("brace tag does not cross a line")
        << u"{FRA\n}"_s << QStringList{u"{"_s, u"FRA"_s, u"}"_s} << u"pwp"_s;
    QTest::newRow("brace tag holds no bracket")
        << u"{FRA [x]}"_s << QStringList{u"{"_s, u"FRA"_s, u"["_s, u"x"_s, u"]"_s, u"}"_s}
        << u"pw[w]p"_s;
    QTest::newRow("ad referendum spellings")
        << u"{ad referendum. FRA}{AD REF}{ad reform}{adref FRA}"_s
        << QStringList{u"{ad referendum. FRA}"_s, u"{AD REF}"_s, u"{ad reform}"_s, u"{adref FRA}"_s}
        << u"rraa"_s;
    QTest::newRow("option header forms")
        << u"\toption2 :a\nOption A: b"_s
        << QStringList{u"option2 :"_s, u"a"_s, u"Option"_s, u"A"_s, u":"_s, u"b"_s} << u"owwwpw"_s;
    QTest::newRow("ideographs one by one")
        << u"各国应当合作 UN"_s
        << QStringList{u"各"_s, u"国"_s, u"应"_s, u"当"_s, u"合"_s, u"作"_s, u"UN"_s}
        << u"wwwwwww"_s;
    QTest::newRow("astral letters and combining marks")
        << u"𝐀𝐁 cafe\u0301 x"_s << QStringList{u"𝐀𝐁"_s, u"cafe\u0301"_s, u"x"_s} << u"www"_s;
    QTest::newRow("only white space") << u" \t\n "_s << QStringList{} << QString();
    QTest::newRow("empty") << QString() << QStringList{} << QString();
}

void TestWordDiff::tokenize()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QFETCH(QString, kinds);

    const WordTokenizer tokenizer(text);
    QCOMPARE(tokenTexts(tokenizer), tokens);
    QCOMPARE(kindLetters(tokenizer), kinds);
}

void TestWordDiff::reconstruct_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("norm 13(f)") << norm13f;
    QTest::newRow("proposal 13(f)") << proposal13f;
    QTest::newRow("space around") << u"  \tStates shall\r\n cooperate .  \n"_s;
    QTest::newRow("markup") << u"Option 1:\n[shall]{FRA, EU} [should] ~~not~~ ^[fn] \\[x\\]"_s;
    QTest::newRow("non-breaking space") << u"13\u00a0bis\u2028next"_s;
    QTest::newRow("empty") << QString();
}

void TestWordDiff::reconstruct()
{
    QFETCH(QString, text);

    const WordTokenizer tokenizer(text);
    QCOMPARE(tokenizer.rebuild(), text);
    for (qsizetype i = 0; i < tokenizer.size(); ++i) {
        const WordTokenizer::Token &t = tokenizer.at(i);
        QCOMPARE(text.mid(t.offset, t.length), tokenizer.tokenText(i).toString());
        QVERIFY(t.length > 0);
        for (QChar c : tokenizer.spaceBefore(i))
            QVERIFY(c.isSpace());
    }

    // Both texts come back from the side-by-side pieces of a diff, whatever its direction.
    const QString other = u"States [must] cooperate."_s;
    for (const auto &[oldText, newText] : {std::pair(text, other), std::pair(other, text)}) {
        const WordDiff diff(oldText, newText);
        const WordDiff::SideBySide sides = diff.sideBySide();
        QString left;
        for (const WordDiff::Piece &p : sides.left)
            left += p.space + p.text;
        QString right;
        for (const WordDiff::Piece &p : sides.right)
            right += p.space + p.text;
        left += diff.oldTokens().trailingSpace();
        right += diff.newTokens().trailingSpace();
        QCOMPARE(left, oldText);
        QCOMPARE(right, newText);
    }
}

void TestWordDiff::bracketPartners()
{
    //                        0 1 2 3 4  5 6 7 8 9
    const WordTokenizer tokens(u"[a [b] ^[c]] ]"_s);
    QCOMPARE(kindLetters(tokens), u"[w[w]^w}]]"_s);
    const QList<qsizetype> partners{8, -1, 4, -1, 2, 7, -1, 5, 0, -1};
    const QList<qsizetype> enclosing{-1, 0, 0, 2, 0, 0, 5, 0, -1, -1};
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QCOMPARE(tokens.at(i).partner, partners.at(i));
        QCOMPARE(tokens.at(i).enclosing, enclosing.at(i));
    }
}

void TestWordDiff::alternativeGroups_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("groups"); // token indices of each group's brackets

    QTest::newRow("two alternatives") << u"States [shall][should] not"_s << u"1 3 4 6"_s;
    QTest::newRow("with attributions")
        << u"[shall]{FRA} [should]{USA}[must]"_s << u"0 2 4 6 8 10"_s;
    QTest::newRow("separated by white space") << u"[a] [b]\n[c]"_s << u"0 2 3 5 6 8"_s;
    QTest::newRow("tag after a space is not attached") << u"[a] {FRA} [b]"_s << QString();
    QTest::newRow("separated by a word") << u"[a] or [b]"_s << QString();
    QTest::newRow("attached tag, then a line break") << u"[a]{FRA}\n[b]"_s << u"0 2 4 6"_s;
    QTest::newRow("single bracket") << u"[a]"_s << QString();
    QTest::newRow("nested group") << u"[x [a][b]]"_s << u"2 4 5 7"_s;
    QTest::newRow("two groups") << u"[a][b] and [c][d]"_s << u"0 2 3 5|7 9 10 12"_s;
    QTest::newRow("note is no alternative") << u"[a]^[b]"_s << QString();
}

void TestWordDiff::alternativeGroups()
{
    QFETCH(QString, text);
    QFETCH(QString, groups);

    QStringList actual;
    for (const QList<qsizetype> &group : WordTokenizer(text).alternativeGroups()) {
        QStringList indices;
        for (qsizetype i : group)
            indices << QString::number(i);
        actual << indices.join(u' ');
    }
    QCOMPARE(actual.join(u'|'), groups);
}

void TestWordDiff::inlineRendering_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<bool>("ignorePunctuation");
    QTest::addColumn<QString>("expected");

    QTest::newRow("norm 13(f)") << norm13f << proposal13f << false << false << inline13f;
    QTest::newRow("identical") << norm13f << norm13f << false << false << norm13f;
    QTest::newRow("white space only")
        << u"States  shall\ncooperate"_s << u"States shall cooperate"_s << false << false
        << u"States shall cooperate"_s;
    QTest::newRow("empty vs text") << QString() << u"States shall cooperate."_s << false << false
                                   << u"{+States shall cooperate.+}"_s;
    QTest::newRow("text vs empty") << u"States shall cooperate."_s << QString() << false << false
                                   << u"{-States shall cooperate.-}"_s;
    QTest::newRow("both empty") << QString() << QString() << false << false << QString();
    QTest::newRow("punctuation change")
        << u"States shall cooperate, in good faith."_s
        << u"States shall cooperate; in good faith."_s << false << false
        << u"States shall cooperate{-,-}{+;+} in good faith."_s;
    QTest::newRow("punctuation change ignored")
        << u"States shall cooperate, in good faith."_s
        << u"States shall cooperate; in good faith."_s << false << true
        << u"States shall cooperate; in good faith."_s;
    QTest::newRow("comma added, ignored")
        << u"States shall cooperate in good faith"_s << u"States shall cooperate, in good faith"_s
        << false << true << u"States shall cooperate, in good faith"_s;
    QTest::newRow("comma added") << u"States shall cooperate in good faith"_s
                                 << u"States shall cooperate, in good faith"_s << false << false
                                 << u"States shall cooperate{+,+} in good faith"_s;
    QTest::newRow("word change with punctuation ignored")
        << u"law, that"_s << u"law; which"_s << false << true << u"law; {-that-}{+which+}"_s;
    QTest::newRow("case") << u"States Should act"_s << u"States should act"_s << false << false
                          << u"States {-Should-}{+should+} act"_s;
    QTest::newRow("case ignored") << u"States Should act"_s << u"States should act"_s << true
                                  << false << u"States should act"_s;
    QTest::newRow("attribution is one unit")
        << u"[shall]{FRA, EU} not"_s << u"[shall]{FRA, EU, USA} not"_s << false << false
        << u"[shall]{-{FRA, EU}-}{+{FRA, EU, USA}+} not"_s;
    QTest::newRow("ad referendum added") << u"Agreed."_s << u"Agreed {ad ref. FRA}."_s << false
                                         << false << u"Agreed {+{ad ref. FRA}+}."_s;
    QTest::newRow("alternatives resolved")
        << u"States [shall][should] not"_s << u"States should not"_s << false << false
        << u"States {-[shall][should]-}{+should+} not"_s;
    QTest::newRow("long bracket lifted")
        << u"[States should cooperate fully] now"_s << u"States should cooperate fully now"_s
        << false << false << u"{-[-}States should cooperate fully{-]-} now"_s;
    QTest::newRow("first words deleted")
        << u"Further, States should act."_s << u"States should act."_s << false << false
        << u"{-Further,-} States should act."_s;
    QTest::newRow("last word deleted") << u"States should act now"_s << u"States should act"_s
                                       << false << false << u"States should act {-now-}"_s;
    QTest::newRow("phrase replaced in one piece")
        << u"States should take reasonable steps to protect"_s
        << u"States should adopt appropriate measures to protect"_s << false << false
        << u"States should {-take reasonable steps-}{+adopt appropriate measures+} to protect"_s;
    QTest::newRow("short equality folded") << u"a b c to d e"_s << u"x y z to v w"_s << false
                                           << false << u"{-a b c to d e-}{+x y z to v w+}"_s;
    QTest::newRow("deletion markup") << u"States ~~shall~~ should"_s << u"States should"_s << false
                                     << false << u"States {-~~shall~~-} should"_s;
    QTest::newRow("inside a note") << u"text ^[note A] end"_s << u"text ^[note B] end"_s << false
                                   << false << u"text ^[note {-A-}{+B+}] end"_s;
    QTest::newRow("escaped brackets become brackets")
        << u"a \\[x\\] b"_s << u"a [x] b"_s << false << false << u"a {-\\[x\\]-}{+[x]+} b"_s;
    QTest::newRow("option renumbered") << u"Option 1: text"_s << u"Option 2: text"_s << false
                                       << false << u"{-Option 1:-}{+Option 2:+} text"_s;
}

void TestWordDiff::inlineRendering()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(bool, ignoreCase);
    QFETCH(bool, ignorePunctuation);
    QFETCH(QString, expected);

    WordDiff::Options options;
    options.ignoreCase = ignoreCase;
    options.ignorePunctuation = ignorePunctuation;
    const WordDiff diff(oldText, newText, options);
    QCOMPARE(diff.toInline(), expected);
    QCOMPARE(diff.isIdentical(), !expected.contains(u"{-"_s) && !expected.contains(u"{+"_s));
}

void TestWordDiff::summary_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    // added, removed, unchanged, brackets introduced, resolved, groups introduced, resolved
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("norm 13(f)") << norm13f << proposal13f << QList<int>{12, 2, 36, 2, 0, 1, 0};
    QTest::newRow("identical") << norm13f << norm13f << QList<int>{0, 0, 38, 0, 0, 0, 0};
    QTest::newRow("empty vs text")
        << QString() << u"A State, [shall] act."_s << QList<int>{4, 0, 0, 1, 0, 0, 0};
    QTest::newRow("text vs empty")
        << u"A State, [shall] act."_s << QString() << QList<int>{0, 4, 0, 0, 1, 0, 0};
    QTest::newRow("alternatives resolved")
        << u"States [shall][should] not"_s << u"States should not"_s
        << QList<int>{1, 2, 2, 0, 2, 0, 1};
    QTest::newRow("alternatives introduced")
        << u"States should not"_s << u"States [shall][should] not"_s
        << QList<int>{2, 1, 2, 2, 0, 1, 0};
    QTest::newRow("one of three alternatives dropped")
        << u"[a][b][c] x"_s << u"[a][c] x"_s << QList<int>{0, 1, 3, 0, 1, 0, 0};
    QTest::newRow("alternative chosen inside a group")
        << u"[shall][should] act"_s << u"[shall][must] act"_s << QList<int>{1, 1, 2, 0, 0, 0, 0};
    QTest::newRow("single bracket lifted")
        << u"[States] act"_s << u"States act"_s << QList<int>{1, 1, 1, 0, 1, 0, 0};
    QTest::newRow("long bracket lifted")
        << u"[States should cooperate fully] now"_s << u"States should cooperate fully now"_s
        << QList<int>{0, 0, 5, 0, 1, 0, 0};
    QTest::newRow("note brackets are no brackets")
        << u"act"_s << u"act ^[see A/70/174]"_s << QList<int>{4, 0, 1, 0, 0, 0, 0};
    QTest::newRow("punctuation only") << u"a, b"_s << u"a; b"_s << QList<int>{0, 0, 2, 0, 0, 0, 0};
}

void TestWordDiff::summary()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QList<int>, expected);

    const WordDiff::Summary s = WordDiff(oldText, newText).summary();
    const QList<int> actual{s.wordsAdded,          s.wordsRemoved,     s.wordsUnchanged,
                            s.bracketsIntroduced,  s.bracketsResolved, s.alternativesIntroduced,
                            s.alternativesResolved};
    QCOMPARE(actual, expected);
}

void TestWordDiff::opsOfNorm13f()
{
    const WordDiff diff(norm13f, proposal13f);
    QCOMPARE(opTypes(diff), u"=-+=+=-="_s);

    const QList<WordDiff::Op> &ops = diff.ops();
    // "A State " is 8 characters: "should" at 8 in the old text, "[shall][should]" at 8 in the
    // new one, both as tokens 2.. of their sides.
    QCOMPARE(ops.at(1).oldOffset, 8);
    QCOMPARE(ops.at(1).oldLength, 6);
    QCOMPARE(ops.at(1).oldBegin, 2);
    QCOMPARE(ops.at(1).oldEnd, 3);
    QCOMPARE(ops.at(1).newBegin, 2);
    QCOMPARE(ops.at(1).newEnd, 2);
    QCOMPARE(ops.at(2).newOffset, 8);
    QCOMPARE(ops.at(2).newLength, 15);
    QCOMPARE(ops.at(2).newBegin, 2);
    QCOMPARE(ops.at(2).newEnd, 8);
    QCOMPARE(ops.at(2).oldBegin, 3);
    QCOMPARE(ops.at(2).oldEnd, 3);
    // The insertion before " or" stands in the old text right after "infrastructure".
    const qsizetype afterInfrastructure =
        norm13f.indexOf(u"infrastructure or"_s) + qsizetype(u"infrastructure"_s.size());
    QCOMPARE(ops.at(4).oldOffset, afterInfrastructure);
    QCOMPARE(ops.at(4).oldLength, 0);
    QCOMPARE(diff.opText(ops.at(4)),
             u", including healthcare facilities and the public core of the Internet,"_s);
    QCOMPARE(diff.opText(ops.at(6)), u"otherwise"_s);

    // Every op's offsets point at its text; the ranges tile both token sequences in order.
    qsizetype oldAt = 0;
    qsizetype newAt = 0;
    for (const WordDiff::Op &op : ops) {
        QCOMPARE(op.oldBegin, oldAt);
        QCOMPARE(op.newBegin, newAt);
        oldAt = op.oldEnd;
        newAt = op.newEnd;
        QCOMPARE(norm13f.mid(op.oldOffset, op.oldLength),
                 diff.oldTokens().textOf(op.oldBegin, op.oldEnd).toString());
        QCOMPARE(proposal13f.mid(op.newOffset, op.newLength),
                 diff.newTokens().textOf(op.newBegin, op.newEnd).toString());
    }
    QCOMPARE(oldAt, diff.oldTokens().size());
    QCOMPARE(newAt, diff.newTokens().size());
}

void TestWordDiff::html()
{
    const WordDiff diff(u"if a < b & \"c\""_s, u"if a < b & <d>"_s);
    QCOMPARE(diff.toHtml(), u"if a &lt; b &amp; <del>&quot;c&quot;</del><ins>&lt;d&gt;</ins>"_s);
    QCOMPARE(WordDiff(norm13f, proposal13f).toHtml(), QString(inline13f)
                                                          .replace(u"{-"_s, u"<del>"_s)
                                                          .replace(u"-}"_s, u"</del>"_s)
                                                          .replace(u"{+"_s, u"<ins>"_s)
                                                          .replace(u"+}"_s, u"</ins>"_s));
}

void TestWordDiff::sideBySide()
{
    const WordDiff diff(u"States should act now."_s, u"States must act now."_s);
    const WordDiff::SideBySide sides = diff.sideBySide();

    QStringList left;
    for (const WordDiff::Piece &p : sides.left)
        left << (p.changed ? u"-"_s : QString()) + p.text;
    QStringList right;
    for (const WordDiff::Piece &p : sides.right)
        right << (p.changed ? u"+"_s : QString()) + p.text;
    QCOMPARE(left, (QStringList{u"States"_s, u"-should"_s, u"act"_s, u"now"_s, u"."_s}));
    QCOMPARE(right, (QStringList{u"States"_s, u"+must"_s, u"act"_s, u"now"_s, u"."_s}));
    QCOMPARE(sides.left.at(1).op, 1);
    QCOMPARE(sides.right.at(1).op, 2);
    QCOMPARE(sides.right.at(2).op, 3);
    QCOMPARE(sides.right.at(1).space, u" "_s);
    QCOMPARE(sides.right.at(4).kind, Kind::Punctuation);
}

void TestWordDiff::json()
{
    WordDiff::Options options;
    options.ignoreCase = true;
    const QJsonObject json = WordDiff(norm13f, proposal13f, options).toJson();

    const QJsonObject summary = json.value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"wordsAdded"_s).toInt(), 12);
    QCOMPARE(summary.value(u"wordsRemoved"_s).toInt(), 2);
    QCOMPARE(summary.value(u"wordsUnchanged"_s).toInt(), 36);
    QCOMPARE(summary.value(u"bracketsIntroduced"_s).toInt(), 2);
    QCOMPARE(summary.value(u"bracketsResolved"_s).toInt(), 0);
    QCOMPARE(summary.value(u"alternativesIntroduced"_s).toInt(), 1);
    QCOMPARE(summary.value(u"alternativesResolved"_s).toInt(), 0);
    QCOMPARE(json.value(u"identical"_s).toBool(), false);
    QCOMPARE(json.value(u"inline"_s).toString(), inline13f);
    QCOMPARE(json.value(u"options"_s).toObject().value(u"ignoreCase"_s).toBool(), true);
    QCOMPARE(json.value(u"options"_s).toObject().value(u"ignorePunctuation"_s).toBool(), false);

    const QJsonArray ops = json.value(u"ops"_s).toArray();
    QCOMPARE(ops.size(), 8);
    const QJsonObject deletion = ops.at(1).toObject();
    QCOMPARE(deletion.value(u"type"_s).toString(), u"delete"_s);
    QCOMPARE(deletion.value(u"text"_s).toString(), u"should"_s);
    QCOMPARE(deletion.value(u"oldOffset"_s).toInteger(), 8);
    QCOMPARE(deletion.value(u"oldLength"_s).toInteger(), 6);
    const QJsonObject insertion = ops.at(2).toObject();
    QCOMPARE(insertion.value(u"type"_s).toString(), u"insert"_s);
    QCOMPARE(insertion.value(u"text"_s).toString(), u"[shall][should]"_s);
    QCOMPARE(insertion.value(u"newBegin"_s).toInteger(), 2);
    QCOMPARE(insertion.value(u"newEnd"_s).toInteger(), 8);
    QCOMPARE(ops.at(0).toObject().value(u"type"_s).toString(), u"equal"_s);
    QCOMPARE(ops.at(0).toObject().value(u"text"_s).toString(), u"A State"_s);
}

void TestWordDiff::randomEditsCoverBothTexts()
{
    // Random texts over a small vocabulary (many repeated words: the hard case for an LCS),
    // randomly edited: the ops must tile both token sequences, Equal ops must pair equal tokens,
    // and dropping the deletions from the inline rendering must give the new text.
    const QStringList vocabulary{u"States"_s, u"shall"_s, u"should"_s, u"["_s,  u"]"_s, u","_s,
                                 u"the"_s,    u"ICT"_s,   u"{FRA}"_s,  u"of"_s, u"."_s};
    QRandomGenerator random(20150722);
    for (int round = 0; round < 200; ++round) {
        QStringList oldWords;
        const int length = int(random.bounded(40));
        for (int i = 0; i < length; ++i)
            oldWords << vocabulary.at(random.bounded(vocabulary.size()));
        QStringList newWords = oldWords;
        const int edits = int(random.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(newWords.size() + 1));
            const QString word = vocabulary.at(random.bounded(vocabulary.size()));
            switch (random.bounded(3)) {
            case 0:
                newWords.insert(at, word);
                break;
            case 1:
                if (at < newWords.size())
                    newWords.removeAt(at);
                break;
            default:
                if (at < newWords.size())
                    newWords[at] = word;
                break;
            }
        }
        const QString oldText = oldWords.join(u' ');
        const QString newText = newWords.join(u' ');
        const WordDiff diff(oldText, newText);

        qsizetype oldAt = 0;
        qsizetype newAt = 0;
        for (const WordDiff::Op &op : diff.ops()) {
            QCOMPARE(op.oldBegin, oldAt);
            QCOMPARE(op.newBegin, newAt);
            if (op.type == WordDiff::OpType::Equal) {
                QCOMPARE(op.oldEnd - op.oldBegin, op.newEnd - op.newBegin);
                for (qsizetype k = 0; k < op.oldEnd - op.oldBegin; ++k)
                    QCOMPARE(diff.oldTokens().tokenText(op.oldBegin + k),
                             diff.newTokens().tokenText(op.newBegin + k));
            } else {
                QVERIFY(op.type == WordDiff::OpType::Delete ? op.newBegin == op.newEnd
                                                            : op.oldBegin == op.oldEnd);
            }
            oldAt = op.oldEnd;
            newAt = op.newEnd;
        }
        QCOMPARE(oldAt, diff.oldTokens().size());
        QCOMPARE(newAt, diff.newTokens().size());
        QCOMPARE(diff.isIdentical(), oldText == newText);

        QString rendered = diff.toInline();
        static const QRegularExpression deletion(u"\\{-.*?-\\}"_s);
        rendered.remove(deletion).replace(u"{+"_s, QString()).replace(u"+}"_s, QString());
        QCOMPARE(withoutSpace(rendered), withoutSpace(newText));
    }
}

namespace {

// The words (Word tokens) of the ops of one type.
int wordsOf(const WordDiff &diff, WordDiff::OpType type)
{
    int n = 0;
    for (const WordDiff::Op &op : diff.ops()) {
        if (op.type != type)
            continue;
        const WordTokenizer &side =
            type == WordDiff::OpType::Delete ? diff.oldTokens() : diff.newTokens();
        const qsizetype b = type == WordDiff::OpType::Delete ? op.oldBegin : op.newBegin;
        const qsizetype e = type == WordDiff::OpType::Delete ? op.oldEnd : op.newEnd;
        for (qsizetype i = b; i < e; ++i)
            n += side.at(i).kind == Kind::Word ? 1 : 0;
    }
    return n;
}

// Words added plus removed by a minimal token edit script (dtl's plain edit distance, what
// `git diff --word-diff` reports), counting only Word tokens.
int minimalWordEdits(const WordDiff &diff)
{
    std::vector<QString> a;
    std::vector<QString> b;
    std::vector<bool> aWord;
    std::vector<bool> bWord;
    for (qsizetype i = 0; i < diff.oldTokens().size(); ++i) {
        a.push_back(diff.oldTokens().tokenText(i).toString());
        aWord.push_back(diff.oldTokens().at(i).kind == Kind::Word);
    }
    for (qsizetype i = 0; i < diff.newTokens().size(); ++i) {
        b.push_back(diff.newTokens().tokenText(i).toString());
        bWord.push_back(diff.newTokens().at(i).kind == Kind::Word);
    }
    dtl::Diff<QString, std::vector<QString>> d(a, b);
    d.compose();
    int edits = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    for (const auto &e : d.getSes().getSequence()) {
        if (e.second.type == dtl::SES_COMMON) {
            ++i;
            ++j;
        } else if (e.second.type == dtl::SES_DELETE) {
            edits += aWord[size_t(i++)] ? 1 : 0;
        } else {
            edits += bWord[size_t(j++)] ? 1 : 0;
        }
    }
    return edits;
}

// No run of three or more words the two texts share in an Equal stretch of the minimal
// script is reported deleted and re-inserted: every deleted stretch holds at most two words
// that also stand, in the same order, in the inserted stretch right after it.
int longestSharedRunInChanges(const WordDiff &diff)
{
    int longest = 0;
    const QList<WordDiff::Op> &ops = diff.ops();
    for (qsizetype k = 0; k + 1 < ops.size(); ++k) {
        if (ops[k].type != WordDiff::OpType::Delete || ops[k + 1].type != WordDiff::OpType::Insert)
            continue;
        QStringList removed;
        QStringList added;
        for (qsizetype i = ops[k].oldBegin; i < ops[k].oldEnd; ++i)
            removed << diff.oldTokens().tokenText(i).toString();
        for (qsizetype i = ops[k + 1].newBegin; i < ops[k + 1].newEnd; ++i)
            added << diff.newTokens().tokenText(i).toString();
        // Longest common run of words (contiguous on both sides).
        for (qsizetype x = 0; x < removed.size(); ++x) {
            for (qsizetype y = 0; y < added.size(); ++y) {
                int run = 0;
                int words = 0;
                while (x + run < removed.size() && y + run < added.size() &&
                       removed[x + run] == added[y + run]) {
                    words += removed[x + run].front().isLetterOrNumber() ? 1 : 0;
                    ++run;
                }
                longest = std::max(longest, words);
            }
        }
    }
    return longest;
}

} // namespace

void TestWordDiff::keepsWhatStayedNorm13fSample()
{
    // Issue 10: `plenipo compare` of norm 13(f) with SAMPLE/CONSEQ/2026/ZD paragraph 8 struck
    // out and re-inserted "critical infrastructure or otherwise impairs the use and operation of
    // critical infrastructure serving the public" (49 words added, 16 removed). git's word diff
    // changes 6 words: "should", "infrastructure", "public." out, and the bracketed additions in.
    const QString norm =
        u"A State should not conduct or knowingly support ICT activity, contrary to its "
        u"obligations under international law, that intentionally damages critical "
        u"infrastructure or otherwise impairs the use and operation of critical infrastructure "
        u"serving the public."_s;
    const QString zd8 =
        u"A State [shall][should] not conduct or knowingly support ICT activity, contrary to its "
        u"obligations under international law, that intentionally damages [or disrupts]{EST} "
        u"critical infrastructure[, including healthcare facilities,]{FRA, EU} or otherwise "
        u"impairs the use and operation of critical infrastructure serving the public[, "
        u"including the general availability or integrity of the public core of the "
        u"Internet]{NLD, CZE}. ^[Facilitator's note: language taken from A/70/174, para. 13(f), "
        u"with proposed additions.]"_s;
    const WordDiff diff(norm, zd8);
    const QString shown = diff.toInline();
    QVERIFY2(shown.contains(u"critical infrastructure{+[, including healthcare facilities,]{FRA, "
                            u"EU}+} or otherwise impairs the use and operation of critical "
                            u"infrastructure serving the public{-.-}{+"_s),
             qPrintable(shown));
    // Removed: only "should" (git: "should", and "infrastructure" and "public." that it
    // re-inserts glued to markup); nothing the texts share.
    QCOMPARE(diff.summary().wordsRemoved, 1);
    // Added: the words that really are new, and no more: shall, should; or disrupts; including
    // healthcare facilities; including the general availability or integrity of the public core
    // of the Internet; and the note's words.
    const int newWords = 2 + 2 + 3 + 13 + 14;
    QCOMPARE(diff.summary().wordsAdded, newWords);
    QCOMPARE(longestSharedRunInChanges(diff), 1); // "should", inside the new [shall][should]
    const int minimal = minimalWordEdits(diff);
    const int ours = diff.summary().wordsAdded + diff.summary().wordsRemoved;
    QVERIFY2(ours <= minimal + std::max(2.0, minimal * 0.05),
             qPrintable(u"%1 vs %2"_s.arg(ours).arg(minimal)));
}

void TestWordDiff::keepsWhatStayedRandom()
{
    // Random drafts edited the way drafters do (words replaced, phrases inserted, brackets
    // added): every pair stays within 5% of a minimal token edit script, and no shared run of
    // three or more words is ever shown deleted and re-inserted.
    const QStringList vocabulary{
        u"States"_s,     u"shall"_s,     u"should"_s,   u"not"_s,    u"conduct"_s, u"critical"_s,
        u"the"_s,        u"of"_s,        u"ICT"_s,      u"public"_s, u"core"_s,    u"Internet"_s,
        u"services"_s,   u"operation"_s, u"use"_s,      u"damage"_s, u"impair"_s,  u"health"_s,
        u"facilities"_s, u"support"_s,   u"activity"_s, u"law"_s,    u"norm"_s,    u"and"_s};
    QRandomGenerator random(20261202);
    int pairs = 0;
    for (int round = 0; round < 300; ++round) {
        QStringList words;
        const int length = 10 + int(random.bounded(60));
        for (int i = 0; i < length; ++i)
            words << vocabulary.at(random.bounded(vocabulary.size()));
        QStringList edited = words;
        for (int e = 0, n = 1 + int(random.bounded(6)); e < n; ++e) {
            const int at = int(random.bounded(edited.size() + 1));
            switch (random.bounded(4)) {
            case 0: { // a phrase inserted
                QStringList phrase;
                for (int k = 0, m = 1 + int(random.bounded(6)); k < m; ++k)
                    phrase << vocabulary.at(random.bounded(vocabulary.size()));
                edited.insert(at, phrase.join(u' '));
                break;
            }
            case 1: // a word removed
                if (at < edited.size())
                    edited.removeAt(at);
                break;
            case 2: // a word replaced
                if (at < edited.size())
                    edited[at] = vocabulary.at(random.bounded(vocabulary.size()));
                break;
            default: // brackets added around a stretch
                if (at + 2 < edited.size()) {
                    edited[at] = u"["_s + edited[at];
                    edited[at + 2] += u"]"_s;
                }
                break;
            }
        }
        const WordDiff diff(words.join(u' '), edited.join(u' '));
        const int minimal = minimalWordEdits(diff);
        const int ours = diff.summary().wordsAdded + diff.summary().wordsRemoved;
        QCOMPARE(wordsOf(diff, WordDiff::OpType::Insert), diff.summary().wordsAdded);
        QVERIFY2(ours <= minimal + std::max(2.0, minimal * 0.05),
                 qPrintable(u"round %1: %2 words changed, minimal %3\n%4"_s.arg(round)
                                .arg(ours)
                                .arg(minimal)
                                .arg(diff.toInline())));
        QVERIFY2(longestSharedRunInChanges(diff) <= 2,
                 qPrintable(u"round %1: %2"_s.arg(round).arg(diff.toInline())));
        ++pairs;
    }
    QCOMPARE(pairs, 300);
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
