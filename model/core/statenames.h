// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/state.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Plenipo {

// The names of the states in the six UN languages (short and official), keyed by ISO3 code,
// from the bundled `state-names-un-languages.csv` (columns iso3, then LANG_common and
// LANG_official for en ar zh fr ru es; derived from the mledoze/countries data set, ODbL 1.0,
// and reviewed: see resources/data/README.md). Workspaces keep their own English names; this
// table gives the other languages, for display, exports and the alias lookup.
class StateNames
{
public:
    struct Names
    {
        QString common;
        QString official;
    };

    StateNames() = default;
    // Reads a table in the bundled format; throws Error(Invalid) naming the file and line.
    static StateNames fromCsv(const QString &path);
    // The bundled table (read once).
    static const StateNames &bundled();

    bool isEmpty() const { return m_names.isEmpty(); }
    qsizetype size() const { return m_names.size(); }
    QStringList iso3Codes() const { return m_names.keys(); }
    // The names of `iso3` in `language` (empty when the table does not have them).
    Names names(const QString &iso3, const QString &language) const;
    // Every name of `iso3` in every language (for the alias lookup).
    QStringList allNames(const QString &iso3) const;

    // The short name to show for `state` in `language`: the workspace's own name in English
    // (it carries the UN's usage, "Türkiye"), else the bundled name, else the workspace's.
    static QString shortName(const State &state, const QString &language);
    // The same in the interface language (Language::current()).
    static QString display(const State &state);
    // The official name in `language` / in the interface language, the same way.
    static QString officialName(const State &state, const QString &language);
    static QString displayOfficial(const State &state);

private:
    QHash<QString, QHash<QString, Names>> m_names; // iso3 -> language -> names
};

} // namespace Plenipo
