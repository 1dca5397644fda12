// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "supportmatrixdelegate.h"

#include "stancestyle.h"
#include "storage/stancematrix.h"
#include "supportmatrixmodel.h"

#include <QPainter>
#include <QPolygon>

namespace Plenipo {

SupportMatrixDelegate::SupportMatrixDelegate(QObject *parent)
    : StanceDelegate(parent)
{
    for (int b = 0; b < int(m_fill.size()); ++b)
        m_fill[b] = StanceStyle::colour(StanceMatrix::decode(quint8(b)));
}

void SupportMatrixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    using M = SupportMatrixModel;
    const quint32 cell = index.data(M::CellRole).toUInt();
    const QRect r = option.rect;
    // A one-pixel gap to the right and below is the grid.
    const QRect box = r.adjusted(0, 0, -1, -1);
    const quint32 byte = cell & M::StanceMask;
    painter->fillRect(box, m_fill[byte < m_fill.size() ? byte : 0]);

    if (cell & (M::AltObjection | M::AltReservation)) {
        const int s = qMax(5, box.height() / 2);
        const QPoint corner = box.topRight() + QPoint(1, 0);
        const QPoint points[3] = {corner, corner - QPoint(s, 0), corner + QPoint(0, s)};
        painter->setPen(Qt::NoPen);
        painter->setBrush((cell & M::AltObjection)
                              ? StanceStyle::colour(Stance::Objects).darker(140)
                              : StanceStyle::colour(Stance::Reservation).darker(125));
        painter->drawConvexPolygon(points, 3);
    }
    if (cell & M::Blocker) {
        painter->setPen(QPen(StanceStyle::blockerColour(), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box.adjusted(1, 1, -1, -1));
    }
    if (cell & M::WhatIfStance) {
        painter->setPen(QPen(StanceStyle::whatIfColour(), 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box.adjusted(1, 1, -1, -1));
    }
    // Text identity (issue 10): an amber dot for an outdated position, a dark ring for an
    // orphaned one, in the bottom-left corner.
    if (cell & (M::Outdated | M::Orphaned)) {
        const int d = qMax(4, box.height() / 3);
        const QRect mark(box.left() + 2, box.bottom() - d - 1, d, d);
        painter->setRenderHint(QPainter::Antialiasing, true);
        if (cell & M::Outdated) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xd0, 0x8a, 0x00));
            painter->drawEllipse(mark);
        }
        if (cell & M::Orphaned) {
            painter->setPen(QPen(QColor(0x30, 0x30, 0x30), 1.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(mark.adjusted(-1, -1, 1, 1));
        }
        painter->setRenderHint(QPainter::Antialiasing, false);
    }
    if (cell & M::GroupStart) {
        painter->fillRect(QRect(r.left(), r.top(), r.width(), 2), QColor(0x40, 0x40, 0x40));
    }
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.highlight().color(), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box.adjusted(1, 1, -1, -1));
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.text().color(), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box);
    }
}

QSize SupportMatrixDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    Q_UNUSED(index);
    const int h = option.fontMetrics.height() + 4;
    return QSize(h + 4, h);
}

} // namespace Plenipo
