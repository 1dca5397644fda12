// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Tests of the negotiation markup parser (model/markupparser.h) and its helpers: the tree for
// every construct, ids, offsets, escapes, every diagnostic with its line and column, recovery,
// statistics on hand-counted examples, and the document / report functions behind
// `plenipo markup check|stats`.

#include "core/error.h"
#include "markup/markupdocument.h"
#include "markup/markupparser.h"
#include "markup/markupreport.h"
#include "markup/markupstatistics.h"
#include "markup/markuptree.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

using Kind = MarkupNodeKind;

QString quoted(QStringView raw)
{
    QString s = raw.toString();
    s.replace(u"\n"_s, u"\\n"_s);
    return u'"' + s + u'"';
}

// A compact rendering of the tree, e.g. `"States " g1(b1["shall"]{FRA} _ b2["should"]) " not"`:
//   "text"        Text (raw, escapes kept)         _            Separator
//   gN(...)       AlternativeGroup N               bN[...]      BracketedSpan N
//   optN(...)     Option headed "Option N:"        ~~(...)~~    Deletion
//   {content}     Attribution (content trimmed)    adref{A,B}   AdReferendum with its codes
//   ^[content]    Note                             !            after a node: Unterminated
// Tags attached to a span or deletion follow its closing delimiter without a space.
QString dump(const MarkupTree &tree, int index)
{
    const MarkupNode &n = tree.node(index);
    QStringList inner;
    QString tags;
    for (const int c : tree.children(index)) {
        if (tree.node(c).hasFlag(MarkupNode::Attached))
            tags += dump(tree, c);
        else
            inner.append(dump(tree, c));
    }
    const QString body = inner.join(u' ');
    const QString bang = n.hasFlag(MarkupNode::Unterminated) ? u"!"_s : QString();
    switch (n.kind) {
    case Kind::Clause:
        return body;
    case Kind::Text:
        return quoted(tree.source(index));
    case Kind::Separator:
        return u"_"_s;
    case Kind::AlternativeGroup:
        return u"g%1(%2)"_s.arg(n.number).arg(body);
    case Kind::BracketedSpan:
        return u"b%1[%2]%3%4"_s.arg(n.number).arg(body, bang, tags);
    case Kind::Option:
        return u"opt%1(%2)"_s.arg(n.number).arg(body);
    case Kind::Deletion:
        return u"~~(%1)~~%2%3"_s.arg(body, bang, tags);
    case Kind::Attribution:
        return u"{%1}"_s.arg(tree.content(index).trimmed());
    case Kind::AdReferendum:
        return u"adref{%1}"_s.arg(tree.codes(index).join(u','));
    case Kind::Note:
        return u"^[%1]%2"_s.arg(tree.content(index), bang);
    }
    return {};
}

QString dump(const MarkupTree &tree)
{
    return dump(tree, MarkupTree::root());
}

QString codeName(MarkupDiagnostic::Code code)
{
    switch (code) {
    case MarkupDiagnostic::Code::UnclosedBracket:
        return u"UnclosedBracket"_s;
    case MarkupDiagnostic::Code::UnmatchedClosingBracket:
        return u"UnmatchedClosingBracket"_s;
    case MarkupDiagnostic::Code::EmptyAlternative:
        return u"EmptyAlternative"_s;
    case MarkupDiagnostic::Code::UnknownCode:
        return u"UnknownCode"_s;
    case MarkupDiagnostic::Code::MalformedCode:
        return u"MalformedCode"_s;
    case MarkupDiagnostic::Code::DuplicateCode:
        return u"DuplicateCode"_s;
    case MarkupDiagnostic::Code::EmptyAttribution:
        return u"EmptyAttribution"_s;
    case MarkupDiagnostic::Code::MisplacedAttribution:
        return u"MisplacedAttribution"_s;
    case MarkupDiagnostic::Code::UnterminatedAttribution:
        return u"UnterminatedAttribution"_s;
    case MarkupDiagnostic::Code::UnmatchedClosingBrace:
        return u"UnmatchedClosingBrace"_s;
    case MarkupDiagnostic::Code::NestingTooDeep:
        return u"NestingTooDeep"_s;
    case MarkupDiagnostic::Code::UnterminatedDeletion:
        return u"UnterminatedDeletion"_s;
    case MarkupDiagnostic::Code::EmptyDeletion:
        return u"EmptyDeletion"_s;
    case MarkupDiagnostic::Code::UnterminatedNote:
        return u"UnterminatedNote"_s;
    case MarkupDiagnostic::Code::MisplacedAdReferendum:
        return u"MisplacedAdReferendum"_s;
    case MarkupDiagnostic::Code::OptionOutOfSequence:
        return u"OptionOutOfSequence"_s;
    }
    return {};
}

// "LINE:COL+LENGTH severity Code: message"
QStringList describe(const QList<MarkupDiagnostic> &diagnostics)
{
    QStringList out;
    for (const MarkupDiagnostic &d : diagnostics) {
        out.append(u"%1:%2+%3 %4 %5: %6"_s.arg(d.line).arg(d.column).arg(d.length).arg(
            d.isError() ? u"error"_s : u"warning"_s, codeName(d.code), d.message));
    }
    return out;
}

bool knownCode(QStringView code)
{
    static const QSet<QString> known = {u"FRA"_s, u"EU"_s,  u"CHN"_s, u"RUS"_s,
                                        u"USA"_s, u"GBR"_s, u"G77"_s};
    return known.contains(code.toString());
}

// Structural invariants every parse must satisfy, whatever the input.
void checkInvariants(const MarkupTree &tree)
{
    const qsizetype n = tree.text().size();
    QCOMPARE(tree.node(0).kind, Kind::Clause);
    QCOMPARE(tree.node(0).begin, 0);
    QCOMPARE(tree.node(0).end, n);
    QSet<QString> ids;
    for (int i = 0; i < tree.size(); ++i) {
        const MarkupNode &node = tree.node(i);
        QVERIFY2(node.begin <= node.contentBegin && node.contentBegin <= node.contentEnd &&
                     node.contentEnd <= node.end && node.end <= n,
                 qPrintable(u"node %1 ranges"_s.arg(i)));
        if (i > 0) {
            QVERIFY(node.parent >= 0 && node.parent < i);
            const MarkupNode &parent = tree.node(node.parent);
            QVERIFY2(parent.begin <= node.begin && node.end <= parent.end,
                     qPrintable(u"node %1 outside its parent"_s.arg(i)));
            QVERIFY2(tree.node(i - 1).begin <= node.begin,
                     qPrintable(u"node %1 out of order"_s.arg(i)));
        }
        if (node.nextSibling >= 0)
            QVERIFY(node.end <= tree.node(node.nextSibling).begin);
        if (node.isAlternative())
            QCOMPARE(tree.node(node.parent).kind, Kind::AlternativeGroup);
        const QString id = tree.id(i);
        if (!id.isEmpty()) {
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QCOMPARE(tree.findById(id), i);
        }
        if (node.isAlternative())
            QCOMPARE(tree.findById(tree.alternativeId(i)), i);
    }
}

} // namespace

class TestMarkupParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure_data();
    void structure();
    void ids_data();
    void ids();
    void invalidIds();
    void offsets_data();
    void offsets();
    void plainTextUnchanged_data();
    void plainTextUnchanged();
    void escapes_data();
    void escapes();
    void escapeRoundTrip_data();
    void escapeRoundTrip();
    void nodeText();
    void wellFormedCodes_data();
    void wellFormedCodes();
    void diagnostics_data();
    void diagnostics();
    void recovery_data();
    void recovery();
    void countWords_data();
    void countWords();
    void statistics_data();
    void statistics();
    void statisticsSum();
    void statisticsJson();
    void document();
    void reportLines();
    void reportStatistics();
    void reportFromFile();
    void reportFromMissingFile();
    void sampleFiles_data();
    void sampleFiles();
    void randomInput();
};

void TestMarkupParser::structure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain text") << u"States should cooperate."_s
                                << u"\"States should cooperate.\""_s;
    QTest::newRow("lone span (keep or drop)")
        << u"States [knowingly] support"_s << u"\"States \" g1(b1[\"knowingly\"]) \" support\""_s;
    QTest::newRow("adjacent alternatives")
        << u"States [shall][should] not"_s
        << u"\"States \" g1(b1[\"shall\"] b2[\"should\"]) \" not\""_s;
    QTest::newRow("alternatives separated by a space")
        << u"[a] [b]"_s << u"g1(b1[\"a\"] _ b2[\"b\"])"_s;
    QTest::newRow("alternatives separated by a line break")
        << u"[a]\n  [b]"_s << u"g1(b1[\"a\"] _ b2[\"b\"])"_s;
    QTest::newRow("three alternatives")
        << u"[a][b] [c]"_s << u"g1(b1[\"a\"] b2[\"b\"] _ b3[\"c\"])"_s;
    QTest::newRow("text between spans: two groups")
        << u"[a] x [b]"_s << u"g1(b1[\"a\"]) \" x \" g2(b2[\"b\"])"_s;
    QTest::newRow("nested 3 deep")
        << u"[States [shall [not]] act]"_s
        << u"g1(b1[\"States \" g2(b2[\"shall \" g3(b3[\"not\"])]) \" act\"])"_s;
    QTest::newRow("nested 4 deep with alternatives inside")
        << u"[a [b [c [d][e]]]]"_s
        << u"g1(b1[\"a \" g2(b2[\"b \" g3(b3[\"c \" g4(b4[\"d\"] b5[\"e\"])])])])"_s;
    QTest::newRow("nested alternatives inside one alternative")
        << u"[States [shall][should] refrain]"_s
        << u"g1(b1[\"States \" g2(b2[\"shall\"] b3[\"should\"]) \" refrain\"])"_s;
    QTest::newRow("attribution")
        << u"services[, including healthcare]{FRA, EU}."_s
        << u"\"services\" g1(b1[\", including healthcare\"]{FRA, EU}) \".\""_s;
    QTest::newRow("attributed alternatives stay one group")
        << u"States [shall]{FRA} [should]{CHN, RUS} not"_s
        << u"\"States \" g1(b1[\"shall\"]{FRA} _ b2[\"should\"]{CHN, RUS}) \" not\""_s;
    QTest::newRow("deletion") << u"States ~~knowingly~~ support"_s
                              << u"\"States \" ~~(\"knowingly\")~~ \" support\""_s;
    QTest::newRow("attributed deletion") << u"~~text~~{CHN}"_s << u"~~(\"text\")~~{CHN}"_s;
    QTest::newRow("deletion inside a span")
        << u"[a ~~b~~] c"_s << u"g1(b1[\"a \" ~~(\"b\")~~]) \" c\""_s;
    QTest::newRow("span inside a deletion")
        << u"~~a [b] c~~"_s << u"~~(\"a \" g1(b1[\"b\"]) \" c\")~~"_s;
    QTest::newRow("note") << u"States^[See A/70/174.] act"_s
                          << u"\"States\" ^[See A/70/174.] \" act\""_s;
    QTest::newRow("note with brackets and an escape inside")
        << u"x^[see [1] and \\] here] y"_s << u"\"x\" ^[see [1] and \\] here] \" y\""_s;
    QTest::newRow("note inside a span") << u"[a^[n] b]"_s << u"g1(b1[\"a\" ^[n] \" b\"])"_s;
    QTest::newRow("note breaks adjacency")
        << u"[a]^[n][b]"_s << u"g1(b1[\"a\"]) ^[n] g2(b2[\"b\"])"_s;
    QTest::newRow("ad referendum at the end")
        << u"States agree. {ad ref. FRA}"_s << u"\"States agree. \" adref{FRA}"_s;
    QTest::newRow("ad referendum without codes") << u"Text.{ad ref.}"_s << u"\"Text.\" adref{}"_s;
    QTest::newRow("ad referendum spelled out, several codes")
        << u"Text. {Ad Referendum FRA, EU}"_s << u"\"Text. \" adref{FRA,EU}"_s;
    QTest::newRow("ad referendum after a span")
        << u"[shall]{ad ref. USA} act"_s << u"g1(b1[\"shall\"]adref{USA}) \" act\""_s;
    QTest::newRow("attribution and ad referendum after a span")
        << u"[shall]{FRA}{ad ref. FRA}"_s << u"g1(b1[\"shall\"]{FRA}adref{FRA})"_s;
    QTest::newRow("options")
        << u"Option 1: States shall act.\nOption 2: States should act."_s
        << u"g1(opt1(\" States shall act.\") _ opt2(\" States should act.\"))"_s;
    QTest::newRow("options after a chapeau, any case, brackets inside")
        << u"Chapeau:\nOption 1: [a][b]\n  option 2 : c"_s
        << u"\"Chapeau:\" \"\\n\" g1(opt1(\" \" g2(b1[\"a\"] b2[\"b\"])) _ opt2(\" c\"))"_s;
    QTest::newRow("option group numbered at its position")
        << u"[x] intro\nOPTION 1: a\nOption 2: [b]"_s
        << u"g1(b1[\"x\"]) \" intro\" \"\\n\" g2(opt1(\" a\") _ opt2(\" \" g3(b2[\"b\"])))"_s;
    QTest::newRow("a single option") << u"Option 1: only"_s << u"g1(opt1(\" only\"))"_s;
    QTest::newRow("option header only at a line start")
        << u"see Option 1: x"_s << u"\"see Option 1: x\""_s;
    QTest::newRow("option word without number is text")
        << u"Option A: x\nOption: y"_s << u"\"Option A: x\\nOption: y\""_s;
    QTest::newRow("escapes stay in the text run")
        << u"\\[not a bracket\\] \\{x\\} \\~\\~ \\^\\[ \\\\"_s
        << u"\"\\[not a bracket\\] \\{x\\} \\~\\~ \\^\\[ \\\\\""_s;
    QTest::newRow("lone tilde and caret are text") << u"a ~ b ^ c~"_s << u"\"a ~ b ^ c~\""_s;
    QTest::newRow("escaped bracket inside a span")
        << u"[see \\[1\\]]"_s << u"g1(b1[\"see \\[1\\]\"])"_s;
}

void TestMarkupParser::structure()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const MarkupTree tree = MarkupParser().parse(text);
    QCOMPARE(dump(tree), expected);
    QCOMPARE(describe(tree.diagnostics()), QStringList());
    checkInvariants(tree);
}

void TestMarkupParser::ids_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "id=source of the node"

    QTest::newRow("the example of the spec")
        << u"States [shall][should] not [knowingly] support"_s
        << QStringList{u"b1=[shall]"_s,         u"b2=[should]"_s,     u"b3=[knowingly]"_s,
                       u"g1=[shall][should]"_s, u"g1.1=[shall]"_s,    u"g1.2=[should]"_s,
                       u"g2=[knowingly]"_s,     u"g2.1=[knowingly]"_s};
    QTest::newRow("nested: pre-order") << u"[States [shall][should] refrain]"_s
                                       << QStringList{u"b1=[States [shall][should] refrain]"_s,
                                                      u"b2=[shall]"_s,
                                                      u"b3=[should]"_s,
                                                      u"g1=[States [shall][should] refrain]"_s,
                                                      u"g1.1=[States [shall][should] refrain]"_s,
                                                      u"g2=[shall][should]"_s,
                                                      u"g2.1=[shall]"_s,
                                                      u"g2.2=[should]"_s};
    QTest::newRow("group reopened after a nested group") << u"[a [x][y]] [b]{FRA}"_s
                                                         << QStringList{u"b1=[a [x][y]]"_s,
                                                                        u"b2=[x]"_s,
                                                                        u"b3=[y]"_s,
                                                                        u"b4=[b]{FRA}"_s,
                                                                        u"g1=[a [x][y]] [b]{FRA}"_s,
                                                                        u"g1.1=[a [x][y]]"_s,
                                                                        u"g1.2=[b]{FRA}"_s,
                                                                        u"g2=[x][y]"_s,
                                                                        u"g2.1=[x]"_s,
                                                                        u"g2.2=[y]"_s};
    QTest::newRow("options") << u"[c] chapeau\nOption 1: [d]\nOption 2: e"_s
                             << QStringList{u"b1=[c]"_s,
                                            u"b2=[d]"_s,
                                            u"g1=[c]"_s,
                                            u"g1.1=[c]"_s,
                                            u"g2=Option 1: [d]\nOption 2: e"_s,
                                            u"g2.1=Option 1: [d]"_s,
                                            u"g2.2=Option 2: e"_s,
                                            u"g3=[d]"_s,
                                            u"g3.1=[d]"_s};
}

void TestMarkupParser::ids()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const MarkupTree tree = MarkupParser().parse(text);
    for (const QString &entry : expected) {
        const qsizetype eq = entry.indexOf(u'=');
        const QString id = entry.left(eq);
        const int node = tree.findById(id);
        QVERIFY2(node >= 0, qPrintable(id));
        QCOMPARE(tree.source(node).toString(), entry.mid(eq + 1));
    }
    // Every id is listed: no more spans or groups than expected.
    QStringList all;
    for (int i = 0; i < tree.size(); ++i) {
        if (!tree.id(i).isEmpty())
            all.append(tree.id(i));
        if (tree.node(i).kind == Kind::BracketedSpan)
            all.append(tree.alternativeId(i));
    }
    QStringList expectedIds;
    for (const QString &entry : expected)
        expectedIds.append(entry.left(entry.indexOf(u'=')));
    all.sort();
    expectedIds.sort();
    QCOMPARE(all, expectedIds);
    checkInvariants(tree);
}

void TestMarkupParser::invalidIds()
{
    const MarkupTree tree = MarkupParser().parse(u"[a][b] [c]"_s);
    QCOMPARE(tree.findById(u"b3"), tree.findById(u"g1.3"));
    QVERIFY(tree.findById(u"b3") > 0);
    for (const QStringView id : {u"b0", u"b4", u"g2", u"g1.4", u"g1.0", u"g0.1", u"x1", u"g", u"b",
                                 u"b1.1", u"g1.", u"g.1", u"b-1", u"b 1", u""}) {
        QVERIFY2(tree.findById(id) == -1, qPrintable(id.toString()));
    }
    QCOMPARE(tree.id(tree.findById(u"g1")), u"g1"_s);
    QCOMPARE(tree.alternativeId(tree.findById(u"b2")), u"g1.2"_s);
    QCOMPARE(tree.alternativeId(tree.findById(u"g1")), QString());
}

void TestMarkupParser::offsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");                // an id, or "#N" for node N
    QTest::addColumn<QList<qsizetype>>("expected"); // begin, contentBegin, contentEnd, end

    const QString alt = u"States [shall]{FRA} [should] not"_s;
    QTest::newRow("span with attribution") << alt << u"b1"_s << QList<qsizetype>{7, 8, 13, 19};
    QTest::newRow("its attribution") << alt << u"#5"_s << QList<qsizetype>{14, 15, 18, 19};
    QTest::newRow("separator") << alt << u"#6"_s << QList<qsizetype>{19, 19, 20, 20};
    QTest::newRow("second alternative") << alt << u"g1.2"_s << QList<qsizetype>{20, 21, 27, 28};
    QTest::newRow("group") << alt << u"g1"_s << QList<qsizetype>{7, 7, 28, 28};
    QTest::newRow("trailing text") << alt << u"#9"_s << QList<qsizetype>{28, 28, 32, 32};
    QTest::newRow("root") << alt << u"#0"_s << QList<qsizetype>{0, 0, 32, 32};

    QTest::newRow("deletion with tag")
        << u"a ~~b~~{CHN} c"_s << u"#2"_s << QList<qsizetype>{2, 4, 5, 12};
    QTest::newRow("note") << u"x^[n [1]] y"_s << u"#2"_s << QList<qsizetype>{1, 3, 8, 9};
    QTest::newRow("ad referendum: content is the codes")
        << u"t {ad ref. FRA, EU}"_s << u"#2"_s << QList<qsizetype>{2, 10, 18, 19};
    QTest::newRow("option 1") << u"Option 1: a\n  Option 2: b"_s << u"g1.1"_s
                              << QList<qsizetype>{0, 9, 11, 11};
    QTest::newRow("option separator")
        << u"Option 1: a\n  Option 2: b"_s << u"#4"_s << QList<qsizetype>{11, 11, 14, 14};
    QTest::newRow("option 2") << u"Option 1: a\n  Option 2: b"_s << u"g1.2"_s
                              << QList<qsizetype>{14, 23, 25, 25};
    QTest::newRow("unclosed span closes at the end")
        << u"a [b c"_s << u"b1"_s << QList<qsizetype>{2, 3, 6, 6};
    QTest::newRow("surrogate pair counts two UTF-16 units")
        << u"\U0001F600 [x]"_s << u"b1"_s << QList<qsizetype>{3, 4, 5, 6};
}

void TestMarkupParser::offsets()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(QList<qsizetype>, expected);
    const MarkupTree tree = MarkupParser().parse(text);
    const int index = id.startsWith(u'#') ? id.mid(1).toInt() : tree.findById(id);
    QVERIFY(index >= 0 && index < tree.size());
    const MarkupNode &n = tree.node(index);
    QCOMPARE((QList<qsizetype>{n.begin, n.contentBegin, n.contentEnd, n.end}), expected);
    checkInvariants(tree);
}

void TestMarkupParser::plainTextUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sentence") << u"States should not conduct or knowingly support ICT activity."_s;
    QTest::newRow("punctuation")
        << u"Norm 13(f): \"critical infrastructure\"; 50% - 2.5, e.g. a/b"_s;
    QTest::newRow("several lines") << u"First line,\nsecond line;\n\tthird."_s;
    QTest::newRow("non-ASCII") << u"Türkiye, Côte d’Ivoire — 各国应合作 \U0001F310"_s;
    QTest::newRow("lone markup-like characters") << u"a ~ b ^ c \\ d ~ ^"_s;
    QTest::newRow("option-like but not an option") << u"Options 1: x\nOption one: y"_s;
}

void TestMarkupParser::plainTextUnchanged()
{
    QFETCH(QString, text);
    const MarkupTree tree = MarkupParser().parse(text);
    QCOMPARE(tree.size(), 2);
    QCOMPARE(tree.node(1).kind, Kind::Text);
    QCOMPARE(tree.source(1).toString(), text);
    QCOMPARE(tree.plainText(MarkupTree::root()), text);
    QCOMPARE(tree.diagnostics().size(), 0);
    QCOMPARE(tree.statistics().agreedWords, tree.statistics().words);
}

void TestMarkupParser::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("all seven") << u"\\[ \\] \\{ \\} \\~ \\^ \\\\"_s << u"[ ] { } ~ ^ \\"_s;
    QTest::newRow("literal deletion marks") << u"\\~\\~x\\~~"_s << u"~~x~~"_s;
    QTest::newRow("literal note start") << u"\\^[1]"_s << u"^1"_s; // "\^" then a span "[1]"
    QTest::newRow("other backslashes are literal") << u"C:\\path\\n"_s << u"C:\\path\\n"_s;
    QTest::newRow("trailing backslash") << u"end\\"_s << u"end\\"_s;
    QTest::newRow("escaped backslash before bracket") << u"\\\\[x]"_s << u"\\x"_s;
}

void TestMarkupParser::escapes()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    const MarkupTree tree = MarkupParser().parse(text);
    QCOMPARE(tree.diagnostics().size(), 0);
    QCOMPARE(tree.plainText(MarkupTree::root()), plain);
}

void TestMarkupParser::escapeRoundTrip_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("nothing to escape")
        << u"States shall ~ cooperate ^ now"_s << u"States shall ~ cooperate ^ now"_s;
    QTest::newRow("brackets and braces") << u"[a]{b}"_s << u"\\[a\\]\\{b\\}"_s;
    QTest::newRow("tildes") << u"a~~b~~~c"_s << u"a\\~\\~b\\~\\~\\~c"_s;
    QTest::newRow("caret before bracket") << u"^[x]"_s << u"^\\[x\\]"_s;
    QTest::newRow("backslashes") << u"a\\b\\"_s << u"a\\\\b\\\\"_s;
}

void TestMarkupParser::escapeRoundTrip()
{
    QFETCH(QString, plain);
    QFETCH(QString, escaped);
    QCOMPARE(MarkupParser::escape(plain), escaped);
    QCOMPARE(MarkupParser::unescape(escaped), plain);
    const MarkupTree tree = MarkupParser().parse(escaped);
    QVERIFY(tree.size() <= 2); // one text run at most
    QCOMPARE(tree.diagnostics().size(), 0);
    QCOMPARE(tree.plainText(MarkupTree::root()), plain);
}

void TestMarkupParser::nodeText()
{
    const MarkupTree tree = MarkupParser().parse(
        u"States [shall ^[a note \\]] not]{FRA,  EU; G77} act~~ \\~ x~~ {ad ref. USA}"_s);
    const int span = tree.findById(u"b1");
    QCOMPARE(tree.plainText(span), u"shall  not"_s);
    const int attribution = tree.attribution(span);
    QVERIFY(attribution > 0);
    QCOMPARE(tree.codes(attribution), (QStringList{u"FRA"_s, u"EU"_s, u"G77"_s}));
    QCOMPARE(tree.plainText(attribution), u"FRA,  EU; G77"_s);
    const int note = tree.childOfKind(span, Kind::Note);
    QVERIFY(note > 0);
    QCOMPARE(tree.plainText(note), u"a note ]"_s);
    const int deletion = tree.childOfKind(MarkupTree::root(), Kind::Deletion);
    QCOMPARE(tree.plainText(deletion), u" ~ x"_s);
    QCOMPARE(tree.attribution(deletion), -1);
    const int adRef = tree.childOfKind(MarkupTree::root(), Kind::AdReferendum);
    QCOMPARE(tree.codes(adRef), QStringList{u"USA"_s});
    QCOMPARE(tree.plainText(MarkupTree::root()), u"States shall  not act ~ x "_s);
    QCOMPARE(tree.codes(span), QStringList());
    QCOMPARE(tree.diagnostics().size(), 0);
}

void TestMarkupParser::wellFormedCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("FRA") << u"FRA"_s << true;
    QTest::newRow("EU") << u"EU"_s << true;
    QTest::newRow("G77") << u"G77"_s << true;
    QTest::newRow("JS2019") << u"JS2019"_s << true;
    QTest::newRow("16 chars") << u"ABCDEFGHIJKLMNOP"_s << true;
    QTest::newRow("17 chars") << u"ABCDEFGHIJKLMNOPQ"_s << false;
    QTest::newRow("one letter") << u"F"_s << false;
    QTest::newRow("lower case") << u"fra"_s << false;
    QTest::newRow("mixed case") << u"Fra"_s << false;
    QTest::newRow("leading digit") << u"7GR"_s << false;
    QTest::newRow("hyphen") << u"G-77"_s << false;
    QTest::newRow("non-ASCII") << u"FRÄ"_s << false;
}

void TestMarkupParser::wellFormedCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, wellFormed);
    QCOMPARE(MarkupParser::isWellFormedCode(code), wellFormed);
}

void TestMarkupParser::diagnostics_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("validate");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("unclosed bracket")
        << u"States [shall act"_s << false
        << QStringList{u"1:8+1 error UnclosedBracket: unclosed bracket opened here"_s};
    QTest::newRow("unclosed bracket on line 2")
        << u"a\nb [c\nd"_s << false
        << QStringList{u"2:3+1 error UnclosedBracket: unclosed bracket opened here"_s};
    QTest::newRow("unclosed outer bracket, inner closed")
        << u"[a [b] c"_s << false
        << QStringList{u"1:1+1 error UnclosedBracket: unclosed bracket opened here"_s};
    QTest::newRow("unclosed bracket ends at the next option")
        << u"Option 1: [a\nOption 2: b"_s << false
        << QStringList{u"1:11+1 error UnclosedBracket: unclosed bracket opened here"_s};
    QTest::newRow("stray closing bracket")
        << u"a] b"_s << false
        << QStringList{u"1:2+1 error UnmatchedClosingBracket: ']' without a matching '['"_s};
    QTest::newRow("stray and unclosed, in text order")
        << u"] [a"_s << false
        << QStringList{u"1:1+1 error UnmatchedClosingBracket: ']' without a matching '['"_s,
                       u"1:3+1 error UnclosedBracket: unclosed bracket opened here"_s};
    QTest::newRow("empty alternative")
        << u"a [] b"_s << false
        << QStringList{u"1:3+2 error EmptyAlternative: empty alternative"_s};
    QTest::newRow("blank alternative among others")
        << u"[shall][ \t]"_s << false
        << QStringList{u"1:8+4 error EmptyAlternative: empty alternative"_s};
    QTest::newRow("empty option") << u"Option 1: a\nOption 2:  "_s << false
                                  << QStringList{
                                         u"2:1+9 error EmptyAlternative: empty alternative"_s};
    QTest::newRow("unknown code")
        << u"[a]{FRA, XYZ}"_s << true
        << QStringList{u"1:10+3 error UnknownCode: unknown state or group 'XYZ' in attribution"_s};
    QTest::newRow("unknown code in ad referendum")
        << u"x {ad ref. XYZ}"_s << true
        << QStringList{
               u"1:12+3 error UnknownCode: unknown state or group 'XYZ' in ad referendum mark"_s};
    QTest::newRow("without validator only the form is checked")
        << u"[a]{FRA, XYZ}"_s << false << QStringList();
    QTest::newRow("malformed code")
        << u"[a]{fra}"_s << false
        << QStringList{u"1:5+3 error MalformedCode: malformed code 'fra' in attribution "
                       u"(expected an upper-case state or group code such as FRA or EU)"_s};
    QTest::newRow("malformed code with validator")
        << u"[a]{EU, F}"_s << true
        << QStringList{u"1:9+1 error MalformedCode: malformed code 'F' in attribution "
                       u"(expected an upper-case state or group code such as FRA or EU)"_s};
    QTest::newRow("duplicate code")
        << u"[a]{FRA, FRA}"_s << true
        << QStringList{u"1:10+3 warning DuplicateCode: 'FRA' appears twice in the attribution"_s};
    QTest::newRow("empty attribution")
        << u"[a]{}"_s << false
        << QStringList{u"1:4+2 error EmptyAttribution: empty attribution '{}'"_s};
    QTest::newRow("blank attribution")
        << u"[a]{ , }"_s << false
        << QStringList{u"1:4+5 error EmptyAttribution: empty attribution '{}'"_s};
    QTest::newRow("misplaced attribution")
        << u"States {FRA} act"_s << false
        << QStringList{u"1:8+5 error MisplacedAttribution: attribution must follow a "
                       u"bracketed span or a deletion"_s};
    QTest::newRow("attribution after a space is misplaced")
        << u"[a] {FRA}"_s << false
        << QStringList{u"1:5+5 error MisplacedAttribution: attribution must follow a "
                       u"bracketed span or a deletion"_s};
    QTest::newRow("unterminated attribution")
        << u"[a]{FRA act"_s << false
        << QStringList{u"1:4+1 error UnterminatedAttribution: unterminated attribution '{': "
                       u"missing '}' on the same line"_s};
    QTest::newRow("attribution may not span lines")
        << u"x\n[a]{FRA\nEU}"_s << false
        << QStringList{u"2:4+1 error UnterminatedAttribution: unterminated attribution '{': "
                       u"missing '}' on the same line"_s,
                       u"3:3+1 error UnmatchedClosingBrace: '}' without a matching '{'"_s};
    QTest::newRow("stray closing brace")
        << u"a } b"_s << false
        << QStringList{u"1:3+1 error UnmatchedClosingBrace: '}' without a matching '{'"_s};
    QTest::newRow("unterminated deletion")
        << u"a ~~b c"_s << false
        << QStringList{u"1:3+2 error UnterminatedDeletion: unterminated deletion '~~'"_s};
    QTest::newRow("deletion cut by the end of its span")
        << u"[a ~~b] c"_s << false
        << QStringList{u"1:4+2 error UnterminatedDeletion: unterminated deletion '~~'"_s};
    QTest::newRow("empty deletion")
        << u"a ~~~~ b"_s << false << QStringList{u"1:3+4 error EmptyDeletion: empty deletion"_s};
    QTest::newRow("unterminated note")
        << u"a\nb ^[note\nc"_s << false
        << QStringList{u"2:3+2 error UnterminatedNote: unterminated note"_s};
    QTest::newRow("note with unbalanced inner bracket")
        << u"^[a [b]"_s << false
        << QStringList{u"1:1+2 error UnterminatedNote: unterminated note"_s};
    QTest::newRow("misplaced ad referendum")
        << u"a {ad ref. FRA} b"_s << false
        << QStringList{u"1:3+13 warning MisplacedAdReferendum: ad referendum mark must "
                       u"follow a bracketed span or end the clause"_s};
    QTest::newRow("ad referendum ending an option is fine")
        << u"Option 1: a {ad ref.}\n Option 2: b"_s << false << QStringList();
    QTest::newRow("options out of sequence")
        << u"Option 1: a\nOption 3: b"_s << false
        << QStringList{u"2:1+9 warning OptionOutOfSequence: options out of sequence: "
                       u"expected 'Option 2:'"_s};
    QTest::newRow("first option not 1")
        << u"  Option 2: a"_s << false
        << QStringList{u"1:3+9 warning OptionOutOfSequence: options out of sequence: "
                       u"expected 'Option 1:'"_s};
    QTest::newRow("column counts UTF-16 units")
        << u"\U0001F600é]"_s << false
        << QStringList{u"1:4+1 error UnmatchedClosingBracket: ']' without a matching '['"_s};
}

void TestMarkupParser::diagnostics()
{
    QFETCH(QString, text);
    QFETCH(bool, validate);
    QFETCH(QStringList, expected);
    const MarkupParser parser(validate ? MarkupParser::CodeValidator(knownCode)
                                       : MarkupParser::CodeValidator());
    const MarkupTree tree = parser.parse(text);
    QCOMPARE(describe(tree.diagnostics()), expected);
    int errors = 0;
    for (const QString &e : expected)
        errors += e.contains(u" error "_s) ? 1 : 0;
    QCOMPARE(tree.statistics().errors, errors);
    QCOMPARE(tree.statistics().warnings, expected.size() - errors);
    QCOMPARE(tree.hasErrors(), errors > 0);
    checkInvariants(tree);
}

void TestMarkupParser::recovery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("diagnostics");

    QTest::newRow("unclosed bracket closes at the end")
        << u"States [shall act. Other text"_s << u"\"States \" g1(b1[\"shall act. Other text\"]!)"_s
        << 1;
    QTest::newRow("stray bracket is text")
        << u"a] [b] c"_s << u"\"a] \" g1(b1[\"b\"]) \" c\""_s << 1;
    QTest::newRow("unclosed outer, inner parsed")
        << u"[a [b] c"_s << u"g1(b1[\"a \" g2(b2[\"b\"]) \" c\"]!)"_s << 1;
    QTest::newRow("unterminated deletion, rest parsed")
        << u"~~a [b] c"_s << u"~~(\"a \" g1(b1[\"b\"]) \" c\")~~!"_s << 1;
    QTest::newRow("deletion closed by its span")
        << u"[a ~~b] c"_s << u"g1(b1[\"a \" ~~(\"b\")~~!]) \" c\""_s << 1;
    QTest::newRow("unterminated note ends with its line")
        << u"x^[note\nnext [a]"_s << u"\"x\" ^[note]! \"\\nnext \" g1(b1[\"a\"])"_s << 1;
    QTest::newRow("misplaced attribution is kept")
        << u"{FRA} [a]"_s << u"{FRA} \" \" g1(b1[\"a\"])"_s << 1;
    QTest::newRow("unterminated brace is text")
        << u"a { b [c]"_s << u"\"a { b \" g1(b1[\"c\"])"_s << 1;
    QTest::newRow("unterminated tag after a span")
        << u"[a]{FRA [b]"_s << u"g1(b1[\"a\"]) \"{FRA \" g2(b2[\"b\"])"_s << 1;
    QTest::newRow("option closes open brackets")
        << u"Option 1: [a\nOption 2: [b]"_s
        << u"g1(opt1(\" \" g2(b1[\"a\"]!)) _ opt2(\" \" g3(b2[\"b\"])))"_s << 1;
    QTest::newRow("many errors, everything else parsed")
        << u"] [a]{x} ~~ [b][c] } ^[n"_s
        << u"\"] \" g1(b1[\"a\"]{x}) \" \" ~~(\" \" g2(b2[\"b\"] b3[\"c\"]) \" } \" ^[n]!)~~!"_s
        << 5;
}

void TestMarkupParser::recovery()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, diagnostics);
    const MarkupTree tree = MarkupParser().parse(text);
    QCOMPARE(dump(tree), expected);
    QCOMPARE(tree.diagnostics().size(), diagnostics);
    checkInvariants(tree);
}

void TestMarkupParser::countWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("words");
    QTest::newRow("empty") << QString() << qint64(0);
    QTest::newRow("white space") << u" \t\n "_s << qint64(0);
    QTest::newRow("sentence") << u"States shall not act."_s << qint64(4);
    QTest::newRow("apostrophe inside") << u"State's"_s << qint64(1);
    QTest::newRow("typographic apostrophe") << u"Côte d’Ivoire"_s << qint64(2);
    QTest::newRow("quotes around a word") << u"'quoted'"_s << qint64(1);
    QTest::newRow("hyphen inside") << u"non-State so-called"_s << qint64(2);
    QTest::newRow("double hyphen splits") << u"so--called"_s << qint64(2);
    QTest::newRow("dangling hyphens") << u"-x x-"_s << qint64(2);
    QTest::newRow("decimal and thousands") << u"2.5 1,000,000"_s << qint64(2);
    QTest::newRow("period between letters splits") << u"e.g."_s << qint64(2);
    QTest::newRow("symbol") << u"A/70/174"_s << qint64(3);
    QTest::newRow("parentheses") << u"13(a)"_s << qint64(2);
    QTest::newRow("combining mark") << u"nai\u0308ve"_s << qint64(1);
    QTest::newRow("punctuation only") << u"-- ... ;"_s << qint64(0);
    QTest::newRow("Han characters are one word each") << u"各国应合作"_s << qint64(5);
    QTest::newRow("Latin then Han") << u"ICT安全"_s << qint64(3);
    QTest::newRow("markup characters split") << u"State[s]"_s << qint64(2);
}

void TestMarkupParser::countWords()
{
    QFETCH(QString, text);
    QFETCH(qint64, words);
    QCOMPARE(MarkupStatistics::countWords(text), words);
}

void TestMarkupParser::statistics_data()
{
    QTest::addColumn<QString>("text");
    // spans, groups, alternatives, options, maxDepth, words, inBrackets, inOptions, deleted,
    // agreed, deletions, notes, adRef, attributions, errors, warnings
    QTest::addColumn<QList<qint64>>("expected");
    QTest::addColumn<double>("share");

    QTest::newRow("empty") << QString()
                           << QList<qint64>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0} << 1.0;
    // words: States shall should not knowingly support; in brackets: shall should knowingly
    QTest::newRow("spec example") << u"States [shall][should] not [knowingly] support"_s
                                  << QList<qint64>{3, 2, 3, 0, 1, 6, 3, 0, 0, 3, 0, 0, 0, 0, 0, 0}
                                  << 0.5;
    // words: States knowingly(deleted) support the so-called State's 1,000 non-State actors;
    // the note and the ad referendum codes are not words
    QTest::newRow("deletion, note, ad referendum")
        << u"States ~~knowingly~~{CHN} support the so-called State's 1,000 non-State "
           u"actors^[note words here] {ad ref. FRA}"_s
        << QList<qint64>{0, 0, 0, 0, 0, 9, 0, 0, 1, 8, 1, 1, 1, 1, 0, 0} << 8.0 / 9.0;
    // agreed: Chapeau text; option 1: States act (+ shall in brackets); option 2: States
    // should act. "Option 1:" headers are not words.
    QTest::newRow("options")
        << u"Chapeau text:\nOption 1: States [shall] act.\nOption 2: States should act."_s
        << QList<qint64>{1, 2, 3, 2, 1, 8, 1, 5, 0, 2, 0, 0, 0, 0, 0, 0} << 0.25;
    QTest::newRow("nested three deep")
        << u"[a [b c [d]] e]"_s << QList<qint64>{3, 3, 3, 0, 3, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0}
        << 0.0;
    // a and b bracketed (the deletion is inside the span), c agreed
    QTest::newRow("deletion inside brackets")
        << u"[a ~~b~~] c"_s << QList<qint64>{1, 1, 1, 0, 1, 3, 2, 0, 0, 1, 1, 0, 0, 0, 0, 0}
        << 1.0 / 3.0;
    QTest::newRow("attributed alternatives")
        << u"States [shall]{FRA, EU} [should]{CHN} act"_s
        << QList<qint64>{2, 1, 2, 0, 1, 4, 2, 0, 0, 2, 0, 0, 0, 2, 0, 0} << 0.5;
    QTest::newRow("Han text") << u"各国应[合作]"_s
                              << QList<qint64>{1, 1, 1, 0, 1, 5, 2, 0, 0, 3, 0, 0, 0, 0, 0, 0}
                              << 0.6;
    // "]" is text (no word); "[" opens a span that is never closed, so y is in brackets;
    // errors: the "]" and the "["; warning: the ad referendum mark in the middle
    QTest::newRow("errors counted")
        << u"] x [ {ad ref. FRA} y"_s
        << QList<qint64>{1, 1, 1, 0, 1, 2, 1, 0, 0, 1, 0, 0, 1, 0, 2, 1} << 0.5;
}

void TestMarkupParser::statistics()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);
    QFETCH(double, share);
    const MarkupStatistics s = MarkupParser().parse(text).statistics();
    const QList<qint64> actual{s.bracketedSpans,  s.alternativeGroups, s.alternatives,
                               s.clauseOptions,   s.maxBracketDepth,   s.words,
                               s.wordsInBrackets, s.wordsInOptions,    s.wordsProposedForDeletion,
                               s.agreedWords,     s.deletions,         s.notes,
                               s.adReferendum,    s.attributions,      s.errors,
                               s.warnings};
    QCOMPARE(actual, expected);
    QCOMPARE(s.clauses, 1);
    QCOMPARE(s.words,
             s.wordsInBrackets + s.wordsInOptions + s.wordsProposedForDeletion + s.agreedWords);
    QVERIFY2(qAbs(s.agreedShare() - share) < 1e-9, qPrintable(QString::number(s.agreedShare())));
}

void TestMarkupParser::statisticsSum()
{
    const MarkupParser parser;
    const MarkupStatistics a = parser.parse(u"[a [b [c]]] d ~~e~~"_s).statistics();
    const MarkupStatistics b = parser.parse(u"x [y][z] ^[n] ]"_s).statistics();
    MarkupStatistics sum = a;
    sum += b;
    QCOMPARE(sum, a + b);
    QCOMPARE(sum.clauses, 2);
    QCOMPARE(sum.bracketedSpans, 5);
    QCOMPARE(sum.alternativeGroups, 4);
    QCOMPARE(sum.alternatives, 5);
    QCOMPARE(sum.maxBracketDepth, 3); // a maximum, not a sum
    QCOMPARE(sum.words, 8);
    QCOMPARE(sum.wordsInBrackets, 5);
    QCOMPARE(sum.wordsProposedForDeletion, 1);
    QCOMPARE(sum.agreedWords, 2);
    QCOMPARE(sum.deletions, 1);
    QCOMPARE(sum.notes, 1);
    QCOMPARE(sum.errors, 1);
    QCOMPARE(sum.agreedShare(), 0.25); // from the sums, not an average of shares
}

void TestMarkupParser::statisticsJson()
{
    const MarkupStatistics s =
        MarkupParser().parse(u"States [shall][should] act ~~now~~ ^[n]"_s).statistics();
    const QJsonObject o = s.toJson();
    QCOMPARE(o.value(u"bracketedSpans").toInt(), 2);
    QCOMPARE(o.value(u"alternativeGroups").toInt(), 1);
    QCOMPARE(o.value(u"alternatives").toInt(), 2);
    QCOMPARE(o.value(u"words").toInteger(), 5);
    QCOMPARE(o.value(u"wordsInBrackets").toInteger(), 2);
    QCOMPARE(o.value(u"wordsProposedForDeletion").toInteger(), 1);
    QCOMPARE(o.value(u"agreedWords").toInteger(), 2);
    QCOMPARE(o.value(u"agreedShare").toDouble(), 0.4);
    QCOMPARE(o.value(u"deletions").toInt(), 1);
    QCOMPARE(o.value(u"notes").toInt(), 1);
    QCOMPARE(o.value(u"errors").toInt(), 0);
    QCOMPARE(o.size(), 18);
}

// Lines: 1 "", 2 clause 1, 3 "", 4 "   ", 5-6 clause 2, 7 "\r", 8 clause 3, 9 "".
static const QString kDocument = u"\nClause one [a][b].\n\n   \nSecond ] clause\ncontinues "
                                 u"[x\n\r\nThird.{ad ref.}\n"_s;

void TestMarkupParser::document()
{
    const MarkupDocument doc = MarkupDocument::parse(kDocument, MarkupParser());
    QCOMPARE(doc.clauses().size(), 3);
    QCOMPARE(doc.clauses().at(0).offset, 1);
    QCOMPARE(doc.clauses().at(0).firstLine, 2);
    QCOMPARE(doc.clauses().at(0).tree.text(), u"Clause one [a][b]."_s);
    QCOMPARE(doc.clauses().at(1).offset, 25);
    QCOMPARE(doc.clauses().at(1).firstLine, 5);
    QCOMPARE(doc.clauses().at(1).tree.text(), u"Second ] clause\ncontinues [x"_s);
    QCOMPARE(doc.clauses().at(2).offset, 56);
    QCOMPARE(doc.clauses().at(2).firstLine, 8);
    QCOMPARE(doc.clauses().at(2).tree.text(), u"Third.{ad ref.}"_s);

    const QList<MarkupDiagnostic> diagnostics = doc.diagnostics();
    QCOMPARE(describe(diagnostics),
             (QStringList{u"5:8+1 error UnmatchedClosingBracket: ']' without a matching '['"_s,
                          u"6:11+1 error UnclosedBracket: unclosed bracket opened here"_s}));
    QCOMPARE(kDocument.mid(diagnostics.at(0).offset, 1), u"]"_s);
    QCOMPARE(kDocument.mid(diagnostics.at(1).offset, 1), u"["_s);

    const MarkupStatistics &s = doc.statistics();
    QCOMPARE(s.clauses, 3);
    QCOMPARE(s.bracketedSpans, 3);
    QCOMPARE(s.alternativeGroups, 2);
    QCOMPARE(s.words, 9);
    QCOMPARE(s.wordsInBrackets, 3);
    QCOMPARE(s.agreedWords, 6);
    QCOMPARE(s.adReferendum, 1);
    QCOMPARE(s.errors, 2);
    MarkupStatistics sum;
    for (const MarkupDocument::Clause &c : doc.clauses())
        sum += c.tree.statistics();
    QCOMPARE(s, sum);

    QCOMPARE(MarkupDocument::parse(u"\n \n"_s, MarkupParser()).clauses().size(), 0);
    QCOMPARE(MarkupDocument::parse(QString(), MarkupParser()).statistics().clauses, 0);
    const MarkupDocument one = MarkupDocument::parse(u"a\nb"_s, MarkupParser());
    QCOMPARE(one.clauses().size(), 1);
    QCOMPARE(one.clauses().at(0).tree.text(), u"a\nb"_s);
}

void TestMarkupParser::reportLines()
{
    const MarkupReport report = MarkupReport::fromText(u"doc.plm"_s, kDocument, MarkupParser());
    QCOMPARE(report.diagnosticLines(),
             (QStringList{u"doc.plm:5:8: error: ']' without a matching '['"_s,
                          u"doc.plm:6:11: error: unclosed bracket opened here"_s}));
    QCOMPARE(report.diagnosticsText(), u"doc.plm:5:8: error: ']' without a matching '['\n"
                                       u"doc.plm:6:11: error: unclosed bracket opened here\n"_s);
    QCOMPARE(report.errorCount(), 2);
    QVERIFY(report.hasErrors());

    const MarkupParser strict(knownCode);
    const MarkupReport warn =
        MarkupReport::fromText(u"w.plm"_s, u"ok [a]{FRA}\n\nx {ad ref. USA} y\n"_s, strict);
    QCOMPARE(warn.diagnosticLines(),
             QStringList{u"w.plm:3:3: warning: ad referendum mark must follow a bracketed span "
                         u"or end the clause"_s});
    QVERIFY(!warn.hasErrors());
    QCOMPARE(warn.warningCount(), 1);
    QCOMPARE(MarkupReport::fromText(u"c.plm"_s, u"clean"_s, strict).diagnosticsText(), QString());
}

void TestMarkupParser::reportStatistics()
{
    const MarkupReport report = MarkupReport::fromText(u"doc.plm"_s, kDocument, MarkupParser());
    const QJsonObject json = report.statisticsJson();
    QCOMPARE(json.value(u"file").toString(), u"doc.plm"_s);
    const QJsonArray clauses = json.value(u"clauses").toArray();
    QCOMPARE(clauses.size(), 3);
    QCOMPARE(clauses.at(1).toObject().value(u"index").toInt(), 2);
    QCOMPARE(clauses.at(1).toObject().value(u"line").toInt(), 5);
    QCOMPARE(clauses.at(1).toObject().value(u"words").toInt(), 4);
    QCOMPARE(clauses.at(1).toObject().value(u"errors").toInt(), 2);
    QCOMPARE(json.value(u"total").toObject().value(u"words").toInt(), 9);
    QCOMPARE(json.value(u"total").toObject().value(u"agreedShare").toDouble(), 0.6667);

    const QStringList lines = report.statisticsText().split(u'\n');
    QCOMPARE(lines.at(0), u"doc.plm: 3 clause(s), 2 error(s), 0 warning(s)"_s);
    QCOMPARE(lines.at(2), u"clause  line  spans  groups  alternatives  words  in brackets  "
                          u"agreed  agreed %  errors"_s);
    QCOMPARE(lines.at(3), u"     1     2      2       1             2      4            2  "
                          u"     2     50.0%       0"_s);
    QCOMPARE(lines.at(4), u"     2     5      1       1             1      4            1  "
                          u"     3     75.0%       2"_s);
    QCOMPARE(lines.at(5), u"     3     8      0       0             0      1            0  "
                          u"     1    100.0%       0"_s);
    QCOMPARE(lines.at(6), u" total            3       2             3      9            3  "
                          u"     6     66.7%       2"_s);
    QVERIFY(lines.contains(u"words                               9"_s));
    QVERIFY(lines.contains(u"agreed share                    66.7%"_s));
    QVERIFY(lines.contains(u"ad referendum marks                 1"_s));
    QVERIFY(report.statisticsText().endsWith(u'\n'));
}

void TestMarkupParser::reportFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"draft.plm"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // UTF-8 byte order mark, CRLF line ends, non-ASCII text
    f.write("\xEF\xBB\xBFStates [shall][should] act.\r\n\r\nT\xC3\xBCrkiye ] agrees.\r\n");
    f.close();
    const MarkupReport report = MarkupReport::fromFile(path, MarkupParser());
    QCOMPARE(report.displayName(), path);
    QCOMPARE(report.document().clauses().size(), 2);
    QCOMPARE(report.document().clauses().at(0).tree.text(), u"States [shall][should] act.\r"_s);
    QCOMPARE(report.diagnosticLines(),
             QStringList{path + u":3:9: error: ']' without a matching '['"_s});
    QCOMPARE(report.document().statistics().words, 6);
}

void TestMarkupParser::reportFromMissingFile()
{
    const QString path = u"/nonexistent/dir/draft.plm"_s;
    try {
        (void)MarkupReport::fromFile(path, MarkupParser());
        QFAIL("no exception");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Io);
        QVERIFY2(e.message().startsWith(u"cannot read /nonexistent/dir/draft.plm: "_s),
                 qPrintable(e.message()));
    }
}

// The highlighting samples parse with exactly the errors they show on purpose.
void TestMarkupParser::sampleFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("clauses");
    QTest::newRow("nesting")
        << u"nesting.plm"_s << QStringList{u"nesting.plm:11:9: error: ']' without a matching '['"_s}
        << 5;
    QTest::newRow("constructs")
        << u"constructs.plm"_s
        << QStringList{u"constructs.plm:11:13: error: attribution must follow a bracketed span "
                       u"or a deletion"_s,
                       u"constructs.plm:11:32: error: '}' without a matching '{'"_s,
                       u"constructs.plm:11:54: error: unterminated attribution '{': missing '}' "
                       u"on the same line"_s}
        << 6;
    QTest::newRow("options") << u"options.plm"_s
                             << QStringList{u"options.plm:6:11: error: unclosed bracket opened "
                                            u"here"_s,
                                            u"options.plm:9:1: error: unclosed bracket opened "
                                            u"here"_s}
                             << 4;
}

void TestMarkupParser::sampleFiles()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QFETCH(int, clauses);
    const QDir dir(QStringLiteral(PLENIPO_TESTDATA_DIR "/highlighting"));
    const MarkupReport report = MarkupReport::fromFile(dir.filePath(name), MarkupParser(knownCode));
    QStringList lines = report.diagnosticLines();
    for (QString &line : lines)
        line.remove(0, dir.path().size() + 1);
    QCOMPARE(lines, expected);
    QCOMPARE(report.document().clauses().size(), clauses);
}

// Thousands of random mixtures of markup pieces: whatever the input, the tree keeps its
// invariants, the word classes add up, and every diagnostic points into the text.
void TestMarkupParser::randomInput()
{
    const QStringList pieces = {u"["_s,         u"]"_s,           u"{"_s,           u"}"_s,
                                u"~~"_s,        u"~"_s,           u"^["_s,          u"^"_s,
                                u"\\"_s,        u" "_s,           u"\n"_s,          u"\n\n"_s,
                                u"word"_s,      u"State's"_s,     u"FRA"_s,         u"{FRA}"_s,
                                u"{ad ref.}"_s, u"\nOption 1:"_s, u"\nOption 2:"_s, u"各"_s,
                                u"\U0001F600"_s};
    QRandomGenerator rng(20250711);
    const MarkupParser parser(knownCode);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = int(rng.bounded(40));
        for (int j = 0; j < length; ++j)
            text += pieces.at(rng.bounded(int(pieces.size())));
        const MarkupTree tree = parser.parse(text);
        checkInvariants(tree);
        if (QTest::currentTestFailed()) {
            qWarning() << "input:" << text;
            return;
        }
        const MarkupStatistics &st = tree.statistics();
        QCOMPARE(st.words, st.wordsInBrackets + st.wordsInOptions + st.wordsProposedForDeletion +
                               st.agreedWords);
        for (const MarkupDiagnostic &d : tree.diagnostics()) {
            QVERIFY(d.offset >= 0 && d.length > 0 && d.offset + d.length <= text.size());
            QVERIFY(d.line >= 1 && d.column >= 1);
            QCOMPARE(d.line, text.left(d.offset).count(u'\n') + 1);
        }
    }
}

QTEST_GUILESS_MAIN(TestMarkupParser)

#include "tst_markupparser.moc"
