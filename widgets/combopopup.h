// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QComboBox;

namespace Plenipo {

// Combo boxes whose items are longer than the box (process names, coalitions, states): the
// open list is made as wide as its longest item, never elided (Qt's list is only as wide as the
// box and elides in the middle: "rese…tion"), and each item carries its text as tooltip for
// the closed box, which elides. follow() keeps this up as items are added, removed or reset.
class ComboPopup
{
public:
    static void follow(QComboBox *combo);
    // Makes the list of `combo` as wide as its widest item, now.
    static void fit(QComboBox *combo);
};

} // namespace Plenipo
