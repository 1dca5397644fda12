// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "research/votemap.h"

#include <QJsonArray>

#include <Eigen/Dense>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Plenipo {

VoteMap::VoteMap(const VoteMatrix &votes)
    : m_states(votes.states())
{
    const int n = votes.stateCount();
    const int m = votes.voteCount();
    m_points.fill(QPointF(), n);
    if (n < 2 || m < 1)
        return;
    Eigen::MatrixXd x(n, m);
    for (int j = 0; j < m; ++j) {
        double sum = 0;
        int present = 0;
        for (int i = 0; i < n; ++i) {
            const VoteMatrix::Cell c = votes.at(i, j);
            const double v = c == VoteMatrix::Yes ? 1.0 : c == VoteMatrix::Abstain ? 0.5 : 0.0;
            x(i, j) = v;
            if (c != VoteMatrix::Absent) {
                sum += v;
                ++present;
            }
        }
        const double mean = present ? sum / present : 0;
        for (int i = 0; i < n; ++i) {
            if (votes.at(i, j) == VoteMatrix::Absent)
                x(i, j) = mean;
            x(i, j) -= mean; // centred: a missed vote is exactly 0
        }
    }
    for (int i = 0; i < n; ++i) {
        bool any = false;
        for (int j = 0; j < m && !any; ++j)
            any = votes.at(i, j) != VoteMatrix::Absent;
        if (!any)
            m_silent << m_states[i];
    }
    const Eigen::MatrixXd gram = x * x.transpose();
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(gram);
    if (solver.info() != Eigen::Success)
        return;
    const double total = gram.trace();
    // Eigenvalues ascending: the last two are the first and second components.
    for (int axis = 0; axis < 2 && axis < n; ++axis) {
        const int k = n - 1 - axis;
        const double lambda = std::max(0.0, solver.eigenvalues()(k));
        Eigen::VectorXd v = solver.eigenvectors().col(k);
        Eigen::Index far = 0;
        v.cwiseAbs().maxCoeff(&far);
        if (v(far) < 0)
            v = -v;
        const double scale = std::sqrt(lambda);
        for (int i = 0; i < n; ++i) {
            if (axis == 0)
                m_points[i].setX(v(i) * scale);
            else
                m_points[i].setY(v(i) * scale);
        }
        m_explained[axis] = total > 0 ? lambda / total : 0;
    }
}

QJsonObject VoteMap::toJson() const
{
    QJsonArray states;
    for (int i = 0; i < m_states.size(); ++i)
        states.append(QJsonObject{{u"iso3"_s, m_states[i]},
                                  {u"x"_s, std::round(m_points[i].x() * 10000) / 10000},
                                  {u"y"_s, std::round(m_points[i].y() * 10000) / 10000}});
    return QJsonObject{{u"states"_s, states},
                       {u"explained"_s, QJsonArray{m_explained[0], m_explained[1]}},
                       {u"withoutVotes"_s, QJsonArray::fromStringList(m_silent)}};
}

QByteArray VoteMap::toCsv() const
{
    QByteArray out = "iso3,x,y\r\n";
    for (int i = 0; i < m_states.size(); ++i)
        out += m_states[i].toUtf8() + ',' + QByteArray::number(m_points[i].x(), 'f', 4) + ',' +
               QByteArray::number(m_points[i].y(), 'f', 4) + "\r\n";
    return out;
}

} // namespace Plenipo
