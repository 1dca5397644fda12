// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "consensus/whatif.h"

#include "core/error.h"
#include "storage/stancematrix.h"
#include "storage/workspace.h"

using namespace Qt::StringLiterals;

namespace Plenipo {

WhatIf::WhatIf(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{}

void WhatIf::setStance(const QString &iso3, qint64 clauseId, const QString &alternative,
                       Stance stance)
{
    const int state = m_workspace.stateIndex(iso3);
    if (state < 0)
        throw Error(Error::Kind::Invalid, tr("unknown state '%1'").arg(iso3));
    if (!m_workspace.clause(clauseId))
        throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(clauseId));
    QList<Override> &list = m_overrides[clauseId];
    for (Override &o : list) {
        if (o.state == state && o.alternative == alternative) {
            o.stance = stance;
            Q_EMIT changed(clauseId);
            return;
        }
    }
    list << Override{alternative, state, stance};
    Q_EMIT changed(clauseId);
}

void WhatIf::remove(const QString &iso3, qint64 clauseId, const QString &alternative)
{
    const int state = m_workspace.stateIndex(iso3);
    auto it = m_overrides.find(clauseId);
    if (it == m_overrides.end())
        return;
    const auto removed = it->removeIf(
        [&](const Override &o) { return o.state == state && o.alternative == alternative; });
    if (it->isEmpty())
        m_overrides.erase(it);
    if (removed)
        Q_EMIT changed(clauseId);
}

void WhatIf::discard()
{
    const QList<qint64> ids = m_overrides.keys();
    m_overrides.clear();
    for (qint64 id : ids)
        Q_EMIT changed(id);
    Q_EMIT discarded();
}

int WhatIf::size() const
{
    int n = 0;
    for (const QList<Override> &list : m_overrides)
        n += int(list.size());
    return n;
}

std::optional<Stance> WhatIf::stance(qint64 clauseId, QStringView alternative, int state) const
{
    auto it = m_overrides.constFind(clauseId);
    if (it == m_overrides.cend())
        return std::nullopt;
    for (const Override &o : *it) {
        if (o.state == state && o.alternative == alternative)
            return o.stance;
    }
    return std::nullopt;
}

void WhatIf::apply(qint64 clauseId, QStringView alternative, QByteArray &vector) const
{
    auto it = m_overrides.constFind(clauseId);
    if (it == m_overrides.cend())
        return;
    for (const Override &o : *it) {
        if (o.alternative != alternative)
            continue;
        if (vector.size() <= o.state)
            vector.append(QByteArray(o.state + 1 - vector.size(), '\0'));
        vector[o.state] = char(StanceMatrix::encode(o.stance));
    }
}

QList<Position> WhatIf::takePositions()
{
    if (m_overrides.isEmpty())
        return {};
    QList<Position> positions;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        // Keep the details of the saved positions: read each clause once.
        QHash<std::pair<QString, QString>, Position> saved;
        for (const Position &p : m_workspace.positions(it.key()))
            saved.insert({p.state, p.alternative}, p);
        for (const Override &o : *it) {
            const QString iso = m_workspace.stateOrder().at(o.state);
            Position p = saved.value({iso, o.alternative});
            p.id = 0;
            p.clauseId = it.key();
            p.state = iso;
            p.alternative = o.alternative;
            p.stance = o.stance;
            p.revisionId = 0; // the current revision
            positions << p;
        }
    }
    discard();
    return positions;
}

} // namespace Plenipo
