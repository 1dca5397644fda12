// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clippingcheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

constexpr int tolerance = 1; // px: rounding in the styles' own arithmetic

QString plain(QString text)
{
    // Mnemonics take no room: "&&" is one ampersand.
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString problem(const QWidget *w, const QString &what, int needs, int has)
{
    return u"%1: %2 (needs %3 px, has %4 px)"_s.arg(ClippingCheck::where(w), what)
        .arg(needs)
        .arg(has);
}

bool shown(const QWidget *w)
{
    return w->isVisible() && !w->visibleRegion().isEmpty() && w->width() > 0;
}

// How wide a widget shows within its ancestors up to its window: a row wider than its panel
// is cut at the panel's edge although each widget has the width it asked for. Widgets inside
// a scroll area are left to it (scrolling shows the rest).
bool cutByContainer(const QWidget *w, int *visible)
{
    QRect r = w->rect();
    const QWidget *child = w;
    for (const QWidget *p = w->parentWidget(); p; child = p, p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return false;
        if (child->isWindow())
            break;
        r.translate(child->pos());
        r &= p->rect();
    }
    *visible = r.width();
    return r.width() + tolerance < w->width();
}

void checkLabel(const QLabel *label, QStringList &out)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return;
    if (label->wordWrap()) {
        const int needs = label->heightForWidth(label->width());
        if (needs > label->height() + tolerance)
            out << problem(
                label, u"wrapped text \"%1\" is cut at the bottom"_s.arg(label->text().left(60)),
                needs, label->height());
        return;
    }
    const int needs = label->minimumSizeHint().width();
    if (needs > label->width() + tolerance)
        out << problem(label, u"label \"%1\""_s.arg(label->text().left(60)), needs, label->width());
}

void checkButton(const QAbstractButton *button, QStringList &out)
{
    const QString text = plain(button->text());
    if (text.isEmpty())
        return;
    int needs = 0;
    if (qobject_cast<const QPushButton *>(button)) {
        const QStyle *style = button->style();
        // The text (and icon) inside the style's bevel, without the style's minimum width.
        QStyleOptionButton opt;
        opt.initFrom(button);
        opt.text = button->text();
        int contents = button->fontMetrics().horizontalAdvance(text);
        if (!button->icon().isNull())
            contents += button->iconSize().width() + 4;
        needs = style
                    ->sizeFromContents(QStyle::CT_PushButton, &opt,
                                       QSize(contents, button->fontMetrics().height()), button)
                    .width();
        if (needs <= 80) // Fusion's and Breeze's floor, not what the text needs
            needs = contents + 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth);
    } else if (const auto *tool = qobject_cast<const QToolButton *>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return;
        needs = tool->sizeHint().width();
    } else {
        needs = button->sizeHint().width(); // check boxes, radio buttons
    }
    if (needs > button->width() + tolerance)
        out << problem(button, u"button \"%1\""_s.arg(text), needs, button->width());
}

void checkCombo(QComboBox *combo, QStringList &out)
{
    if (combo->count() == 0)
        return;
    // The closed box: its current text and icon inside the frame and the arrow.
    if (!combo->isEditable()) {
        QStyleOptionComboBox opt;
        opt.initFrom(combo);
        opt.editable = false;
        opt.currentText = combo->currentText();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &opt,
                                                           QStyle::SC_ComboBoxEditField, combo);
        int needs = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (!combo->itemIcon(combo->currentIndex()).isNull())
            needs += combo->iconSize().width() + 4;
        // A closed box may elide when its tooltip holds the whole text (ComboPopup).
        const QString tip = combo->itemData(combo->currentIndex(), Qt::ToolTipRole).toString();
        if (needs > field.width() + tolerance && !tip.contains(combo->currentText()))
            out << problem(combo, u"combo box text \"%1\""_s.arg(combo->currentText()), needs,
                           field.width());
    }
    // Every item of the open list.
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    if (!QTest::qWaitForWindowExposed(view->window(), 1000)) {
        combo->hidePopup();
        return;
    }
    for (int r = 0; r < combo->count(); ++r) {
        const QModelIndex index = view->model()->index(r, combo->modelColumn(), view->rootIndex());
        // The text and icon with the menu item's margins (Qt's combo delegate measures
        // menu items from the width it is given, so its size hint cannot tell).
        const QStyle *style = view->style();
        int needs = view->fontMetrics().horizontalAdvance(combo->itemText(r)) +
                    2 * style->pixelMetric(QStyle::PM_MenuHMargin, nullptr, view) + 12;
        if (!combo->itemIcon(r).isNull())
            needs += combo->iconSize().width() + 6;
        Q_UNUSED(index);
        const int has = view->viewport()->width();
        // An item longer than the screen allows may elide when its tooltip holds it whole.
        const bool tipped =
            combo->itemData(r, Qt::ToolTipRole).toString().contains(combo->itemText(r));
        if (needs > has + tolerance &&
            !(tipped && view->window()->width() >=
                            view->screen()->availableGeometry().width() - 2 * tolerance - 40))
            out << problem(combo, u"list item \"%1\""_s.arg(combo->itemText(r)), needs, has);
    }
    combo->hidePopup();
}

void checkHeader(const QHeaderView *header, bool mayScroll, QStringList &out)
{
    const QAbstractItemModel *model = header->model();
    if (!model || !shown(header))
        return;
    const QStyle *style = header->style();
    const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int mark = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const int count = header->count();
    const int extent = header->orientation() == Qt::Horizontal ? header->viewport()->width()
                                                               : header->viewport()->height();
    for (int logical = 0; logical < count; ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QString text = model->headerData(logical, header->orientation()).toString();
        if (text.isEmpty())
            continue;
        const int position = header->sectionViewportPosition(logical);
        const int size = header->sectionSize(logical);
        if (position + size <= 0 || position >= extent) {
            if (!mayScroll)
                out << problem(header, u"header \"%1\" is off-screen"_s.arg(text), size, 0);
            continue;
        }
        int needs = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
            needs += mark + margin;
        int has = 0;
        if (header->orientation() == Qt::Horizontal) {
            has = size;
            if (!mayScroll)
                has = std::min(position + size, extent) - std::max(position, 0);
        } else {
            has = header->width();
            needs = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
        }
        if (needs > has + tolerance)
            out << problem(header, u"header \"%1\""_s.arg(text), needs, has);
    }
}

void checkCell(const QAbstractItemView *view, const QModelIndex &index, bool mayScroll,
               QStringList &out)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    // Eliding is fine when the tooltip shows the whole text.
    QString tip = index.data(Qt::ToolTipRole).toString();
    if (Qt::mightBeRichText(tip)) {
        QTextDocument doc;
        doc.setHtml(tip);
        tip = doc.toPlainText();
    }
    // The bidi isolates around data in a right-to-left interface (Language::isolate) are
    // invisible: they do not count.
    static const QRegularExpression isolates(u"[\u2066-\u2069]"_s);
    tip.remove(isolates);
    QString shownText = text.simplified().remove(isolates);
    if (shownText.endsWith(u'\u2026')) // abridged by the model itself
        shownText.chop(1);
    if (tip.simplified().contains(shownText))
        return;
    const QRect rect = view->visualRect(index);
    if (rect.isEmpty())
        return;
    QStyleOptionViewItem opt;
    opt.initFrom(view->viewport());
    opt.font = view->font();
    opt.fontMetrics = view->fontMetrics();
    opt.rect = rect;
    if (const QVariant f = index.data(Qt::FontRole); f.isValid()) {
        opt.font = f.value<QFont>();
        opt.fontMetrics = QFontMetrics(opt.font);
    }
    if (const auto *tree = qobject_cast<const QTreeView *>(view); tree && tree->wordWrap())
        return;
    const int needs = view->itemDelegateForIndex(index)->sizeHint(opt, index).width();
    int has = rect.width();
    if (!mayScroll) {
        const int right = std::min(rect.right() + 1, view->viewport()->width());
        has = right - std::max(rect.left(), 0);
        if (has <= 0) {
            out << problem(view, u"cell \"%1\" is off-screen"_s.arg(text.left(40)), needs, 0);
            return;
        }
    }
    if (needs > has + tolerance)
        out << problem(view, u"cell \"%1\""_s.arg(text.left(40)), needs, has);
}

void checkView(const QAbstractItemView *view, QStringList &out)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const int height = view->viewport()->height();
    if (const auto *tree = qobject_cast<const QTreeView *>(view)) {
        checkHeader(tree->header(), false, out);
        const int columns = model->columnCount(tree->rootIndex());
        for (QModelIndex row = tree->indexAt(QPoint(1, 1)); row.isValid();
             row = tree->indexBelow(row)) {
            if (tree->visualRect(row).top() >= height)
                break;
            for (int c = 0; c < columns; ++c) {
                if (!tree->isColumnHidden(c))
                    checkCell(view, row.siblingAtColumn(c), false, out);
            }
        }
    } else if (const auto *table = qobject_cast<const QTableView *>(view)) {
        checkHeader(table->horizontalHeader(), true, out);
        checkHeader(table->verticalHeader(), true, out);
        const int first = std::max(0, table->rowAt(0));
        int last = table->rowAt(height - 1);
        if (last < 0)
            last = model->rowCount() - 1;
        for (int r = first; r <= last && r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                if (!table->isColumnHidden(c) &&
                    table->columnViewportPosition(c) < table->viewport()->width())
                    checkCell(view, model->index(r, c), true, out);
            }
        }
    }
}

void checkTabs(const QTabBar *tabs, QStringList &out)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabVisible(i))
            continue;
        const QString text = plain(tabs->tabText(i));
        const int needs = tabs->fontMetrics().horizontalAdvance(text) +
                          tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
        const int has = tabs->tabRect(i).width();
        if (needs > has + tolerance)
            out << problem(tabs, u"tab \"%1\""_s.arg(text), needs, has);
    }
}

} // namespace

QString ClippingCheck::where(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                               : p->objectName());
        if (p->isWindow())
            break;
    }
    return path.join(u'/');
}

QStringList ClippingCheck::problems(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!shown(w) || w->window() != root->window())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            checkLabel(label, out);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            checkButton(button, out);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            checkCombo(combo, out);
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            checkTabs(tabs, out);
        else if (auto *view = qobject_cast<QAbstractItemView *>(w))
            checkView(view, out);
        else if (auto *group = qobject_cast<QGroupBox *>(w); group && !group->title().isEmpty()) {
            const int needs = group->fontMetrics().horizontalAdvance(plain(group->title())) + 16;
            if (needs > group->width() + tolerance)
                out << problem(group, u"group title \"%1\""_s.arg(group->title()), needs,
                               group->width());
        }
        if (qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) ||
            qobject_cast<QComboBox *>(w)) {
            int visible = 0;
            if (cutByContainer(w, &visible))
                out << problem(w, u"cut by its container at the edge"_s, w->width(), visible);
        }
        if (auto *edit = qobject_cast<QLineEdit *>(w);
            edit && edit->text().isEmpty() && !edit->placeholderText().isEmpty()) {
            const int needs = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 8;
            if (needs > edit->width() + tolerance)
                out << problem(edit, u"placeholder \"%1\""_s.arg(edit->placeholderText()), needs,
                               edit->width());
        }
    }
    out.removeDuplicates();
    return out;
}
