// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "research/votemap.h"

#include <QChartView>
#include <QStringList>

namespace Plenipo {

// The vote map: every state at its first two principal components, one Qt Charts QScatterSeries
// per group (regional group, political group, bloc...) so the legend says which colour is which;
// each axis says the share of the variance it explains. Hovering a point names the state.
class VoteMapView : public QChartView
{
    Q_OBJECT

public:
    explicit VoteMapView(QWidget *parent = nullptr);

    // `groupOf[i]`: the group label of map.states()[i] (empty: "Other").
    void setMap(const VoteMap &map, const QStringList &groupOf, const QString &title = {});
};

} // namespace Plenipo
