// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "navigatormodel.h"

#include "core/domainnames.h"
#include "core/domaintext.h"
#include "core/language.h"
#include "storage/workspace.h"

#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {
QString firstWords(const QString &text, int maxChars = 70)
{
    QString t = text.simplified();
    if (t.size() <= maxChars)
        return t;
    t.truncate(maxChars);
    const qsizetype space = t.lastIndexOf(u' ');
    if (space > maxChars / 2)
        t.truncate(space);
    return t + u'\u2026';
}
} // namespace

NavigatorModel::NavigatorModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void NavigatorModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        m_workspace->disconnect(this);
    beginResetModel();
    m_workspace = workspace;
    m_nodes.clear();
    m_top.clear();
    endResetModel();
    if (m_workspace) {
        // Structure: reconcile the tree (rows inserted and removed, nothing reset).
        for (auto signal : {&Workspace::documentAdded, &Workspace::documentRemoved})
            QObject::connect(m_workspace, signal, this, &NavigatorModel::syncAll);
        for (auto signal : {&Workspace::clauseInserted, &Workspace::clauseRemoved})
            QObject::connect(m_workspace, signal, this, &NavigatorModel::syncAll);
        for (auto signal :
             {&Workspace::processesChanged, &Workspace::normsChanged, &Workspace::reloaded})
            QObject::connect(m_workspace, signal, this, &NavigatorModel::syncAll);
        QObject::connect(m_workspace, &Workspace::clauseChanged, this,
                         [this](qint64 clauseId, Workspace::ClauseChanges what) {
                             if (what & Workspace::ClauseChange::Norms)
                                 syncAll(); // linked under other norms now
                             clauseChanged(clauseId);
                         });
    }
    syncAll();
}

QList<NavigatorModel::Wanted> NavigatorModel::wantedTree() const
{
    QList<Wanted> top;
    if (!m_workspace)
        return top;
    const Workspace &ws = *m_workspace;
    const auto documentNode = [&ws](const Document &d) {
        Wanted dn{NodeKind::Document, d.id, {}, {}};
        for (const Clause &c : ws.clauses(d.id))
            dn.children.append(Wanted{NodeKind::Clause, c.id, {}, {}});
        return dn;
    };
    Wanted processes{NodeKind::Section, 0, tr("Processes"), {}};
    QSet<qint64> placed;
    for (const Process &p : ws.processes()) {
        Wanted pn{NodeKind::Process, p.id, {}, {}};
        for (const Document &d : ws.documentsOfProcess(p.id)) {
            placed.insert(d.id);
            pn.children.append(documentNode(d));
        }
        processes.children.append(pn);
    }
    top.append(processes);
    Wanted other{NodeKind::Section, 0, tr("Other documents"), {}};
    for (const Document &d : ws.documents()) {
        if (!placed.contains(d.id))
            other.children.append(documentNode(d));
    }
    if (!other.children.isEmpty())
        top.append(other);
    Wanted norms{NodeKind::Section, 0, tr("Norms catalogue"), {}};
    for (const Norm &n : ws.norms()) {
        Wanted nn{NodeKind::Norm, n.id, {}, {}};
        for (const Clause &c : ws.clausesLinkedToNorm(n.id))
            nn.children.append(Wanted{NodeKind::LinkedClause, c.id, {}, {}});
        norms.children.append(nn);
    }
    top.append(norms);
    return top;
}

void NavigatorModel::syncAll()
{
    sync(0, wantedTree());
}

QList<quintptr> &NavigatorModel::childrenOf(quintptr parent)
{
    return parent ? m_nodes[parent].children : m_top;
}

const QList<quintptr> &NavigatorModel::childrenOf(quintptr parent) const
{
    return parent ? m_nodes.find(parent)->children : m_top;
}

void NavigatorModel::sync(quintptr parent, const QList<Wanted> &wanted)
{
    const auto same = [this](quintptr id, const Wanted &w) {
        const Node &n = m_nodes[id];
        return n.kind == w.kind && n.id == w.id && n.text == w.text;
    };
    // Walk both lists in order: a current node that is wanted later stays (the nodes between
    // are inserted before it); one that is not wanted any more is removed. The lists only
    // gain and lose entries (a moved entity is removed and inserted), so this is minimal.
    int row = 0;
    for (const Wanted &w : wanted) {
        const QList<quintptr> &current = childrenOf(parent);
        while (row < current.size() && !same(current[row], w)) {
            const quintptr id = current[row];
            const bool wantedLater = std::any_of(wanted.cbegin(), wanted.cend(),
                                                 [&](const Wanted &x) { return same(id, x); });
            if (wantedLater)
                break;
            removeNode(parent, row);
        }
        if (row < childrenOf(parent).size() && same(childrenOf(parent)[row], w))
            sync(childrenOf(parent)[row], w.children);
        else
            insertNode(parent, row, w);
        ++row;
    }
    while (row < childrenOf(parent).size())
        removeNode(parent, int(childrenOf(parent).size()) - 1);
}

quintptr NavigatorModel::insertNode(quintptr parent, int row, const Wanted &wanted)
{
    beginInsertRows(parent ? indexOf(parent) : QModelIndex(), row, row);
    const quintptr id = m_nextId++;
    m_nodes.insert(id, Node{wanted.kind, wanted.id, wanted.text, parent, row, {}});
    childrenOf(parent).insert(row, id);
    renumber(parent, row + 1);
    endInsertRows();
    // The children arrive as insertions of their own (a view sees them under the new row).
    if (!wanted.children.isEmpty()) {
        beginInsertRows(indexOf(id), 0, int(wanted.children.size()) - 1);
        for (int r = 0; r < wanted.children.size(); ++r) {
            const Wanted &child = wanted.children[r];
            const quintptr cid = m_nextId++;
            m_nodes.insert(cid, Node{child.kind, child.id, child.text, id, r, {}});
            m_nodes[id].children.append(cid);
        }
        endInsertRows();
        for (int r = 0; r < wanted.children.size(); ++r) {
            if (!wanted.children[r].children.isEmpty())
                sync(m_nodes[id].children[r], wanted.children[r].children);
        }
    }
    return id;
}

void NavigatorModel::removeNode(quintptr parent, int row)
{
    beginRemoveRows(parent ? indexOf(parent) : QModelIndex(), row, row);
    const quintptr id = childrenOf(parent).takeAt(row);
    forget(id);
    renumber(parent, row);
    endRemoveRows();
}

void NavigatorModel::forget(quintptr node)
{
    const QList<quintptr> children = m_nodes.value(node).children;
    for (quintptr c : children)
        forget(c);
    m_nodes.remove(node);
}

void NavigatorModel::renumber(quintptr parent, int from)
{
    const QList<quintptr> &children = childrenOf(parent);
    for (int r = from; r < children.size(); ++r)
        m_nodes[children[r]].row = r;
}

void NavigatorModel::clauseChanged(qint64 clauseId)
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const Node &n = it.value();
        if ((n.kind == NodeKind::Clause || n.kind == NodeKind::LinkedClause) && n.id == clauseId) {
            const QModelIndex idx = indexOf(it.key());
            Q_EMIT dataChanged(idx, idx);
        }
    }
}

const NavigatorModel::Node *NavigatorModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto it = m_nodes.constFind(index.internalId());
    return it == m_nodes.cend() ? nullptr : &*it;
}

QModelIndex NavigatorModel::indexOf(quintptr node) const
{
    return createIndex(m_nodes.value(node).row, 0, node);
}

QModelIndex NavigatorModel::find(NodeKind kind, qint64 id) const
{
    // The first in tree order (a clause shows under its document before under a norm).
    std::function<QModelIndex(const QList<quintptr> &)> search =
        [&](const QList<quintptr> &nodes) -> QModelIndex {
        for (quintptr n : nodes) {
            const Node &x = *m_nodes.constFind(n);
            if (x.kind == kind && x.id == id)
                return indexOf(n);
            if (const QModelIndex found = search(x.children); found.isValid())
                return found;
        }
        return {};
    };
    return search(m_top);
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (parent.isValid() && !node(parent))
        return {};
    const QList<quintptr> &children = parent.isValid() ? node(parent)->children : m_top;
    if (row >= children.size())
        return {};
    return createIndex(row, 0, children[row]);
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || !n->parent)
        return {};
    return indexOf(n->parent);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_top.size());
    const Node *n = node(parent);
    return n ? int(n->children.size()) : 0;
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n || !m_workspace)
        return {};
    if (role == KindRole)
        return int(n->kind);
    if (role == IdRole)
        return n->id;
    const Workspace &ws = *m_workspace;
    switch (n->kind) {
    case NodeKind::Section:
        // The tooltip too: a narrow navigator elides a long heading ("Catalogue des normes").
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return n->text;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case NodeKind::Process: {
        const Process *p = ws.process(n->id);
        if (!p)
            return {};
        if (role == Qt::DisplayRole)
            return Language::isolate(DomainNames::display(*p));
        if (role == Qt::ToolTipRole) {
            const QString members = p->allUnMembers
                                        ? tr("open to all UN member states")
                                        : tr("%n member state(s)", nullptr, int(p->members.size()));
            return u"<b>%1</b><br>%2, %3<br>%4"_s.arg(DomainNames::display(*p).toHtmlEscaped(),
                                                      DomainText::label(p->kind), members,
                                                      p->outcome.toHtmlEscaped());
        }
        return {};
    }
    case NodeKind::Document: {
        const Document *d = ws.document(n->id);
        if (!d)
            return {};
        if (role == Qt::DisplayRole)
            return u"%1  %2"_s.arg(Language::isolate(d->symbol), DomainText::label(d->kind));
        // Tooltips start with the whole row text: a narrow navigator elides it.
        if (role == Qt::ToolTipRole)
            return u"<b>%1</b>  %4<br>%2<br>%3"_s.arg(
                d->symbol.toHtmlEscaped(), d->title.toHtmlEscaped(),
                QLocale().toString(d->date, QLocale::LongFormat), DomainText::label(d->kind));
        return {};
    }
    case NodeKind::Clause:
    case NodeKind::LinkedClause: {
        const auto c = ws.clause(n->id);
        if (!c)
            return {};
        if (role == Qt::DisplayRole) {
            if (n->kind == NodeKind::LinkedClause) {
                const Document *d = ws.document(c->documentId);
                return u"%1 %2  %3"_s.arg(Language::isolate(d ? d->symbol : QString()),
                                          Language::isolate(c->number),
                                          Language::isolate(firstWords(c->text, 50)));
            }
            return u"%1  %2"_s.arg(Language::isolate(c->number),
                                   Language::isolate(firstWords(c->text)));
        }
        if (role == Qt::ToolTipRole) {
            const Document *d = ws.document(c->documentId);
            return u"<b>%1 %2</b>  %3"_s.arg(
                n->kind == NodeKind::LinkedClause && d ? d->symbol.toHtmlEscaped() : QString(),
                c->number.toHtmlEscaped(), c->text.simplified().toHtmlEscaped());
        }
        return {};
    }
    case NodeKind::Norm: {
        const Norm *nm = ws.norm(n->id);
        if (!nm)
            return {};
        if (role == Qt::DisplayRole)
            return u"%1  %2"_s.arg(Language::isolate(nm->paragraph), Language::isolate(nm->title));
        if (role == Qt::ToolTipRole)
            return u"<b>%1  %2</b><br>%3 (%4, para. %1)<br>%5"_s.arg(
                nm->paragraph, nm->title.toHtmlEscaped(), nm->code, nm->sourceSymbol,
                nm->summary.toHtmlEscaped());
        return {};
    }
    }
    return {};
}

} // namespace Plenipo
