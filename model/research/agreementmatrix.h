// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "research/votematrix.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <vector>

namespace Plenipo {

// How often every pair of states votes alike over a VoteMatrix: per vote both took part in, 1
// when they vote the same (both abstaining included), 0.5 when one abstains and the other votes
// yes or no, 0 when one votes yes and the other no; a vote one of them missed is left out. The
// agreement is the mean over those votes, NaN when they share none.
//
// Each state's choices are kept as bitsets over the votes (yes, no, abstain), so a pair costs a
// few popcounts per 64 votes: 193 states over 650 votes take well under a millisecond.
class AgreementMatrix
{
public:
    struct Neighbour
    {
        QString iso3;
        double agreement = 0;
        int commonVotes = 0;
    };

    AgreementMatrix() = default;
    explicit AgreementMatrix(const VoteMatrix &votes);

    int size() const { return int(m_states.size()); }
    int voteCount() const { return m_votes; }
    const QStringList &states() const { return m_states; }
    double agreement(int a, int b) const
    {
        return m_agreement[size_t(a) * m_states.size() + size_t(b)];
    }
    int commonVotes(int a, int b) const
    {
        return m_common[size_t(a) * m_states.size() + size_t(b)];
    }
    // The other states by agreement with `state`, highest first (ties by ISO3), leaving out those
    // with fewer than `minCommon` shared votes. With `minCommon` 0 every other state is listed:
    // those with no vote in common (agreement NaN, commonVotes 0) come last, by ISO3.
    QList<Neighbour> neighbours(int state, int minCommon = 1) const;

    // {"states": [...], "agreement": [[...]...], "commonVotes": [[...]...]} (NaN as null).
    QJsonObject toJson() const;
    // A header row "state,AFG,AGO,..." then one row per state; an empty cell for no shared vote.
    QByteArray toCsv() const;

private:
    QStringList m_states;
    int m_votes = 0;
    std::vector<double> m_agreement;
    std::vector<int> m_common;
};

} // namespace Plenipo
