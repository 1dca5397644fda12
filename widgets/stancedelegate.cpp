// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stancedelegate.h"

#include "core/stance.h"
#include "stancestyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Plenipo {

StanceDelegate::StanceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void StanceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const QVariant value = index.data(StanceRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background (selection, alternating rows) as the style draws it, then the chip.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int code = value.toInt();
    const std::optional<Stance> stance =
        code < 0 ? std::nullopt : std::optional<Stance>(Stance(code));
    const bool whatIf = index.data(WhatIfRole).toBool();
    const QString text = StanceStyle::label(stance);
    const QFontMetrics fm(option.font);
    const int margin = 3;
    QRect chip = option.rect.adjusted(margin, 2, -margin, -2);
    chip.setWidth(qMin(chip.width(), fm.horizontalAdvance(text) + 16));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(stance ? StanceStyle::colour(stance).darker(130) : QColor(0xb0, 0xb0, 0xb0));
    if (whatIf) {
        pen = QPen(StanceStyle::whatIfColour(), 2, Qt::DashLine);
    }
    painter->setPen(pen);
    painter->setBrush(StanceStyle::colour(stance));
    painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QFont font = option.font;
    font.setItalic(whatIf || !stance);
    painter->setFont(font);
    painter->setPen(stance ? StanceStyle::textColour(stance) : QColor(0x70, 0x70, 0x70));
    painter->drawText(chip.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(font).elidedText(text, Qt::ElideRight, chip.width() - 12));
    painter->restore();
}

QSize StanceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(StanceRole).isValid()) {
        const QFontMetrics fm(option.font);
        int widest = 0;
        for (Stance s : allStances)
            widest = qMax(widest, fm.horizontalAdvance(StanceText::label(s)));
        size.setWidth(qMax(size.width(), widest + 28));
        size.setHeight(qMax(size.height(), fm.height() + 8));
    }
    return size;
}

QWidget *StanceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    if (!index.data(StanceRole).isValid() && !(index.flags() & Qt::ItemIsEditable))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"stanceEditor"_s);
    combo->setFrame(false);
    for (Stance s : allStances)
        combo->addItem(StanceStyle::swatch(StanceStyle::colour(s)), StanceText::label(s), int(s));
    // The list is as wide as its longest stance ("reservation" was elided in a narrow column).
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->view()->setTextElideMode(Qt::ElideNone);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) +
                                   2 * combo->view()->frameWidth() + 8);
    // One choice commits at once: no need to leave the cell.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<StanceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::NoHint);
    });
    return combo;
}

void StanceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const int code = index.data(StanceRole).toInt();
    const int row = combo->findData(code < 0 ? int(Stance::NoPosition) : code);
    combo->setCurrentIndex(qMax(0, row));
}

void StanceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const int code = index.data(StanceRole).isValid() ? index.data(StanceRole).toInt() : -2;
    const int chosen = combo->currentData().toInt();
    if (chosen != code)
        model->setData(index, chosen, Qt::EditRole);
}

void StanceDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    Q_UNUSED(index);
    QRect rect = option.rect;
    rect.setWidth(qMax(rect.width(), editor->sizeHint().width()));
    editor->setGeometry(rect);
}

} // namespace Plenipo
