// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "combopopup.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHelpEvent>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>

#include <algorithm>

namespace Plenipo {

namespace {

// The closed box as QComboBox draws it (its initStyleOption() is protected), and the width its
// text has.
QStyleOptionComboBox closedBoxOption(const QComboBox *combo, int *textWidth)
{
    QStyleOptionComboBox opt;
    opt.initFrom(combo);
    opt.editable = false;
    opt.frame = combo->hasFrame();
    opt.subControls = QStyle::SC_All;
    if (combo->view()->isVisible())
        opt.state |= QStyle::State_On;
    if (opt.state & QStyle::State_MouseOver)
        opt.activeSubControls = QStyle::SC_ComboBoxArrow;
    opt.currentText = combo->currentText();
    opt.currentIcon = combo->itemIcon(combo->currentIndex());
    opt.iconSize = combo->iconSize();
    QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &opt,
                                                 QStyle::SC_ComboBoxEditField, combo);
    int width = field.width() - 2; // the label is drawn 1 px in from each side
    if (!opt.currentIcon.isNull())
        width -= opt.iconSize.width() + 4;
    *textWidth = width;
    return opt;
}

bool elided(const QComboBox *combo)
{
    int width = 0;
    closedBoxOption(combo, &width);
    return combo->fontMetrics().horizontalAdvance(combo->currentText()) > width;
}

} // namespace

ComboPopup::ComboPopup(QComboBox *combo)
    : QObject(combo)
{
    combo->installEventFilter(this);
}

void ComboPopup::fit(QComboBox *combo)
{
    QAbstractItemView *view = combo->view();
    view->setTextElideMode(Qt::ElideNone);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i, Qt::ToolTipRole).toString().isEmpty())
            combo->setItemData(i, combo->itemText(i), Qt::ToolTipRole);
    }
    // The widest item as the list's own delegate measures it, plus its frame and a scroll bar.
    int widest = view->sizeHintForColumn(combo->modelColumn());
    widest += 2 * view->frameWidth() +
              view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view) + 4;
    // Never wider than the screen (a document's full title can be).
    if (const QScreen *screen = combo->screen())
        widest = std::min(widest, screen->availableGeometry().width() - 40);
    view->setMinimumWidth(widest);
}

void ComboPopup::follow(QComboBox *combo)
{
    const auto refit = [combo] {
        fit(combo);
    };
    QAbstractItemModel *model = combo->model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, combo, refit);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, combo, refit);
    QObject::connect(model, &QAbstractItemModel::modelReset, combo, refit);
    fit(combo);
    if (!combo->findChild<ComboPopup *>(QString(), Qt::FindDirectChildrenOnly))
        new ComboPopup(combo);
}

QString ComboPopup::closedText(const QComboBox *combo)
{
    int width = 0;
    closedBoxOption(combo, &width);
    return combo->fontMetrics().elidedText(combo->currentText(), Qt::ElideRight, width);
}

bool ComboPopup::eventFilter(QObject *watched, QEvent *event)
{
    auto *combo = qobject_cast<QComboBox *>(watched);
    if (!combo || combo->isEditable() || combo->currentIndex() < 0)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::Paint && elided(combo)) {
        // What QComboBox::paintEvent() draws, with the text elided at the right.
        int width = 0;
        QStyleOptionComboBox opt = closedBoxOption(combo, &width);
        opt.currentText = closedText(combo);
        QStylePainter painter(combo);
        painter.setPen(combo->palette().color(QPalette::Text));
        painter.drawComplexControl(QStyle::CC_ComboBox, opt);
        painter.drawControl(QStyle::CE_ComboBoxLabel, opt);
        return true;
    }
    if (event->type() == QEvent::ToolTip && elided(combo)) {
        // The whole text, then the box's own tooltip when it has one.
        const QString tip = combo->toolTip().isEmpty()
                                ? combo->currentText()
                                : combo->currentText() + u'\n' + combo->toolTip();
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), tip, combo);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Plenipo
