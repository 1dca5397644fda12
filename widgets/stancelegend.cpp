// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stancelegend.h"

#include "flowlayout.h"
#include "stancestyle.h"
#include "storage/stancematrix.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

#include <functional>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {
QPixmap cellPixmap(const QColor &fill, int size, const std::function<void(QPainter &, QRect)> &mark)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    const QRect box(0, 0, size - 1, size - 1);
    p.fillRect(box, fill);
    p.setPen(QColor(0x80, 0x80, 0x80));
    p.drawRect(box);
    if (mark)
        mark(p, box);
    return pixmap;
}
} // namespace

StanceLegend::StanceLegend(int parts, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"stanceLegend"_s);
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 2, 0, 2);
    rows->setSpacing(2);
    const int size = fontMetrics().height();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int headWidth = qMax(qMax(boldMetrics.horizontalAdvance(tr("Stance:")),
                                    boldMetrics.horizontalAdvance(tr("Marks:"))),
                               boldMetrics.horizontalAdvance(tr("Clause:")));
    // One line per part (it wraps when narrow).
    auto addRow = [&](const QString &heading, const QList<std::pair<QPixmap, QString>> &entries) {
        auto *line = new QWidget(this);
        auto *layout = new FlowLayout(line, 12);
        rows->addWidget(line);
        auto *head = new QLabel(u"<b>%1</b>"_s.arg(heading.toHtmlEscaped()), line);
        head->setMinimumWidth(headWidth);
        layout->addWidget(head);
        for (const auto &[pixmap, text] : entries) {
            auto *entry = new QWidget(line);
            auto *row = new QHBoxLayout(entry);
            row->setContentsMargins(0, 0, 0, 0);
            row->setSpacing(4);
            auto *swatch = new QLabel(entry);
            swatch->setPixmap(pixmap);
            auto *label = new QLabel(text, entry);
            label->setObjectName(u"legendEntry"_s);
            row->addWidget(swatch);
            row->addWidget(label);
            layout->addWidget(entry);
        }
    };
    if (parts & Stances) {
        QList<std::pair<QPixmap, QString>> entries;
        for (Stance s : allStances)
            entries.append({cellPixmap(StanceStyle::colour(s), size, {}), StanceText::label(s)});
        entries.append({cellPixmap(StanceStyle::colour(std::nullopt), size, {}),
                        StanceStyle::label(std::nullopt)});
        addRow(tr("Stance:"), entries);
    }
    if (parts & Marks) {
        const QColor base = StanceStyle::colour(Stance::Supports);
        auto triangle = [](const QColor &c) {
            return [c](QPainter &p, QRect box) {
                const int s = box.height() / 2 + 1;
                const QPoint corner = box.topRight() + QPoint(1, 0);
                const QPoint points[3] = {corner, corner - QPoint(s, 0), corner + QPoint(0, s)};
                p.setPen(Qt::NoPen);
                p.setBrush(c);
                p.drawConvexPolygon(points, 3);
            };
        };
        QList<std::pair<QPixmap, QString>> entries;
        entries.append(
            {cellPixmap(base, size, triangle(StanceStyle::colour(Stance::Objects).darker(140))),
             tr("objects to an alternative")});
        entries.append(
            {cellPixmap(base, size, triangle(StanceStyle::colour(Stance::Reservation).darker(125))),
             tr("reservation on an alternative")});
        entries.append({cellPixmap(StanceStyle::colour(Stance::Objects), size,
                                   [](QPainter &p, QRect box) {
                                       p.setPen(QPen(StanceStyle::blockerColour(), 2));
                                       p.setBrush(Qt::NoBrush);
                                       p.drawRect(box.adjusted(1, 1, -1, -1));
                                   }),
                        tr("blocks the clause")});
        entries.append({cellPixmap(base, size,
                                   [](QPainter &p, QRect box) {
                                       p.setPen(QPen(StanceStyle::whatIfColour(), 2, Qt::DashLine));
                                       p.setBrush(Qt::NoBrush);
                                       p.drawRect(box.adjusted(1, 1, -1, -1));
                                   }),
                        tr("what-if (temporary)")});
        // Text identity (issue 10), drawn as SupportMatrixDelegate does.
        entries.append({cellPixmap(base, size,
                                   [](QPainter &p, QRect box) {
                                       const int d = qMax(4, box.height() / 3);
                                       p.setRenderHint(QPainter::Antialiasing, true);
                                       p.setPen(Qt::NoPen);
                                       p.setBrush(QColor(0xd0, 0x8a, 0x00));
                                       p.drawEllipse(
                                           QRect(box.left() + 2, box.bottom() - d - 1, d, d));
                                   }),
                        tr("outdated: text changed since given")});
        entries.append({cellPixmap(base, size,
                                   [](QPainter &p, QRect box) {
                                       const int d = qMax(4, box.height() / 3);
                                       p.setRenderHint(QPainter::Antialiasing, true);
                                       p.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.5));
                                       p.setBrush(Qt::NoBrush);
                                       p.drawEllipse(QRect(box.left() + 1, box.bottom() - d - 2,
                                                           d + 2, d + 2));
                                   }),
                        tr("orphaned position (not counted)")});
        addRow(tr("Marks:"), entries);
    }
    if (parts & Statuses) {
        QList<std::pair<QPixmap, QString>> entries;
        for (ConsensusStatus s : allConsensusStatuses)
            entries.append({cellPixmap(StanceStyle::statusColour(s), size, {}),
                            ConsensusStatusText::label(s)});
        addRow(tr("Clause:"), entries);
    }
}

QStringList StanceLegend::labels() const
{
    QStringList out;
    for (const QLabel *label : findChildren<QLabel *>(u"legendEntry"_s))
        out << label->text();
    return out;
}

} // namespace Plenipo
