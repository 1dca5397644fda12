// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "research/hierarchicalclustering.h"

#include <QMap>

#include <algorithm>

#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace Plenipo {

HierarchicalClustering::HierarchicalClustering(const AgreementMatrix &agreement)
{
    const int n = agreement.size();
    if (n == 0)
        return;
    std::vector<double> d(size_t(n) * size_t(n), 0);
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) {
            const double v = agreement.agreement(a, b);
            d[size_t(a) * size_t(n) + size_t(b)] = a == b ? 0 : (std::isnan(v) ? 0.5 : 1 - v);
        }
    }
    std::vector<int> id(static_cast<size_t>(n));
    std::vector<int> count(size_t(n), 1);
    std::vector<bool> alive(size_t(n), true);
    for (int i = 0; i < n; ++i)
        id[size_t(i)] = i;
    std::vector<std::pair<int, int>> children(size_t(n) - 1);
    for (int step = 0; step < n - 1; ++step) {
        int ba = -1;
        int bb = -1;
        double best = std::numeric_limits<double>::infinity();
        for (int a = 0; a < n; ++a) {
            if (!alive[size_t(a)])
                continue;
            for (int b = a + 1; b < n; ++b) {
                if (alive[size_t(b)] && d[size_t(a) * size_t(n) + size_t(b)] < best) {
                    best = d[size_t(a) * size_t(n) + size_t(b)];
                    ba = a;
                    bb = b;
                }
            }
        }
        // Average linkage: the merged cluster's distance to k is the size-weighted mean.
        const double ca = count[size_t(ba)];
        const double cb = count[size_t(bb)];
        for (int k = 0; k < n; ++k) {
            if (!alive[size_t(k)] || k == ba || k == bb)
                continue;
            const double v = (ca * d[size_t(ba) * size_t(n) + size_t(k)] +
                              cb * d[size_t(bb) * size_t(n) + size_t(k)]) /
                             (ca + cb);
            d[size_t(ba) * size_t(n) + size_t(k)] = v;
            d[size_t(k) * size_t(n) + size_t(ba)] = v;
        }
        m_merges << Merge{id[size_t(ba)], id[size_t(bb)], best, int(ca + cb)};
        children[size_t(step)] = {id[size_t(ba)], id[size_t(bb)]};
        alive[size_t(bb)] = false;
        count[size_t(ba)] += count[size_t(bb)];
        id[size_t(ba)] = n + step;
    }
    // Leaf order: depth-first through the tree from the root (iterative: no deep recursion).
    std::vector<int> stack{n > 1 ? 2 * n - 2 : 0};
    while (!stack.empty()) {
        const int c = stack.back();
        stack.pop_back();
        if (c < n) {
            m_order << c;
            continue;
        }
        stack.push_back(children[size_t(c - n)].second);
        stack.push_back(children[size_t(c - n)].first);
    }
}

QList<int> HierarchicalClustering::cut(int blocs) const
{
    const int n = size();
    QList<int> label(n, -1);
    if (n == 0)
        return label;
    blocs = std::clamp(blocs, 1, n);
    // Union of the first n - blocs merges.
    std::vector<int> parent(size_t(2 * n));
    for (size_t i = 0; i < parent.size(); ++i)
        parent[i] = int(i);
    std::function<int(int)> root = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    for (int k = 0; k < n - blocs; ++k) {
        parent[size_t(root(m_merges[k].a))] = n + k;
        parent[size_t(root(m_merges[k].b))] = n + k;
    }
    QMap<int, int> number;
    for (int leaf : m_order) {
        const int r = root(leaf);
        if (!number.contains(r))
            number.insert(r, int(number.size()));
        label[leaf] = number.value(r);
    }
    return label;
}

HierarchicalClustering::Comparison HierarchicalClustering::compare(const QList<int> &blocs,
                                                                   const QStringList &groupOf)
{
    Comparison c;
    QHash<int, QHash<QString, int>> table;
    QHash<QString, int> groupTotals;
    QHash<int, int> blocTotals;
    int n = 0;
    int blocCount = 0;
    for (int i = 0; i < blocs.size(); ++i) {
        blocCount = std::max(blocCount, blocs[i] + 1);
        if (i >= groupOf.size() || groupOf[i].isEmpty())
            continue;
        ++table[blocs[i]][groupOf[i]];
        ++groupTotals[groupOf[i]];
        ++blocTotals[blocs[i]];
        ++n;
    }
    auto pairs = [](double x) {
        return x * (x - 1) / 2;
    };
    double index = 0;
    int majority = 0;
    for (int b = 0; b < blocCount; ++b) {
        c.composition << table.value(b);
        int top = 0;
        for (int v : table.value(b)) {
            index += pairs(v);
            top = std::max(top, v);
        }
        majority += top;
    }
    double rows = 0;
    double cols = 0;
    for (int v : std::as_const(blocTotals))
        rows += pairs(v);
    for (int v : std::as_const(groupTotals))
        cols += pairs(v);
    const double total = pairs(n);
    const double expected = total > 0 ? rows * cols / total : 0;
    const double maximum = (rows + cols) / 2;
    c.adjustedRand = maximum - expected != 0 ? (index - expected) / (maximum - expected) : 1;
    c.purity = n ? double(majority) / n : 0;
    return c;
}

HierarchicalClustering::Cohesion HierarchicalClustering::cohesion(const QList<int> &blocs,
                                                                  const QList<int> &members)
{
    Cohesion c;
    QHash<int, int> count;
    for (int i : members) {
        if (i < 0 || i >= blocs.size())
            continue;
        ++c.members;
        ++count[blocs[i]];
    }
    int best = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() < c.bloc)) {
            best = it.value();
            c.bloc = it.key();
        }
    }
    c.share = c.members ? double(best) / c.members : 0;
    return c;
}

} // namespace Plenipo
