// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The position store (storage/positionstore.h) on its own: the state order, outdated
// detection against a brute-force oracle through random edits, and the orphaned states. The
// workspace's store against a fresh read of the file is checked by tst_commandfailures and
// tst_positioncarry.
#include "storage/positionstore.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestPositionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateOrderIsByRowId()
    {
        PositionStore store;
        store.setStates({{5, u"FRA"_s}, {2, u"BRA"_s}, {9, u"CHN"_s}});
        QCOMPARE(store.stateOrder(), (QStringList{u"BRA"_s, u"FRA"_s, u"CHN"_s}));
        QCOMPARE(store.stateIndex(u"FRA"_s), 1);
        QCOMPARE(store.stateIndex(u"fra"_s), 1);
        QCOMPARE(store.stateIndex(u"USA"_s), -1);
        QCOMPARE(store.stateIndexOfRow(9), 2);
        QCOMPARE(store.stateIndexOfRow(4), -1);
        QCOMPARE(store.stateRowAt(0), 2);
        QCOMPARE(store.stateRowAt(3), 0);
        StateSet set(3);
        set.insert(0);
        set.insert(2);
        QCOMPARE(store.iso3(set), (QStringList{u"BRA"_s, u"CHN"_s}));
        QCOMPARE(store.stances().stateCount(), 3);
        QCOMPARE(store.invariantProblem(), QString());
    }

    void orphanedStates()
    {
        PositionStore store;
        store.setStates({{1, u"BRA"_s}, {2, u"FRA"_s}, {3, u"CHN"_s}});
        store.setOrphanedStates(7, {2, 0, 2});
        QCOMPARE(store.orphanedStates(7), (QList<int>{0, 2}));
        store.setOrphanedStates(7, {});
        QVERIFY(store.orphanedStates(7).isEmpty());
        store.setOrphanedStates(7, {1});
        store.stances().set(7, QString(), 1, Stance::Supports);
        store.removeClause(7);
        QVERIFY(store.orphanedStates(7).isEmpty());
        QVERIFY(!store.stances().hasClause(7));
        store.setOrphanedStates(8, {5});
        QVERIFY(!store.invariantProblem().isEmpty()); // state 5 is not in the order
    }

    // Invariant: a position is outdated exactly when its detail row was given on another
    // revision than the clause's current one, through random positions, removals, new
    // revisions and undone revisions.
    void outdatedMatchesTheOracle()
    {
        QRandomGenerator rng(20261204);
        const int states = 12;
        PositionStore store;
        QList<std::pair<qint64, QString>> ids;
        for (int i = 0; i < states; ++i)
            ids.append({qint64(100 + i), u"S%1"_s.arg(i, 2, 10, QChar(u'0'))});
        store.setStates(ids);
        const qint64 clause = 42;
        const QStringList alternatives{QString(), u"g1.1"_s, u"g1.2"_s};
        // The oracle: (alternative, state) -> detail row; detail row -> revision.
        std::map<std::pair<QString, int>, qint64> detailOf;
        std::map<qint64, qint64> revisionOf;
        qint64 current = 1;
        qint64 nextDetail = 1;
        const auto write = [&](const QString &alternative) {
            QByteArray bytes(states, '\0');
            QList<qint64> details(states, 0);
            for (const auto &[key, detail] : detailOf) {
                if (key.first != alternative)
                    continue;
                bytes[key.second] = char(StanceMatrix::encode(Stance::Supports));
                details[key.second] = detail;
            }
            store.stances().setVector(clause, alternative, bytes);
            store.stances().setDetailRuns(clause, alternative,
                                          StanceMatrix::encodeDetails(details));
        };
        for (int step = 0; step < 2000; ++step) {
            const int op = int(rng.bounded(10));
            const QString alternative = alternatives[rng.bounded(int(alternatives.size()))];
            const int state = int(rng.bounded(states));
            if (op < 5) {
                // A position given now (on the current revision) or imported on an older one.
                const qint64 detail = nextDetail++;
                const qint64 on =
                    rng.bounded(4) == 0 ? qint64(rng.bounded(int(current) + 1)) : current;
                revisionOf[detail] = on;
                store.setDetailRevision(detail, on);
                detailOf[{alternative, state}] = detail;
                write(alternative);
            } else if (op < 7) {
                detailOf.erase({alternative, state});
                write(alternative);
            } else if (op < 9) {
                ++current; // a new revision of the clause
            } else if (current > 1) {
                // The latest revision undone: rows given on it fall back to "unknown".
                store.forgetRevision(current);
                for (auto &[d, r] : revisionOf) {
                    if (r == current)
                        r = 0;
                }
                --current;
            }
            StateSet all(states);
            for (const QString &a : alternatives) {
                const StateSet got = store.outdatedStates(clause, a, current);
                for (int s = 0; s < states; ++s) {
                    const auto it = detailOf.find({a, s});
                    const bool want = it != detailOf.end() && revisionOf[it->second] != current;
                    QVERIFY2(
                        got.contains(s) == want,
                        qPrintable(u"step %1: state %2 on '%3' outdated %4, expected %5"_s.arg(step)
                                       .arg(s)
                                       .arg(a)
                                       .arg(got.contains(s))
                                       .arg(want)));
                    QCOMPARE(store.isOutdated(clause, a, s, current), want);
                    if (want)
                        all.insert(s);
                }
            }
            QVERIFY(store.outdatedStates(clause, current) == all);
            QCOMPARE(store.invariantProblem(), QString());
        }
    }
};

QTEST_GUILESS_MAIN(TestPositionStore)
#include "tst_positionstore.moc"
