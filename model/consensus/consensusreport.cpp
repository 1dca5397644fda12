// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "consensus/consensusreport.h"

#include "consensus/consensusengine.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <future>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::ConsensusReport", text, comment, n);
}

QJsonArray codes(const Workspace &w, const StateSet &set)
{
    return QJsonArray::fromStringList(w.iso3(set));
}

QString list(const Workspace &w, const StateSet &set)
{
    return w.iso3(set).join(u", "_s);
}

// Text identity (issue 10): the members whose positions on a clause are outdated (given on
// words that have changed since) or orphaned (their words are gone: not counted above).
struct Staleness
{
    StateSet outdated;
    StateSet orphaned;
};

Staleness stalenessOf(const ConsensusEngine &engine, qint64 clauseId)
{
    const Workspace &w = engine.workspace();
    Staleness s{w.outdatedStates(clauseId) & engine.members(), StateSet(engine.members().size())};
    for (int state : w.orphanedStates(clauseId))
        s.orphaned.insert(state);
    s.orphaned &= engine.members();
    return s;
}

} // namespace

namespace {

QJsonObject clauseJson(const ConsensusEngine &engine, const ClauseConsensus &c)
{
    const Workspace &w = engine.workspace();
    const Staleness stale = stalenessOf(engine, c.clauseId);
    QJsonArray groups;
    for (const ClauseConsensus::Group &g : c.groups) {
        QJsonArray alternatives;
        for (const ClauseConsensus::Alternative &a : g.alternatives) {
            alternatives.append(QJsonObject{{u"id"_s, a.id},
                                            {u"text"_s, a.text},
                                            {u"supporters"_s, codes(w, a.supporters)},
                                            {u"acceptors"_s, codes(w, a.acceptors)},
                                            {u"reservations"_s, codes(w, a.reservations)},
                                            {u"objectors"_s, codes(w, a.objectors)}});
        }
        groups.append(QJsonObject{{u"id"_s, g.id},
                                  {u"optional"_s, g.optional},
                                  {u"parentAlternative"_s, g.parentAlternative},
                                  {u"landingZone"_s, QJsonArray::fromStringList(g.landingZone)},
                                  {u"minimalBlockingSet"_s, codes(w, g.minimalBlockingSet)},
                                  {u"alternatives"_s, alternatives}});
    }
    return QJsonObject{
        {u"number"_s, c.number},
        {u"status"_s, ConsensusStatusText::key(c.status)},
        {u"blockers"_s, codes(w, c.blockers)},
        {u"objectors"_s, codes(w, c.objectors)},
        {u"reservations"_s, codes(w, c.reservations)},
        {u"silent"_s, codes(w, c.silent)},
        {u"adReferendum"_s, QJsonArray::fromStringList(c.adReferendum)},
        {u"outdated"_s, codes(w, stale.outdated)},
        {u"orphaned"_s, codes(w, stale.orphaned)},
        {u"groups"_s, groups},
    };
}

// Everything but the clauses.
QJsonObject headJson(const ConsensusEngine &engine, const QString &processLabel)
{
    const Workspace &w = engine.workspace();
    const DocumentConsensus &s = engine.summary();
    const Document *doc = w.document(s.documentId);
    QJsonObject root;
    root[u"document"_s] = doc ? doc->symbol : QString();
    root[u"title"_s] = doc ? doc->title : QString();
    root[u"members"_s] =
        QJsonObject{{u"process"_s, processLabel}, {u"count"_s, engine.members().count()}};

    QJsonObject counts, shares;
    for (ConsensusStatus st : allConsensusStatuses) {
        counts[ConsensusStatusText::key(st)] = s.count(st);
        shares[ConsensusStatusText::key(st)] = std::round(s.share(st) * 10000) / 10000;
    }
    QJsonArray blocked;
    for (qint64 id : s.blockedClauses) {
        const ClauseConsensus *c = engine.clause(id);
        blocked.append(
            QJsonObject{{u"number"_s, c->number}, {u"blockers"_s, codes(w, c->blockers)}});
    }
    root[u"summary"_s] = QJsonObject{
        {u"clauses"_s, s.clauseCount},
        {u"counts"_s, counts},
        {u"shares"_s, shares},
        {u"bracketedSpans"_s, s.bracketedSpans},
        {u"alternativeGroups"_s, s.alternativeGroups},
        {u"alternatives"_s, s.alternatives},
        {u"deletions"_s, s.deletions},
        {u"adReferendum"_s, s.adReferendum},
        {u"blocked"_s, blocked},
    };
    int outdatedClauses = 0;
    int orphanedClauses = 0;
    int outdatedStates = 0;
    int orphanedStates = 0;
    for (const ClauseConsensus &c : engine.clauses()) {
        const Staleness stale = stalenessOf(engine, c.clauseId);
        outdatedClauses += stale.outdated.isEmpty() ? 0 : 1;
        orphanedClauses += stale.orphaned.isEmpty() ? 0 : 1;
        outdatedStates += stale.outdated.count();
        orphanedStates += stale.orphaned.count();
    }
    QJsonObject summary = root[u"summary"_s].toObject();
    summary[u"outdated"_s] =
        QJsonObject{{u"clauses"_s, outdatedClauses}, {u"states"_s, outdatedStates}};
    summary[u"orphaned"_s] =
        QJsonObject{{u"clauses"_s, orphanedClauses}, {u"states"_s, orphanedStates}};
    root[u"summary"_s] = summary;
    return root;
}

} // namespace

QJsonObject ConsensusReport::toJson(const ConsensusEngine &engine, const QString &processLabel)
{
    QJsonObject root = headJson(engine, processLabel);
    QJsonArray clauses;
    for (const ClauseConsensus &c : engine.clauses())
        clauses.append(clauseJson(engine, c));
    root[u"clauses"_s] = clauses;
    return root;
}

namespace {

// One clause of the streamed "clauses" array, appended to `out`: serialised alone, as the only
// element of an array, and indented one level deeper, which is how the whole document would
// print it.
void appendClause(QByteArray &out, const ConsensusEngine &engine, const ClauseConsensus &clause,
                  bool last)
{
    const QByteArray element =
        QJsonDocument(QJsonArray{clauseJson(engine, clause)}).toJson(QJsonDocument::Indented);
    // "[\n    {\n ... \n    }\n]\n": keep the lines between the brackets, 4 spaces deeper.
    const qsizetype from = element.indexOf('\n') + 1;
    const qsizetype to = element.lastIndexOf(']'); // after the element's last newline
    out.reserve(out.size() + (to - from) * 11 / 10 + 8);
    // Line by line: each line from `k` up to its newline, 4 spaces in front; the element's
    // final newline is left out (the separator follows).
    const char *data = element.constData();
    for (qsizetype k = from; k < to;) {
        const void *found = std::memchr(data + k, '\n', size_t(to - k));
        const qsizetype end = found ? static_cast<const char *>(found) - data : to;
        out.append("    ", 4);
        out.append(data + k, end - k);
        if (end + 1 < to)
            out.append('\n');
        k = end + 1;
    }
    out.append(last ? "\n" : ",\n");
}

} // namespace

bool ConsensusReport::writeJson(const ConsensusEngine &engine, const QString &processLabel,
                                QIODevice &device)
{
    const QJsonObject head = headJson(engine, processLabel);
    if (engine.clauses().isEmpty() || head.contains(u"clauses"_s))
        return device.write(
                   QJsonDocument(toJson(engine, processLabel)).toJson(QJsonDocument::Indented)) >=
               0;
    // QJsonObject keeps its keys sorted, so "clauses" is the first member of the root and the
    // rest follows it. Each clause is serialised alone, as the only element of an array, and
    // indented one level deeper, which is how the whole document would print it. Hand-written
    // because Qt has no streaming JSON writer; the test compares the bytes with toJson().
    if (device.write("{\n    \"clauses\": [\n") < 0)
        return false;
    const QList<ClauseConsensus> &clauses = engine.clauses();
    // Serialising is most of the command's time (2,000 clauses of 193 states make 47 MB), and
    // each clause is serialised alone from memory the engine and the workspace only read: the
    // second half of each batch is done on another thread while this one does the first half,
    // then both are written in order. Batches keep the memory flat.
    constexpr qsizetype batch = 32;
    const auto serialise = [&](qsizetype from, qsizetype to) {
        QByteArray bytes;
        for (qsizetype i = from; i < to; ++i)
            appendClause(bytes, engine, clauses[i], i + 1 == clauses.size());
        return bytes;
    };
    for (qsizetype start = 0; start < clauses.size(); start += 2 * batch) {
        const qsizetype middle = std::min(start + batch, clauses.size());
        const qsizetype end = std::min(start + 2 * batch, clauses.size());
        std::future<QByteArray> second = std::async(std::launch::async, serialise, middle, end);
        const QByteArray first = serialise(start, middle);
        const QByteArray rest = second.get();
        if (device.write(first) < 0 || device.write(rest) < 0)
            return false;
    }
    QByteArray rest = QJsonDocument(head).toJson(QJsonDocument::Indented);
    rest.remove(0, rest.indexOf('\n') + 1); // "{\n"
    return device.write("    ],\n") >= 0 && device.write(rest) >= 0;
}

QString ConsensusReport::toText(const ConsensusEngine &engine, const QString &processLabel)
{
    const Workspace &w = engine.workspace();
    const DocumentConsensus &s = engine.summary();
    const Document *doc = w.document(s.documentId);
    QString out;
    out += u"%1: %2\n"_s.arg(doc ? doc->symbol : QString(), doc ? doc->title : QString());
    //: %1 the process (or "all states"), %2 how many member states
    out += tr("Members: %1 (%2 states)")
               .arg(processLabel.isEmpty() ? tr("all states") : processLabel)
               .arg(engine.members().count()) +
           u'\n';
    QStringList counts;
    for (ConsensusStatus st : allConsensusStatuses)
        //: %1 a count, %2 a status (agreed, open...), %3 a percentage
        counts << tr("%1 %2 (%3%)")
                      .arg(s.count(st))
                      .arg(ConsensusStatusText::label(st))
                      .arg(s.share(st) * 100, 0, 'f', 0);
    //: %1 how many clauses, %2 the count of each status
    out += tr("%1 clauses: %2").arg(s.clauseCount).arg(counts.join(u", "_s)) + u'\n';
    out += tr("Brackets: %1 bracketed spans in %2 alternative groups; %3 proposed deletions")
               .arg(s.bracketedSpans)
               .arg(s.alternativeGroups)
               .arg(s.deletions) +
           u'\n';
    if (!s.blockedClauses.isEmpty()) {
        out += tr("Blocked, fewest blockers first:") + u'\n';
        for (qint64 id : s.blockedClauses) {
            const ClauseConsensus *c = engine.clause(id);
            out += u"  %1: %2\n"_s.arg(c->number, list(w, c->blockers));
        }
    }
    QList<Staleness> stale;
    int outdatedClauses = 0;
    int orphanedClauses = 0;
    for (const ClauseConsensus &c : engine.clauses()) {
        stale << stalenessOf(engine, c.clauseId);
        outdatedClauses += stale.last().outdated.isEmpty() ? 0 : 1;
        orphanedClauses += stale.last().orphaned.isEmpty() ? 0 : 1;
    }
    out += tr("Positions: outdated (text changed since given) on %1 clauses; orphaned (their "
              "words are gone, not counted) on %2 clauses")
               .arg(outdatedClauses)
               .arg(orphanedClauses) +
           u'\n';
    out += u"\n"_s;
    qsizetype index = 0;
    for (const ClauseConsensus &c : engine.clauses()) {
        const Staleness &st = stale.at(index++);
        out += u"%1  %2\n"_s.arg(c.number, ConsensusStatusText::label(c.status));
        if (!c.blockers.isEmpty())
            out += u"    "_s + tr("blocked by: %1").arg(list(w, c.blockers)) + u'\n';
        if (!c.reservations.isEmpty())
            out += u"    "_s + tr("reservations: %1").arg(list(w, c.reservations)) + u'\n';
        if (!c.silent.isEmpty())
            out += u"    "_s +
                   tr("no position: %1")
                       .arg(c.silent.count() > 12 ? tr("%1 states").arg(c.silent.count())
                                                  : list(w, c.silent)) +
                   u'\n';
        if (!c.adReferendum.isEmpty())
            out += u"    "_s + tr("ad referendum: %1").arg(c.adReferendum.join(u", "_s)) + u'\n';
        if (!st.outdated.isEmpty())
            out += u"    "_s +
                   tr("outdated positions (%1): %2")
                       .arg(st.outdated.count())
                       .arg(st.outdated.count() > 12 ? tr("%1 states").arg(st.outdated.count())
                                                     : list(w, st.outdated)) +
                   u'\n';
        if (!st.orphaned.isEmpty())
            out += u"    "_s +
                   tr("orphaned positions (%1, not counted): %2")
                       .arg(st.orphaned.count())
                       .arg(list(w, st.orphaned)) +
                   u'\n';
        for (const ClauseConsensus::Group &g : c.groups) {
            if (g.hasLandingZone()) {
                //: %1 an alternative group's id (g1), %2 its landing zone
                out += u"    "_s +
                       tr("%1: landing zone %2")
                           .arg(g.id, g.landingZone.isEmpty() ? tr("(drop the span)")
                                                              : g.landingZone.join(u", "_s)) +
                       u'\n';
            } else {
                out += u"    "_s +
                       tr("%1: no landing zone; blocked by %2")
                           .arg(g.id, list(w, g.minimalBlockingSet)) +
                       u'\n';
            }
        }
    }
    return out;
}

} // namespace Plenipo
