// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Coalitions (issue 4): what a coalition accepts and why the rest fails, its text, what an
// outsider needs changed, suggestions (exact against brute force, the heuristic's quality), and
// deriving a coalition document.
#include "commands/derivecoalitiondocumentcommand.h"
#include "consensus/clauseshape.h"
#include "consensus/coalitionanalysis.h"
#include "consensus/coalitionproblem.h"
#include "consensus/coalitionsuggester.h"
#include "consensus/whatif.h"
#include "markup/markupparser.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

// A random problem: `states` states, `clauses` clauses of 1 to 3 versions, dense acceptance.
CoalitionProblem randomProblem(QRandomGenerator &rng, int states, int clauses)
{
    CoalitionProblem p;
    p.stateCount = states;
    for (int c = 0; c < clauses; ++c) {
        CoalitionProblem::Clause clause;
        clause.clauseId = c + 1;
        clause.number = QString::number(c + 1);
        const int versions = 1 + int(rng.bounded(3));
        for (int v = 0; v < versions; ++v) {
            CoalitionProblem::Version version;
            version.acceptors = StateSet(states);
            for (int s = 0; s < states; ++s) {
                if (rng.bounded(100) < 70)
                    version.acceptors.insert(s);
            }
            version.words = 5 + int(rng.bounded(10));
            clause.versions << version;
        }
        p.clauses << clause;
    }
    return p;
}

// Brute force of mostAdherents: every text (per clause a version or nothing).
int bruteMostAdherents(const CoalitionProblem &p, const StateSet &candidates,
                       const StateSet &mustIn, const QList<int> &keep)
{
    int best = -1;
    QList<int> pick(p.clauses.size(), -1);
    std::function<void(int, const StateSet &)> go = [&](int c, const StateSet &cur) {
        if (c == p.clauses.size()) {
            if (mustIn.isSubsetOf(cur))
                best = std::max(best, cur.count());
            return;
        }
        if (!keep.contains(c))
            go(c + 1, cur);
        for (const CoalitionProblem::Version &v : p.clauses[c].versions)
            go(c + 1, cur & v.acceptors);
    };
    go(0, candidates | mustIn);
    return best;
}

// Brute force of largestText: every state subset.
int bruteLargestText(const CoalitionProblem &p, const StateSet &candidates, int atLeast,
                     const StateSet &mustIn, const QList<int> &keep)
{
    const QList<int> pool = (candidates | mustIn).indices();
    int best = -1;
    for (quint32 mask = 0; mask < (1u << pool.size()); ++mask) {
        StateSet s(p.stateCount);
        for (int i = 0; i < pool.size(); ++i) {
            if (mask & (1u << i))
                s.insert(pool[i]);
        }
        if (s.count() < atLeast || !mustIn.isSubsetOf(s))
            continue;
        int size = 0;
        bool keepsAll = true;
        for (int c = 0; c < p.clauses.size(); ++c) {
            bool ok = false;
            for (const CoalitionProblem::Version &v : p.clauses[c].versions)
                ok = ok || s.isSubsetOf(v.acceptors);
            size += ok;
            keepsAll = keepsAll && (ok || !keep.contains(c));
        }
        if (keepsAll)
            best = std::max(best, size);
    }
    return best;
}

// A suggestion is what it claims: its adherents accept every clause it holds.
bool consistent(const CoalitionProblem &p, const CoalitionSuggestion &s, const StateSet &mustIn,
                const QList<int> &keep)
{
    if (!mustIn.isSubsetOf(s.adherents))
        return false;
    for (int c = 0; c < p.clauses.size(); ++c) {
        if (s.versions[c] < 0) {
            if (keep.contains(c))
                return false;
            continue;
        }
        if (!s.adherents.isSubsetOf(p.clauses[c].versions[s.versions[c]].acceptors))
            return false;
    }
    return true;
}

} // namespace

class TestCoalition : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_sample;
    qint64 m_rev1 = 0;

    StateSet js2019() const { return m_sample->stateSet(m_sample->group(u"JS2019")->members); }
    const CoalitionAnalysis::Clause *byNumber(const CoalitionAnalysis &a, const QString &n)
    {
        for (const CoalitionAnalysis::Clause &c : a.clauses()) {
            if (c.number == n)
                return &c;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = TestSupport::sampleWorkspace(m_dir.filePath(u"sample.plenipo"_s));
        m_rev1 = m_sample->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1")->id;
    }

    void resolvedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("choice"); // "g1=g1.2,g2="
        QTest::addColumn<QString>("expected");
        QTest::newRow("second alternative") << u"A [x][y] b."_s << u"g1=g1.2"_s << u"A y b."_s;
        QTest::newRow("dropped span")
            << u"States cooperate[, fully]."_s << u"g1="_s << u"States cooperate."_s;
        QTest::newRow("kept span, tags and notes out")
            << u"States [fully]{FRA} cooperate.^[Note.] {ad ref. USA}"_s << u""_s
            << u"States fully cooperate."_s;
        QTest::newRow("deletion is only a proposal")
            << u"A ~~b~~{HUN} c."_s << u""_s << u"A b c."_s;
        QTest::newRow("nested") << u"States [must [a][b]][may] act."_s << u"g1=g1.1,g2=g2.2"_s
                                << u"States must b act."_s;
        QTest::newRow("options") << u"Option 1: We act.\nOption 2: We may act."_s << u"g1=g1.2"_s
                                 << u"We may act."_s;
    }
    void resolvedText()
    {
        QFETCH(QString, text);
        QFETCH(QString, choice);
        QFETCH(QString, expected);
        QHash<QString, QString> c;
        for (const QString &item : choice.split(u',', Qt::SkipEmptyParts))
            c.insert(item.section(u'=', 0, 0), item.section(u'=', 1, 1));
        QCOMPARE(ClauseShape::of(text).resolvedText(c), expected);
    }

    // The 2019 Joint Statement on the sample's Rev.1: what it can agree on, and why not the rest.
    void jointStatementOnSample()
    {
        const CoalitionAnalysis a(*m_sample, m_rev1, js2019());
        QStringList accepted;
        for (const CoalitionAnalysis::Clause &c : a.clauses()) {
            if (c.accepted)
                accepted << c.number;
        }
        QCOMPARE(accepted,
                 (QStringList{u"1"_s, u"3"_s, u"3 bis"_s, u"4"_s, u"5"_s, u"7"_s, u"8"_s, u"9"_s}));
        QCOMPARE(m_sample->iso3(byNumber(a, u"2"_s)->failingBecause), QStringList{u"GBR"_s});
        QCOMPARE(m_sample->iso3(byNumber(a, u"6"_s)->failingBecause), QStringList{u"HUN"_s});
        // Clause 3 resolves to "may" (everyone accepts it), clause 7 to "should".
        QCOMPARE(byNumber(a, u"3"_s)->choice.value(u"g1"_s), u"g1.2"_s);
        QVERIFY(byNumber(a, u"3"_s)->text.startsWith(
            u"States that act contrary to the norms of responsible State behaviour should face "
            u"consequences. We may take coordinated measures"_s));
        QVERIFY(byNumber(a, u"7"_s)->text.startsWith(u"A State should not conduct"_s));
        // Optional text the coalition accepts stays (clause 7's public core, clause 9's Global
        // Mechanism); markup is gone.
        QVERIFY(byNumber(a, u"7"_s)->text.contains(u"public core of the Internet"_s));
        QVERIFY(byNumber(a, u"9"_s)->text.contains(u"Global Mechanism"_s));
        QVERIFY(!a.text().contains(u'['));
        QVERIFY(!a.text().contains(u"ad ref"_s));
        QVERIFY(!a.text().contains(u"Facilitator"_s));
        // Why "will" fails in clause 3: HUN and ISL object, and many gave no position.
        const auto &g = byNumber(a, u"3"_s)->groups.first();
        QVERIFY(!g.alternatives.first().viable);
        QVERIFY(g.alternatives.first().nonAcceptors.contains(m_sample->stateIndex(u"HUN")));
    }

    void whatIfChangesTheCoalitionText()
    {
        WhatIf whatIf(*m_sample);
        const qint64 clause6 = m_sample->clauses(m_rev1)[6].id;
        whatIf.setStance(u"HUN"_s, clause6, {}, Stance::CanAccept);
        const CoalitionAnalysis a(*m_sample, m_rev1, js2019(), &whatIf);
        QVERIFY(byNumber(a, u"6"_s)->accepted);
        QVERIFY(!CoalitionAnalysis(*m_sample, m_rev1, js2019()).clause(clause6)->accepted);
    }

    void changesToJoin()
    {
        // The coalition without Hungary accepts clause 6; Hungary gave no position on it.
        StateSet withoutHun = js2019();
        withoutHun.remove(m_sample->stateIndex(u"HUN"));
        const CoalitionAnalysis a(*m_sample, m_rev1, withoutHun);
        QVERIFY(byNumber(a, u"6"_s)->accepted);
        const auto changes = a.changesToJoin(m_sample->stateIndex(u"HUN"));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].number, u"6"_s);
        QCOMPARE(changes[0].kind, CoalitionAnalysis::JoinChange::Kind::DropClause);

        // A switch of alternative: the coalition prefers x, the outsider accepts only y.
        auto ws = Workspace::create(m_dir.filePath(u"join.plenipo"_s), [](Workspace &w) {
            QList<State> states;
            for (const QString &iso : {u"AAA"_s, u"BBB"_s, u"DDD"_s}) {
                State s;
                s.iso3 = s.name = s.officialName = iso;
                states << s;
            }
            w.addStates(states);
            Document d;
            d.symbol = u"D/1"_s;
            d.title = u"Draft"_s;
            const qint64 doc = w.addDocument(d);
            Clause c;
            c.documentId = doc;
            c.number = u"1"_s;
            c.text = u"A [x][y] b."_s;
            const qint64 id = w.addClause(c);
            QList<Position> ps;
            for (const QString &spec :
                 {u"AAA::supports"_s, u"BBB::supports"_s, u"DDD::can-accept"_s,
                  u"AAA:g1.1:supports"_s, u"BBB:g1.1:supports"_s, u"AAA:g1.2:can-accept"_s,
                  u"BBB:g1.2:can-accept"_s, u"DDD:g1.1:objects"_s, u"DDD:g1.2:supports"_s}) {
                Position p;
                p.clauseId = id;
                p.state = spec.section(u':', 0, 0);
                p.alternative = spec.section(u':', 1, 1);
                p.stance = *StanceText::fromKey(spec.section(u':', 2, 2));
                ps << p;
            }
            w.setPositions(ps);
        });
        const qint64 doc = ws->documentBySymbol(u"D/1")->id;
        const CoalitionAnalysis b(*ws, doc, ws->stateSet({u"AAA"_s, u"BBB"_s}));
        QCOMPARE(b.clauses().first().choice.value(u"g1"_s), u"g1.1"_s);
        QCOMPARE(b.text(), u"1 A x b."_s);
        const auto switchTo = b.changesToJoin(ws->stateIndex(u"DDD"));
        QCOMPARE(switchTo.size(), 1);
        QCOMPARE(switchTo[0].kind, CoalitionAnalysis::JoinChange::Kind::SwitchAlternative);
        QCOMPARE(switchTo[0].group, u"g1"_s);
        QCOMPARE(switchTo[0].from, u"g1.1"_s);
        QCOMPARE(switchTo[0].to, u"g1.2"_s);
        QVERIFY(b.changesToJoin(ws->stateIndex(u"AAA")).isEmpty());
    }

    void suggestionsOnSample()
    {
        const CoalitionProblem p = CoalitionProblem::fromDocument(*m_sample, m_rev1);
        QCOMPARE(p.clauses.size(), 10);
        const CoalitionSuggester s(p);
        const StateSet js = js2019();
        // No clause required: all 27 adhere, to the 8 clauses they all accept.
        const CoalitionSuggestion all = s.mostAdherents(js, {}, {});
        QVERIFY(all.feasible && all.exact);
        QCOMPARE(all.adherents.count(), 27);
        QCOMPARE(all.clauseCount(), 8);
        // Keeping clause 2 (index 1) costs the United Kingdom.
        const CoalitionSuggestion keep2 = s.mostAdherents(js, {}, {1});
        QVERIFY(keep2.feasible);
        QCOMPARE(keep2.adherents.count(), 26);
        QVERIFY(!keep2.adherents.contains(m_sample->stateIndex(u"GBR")));
        // ... unless the United Kingdom must be in: impossible.
        StateSet gbr(js.size());
        gbr.insert(m_sample->stateIndex(u"GBR"));
        QVERIFY(!s.mostAdherents(js, gbr, {1}).feasible);
        // The largest text 26 of the 27 accept: 9 clauses (leave Hungary or the UK out).
        const CoalitionSuggestion text26 = s.largestText(js, 26, {}, {});
        QVERIFY(text26.feasible && text26.exact);
        QCOMPARE(text26.clauseCount(), 9);
        QCOMPARE(text26.adherents.count(), 26);
        QCOMPARE(s.largestText(js, 25, {}, {}).clauseCount(), 10);
    }

    // Exact answers equal brute force; the heuristic is never better than exact (it cannot be)
    // and its quality on these instances is measured and bounded.
    void suggestionsAgainstBruteForce()
    {
        QRandomGenerator rng(20260101);
        double qualityA = 0, qualityB = 0;
        int optimalA = 0, optimalB = 0;
        const int instances = 150;
        for (int n = 0; n < instances; ++n) {
            const int states = 5 + int(rng.bounded(5));
            const CoalitionProblem p = randomProblem(rng, states, 3 + int(rng.bounded(4)));
            const CoalitionSuggester s(p);
            StateSet candidates(states);
            for (int i = 0; i < states; ++i) {
                if (rng.bounded(10) < 8)
                    candidates.insert(i);
            }
            StateSet mustIn(states);
            if (rng.bounded(2))
                mustIn.insert(int(rng.bounded(states)));
            QList<int> keep;
            if (rng.bounded(2))
                keep << int(rng.bounded(int(p.clauses.size())));

            const int bruteA = bruteMostAdherents(p, candidates, mustIn, keep);
            const auto exactA =
                s.mostAdherents(candidates, mustIn, keep, CoalitionSuggester::Method::Exact);
            const auto heurA =
                s.mostAdherents(candidates, mustIn, keep, CoalitionSuggester::Method::Heuristic);
            QCOMPARE(exactA.feasible, bruteA >= 0);
            if (bruteA >= 0) {
                QCOMPARE(exactA.adherents.count(), bruteA);
                QVERIFY(consistent(p, exactA, mustIn, keep));
                if (heurA.feasible) {
                    QVERIFY(consistent(p, heurA, mustIn, keep));
                    QVERIFY(heurA.adherents.count() <= bruteA);
                    qualityA += bruteA ? double(heurA.adherents.count()) / bruteA : 1.0;
                    optimalA += heurA.adherents.count() == bruteA;
                }
            } else {
                qualityA += 1;
                ++optimalA;
            }

            const int atLeast = 1 + int(rng.bounded(states));
            const int bruteB = bruteLargestText(p, candidates, atLeast, mustIn, keep);
            const auto exactB =
                s.largestText(candidates, atLeast, mustIn, keep, CoalitionSuggester::Method::Exact);
            const auto heurB = s.largestText(candidates, atLeast, mustIn, keep,
                                             CoalitionSuggester::Method::Heuristic);
            QCOMPARE(exactB.feasible, bruteB >= 0);
            if (bruteB >= 0) {
                QCOMPARE(exactB.clauseCount(), bruteB);
                QVERIFY(consistent(p, exactB, mustIn, keep));
                QVERIFY(exactB.adherents.count() >= atLeast);
                if (heurB.feasible) {
                    QVERIFY(consistent(p, heurB, mustIn, keep));
                    QVERIFY(heurB.clauseCount() <= bruteB);
                    qualityB += bruteB ? double(heurB.clauseCount()) / bruteB : 1.0;
                    optimalB += heurB.clauseCount() == bruteB;
                }
            } else {
                qualityB += 1;
                ++optimalB;
            }
        }
        qInfo("heuristic quality over %d random instances: most adherents %.1f%% of optimum on "
              "average, optimal in %d; largest text %.1f%%, optimal in %d",
              instances, 100 * qualityA / instances, optimalA, 100 * qualityB / instances,
              optimalB);
        QVERIFY(qualityA / instances >= 0.95);
        QVERIFY(qualityB / instances >= 0.95);
    }

    void deriveCoalitionDocument()
    {
        const CoalitionAnalysis a(*m_sample, m_rev1, js2019());
        Document d;
        d.symbol = u"SAMPLE/CONSEQ/2026/JS"_s;
        d.title = u"Joint statement of the 27"_s;
        QUndoStack *stack = m_sample->undoStack();
        auto *command = new DeriveCoalitionDocumentCommand(*m_sample, a, d);
        stack->push(command);
        const Document *doc = m_sample->documentBySymbol(u"SAMPLE/CONSEQ/2026/JS");
        QVERIFY(doc);
        QCOMPARE(doc->kind, Document::Kind::JointStatement);
        QCOMPARE(doc->predecessorId, m_rev1);
        const QList<Clause> clauses = m_sample->clauses(doc->id);
        QCOMPARE(clauses.size(), 8);
        for (const Clause &c : clauses) {
            const auto origin = m_sample->clause(c.originId);
            QVERIFY(origin);
            QCOMPARE(origin->documentId, m_rev1);
            QCOMPARE(c.number, origin->number);
            QVERIFY(!ClauseShape::of(c.text).hasBrackets());
            QCOMPARE(MarkupParser().parse(c.text).plainText(0), a.clause(c.originId)->text);
        }
        QCOMPARE(m_sample->adherents(doc->id), m_sample->group(u"JS2019")->members);
        QCOMPARE(m_sample->positions(clauses.first().id).size(), 0); // no positions copied
        const qint64 derivedId = doc->id;
        stack->undo();
        QVERIFY(!m_sample->documentBySymbol(u"SAMPLE/CONSEQ/2026/JS"));
        QVERIFY(m_sample->adherents(derivedId).isEmpty());
        QVERIFY(m_sample->clauses(derivedId).isEmpty());
        stack->redo();
        QVERIFY(m_sample->documentBySymbol(u"SAMPLE/CONSEQ/2026/JS"));
        QCOMPARE(m_sample->clauses(command->documentId()).size(), 8);
        stack->undo();
    }
};

QTEST_GUILESS_MAIN(TestCoalition)
#include "tst_coalition.moc"
