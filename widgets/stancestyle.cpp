// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stancestyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace Plenipo {

QColor StanceStyle::colour(std::optional<Stance> stance)
{
    if (!stance)
        return QColor(0xf7, 0xf7, 0xf7);
    switch (*stance) {
    case Stance::Supports:
        return QColor(0x1a, 0x98, 0x50);
    case Stance::CanAccept:
        return QColor(0xa6, 0xd9, 0x6a);
    case Stance::Reservation:
        return QColor(0xfd, 0xae, 0x61);
    case Stance::Objects:
        return QColor(0xd7, 0x30, 0x27);
    case Stance::NoPosition:
        return QColor(0xbd, 0xbd, 0xbd);
    }
    return {};
}

QColor StanceStyle::textColour(std::optional<Stance> stance)
{
    if (stance && (*stance == Stance::Supports || *stance == Stance::Objects))
        return Qt::white;
    return QColor(0x1f, 0x1f, 0x1f);
}

QColor StanceStyle::statusColour(ConsensusStatus status)
{
    switch (status) {
    case ConsensusStatus::Agreed:
        return QColor(0x1a, 0x98, 0x50);
    case ConsensusStatus::AgreedAdReferendum:
        return QColor(0x66, 0xbd, 0x63);
    case ConsensusStatus::Open:
        return QColor(0x45, 0x75, 0xb4);
    case ConsensusStatus::Contested:
        return QColor(0xfd, 0xae, 0x61);
    case ConsensusStatus::Blocked:
        return QColor(0xd7, 0x30, 0x27);
    }
    return {};
}

QColor StanceStyle::statusTextColour(ConsensusStatus status)
{
    return status == ConsensusStatus::Contested || status == ConsensusStatus::AgreedAdReferendum
               ? QColor(0x1f, 0x1f, 0x1f)
               : QColor(Qt::white);
}

QIcon StanceStyle::swatch(const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.setBrush(colour);
    painter.drawRect(0, 0, size - 1, size - 1);
    return QIcon(pixmap);
}

QString StanceStyle::label(std::optional<Stance> stance)
{
    return stance ? StanceText::label(*stance)
                  : QCoreApplication::translate("Plenipo::StanceStyle", "not recorded");
}

} // namespace Plenipo
