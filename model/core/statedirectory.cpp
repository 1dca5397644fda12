// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/statedirectory.h"

#include "core/statenames.h"
#include "core/textnormalizer.h"

using namespace Qt::StringLiterals;

namespace Plenipo {

StateDirectory::StateDirectory(const QList<State> &states)
{
    for (const State &s : states)
        (s.unMember ? m_states : m_observers) << s;
    const auto add = [this](const QString &n, qsizetype i) {
        const QString key = TextNormalizer::foldName(n);
        if (key.isEmpty())
            return;
        auto it = m_byName.constFind(key);
        if (it != m_byName.cend() && *it != i) {
            m_ambiguities << u"%1: %2, %3"_s.arg(n, at(*it).iso3, at(i).iso3);
            return;
        }
        m_byName.insert(key, i);
    };
    const qsizetype count = m_states.size() + m_observers.size();
    for (qsizetype i = 0; i < count; ++i) {
        const State &s = at(i);
        m_byIso3.insert(s.iso3.toUpper(), i);
        QStringList names{s.name, s.officialName};
        names += s.aliases;
        for (const QString &n : std::as_const(names))
            add(n, i);
    }
    // Then the names in the six UN languages from the bundled table, so that a French, Arabic
    // or Russian name resolves in every workspace, including those made before the table.
    const StateNames &bundled = StateNames::bundled();
    for (qsizetype i = 0; i < count; ++i) {
        for (const QString &n : bundled.allNames(at(i).iso3))
            add(n, i);
    }
}

const State *StateDirectory::byIso3(QStringView iso3) const
{
    auto it = m_byIso3.constFind(iso3.toString().toUpper());
    return it == m_byIso3.cend() ? nullptr : &at(*it);
}

const State *StateDirectory::resolve(QStringView nameOrCode) const
{
    const QStringView t = nameOrCode.trimmed();
    if (t.size() == 3) {
        if (const State *s = byIso3(t))
            return s;
    }
    auto it = m_byName.constFind(TextNormalizer::foldName(t));
    return it == m_byName.cend() ? nullptr : &at(*it);
}

} // namespace Plenipo
