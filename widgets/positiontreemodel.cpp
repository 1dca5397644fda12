// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "positiontreemodel.h"

#include "core/domaintext.h"

#include "consensussession.h"
#include "core/domainnames.h"
#include "core/statenames.h"
#include "stancedelegate.h"
#include "stancestyle.h"
#include "storage/workspace.h"

#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

PositionTreeModel::PositionTreeModel(ConsensusSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(session, &ConsensusSession::membersChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(session, &ConsensusSession::whatIfChanged, this, [this](qint64 clauseId) {
        if (clauseId == 0 || clauseId == m_clauseId)
            emitStancesChanged();
    });
    connect(session, &ConsensusSession::workspaceChanged, this, [this] {
        Workspace *ws = m_session->workspace();
        m_clauseId = 0;
        m_positions.clear();
        if (!ws)
            return;
        connect(ws, &Workspace::positionsChanged, this, [this](qint64 clauseId) {
            if (clauseId != m_clauseId)
                return;
            reloadPositions();
            emitStancesChanged();
        });
        connect(ws, &Workspace::clauseChanged, this, [this](qint64 clauseId) {
            if (clauseId == m_clauseId)
                emitStancesChanged(); // the "possibly outdated" marks
        });
        // The tree's branches are groups (the members follow membersChanged above).
        for (const auto signal : {&Workspace::groupsChanged, &Workspace::reloaded})
            connect(ws, signal, this, [this] {
                beginResetModel();
                rebuild();
                endResetModel();
            });
    });
    beginResetModel();
    rebuild();
    endResetModel();
}

void PositionTreeModel::setClause(qint64 clauseId, const QString &alternative)
{
    if (clauseId == m_clauseId && alternative == m_alternative)
        return;
    m_clauseId = clauseId;
    m_alternative = alternative;
    reloadPositions();
    emitStancesChanged();
}

void PositionTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
}

void PositionTreeModel::rebuild()
{
    m_groups.clear();
    Workspace *ws = m_session ? m_session->workspace() : nullptr;
    if (!ws)
        return;
    const QStringList &order = ws->stateOrder();
    const QList<int> members = m_session->members().indices();
    auto byName = [ws, &order](int a, int b) {
        const State *sa = ws->states().byIso3(order.at(a));
        const State *sb = ws->states().byIso3(order.at(b));
        return QString::localeAwareCompare(sa ? StateNames::display(*sa) : order.at(a),
                                           sb ? StateNames::display(*sb) : order.at(b)) < 0;
    };
    if (m_grouping == Grouping::Regional) {
        QHash<QString, int> groupOf;
        for (int i : members) {
            const State *s = ws->states().byIso3(order.at(i));
            const QString code = s ? s->regionalGroup : QString();
            auto it = groupOf.find(code);
            if (it == groupOf.end()) {
                const StateGroup *g = ws->group(code);
                it = groupOf.insert(code, int(m_groups.size()));
                m_groups.append({code,
                                 g ? DomainNames::display(*g)
                                   : (code.isEmpty() ? tr("No regional group") : code),
                                 {}});
            }
            m_groups[*it].states.append(i);
        }
        std::sort(m_groups.begin(), m_groups.end(),
                  [](const Group &a, const Group &b) { return a.title < b.title; });
    } else {
        QSet<int> placed;
        for (const StateGroup &g : ws->groups()) {
            if (g.kind != StateGroup::Kind::Political)
                continue;
            Group group{g.code, DomainNames::display(g), {}};
            for (const QString &iso : g.members) {
                const int i = ws->stateIndex(iso);
                if (i >= 0 && m_session->isMember(i)) {
                    group.states.append(i);
                    placed.insert(i);
                }
            }
            if (!group.states.isEmpty())
                m_groups.append(group);
        }
        Group rest{QString(), tr("In no political group"), {}};
        for (int i : members) {
            if (!placed.contains(i))
                rest.states.append(i);
        }
        if (!rest.states.isEmpty())
            m_groups.append(rest);
    }
    for (Group &g : m_groups)
        std::sort(g.states.begin(), g.states.end(), byName);
}

void PositionTreeModel::reloadPositions()
{
    m_positions.clear();
    Workspace *ws = m_session ? m_session->workspace() : nullptr;
    if (!ws || !m_clauseId)
        return;
    for (const Position &p : ws->positions(m_clauseId)) {
        if (p.alternative == m_alternative)
            m_positions.insert(p.state, p);
    }
}

void PositionTreeModel::emitStancesChanged()
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = index(g, 0);
        Q_EMIT dataChanged(index(g, 0), index(g, ColumnCount - 1));
        if (!m_groups.at(g).states.isEmpty())
            Q_EMIT dataChanged(index(0, 0, parent), index(int(m_groups.at(g).states.size()) - 1,
                                                          ColumnCount - 1, parent));
    }
}

const Position *PositionTreeModel::position(const QString &iso3) const
{
    auto it = m_positions.constFind(iso3);
    return it == m_positions.constEnd() ? nullptr : &*it;
}

QStringList PositionTreeModel::statesOf(const QModelIndexList &indexes) const
{
    Workspace *ws = m_session ? m_session->workspace() : nullptr;
    if (!ws)
        return {};
    QList<int> states;
    for (const QModelIndex &idx : indexes) {
        if (!idx.isValid() || idx.model() != this)
            continue;
        if (idx.internalId() == 0)
            states += m_groups.at(idx.row()).states;
        else
            states.append(m_groups.at(int(idx.internalId()) - 1).states.at(idx.row()));
    }
    std::sort(states.begin(), states.end());
    states.erase(std::unique(states.begin(), states.end()), states.end());
    QStringList iso;
    for (int i : states)
        iso.append(ws->stateOrder().at(i));
    return iso;
}

QModelIndex PositionTreeModel::indexOfState(const QString &iso3) const
{
    Workspace *ws = m_session ? m_session->workspace() : nullptr;
    const int state = ws ? ws->stateIndex(iso3) : -1;
    for (int g = 0; state >= 0 && g < m_groups.size(); ++g) {
        const int row = int(m_groups.at(g).states.indexOf(state));
        if (row >= 0)
            return index(row, 0, index(g, 0));
    }
    return {};
}

int PositionTreeModel::stateCount() const
{
    QSet<int> all;
    for (const Group &g : m_groups)
        for (int i : g.states)
            all.insert(i);
    return int(all.size());
}

QModelIndex PositionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PositionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int PositionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups.at(parent.row()).states.size());
}

int PositionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PositionTreeModel::data(const QModelIndex &index, int role) const
{
    // Without a workspace (closing one, opening the next) the old rows read nothing: a view's
    // current index may still ask before the rows are rebuilt.
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_session || !m_session->workspace())
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const Group &group = m_groups.at(int(index.internalId()) - 1);
    return stateData(group.states.at(index.row()), group.code, index.column(), role);
}

QString PositionTreeModel::summary(const Group &group) const
{
    if (!m_clauseId)
        return {};
    int counts[6] = {};
    for (int i : group.states) {
        const auto s = m_session->stance(m_clauseId, m_alternative, i);
        ++counts[s ? 1 + int(*s) : 0];
    }
    QStringList parts;
    for (Stance s : allStances) {
        if (const int n = counts[1 + int(s)])
            parts << u"%1 %2"_s.arg(n).arg(StanceText::label(s));
    }
    if (counts[0])
        parts << tr("%1 not recorded").arg(counts[0]);
    return parts.join(u", "_s);
}

QVariant PositionTreeModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == StateColumn)
            return u"%1 (%2)"_s.arg(group.title).arg(group.states.size());
        if (column == StanceColumn)
            return tr("set all...");
        if (column == SourceColumn)
            return summary(group);
        return {};
    case Qt::ForegroundRole:
        if (column == StanceColumn)
            return QColor(0x70, 0x70, 0x70);
        return {};
    case Qt::FontRole:
        if (column == StanceColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (column == StateColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StanceColumn)
            return tr("Edit to set one stance for every state of %1 shown here").arg(group.title);
        // The group's whole name first: a long translated name is elided in its column.
        return u"<b>%1</b><br>%2"_s.arg(
            groupData(group, StateColumn, Qt::DisplayRole).toString().toHtmlEscaped(),
            summary(group).toHtmlEscaped());
    case GroupCodeRole:
        return group.code;
    case Iso3Role:
        return QString();
    default:
        return {};
    }
}

QVariant PositionTreeModel::stateData(int state, const QString &groupCode, int column,
                                      int role) const
{
    Workspace *ws = m_session->workspace();
    const QString &iso = ws->stateOrder().at(state);
    const State *s = ws->states().byIso3(iso);
    const Position *p = position(iso);
    const bool whatIf = m_clauseId && m_session->isOverridden(m_clauseId, m_alternative, state);
    const bool outdated = p && !whatIf && ws->isOutdated(*p);
    switch (role) {
    case Iso3Role:
        return iso;
    case GroupCodeRole:
        return groupCode;
    case InternalRole:
        return p && p->internal;
    case StanceDelegate::StanceRole:
        if (column != StanceColumn || !m_clauseId)
            return {};
        if (const auto st = m_session->stance(m_clauseId, m_alternative, state))
            return int(*st);
        return -1;
    case StanceDelegate::WhatIfRole:
        return whatIf;
    case StanceDelegate::OutdatedRole:
        return outdated;
    case Qt::DisplayRole:
        switch (column) {
        case StateColumn:
            return u"%1 %2"_s.arg(iso, s ? StateNames::display(*s) : QString());
        case StanceColumn: {
            const auto st =
                m_clauseId ? m_session->stance(m_clauseId, m_alternative, state) : std::nullopt;
            return StanceStyle::label(st);
        }
        case SourceColumn: {
            if (!p)
                return {};
            // The date first: it stays in view when a long source is elided.
            QStringList parts;
            if (p->sourceDate.isValid())
                parts << QLocale().toString(p->sourceDate, QLocale::ShortFormat);
            if (!p->sourceSymbol.isEmpty())
                parts << p->sourceSymbol;
            if (!p->sourceText.isEmpty())
                parts << p->sourceText;
            if (parts.isEmpty())
                parts << DomainText::sourceKindLabel(p->sourceKind);
            return parts.join(u" · "_s);
        }
        case NoteColumn:
            return p ? p->note : QString();
        case FlagsColumn: {
            QStringList flags;
            if (whatIf)
                flags << tr("what-if");
            if (p && p->internal)
                flags << tr("internal");
            if (outdated)
                flags << tr("outdated: text changed since given");
            if (m_clauseId && ws->orphanedStates(m_clauseId).contains(state))
                flags << tr("orphaned position");
            return flags.join(u", "_s);
        }
        }
        return {};
    case Qt::ForegroundRole:
        if (column == FlagsColumn) {
            if (whatIf)
                return StanceStyle::whatIfColour();
            if (outdated || (m_clauseId && ws->orphanedStates(m_clauseId).contains(state)))
                return QColor(0xa8, 0x6b, 0x00);
            if (p && p->internal)
                return QColor(0xb3, 0x1b, 0x1b);
        }
        return {};
    case Qt::ToolTipRole: {
        // An elided source or note reads in full in its tooltip.
        if ((column == SourceColumn || column == NoteColumn) && p) {
            const QString full = stateData(state, groupCode, column, Qt::DisplayRole).toString();
            if (!full.isEmpty())
                return full;
        }
        QString tip =
            u"<b>%1</b> (%2)"_s.arg((s ? StateNames::display(*s) : iso).toHtmlEscaped(), iso);
        if (m_clauseId) {
            const auto st = m_session->stance(m_clauseId, m_alternative, state);
            tip += u"<br>%1"_s.arg(tr("Stance: %1").arg(StanceStyle::label(st)));
        }
        if (whatIf)
            tip += u"<br><i>%1</i>"_s.arg(
                tr("Temporary (what-if): not saved until you keep the what-if changes."));
        if (p) {
            if (!p->sourceKind.isEmpty() || !p->sourceText.isEmpty())
                tip += u"<br>%1"_s.arg(
                    tr("Source (%1): %2")
                        .arg(DomainText::sourceKindLabel(p->sourceKind), p->sourceText)
                        .toHtmlEscaped());
            if (!p->note.isEmpty())
                tip += u"<br>%1"_s.arg(tr("Note: %1").arg(p->note).toHtmlEscaped());
            if (p->internal)
                tip += u"<br>%1"_s.arg(
                    tr("Internal: never leaves in a coalition export.").toHtmlEscaped());
            if (outdated)
                tip += u"<br>%1"_s.arg(tr("Outdated: the words it was given on have changed "
                                          "since. Confirm it or change it."));
            if (!p->author.isEmpty())
                tip += u"<br><small>%1</small>"_s.arg(
                    tr("Recorded by %1, %2")
                        .arg(p->author, QLocale().toString(p->modified, QLocale::ShortFormat))
                        .toHtmlEscaped());
        }
        if (m_clauseId && ws->orphanedStates(m_clauseId).contains(state))
            tip += u"<br>%1"_s.arg(tr("Has an orphaned position on this clause: its words are "
                                      "gone; it is listed below the table to re-attach or "
                                      "discard, and counted nowhere."));
        return tip;
    }
    default:
        return {};
    }
}

bool PositionTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != StanceColumn || !m_clauseId ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const int code = value.toInt(&ok);
    if (!ok || code < 0 || code > int(Stance::Objects))
        return false;
    const QStringList states = statesOf({index});
    m_session->setStance(states, m_clauseId, m_alternative, Stance(code));
    return true;
}

Qt::ItemFlags PositionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == 0 && index.column() == StateColumn)
        return f;
    const Workspace *ws = m_session ? m_session->workspace() : nullptr;
    const bool writable = ws && (!ws->isReadOnly() || m_session->isWhatIfMode());
    if (index.column() == StanceColumn && m_clauseId && writable)
        f |= Qt::ItemIsEditable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant PositionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case StanceColumn:
        return tr("Stance");
    case SourceColumn:
        return tr("Source");
    case NoteColumn:
        return tr("Note");
    case FlagsColumn:
        return tr("Marks");
    }
    return {};
}

} // namespace Plenipo
