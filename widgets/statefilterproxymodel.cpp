// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statefilterproxymodel.h"

#include "core/textnormalizer.h"
#include "statetablemodel.h"

namespace Plenipo {

StateFilterProxyModel::StateFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void StateFilterProxyModel::setMembers(std::optional<QSet<QString>> members)
{
    m_members = std::move(members);
    invalidateRowsFilter();
}

void StateFilterProxyModel::setSearchText(const QString &text)
{
    m_search = TextNormalizer::foldName(text);
    invalidateRowsFilter();
}

bool StateFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_members && !m_members->contains(idx.data(StateTableModel::Iso3Role).toString()))
        return false;
    if (m_search.isEmpty())
        return true;
    return TextNormalizer::foldName(idx.data(StateTableModel::SearchTextRole).toString())
        .contains(m_search);
}

} // namespace Plenipo
