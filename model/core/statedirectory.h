// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/state.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Plenipo {

// The states of a workspace with a lookup that resolves ISO3 codes and any name or alias,
// case-, accent- and punctuation-insensitively.
class StateDirectory
{
public:
    StateDirectory() = default;
    explicit StateDirectory(QList<State> states);

    const QList<State> &states() const { return m_states; }
    qsizetype size() const { return m_states.size(); }

    // Exact ISO3 code (case-insensitive), or nullptr.
    const State *byIso3(QStringView iso3) const;
    // ISO3 code, short or official name, or alias; nullptr when nothing matches.
    const State *resolve(QStringView nameOrCode) const;
    // Names that resolve to more than one state (data errors), as "name: ISO1, ISO2".
    const QStringList &ambiguities() const { return m_ambiguities; }

private:
    QList<State> m_states;
    QHash<QString, qsizetype> m_byIso3;
    QHash<QString, qsizetype> m_byName; // folded name -> index
    QStringList m_ambiguities;
};

} // namespace Plenipo
