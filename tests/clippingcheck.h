// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

class QWidget;

// Finds text that a user would see cut off: for every shown label, button, check box, group
// box title, tab, line edit placeholder, combo box (its current text and every item of its
// list when opened), header section and item view cell under `root`, the width the text needs
// (QFontMetrics, plus the icon and the style's margins, or the delegate's size hint) against
// the space it has on screen. Item cells with a tooltip are allowed to elide (the tooltip
// holds the full text); tables may scroll columns out of view, trees may not cut a header.
class ClippingCheck
{
public:
    // One line per problem: "where: what (needs N px, has M px)".
    static QStringList problems(QWidget *root);
    // The path of object names (or class names) from the window down to `w`.
    static QString where(const QWidget *w);
};
