// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/stateset.h"

#include <bit>

namespace Plenipo {

StateSet::StateSet(int size)
    : m_size(size)
{
    m_words.resize((size + 63) / 64);
    std::fill(m_words.begin(), m_words.end(), 0);
}

StateSet StateSet::full(int size)
{
    StateSet s(size);
    std::fill(s.m_words.begin(), s.m_words.end(), ~quint64(0));
    if (size % 64)
        s.m_words.back() = (quint64(1) << (size % 64)) - 1;
    return s;
}

void StateSet::insert(int index)
{
    if (index >= 0 && index < m_size)
        m_words[index >> 6] |= quint64(1) << (index & 63);
}

void StateSet::remove(int index)
{
    if (index >= 0 && index < m_size)
        m_words[index >> 6] &= ~(quint64(1) << (index & 63));
}

int StateSet::count() const
{
    int n = 0;
    for (quint64 w : m_words)
        n += std::popcount(w);
    return n;
}

bool StateSet::isEmpty() const
{
    for (quint64 w : m_words) {
        if (w)
            return false;
    }
    return true;
}

bool StateSet::isSubsetOf(const StateSet &other) const
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const quint64 o = i < other.m_words.size() ? other.m_words[i] : 0;
        if (m_words[i] & ~o)
            return false;
    }
    return true;
}

bool StateSet::intersects(const StateSet &other) const
{
    const qsizetype n = std::min(m_words.size(), other.m_words.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (m_words[i] & other.m_words[i])
            return true;
    }
    return false;
}

QList<int> StateSet::indices() const
{
    QList<int> out;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        quint64 w = m_words[i];
        while (w) {
            out << int(i * 64 + std::countr_zero(w));
            w &= w - 1;
        }
    }
    return out;
}

int StateSet::first() const
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (m_words[i])
            return int(i * 64 + std::countr_zero(m_words[i]));
    }
    return -1;
}

StateSet &StateSet::operator&=(const StateSet &other)
{
    for (qsizetype i = 0; i < m_words.size(); ++i)
        m_words[i] &= i < other.m_words.size() ? other.m_words[i] : 0;
    return *this;
}

StateSet &StateSet::operator|=(const StateSet &other)
{
    const qsizetype n = std::min(m_words.size(), other.m_words.size());
    for (qsizetype i = 0; i < n; ++i)
        m_words[i] |= other.m_words[i];
    return *this;
}

StateSet &StateSet::operator-=(const StateSet &other)
{
    const qsizetype n = std::min(m_words.size(), other.m_words.size());
    for (qsizetype i = 0; i < n; ++i)
        m_words[i] &= ~other.m_words[i];
    return *this;
}

bool StateSet::operator==(const StateSet &other) const
{
    if (m_size != other.m_size)
        return false;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (m_words[i] != other.m_words[i])
            return false;
    }
    return true;
}

} // namespace Plenipo
