// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

namespace Plenipo {

// The legend of the support matrix and the coalition view: a swatch per stance, the cell
// marks (objection or reservation on an alternative, blocking objection, what-if stance) and
// the colours of the clause statuses in the column headers. Entries wrap to the width.
class StanceLegend : public QWidget
{
    Q_OBJECT

public:
    enum Part
    {
        Stances = 0x1,
        Marks = 0x2,
        Statuses = 0x4,
    };
    explicit StanceLegend(int parts = Stances | Marks | Statuses, QWidget *parent = nullptr);

    // The entries' labels, in order (for tests and accessibility).
    QStringList labels() const;
};

} // namespace Plenipo
