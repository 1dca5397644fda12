// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "votemapview.h"

#include <QChart>
#include <QCursor>
#include <QMap>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

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
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace Plenipo
