// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>

namespace Plenipo {

// A text under negotiation or adopted: a report, a zero draft, a revision, a proposal...
struct Document
{
    enum class Kind
    {
        Report,
        ZeroDraft,
        Revision,
        Proposal,
        JointStatement,
        Resolution,
        Other
    };

    qint64 id = 0;
    QString symbol; // "A/70/174"
    QString title;
    Kind kind = Kind::Other;
    QDate date;
    qint64 processId = 0;     // 0: none
    qint64 predecessorId = 0; // 0: none (Rev.1 has the zero draft as predecessor)
};

} // namespace Plenipo
