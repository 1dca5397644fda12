// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/position.h"

#include <QList>

namespace Plenipo {

// Positions on one clause or alternative that share their stance and every detail (source,
// note, visibility, revision, author, time): what Workspace::positionGroups() returns, so that a
// whole document's positions read without a row per state.
struct PositionGroup
{
    Position shared;   // clause, alternative, stance and details; `id` 0 and `state` empty
    QList<int> states; // indices into Workspace::stateOrder(), ascending
};

} // namespace Plenipo
