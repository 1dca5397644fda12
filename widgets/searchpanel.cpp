// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "searchpanel.h"

#include "combopopup.h"

#include "searchresultdelegate.h"

#include "core/error.h"
#include "core/searchquery.h"
#include "storage/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

// Scope combo data: "p:ID" (process), "d:ID" (document), "" (everything).
QString heading(SearchHit::Kind kind, int count, bool more)
{
    switch (kind) {
    case SearchHit::Kind::Clause:
        return more ? SearchPanel::tr("Clauses (first %n)", nullptr, count)
                    : SearchPanel::tr("Clauses (%n)", nullptr, count);
    case SearchHit::Kind::Revision:
        return more ? SearchPanel::tr("Earlier revisions (first %n)", nullptr, count)
                    : SearchPanel::tr("Earlier revisions (%n)", nullptr, count);
    case SearchHit::Kind::Document:
        return more ? SearchPanel::tr("Documents (first %n)", nullptr, count)
                    : SearchPanel::tr("Documents (%n)", nullptr, count);
    case SearchHit::Kind::Norm:
        return more ? SearchPanel::tr("Norms (first %n)", nullptr, count)
                    : SearchPanel::tr("Norms (%n)", nullptr, count);
    case SearchHit::Kind::Position:
        return more ? SearchPanel::tr("Positions (first %n)", nullptr, count)
                    : SearchPanel::tr("Positions (%n)", nullptr, count);
    case SearchHit::Kind::State:
        return more ? SearchPanel::tr("States (first %n)", nullptr, count)
                    : SearchPanel::tr("States (%n)", nullptr, count);
    }
    return {};
}

QString contextHtml(const SearchHit &hit)
{
    QString html;
    qsizetype at = 0;
    for (const auto &[start, length] : hit.matches) {
        if (start < at)
            continue;
        html += hit.context.mid(at, start - at).toHtmlEscaped();
        html += u"<b>"_s + hit.context.mid(start, length).toHtmlEscaped() + u"</b>"_s;
        at = start + length;
    }
    html += hit.context.mid(at).toHtmlEscaped();
    return html.simplified();
}

QString whereText(const SearchHit &hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Revision:
        return SearchPanel::tr("%1, revision %2").arg(hit.label).arg(hit.revisionNumber);
    case SearchHit::Kind::Position: {
        QString states = hit.states.join(u", "_s);
        if (hit.positionCount > hit.states.size())
            states = SearchPanel::tr("%1 and others (%n position(s))", nullptr, hit.positionCount)
                         .arg(states);
        //: %1 is the states positioned on the hit's clause with these details; the count is
        //: of the clauses that have positions with the same details (a recorded vote's source
        //: is on every paragraph of the resolution).
        if (hit.clauseCount > 1)
            states =
                SearchPanel::tr("%1; the same on %n clause(s) in all", nullptr, hit.clauseCount)
                    .arg(states);
        const QString where =
            hit.alternative.isEmpty()
                ? SearchPanel::tr("%1: %2").arg(hit.label, states)
                : SearchPanel::tr("%1 %2: %3").arg(hit.label, hit.alternative, states);
        return hit.internal ? SearchPanel::tr("%1 (internal)").arg(where) : where;
    }
    default:
        return hit.label;
    }
}

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_revisions(new QCheckBox(tr("Earlier &revisions"), this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"searchPanel"_s);
    m_query->setObjectName(u"searchQuery"_s);
    m_query->setPlaceholderText(tr("Find in workspace: words, \"a phrase\", infra*, -word"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_scope->setObjectName(u"searchScope"_s);
    m_scope->setToolTip(tr("Where to search: the whole workspace, a process or a document"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(16);
    ComboPopup::follow(m_scope); // "Todo el espacio de trabajo" elides, whole in its tooltip
    m_kind->setObjectName(u"searchKind"_s);
    m_kind->addItem(tr("All kinds"), -1);
    m_kind->addItem(tr("Clauses"), int(SearchHit::Kind::Clause));
    m_kind->addItem(tr("Documents"), int(SearchHit::Kind::Document));
    m_kind->addItem(tr("Norms"), int(SearchHit::Kind::Norm));
    m_kind->addItem(tr("Positions"), int(SearchHit::Kind::Position));
    m_kind->addItem(tr("States"), int(SearchHit::Kind::State));
    m_revisions->setObjectName(u"searchRevisions"_s);
    m_revisions->setToolTip(tr("Also search every earlier revision of the clauses"));
    m_view->setObjectName(u"searchResults"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(1, new SearchResultDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setWordWrap(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(120);
    refillScopes();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    // The revisions box on a row of its own: beside the two choices it was cut off in a
    // panel a third of a 1280-pixel window wide (Arabic, French).
    layout->addWidget(m_query, 0, 0, 1, 2);
    layout->addWidget(m_scope, 1, 0);
    layout->addWidget(m_kind, 1, 1);
    layout->addWidget(m_revisions, 2, 0, 1, 2);
    layout->addWidget(m_view, 3, 0, 1, 2);
    layout->addWidget(m_status, 4, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_query, &QLineEdit::textChanged, this, &SearchPanel::scheduleSearch);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        search();
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && current.data(HitRole).toInt() >= 0)
            openIndex(current);
        else if (!m_hits.isEmpty())
            Q_EMIT openRequested(m_hits.first());
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SearchPanel::search);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SearchPanel::search);
    connect(m_revisions, &QCheckBox::toggled, this, &SearchPanel::search);
    connect(m_timer, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_view, &QTreeView::activated, this, &SearchPanel::openIndex);
}

void SearchPanel::setWorkspace(Workspace *workspace)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_workspace = workspace;
    if (workspace) {
        // The scopes are the processes and documents; any indexed change may change the hits.
        const auto refill = [this] {
            refillScopes();
            scheduleSearch();
        };
        m_connections << connect(workspace, &Workspace::documentAdded, this, refill);
        m_connections << connect(workspace, &Workspace::documentRemoved, this, refill);
        m_connections << connect(workspace, &Workspace::processesChanged, this, refill);
        m_connections << connect(workspace, &Workspace::reloaded, this, refill);
        m_connections << connect(workspace, &Workspace::clauseInserted, this,
                                 &SearchPanel::scheduleSearch);
        m_connections << connect(workspace, &Workspace::clauseRemoved, this,
                                 &SearchPanel::scheduleSearch);
        m_connections << connect(workspace, &Workspace::normsChanged, this,
                                 &SearchPanel::scheduleSearch);
        m_connections << connect(workspace, &Workspace::clauseChanged, this,
                                 &SearchPanel::scheduleSearch);
        m_connections << connect(workspace, &Workspace::positionsChanged, this,
                                 &SearchPanel::scheduleSearch);
    }
    refillScopes();
    search();
}

void SearchPanel::setQueryText(const QString &text)
{
    if (m_query->text() != text)
        m_query->setText(text);
    search();
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::scheduleSearch()
{
    m_timer->start();
}

void SearchPanel::refillScopes()
{
    const QString current = m_scope->currentData().toString();
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("Whole workspace"), QString());
    if (m_workspace) {
        for (const Process &p : m_workspace->processes())
            m_scope->addItem(tr("Process: %1").arg(p.code), u"p:%1"_s.arg(p.id));
        for (const Document &d : m_workspace->documents())
            m_scope->addItem(tr("Document: %1").arg(d.symbol), u"d:%1"_s.arg(d.id));
    }
    const int index = m_scope->findData(current);
    m_scope->setCurrentIndex(index < 0 ? 0 : index);
}

void SearchPanel::search()
{
    m_timer->stop();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Found in"), tr("Context")});
    m_hits.clear();
    if (!m_workspace) {
        m_status->setText(tr("No workspace is open."));
        return;
    }
    SearchQuery query = SearchQuery::parse(m_query->text());
    if (!query.error().isEmpty()) {
        m_status->setText(query.error());
        return;
    }
    if (query.terms().isEmpty()) {
        m_status->setText(
            tr("Type words to find. \"a phrase\" finds the words together, infra* every word "
               "starting with infra, -word leaves out what contains it. Case and accents do not "
               "count."));
        return;
    }
    const QString scope = m_scope->currentData().toString();
    if (scope.startsWith(u"p:"_s))
        query.processId = scope.mid(2).toLongLong();
    else if (scope.startsWith(u"d:"_s))
        query.documentId = scope.mid(2).toLongLong();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        query.kinds = {SearchHit::Kind(kind)};
    query.includeRevisions = m_revisions->isChecked();
    query.includeInternal = true;
    QList<SearchHit::Kind> truncated;
    QElapsedTimer timer;
    timer.start();
    try {
        m_hits = m_workspace->search(query, &truncated);
    } catch (const Error &e) {
        m_status->setText(tr("The search failed: %1").arg(e.message()));
        return;
    }
    const qint64 ms = timer.elapsed();
    QStandardItem *group = nullptr;
    int inGroup = 0;
    SearchHit::Kind groupKind = SearchHit::Kind::Clause;
    const auto closeGroup = [&] {
        if (group)
            group->setText(heading(groupKind, inGroup, truncated.contains(groupKind)));
    };
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit &hit = m_hits[i];
        if (!group || hit.kind != groupKind) {
            closeGroup();
            group = new QStandardItem;
            group->setData(-1, HitRole);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            auto *filler = new QStandardItem;
            filler->setData(-1, HitRole);
            m_model->appendRow({group, filler});
            groupKind = hit.kind;
            inGroup = 0;
        }
        ++inGroup;
        auto *where = new QStandardItem(whereText(hit));
        where->setData(i, HitRole);
        where->setToolTip(hit.context);
        auto *context = new QStandardItem(hit.context.simplified());
        context->setData(i, HitRole);
        context->setData(contextHtml(hit), ContextHtmlRole);
        context->setToolTip(hit.context);
        group->appendRow({where, context});
    }
    closeGroup();
    m_view->expandAll();
    m_view->resizeColumnToContents(0);
    QString status = m_hits.isEmpty() ? tr("Nothing found.")
                                      : tr("%n result(s) in %1 ms; Enter opens the selected one.",
                                           nullptr, int(m_hits.size()))
                                            .arg(ms);
    // Read-only while another session imports a folder: what it imported so far is saved but
    // not yet in the index, and the results would miss it without saying so.
    if (const qint64 pending = m_workspace->isReadOnly() ? m_workspace->pendingSearchRows() : 0;
        pending > 0)
        status += u' ' + tr("%n item(s) changed by another session cannot be found yet; they "
                            "can be once its import is done.",
                            nullptr, int(pending));
    m_status->setText(status);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_query && key->key() == Qt::Key_Down && !m_hits.isEmpty()) {
            if (m_timer->isActive())
                search();
            const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
            if (first.isValid()) {
                m_view->setFocus(Qt::TabFocusReason);
                m_view->setCurrentIndex(first);
                return true;
            }
        }
        if (watched == m_view && key->key() == Qt::Key_Up &&
            m_view->currentIndex() == m_model->index(0, 0, m_model->index(0, 0))) {
            m_query->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::openIndex(const QModelIndex &index)
{
    const int i = index.siblingAtColumn(0).data(HitRole).toInt();
    if (i >= 0 && i < m_hits.size())
        Q_EMIT openRequested(m_hits[i]);
}

} // namespace Plenipo
