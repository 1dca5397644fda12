// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QMap>
#include <QString>

namespace Plenipo {

// A recorded vote on a whole document (a UN resolution adopted by recorded vote), kept as the
// vote it is: every state's yes, no, abstention or absence. The per-paragraph positions an
// import derives from it are a separate, editable record; this one is what research (voting
// alignment, likely stances) reads.
struct RecordedVote
{
    enum class Choice : quint8
    {
        Yes = 1,
        No = 2,
        Abstain = 3,
        Absent = 4, // a UN member state not listed in any count
    };

    qint64 id = 0;
    qint64 documentId = 0;
    QDate date;
    QString meeting;               // "A/74/PV.50"
    QMap<QString, Choice> choices; // ISO3 -> choice

    static QString key(Choice choice)
    {
        switch (choice) {
        case Choice::Yes:
            return QStringLiteral("yes");
        case Choice::No:
            return QStringLiteral("no");
        case Choice::Abstain:
            return QStringLiteral("abstain");
        case Choice::Absent:
            return QStringLiteral("absent");
        }
        return {};
    }
    int count(Choice choice) const
    {
        int n = 0;
        for (Choice c : choices)
            n += c == choice;
        return n;
    }
};

} // namespace Plenipo
