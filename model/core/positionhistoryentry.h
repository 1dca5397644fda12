// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/position.h"

#include <QDateTime>
#include <QString>

namespace Plenipo {

// One earlier value of a position in its history: the value, who recorded it and when
// (previous.author, previous.modified), and who replaced or removed it and when.
struct PositionHistoryEntry
{
    Position previous;
    QString replacedBy;
    QDateTime replacedAt;
    bool removed = false; // the position was removed rather than replaced
};

} // namespace Plenipo
