// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QVarLengthArray>

namespace Plenipo {

// A set of states as a bitset over the workspace's state order (Workspace::stateOrder(): states
// by ascending row id, the order of the bytes in a stance vector). Cheap to copy for up to 256
// states (no allocation); the consensus engine and the coalition analysis work on these, and
// Workspace::iso3(const StateSet &) turns one into ISO3 codes.
//
// Two sets combined with &, |, - must have the same universe size().
class StateSet
{
public:
    StateSet() = default;
    // The empty set over `size` states.
    explicit StateSet(int size);
    // Every state of a universe of `size`.
    static StateSet full(int size);

    int size() const { return m_size; } // the universe, not the number of members (count())
    bool contains(int index) const
    {
        return index >= 0 && index < m_size && (m_words[index >> 6] >> (index & 63)) & 1u;
    }
    void insert(int index);
    void remove(int index);
    int count() const;
    bool isEmpty() const;
    bool isSubsetOf(const StateSet &other) const;
    bool intersects(const StateSet &other) const;
    // The member indices in ascending order.
    QList<int> indices() const;
    // The lowest member index, or -1.
    int first() const;

    StateSet &operator&=(const StateSet &other);
    StateSet &operator|=(const StateSet &other);
    StateSet &operator-=(const StateSet &other); // set difference
    friend StateSet operator&(StateSet a, const StateSet &b) { return a &= b; }
    friend StateSet operator|(StateSet a, const StateSet &b) { return a |= b; }
    friend StateSet operator-(StateSet a, const StateSet &b) { return a -= b; }
    bool operator==(const StateSet &other) const;

private:
    int m_size = 0;
    QVarLengthArray<quint64, 4> m_words;
};

} // namespace Plenipo
