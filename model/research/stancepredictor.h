// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/stance.h"
#include "core/stateset.h"
#include "research/agreementmatrix.h"
#include "research/votematrix.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Plenipo {

class Workspace;

// Likely stances of states that have said nothing: a state's likely choice is the weighted
// majority of the recorded choices of the states that vote most like it (its nearest neighbours
// in an AgreementMatrix over a chosen set of related votes), weighted by agreement squared. The
// confidence is the winning choice's share of the weight. A prediction is never a position: it
// is not stored, and consensus, coalitions and exports never see it (they read positions only).
//
// leaveOneOut() measures it honestly: each recorded choice of each vote is predicted from the
// other states' choices on that vote, with the agreement computed without that vote, and
// compared with the baseline of the state's regional group majority (the group's other members).
class StancePredictor
{
public:
    struct Options
    {
        int neighbours = 10;    // nearest states with a recorded choice on the target
        int minCommonVotes = 5; // a neighbour must share at least this many votes
    };
    struct Prediction
    {
        QString iso3;
        VoteMatrix::Cell choice = VoteMatrix::Absent; // Yes, No or Abstain
        double confidence = 0;                        // 0..1
        int basis = 0;                                // neighbours it rests on
    };
    struct Accuracy
    {
        QString range;   // "session 74", "overall" (a key, English)
        int session = 0; // the session, 0 for "overall"
        int votes = 0;   // recorded votes in the range
        int choices = 0; // recorded choices predicted (yes, no, abstain)
        int correct = 0; // the prediction was the recorded choice
        int baselineCorrect = 0;
        int contestedChoices = 0; // choices on votes where at least 10% voted no
        int contestedCorrect = 0;
        int contestedBaselineCorrect = 0;
        double accuracy() const { return choices ? double(correct) / choices : 0; }
        double baseline() const { return choices ? double(baselineCorrect) / choices : 0; }
    };

    StancePredictor(const AgreementMatrix &agreement, Options options);
    explicit StancePredictor(const AgreementMatrix &agreement);

    // The likely choice of `iso3` from `known` (ISO3 -> Yes/No/Abstain of the states with a
    // recorded choice); nullopt when no neighbour qualifies.
    std::optional<Prediction> predict(const QString &iso3,
                                      const QHash<QString, VoteMatrix::Cell> &known) const;

    // Stances <-> choices: supports and can accept are yes, objects no, reservation abstain;
    // "no position" is no choice.
    static std::optional<VoteMatrix::Cell> choiceOf(Stance stance);
    static Stance stanceOf(VoteMatrix::Cell choice);

    // The recorded choices somewhere: `known` (ISO3 -> Yes/No/Abstain) and every state that
    // spoke there (`spoken`, also those whose stance is no choice, "no position").
    struct Choices
    {
        QHash<QString, VoteMatrix::Cell> known;
        QSet<QString> spoken;
        bool fromVote = false; // a document's, read from its recorded vote
    };
    // On a clause (alternative empty) or one of its alternatives.
    static Choices clauseChoices(const Workspace &workspace, qint64 clauseId,
                                 const QString &alternative);
    // On a document as a whole: its recorded vote when it has one (absent: no choice); otherwise
    // read from the positions on its clauses (whole clauses, not alternatives): an objection to
    // any clause is "against", else a reservation on any is "abstaining", else support or
    // acceptance of any is "in favour".
    static Choices documentChoices(const Workspace &workspace, qint64 documentId);
    // The likely choices of the `members` who did not speak, from `choices`.
    QList<Prediction> predictSilent(const Workspace &workspace, const Choices &choices,
                                    const StateSet &members) const;
    // Shorthands: predictSilent() on clauseChoices() or documentChoices().
    QList<Prediction> predictClause(const Workspace &workspace, qint64 clauseId,
                                    const QString &alternative, const StateSet &members) const;
    QList<Prediction> predictDocument(const Workspace &workspace, qint64 documentId,
                                      const StateSet &members) const;

    // The likely stances on a clause (documentId 0), an alternative of it, or a document as a
    // whole (clauseId 0), for the members of the document's process (every state of `votes`
    // when it lists none), as the Research window and `plenipo votes --likely` show them.
    struct Silent
    {
        QStringList members;           // the members considered (ISO3)
        int spoken = 0;                // members with a recorded position or vote there
        QList<Prediction> predictions; // the silent members with a likely stance
        QStringList unpredicted;       // the silent members without one (no close state)
        bool nobodySpoke = false;      // no state at all spoke there: nothing to predict from
    };
    static Silent silentMembers(const Workspace &workspace, const VoteMatrix &votes,
                                const AgreementMatrix &agreement, qint64 documentId,
                                qint64 clauseId, const QString &alternative);

    // Leave-one-out over every vote of `votes`; `regionalGroup[i]` is state i's group code.
    // One Accuracy per session, then "overall".
    static QList<Accuracy> leaveOneOut(const VoteMatrix &votes, const QStringList &regionalGroup,
                                       Options options);

private:
    const AgreementMatrix &m_agreement;
    Options m_options;
    QHash<QString, int> m_index;
};

} // namespace Plenipo
