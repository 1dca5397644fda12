// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "supportmatrixmodel.h"

#include "consensus/consensusengine.h"
#include "consensus/whatif.h"
#include "consensussession.h"
#include "core/domainnames.h"
#include "core/statenames.h"
#include "stancedelegate.h"
#include "stancestyle.h"
#include "storage/stancematrix.h"
#include "storage/workspace.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

SupportMatrixModel::SupportMatrixModel(ConsensusSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    auto followEngine = [this] {
        if (ConsensusEngine *engine = m_session->engine()) {
            connect(engine, &ConsensusEngine::clauseUpdated, this,
                    &SupportMatrixModel::clauseUpdated);
            connect(engine, &ConsensusEngine::recomputed, this, &SupportMatrixModel::recomputed);
        }
    };
    connect(session, &ConsensusSession::workspaceChanged, this, [this, followEngine] {
        followEngine();
        reset();
    });
    connect(session, &ConsensusSession::membersChanged, this, &SupportMatrixModel::reset);
    connect(session, &ConsensusSession::documentChanged, this, &SupportMatrixModel::recomputed);
    connect(session, &ConsensusSession::whatIfChanged, this, [this](qint64 clauseId) {
        if (clauseId)
            clauseUpdated(clauseId);
        else
            recomputed();
    });
    followEngine();
    reset();
}

void SupportMatrixModel::setRowOrder(RowOrder order)
{
    if (order == m_order && !m_rows.isEmpty())
        return;
    m_order = order;
    beginResetModel();
    sortRows();
    endResetModel();
}

int SupportMatrixModel::rowOfState(int stateIndex) const
{
    return stateIndex >= 0 && stateIndex < m_rowOfState.size() ? m_rowOfState.at(stateIndex) : -1;
}

int SupportMatrixModel::columnOfClause(qint64 clauseId) const
{
    return m_columnOf.value(clauseId, -1);
}

void SupportMatrixModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    m_columnOf.clear();
    m_names.clear();
    m_groups.clear();
    Workspace *ws = m_session ? m_session->workspace() : nullptr;
    ConsensusEngine *engine = m_session ? m_session->engine() : nullptr;
    const int stateCount = ws ? int(ws->stateOrder().size()) : 0;
    m_objections = QList<int>(stateCount, 0);
    m_blocking = QList<int>(stateCount, 0);
    if (ws && engine) {
        for (const QString &iso : ws->stateOrder()) {
            const State *s = ws->states().byIso3(iso);
            m_names << (s ? StateNames::display(*s) : iso);
            m_groups << (s ? s->regionalGroup : QString());
        }
        m_rows = m_session->members().indices();
        m_columns.reserve(engine->clauses().size());
        for (const ClauseConsensus &cc : engine->clauses()) {
            m_columnOf.insert(cc.clauseId, int(m_columns.size()));
            Column column;
            column.clauseId = cc.clauseId;
            column.number = cc.number;
            column.objecting = StateSet(stateCount);
            column.blockers = StateSet(stateCount);
            m_columns.append(column);
            refreshColumn(m_columns.last());
        }
    }
    sortRows();
    endResetModel();
}

void SupportMatrixModel::refreshColumn(Column &column)
{
    Workspace *ws = m_session->workspace();
    ConsensusEngine *engine = m_session->engine();
    const int stateCount = int(ws->stateOrder().size());
    // Take the old contribution out of the per-state counts.
    for (int i : column.objecting.indices())
        --m_objections[i];
    for (int i : column.blockers.indices())
        --m_blocking[i];

    column.stances = ws->stances().vector(column.clauseId, {});
    const WhatIf *whatIf = m_session->whatIf();
    column.whatIf = StateSet(stateCount);
    if (whatIf && !whatIf->isEmpty() && whatIf->clauses().contains(column.clauseId)) {
        whatIf->apply(column.clauseId, {}, column.stances);
        for (int i = 0; i < stateCount; ++i) {
            if (whatIf->stance(column.clauseId, {}, i))
                column.whatIf.insert(i);
        }
    }
    column.altObjectors = StateSet(stateCount);
    column.altReservations = StateSet(stateCount);
    column.blockers = StateSet(stateCount);
    column.objecting = StateSet(stateCount);
    column.outdated = ws->outdatedStates(column.clauseId);
    column.orphaned = StateSet(stateCount);
    for (int i : ws->orphanedStates(column.clauseId)) {
        if (i < stateCount)
            column.orphaned.insert(i);
    }
    if (const ClauseConsensus *cc = engine->clause(column.clauseId)) {
        column.status = cc->status;
        column.number = cc->number;
        column.blockers = cc->blockers;
        for (const ClauseConsensus::Group &g : cc->groups) {
            for (const ClauseConsensus::Alternative &a : g.alternatives) {
                column.altObjectors |= a.objectors;
                column.altReservations |= a.reservations;
            }
        }
        column.objecting = cc->objectors | column.altObjectors;
    }
    for (int i : column.objecting.indices())
        ++m_objections[i];
    for (int i : column.blockers.indices())
        ++m_blocking[i];
}

void SupportMatrixModel::clauseUpdated(qint64 clauseId)
{
    const int c = columnOfClause(clauseId);
    if (c < 0)
        return;
    refreshColumn(m_columns[c]);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, c), index(int(m_rows.size()) - 1, c));
    Q_EMIT headerDataChanged(Qt::Horizontal, c, c);
    if (!m_rows.isEmpty())
        Q_EMIT headerDataChanged(Qt::Vertical, 0, int(m_rows.size()) - 1);
}

void SupportMatrixModel::recomputed()
{
    ConsensusEngine *engine = m_session ? m_session->engine() : nullptr;
    if (!engine)
        return;
    const QList<ClauseConsensus> &clauses = engine->clauses();
    bool same = clauses.size() == m_columns.size() && m_rows.size() == m_session->members().count();
    for (qsizetype c = 0; same && c < clauses.size(); ++c)
        same = clauses.at(c).clauseId == m_columns.at(c).clauseId;
    if (!same) {
        reset();
        return;
    }
    for (Column &column : m_columns)
        refreshColumn(column);
    if (!m_rows.isEmpty() && !m_columns.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

void SupportMatrixModel::sortRows()
{
    auto byName = [this](int a, int b) {
        const int c = QString::localeAwareCompare(m_names.at(a), m_names.at(b));
        return c != 0 ? c < 0 : a < b;
    };
    switch (m_order) {
    case RowOrder::ByGroup:
        std::sort(m_rows.begin(), m_rows.end(), [this, &byName](int a, int b) {
            if (m_groups.at(a) != m_groups.at(b))
                return m_groups.at(a) < m_groups.at(b);
            return byName(a, b);
        });
        break;
    case RowOrder::ByObjections:
        std::sort(m_rows.begin(), m_rows.end(), [this, &byName](int a, int b) {
            if (m_objections.at(a) != m_objections.at(b))
                return m_objections.at(a) > m_objections.at(b);
            return byName(a, b);
        });
        break;
    case RowOrder::ByName:
        std::sort(m_rows.begin(), m_rows.end(), byName);
        break;
    }
    m_rowOfState = QList<int>(m_names.size(), -1);
    m_groupStart = QList<bool>(m_rows.size(), false);
    for (int r = 0; r < m_rows.size(); ++r) {
        m_rowOfState[m_rows.at(r)] = r;
        m_groupStart[r] = m_order == RowOrder::ByGroup && r > 0 &&
                          m_groups.at(m_rows.at(r)) != m_groups.at(m_rows.at(r - 1));
    }
}

int SupportMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SupportMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SupportMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int state = m_rows.at(index.row());
    const Column &column = m_columns.at(index.column());
    const quint8 byte = state < column.stances.size() ? quint8(column.stances.at(state)) : 0;
    switch (role) {
    case CellRole: {
        quint32 cell = byte & StanceMask;
        if (column.altObjectors.contains(state))
            cell |= AltObjection;
        if (column.altReservations.contains(state))
            cell |= AltReservation;
        if (column.blockers.contains(state))
            cell |= Blocker;
        if (column.whatIf.contains(state))
            cell |= WhatIfStance;
        if (m_groupStart.at(index.row()))
            cell |= GroupStart;
        if (column.status == ConsensusStatus::Blocked)
            cell |= BlockedClause;
        if (column.outdated.contains(state))
            cell |= Outdated;
        if (column.orphaned.contains(state))
            cell |= Orphaned;
        return cell;
    }
    case StanceDelegate::StanceRole:
    case Qt::EditRole:
        return byte ? int(StanceMatrix::stanceOf(byte)) : -1;
    case StanceDelegate::WhatIfRole:
        return column.whatIf.contains(state);
    case Qt::DisplayRole:
        return StanceStyle::label(StanceMatrix::decode(byte));
    case Qt::ToolTipRole:
        return cellToolTip(index.row(), index.column());
    case Iso3Role:
        return m_session->workspace()->stateOrder().at(state);
    case ClauseIdRole:
        return column.clauseId;
    default:
        return {};
    }
}

bool SupportMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const int code = value.toInt(&ok);
    if (!ok || code < 0 || code > int(Stance::Objects))
        return false;
    const QString iso = m_session->workspace()->stateOrder().at(m_rows.at(index.row()));
    m_session->setStance({iso}, m_columns.at(index.column()).clauseId, {}, Stance(code));
    return true;
}

Qt::ItemFlags SupportMatrixModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const Workspace *ws = m_session->workspace();
    if (ws && (!ws->isReadOnly() || m_session->isWhatIfMode()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SupportMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        const Column &column = m_columns.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return column.number;
        case Qt::ToolTipRole:
            return clauseToolTip(section);
        case Qt::BackgroundRole:
            return StanceStyle::statusColour(column.status);
        case Qt::ForegroundRole:
            return StanceStyle::statusTextColour(column.status);
        case StatusRole:
            return int(column.status);
        case ClauseIdRole:
            return column.clauseId;
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const int state = m_rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return u"%1  %2"_s.arg(m_session->workspace()->stateOrder().at(state), m_names.at(state));
    case Qt::ToolTipRole:
        return stateToolTip(section);
    case Qt::FontRole:
        if (m_blocking.at(state) > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (m_blocking.at(state) > 0)
            return StanceStyle::blockerColour();
        return {};
    case Iso3Role:
        return m_session->workspace()->stateOrder().at(state);
    case ObjectionsRole:
        return m_objections.at(state);
    default:
        return {};
    }
}

QString SupportMatrixModel::cellToolTip(int row, int col) const
{
    Workspace *ws = m_session->workspace();
    const int state = m_rows.at(row);
    const Column &column = m_columns.at(col);
    const QString &iso = ws->stateOrder().at(state);
    const quint8 byte = state < column.stances.size() ? quint8(column.stances.at(state)) : 0;
    const auto stance = StanceMatrix::decode(byte);
    QString tip = tr("<b>%1</b> on paragraph %2:")
                      .arg(m_names.at(state).toHtmlEscaped(), column.number.toHtmlEscaped());
    tip += u" "_s + (stance ? tr("<b>%1</b> (the clause as a whole)")
                                  .arg(StanceText::label(*stance).toHtmlEscaped())
                            : tr("no position recorded on the clause as a whole"));
    if (column.whatIf.contains(state))
        tip += u"<br><i>"_s + tr("Temporary what-if stance, not saved.") + u"</i>"_s;
    if (const ClauseConsensus *cc = m_session->engine()->clause(column.clauseId)) {
        QStringList alternatives;
        for (const ClauseConsensus::Group &g : cc->groups) {
            for (const ClauseConsensus::Alternative &a : g.alternatives) {
                QString what;
                if (a.objectors.contains(state))
                    what = StanceText::label(Stance::Objects);
                else if (a.reservations.contains(state))
                    what = StanceText::label(Stance::Reservation);
                else if (a.supporters.contains(state))
                    what = StanceText::label(Stance::Supports);
                else if (a.acceptors.contains(state))
                    what = StanceText::label(Stance::CanAccept);
                if (!what.isEmpty())
                    alternatives << u"%1 %2 (&ldquo;%3&rdquo;)"_s.arg(
                        what.toHtmlEscaped(), a.id,
                        (a.text.size() > 60 ? a.text.left(57) + u"..."_s : a.text).toHtmlEscaped());
            }
        }
        if (!alternatives.isEmpty())
            tip += u"<br>"_s + tr("On alternatives: %1").arg(alternatives.join(u"; "_s));
        tip += u"<br>"_s + tr("Clause status: %1").arg(ConsensusStatusText::label(cc->status));
        if (column.blockers.contains(state))
            tip += u"<br><b style='color:%1'>%2</b>"_s.arg(
                StanceStyle::blockerColour().name(),
                tr("Its objection blocks this clause (%n blocking state(s) in all).", nullptr,
                   column.blockers.count()));
    }
    if (const auto p = ws->position(column.clauseId, iso)) {
        if (!p->sourceText.isEmpty())
            tip += u"<br>"_s + tr("Source: %1").arg(p->sourceText.toHtmlEscaped());
    }
    if (column.outdated.contains(state))
        tip += u"<br><i>"_s +
               tr("Outdated (dot): a position of this state here was given on words that have "
                  "changed since.") +
               u"</i>"_s;
    if (column.orphaned.contains(state))
        tip += u"<br><i>"_s +
               tr("Orphaned position (ring): its words are gone from the text; it is not "
                  "counted. Re-attach or discard it in the positions panel.") +
               u"</i>"_s;
    tip += u"<br><small>"_s + tr("Double-click to change the stance.") + u"</small>"_s;
    return tip;
}

QString SupportMatrixModel::clauseToolTip(int col) const
{
    const Column &column = m_columns.at(col);
    QString tip = tr("<b>Paragraph %1</b>: %2")
                      .arg(column.number.toHtmlEscaped(),
                           ConsensusStatusText::label(column.status).toHtmlEscaped());
    Workspace *ws = m_session->workspace();
    if (!column.blockers.isEmpty()) {
        QStringList names;
        for (int i : column.blockers.indices())
            names << u"%1 (%2)"_s.arg(m_names.at(i), ws->stateOrder().at(i));
        tip += u"<br>"_s + tr("Blocked by: %1").arg(names.join(u", "_s).toHtmlEscaped());
    }
    if (const auto c = ws->clause(column.clauseId)) {
        QString text = c->text;
        if (text.size() > 240)
            text = text.left(237) + u"..."_s;
        tip += u"<br><i>%1</i>"_s.arg(text.toHtmlEscaped());
    }
    return tip;
}

QString SupportMatrixModel::stateToolTip(int row) const
{
    const int state = m_rows.at(row);
    Workspace *ws = m_session->workspace();
    const QString &iso = ws->stateOrder().at(state);
    const StateGroup *g = ws->group(m_groups.at(state));
    QString tip = u"<b>%1</b> (%2)"_s.arg(m_names.at(state).toHtmlEscaped(), iso);
    if (g)
        tip += u"<br>"_s + DomainNames::display(*g).toHtmlEscaped();
    tip +=
        u"<br>"_s + tr("Objects to %n clause(s) of this document", nullptr, m_objections.at(state));
    if (m_blocking.at(state))
        tip += u"<br>"_s + tr("Blocks %n clause(s)", nullptr, m_blocking.at(state));
    return tip;
}

} // namespace Plenipo
