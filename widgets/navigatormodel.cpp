// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "navigatormodel.h"

#include "core/domainnames.h"
#include "core/domaintext.h"
#include "core/language.h"
#include "storage/workspace.h"

#include <QFont>
#include <QLocale>

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
    m_workspace = workspace;
    if (m_workspace) {
        QObject::connect(m_workspace, &Workspace::structureChanged, this, &NavigatorModel::rebuild);
        QObject::connect(m_workspace, &Workspace::clauseChanged, this,
                         &NavigatorModel::clauseChanged);
    }
    rebuild();
}

int NavigatorModel::addNode(NodeKind kind, qint64 id, int parent, const QString &text)
{
    const int idx = int(m_nodes.size());
    QList<int> &siblings = parent < 0 ? m_top : m_nodes[parent].children;
    m_nodes.append(Node{kind, id, text, parent, int(siblings.size()), {}});
    // m_nodes may have reallocated: take the sibling list again.
    (parent < 0 ? m_top : m_nodes[parent].children).append(idx);
    return idx;
}

void NavigatorModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    if (m_workspace) {
        const Workspace &ws = *m_workspace;
        const int processes = addNode(NodeKind::Section, 0, -1, tr("Processes"));
        QList<qint64> placed;
        for (const Process &p : ws.processes()) {
            const int pn = addNode(NodeKind::Process, p.id, processes);
            for (const Document &d : ws.documentsOfProcess(p.id)) {
                placed << d.id;
                const int dn = addNode(NodeKind::Document, d.id, pn);
                for (const Clause &c : ws.clauses(d.id))
                    addNode(NodeKind::Clause, c.id, dn);
            }
        }
        int other = -1;
        for (const Document &d : ws.documents()) {
            if (placed.contains(d.id))
                continue;
            if (other < 0)
                other = addNode(NodeKind::Section, 0, -1, tr("Other documents"));
            const int dn = addNode(NodeKind::Document, d.id, other);
            for (const Clause &c : ws.clauses(d.id))
                addNode(NodeKind::Clause, c.id, dn);
        }
        const int norms = addNode(NodeKind::Section, 0, -1, tr("Norms catalogue"));
        for (const Norm &n : ws.norms()) {
            const int nn = addNode(NodeKind::Norm, n.id, norms);
            for (const Clause &c : ws.clausesLinkedToNorm(n.id))
                addNode(NodeKind::LinkedClause, c.id, nn);
        }
    }
    endResetModel();
}

void NavigatorModel::clauseChanged(qint64 clauseId)
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        if ((n.kind == NodeKind::Clause || n.kind == NodeKind::LinkedClause) && n.id == clauseId) {
            const QModelIndex idx = indexOf(i);
            Q_EMIT dataChanged(idx, idx);
        }
    }
}

const NavigatorModel::Node *NavigatorModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto i = qsizetype(index.internalId());
    return i < m_nodes.size() ? &m_nodes[i] : nullptr;
}

QModelIndex NavigatorModel::indexOf(int nodeIndex) const
{
    return createIndex(m_nodes[nodeIndex].row, 0, quintptr(nodeIndex));
}

QModelIndex NavigatorModel::find(NodeKind kind, qint64 id) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == kind && m_nodes[i].id == id)
            return indexOf(i);
    }
    return {};
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int> &children = parent.isValid() ? node(parent)->children : m_top;
    if (row >= children.size())
        return {};
    return createIndex(row, 0, quintptr(children[row]));
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return indexOf(n->parent);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_top.size());
    return int(node(parent)->children.size());
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
