// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statetablemodel.h"

#include "core/statenames.h"
#include "storage/workspace.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace Plenipo {

StateTableModel::StateTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StateTableModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        m_workspace->disconnect(this);
    beginResetModel();
    m_workspace = workspace;
    m_clauseId = 0;
    m_stances.clear();
    endResetModel();
    if (m_workspace) {
        connect(m_workspace, &Workspace::positionsChanged, this, [this](qint64 clauseId) {
            if (clauseId == m_clauseId)
                reloadPositions();
        });
        // The rows are the states with their groups; they change only when memory is read again
        // or a group comes or goes.
        connect(m_workspace, &Workspace::groupsChanged, this, &StateTableModel::reload);
        connect(m_workspace, &Workspace::reloaded, this, &StateTableModel::reload);
    }
}

void StateTableModel::reload()
{
    beginResetModel();
    endResetModel();
    reloadPositions();
}

void StateTableModel::setClause(qint64 clauseId)
{
    m_clauseId = clauseId;
    reloadPositions();
}

void StateTableModel::reloadPositions()
{
    m_stances.clear();
    m_outdated.clear();
    m_orphaned.clear();
    if (m_workspace && m_clauseId) {
        for (const Position &p : m_workspace->positions(m_clauseId)) {
            if (p.alternative.isEmpty())
                m_stances.insert(p.state, p.stance);
        }
        for (const QString &iso : m_workspace->iso3(m_workspace->outdatedStates(m_clauseId)))
            m_outdated.insert(iso);
        for (int i : m_workspace->orphanedStates(m_clauseId))
            m_orphaned.insert(m_workspace->stateOrder().value(i));
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, StanceColumn), index(rowCount() - 1, StanceColumn));
}

int StateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_workspace ? 0 : int(m_workspace->states().size());
}

int StateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_workspace)
        return {};
    const State &s = m_workspace->states().states().at(index.row());
    const Stance stance = m_stances.value(s.iso3, Stance::NoPosition);
    switch (role) {
    case Iso3Role:
        return s.iso3;
    case StanceRole:
        return QVariant::fromValue(stance);
    case SearchTextRole:
        return (QStringList{s.iso3, s.name, s.officialName, s.aliases.join(u' ')} +
                StateNames::bundled().allNames(s.iso3))
            .join(u' ');
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return s.iso3;
        case NameColumn:
            return StateNames::display(s);
        case RegionalGroupColumn:
            return s.regionalGroup;
        case StanceColumn: {
            QString text =
                m_clauseId && m_stances.contains(s.iso3) ? StanceText::label(stance) : QString();
            // Marks of text identity (issue 10): outdated, orphaned.
            QStringList marks;
            if (m_outdated.contains(s.iso3))
                marks << tr("outdated");
            if (m_orphaned.contains(s.iso3))
                marks << tr("orphaned");
            if (!marks.isEmpty())
                text = text.isEmpty() ? u"(%1)"_s.arg(marks.join(u", "_s))
                                      : u"%1 (%2)"_s.arg(text, marks.join(u", "_s));
            return text;
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            QString tip = u"<b>%1</b><br>%2"_s.arg(StateNames::display(s).toHtmlEscaped(),
                                                   StateNames::displayOfficial(s).toHtmlEscaped());
            if (!s.aliases.isEmpty())
                tip +=
                    u"<br><i>%1</i> %2"_s.arg(tr("Also:"), s.aliases.join(u"; "_s).toHtmlEscaped());
            return tip;
        }
        if (index.column() == StanceColumn &&
            (m_outdated.contains(s.iso3) || m_orphaned.contains(s.iso3))) {
            QStringList lines;
            if (m_outdated.contains(s.iso3))
                lines << tr("Outdated: a position of this state on the clause was given on words "
                            "that have changed since.");
            if (m_orphaned.contains(s.iso3))
                lines << tr("Orphaned: a position of this state lost its words; it is not "
                            "counted (see the positions panel).");
            return lines.join(u"<br>"_s);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StanceColumn) {
            switch (stance) {
            case Stance::Supports:
                return QColor(0x1b, 0x7a, 0x3a);
            case Stance::CanAccept:
                return QColor(0x2f, 0x6f, 0xa8);
            case Stance::Reservation:
                return QColor(0xa8, 0x6b, 0x00);
            case Stance::Objects:
                return QColor(0xb3, 0x1b, 0x1b);
            case Stance::NoPosition:
                break;
            }
        }
        return {};
    }
    return {};
}

QVariant StateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("State");
    case RegionalGroupColumn:
        return tr("Group");
    case StanceColumn:
        return tr("Position");
    }
    return {};
}

} // namespace Plenipo
