// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "research/agreementmatrix.h"

#include <QJsonArray>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Plenipo {

AgreementMatrix::AgreementMatrix(const VoteMatrix &votes)
    : m_states(votes.states())
    , m_votes(votes.voteCount())
{
    const int n = votes.stateCount();
    const int words = (votes.voteCount() + 63) / 64;
    // Bitsets per state: yes, no, abstain, present.
    std::vector<quint64> bits(size_t(n) * size_t(words) * 3, 0);
    auto word = [&](int state, int kind, int w) -> quint64 & {
        return bits[(size_t(state) * 3 + size_t(kind)) * size_t(words) + size_t(w)];
    };
    for (int j = 0; j < votes.voteCount(); ++j) {
        for (int i = 0; i < n; ++i) {
            const VoteMatrix::Cell c = votes.at(i, j);
            if (c != VoteMatrix::Absent)
                word(i, int(c) - 1, j / 64) |= quint64(1) << (j % 64);
        }
    }
    m_agreement.assign(size_t(n) * size_t(n), std::numeric_limits<double>::quiet_NaN());
    m_common.assign(size_t(n) * size_t(n), 0);
    for (int a = 0; a < n; ++a) {
        for (int b = a; b < n; ++b) {
            int same = 0;
            int opposite = 0;
            int common = 0;
            for (int w = 0; w < words; ++w) {
                const quint64 ya = word(a, 0, w), na = word(a, 1, w), aa = word(a, 2, w);
                const quint64 yb = word(b, 0, w), nb = word(b, 1, w), ab = word(b, 2, w);
                same += std::popcount(ya & yb) + std::popcount(na & nb) + std::popcount(aa & ab);
                opposite += std::popcount(ya & nb) + std::popcount(na & yb);
                common += std::popcount((ya | na | aa) & (yb | nb | ab));
            }
            const double value = common ? (same + 0.5 * (common - same - opposite)) / common
                                        : std::numeric_limits<double>::quiet_NaN();
            m_agreement[size_t(a) * size_t(n) + size_t(b)] = value;
            m_agreement[size_t(b) * size_t(n) + size_t(a)] = value;
            m_common[size_t(a) * size_t(n) + size_t(b)] = common;
            m_common[size_t(b) * size_t(n) + size_t(a)] = common;
        }
    }
}

QList<AgreementMatrix::Neighbour> AgreementMatrix::neighbours(int state, int minCommon) const
{
    QList<Neighbour> out;
    for (int b = 0; b < size(); ++b) {
        if (b == state || commonVotes(state, b) < std::max(0, minCommon))
            continue;
        out << Neighbour{m_states[b], agreement(state, b), commonVotes(state, b)};
    }
    std::sort(out.begin(), out.end(), [](const Neighbour &x, const Neighbour &y) {
        // No vote in common (NaN) after every agreement.
        const bool xn = std::isnan(x.agreement);
        const bool yn = std::isnan(y.agreement);
        if (xn != yn)
            return yn;
        if (!xn && x.agreement != y.agreement)
            return x.agreement > y.agreement;
        return x.iso3 < y.iso3;
    });
    return out;
}

QJsonObject AgreementMatrix::toJson() const
{
    QJsonArray rows;
    QJsonArray commons;
    for (int a = 0; a < size(); ++a) {
        QJsonArray row;
        QJsonArray common;
        for (int b = 0; b < size(); ++b) {
            const double v = agreement(a, b);
            row.append(std::isnan(v) ? QJsonValue() : QJsonValue(std::round(v * 10000) / 10000));
            common.append(commonVotes(a, b));
        }
        rows.append(row);
        commons.append(common);
    }
    return QJsonObject{{u"states"_s, QJsonArray::fromStringList(m_states)},
                       {u"agreement"_s, rows},
                       {u"commonVotes"_s, commons}};
}

QByteArray AgreementMatrix::toCsv() const
{
    QByteArray out = "state";
    for (const QString &s : m_states)
        out += ',' + s.toUtf8();
    out += "\r\n";
    for (int a = 0; a < size(); ++a) {
        out += m_states[a].toUtf8();
        for (int b = 0; b < size(); ++b) {
            out += ',';
            const double v = agreement(a, b);
            if (!std::isnan(v))
                out += QByteArray::number(v, 'f', 4);
        }
        out += "\r\n";
    }
    return out;
}

} // namespace Plenipo
