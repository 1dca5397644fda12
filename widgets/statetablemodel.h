// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include "core/stance.h"

namespace Plenipo {

class Workspace;

// The states of a workspace as a table: code, name, regional group, and the state's stance on
// the current clause (when one is set).
class StateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        RegionalGroupColumn,
        StanceColumn,
        ColumnCount
    };
    enum Role
    {
        Iso3Role = Qt::UserRole + 1,
        StanceRole,
        SearchTextRole
    };

    explicit StateTableModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // Shows each state's position on this clause (0: none).
    void setClause(qint64 clauseId);
    qint64 clause() const { return m_clauseId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    void reloadPositions();

    Workspace *m_workspace = nullptr;
    qint64 m_clauseId = 0;
    QHash<QString, Stance> m_stances; // ISO3 -> stance on the whole clause
    QSet<QString> m_outdated;         // ISO3 with an outdated position on the clause (issue 10)
    QSet<QString> m_orphaned;         // ISO3 with an orphaned position on the clause
};

} // namespace Plenipo
