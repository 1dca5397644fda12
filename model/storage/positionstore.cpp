// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/positionstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

void PositionStore::clear()
{
    *this = PositionStore();
}

void PositionStore::setStates(QList<std::pair<qint64, QString>> byRowId)
{
    std::sort(byRowId.begin(), byRowId.end());
    m_stateOrder.clear();
    m_rowOfIndex.clear();
    m_stateIndex.clear();
    m_indexOfRow.clear();
    for (const auto &[id, iso] : std::as_const(byRowId)) {
        const int index = int(m_stateOrder.size());
        m_stateIndex.insert(iso, index);
        m_indexOfRow.insert(id, index);
        m_stateOrder << iso;
        m_rowOfIndex << id;
    }
    m_stances.setStateCount(int(m_stateOrder.size()));
}

int PositionStore::stateIndex(QStringView iso3) const
{
    // Exact ISO3 first (the common case, without making a string); then any case.
    if (const auto it = m_stateIndex.constFind(iso3); it != m_stateIndex.cend())
        return *it;
    return m_stateIndex.value(iso3.toString().toUpper(), -1);
}

qint64 PositionStore::stateRowAt(int index) const
{
    return index >= 0 && index < m_rowOfIndex.size() ? m_rowOfIndex.at(index) : 0;
}

QStringList PositionStore::iso3(const StateSet &states) const
{
    QStringList out;
    for (int i : states.indices()) {
        if (i < m_stateOrder.size())
            out << m_stateOrder.at(i);
    }
    return out;
}

void PositionStore::setDetailRevision(qint64 detailId, qint64 revisionId)
{
    m_detailRevision.insert(detailId, revisionId);
}

void PositionStore::forgetRevision(qint64 revisionId)
{
    for (auto d = m_detailRevision.begin(); d != m_detailRevision.end(); ++d) {
        if (d.value() == revisionId)
            d.value() = 0;
    }
}

bool PositionStore::isOutdated(qint64 clauseId, QStringView alternative, int state,
                               qint64 currentRevision) const
{
    if (!m_stances.hasPosition(clauseId, alternative, state))
        return false;
    const QList<qint64> ids = m_stances.detailIds(clauseId, alternative);
    const qint64 detail = state < ids.size() ? ids[state] : 0;
    return detailRevision(detail) != currentRevision;
}

StateSet PositionStore::outdatedStates(qint64 clauseId, QStringView alternative,
                                       qint64 currentRevision) const
{
    StateSet out(stateCount());
    const QByteArray stances = m_stances.vector(clauseId, alternative);
    const QList<qint64> ids = m_stances.detailIds(clauseId, alternative);
    for (int state = 0; state < stances.size() && state < out.size(); ++state) {
        if (!stances[state])
            continue;
        const qint64 detail = state < ids.size() ? ids[state] : 0;
        if (detailRevision(detail) != currentRevision)
            out.insert(state);
    }
    return out;
}

StateSet PositionStore::outdatedStates(qint64 clauseId, qint64 currentRevision) const
{
    StateSet out(stateCount());
    for (const QString &alternative : m_stances.alternatives(clauseId))
        out |= outdatedStates(clauseId, alternative, currentRevision);
    return out;
}

void PositionStore::setOrphanedStates(qint64 clauseId, QList<int> states)
{
    if (states.isEmpty()) {
        m_orphaned.remove(clauseId);
        return;
    }
    std::sort(states.begin(), states.end());
    states.erase(std::unique(states.begin(), states.end()), states.end());
    m_orphaned.insert(clauseId, states);
}

void PositionStore::removeClause(qint64 clauseId)
{
    m_stances.removeClause(clauseId);
    m_orphaned.remove(clauseId);
}

QString PositionStore::invariantProblem() const
{
    if (m_stances.stateCount() != stateCount())
        return u"the matrix counts %1 states, the order %2"_s.arg(m_stances.stateCount())
            .arg(stateCount());
    for (int i = 0; i < m_stateOrder.size(); ++i) {
        if (m_stateIndex.value(m_stateOrder[i], -1) != i)
            return u"state %1 is at %2 of the order but indexed %3"_s.arg(m_stateOrder[i])
                .arg(i)
                .arg(m_stateIndex.value(m_stateOrder[i], -1));
        if (m_indexOfRow.value(m_rowOfIndex[i], -1) != i)
            return u"row %1 is at %2 of the order"_s.arg(m_rowOfIndex[i]).arg(i);
        if (i > 0 && m_rowOfIndex[i - 1] >= m_rowOfIndex[i])
            return u"the order is not by ascending row id at %1"_s.arg(i);
    }
    if (m_stateIndex.size() != m_stateOrder.size())
        return u"%1 states indexed, %2 in the order"_s.arg(m_stateIndex.size())
            .arg(m_stateOrder.size());
    for (auto it = m_orphaned.cbegin(); it != m_orphaned.cend(); ++it) {
        for (int s : *it) {
            if (s < 0 || s >= stateCount())
                return u"clause %1 has an orphaned position of state %2, out of the order"_s
                    .arg(it.key())
                    .arg(s);
        }
    }
    return {};
}

} // namespace Plenipo
