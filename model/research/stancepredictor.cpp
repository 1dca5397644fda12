// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "research/stancepredictor.h"

#include "storage/workspace.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Plenipo {

StancePredictor::StancePredictor(const AgreementMatrix &agreement, Options options)
    : m_agreement(agreement)
    , m_options(options)
{
    for (int i = 0; i < agreement.size(); ++i)
        m_index.insert(agreement.states()[i], i);
}

StancePredictor::StancePredictor(const AgreementMatrix &agreement)
    : StancePredictor(agreement, Options{})
{}

std::optional<StancePredictor::Prediction>
StancePredictor::predict(const QString &iso3, const QHash<QString, VoteMatrix::Cell> &known) const
{
    const int self = m_index.value(iso3, -1);
    if (self < 0)
        return std::nullopt;
    double weight[4] = {0, 0, 0, 0};
    int used = 0;
    for (const AgreementMatrix::Neighbour &n :
         m_agreement.neighbours(self, m_options.minCommonVotes)) {
        if (used >= m_options.neighbours)
            break;
        const auto it = known.constFind(n.iso3);
        if (it == known.cend() || *it == VoteMatrix::Absent)
            continue;
        weight[int(*it)] += n.agreement * n.agreement;
        ++used;
    }
    const double total = weight[1] + weight[2] + weight[3];
    if (!used || total <= 0)
        return std::nullopt;
    int best = 1;
    for (int c = 2; c <= 3; ++c) {
        if (weight[c] > weight[best])
            best = c;
    }
    return Prediction{iso3, VoteMatrix::Cell(best), weight[best] / total, used};
}

std::optional<VoteMatrix::Cell> StancePredictor::choiceOf(Stance stance)
{
    switch (stance) {
    case Stance::Supports:
    case Stance::CanAccept:
        return VoteMatrix::Yes;
    case Stance::Objects:
        return VoteMatrix::No;
    case Stance::Reservation:
        return VoteMatrix::Abstain;
    default:
        return std::nullopt;
    }
}

Stance StancePredictor::stanceOf(VoteMatrix::Cell choice)
{
    switch (choice) {
    case VoteMatrix::Yes:
        return Stance::Supports;
    case VoteMatrix::No:
        return Stance::Objects;
    case VoteMatrix::Abstain:
        return Stance::Reservation;
    case VoteMatrix::Absent:
        break;
    }
    return Stance::NoPosition;
}

StancePredictor::Choices StancePredictor::clauseChoices(const Workspace &workspace, qint64 clauseId,
                                                        const QString &alternative)
{
    Choices out;
    for (const Position &p : workspace.positions(clauseId)) {
        if (p.alternative != alternative)
            continue;
        out.spoken.insert(p.state);
        if (const auto c = choiceOf(p.stance))
            out.known.insert(p.state, *c);
    }
    return out;
}

QList<StancePredictor::Prediction> StancePredictor::predictSilent(const Workspace &workspace,
                                                                  const Choices &choices,
                                                                  const StateSet &members) const
{
    QList<Prediction> out;
    for (const QString &iso : workspace.iso3(members)) {
        if (choices.spoken.contains(iso))
            continue;
        if (const auto p = predict(iso, choices.known))
            out << *p;
    }
    return out;
}

QList<StancePredictor::Prediction> StancePredictor::predictClause(const Workspace &workspace,
                                                                  qint64 clauseId,
                                                                  const QString &alternative,
                                                                  const StateSet &members) const
{
    return predictSilent(workspace, clauseChoices(workspace, clauseId, alternative), members);
}

StancePredictor::Choices StancePredictor::documentChoices(const Workspace &workspace,
                                                          qint64 documentId)
{
    Choices out;
    if (const auto vote = workspace.recordedVote(documentId)) {
        out.fromVote = true;
        for (auto it = vote->choices.cbegin(); it != vote->choices.cend(); ++it) {
            switch (it.value()) {
            case RecordedVote::Choice::Yes:
                out.known.insert(it.key(), VoteMatrix::Yes);
                break;
            case RecordedVote::Choice::No:
                out.known.insert(it.key(), VoteMatrix::No);
                break;
            case RecordedVote::Choice::Abstain:
                out.known.insert(it.key(), VoteMatrix::Abstain);
                break;
            case RecordedVote::Choice::Absent:
                continue;
            }
            out.spoken.insert(it.key());
        }
        return out;
    }
    // Per state: did it object, make a reservation, support or accept anywhere?
    struct Seen
    {
        bool no = false, abstain = false, yes = false;
    };
    QHash<QString, Seen> seen;
    for (const Clause &c : workspace.clauses(documentId)) {
        for (const Position &p : workspace.positions(c.id)) {
            if (!p.alternative.isEmpty())
                continue;
            out.spoken.insert(p.state);
            const auto choice = choiceOf(p.stance);
            if (!choice)
                continue;
            Seen &s = seen[p.state];
            s.no |= *choice == VoteMatrix::No;
            s.abstain |= *choice == VoteMatrix::Abstain;
            s.yes |= *choice == VoteMatrix::Yes;
        }
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const Seen &s = it.value();
        out.known.insert(it.key(), s.no        ? VoteMatrix::No
                                   : s.abstain ? VoteMatrix::Abstain
                                               : VoteMatrix::Yes);
    }
    return out;
}

QList<StancePredictor::Prediction> StancePredictor::predictDocument(const Workspace &workspace,
                                                                    qint64 documentId,
                                                                    const StateSet &members) const
{
    return predictSilent(workspace, documentChoices(workspace, documentId), members);
}

StancePredictor::Silent StancePredictor::silentMembers(const Workspace &workspace,
                                                       const VoteMatrix &votes,
                                                       const AgreementMatrix &agreement,
                                                       qint64 documentId, qint64 clauseId,
                                                       const QString &alternative)
{
    Silent out;
    const Document *d = workspace.document(documentId);
    if (d && d->processId) {
        if (const Process *p = workspace.process(d->processId))
            out.members = workspace.processMembers(*p);
    }
    if (out.members.isEmpty())
        out.members = votes.states();
    out.members.removeIf(
        [&workspace](const QString &iso) { return workspace.stateIndex(iso) < 0; });
    // A neighbour must share five votes with the state, or as many as a selection of few votes
    // allows (a state silent on this document's own vote can share at most all the others).
    Options options;
    options.minCommonVotes = std::clamp(votes.voteCount() - 1, 1, options.minCommonVotes);
    const StancePredictor predictor(agreement, options);
    const StateSet members = workspace.stateSet(out.members);
    const Choices choices = clauseId == 0 ? documentChoices(workspace, documentId)
                                          : clauseChoices(workspace, clauseId, alternative);
    const QSet<QString> &positioned = choices.spoken;
    out.predictions = predictor.predictSilent(workspace, choices, members);
    QSet<QString> predicted;
    for (const Prediction &p : std::as_const(out.predictions))
        predicted.insert(p.iso3);
    for (const QString &iso : std::as_const(out.members)) {
        if (positioned.contains(iso))
            ++out.spoken;
        else if (!predicted.contains(iso))
            out.unpredicted << iso;
    }
    // Nothing to predict from: nobody spoke there.
    if (positioned.isEmpty()) {
        out.nobodySpoke = true;
        out.predictions.clear();
        out.unpredicted.clear();
    }
    return out;
}

QList<StancePredictor::Accuracy> StancePredictor::leaveOneOut(const VoteMatrix &votes,
                                                              const QStringList &regionalGroup,
                                                              Options options)
{
    QMap<int, Accuracy> bySession;
    Accuracy overall;
    overall.range = u"overall"_s;
    const int n = votes.stateCount();
    for (int j = 0; j < votes.voteCount(); ++j) {
        const VoteMatrix rest = votes.withoutVotes({j});
        const AgreementMatrix agreement(rest);
        const StancePredictor predictor(agreement, options);
        QHash<QString, VoteMatrix::Cell> known;
        int voters = 0;
        int no = 0;
        for (int i = 0; i < n; ++i) {
            const VoteMatrix::Cell c = votes.at(i, j);
            if (c != VoteMatrix::Absent) {
                known.insert(votes.states()[i], c);
                ++voters;
                no += c == VoteMatrix::No;
            }
        }
        const bool contested = voters && no * 10 >= voters;
        const int session = votes.columns()[j].session;
        Accuracy &acc = bySession[session];
        acc.range = u"session %1"_s.arg(session);
        acc.session = session;
        ++acc.votes;
        ++overall.votes;
        for (int i = 0; i < n; ++i) {
            const VoteMatrix::Cell truth = votes.at(i, j);
            if (truth == VoteMatrix::Absent)
                continue;
            const QString iso = votes.states()[i];
            QHash<QString, VoteMatrix::Cell> others = known;
            others.remove(iso);
            const auto p = predictor.predict(iso, others);
            const bool right = p && p->choice == truth;
            // Baseline: the majority of the state's regional group on this vote, without it.
            int count[4] = {0, 0, 0, 0};
            const QString group = regionalGroup.value(i);
            for (int k = 0; k < n && !group.isEmpty(); ++k) {
                if (k != i && regionalGroup.value(k) == group)
                    ++count[int(votes.at(k, j))];
            }
            int best = 0;
            for (int c = 1; c <= 3; ++c) {
                if (count[c] > (best ? count[best] : 0))
                    best = c;
            }
            const bool baseRight = best && VoteMatrix::Cell(best) == truth;
            for (Accuracy *a : {&acc, &overall}) {
                ++a->choices;
                a->correct += right;
                a->baselineCorrect += baseRight;
                if (contested) {
                    ++a->contestedChoices;
                    a->contestedCorrect += right;
                    a->contestedBaselineCorrect += baseRight;
                }
            }
        }
    }
    QList<Accuracy> out = bySession.values();
    out << overall;
    return out;
}

} // namespace Plenipo
