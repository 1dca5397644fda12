// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace Plenipo {

// A negotiating process: a GGE round (fixed membership), an OEWG (open to all UN member states),
// a coalition or initiative of like-minded states.
struct Process
{
    enum class Kind
    {
        Gge,
        Oewg,
        Initiative,
        Coalition,
        Other
    };

    qint64 id = 0;
    QString code; // "GGE-2014-15"
    QString name; // "GGE (2014-15)"
    Kind kind = Kind::Other;
    int startYear = 0;
    int endYear = 0;
    QString chair;
    QString outcome;
    QString note;
    bool allUnMembers = false; // true: membership is every UN member state
    QStringList members;       // ISO3 codes, sorted; empty when allUnMembers
};

} // namespace Plenipo
