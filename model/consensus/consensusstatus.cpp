// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "consensus/consensusstatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Plenipo::ConsensusStatusText {

QString key(ConsensusStatus status)
{
    switch (status) {
    case ConsensusStatus::Agreed:
        return u"agreed"_s;
    case ConsensusStatus::AgreedAdReferendum:
        return u"agreed-ad-referendum"_s;
    case ConsensusStatus::Open:
        return u"open"_s;
    case ConsensusStatus::Contested:
        return u"contested"_s;
    case ConsensusStatus::Blocked:
        break;
    }
    return u"blocked"_s;
}

QString label(ConsensusStatus status)
{
    switch (status) {
    case ConsensusStatus::Agreed:
        return QCoreApplication::translate("Plenipo::ConsensusStatus", "agreed");
    case ConsensusStatus::AgreedAdReferendum:
        return QCoreApplication::translate("Plenipo::ConsensusStatus", "agreed ad referendum");
    case ConsensusStatus::Open:
        return QCoreApplication::translate("Plenipo::ConsensusStatus", "open");
    case ConsensusStatus::Contested:
        return QCoreApplication::translate("Plenipo::ConsensusStatus", "contested");
    case ConsensusStatus::Blocked:
        break;
    }
    return QCoreApplication::translate("Plenipo::ConsensusStatus", "blocked");
}

std::optional<ConsensusStatus> fromKey(QStringView text)
{
    const QString k = text.trimmed().toString().toLower().replace(u' ', u'-');
    for (ConsensusStatus s : allConsensusStatuses) {
        if (k == key(s))
            return s;
    }
    return std::nullopt;
}

} // namespace Plenipo::ConsensusStatusText
