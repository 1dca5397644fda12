// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace Plenipo {

// A UN member state (or observer). `iso3` (ISO 3166-1 alpha-3) is the key everywhere.
struct State
{
    qint64 id = 0;
    QString iso3;
    QString name;          // short name, e.g. "Türkiye"
    QString officialName;  // e.g. "Republic of Türkiye"
    QString regionalGroup; // code of its UN regional group (a Group of kind Regional), e.g. "WEOG"
    QStringList aliases;   // other names: UN upper-case styles, historic names
    bool unMember = true;  // false: observer state
};

} // namespace Plenipo
