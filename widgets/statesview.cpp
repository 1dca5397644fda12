// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statesview.h"

#include "combopopup.h"

#include "core/domainnames.h"
#include "statefilterproxymodel.h"
#include "statetablemodel.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

StatesView::StatesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new StateTableModel(this))
    , m_proxy(new StateFilterProxyModel(this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StateTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StateTableModel::NameColumn, QHeaderView::Stretch);
    // The group codes are short ("WEOG", "GRULAC"); the longest fits without widening the list.
    header->setSectionResizeMode(StateTableModel::RegionalGroupColumn, QHeaderView::Interactive);
    header->resizeSection(StateTableModel::RegionalGroupColumn,
                          m_table->fontMetrics().horizontalAdvance(u"ASIA-PACIFIC"_s) + 12);
    header->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(u"MMMM"_s));
    // Narrow windows (1024 px) squeeze the dock no further than a state's row needs: code,
    // a long common name, group and stance.
    m_table->setMinimumWidth(m_table->fontMetrics().horizontalAdvance(
                                 u"MMMM  United Kingdom  ASIA-PACIFIC  reservation"_s) +
                             40);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);

    m_filter->setObjectName(u"stateFilter"_s);
    m_filter->setToolTip(tr("Show the members of a group or process"));
    // Long process names do not widen the dock: the box elides them (ComboPopup), its list
    // shows them whole.
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter->setMinimumContentsLength(16);
    m_search->setObjectName(u"stateSearch"_s);
    m_search->setPlaceholderText(tr("Find a state by name, code or alias"));
    m_search->setClearButtonEnabled(true);

    // The title names the panel when it stands alone; as a dock widget its title bar does.
    auto *title = new QLabel(tr("<b>States</b>"), this);
    title->setObjectName(u"statesTitle"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &StatesView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        applyFilter();
    });
    // Lists as wide as their longest item, never elided.
    for (QComboBox *combo : findChildren<QComboBox *>())
        ComboPopup::follow(combo);
}

void StatesView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_model->setWorkspace(workspace);
    refillFilters();
    // The filters are the groups and processes.
    if (workspace) {
        for (const auto signal :
             {&Workspace::groupsChanged, &Workspace::processesChanged, &Workspace::reloaded})
            connect(workspace, signal, this, &StatesView::refillFilters, Qt::UniqueConnection);
    }
}

void StatesView::setClause(qint64 clauseId)
{
    m_model->setClause(clauseId);
}

void StatesView::refillFilters()
{
    const QString current = filterKey();
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All states"), u"all"_s);
    if (m_workspace) {
        auto addSection = [this](const QString &title) {
            m_filter->insertSeparator(m_filter->count());
            m_filter->addItem(title, QString());
            // Section titles are not choices.
            m_filter->setItemData(m_filter->count() - 1, 0, Qt::UserRole - 1);
        };
        for (StateGroup::Kind kind : {StateGroup::Kind::Regional, StateGroup::Kind::Political,
                                      StateGroup::Kind::Coalition}) {
            bool first = true;
            for (const StateGroup &g : m_workspace->groups()) {
                if (g.kind != kind)
                    continue;
                if (first) {
                    addSection(kind == StateGroup::Kind::Regional    ? tr("UN regional groups")
                               : kind == StateGroup::Kind::Political ? tr("Political groups")
                                                                     : tr("Coalitions"));
                    first = false;
                }
                m_filter->addItem(u"  %1 (%2)"_s.arg(DomainNames::display(g)).arg(g.members.size()),
                                  u"group:%1"_s.arg(g.code));
            }
        }
        if (!m_workspace->processes().isEmpty())
            addSection(tr("Members of a process"));
        for (const Process &p : m_workspace->processes()) {
            const QString size =
                p.allUnMembers ? tr("all UN members") : QString::number(p.members.size());
            m_filter->addItem(u"  %1 (%2)"_s.arg(DomainNames::display(p), size),
                              u"process:%1"_s.arg(p.code));
        }
    }
    if (!setFilter(current))
        m_filter->setCurrentIndex(0);
    applyFilter();
}

bool StatesView::setFilter(const QString &key)
{
    const int i = m_filter->findData(key);
    if (i < 0 || key.isEmpty())
        return false;
    m_filter->setCurrentIndex(i);
    return true;
}

QString StatesView::filterKey() const
{
    return m_filter->currentData().toString();
}

void StatesView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

int StatesView::visibleCount() const
{
    return m_proxy->rowCount();
}

void StatesView::applyFilter()
{
    const QString key = filterKey();
    std::optional<QSet<QString>> members;
    if (m_workspace && key.startsWith(u"group:")) {
        if (const StateGroup *g = m_workspace->group(key.mid(6)))
            members = QSet<QString>(g->members.cbegin(), g->members.cend());
    } else if (m_workspace && key.startsWith(u"process:")) {
        if (const Process *p = m_workspace->processByCode(key.mid(8))) {
            const QStringList list = m_workspace->processMembers(*p);
            members = QSet<QString>(list.cbegin(), list.cend());
        }
    }
    m_proxy->setMembers(std::move(members));
    m_count->setText(
        tr("%1 of %n state(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void StatesView::selectStates(const QStringList &iso3)
{
    const QSet<QString> wanted(iso3.cbegin(), iso3.cend());
    int shown = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        shown += wanted.contains(m_proxy->index(r, 0).data(StateTableModel::Iso3Role).toString());
    if (shown < wanted.size()) {
        m_search->clear();
        setFilter(u"all"_s);
    }
    QItemSelection selection;
    QModelIndex first;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (wanted.contains(i.data(StateTableModel::Iso3Role).toString())) {
            selection.select(i, m_proxy->index(r, m_proxy->columnCount() - 1));
            if (!first.isValid())
                first = i;
        }
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid())
        m_table->scrollTo(first);
}

QStringList StatesView::selectedStates() const
{
    QStringList result;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (m_table->selectionModel()->isRowSelected(r, {}))
            result << i.data(StateTableModel::Iso3Role).toString();
    }
    return result;
}

} // namespace Plenipo
