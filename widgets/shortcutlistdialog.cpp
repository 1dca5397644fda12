// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shortcutlistdialog.h"

#include <KActionCollection>
#include <KShortcutsDialog>

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

ShortcutListDialog::ShortcutListDialog(KActionCollection *actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcutListDialog"_s);
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *configure = buttons->addButton(tr("&Configure..."), QDialogButtonBox::ActionRole);
    connect(configure, &QPushButton::clicked, this, [this] {
        auto *dialog = new KShortcutsDialog(KShortcutsEditor::AllActions,
                                            KShortcutsEditor::LetterShortcutsAllowed, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->addCollection(m_actions);
        connect(dialog, &QDialog::finished, this, &ShortcutListDialog::fill);
        dialog->configure(true);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Esc (QDialog) and Ctrl+W close it, as every secondary window.
    auto *closeW = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this);
    connect(closeW, &QShortcut::activated, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    fill();
    resize(560, 620);
}

void ShortcutListDialog::fill()
{
    m_list->clear();
    const auto addRow = [this](const QString &text, const QString &keys) {
        new QTreeWidgetItem(m_list, {text, keys});
    };
    for (QAction *a : m_actions->actions()) {
        const QList<QKeySequence> keys = a->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList texts;
        for (const QKeySequence &k : keys)
            texts << k.toString(QKeySequence::NativeText);
        addRow(a->text().remove(u'&'), texts.join(u", "_s));
    }
    // Keys that belong to one view, not to an action of the window.
    addRow(tr("Save revision, in the clause editor"),
           QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
    addRow(tr("Close the comparison window, the handbook or this list"),
           tr("%1, %2").arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText),
                            QKeySequence(Qt::CTRL | Qt::Key_W).toString(QKeySequence::NativeText)));
    addRow(tr("Change the stance of the selected cell, in the support matrix"),
           QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText));
}

QList<QPair<QString, QString>> ShortcutListDialog::rows() const
{
    QList<QPair<QString, QString>> result;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        result << qMakePair(m_list->topLevelItem(i)->text(0), m_list->topLevelItem(i)->text(1));
    return result;
}

} // namespace Plenipo
