// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace Plenipo {

// Shows a stance as a coloured chip with its label and edits it in place with a combo box of
// the five stances (each with its colour). The model gives the stance in StanceRole (an int:
// the Stance value, or -1 when nothing is recorded) and takes the new one through setData()
// with Qt::EditRole (the Stance value). Indexes without a StanceRole paint as usual.
class StanceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role
    {
        StanceRole = Qt::UserRole + 100, // int: Stance, or -1 for "not recorded"
        WhatIfRole,                      // bool: the stance is a temporary (what-if) one
        OutdatedRole,                    // bool: given on an earlier revision of the clause
    };

    explicit StanceDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace Plenipo
