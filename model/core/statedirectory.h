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
//
// Observer states (State::unMember false: the Holy See, the State of Palestine) are known to the
// directory as observers: byIso3() and resolve() find them (they sponsor drafts, and speak for
// groups), but they are kept apart from states(), so that nothing that counts, lists or votes
// over the states (the 193, processes of every UN member, consensus, recorded votes, the stance
// matrix) ever includes them.
class StateDirectory
{
public:
    StateDirectory() = default;
    // Members and observers in any order; each list keeps the order given.
    explicit StateDirectory(const QList<State> &states);

    // The UN member states (never an observer).
    const QList<State> &states() const { return m_states; }
    qsizetype size() const { return m_states.size(); }
    // The observer states.
    const QList<State> &observers() const { return m_observers; }
    // Members, then observers (to build a new directory from this one).
    QList<State> all() const { return m_states + m_observers; }

    // Exact ISO3 code (case-insensitive) of a member or observer, or nullptr.
    const State *byIso3(QStringView iso3) const;
    // ISO3 code, short or official name, or alias of a member or observer; nullptr when nothing
    // matches.
    const State *resolve(QStringView nameOrCode) const;
    bool isObserver(QStringView iso3) const
    {
        const State *s = byIso3(iso3);
        return s && !s->unMember;
    }
    // Names that resolve to more than one state (data errors), as "name: ISO1, ISO2".
    const QStringList &ambiguities() const { return m_ambiguities; }

private:
    // Index i < m_states.size() is m_states[i], else m_observers[i - m_states.size()].
    const State &at(qsizetype i) const
    {
        return i < m_states.size() ? m_states[i] : m_observers[i - m_states.size()];
    }

    QList<State> m_states;
    QList<State> m_observers;
    QHash<QString, qsizetype> m_byIso3;
    QHash<QString, qsizetype> m_byName; // folded name -> index
    QStringList m_ambiguities;
};

} // namespace Plenipo
