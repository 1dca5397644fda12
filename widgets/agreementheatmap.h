// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "research/agreementmatrix.h"

#include <QImage>
#include <QList>
#include <QWidget>

namespace Plenipo {

// The agreement of every pair of states as a heat map: rows and columns in a given order (the
// clustering's leaf order, so blocs show as squares on the diagonal), each cell from dark red
// (always opposite) through white (half) to dark blue (always the same), grey for pairs with no
// shared vote. Hovering a cell shows the two states and their agreement.
class AgreementHeatMap : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementHeatMap(QWidget *parent = nullptr);

    void setMatrix(const AgreementMatrix &matrix, const QList<int> &order);
    // The picture alone, `cell` pixels per state, with state codes every `labelEvery` rows.
    static QImage render(const AgreementMatrix &matrix, const QList<int> &order, int cell = 4);
    static QColor colour(double agreement);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    AgreementMatrix m_matrix;
    QList<int> m_order;
    QImage m_image; // one pixel per cell, scaled when painted
    QRect cellArea() const;
};

} // namespace Plenipo
