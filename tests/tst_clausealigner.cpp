// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compare/clausealigner.h"

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
                       u"4>- deleted"_s,         u"->3 inserted"_s,        u"->5 inserted"_s};

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
        << QStringList{u"1>- deleted"_s, u"2>1 lineage renumbered"_s, u"->2 inserted"_s};
    QTest::newRow("split clause: second part inserted")
        << QStringList{u"1|0|1|States should act and report."_s}
        << QStringList{u"11|1|1|States should act."_s, u"12|1|2|States should report."_s}
        << QStringList{u"1>1 lineage"_s, u"->2 inserted"_s};
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

QTEST_GUILESS_MAIN(TestClauseAligner)
#include "tst_clausealigner.moc"
