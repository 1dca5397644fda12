// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compare/clausealigner.h"
#include "exchange/aknimporter.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

// "id|originId|number|text" -> Clause
QList<ClauseAligner::Clause> clauses(const QStringList &rows)
{
    QList<ClauseAligner::Clause> out;
    for (const QString &row : rows) {
        const QStringList f = row.split(u'|');
        Q_ASSERT(f.size() == 4);
        out.append(
            ClauseAligner::Clause{f.at(0).toLongLong(), f.at(1).toLongLong(), f.at(2), f.at(3)});
    }
    return out;
}

// "old number>new number how [moved] [renumbered]", "-" for a missing side.
QStringList describe(const QList<ClauseAligner::Pair> &pairs,
                     const QList<ClauseAligner::Clause> &oldClauses,
                     const QList<ClauseAligner::Clause> &newClauses)
{
    QStringList out;
    for (const ClauseAligner::Pair &p : pairs) {
        QString line = (p.oldIndex >= 0 ? oldClauses.at(p.oldIndex).number : u"-"_s) + u'>' +
                       (p.newIndex >= 0 ? newClauses.at(p.newIndex).number : u"-"_s) + u' ' +
                       ClauseAligner::matchName(p.match);
        if (p.moved)
            line += u" moved"_s;
        if (p.renumbered)
            line += u" renumbered"_s;
        if (p.splitFrom >= 0)
            line += u" split-from "_s + oldClauses.at(p.splitFrom).number;
        if (p.mergedInto >= 0)
            line += u" merged-into "_s + newClauses.at(p.mergedInto).number;
        out << line;
    }
    return out;
}

} // namespace

class TestClauseAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void align_data();
    void align();
    void similarity_data();
    void similarity();
    void longestIncreasingSubsequence_data();
    void longestIncreasingSubsequence();
    void nextYearsResolution();
    void userOverride();
};

void TestClauseAligner::align_data()
{
    QTest::addColumn<QStringList>("oldRows");
    QTest::addColumn<QStringList>("newRows");
    QTest::addColumn<QStringList>("expected");

    const QStringList rev1{u"1|0|1|States should cooperate."_s,
                           u"2|0|2|States should not damage critical infrastructure."_s,
                           u"3|0|3|States should protect supply chains."_s,
                           u"4|0|4|States should report vulnerabilities."_s};

    QTest::newRow("unchanged lineage")
        << rev1
        << QStringList{u"11|1|1|States should cooperate."_s, u"12|2|2|Changed text."_s,
                       u"13|3|3|States should protect supply chains."_s,
                       u"14|4|4|States should report vulnerabilities."_s}
        << QStringList{u"1>1 lineage"_s, u"2>2 lineage"_s, u"3>3 lineage"_s, u"4>4 lineage"_s};

    QTest::newRow("13 bis inserted")
        << rev1
        << QStringList{u"11|1|1|States should cooperate."_s,
                       u"12|2|2|States should not damage critical infrastructure."_s,
                       u"20|0|2 bis|States should protect healthcare facilities."_s,
                       u"13|3|3|States should protect supply chains."_s,
                       u"14|4|4|States should report vulnerabilities."_s}
        << QStringList{u"1>1 lineage"_s, u"2>2 lineage"_s, u"->2 bis inserted"_s, u"3>3 lineage"_s,
                       u"4>4 lineage"_s};

    QTest::newRow("deleted, later ones renumbered")
        << rev1
        << QStringList{u"11|1|1|States should cooperate."_s,
                       u"13|3|2|States should protect supply chains."_s,
                       u"14|4|3|States should report vulnerabilities."_s}
        << QStringList{u"1>1 lineage"_s, u"2>- deleted"_s, u"3>2 lineage renumbered"_s,
                       u"4>3 lineage renumbered"_s};

    QTest::newRow("last moved to the front")
        << rev1
        << QStringList{u"14|4|1|States should report vulnerabilities."_s,
                       u"11|1|2|States should cooperate."_s,
                       u"12|2|3|States should not damage critical infrastructure."_s,
                       u"13|3|4|States should protect supply chains."_s}
        << QStringList{u"4>1 lineage moved renumbered"_s, u"1>2 lineage renumbered"_s,
                       u"2>3 lineage renumbered"_s, u"3>4 lineage renumbered"_s};

    QTest::newRow("moved, numbers kept")
        << QStringList{u"1|0|(a)|A."_s, u"2|0|(b)|B."_s, u"3|0|(c)|C."_s}
        << QStringList{u"11|1|(a)|A."_s, u"13|3|(c)|C."_s, u"12|2|(b)|B."_s}
        << QStringList{u"(a)>(a) lineage"_s, u"(c)>(c) lineage moved"_s, u"(b)>(b) lineage"_s};

    QTest::newRow("moved past a deletion")
        << rev1
        << QStringList{u"12|2|1|States should not damage critical infrastructure."_s,
                       u"14|4|2|States should report vulnerabilities."_s,
                       u"11|1|3|States should cooperate."_s}
        << QStringList{u"2>1 lineage renumbered"_s, u"3>- deleted"_s, u"4>2 lineage renumbered"_s,
                       u"1>3 lineage moved renumbered"_s};

    QTest::newRow("no lineage: same number and similar text")
        << rev1
        << QStringList{u"11|0|1|States should cooperate fully."_s,
                       u"12|0|2|States shall not damage critical infrastructure."_s,
                       u"13|0|3|Something else entirely."_s,
                       u"14|0|5|States should report vulnerabilities."_s}
        << QStringList{u"1>1 number-and-text"_s, u"2>2 number-and-text"_s, u"3>- deleted"_s,
                       u"->3 inserted"_s, u"4>5 content renumbered"_s};

    QTest::newRow("similarity must exceed one half")
        << QStringList{u"1|0|5|a b c d"_s} << QStringList{u"2|0|5|a b x y"_s}
        << QStringList{u"5>- deleted"_s, u"->5 inserted"_s};
    QTest::newRow("number compared without spaces and case")
        << QStringList{u"1|0|13 bis|States should act."_s}
        << QStringList{u"2|0|13BIS|States should act now."_s}
        << QStringList{u"13 bis>13BIS number-and-text"_s};
    QTest::newRow("unknown origin falls back")
        << QStringList{u"1|0|7|States should act."_s}
        << QStringList{u"2|999|7|States should act."_s} << QStringList{u"7>7 number-and-text"_s};
    QTest::newRow("lineage wins over number")
        << QStringList{u"1|0|1|First text here."_s, u"2|0|2|Second text here."_s}
        << QStringList{u"11|2|1|Second text here."_s, u"12|0|2|Second text here."_s}
        // Lineage first; the clause left without a counterpart is then paired by content
        // ("First text here." shares two of three words with "Second text here.").
        << QStringList{u"2>1 lineage moved renumbered"_s, u"1>2 content renumbered"_s};
    QTest::newRow("split clause: second part inserted")
        << QStringList{u"1|0|1|States should act and report."_s}
        << QStringList{u"11|1|1|States should act."_s, u"12|1|2|States should report."_s}
        << QStringList{u"1>1 lineage"_s, u"->2 inserted split-from 1"_s};
    QTest::newRow("all deleted") << rev1 << QStringList{}
                                 << QStringList{u"1>- deleted"_s, u"2>- deleted"_s,
                                                u"3>- deleted"_s, u"4>- deleted"_s};
    QTest::newRow("all inserted") << QStringList{} << QStringList{u"1|0|1|A."_s, u"2|0|2|B."_s}
                                  << QStringList{u"->1 inserted"_s, u"->2 inserted"_s};
    QTest::newRow("both empty") << QStringList{} << QStringList{} << QStringList{};
}

void TestClauseAligner::align()
{
    QFETCH(QStringList, oldRows);
    QFETCH(QStringList, newRows);
    QFETCH(QStringList, expected);

    const QList<ClauseAligner::Clause> oldClauses = clauses(oldRows);
    const QList<ClauseAligner::Clause> newClauses = clauses(newRows);
    const QList<ClauseAligner::Pair> pairs = ClauseAligner::align(oldClauses, newClauses);
    QCOMPARE(describe(pairs, oldClauses, newClauses), expected);

    // Every clause of both lists appears exactly once; the new ones in their order.
    QList<int> oldSeen(oldClauses.size(), 0);
    qsizetype nextNew = 0;
    for (const ClauseAligner::Pair &p : pairs) {
        QVERIFY(p.oldIndex >= 0 || p.newIndex >= 0);
        if (p.oldIndex >= 0)
            ++oldSeen[p.oldIndex];
        if (p.newIndex >= 0)
            QCOMPARE(p.newIndex, nextNew++);
    }
    QCOMPARE(nextNew, newClauses.size());
    QVERIFY(std::all_of(oldSeen.cbegin(), oldSeen.cend(), [](int n) { return n == 1; }));
}

void TestClauseAligner::similarity_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("expected");

    QTest::newRow("identical") << u"States should act."_s << u"States should act."_s << 1.0;
    QTest::newRow("half") << u"a b c d"_s << u"a b x y"_s << 0.5;
    QTest::newRow("3 of 4 and 5") << u"States should act now"_s << u"States shall act now fully"_s
                                  << 6.0 / 9.0;
    QTest::newRow("case and punctuation ignored")
        << u"States, Should act."_s << u"states should act"_s << 1.0;
    QTest::newRow("markup counts") << u"[shall] act"_s << u"shall act"_s << 4.0 / 6.0;
    QTest::newRow("both empty") << QString() << u" , "_s << 1.0;
    QTest::newRow("one empty") << QString() << u"act"_s << 0.0;
    QTest::newRow("disjoint") << u"a b"_s << u"c d"_s << 0.0;
}

void TestClauseAligner::similarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, expected);

    QCOMPARE(ClauseAligner::similarity(a, b), expected);
    QCOMPARE(ClauseAligner::similarity(b, a), expected);
}

void TestClauseAligner::longestIncreasingSubsequence_data()
{
    QTest::addColumn<QList<qsizetype>>("values");
    QTest::addColumn<QList<qsizetype>>("expected");

    QTest::newRow("empty") << QList<qsizetype>{} << QList<qsizetype>{};
    QTest::newRow("sorted") << QList<qsizetype>{0, 1, 2} << QList<qsizetype>{0, 1, 2};
    QTest::newRow("first moved to the end")
        << QList<qsizetype>{1, 2, 3, 0} << QList<qsizetype>{0, 1, 2};
    QTest::newRow("last moved to the front")
        << QList<qsizetype>{3, 0, 1, 2} << QList<qsizetype>{1, 2, 3};
    QTest::newRow("swap") << QList<qsizetype>{0, 2, 1} << QList<qsizetype>{0, 2};
    QTest::newRow("reversed") << QList<qsizetype>{5, 4, 3} << QList<qsizetype>{2};
    QTest::newRow("mixed") << QList<qsizetype>{2, 8, 3, 9, 4, 5, 1} << QList<qsizetype>{0, 2, 4, 5};
}

void TestClauseAligner::longestIncreasingSubsequence()
{
    QFETCH(QList<qsizetype>, values);
    QFETCH(QList<qsizetype>, expected);

    QCOMPARE(ClauseAligner::longestIncreasingSubsequence(values), expected);
}

// Issue 10: two sessions' versions of a resolution have no lineage. Next year's version of
// A/RES/75/32 is made by the edits a drafter makes: session numbers and years updated, a new
// preambular paragraph, an operative paragraph split in two, paragraphs moved, one deleted,
// everything renumbered. Every pairing is checked against how the new text was made.
void TestClauseAligner::nextYearsResolution()
{
    const QString file = QStringLiteral(PLENIPO_SHARED_DIR) + u"/akn/examples/75_32_E.xml"_s;
    if (!QFile::exists(file))
        QSKIP("../shared/akn/examples is not beside the checkout");
    QTemporaryDir dir;
    const auto ws = Workspace::create(dir.filePath(u"w.plenipo"_s),
                                      [](Workspace &w) { SampleBuilder::addStates(w); });
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    AknImporter importer(*ws);
    importer.read(f.readAll(), file);
    QList<ClauseAligner::Clause> old;
    QList<bool> operative;
    for (const AknImporter::PlannedClause &c : importer.clauses()) {
        old << ClauseAligner::Clause{old.size() + 1, 0, c.number, c.text};
        operative << c.operative;
    }
    QVERIFY2(old.size() >= 20, qPrintable(QString::number(old.size())));

    // The new version as (text, index of the old clause it comes from or -1), in order.
    struct Made
    {
        QString text;
        qsizetype from = -1;
        bool preambular = true;
        qsizetype splitFrom = -1;
    };
    QList<Made> made;
    const auto nextYear = [](QString t) {
        return t.replace(u"seventy-fifth"_s, u"seventy-sixth"_s)
            .replace(u"seventy-sixth session"_s, u"seventy-seventh session"_s)
            .replace(u"2020"_s, u"2021"_s)
            .replace(u"2021"_s, u"2022"_s)
            .replace(u"75/"_s, u"76/"_s);
    };
    qsizetype firstOperative = -1;
    for (qsizetype i = 0; i < old.size(); ++i) {
        if (operative.at(i) && firstOperative < 0)
            firstOperative = i;
        made << Made{nextYear(old.at(i).text), i, !operative.at(i)};
    }
    QVERIFY(firstOperative > 3);
    // A new preambular paragraph after the second one.
    made.insert(2, Made{u"Welcoming the report of the Open-ended Working Group on security of and "
                        u"in the use of information and communications technologies 2021-2025 "
                        u"on its first annual progress,"_s,
                        -1, true});
    // The longest operative paragraph split in two at its middle word.
    qsizetype longest = -1;
    for (qsizetype k = 0; k < made.size(); ++k) {
        if (!made[k].preambular && (longest < 0 || made[k].text.size() > made[longest].text.size()))
            longest = k;
    }
    {
        const QStringList words = made[longest].text.split(u' ');
        const qsizetype cut = words.size() * 2 / 3;
        const qsizetype from = made[longest].from;
        made[longest].text = words.first(cut).join(u' ') + u"."_s;
        made.insert(longest + 1, Made{u"Further "_s + words.mid(cut).join(u' '), -1, false, from});
    }
    // A preambular paragraph moved two places down, the first operative one moved to the end
    // of the operative part.
    made.move(4, 6);
    qsizetype firstOp = -1;
    for (qsizetype k = 0; k < made.size(); ++k) {
        if (!made[k].preambular) {
            firstOp = k;
            break;
        }
    }
    made.move(firstOp, made.size() - 1);
    // A preambular paragraph deleted (the last one).
    for (qsizetype k = made.size() - 1; k >= 0; --k) {
        if (made[k].preambular && made[k].from >= 0) {
            made.removeAt(k);
            break;
        }
    }
    // Renumbered: PP1, PP2, ... and 1, 2, ...
    QList<ClauseAligner::Clause> next;
    int pp = 0;
    int op = 0;
    for (const Made &m : std::as_const(made))
        next << ClauseAligner::Clause{1000 + next.size(), 0,
                                      m.preambular ? u"PP%1"_s.arg(++pp) : QString::number(++op),
                                      m.text};

    const QList<ClauseAligner::Pair> pairs = ClauseAligner::align(old, next);
    int expectedPairs = 0;
    int paired = 0;
    int wrong = 0;
    QStringList problems;
    bool splitSeen = false;
    bool movedSeen = false;
    for (const ClauseAligner::Pair &p : pairs) {
        if (p.newIndex < 0)
            continue;
        const Made &m = made.at(p.newIndex);
        if (m.from >= 0)
            ++expectedPairs;
        if (p.oldIndex >= 0) {
            if (p.oldIndex == m.from) {
                ++paired;
                movedSeen = movedSeen || p.moved;
            } else {
                ++wrong;
                problems << u"%1 paired with %2"_s.arg(next.at(p.newIndex).number,
                                                       old.at(p.oldIndex).number);
            }
        } else if (m.from >= 0) {
            problems << u"%1 (from %2) not paired"_s.arg(next.at(p.newIndex).number,
                                                         old.at(m.from).number);
        }
        if (m.splitFrom >= 0 && p.splitFrom == m.splitFrom)
            splitSeen = true;
    }
    QVERIFY2(wrong == 0, qPrintable(problems.join(u"; "_s)));
    QVERIFY2(
        paired * 100 >= expectedPairs * 85,
        qPrintable(
            u"%1 of %2 paired: %3"_s.arg(paired).arg(expectedPairs).arg(problems.join(u"; "_s))));
    QVERIFY2(splitSeen, "the split operative paragraph is reported as split");
    QVERIFY(movedSeen);
    // The deleted paragraph is deleted, the new one inserted.
    int deleted = 0;
    for (const ClauseAligner::Pair &p : pairs)
        deleted += p.match == ClauseAligner::Match::Deleted ? 1 : 0;
    QCOMPARE(deleted, 1);
}

void TestClauseAligner::userOverride()
{
    const QList<ClauseAligner::Clause> a =
        clauses({u"1|0|1|States should cooperate."_s, u"2|0|2|Something quite different."_s});
    const QList<ClauseAligner::Clause> b =
        clauses({u"11|0|1|States should cooperate."_s, u"12|0|2|A rewritten paragraph."_s});
    QCOMPARE(describe(ClauseAligner::align(a, b), a, b),
             QStringList({u"1>1 number-and-text"_s, u"2>- deleted"_s, u"->2 inserted"_s}));
    // The user pairs the rewritten paragraph with the old one, and unpairs the first.
    const QList<ClauseAligner::Pair> pairs =
        ClauseAligner::align(a, b, {ClauseAligner::Override{1, 1}, ClauseAligner::Override{-1, 0}});
    QCOMPARE(describe(pairs, a, b),
             QStringList({u"1>- deleted"_s, u"->1 inserted"_s, u"2>2 user"_s}));
}

QTEST_GUILESS_MAIN(TestClauseAligner)
#include "tst_clausealigner.moc"
