// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/stance.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Plenipo::StanceText {

QString key(Stance stance)
{
    switch (stance) {
    case Stance::Supports:
        return u"supports"_s;
    case Stance::CanAccept:
        return u"can-accept"_s;
    case Stance::Reservation:
        return u"reservation"_s;
    case Stance::Objects:
        return u"objects"_s;
    case Stance::NoPosition:
        break;
    }
    return u"none"_s;
}

QString label(Stance stance)
{
    switch (stance) {
    case Stance::Supports:
        return QCoreApplication::translate("Plenipo::Stance", "supports");
    case Stance::CanAccept:
        return QCoreApplication::translate("Plenipo::Stance", "can accept");
    case Stance::Reservation:
        return QCoreApplication::translate("Plenipo::Stance", "reservation");
    case Stance::Objects:
        return QCoreApplication::translate("Plenipo::Stance", "objects");
    case Stance::NoPosition:
        break;
    }
    return QCoreApplication::translate("Plenipo::Stance", "no position");
}

std::optional<Stance> fromKey(QStringView text)
{
    const QString k = text.trimmed().toString().toLower().replace(u' ', u'-');
    for (Stance s : allStances) {
        if (k == key(s))
            return s;
    }
    if (k == u"no-position")
        return Stance::NoPosition;
    return std::nullopt;
}

} // namespace Plenipo::StanceText
