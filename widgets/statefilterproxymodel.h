// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace Plenipo {

// Filters a StateTableModel to the members of a group or process and by a search text that
// matches code, names and aliases.
class StateFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StateFilterProxyModel(QObject *parent = nullptr);

    // Only these ISO3 codes (an empty optional: every state).
    void setMembers(std::optional<QSet<QString>> members);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<QSet<QString>> m_members;
    QString m_search;
};

} // namespace Plenipo
