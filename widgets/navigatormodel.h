// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace Plenipo {

class Workspace;

// The navigator tree: processes > documents > clauses, documents outside any process, and the
// norms catalogue (norm > every clause linked to it, across documents).
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
        qint64 id;    // entity id (0 for sections)
        QString text; // section title
        int parent;   // index into m_nodes, -1 for top level
        int row;      // row within the parent
        QList<int> children;
    };

    void rebuild();
    void clauseChanged(qint64 clauseId);
    int addNode(NodeKind kind, qint64 id, int parent, const QString &text = {});
    const Node *node(const QModelIndex &index) const;
    QModelIndex indexOf(int nodeIndex) const;

    Workspace *m_workspace = nullptr;
    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace Plenipo
