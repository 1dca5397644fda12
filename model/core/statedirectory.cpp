// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/statedirectory.h"

#include "core/statenames.h"
#include "core/textnormalizer.h"

using namespace Qt::StringLiterals;

namespace Plenipo {

StateDirectory::StateDirectory(QList<State> states)
    : m_states(std::move(states))
{
    const auto add = [this](const QString &n, qsizetype i) {
        const QString key = TextNormalizer::foldName(n);
        if (key.isEmpty())
            return;
        auto it = m_byName.constFind(key);
        if (it != m_byName.cend() && *it != i) {
            m_ambiguities << u"%1: %2, %3"_s.arg(n, m_states[*it].iso3, m_states[i].iso3);
            return;
        }
        m_byName.insert(key, i);
    };
    for (qsizetype i = 0; i < m_states.size(); ++i) {
        const State &s = m_states[i];
        m_byIso3.insert(s.iso3.toUpper(), i);
        QStringList names{s.name, s.officialName};
        names += s.aliases;
        for (const QString &n : std::as_const(names))
            add(n, i);
    }
    // Then the names in the six UN languages from the bundled table, so that a French, Arabic
    // or Russian name resolves in every workspace, including those made before the table.
    const StateNames &bundled = StateNames::bundled();
    for (qsizetype i = 0; i < m_states.size(); ++i) {
        for (const QString &n : bundled.allNames(m_states[i].iso3))
            add(n, i);
    }
}

const State *StateDirectory::byIso3(QStringView iso3) const
{
    auto it = m_byIso3.constFind(iso3.toString().toUpper());
    return it == m_byIso3.cend() ? nullptr : &m_states[*it];
}

const State *StateDirectory::resolve(QStringView nameOrCode) const
{
    const QStringView t = nameOrCode.trimmed();
    if (t.size() == 3) {
        if (const State *s = byIso3(t))
            return s;
    }
    auto it = m_byName.constFind(TextNormalizer::foldName(t));
    return it == m_byName.cend() ? nullptr : &m_states[*it];
}

} // namespace Plenipo
