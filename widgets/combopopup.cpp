// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "combopopup.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QScreen>
#include <QScrollBar>

#include <QStyle>
#include <algorithm>

namespace Plenipo {

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
}

} // namespace Plenipo
