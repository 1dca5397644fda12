// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>

namespace Plenipo {

class MainWindow;

// Every screen and dialog of the workbench, opened one after the other on the sample
// workspace: what the clipping test checks and what packaging/screenshots photographs, so that
// both cover the same screens. A screen is the main window on one tab (with the sample's
// clause 2 of the zero draft shown) or one window or dialog opened from it (non-modal here).
class ScreenTour
{

public:
    explicit ScreenTour(MainWindow &window);
    ~ScreenTour();

    // Names, in order: "clause", "positions", "matrix", "coalition", "charts-dashboard",
    // "charts-lineage", "charts-support", "search" (the Find in Workspace dock with results),
    // "comparison", "export", "import", "preferences", "handbook", "shortcuts".
    static QStringList screens();
    // Opens the screen and returns the widget that shows it (the main window, or the dialog
    // or window it opened); nullptr for an unknown name. The previous screen's dialog closes.
    QWidget *show(const QString &name);

    // Light or dark colours (Fusion style), as a desktop theme would set them.
    static void setDarkPalette(bool dark);

private:
    MainWindow &m_window;
    std::unique_ptr<QWidget> m_dialog;
};

} // namespace Plenipo
