// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Plenipo {

// Identifies a position: one state on one clause or alternative.
struct PositionKey
{
    qint64 clauseId = 0;
    QString state;       // ISO3
    QString alternative; // empty: the whole clause
    bool operator==(const PositionKey &) const = default;
};

} // namespace Plenipo
