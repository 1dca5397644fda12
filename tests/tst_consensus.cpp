// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Positions and the consensus engine (issue 4): every status rule, landing zones, minimal
// blocking sets, document aggregates, incremental updates, what-if, history, outdated positions
// and bulk commands. (`plenipo consensus` is tested in tst_consensuscli.)
#include "commands/setclausetextcommand.h"
#include "commands/setpositionscommand.h"
#include "consensus/consensusengine.h"
#include "consensus/consensusreport.h"
#include "consensus/whatif.h"
#include "core/error.h"
#include "sample/samplebuilder.h"
#include "sample/syntheticworkspace.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

// Four states; the process "P" has AAA, BBB, CCC as members, DDD is outside.
void populateSmall(Workspace &w)
{
    QList<State> states;
    for (const QString &iso : {u"AAA"_s, u"BBB"_s, u"CCC"_s, u"DDD"_s}) {
        State s;
        s.iso3 = iso;
        s.name = iso;
        s.officialName = iso;
        states << s;
    }
    w.addStates(states);
    Process p;
    p.code = u"P"_s;
    p.name = u"Process"_s;
    p.members = {u"AAA"_s, u"BBB"_s, u"CCC"_s};
    const qint64 pid = w.addProcess(p);
    Document d;
    d.symbol = u"D/1"_s;
    d.title = u"Draft"_s;
    d.kind = Document::Kind::ZeroDraft;
    d.processId = pid;
    w.addDocument(d);
}

// "AAA:supports BBB@g1.2:objects ..." -> positions on `clauseId`.
QList<Position> parsePositions(qint64 clauseId, const QString &spec)
{
    QList<Position> out;
    for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QString who = item.section(u':', 0, 0);
        Position p;
        p.clauseId = clauseId;
        p.state = who.section(u'@', 0, 0);
        p.alternative = who.section(u'@', 1, 1);
        p.stance = *StanceText::fromKey(item.section(u':', 1, 1));
        out << p;
    }
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

class TestConsensus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Workspace> small()
    {
        return Workspace::create(m_dir.filePath(u"small-%1.plenipo"_s.arg(++m_files)),
                                 populateSmall);
    }
    // A one-clause analysis for the members of P.
    static qint64 addClause(Workspace &w, const QString &text, const QString &positions)
    {
        Clause c;
        c.documentId = w.documentBySymbol(u"D/1")->id;
        c.number = QString::number(w.clauses(c.documentId).size() + 1);
        c.text = text;
        const qint64 id = w.addClause(c);
        w.setPositions(parsePositions(id, positions));
        return id;
    }
    std::unique_ptr<ConsensusEngine> engineFor(const Workspace &w)
    {
        auto e = std::make_unique<ConsensusEngine>(w);
        e->setProcess(*w.processByCode(u"P"));
        e->setDocument(w.documentBySymbol(u"D/1")->id);
        return e;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void statusRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("positions");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("blockers");
        QTest::addColumn<QStringList>("silent");
        QTest::addColumn<QStringList>("reservations");

        const QString all = u"AAA:supports BBB:can-accept CCC:supports"_s;
        QTest::newRow("agreed: all positioned, no brackets")
            << u"States should cooperate."_s << all << u"agreed"_s << QStringList() << QStringList()
            << QStringList();
        QTest::newRow("a non-member's objection is ignored")
            << u"States should cooperate."_s << all + u" DDD:objects"_s << u"agreed"_s
            << QStringList() << QStringList() << QStringList();
        QTest::newRow("agreed ad referendum: tag in the text")
            << u"States should cooperate. {ad ref. BBB}"_s << all << u"agreed-ad-referendum"_s
            << QStringList() << QStringList() << QStringList();
        QTest::newRow("contested: a reservation")
            << u"States should cooperate."_s << u"AAA:supports BBB:reservation CCC:supports"_s
            << u"contested"_s << QStringList() << QStringList() << QStringList{u"BBB"_s};
        QTest::newRow("contested beats ad referendum")
            << u"States should cooperate. {ad ref. BBB}"_s
            << u"AAA:supports BBB:reservation CCC:supports"_s << u"contested"_s << QStringList()
            << QStringList() << QStringList{u"BBB"_s};
        QTest::newRow("open: a member without a position")
            << u"States should cooperate."_s << u"AAA:supports BBB:supports"_s << u"open"_s
            << QStringList() << QStringList{u"CCC"_s} << QStringList();
        QTest::newRow("open: a recorded 'no position' is silent")
            << u"States should cooperate."_s << u"AAA:supports BBB:supports CCC:none"_s << u"open"_s
            << QStringList() << QStringList{u"CCC"_s} << QStringList();
        QTest::newRow("open beats contested")
            << u"States should cooperate."_s << u"AAA:reservation BBB:supports"_s << u"open"_s
            << QStringList() << QStringList{u"CCC"_s} << QStringList{u"AAA"_s};
        QTest::newRow("open: brackets remain")
            << u"States [shall][should] cooperate."_s << all << u"open"_s << QStringList()
            << QStringList() << QStringList();
        QTest::newRow("open: whole-clause options remain")
            << u"Option 1: States cooperate.\nOption 2: States may cooperate."_s << all << u"open"_s
            << QStringList() << QStringList() << QStringList();
        QTest::newRow("a proposed deletion alone does not open")
            << u"States ~~should~~{AAA} cooperate."_s << all << u"agreed"_s << QStringList()
            << QStringList() << QStringList();
        QTest::newRow("blocked: a member objects")
            << u"States should cooperate."_s << u"AAA:supports BBB:objects CCC:supports"_s
            << u"blocked"_s << QStringList{u"BBB"_s} << QStringList() << QStringList();
        QTest::newRow("blocked beats open")
            << u"States [shall][should] cooperate."_s << u"AAA:objects"_s << u"blocked"_s
            << QStringList{u"AAA"_s} << QStringList{u"BBB"_s, u"CCC"_s} << QStringList();
        QTest::newRow("blocked: no landing zone in a group")
            << u"States [shall][should] cooperate."_s
            << all + u" AAA@g1.1:objects BBB@g1.2:objects"_s << u"blocked"_s
            << QStringList{u"AAA"_s, u"BBB"_s} << QStringList() << QStringList();
        QTest::newRow("not blocked: one alternative is free")
            << u"States [shall][should] cooperate."_s << all + u" AAA@g1.1:objects"_s << u"open"_s
            << QStringList() << QStringList() << QStringList();
        QTest::newRow("not blocked: an objected optional span can be dropped")
            << u"States cooperate[ fully]."_s << all + u" AAA@g1.1:objects"_s << u"open"_s
            << QStringList() << QStringList() << QStringList();
        QTest::newRow("blocked: nested group without landing zone inside the only option")
            << u"States [must [a][b]][may] act."_s
            << all + u" AAA@g2.1:objects BBB@g2.2:objects CCC@g1.2:objects"_s << u"blocked"_s
            << QStringList{u"AAA"_s, u"CCC"_s} << QStringList() << QStringList();
    }
    void statusRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, positions);
        QFETCH(QString, status);
        QFETCH(QStringList, blockers);
        QFETCH(QStringList, silent);
        QFETCH(QStringList, reservations);
        auto ws = small();
        const qint64 id = addClause(*ws, text, positions);
        auto engine = engineFor(*ws);
        const ClauseConsensus *c = engine->clause(id);
        QVERIFY(c);
        QCOMPARE(ConsensusStatusText::key(c->status), status);
        QCOMPARE(ws->iso3(c->blockers), blockers);
        QCOMPARE(ws->iso3(c->silent), silent);
        QCOMPARE(ws->iso3(c->reservations), reservations);
    }

    void landingZones_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("positions");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("landingZone");
        QTest::addColumn<QStringList>("minimalBlockingSet");

        QTest::newRow("every alternative free")
            << u"A [x][y][z] b."_s << u""_s << u"g1"_s
            << QStringList{u"g1.1"_s, u"g1.2"_s, u"g1.3"_s} << QStringList();
        QTest::newRow("objection outside the members does not count")
            << u"A [x][y] b."_s << u"DDD@g1.1:objects"_s << u"g1"_s
            << QStringList{u"g1.1"_s, u"g1.2"_s} << QStringList();
        QTest::newRow("one free alternative")
            << u"A [x][y][z] b."_s << u"AAA@g1.1:objects BBB@g1.3:objects"_s << u"g1"_s
            << QStringList{u"g1.2"_s} << QStringList();
        QTest::newRow("one state objects to everything")
            << u"A [x][y][z] b."_s
            << u"CCC@g1.1:objects CCC@g1.2:objects CCC@g1.3:objects "
               u"AAA@g1.2:objects"_s
            << u"g1"_s << QStringList() << QStringList{u"CCC"_s};
        QTest::newRow("two states needed")
            << u"A [x][y][z] b."_s
            << u"AAA@g1.1:objects AAA@g1.2:objects BBB@g1.2:objects BBB@g1.3:objects "
               u"CCC@g1.1:objects"_s
            << u"g1"_s << QStringList() << QStringList{u"AAA"_s, u"BBB"_s};
        QTest::newRow("second group of a clause")
            << u"A [x][y] b [p][q]."_s << u"AAA@g2.1:objects BBB@g2.2:objects"_s << u"g2"_s
            << QStringList() << QStringList{u"AAA"_s, u"BBB"_s};
        QTest::newRow("options") << u"Option 1: A.\nOption 2: B."_s << u"BBB@g1.2:objects"_s
                                 << u"g1"_s << QStringList{u"g1.1"_s} << QStringList();
        QTest::newRow("a nested block takes its alternative out")
            << u"States [must [a][b]][may] act."_s << u"AAA@g2.1:objects BBB@g2.2:objects"_s
            << u"g1"_s << QStringList{u"g1.2"_s} << QStringList();
    }
    void landingZones()
    {
        QFETCH(QString, text);
        QFETCH(QString, positions);
        QFETCH(QString, group);
        QFETCH(QStringList, landingZone);
        QFETCH(QStringList, minimalBlockingSet);
        auto ws = small();
        const qint64 id = addClause(*ws, text, positions);
        auto engine = engineFor(*ws);
        const ClauseConsensus *c = engine->clause(id);
        QVERIFY(c);
        const auto g = std::find_if(c->groups.cbegin(), c->groups.cend(),
                                    [&](const auto &x) { return x.id == group; });
        QVERIFY(g != c->groups.cend());
        QCOMPARE(g->landingZone, landingZone);
        QCOMPARE(ws->iso3(g->minimalBlockingSet), minimalBlockingSet);
        QCOMPARE(g->hasLandingZone(), !landingZone.isEmpty());
    }

    // The sample's Rev.1 for the 27 of LMC-CONSEQ, as designed (sample.json).
    void sampleDraft()
    {
        auto ws = TestSupport::sampleWorkspace(m_dir.filePath(u"sample.plenipo"_s));
        const Document *doc = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1");
        QVERIFY(doc);
        ConsensusEngine engine(*ws);
        engine.setProcess(*ws->processByCode(u"LMC-CONSEQ"));
        engine.setDocument(doc->id);
        QCOMPARE(engine.members().count(), 27);
        QHash<QString, const ClauseConsensus *> byNumber;
        for (const ClauseConsensus &c : engine.clauses())
            byNumber.insert(c.number, &c);
        const QList<std::pair<QString, ConsensusStatus>> expected{
            {u"1"_s, ConsensusStatus::Agreed},
            {u"2"_s, ConsensusStatus::Blocked},
            {u"3"_s, ConsensusStatus::Open},
            {u"3 bis"_s, ConsensusStatus::Open},
            {u"4"_s, ConsensusStatus::AgreedAdReferendum},
            {u"5"_s, ConsensusStatus::Contested},
            {u"6"_s, ConsensusStatus::Open},
            {u"7"_s, ConsensusStatus::Open},
            {u"8"_s, ConsensusStatus::Agreed},
            {u"9"_s, ConsensusStatus::Open},
        };
        for (const auto &[number, status] : expected) {
            QVERIFY2(byNumber.contains(number), qPrintable(number));
            QVERIFY2(
                byNumber[number]->status == status,
                qPrintable(number + u": "_s + ConsensusStatusText::key(byNumber[number]->status)));
        }
        QCOMPARE(ws->iso3(byNumber[u"2"_s]->blockers), QStringList{u"GBR"_s});
        QCOMPARE(byNumber[u"4"_s]->adReferendum, QStringList{u"FRA"_s});
        QCOMPARE(ws->iso3(byNumber[u"5"_s]->reservations), QStringList{u"HUN"_s});
        QCOMPARE(ws->iso3(byNumber[u"6"_s]->silent), QStringList{u"HUN"_s});
        // Clause 3: "may" acceptable to all, "will" objected to by HUN and ISL.
        const ClauseConsensus::Group &g3 = byNumber[u"3"_s]->groups.first();
        QCOMPARE(g3.landingZone, QStringList{u"g1.2"_s});
        QCOMPARE(ws->iso3(g3.alternatives[0].objectors), sorted({u"HUN"_s, u"ISL"_s}));
        // Clause 7 (from 13(f)): "should" is the landing zone; "shall" objected to by five.
        const ClauseConsensus::Group &g7 = byNumber[u"7"_s]->groups.first();
        QCOMPARE(g7.landingZone, QStringList{u"g1.2"_s});
        QCOMPARE(ws->iso3(g7.alternatives[0].objectors),
                 sorted({u"AUS"_s, u"CAN"_s, u"GBR"_s, u"JPN"_s, u"USA"_s}));
        // Outside states (CHN, RUS...) object to clause 7 but are not members.
        QVERIFY(byNumber[u"7"_s]->objectors.isEmpty());

        const DocumentConsensus &s = engine.summary();
        QCOMPARE(s.clauseCount, 10);
        QCOMPARE(s.count(ConsensusStatus::Agreed), 2);
        QCOMPARE(s.count(ConsensusStatus::AgreedAdReferendum), 1);
        QCOMPARE(s.count(ConsensusStatus::Open), 5);
        QCOMPARE(s.count(ConsensusStatus::Contested), 1);
        QCOMPARE(s.count(ConsensusStatus::Blocked), 1);
        QCOMPARE(s.share(ConsensusStatus::Open), 0.5);
        QCOMPARE(s.blockedClauses, QList<qint64>{byNumber[u"2"_s]->clauseId});
        QCOMPARE(s.adReferendum, 1);

        // With every UN member state, the outside objectors block clauses 6 and 7.
        QStringList un;
        for (const State &st : ws->states().states()) {
            if (st.unMember)
                un << st.iso3;
        }
        engine.setMembers(ws->stateSet(un));
        QCOMPARE(engine.summary().count(ConsensusStatus::Blocked), 3);
        QCOMPARE(ws->iso3(engine.clause(byNumber[u"6"_s]->clauseId)->blockers),
                 sorted({u"CHN"_s, u"CUB"_s, u"IRN"_s, u"RUS"_s}));
        // Ordered by how few states block them: clause 2 (GBR) first.
        QCOMPARE(engine.summary().blockedClauses.first(), byNumber[u"2"_s]->clauseId);
    }

    // Blocked clauses come fewest blockers first.
    void blockedOrder()
    {
        auto ws = small();
        const qint64 a = addClause(*ws, u"A."_s, u"AAA:objects BBB:objects CCC:supports"_s);
        const qint64 b = addClause(*ws, u"B."_s, u"AAA:supports BBB:supports CCC:supports"_s);
        const qint64 c = addClause(*ws, u"C."_s, u"AAA:supports BBB:supports CCC:objects"_s);
        auto engine = engineFor(*ws);
        QCOMPARE(engine->summary().blockedClauses, (QList<qint64>{c, a}));
        Position p = *ws->position(b, u"AAA"_s);
        p.stance = Stance::Objects;
        ws->setPosition(p); // b is now blocked by one state, after c in document order
        QCOMPARE(engine->summary().blockedClauses, (QList<qint64>{b, c, a}));
    }

    // Random edits: after each, the incrementally updated engine equals a fresh one.
    void incrementalEqualsFull()
    {
        auto ws = small();
        QList<qint64> ids;
        ids << addClause(*ws, u"A [x][y] b."_s, u""_s) << addClause(*ws, u"Plain."_s, u""_s)
            << addClause(*ws, u"C [p][q][r] d [s]."_s, u""_s)
            << addClause(*ws, u"E. {ad ref. AAA}"_s, u""_s);
        auto engine = engineFor(*ws);
        QSignalSpy updated(engine.get(), &ConsensusEngine::clauseUpdated);
        QRandomGenerator rng(4242);
        const QStringList alternatives{u""_s, u"g1.1"_s, u"g1.2"_s, u"g1.3"_s, u"g2.1"_s};
        for (int step = 0; step < 300; ++step) {
            Position p;
            p.clauseId = ids[rng.bounded(int(ids.size()))];
            p.state = ws->stateOrder()[rng.bounded(4)];
            p.alternative = alternatives[rng.bounded(int(alternatives.size()))];
            p.stance = Stance(rng.bounded(5));
            if (rng.bounded(10) == 0)
                ws->removePositions({{p.clauseId, p.state, p.alternative}});
            else
                ws->setPosition(p);
            auto fresh = engineFor(*ws);
            QCOMPARE(engine->clauses(), fresh->clauses());
            QCOMPARE(engine->summary(), fresh->summary());
        }
        QVERIFY(updated.size() > 200);
        // A text change reparses only that clause.
        ws->reviseClause(ids[1], u"Plain [now][bracketed]."_s, {});
        QCOMPARE(engine->clauses(), engineFor(*ws)->clauses());
        QCOMPARE(engine->summary(), engineFor(*ws)->summary());
    }

    void whatIfLeavesSavedPositionsAlone()
    {
        auto ws = small();
        const qint64 id = addClause(*ws, u"A."_s, u"AAA:supports BBB:supports CCC:supports"_s);
        auto engine = engineFor(*ws);
        WhatIf whatIf(*ws);
        engine->setWhatIf(&whatIf);
        QCOMPARE(engine->clause(id)->status, ConsensusStatus::Agreed);
        const QByteArray saved = ws->stances().vector(id, u"");
        const int undoCount = ws->undoStack()->count();

        whatIf.setStance(u"BBB"_s, id, {}, Stance::Objects);
        QCOMPARE(engine->clause(id)->status, ConsensusStatus::Blocked);
        QCOMPARE(engine->stance(id, u"", ws->stateIndex(u"BBB")), Stance::Objects);
        QCOMPARE(ws->stances().vector(id, u""), saved);
        QCOMPARE(ws->position(id, u"BBB"_s)->stance, Stance::Supports);
        QCOMPARE(ws->undoStack()->count(), undoCount);

        whatIf.discard();
        QCOMPARE(engine->clause(id)->status, ConsensusStatus::Agreed);

        whatIf.setStance(u"CCC"_s, id, {}, Stance::Reservation);
        QCOMPARE(engine->clause(id)->status, ConsensusStatus::Contested);
        ws->undoStack()->push(new SetPositionsCommand(*ws, whatIf.takePositions()));
        QVERIFY(whatIf.isEmpty());
        QCOMPARE(ws->position(id, u"CCC"_s)->stance, Stance::Reservation);
        QCOMPARE(engine->clause(id)->status, ConsensusStatus::Contested);
        ws->undoStack()->undo();
        QCOMPARE(ws->position(id, u"CCC"_s)->stance, Stance::Supports);
        QCOMPARE(engine->clause(id)->status, ConsensusStatus::Agreed);
        QVERIFY(whatIf.takePositions().isEmpty());
    }

    void historyAndOutdated()
    {
        auto ws = small();
        ws->setAuthor(u"alice"_s);
        const qint64 id = addClause(*ws, u"States [shall][should] act."_s, u"AAA:supports"_s);
        // Recorded without a revision (0: unknown): possibly outdated.
        QVERIFY(ws->isOutdated(*ws->position(id, u"AAA"_s)));
        // Positions given through the command carry the current revision.
        ws->undoStack()->push(
            SetPositionsCommand::setStance(*ws, id, {}, {u"AAA"_s, u"BBB"_s}, Stance::CanAccept));
        QVERIFY(!ws->isOutdated(*ws->position(id, u"AAA"_s)));
        QCOMPARE(ws->position(id, u"AAA"_s)->author, u"alice"_s);
        ws->setAuthor(u"bob"_s);
        ws->undoStack()->push(
            SetPositionsCommand::setStance(*ws, id, {}, {u"AAA"_s}, Stance::Objects));
        const QList<PositionHistoryEntry> h = ws->positionHistory(id, u"AAA"_s);
        QCOMPARE(h.size(), 2); // supports (alice), can accept (alice)
        QCOMPARE(h[0].previous.stance, Stance::CanAccept);
        QCOMPARE(h[0].previous.author, u"alice"_s);
        QCOMPARE(h[0].replacedBy, u"bob"_s);
        QCOMPARE(h[1].previous.stance, Stance::Supports);

        // The text changes: the positions show as possibly outdated until confirmed.
        ws->undoStack()->push(new SetClauseTextCommand(*ws, id, u"States should act."_s, {}));
        QVERIFY(ws->isOutdated(*ws->position(id, u"AAA"_s)));
        QVERIFY(ws->isOutdated(*ws->position(id, u"BBB"_s)));
        ws->undoStack()->push(SetPositionsCommand::confirm(*ws, id, {u"BBB"_s}));
        QVERIFY(!ws->isOutdated(*ws->position(id, u"BBB"_s)));
        QVERIFY(ws->isOutdated(*ws->position(id, u"AAA"_s)));
        QCOMPARE(ws->position(id, u"BBB"_s)->stance, Stance::CanAccept);
        ws->undoStack()->undo();
        QVERIFY(ws->isOutdated(*ws->position(id, u"BBB"_s)));
        QCOMPARE(SetPositionsCommand::confirm(*ws, id, {u"CCC"_s}), nullptr);
        // Removing a position keeps its last value in the history.
        ws->removePositions({{id, u"BBB"_s, {}}});
        QVERIFY(!ws->position(id, u"BBB"_s));
        QVERIFY(ws->positionHistory(id, u"BBB"_s).first().removed);
    }

    void bulkCommandsUndoRedo()
    {
        auto ws = small();
        const qint64 id = addClause(*ws, u"A."_s, u"AAA:objects"_s);
        QUndoStack *stack = ws->undoStack();
        const int before = stack->count();
        stack->push(SetPositionsCommand::setStance(*ws, id, {}, {u"AAA"_s, u"BBB"_s, u"CCC"_s},
                                                   Stance::Supports));
        QCOMPARE(stack->count(), before + 1); // one step for the whole group
        for (const QString &iso : {u"AAA"_s, u"BBB"_s, u"CCC"_s})
            QCOMPARE(ws->position(id, iso)->stance, Stance::Supports);
        stack->undo();
        QCOMPARE(ws->position(id, u"AAA"_s)->stance, Stance::Objects);
        QVERIFY(!ws->position(id, u"BBB"_s)); // there was none
        QVERIFY(!ws->stances().hasPosition(id, u"", ws->stateIndex(u"CCC")));
        stack->redo();
        QCOMPARE(ws->position(id, u"CCC"_s)->stance, Stance::Supports);

        // Editing the same cell again merges into one step.
        const int count = stack->count();
        stack->push(SetPositionsCommand::setStance(*ws, id, {}, {u"BBB"_s}, Stance::CanAccept));
        stack->push(SetPositionsCommand::setStance(*ws, id, {}, {u"BBB"_s}, Stance::Reservation));
        QCOMPARE(stack->count(), count + 1);
        QCOMPARE(ws->position(id, u"BBB"_s)->stance, Stance::Reservation);
        stack->undo();
        QCOMPARE(ws->position(id, u"BBB"_s)->stance, Stance::Supports);
        // A different cell does not merge.
        stack->push(SetPositionsCommand::setStance(*ws, id, {}, {u"BBB"_s}, Stance::CanAccept));
        stack->push(SetPositionsCommand::setStance(*ws, id, {}, {u"CCC"_s}, Stance::CanAccept));
        QCOMPARE(stack->count(), count + 2);
    }

    void badPositionsAreRejectedWhole()
    {
        auto ws = small();
        const qint64 id = addClause(*ws, u"A."_s, u""_s);
        const auto expectError = [&](const QList<Position> &positions, const QString &words) {
            bool thrown = false;
            try {
                ws->setPositions(positions);
            } catch (const Error &e) {
                thrown = true;
                QVERIFY2(e.message().contains(words), qPrintable(e.message()));
            }
            QVERIFY(thrown);
            QCOMPARE(ws->positionCount(), 0);
        };
        expectError(parsePositions(id, u"AAA:supports ZZZ:objects"_s), u"ZZZ"_s);
        expectError(parsePositions(id, u"AAA@alt:supports"_s), u"alt"_s);
    }

    // issue 12: `plenipo consensus --json` streams clause by clause; the bytes are those of
    // the whole document serialised at once, on every document of the sample.
    void streamedJsonEqualsWholeDocument()
    {
        auto ws = TestSupport::sampleWorkspace(m_dir.filePath(u"stream.plenipo"_s));
        for (const Document &d : ws->documents()) {
            ConsensusEngine engine(*ws);
            if (const Process *p = d.processId ? ws->process(d.processId) : nullptr)
                engine.setProcess(*p);
            else
                engine.setMembers(ws->stateSet(ws->stateOrder()));
            engine.setDocument(d.id);
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QVERIFY(ConsensusReport::writeJson(engine, u"label"_s, buffer));
            const QByteArray whole = QJsonDocument(ConsensusReport::toJson(engine, u"label"_s))
                                         .toJson(QJsonDocument::Indented);
            QCOMPARE(buffer.data().size(), whole.size());
            QVERIFY2(buffer.data() == whole, qPrintable(d.symbol));
        }
    }

    // The streamed report serialises batches of 32 clauses, the second of every two on another
    // thread: the same bytes, in order, across every batch boundary.
    void streamedJsonEqualsWholeDocumentAcrossBatches()
    {
        for (const int clauses : {33, 64, 65, 150}) {
            const QString path = m_dir.filePath(u"batches-%1.plenipo"_s.arg(clauses));
            SyntheticWorkspace::generate(path,
                                         {.states = 12, .clauses = clauses, .alternatives = 2});
            auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
            const Document *d = ws->documentBySymbol(u"SYNTH/1"_s);
            QVERIFY(d);
            ConsensusEngine engine(*ws);
            engine.setMembers(ws->stateSet(ws->stateOrder()));
            engine.setDocument(d->id);
            QCOMPARE(engine.clauses().size(), clauses);
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QVERIFY(ConsensusReport::writeJson(engine, u"label"_s, buffer));
            const QByteArray whole = QJsonDocument(ConsensusReport::toJson(engine, u"label"_s))
                                         .toJson(QJsonDocument::Indented);
            QCOMPARE(buffer.data().size(), whole.size());
            QVERIFY2(buffer.data() == whole, qPrintable(QString::number(clauses)));
        }
    }
};

QTEST_GUILESS_MAIN(TestConsensus)
#include "tst_consensus.moc"
