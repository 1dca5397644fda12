// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The in-memory catalogue (storage/catalogue.h) on its own: random sequences of structural
// edits against a plain model of the same edits, its invariants after each step, and the
// links that removals clear. The workspace's catalogue against a fresh read of the file is
// checked by tst_commandfailures and tst_navigatormodel.
#include "storage/catalogue.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

State state(qint64 id, const QString &iso3, bool member = true)
{
    State s;
    s.id = id;
    s.iso3 = iso3;
    s.name = iso3;
    s.unMember = member;
    return s;
}

Document doc(qint64 id, qint64 predecessor = 0, qint64 process = 0)
{
    Document d;
    d.id = id;
    d.symbol = u"DOC/%1"_s.arg(id);
    d.predecessorId = predecessor;
    d.processId = process;
    return d;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookups()
    {
        Catalogue c;
        c.setStates({state(1, u"FRA"_s), state(2, u"BRA"_s), state(3, u"VAT"_s, false)});
        QCOMPARE(c.stateId(u"BRA"_s), 2);
        QCOMPARE(c.isoOfStateId(1), u"FRA"_s);
        QCOMPARE(c.isoOfStateId(9), QString());
        Process open;
        open.id = 4;
        open.code = u"OEWG"_s;
        open.name = u"Open-ended working group"_s;
        open.allUnMembers = true;
        c.addProcess(open);
        QCOMPARE(c.processByCode(u"oewg"_s)->id, 4);
        QCOMPARE(c.processByCode(u"open-ended working group"_s)->id, 4);
        QCOMPARE(c.processMembers(open), (QStringList{u"BRA"_s, u"FRA"_s}));
        c.setContents({doc(1, 0, 4)}, {});
        Clause a;
        a.id = 10;
        a.documentId = 1;
        a.number = u"13(f)"_s;
        c.insertClause(a, 0);
        QCOMPARE(c.clauseByNumber(1, u"13(f)"_s)->id, 10);
        QVERIFY(!c.clauseByNumber(1, u"13"_s));
        QCOMPARE(c.documentBySymbol(u"doc/1"_s)->id, 1);
        QCOMPARE(c.documentsOfProcess(4).size(), 1);
        c.removeProcess(4);
        QCOMPARE(c.document(1)->processId, 0);
        QCOMPARE(c.invariantProblem(), QString());
    }

    void regionalGroupFollowsTheGroup()
    {
        Catalogue c;
        c.setStates({state(1, u"FRA"_s), state(2, u"BRA"_s)});
        StateGroup weog;
        weog.id = 7;
        weog.code = u"WEOG"_s;
        weog.kind = StateGroup::Kind::Regional;
        weog.members = {u"FRA"_s};
        c.addGroup(weog);
        QCOMPARE(c.states().byIso3(u"FRA"_s)->regionalGroup, u"WEOG"_s);
        QCOMPARE(c.states().byIso3(u"BRA"_s)->regionalGroup, QString());
        c.removeGroup(7);
        QVERIFY(!c.group(u"WEOG"_s));
        QCOMPARE(c.states().byIso3(u"FRA"_s)->regionalGroup, QString());
    }

    void removingADocumentClearsLinksToIt()
    {
        Catalogue c;
        c.setContents({doc(1), doc(2, 1)}, {});
        Clause a;
        a.id = 10;
        a.documentId = 1;
        c.insertClause(a, 0);
        Clause b;
        b.id = 20;
        b.documentId = 2;
        b.originId = 10;
        c.insertClause(b, 0);
        QCOMPARE(c.descendants(10), QList<qint64>{20});
        QCOMPARE(c.removeDocument(1), QList<qint64>{10});
        QCOMPARE(c.document(2)->predecessorId, 0);
        QCOMPARE(c.findClause(20)->originId, 0);
        QVERIFY(!c.hasClause(10));
        QCOMPARE(c.invariantProblem(), QString());
    }

    // Invariant: after any sequence of inserts, removals and document removals, each
    // document's clauses are exactly those of a plain model in the same order, with ordinals
    // 0..n-1, and no link points at something gone.
    void randomEditsKeepTheInvariants()
    {
        QRandomGenerator rng(20261204);
        Catalogue c;
        std::map<qint64, std::vector<qint64>> model; // document -> clause ids in order
        std::map<qint64, qint64> origin;             // clause -> origin (model)
        QList<Document> docs;
        for (qint64 d = 1; d <= 4; ++d) {
            docs << doc(d, d > 1 ? d - 1 : 0);
            model[d];
        }
        c.setContents(docs, {});
        qint64 nextClause = 100;
        qint64 nextDocument = 5;
        for (int step = 0; step < 3000; ++step) {
            const int op = int(rng.bounded(10));
            QString what;
            if (op < 5 && !model.empty()) {
                auto it = model.begin();
                std::advance(it, rng.bounded(int(model.size())));
                const int ordinal = int(rng.bounded(int(it->second.size()) + 2)) - 1;
                Clause n;
                n.id = nextClause++;
                n.documentId = it->first;
                // Sometimes descending from a clause of another document.
                std::vector<qint64> all;
                for (const auto &[d, ids] : model)
                    all.insert(all.end(), ids.begin(), ids.end());
                if (!all.empty() && rng.bounded(3) == 0)
                    n.originId = all[rng.bounded(int(all.size()))];
                origin[n.id] = n.originId;
                c.insertClause(n, ordinal);
                const int at = std::clamp(ordinal, 0, int(it->second.size()));
                it->second.insert(it->second.begin() + at, n.id);
                what = u"insert %1 at %2 of %3"_s.arg(n.id).arg(ordinal).arg(it->first);
            } else if (op < 8) {
                std::vector<qint64> all;
                for (const auto &[d, ids] : model)
                    all.insert(all.end(), ids.begin(), ids.end());
                if (all.empty())
                    continue;
                const qint64 id = all[rng.bounded(int(all.size()))];
                const auto removed = c.removeClause(id);
                QVERIFY(removed);
                QCOMPARE(removed->id, id);
                for (auto &[d, ids] : model)
                    std::erase(ids, id);
                origin.erase(id);
                for (auto &[k, o] : origin) {
                    if (o == id)
                        o = 0;
                }
                what = u"remove clause %1"_s.arg(id);
            } else if (op == 8 && model.size() > 1) {
                auto it = model.begin();
                std::advance(it, rng.bounded(int(model.size())));
                const qint64 d = it->first;
                const std::vector<qint64> ids = it->second;
                QList<qint64> removed = c.removeDocument(d);
                QCOMPARE(removed, QList<qint64>(ids.begin(), ids.end()));
                model.erase(it);
                for (qint64 id : ids)
                    origin.erase(id);
                for (auto &[k, o] : origin) {
                    if (std::find(ids.begin(), ids.end(), o) != ids.end())
                        o = 0;
                }
                what = u"remove document %1"_s.arg(d);
            } else {
                const qint64 d = nextDocument++;
                c.addDocument(doc(d, model.empty() ? 0 : model.rbegin()->first));
                model[d];
                what = u"add document %1"_s.arg(d);
            }
            const QString problem = c.invariantProblem();
            QVERIFY2(problem.isEmpty(),
                     qPrintable(u"step %1 (%2): %3"_s.arg(step).arg(what, problem)));
            for (const auto &[d, ids] : model) {
                QVERIFY2(c.clauseIds(d) == QList<qint64>(ids.begin(), ids.end()),
                         qPrintable(u"step %1 (%2): document %3 out of order"_s.arg(step).arg(
                             what, QString::number(d))));
            }
            for (const auto &[id, o] : origin)
                QVERIFY2(c.findClause(id) && c.findClause(id)->originId == o,
                         qPrintable(u"step %1 (%2): clause %3's origin"_s.arg(step).arg(
                             what, QString::number(id))));
            QCOMPARE(c.clauseCount(), qsizetype(origin.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
