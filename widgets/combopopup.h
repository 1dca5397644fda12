// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QComboBox;

namespace Plenipo {

// Combo boxes whose items are longer than the box (process names, coalitions, states): the
// open list is made as wide as its longest item, never elided (Qt's list is only as wide as the
// box and elides in the middle: "rese…tion"), and each item carries its text as tooltip. The
// closed box, when its text does not fit, shows it cut with an ellipsis ("Like-minded
// consultations on…", where the style alone would cut it mid-letter) and the whole text as its
// tooltip. follow() keeps this up as items are added, removed or reset.
class ComboPopup : public QObject
{
    Q_OBJECT

public:
    static void follow(QComboBox *combo);
    // Makes the list of `combo` as wide as its widest item, now.
    static void fit(QComboBox *combo);
    // The text the closed box shows: its current text, elided at the right when it does not fit.
    static QString closedText(const QComboBox *combo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ComboPopup(QComboBox *combo);
};

} // namespace Plenipo
