// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace Plenipo {

// A named set of states: a UN regional group, a political group (EU, NATO, SCO...), or a
// coalition of like-minded states (the 2019 Joint Statement, user-defined ones).
struct StateGroup
{
    enum class Kind
    {
        Regional,
        Political,
        Coalition
    };

    qint64 id = 0;
    QString code; // "WEOG", "EU", "JS2019"
    QString name;
    Kind kind = Kind::Political;
    QString description;
    QStringList members; // ISO3 codes, sorted
};

} // namespace Plenipo
