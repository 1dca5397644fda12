// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Text identity (issue 10): positions on alternatives follow their words when a clause gets a
// new text (SpanAligner, Workspace::carryPositions, SetClauseTextCommand), every case of the
// issue, orphaned and agreed positions, re-attach and discard, exact undo, the sample scenario
// (a bracket inserted before the positioned public-core bracket) with its coalition export,
// and a property test over random edit sequences.
#include "commands/detachedpositioncommand.h"
#include "commands/setclausetextcommand.h"
#include "compare/spanaligner.h"
#include "consensus/consensusengine.h"
#include "consensus/consensusreport.h"
#include "core/error.h"
#include "exchange/exportdocument.h"
#include "exchange/exportoptions.h"
#include "markup/markupparser.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <dtl/dtl.hpp>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

const QStringList smallStates = {u"AAA"_s, u"BBB"_s, u"CCC"_s, u"DDD"_s, u"EEE"_s, u"FFF"_s};

void populate(Workspace &w, const QStringList &codes)
{
    QList<State> states;
    for (const QString &iso : codes) {
        State s;
        s.iso3 = iso;
        s.name = iso;
        s.officialName = iso;
        states << s;
    }
    w.addStates(states);
    Document d;
    d.symbol = u"D/1"_s;
    d.title = u"Draft"_s;
    d.kind = Document::Kind::ZeroDraft;
    w.addDocument(d);
}

// "alternative -> states and source text" of the positions on a clause, e.g.
// "g1.1: AAA BBB (tag-a)"; sorted.
QStringList layout(const Workspace &w, qint64 clauseId)
{
    QMap<QString, QStringList> states;
    QMap<QString, QSet<QString>> sources;
    for (const Position &p : w.positions(clauseId)) {
        states[p.alternative] << p.state;
        sources[p.alternative].insert(p.sourceText);
    }
    QStringList out;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        QStringList s = it.value();
        s.sort();
        QStringList src(sources[it.key()].cbegin(), sources[it.key()].cend());
        src.sort();
        out << u"%1: %2 (%3)"_s.arg(it.key().isEmpty() ? u"clause"_s : it.key(), s.join(u' '),
                                    src.join(u','));
    }
    return out;
}

QStringList detachedLayout(const Workspace &w, qint64 clauseId)
{
    QStringList out;
    for (const DetachedPosition &d : w.detachedPositions(clauseId))
        out << u"%1 %2 %3 (%4) \"%5\""_s.arg(
            d.reason == DetachedPosition::Reason::Agreed ? u"agreed"_s : u"orphaned"_s,
            d.position.alternative, d.position.state, d.position.sourceText, d.words);
    out.sort();
    return out;
}

Position position(qint64 clauseId, const QString &state, const QString &alternative,
                  const QString &source, qint64 revisionId, Stance stance = Stance::Supports)
{
    Position p;
    p.clauseId = clauseId;
    p.state = state;
    p.alternative = alternative;
    p.stance = stance;
    p.sourceKind = u"statement"_s;
    p.sourceText = source;
    p.revisionId = revisionId;
    return p;
}

// The snapshot without the times at which positions were detached.
PositionSnapshot withoutTimes(PositionSnapshot snap)
{
    for (QVariantList &row : snap.detached)
        row[9] = QVariant();
    return snap;
}

qsizetype commonWords(const QStringList &a, const QStringList &b)
{
    const std::vector<QString> x(a.cbegin(), a.cend());
    const std::vector<QString> y(b.cbegin(), b.cend());
    dtl::Diff<QString, std::vector<QString>> diff(x, y);
    diff.compose();
    return qsizetype(diff.getLcsVec().size());
}

} // namespace

class TestPositionCarry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_clause = 0;
    int m_files = 0;

    // A fresh workspace with one clause of `text`.
    void start(const QString &text)
    {
        m_ws = Workspace::create(m_dir.filePath(u"w%1.plenipo"_s.arg(++m_files)),
                                 [](Workspace &w) { populate(w, smallStates); });
        Clause c;
        c.documentId = m_ws->documents().first().id;
        c.number = u"1"_s;
        c.text = text;
        m_clause = m_ws->addClause(c);
    }
    qint64 revision() const { return m_ws->clause(m_clause)->revisionId; }
    // "AAA@g1.1:tag BBB@g1.2:tag2 CCC:whole" on the current revision.
    void give(const QString &spec)
    {
        QList<Position> list;
        for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts)) {
            const QString who = item.section(u':', 0, 0);
            list << position(m_clause, who.section(u'@', 0, 0), who.section(u'@', 1),
                             item.section(u':', 1), revision());
        }
        m_ws->setPositions(list);
    }
    // Saves `text` as the undoable edit does and checks that undo restores every record
    // exactly and redo gives the same result again.
    void revise(const QString &text)
    {
        const PositionSnapshot before = m_ws->positionSnapshot(m_clause);
        const QString oldText = m_ws->clause(m_clause)->text;
        m_ws->undoStack()->push(new SetClauseTextCommand(*m_ws, m_clause, text, u"t"_s));
        QCOMPARE(m_ws->clause(m_clause)->text, text);
        const QStringList after = layout(*m_ws, m_clause);
        const QStringList detached = detachedLayout(*m_ws, m_clause);
        m_ws->undoStack()->undo();
        QCOMPARE(m_ws->clause(m_clause)->text, oldText);
        QCOMPARE(m_ws->positionSnapshot(m_clause), before);
        m_ws->undoStack()->redo();
        QCOMPARE(layout(*m_ws, m_clause), after);
        QCOMPARE(detachedLayout(*m_ws, m_clause), detached);
    }
    bool outdated(const QString &state, const QString &alternative) const
    {
        const auto p = m_ws->position(m_clause, state, alternative);
        return p && m_ws->isOutdated(*p);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void bracketInsertedBefore()
    {
        start(u"States [shall not damage the public core] of the Internet."_s);
        give(u"AAA@g1.1:core BBB@g1.1:core CCC:whole"_s);
        revise(
            u"States [or disrupts]{EST} and [shall not damage the public core] of the Internet."_s);
        QCOMPARE(layout(*m_ws, m_clause),
                 QStringList({u"clause: CCC (whole)"_s, u"g2.1: AAA BBB (core)"_s}));
        QVERIFY(!outdated(u"AAA"_s, u"g2.1"_s)); // the same words: still current
        QVERIFY(outdated(u"CCC"_s, QString()));  // the clause's text changed
        QVERIFY(m_ws->detachedPositions(m_clause).isEmpty());
    }

    void bracketInsertedAfter()
    {
        start(u"States [shall not damage the public core] of the Internet."_s);
        give(u"AAA@g1.1:core"_s);
        revise(u"States [shall not damage the public core] of the [global] Internet."_s);
        QCOMPARE(layout(*m_ws, m_clause), QStringList({u"g1.1: AAA (core)"_s}));
        QVERIFY(!outdated(u"AAA"_s, u"g1.1"_s));
    }

    void bracketInsertedInside()
    {
        start(u"States [shall not damage the public core of the Internet] at all."_s);
        give(u"AAA@g1.1:core"_s);
        revise(u"States [shall not damage the public core [and its routing] of the Internet] at "
               u"all."_s);
        // The outer span keeps most of its words: the position follows it, now outdated.
        QCOMPARE(layout(*m_ws, m_clause), QStringList({u"g1.1: AAA (core)"_s}));
        QVERIFY(outdated(u"AAA"_s, u"g1.1"_s));
    }

    void bracketDeleted()
    {
        start(u"A [first three words] then [second bracket here] end."_s);
        give(u"AAA@g1.1:first BBB@g2.1:second"_s);
        revise(u"A then [second bracket here] end."_s);
        QCOMPARE(layout(*m_ws, m_clause), QStringList({u"g1.1: BBB (second)"_s}));
        QCOMPARE(detachedLayout(*m_ws, m_clause),
                 QStringList({u"orphaned g1.1 AAA (first) \"first three words\""_s}));
        QCOMPARE(m_ws->orphanedStates(m_clause), QList<int>({m_ws->stateIndex(u"AAA"_s)}));
        // Never counted: the stance matrix no longer holds it.
        QVERIFY(!m_ws->stances().hasPosition(m_clause, u"g1.1"_s, m_ws->stateIndex(u"AAA"_s)));
    }

    void alternativeAddedToGroup()
    {
        start(u"A State [shall][should] act."_s);
        give(u"AAA@g1.1:shall BBB@g1.2:should"_s);
        revise(u"A State [must][shall][should] act."_s);
        QCOMPARE(layout(*m_ws, m_clause),
                 QStringList({u"g1.2: AAA (shall)"_s, u"g1.3: BBB (should)"_s}));
    }

    void alternativeRemovedFromGroup()
    {
        start(u"A State [shall][should][must] act."_s);
        give(u"AAA@g1.1:shall BBB@g1.2:should CCC@g1.3:must"_s);
        revise(u"A State [shall][must] act."_s);
        QCOMPARE(layout(*m_ws, m_clause),
                 QStringList({u"g1.1: AAA (shall)"_s, u"g1.2: CCC (must)"_s}));
        QCOMPARE(detachedLayout(*m_ws, m_clause),
                 QStringList({u"orphaned g1.2 BBB (should) \"should\""_s}));
    }

    void groupsReordered()
    {
        start(u"A [alpha beta gamma] and [delta epsilon zeta] end."_s);
        give(u"AAA@g1.1:abg BBB@g2.1:dez"_s);
        revise(u"A [delta epsilon zeta] and [alpha beta gamma] end."_s);
        QCOMPARE(layout(*m_ws, m_clause),
                 QStringList({u"g1.1: BBB (dez)"_s, u"g2.1: AAA (abg)"_s}));
        QVERIFY(!outdated(u"AAA"_s, u"g2.1"_s));
        QVERIFY(!outdated(u"BBB"_s, u"g1.1"_s));
    }

    void alternativesReordered()
    {
        start(u"A State [shall][should] act."_s);
        give(u"AAA@g1.1:shall BBB@g1.2:should"_s);
        revise(u"A State [should][shall] act."_s);
        QCOMPARE(layout(*m_ws, m_clause),
                 QStringList({u"g1.1: BBB (should)"_s, u"g1.2: AAA (shall)"_s}));
    }

    void wordsEditedInside()
    {
        start(u"A [one two three four] end."_s);
        give(u"AAA@g1.1:x"_s);
        const qint64 given = revision();
        revise(u"A [one two five four] end."_s);
        QCOMPARE(layout(*m_ws, m_clause), QStringList({u"g1.1: AAA (x)"_s}));
        QVERIFY(outdated(u"AAA"_s, u"g1.1"_s));
        QCOMPARE(m_ws->position(m_clause, u"AAA"_s, u"g1.1"_s)->revisionId, given);
        QVERIFY(m_ws->outdatedStates(m_clause).contains(m_ws->stateIndex(u"AAA"_s)));
        // A later revision that keeps those words does not make it current again.
        revise(u"A [one two five four] end, now."_s);
        QVERIFY(outdated(u"AAA"_s, u"g1.1"_s));
    }

    void mergedWithClearMajority()
    {
        start(u"A [a1 a2 a3 a4 a5 a6] and [b1 b2] end."_s);
        give(u"AAA@g1.1:a BBB@g2.1:b"_s);
        revise(u"A [a1 a2 a3 a4 a5 a6 b1 b2] end."_s);
        QCOMPARE(layout(*m_ws, m_clause), QStringList({u"g1.1: AAA (a)"_s}));
        QVERIFY(outdated(u"AAA"_s, u"g1.1"_s));
        QCOMPARE(detachedLayout(*m_ws, m_clause),
                 QStringList({u"orphaned g2.1 BBB (b) \"b1 b2\""_s}));
    }

    void mergedEvenly()
    {
        start(u"A [a1 a2 a3] and [b1 b2 b3] end."_s);
        give(u"AAA@g1.1:a BBB@g2.1:b"_s);
        revise(u"A [a1 a2 a3 b1 b2 b3] end."_s);
        QVERIFY(layout(*m_ws, m_clause).isEmpty());
        QCOMPARE(detachedLayout(*m_ws, m_clause).size(), 2);
    }

    void splitWithClearMajority()
    {
        start(u"A [a1 a2 a3 a4 a5 a6 b1 b2] end."_s);
        give(u"AAA@g1.1:ab"_s);
        revise(u"A [b1 b2] and [a1 a2 a3 a4 a5 a6] end."_s);
        QCOMPARE(layout(*m_ws, m_clause), QStringList({u"g2.1: AAA (ab)"_s}));
    }

    void splitEvenly()
    {
        start(u"A [a1 a2 a3 b1 b2 b3] end."_s);
        give(u"AAA@g1.1:ab"_s);
        revise(u"A [a1 a2 a3] and [b1 b2 b3] end."_s);
        QVERIFY(layout(*m_ws, m_clause).isEmpty());
        QCOMPARE(detachedLayout(*m_ws, m_clause),
                 QStringList({u"orphaned g1.1 AAA (ab) \"a1 a2 a3 b1 b2 b3\""_s}));
    }

    void bracketAgreed()
    {
        start(u"States [shall][should] protect [healthcare facilities] always."_s);
        give(u"AAA@g1.2:should BBB@g2.1:health CCC@g2.1:health"_s);
        revise(u"States [shall][should] protect healthcare facilities always."_s);
        QCOMPARE(layout(*m_ws, m_clause), QStringList({u"g1.2: AAA (should)"_s}));
        QCOMPARE(detachedLayout(*m_ws, m_clause),
                 QStringList({u"agreed g2.1 BBB (health) \"healthcare facilities\""_s,
                              u"agreed g2.1 CCC (health) \"healthcare facilities\""_s}));
        // History of the agreement, not an orphan to re-attach.
        QVERIFY(m_ws->orphanedStates(m_clause).isEmpty());
    }

    void stalePositionsOrphaned()
    {
        // A position on an id the text does not have cannot follow any words.
        start(u"A [x y z] end."_s);
        give(u"AAA@g1.1:x BBB@g4.1:stale"_s);
        revise(u"A [w] and [x y z] end."_s);
        QCOMPARE(layout(*m_ws, m_clause), QStringList({u"g2.1: AAA (x)"_s}));
        QCOMPARE(detachedLayout(*m_ws, m_clause),
                 QStringList({u"orphaned g4.1 BBB (stale) \"\""_s}));
    }

    void reattachAndDiscard()
    {
        start(u"A [first three words] then [second bracket here] end."_s);
        give(u"AAA@g1.1:first BBB@g1.1:first CCC@g2.1:second"_s);
        revise(u"A [other words] then [second bracket here] end."_s);
        QCOMPARE(detachedLayout(*m_ws, m_clause).size(), 2);
        const PositionSnapshot before = m_ws->positionSnapshot(m_clause);
        const QList<DetachedPosition> detached = m_ws->detachedPositions(m_clause);
        m_ws->undoStack()->push(
            DetachedPositionCommand::reattach(*m_ws, m_clause, detached.at(0).id, u"g1.1"_s));
        QCOMPARE(layout(*m_ws, m_clause),
                 QStringList({u"g1.1: AAA (first)"_s, u"g2.1: CCC (second)"_s}));
        QVERIFY(outdated(u"AAA"_s, u"g1.1"_s)); // to be confirmed
        QCOMPARE(m_ws->orphanedStates(m_clause), QList<int>({m_ws->stateIndex(u"BBB"_s)}));
        m_ws->undoStack()->undo();
        QCOMPARE(m_ws->positionSnapshot(m_clause), before);
        m_ws->undoStack()->push(
            DetachedPositionCommand::discard(*m_ws, m_clause, {detached.at(1).id}));
        QCOMPARE(detachedLayout(*m_ws, m_clause).size(), 1);
        bool inHistory = false;
        for (const PositionHistoryEntry &e : m_ws->positionHistory(m_clause, u"BBB"_s))
            inHistory = inHistory || (e.removed && e.previous.sourceText == u"first"_s);
        QVERIFY(inHistory);
        m_ws->undoStack()->undo();
        QCOMPARE(m_ws->positionSnapshot(m_clause), before);
    }

    void detachedSurviveReopenAndClauseRemoval()
    {
        start(u"A [first three words] end."_s);
        give(u"AAA@g1.1:first"_s);
        revise(u"A end."_s);
        const QString file = m_ws->filePath();
        m_ws.reset();
        m_ws = Workspace::open(file);
        QCOMPARE(m_ws->orphanedStates(m_clause), QList<int>({m_ws->stateIndex(u"AAA"_s)}));
        const ClauseSnapshot snap = m_ws->takeClause(m_clause);
        QVERIFY(m_ws->orphanedStates(m_clause).isEmpty());
        m_ws->restoreClause(snap);
        QCOMPARE(detachedLayout(*m_ws, m_clause),
                 QStringList({u"orphaned g1.1 AAA (first) \"first three words\""_s}));
        QCOMPARE(m_ws->orphanedStates(m_clause), QList<int>({m_ws->stateIndex(u"AAA"_s)}));
    }

    void consensusReportShowsOutdatedAndOrphaned()
    {
        start(u"A [first three words] then [second bracket here] end."_s);
        give(u"AAA@g1.1:first BBB@g2.1:second CCC:whole"_s);
        revise(u"A then [second bracket changed] end."_s);
        ConsensusEngine engine(*m_ws);
        engine.setMembers(StateSet::full(int(m_ws->stateOrder().size())));
        engine.setDocument(m_ws->documents().first().id);
        const QJsonObject json = ConsensusReport::toJson(engine, {});
        const QJsonObject clause = json[u"clauses"_s].toArray().at(0).toObject();
        QCOMPARE(clause[u"orphaned"_s].toArray(), QJsonArray({u"AAA"_s}));
        QCOMPARE(clause[u"outdated"_s].toArray(), QJsonArray({u"BBB"_s, u"CCC"_s}));
        const QJsonObject summary = json[u"summary"_s].toObject();
        QCOMPARE(summary[u"orphaned"_s].toObject()[u"states"_s].toInt(), 1);
        QCOMPARE(summary[u"outdated"_s].toObject()[u"states"_s].toInt(), 2);
        const QString text = ConsensusReport::toText(engine, {});
        QVERIFY2(text.contains(u"orphaned positions (1, not counted): AAA"_s), qPrintable(text));
        QVERIFY2(text.contains(u"outdated positions (2): BBB, CCC"_s), qPrintable(text));
    }

    // The scenario: Rev.1 paragraph 7 of the sample, a bracket "[or disrupts]{EST}"
    // inserted before the positioned public-core bracket, saved as a revision.
    void sampleScenario()
    {
        m_ws = TestSupport::sampleWorkspace(m_dir.filePath(u"sample.plenipo"_s));
        const Document *rev1 = m_ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        QVERIFY(rev1);
        std::optional<Clause> clause;
        for (const Clause &c : m_ws->clauses(rev1->id)) {
            if (c.number == u"7"_s)
                clause = c;
        }
        QVERIFY(clause);
        const MarkupParser parser;
        const MarkupTree tree = parser.parse(clause->text);
        QVERIFY(tree.plainText(tree.findById(u"g2.1"_s)).contains(u"public core"_s));
        const QString publicCore = tree.plainText(tree.findById(u"g2.1"_s));

        // Every position on the public-core bracket, as text.
        const auto on = [&](const QString &alternative) {
            QStringList out;
            for (const Position &p : m_ws->positions(clause->id)) {
                if (p.alternative == alternative)
                    out << u"%1 %2 %3"_s.arg(p.state, StanceText::key(p.stance), p.sourceText);
            }
            out.sort();
            return out;
        };
        const QStringList coreBefore = on(u"g2.1"_s);
        const StateSet currentCoreBefore = m_ws->outdatedStates(clause->id, u"g2.1"_s);
        QVERIFY(coreBefore.size() >= 8);
        QVERIFY(coreBefore.join(u'\n').contains(u"HUN"_s));
        const QStringList shallBefore = on(u"g1.1"_s);
        const QStringList shouldBefore = on(u"g1.2"_s);

        ExportOptions options;
        options.documentId = rev1->id;
        options.coalition = u"JS2019"_s;
        const auto clauseText = [&] {
            const ExportDocument doc = ExportDocument::build(*m_ws, options);
            for (const ExportDocument::Paragraph &p : doc.paragraphs) {
                if (p.style == ExportDocument::Style::Clause && p.number == u"7"_s)
                    return ExportDocument::plainText(p.runs);
            }
            return QString();
        };
        const QString agreedBefore = clauseText();
        // The coalition agrees to the public-core language (and the paragraph carries no
        // brackets any more: it is its resolved text).
        QVERIFY2(agreedBefore.contains(u"public core of the Internet"_s) &&
                     !agreedBefore.contains(u'['),
                 qPrintable(agreedBefore));

        QString text = clause->text;
        const qsizetype at = text.indexOf(u"damages "_s);
        QVERIFY(at > 0);
        text.insert(at + 8, u"[or disrupts]{EST} "_s);
        m_ws->undoStack()->push(new SetClauseTextCommand(*m_ws, clause->id, text, u"EST"_s));

        const MarkupTree revised = parser.parse(text);
        QCOMPARE(revised.plainText(revised.findById(u"g2.1"_s)), u"or disrupts"_s);
        QCOMPARE(revised.plainText(revised.findById(u"g3.1"_s)), publicCore);
        QCOMPARE(on(u"g3.1"_s), coreBefore); // every position on its words
        QVERIFY(on(u"g2.1"_s).isEmpty());    // nothing on the new bracket
        QCOMPARE(on(u"g1.1"_s), shallBefore);
        QCOMPARE(on(u"g1.2"_s), shouldBefore);
        QVERIFY(m_ws->detachedPositions(clause->id).isEmpty());
        // Their words did not change: those that were current still are.
        QCOMPARE(m_ws->outdatedStates(clause->id, u"g3.1"_s), currentCoreBefore);

        // The coalition's text is what it agreed to: no "or disrupts", the public core kept
        // exactly as before the revision.
        const QString agreedAfter = clauseText();
        QVERIFY2(!agreedAfter.contains(u"or disrupts"_s), qPrintable(agreedAfter));
        QCOMPARE(agreedAfter, agreedBefore);
        // The whole export (what the Word, PDF and ODT exports write).
        {
            const ExportDocument doc = ExportDocument::build(*m_ws, options);
            QString all;
            for (const ExportDocument::Paragraph &p : doc.paragraphs)
                all += ExportDocument::plainText(p.runs) + u'\n';
            QVERIFY(!all.contains(u"or disrupts"_s));
            QCOMPARE(all.contains(u"public core"_s), agreedBefore.contains(u"public core"_s));
        }

        m_ws->undoStack()->undo();
        QCOMPARE(on(u"g2.1"_s), coreBefore);
    }

    // Property test. Invariant, after every random edit of a random bracketed clause with
    // positions: (1) every position still on the text sits on an alternative sharing more than
    // half of the words (of the larger of the two) with the alternative it was on before the
    // edit; (2) no position disappears: positions on the text plus detached ones stay as many;
    // (3) undo restores every stored record (ids included) exactly, and redo the same result.
    void randomEdits()
    {
        QRandomGenerator rng(20261202);
        const QStringList vocabulary = {u"state"_s,    u"shall"_s,     u"should"_s,    u"protect"_s,
                                        u"critical"_s, u"core"_s,      u"internet"_s,  u"public"_s,
                                        u"health"_s,   u"service"_s,   u"damage"_s,    u"impair"_s,
                                        u"use"_s,      u"operation"_s, u"network"_s,   u"data"_s,
                                        u"supply"_s,   u"chain"_s,     u"integrity"_s, u"avail"_s};
        for (int round = 0; round < 12; ++round) {
            // The clause as a list of spans (each a list of words) between agreed words.
            QList<QStringList> spans;
            const auto randomWords = [&](int min, int max) {
                QStringList w;
                const int n = min + int(rng.bounded(max - min + 1));
                for (int i = 0; i < n; ++i)
                    w << vocabulary.at(int(rng.bounded(int(vocabulary.size()))));
                return w;
            };
            for (int i = 0, n = 2 + int(rng.bounded(4)); i < n; ++i)
                spans << randomWords(1, 7);
            const auto render = [&] {
                QString t = u"Lead"_s;
                for (qsizetype i = 0; i < spans.size(); ++i)
                    t += u" text%1 [%2]"_s.arg(i).arg(spans[i].join(u' '));
                return t + u" end."_s;
            };
            start(render());
            // Each span's positions carry its own tag, so that a test can tell where they went.
            QList<Position> list;
            for (qsizetype i = 0; i < spans.size(); ++i) {
                for (const QString &s : smallStates) {
                    if (rng.bounded(3) != 0)
                        list << position(m_clause, s, u"g%1.1"_s.arg(i + 1), u"tag%1"_s.arg(i),
                                         revision(), Stance(int(rng.bounded(5))));
                }
            }
            if (!list.isEmpty())
                m_ws->setPositions(list);
            int nextTag = int(spans.size());
            for (int step = 0; step < 10; ++step) {
                const QList<QStringList> oldSpans = spans;
                // tag -> the words of the span its positions were on
                QHash<QString, QStringList> wordsOfTag;
                for (const Position &p : m_ws->positions(m_clause)) {
                    const int index = p.alternative.mid(1).section(u'.', 0, 0).toInt() - 1;
                    wordsOfTag.insert(p.sourceText, oldSpans.value(index));
                }
                const int total = int(m_ws->positions(m_clause).size() +
                                      m_ws->detachedPositions(m_clause).size());
                const int op = int(rng.bounded(6));
                const qsizetype k = rng.bounded(int(spans.size()));
                switch (op) {
                case 0: // insert
                    spans.insert(rng.bounded(int(spans.size()) + 1), randomWords(1, 6));
                    break;
                case 1: // delete
                    if (spans.size() > 1)
                        spans.removeAt(k);
                    break;
                case 2: // edit a word
                    spans[k][rng.bounded(int(spans[k].size()))] = u"edited%1"_s.arg(step);
                    break;
                case 3: // merge with the next
                    if (k + 1 < spans.size()) {
                        spans[k] += spans[k + 1];
                        spans.removeAt(k + 1);
                    }
                    break;
                case 4: // split
                    if (spans[k].size() > 1) {
                        const qsizetype at = 1 + rng.bounded(int(spans[k].size()) - 1);
                        spans.insert(k + 1, spans[k].mid(at));
                        spans[k] = spans[k].first(at);
                    }
                    break;
                case 5: // reorder
                    if (spans.size() > 1)
                        spans.swapItemsAt(k, rng.bounded(int(spans.size())));
                    break;
                }
                revise(render());
                if (QTest::currentTestFailed()) {
                    qWarning("round %d step %d op %d", round, step, op);
                    return;
                }
                // (1)
                for (const Position &p : m_ws->positions(m_clause)) {
                    const int index = p.alternative.mid(1).section(u'.', 0, 0).toInt() - 1;
                    QVERIFY(index >= 0 && index < spans.size());
                    const QStringList now = spans.at(index);
                    const QStringList then = wordsOfTag.value(p.sourceText);
                    const qsizetype shared = commonWords(then, now);
                    QVERIFY2(2 * shared > std::max(then.size(), now.size()),
                             qPrintable(u"round %1 step %2 op %3: %4 on \"%5\", given on "
                                        u"\"%6\""_s.arg(round)
                                            .arg(step)
                                            .arg(op)
                                            .arg(p.state, now.join(u' '), then.join(u' '))));
                }
                // (2)
                QCOMPARE(int(m_ws->positions(m_clause).size() +
                             m_ws->detachedPositions(m_clause).size()),
                         total);
                // New positions on spans that have none, with a fresh tag.
                QList<Position> more;
                for (qsizetype i = 0; i < spans.size(); ++i) {
                    const QString alternative = u"g%1.1"_s.arg(i + 1);
                    if (!m_ws->stances().vector(m_clause, alternative).isEmpty())
                        continue;
                    const QString tag = u"tag%1"_s.arg(nextTag++);
                    for (const QString &s : smallStates) {
                        if (rng.bounded(2))
                            more << position(m_clause, s, alternative, tag, revision());
                    }
                }
                if (!more.isEmpty())
                    m_ws->setPositions(more);
            }
        }
    }

    // Property test of undo and redo. Random sequences of revisions (random span edits, and
    // bracket removals that agree a span), undos, redos and re-attachments of detached
    // positions, on a clause whose positions share their detail rows across alternatives and
    // with the whole clause (so that a carry moves some detail rows to the new revision in
    // place and copies others), next to a second clause: after every undo or redo, every
    // stored record of the clause (ids included) is exactly what it was when the undo stack
    // last stood at that index, and the other clause's records never change.
    void randomUndoRedoSequences()
    {
        QRandomGenerator rng(20261203);
        const QStringList vocabulary = {u"state"_s,  u"shall"_s,  u"protect"_s, u"critical"_s,
                                        u"core"_s,   u"public"_s, u"health"_s,  u"service"_s,
                                        u"damage"_s, u"use"_s,    u"network"_s, u"data"_s};
        for (int round = 0; round < 8; ++round) {
            QList<QStringList> spans;
            const auto randomWords = [&](int min, int max) {
                QStringList w;
                const int n = min + int(rng.bounded(max - min + 1));
                for (int i = 0; i < n; ++i)
                    w << vocabulary.at(int(rng.bounded(int(vocabulary.size()))));
                return w;
            };
            for (int i = 0, n = 2 + int(rng.bounded(4)); i < n; ++i)
                spans << randomWords(1, 6);
            const auto render = [&](const QList<QStringList> &list, qsizetype agreed = -1) {
                QString t = u"Lead"_s;
                for (qsizetype i = 0; i < list.size(); ++i)
                    t += (i == agreed ? u" text%1 %2"_s : u" text%1 [%2]"_s)
                             .arg(i)
                             .arg(list[i].join(u' '));
                return t + u" end."_s;
            };
            start(render(spans));
            Clause other;
            other.documentId = m_ws->documents().first().id;
            other.number = u"2"_s;
            other.text = u"Other [words here] and [there]."_s;
            const qint64 otherClause = m_ws->addClause(other);
            {
                QList<Position> list;
                for (const QString &s : smallStates)
                    list << position(otherClause, s, u"g1.1"_s, u"tag0"_s,
                                     m_ws->clause(otherClause)->revisionId);
                // Few tags: the same details on several alternatives and on the whole clause.
                for (qsizetype i = -1; i < spans.size(); ++i) {
                    for (const QString &s : smallStates) {
                        if (rng.bounded(3) != 0)
                            list << position(m_clause, s, i < 0 ? QString() : u"g%1.1"_s.arg(i + 1),
                                             u"tag%1"_s.arg(rng.bounded(3)),
                                             rng.bounded(5) ? revision() : 0,
                                             Stance(int(rng.bounded(5))));
                    }
                }
                // In every other round in random order: the rows of an alternative then have
                // ids far apart.
                if (round % 2)
                    std::shuffle(list.begin(), list.end(), rng);
                m_ws->setPositions(list);
            }
            const PositionSnapshot otherBefore = m_ws->positionSnapshot(otherClause);
            // The records at each index of the undo stack, and the spans there.
            QList<PositionSnapshot> states{m_ws->positionSnapshot(m_clause)};
            QList<QList<QStringList>> spansAt{spans};
            QList<QString> textAt{m_ws->clause(m_clause)->text};
            QUndoStack *stack = m_ws->undoStack();
            for (int step = 0; step < 24; ++step) {
                const int action = int(rng.bounded(10));
                const QString where =
                    u"round %1 step %2 action %3"_s.arg(round).arg(step).arg(action);
                if (action < 5) {
                    QList<QStringList> next = spansAt.at(stack->index());
                    if (next.isEmpty()) // every span agreed
                        next << randomWords(1, 5);
                    const qsizetype k = rng.bounded(int(next.size()));
                    qsizetype agreed = -1;
                    switch (rng.bounded(7)) {
                    case 0:
                        next.insert(rng.bounded(int(next.size()) + 1), randomWords(1, 5));
                        break;
                    case 1:
                        if (next.size() > 1)
                            next.removeAt(k);
                        break;
                    case 2:
                        next[k][rng.bounded(int(next[k].size()))] = u"edited%1"_s.arg(step);
                        break;
                    case 3:
                        if (k + 1 < next.size()) {
                            next[k] += next[k + 1];
                            next.removeAt(k + 1);
                        }
                        break;
                    case 4:
                        if (next[k].size() > 1) {
                            const qsizetype at = 1 + rng.bounded(int(next[k].size()) - 1);
                            next.insert(k + 1, next[k].mid(at));
                            next[k] = next[k].first(at);
                        }
                        break;
                    case 5:
                        if (next.size() > 1)
                            next.swapItemsAt(k, rng.bounded(int(next.size())));
                        break;
                    case 6:
                        agreed = k; // the brackets go: the words are agreed
                        break;
                    }
                    const QString text = render(next, agreed);
                    if (agreed >= 0)
                        next.removeAt(agreed);
                    stack->push(new SetClauseTextCommand(*m_ws, m_clause, text, u"t"_s));
                    QCOMPARE(m_ws->clause(m_clause)->text, text);
                    states.resize(stack->index());
                    spansAt.resize(stack->index());
                    textAt.resize(stack->index());
                    states << m_ws->positionSnapshot(m_clause);
                    spansAt << next;
                    textAt << text;
                } else if (action < 6) {
                    const QList<DetachedPosition> detached = m_ws->detachedPositions(m_clause);
                    const qsizetype groups = spansAt.at(stack->index()).size();
                    if (detached.isEmpty() || groups == 0)
                        continue;
                    stack->push(DetachedPositionCommand::reattach(
                        *m_ws, m_clause, detached.at(rng.bounded(int(detached.size()))).id,
                        u"g%1.1"_s.arg(1 + rng.bounded(int(groups)))));
                    states.resize(stack->index());
                    spansAt.resize(stack->index());
                    textAt.resize(stack->index());
                    states << m_ws->positionSnapshot(m_clause);
                    spansAt << spansAt.last();
                    textAt << textAt.last();
                } else if (action < 8) {
                    if (!stack->canUndo())
                        continue;
                    stack->undo();
                } else {
                    if (!stack->canRedo())
                        continue;
                    stack->redo();
                    // Redo does it again: the same records but for the time positions were
                    // detached at. From now on the records at this index are these.
                    const PositionSnapshot now = m_ws->positionSnapshot(m_clause);
                    QVERIFY2(withoutTimes(now) == withoutTimes(states.at(stack->index())),
                             qPrintable(where));
                    states[stack->index()] = now;
                }
                QVERIFY2(m_ws->positionSnapshot(m_clause) == states.at(stack->index()),
                         qPrintable(where));
                QVERIFY2(m_ws->clause(m_clause)->text == textAt.at(stack->index()),
                         qPrintable(where));
                QVERIFY2(m_ws->positionSnapshot(otherClause) == otherBefore, qPrintable(where));
            }
            // All the way back: the records the positions were given with.
            while (stack->canUndo())
                stack->undo();
            QCOMPARE(m_ws->positionSnapshot(m_clause), states.first());
            stack->clear();
        }
    }

    void alignerIsFastEnoughToCall()
    {
        // The aligner on texts without words or alternatives gives nothing, and never throws.
        const MarkupParser parser;
        QVERIFY(SpanAligner::align(parser.parse(QString()), parser.parse(u"[a]"_s)).isEmpty());
        const QList<AlternativeCarry> c =
            SpanAligner::align(parser.parse(u"[]"_s), parser.parse(u"x []"_s));
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.at(0).to, u"g1.1"_s);
    }
};

QTEST_GUILESS_MAIN(TestPositionCarry)
#include "tst_positioncarry.moc"
