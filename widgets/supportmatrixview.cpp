// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "supportmatrixview.h"

#include "combopopup.h"

#include "consensus/consensusengine.h"
#include "consensus/whatif.h"
#include "consensussession.h"
#include "sample/samplebuilder.h"
#include "stancelegend.h"
#include "stancestyle.h"
#include "storage/workspace.h"
#include "supportmatrixdelegate.h"
#include "supportmatrixmodel.h"
#include "whatifbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

SupportMatrixView::SupportMatrixView(ConsensusSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SupportMatrixModel(session, this))
    , m_title(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_members(new QComboBox(this))
    , m_order(new QComboBox(this))
    , m_whatIf(new WhatIfBar(session, this))
    , m_table(new QTableView(this))
    , m_legend(new StanceLegend(
          StanceLegend::Stances | StanceLegend::Marks | StanceLegend::Statuses, this))
{
    setObjectName(u"supportMatrix"_s);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_notice->setObjectName(u"matrixNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid "
                            u"#e0c45c; padding: 3px 6px; }"_s);
    m_notice->hide();
    m_summary->setObjectName(u"matrixSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_members->setObjectName(u"matrixMembers"_s);
    m_members->setToolTip(tr("The states shown, and for whom consensus is computed"));
    m_members->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_members->setMinimumContentsLength(14);
    m_order->setObjectName(u"matrixRowOrder"_s);
    m_order->addItem(tr("By regional group"), int(SupportMatrixModel::RowOrder::ByGroup));
    m_order->addItem(tr("By number of objections"),
                     int(SupportMatrixModel::RowOrder::ByObjections));
    m_order->addItem(tr("By name"), int(SupportMatrixModel::RowOrder::ByName));

    m_table->setObjectName(u"matrixTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SupportMatrixDelegate(m_table));
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setMouseTracking(true);
    // Uniform sizes: the views never measure a row or a column.
    QHeaderView *vertical = m_table->verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    QHeaderView *horizontal = m_table->horizontalHeader();
    horizontal->setSectionResizeMode(QHeaderView::Fixed);
    horizontal->setDefaultAlignment(Qt::AlignCenter);
    horizontal->setHighlightSections(true);
    updateSectionSizes();

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Members:"), this));
    controls->addWidget(m_members, 2);
    controls->addWidget(new QLabel(tr("Rows:"), this));
    controls->addWidget(m_order, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The controls stay put above the summary, whose text changes with every stance (the
    // blocked line comes and goes).
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addLayout(controls);
    layout->addWidget(m_whatIf);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);

    connect(m_members, &QComboBox::activated, this,
            [this] { m_session->setMembersKey(m_members->currentData().toString()); });
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setRowOrder(SupportMatrixModel::RowOrder(m_order->currentData().toInt()));
    });
    // Only the user's clicks report a clause: programmatic changes (resets) must not navigate.
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT clauseActivated(m_model->clauseAt(index.column()));
    });
    connect(horizontal, &QHeaderView::sectionClicked, this, [this](int column) {
        if (column >= 0 && column < m_model->columnCount())
            Q_EMIT clauseActivated(m_model->clauseAt(column));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSectionSizes();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::headerDataChanged, this,
            &SupportMatrixView::updateSummary);
    connect(session, &ConsensusSession::workspaceChanged, this, [this] {
        Workspace *ws = m_session->workspace();
        const QString notice =
            ws ? SampleBuilder::displayNotice(ws->illustrativeNotice()) : QString();
        m_notice->setText(notice);
        m_notice->setVisible(!notice.isEmpty());
        refillMembers();
        if (ws)
            for (const auto signal :
                 {&Workspace::groupsChanged, &Workspace::processesChanged, &Workspace::reloaded})
                connect(ws, signal, this, &SupportMatrixView::refillMembers);
    });
    connect(session, &ConsensusSession::membersChanged, this, [this] {
        m_members->setCurrentIndex(qMax(0, m_members->findData(m_session->membersKey())));
    });
    connect(session, &ConsensusSession::documentChanged, this, &SupportMatrixView::updateSummary);
    refillMembers();
    updateSummary();
    // Lists as wide as their longest item, never elided.
    for (QComboBox *combo : findChildren<QComboBox *>())
        ComboPopup::follow(combo);
}

void SupportMatrixView::showClause(qint64 clauseId)
{
    const int column = m_model->columnOfClause(clauseId);
    if (column < 0 || m_model->rowCount() == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    const QModelIndex target = m_model->index(row, column);
    if (current != target) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
        m_table->viewport()->update();
    }
    m_table->scrollTo(target);
}

void SupportMatrixView::refillMembers()
{
    const QSignalBlocker blocker(m_members);
    m_members->clear();
    for (const ConsensusSession::MembersChoice &choice : m_session->membersChoices())
        m_members->addItem(choice.label, choice.key);
    m_members->setCurrentIndex(qMax(0, m_members->findData(m_session->membersKey())));
}

void SupportMatrixView::updateSectionSizes()
{
    const QFontMetrics fm(m_table->font());
    const int rowHeight = fm.height() + 4;
    int width = rowHeight + 4;
    const QFontMetrics headerMetrics(m_table->horizontalHeader()->font());
    for (int c = 0; c < m_model->columnCount(); ++c)
        width = qMax(width, headerMetrics.horizontalAdvance(
                                m_model->headerData(c, Qt::Horizontal).toString()) +
                                14);
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->verticalHeader()->setMinimumSectionSize(rowHeight);
    m_table->horizontalHeader()->setMinimumSectionSize(qMin(width, 64));
    m_table->horizontalHeader()->setDefaultSectionSize(qMin(width, 64));
}

void SupportMatrixView::updateSummary()
{
    Workspace *ws = m_session->workspace();
    ConsensusEngine *engine = m_session->engine();
    const Document *d = ws ? ws->document(m_session->documentId()) : nullptr;
    if (!d || !engine) {
        m_title->setText(tr("<b>Support matrix</b>: select a document or a clause"));
        m_summary->clear();
        return;
    }
    m_title->setText(tr("<b>Support matrix</b> of %1 &ndash; %2")
                         .arg(d->symbol.toHtmlEscaped(), d->title.toHtmlEscaped()));
    const DocumentConsensus &sum = engine->summary();
    QStringList parts;
    for (ConsensusStatus s : allConsensusStatuses) {
        parts << u"<span style='background:%1; color:%2'>&nbsp;%3 %4&nbsp;</span>"_s.arg(
            StanceStyle::statusColour(s).name(), StanceStyle::statusTextColour(s).name(),
            QString::number(sum.count(s)), ConsensusStatusText::label(s).toHtmlEscaped());
    }
    QString html = tr("%n clause(s) for %1:", nullptr, sum.clauseCount)
                       .arg(m_session->membersLabel().toHtmlEscaped()) +
                   u" "_s + parts.join(u" "_s) + u" &middot; "_s +
                   tr("%n bracketed span(s)", nullptr, sum.bracketedSpans);
    if (!sum.blockedClauses.isEmpty()) {
        QStringList blocked;
        for (qint64 id : sum.blockedClauses.mid(0, 8)) {
            const ClauseConsensus *cc = engine->clause(id);
            if (!cc)
                continue;
            blocked << u"%1 (%2)"_s.arg(cc->number.toHtmlEscaped(),
                                        ws->iso3(cc->blockers).join(u", "_s));
        }
        if (sum.blockedClauses.size() > 8)
            blocked << tr("%n more", nullptr, int(sum.blockedClauses.size()) - 8);
        html += u"<br>"_s + tr("Blocked, fewest blockers first: %1").arg(blocked.join(u"; "_s));
    } else {
        // The line is always there, so the summary keeps its height as clauses get blocked.
        html += u"<br>"_s + tr("No clause is blocked.");
    }
    m_summary->setText(html);
}

} // namespace Plenipo
