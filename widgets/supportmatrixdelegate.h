// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "stancedelegate.h"

#include <QColor>
#include <array>

namespace Plenipo {

// Paints a support matrix cell directly (no per-cell widgets, one data() call): a square in
// the stance's colour, a corner triangle when the state objects to (red) or reserves on
// (orange) an alternative of the clause, a dark frame when its objection blocks the clause, a
// dashed purple frame for a temporary what-if stance, a line above the first state of each group.
// Editing in place is StanceDelegate's combo box.
class SupportMatrixDelegate : public StanceDelegate
{
    Q_OBJECT

public:
    explicit SupportMatrixDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    std::array<QColor, 6> m_fill; // by stance byte (StanceMatrix encoding)
};

} // namespace Plenipo
