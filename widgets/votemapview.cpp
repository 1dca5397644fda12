// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "votemapview.h"

#include <QChart>
#include <QCursor>
#include <QMap>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

VoteMapView::VoteMapView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 300);
}

void VoteMapView::setMap(const VoteMap &map, const QStringList &groupOf, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QMap<QString, QScatterSeries *> series;
    for (int i = 0; i < map.states().size(); ++i) {
        QString group = groupOf.value(i);
        if (group.isEmpty())
            group = tr("Other");
        QScatterSeries *&s = series[group];
        if (!s) {
            s = new QScatterSeries;
            s->setName(group);
            s->setMarkerSize(9);
        }
        s->append(map.points()[i]);
    }
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    x->setTitleText(tr("Axis 1 (%1% of the variance)").arg(map.explainedX() * 100, 0, 'f', 1));
    y->setTitleText(tr("Axis 2 (%1% of the variance)").arg(map.explainedY() * 100, 0, 'f', 1));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const QStringList states = map.states();
    const QList<QPointF> points = map.points();
    for (QScatterSeries *s : std::as_const(series)) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        connect(s, &QScatterSeries::hovered, this, [states, points](const QPointF &p, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            for (int i = 0; i < points.size(); ++i) {
                if (points[i] == p) {
                    QToolTip::showText(QCursor::pos(), states[i]);
                    return;
                }
            }
        });
    }
    // Every point in view: the axes span all the series (attached one by one, they would keep
    // the range of the first), with a margin so that no marker sits on the frame.
    if (!points.isEmpty()) {
        double minX = points.first().x(), maxX = minX;
        double minY = points.first().y(), maxY = minY;
        for (const QPointF &p : points) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
        const double mx = std::max(0.05 * (maxX - minX), 1e-6);
        const double my = std::max(0.05 * (maxY - minY), 1e-6);
        x->setRange(minX - mx, maxX + mx);
        y->setRange(minY - my, maxY + my);
        x->applyNiceNumbers();
        y->applyNiceNumbers();
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace Plenipo
