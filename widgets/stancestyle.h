// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "consensus/consensusstatus.h"
#include "core/stance.h"

#include <QColor>
#include <QIcon>
#include <QString>

#include <optional>

namespace Plenipo {

// The colours of stances and consensus statuses, shared by the position panel, the support
// matrix, the coalition view and their legends, so a colour means the same thing everywhere.
// The palette follows ColorBrewer's RdYlGn scheme (green: supports, red: objects) with a grey
// for "no position" and the view's base colour for "not recorded"; text on each colour is
// chosen for contrast.
class StanceStyle
{
public:
    // `stance` empty: no position recorded.
    static QColor colour(std::optional<Stance> stance);
    static QColor textColour(std::optional<Stance> stance);
    static QColor statusColour(ConsensusStatus status);
    static QColor statusTextColour(ConsensusStatus status);
    // The frame drawn around a state whose objection blocks a clause.
    static QColor blockerColour() { return QColor(0x67, 0x00, 0x0d); }
    // The mark of a temporary (what-if) stance.
    static QColor whatIfColour() { return QColor(0x54, 0x27, 0x8f); }

    // A small square swatch of `colour` with a dark outline, for combo boxes and headers.
    static QIcon swatch(const QColor &colour, int size = 12);
    // Label of a stance, "not recorded" when empty.
    static QString label(std::optional<Stance> stance);
};

} // namespace Plenipo
