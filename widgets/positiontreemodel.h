// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/position.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace Plenipo {

class ConsensusSession;

// The positions of the members (ConsensusSession::members()) on one clause, or on one
// alternative of it, as a tree: groups (UN regional groups, or political groups with the
// states in none of them last) > states. The stance column is editable in place (through
// ConsensusSession::setStance, so it is undoable, or temporary in what-if mode); editing it on
// a group row sets the stance of every member of that group shown (bulk entry).
class PositionTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        StateColumn,
        StanceColumn,
        SourceColumn,
        NoteColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role
    {
        Iso3Role = Qt::UserRole + 1, // ISO3 of a state row; empty for a group row
        GroupCodeRole,               // the group code of a group row (or of a state's group)
        InternalRole,                // bool: the position is internal
    };
    enum class Grouping
    {
        Regional,
        Political
    };

    explicit PositionTreeModel(ConsensusSession *session, QObject *parent = nullptr);

    // The clause shown (0: none) and the alternative ("" for the whole clause).
    void setClause(qint64 clauseId, const QString &alternative = {});
    qint64 clause() const { return m_clauseId; }
    QString alternative() const { return m_alternative; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    // The saved position of a state shown (nullptr when it has none on this clause/alternative).
    const Position *position(const QString &iso3) const;
    // The states of some indexes (a group row stands for its members), each once.
    QStringList statesOf(const QModelIndexList &indexes) const;
    // The index of a state's first row (column 0), invalid when not shown.
    QModelIndex indexOfState(const QString &iso3) const;
    // The number of state rows shown.
    int stateCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString code;
        QString title;
        QList<int> states; // state indices, by name
    };
    void rebuild();
    void reloadPositions();
    void emitStancesChanged();
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant stateData(int state, const QString &groupCode, int column, int role) const;
    QString summary(const Group &group) const;

    QPointer<ConsensusSession> m_session;
    qint64 m_clauseId = 0;
    QString m_alternative;
    Grouping m_grouping = Grouping::Regional;
    QList<Group> m_groups;
    QHash<QString, Position> m_positions; // ISO3 -> saved position on clause/alternative
};

} // namespace Plenipo
