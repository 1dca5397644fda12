// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace Plenipo {

// A state's stance on a clause or on one alternative. The numeric values are stored in the
// workspace database: never renumber them.
enum class Stance : quint8
{
    NoPosition = 0,
    Supports = 1,
    CanAccept = 2,
    Reservation = 3,
    Objects = 4,
};

namespace StanceText {
// Stable key used in files and on the command line: "supports", "can-accept", "reservation",
// "objects", "none".
QString key(Stance stance);
// Translated label for the user interface.
QString label(Stance stance);
// Parses a key (case-insensitive; also accepts the labels "can accept" and "no position").
std::optional<Stance> fromKey(QStringView key);
} // namespace StanceText

inline constexpr Stance allStances[] = {Stance::Supports, Stance::CanAccept, Stance::Reservation,
                                        Stance::Objects, Stance::NoPosition};

} // namespace Plenipo

Q_DECLARE_METATYPE(Plenipo::Stance)
