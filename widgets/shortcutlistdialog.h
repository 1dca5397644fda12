// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class KActionCollection;
class QTreeWidget;

namespace Plenipo {

// Help > Keyboard Shortcuts: every action of the main window with the shortcuts the user has
// now (KShortcutsDialog changes them: the "Configure..." button opens it), and the keys that
// work inside a view (Ctrl+Return in the clause editor, Esc and Ctrl+W in a secondary window).
class ShortcutListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutListDialog(KActionCollection *actions, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // (action text without '&', shortcuts in native text) of every row, in order.
    QList<QPair<QString, QString>> rows() const;

private:
    void fill();

    KActionCollection *m_actions;
    QTreeWidget *m_list;
};

} // namespace Plenipo
