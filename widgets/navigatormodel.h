// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace Plenipo {

class Workspace;

// The navigator tree: processes > documents > clauses, documents outside any process, and the
// norms catalogue (norm > every clause linked to it, across documents).
//
// The model follows the workspace's precise change signals with row insertions, removals and
// dataChanged, never a reset, so a view keeps its expansion and selection across every edit,
// undo and redo. Nodes have stable ids (the index's internal id), never re-used.
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind
    {
        Section,
        Process,
        Document,
        Clause,
        Norm,
        LinkedClause
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IdRole
    };

    explicit NavigatorModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }

    // The first index showing the entity (kind, id), or an invalid index.
    QModelIndex find(NodeKind kind, qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        NodeKind kind;
        qint64 id;       // entity id (0 for sections)
        QString text;    // section title
        quintptr parent; // node id of the parent, 0 for top level
        int row;         // row within the parent
        QList<quintptr> children;
    };
    // What a node should be: kind, entity id, section title (sections are told by their title).
    struct Wanted
    {
        NodeKind kind;
        qint64 id;
        QString text;
        QList<Wanted> children;
    };

    QList<Wanted> wantedTree() const;
    // Brings the children of `parent` (0: top level) to `wanted` with row insertions and
    // removals, keeping every node that stays (and so its expansion and selection).
    void sync(quintptr parent, const QList<Wanted> &wanted);
    void syncAll();
    void clauseChanged(qint64 clauseId);
    quintptr insertNode(quintptr parent, int row, const Wanted &wanted);
    void removeNode(quintptr parent, int row);
    void forget(quintptr node);
    void renumber(quintptr parent, int from);
    QList<quintptr> &childrenOf(quintptr parent);
    const QList<quintptr> &childrenOf(quintptr parent) const;
    const Node *node(const QModelIndex &index) const;
    QModelIndex indexOf(quintptr node) const;

    Workspace *m_workspace = nullptr;
    QHash<quintptr, Node> m_nodes;
    QList<quintptr> m_top;
    quintptr m_nextId = 1;
};

} // namespace Plenipo
