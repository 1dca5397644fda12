// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "research/votematrix.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QStringList>

namespace Plenipo {

// The states on a plane from their votes: the first two principal components of the state x
// vote matrix (yes 1, abstain 0.5, no 0; a vote the state missed takes the mean of those who
// voted, so it pulls no way), computed with Eigen from the states' Gram matrix. Each axis says
// the share of the variance it explains. The signs are fixed (the state farthest along an axis
// is on its positive side) so the same votes give the same picture.
class VoteMap
{
public:
    VoteMap() = default;
    explicit VoteMap(const VoteMatrix &votes);

    const QStringList &states() const { return m_states; }
    const QList<QPointF> &points() const { return m_points; }
    // Share of the variance explained by the first and second axes (0..1).
    double explainedX() const { return m_explained[0]; }
    double explainedY() const { return m_explained[1]; }
    // States that took part in none of the votes (placed at the origin).
    const QStringList &withoutVotes() const { return m_silent; }

    // {"states": [{"iso3", "x", "y"}...], "explained": [x, y]}
    QJsonObject toJson() const;
    QByteArray toCsv() const; // iso3,x,y

private:
    QStringList m_states;
    QList<QPointF> m_points;
    double m_explained[2] = {0, 0};
    QStringList m_silent;
};

} // namespace Plenipo
