// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "research/agreementmatrix.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Plenipo {

// Blocs of states by their voting: agglomerative hierarchical clustering with average linkage
// (UPGMA) on the distance 1 - agreement (a pair with no shared vote counts as 0.5 apart).
// Hand-written: no well-kept C++ library in the environment does it, and 193 states take a few
// milliseconds with the plain O(n^3) algorithm. Ties merge the pair with the lowest indices, so
// the result is deterministic.
class HierarchicalClustering
{
public:
    struct Merge
    {
        int a = 0; // cluster ids: 0..n-1 are the states, n + k the cluster made by merge k
        int b = 0;
        double distance = 0;
        int size = 0;
    };
    // How a cut compares with a partition of the states (regional groups, political groups).
    struct Comparison
    {
        double adjustedRand = 0; // 1: the same partition; about 0: no better than chance
        double purity = 0;       // share of states in their bloc's most common group
        // Per bloc: group code -> number of its states in the bloc.
        QList<QHash<QString, int>> composition;
    };

    explicit HierarchicalClustering(const AgreementMatrix &agreement);

    int size() const { return int(m_order.size()); }
    const QList<Merge> &merges() const { return m_merges; }
    // The states' indices in dendrogram order (neighbours in a bloc side by side): the order of
    // the heat map's rows and columns.
    const QList<int> &leafOrder() const { return m_order; }
    // The blocs when the tree is cut into `blocs` clusters: a bloc number (0-based, blocs
    // numbered by their first state in leafOrder()) per state index.
    QList<int> cut(int blocs) const;
    // `groupOf`: state index -> group code (states with an empty code are left out).
    static Comparison compare(const QList<int> &blocs, const QStringList &groupOf);

    // How one group (a political group: G77, NAM, the EU...) sits in the blocs: the bloc that
    // holds most of its members and their share (1: the group votes as one bloc).
    struct Cohesion
    {
        int members = 0; // of the group's states, those in the cut
        int bloc = -1;   // the bloc with most of them (-1: none)
        double share = 0;
    };
    // `members`: state indices (those outside the cut are left out).
    static Cohesion cohesion(const QList<int> &blocs, const QList<int> &members);

private:
    QList<Merge> m_merges;
    QList<int> m_order;
};

} // namespace Plenipo
