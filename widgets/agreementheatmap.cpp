// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "agreementheatmap.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QImage pixels(const AgreementMatrix &matrix, const QList<int> &order)
{
    const int n = int(order.size());
    QImage image(std::max(1, n), std::max(1, n), QImage::Format_RGB32);
    image.fill(Qt::lightGray);
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c)
            image.setPixelColor(c, r,
                                AgreementHeatMap::colour(matrix.agreement(order[r], order[c])));
    }
    return image;
}

} // namespace

AgreementHeatMap::AgreementHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(200, 200);
    setMouseTracking(true);
}

QColor AgreementHeatMap::colour(double agreement)
{
    if (std::isnan(agreement))
        return QColor(0xbd, 0xbd, 0xbd);
    const double t = std::clamp(agreement, 0.0, 1.0);
    // Diverging red - white - blue (ColorBrewer RdBu ends).
    const QColor low(0xb2, 0x18, 0x2b);
    const QColor mid(0xf7, 0xf7, 0xf7);
    const QColor high(0x21, 0x66, 0xac);
    const QColor &a = t < 0.5 ? low : mid;
    const QColor &b = t < 0.5 ? mid : high;
    const double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * u),
                            float(a.greenF() + (b.greenF() - a.greenF()) * u),
                            float(a.blueF() + (b.blueF() - a.blueF()) * u));
}

void AgreementHeatMap::setMatrix(const AgreementMatrix &matrix, const QList<int> &order)
{
    m_matrix = matrix;
    m_order = order;
    m_image = pixels(matrix, order);
    update();
}

QImage AgreementHeatMap::render(const AgreementMatrix &matrix, const QList<int> &order, int cell)
{
    const int n = int(order.size());
    const int margin = 34;
    QImage image(margin + n * cell + 8, margin + n * cell + 8, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.drawImage(QRect(margin, margin, n * cell, n * cell), pixels(matrix, order));
    QFont f = p.font();
    f.setPixelSize(std::max(6, cell * 2));
    p.setFont(f);
    p.setPen(Qt::black);
    const int every = std::max(1, 12 / std::max(1, cell));
    for (int i = 0; i < n; i += every) {
        const QString code = matrix.states()[order[i]];
        p.drawText(QRect(0, margin + i * cell - 6, margin - 2, 12 + cell),
                   Qt::AlignRight | Qt::AlignVCenter, code);
        p.save();
        p.translate(margin + i * cell + cell / 2.0 + 4, margin - 2);
        p.rotate(-90);
        p.drawText(0, 0, code);
        p.restore();
    }
    return image;
}

QSize AgreementHeatMap::sizeHint() const
{
    return {600, 600};
}

QRect AgreementHeatMap::cellArea() const
{
    const int side = std::min(width(), height()) - 8;
    return QRect(4, 4, std::max(1, side), std::max(1, side));
}

void AgreementHeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_order.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No recorded vote in the selection."));
        return;
    }
    p.drawImage(cellArea(), m_image);
}

bool AgreementHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_order.isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QRect area = cellArea();
        if (area.contains(help->pos())) {
            const int n = int(m_order.size());
            const int c = std::min(n - 1, (help->pos().x() - area.x()) * n / area.width());
            const int r = std::min(n - 1, (help->pos().y() - area.y()) * n / area.height());
            const int a = m_order[r];
            const int b = m_order[c];
            const double v = m_matrix.agreement(a, b);
            const QString text = std::isnan(v)
                                     ? tr("%1 and %2: no vote in common")
                                           .arg(m_matrix.states()[a], m_matrix.states()[b])
                                     : tr("%1 and %2: agreement %3 over %n vote(s)", nullptr,
                                          m_matrix.commonVotes(a, b))
                                           .arg(m_matrix.states()[a], m_matrix.states()[b])
                                           .arg(v, 0, 'f', 3);
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace Plenipo
