// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "positionpanel.h"

#include "commandguard.h"
#include "commands/commandrunner.h"
#include "core/domaintext.h"

#include "core/error.h"

#include "combopopup.h"
#include "commands/detachedpositioncommand.h"

#include "commands/setpositionscommand.h"
#include "consensus/clauseshape.h"
#include "consensus/consensusengine.h"
#include "consensus/whatif.h"
#include "consensussession.h"
#include "core/statenames.h"
#include "positiontreemodel.h"
#include "sample/samplebuilder.h"
#include "stancedelegate.h"
#include "stancestyle.h"
#include "storage/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {
QString stateNames(const Workspace &ws, const StateSet &set, int limit = 12)
{
    QStringList names;
    const QStringList codes = ws.iso3(set);
    for (const QString &iso : codes) {
        if (names.size() == limit) {
            names << QCoreApplication::translate("Plenipo::PositionPanel", "and %n more", nullptr,
                                                 int(codes.size()) - limit);
            break;
        }
        const State *s = ws.states().byIso3(iso);
        names << u"%1 (%2)"_s.arg(s ? StateNames::display(*s) : iso, iso);
    }
    return names.join(u", "_s);
}
} // namespace

PositionPanel::PositionPanel(ConsensusSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PositionTreeModel(session, this))
    , m_title(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_status(new QLabel(this))
    , m_alternative(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_members(new QComboBox(this))
    , m_tree(new QTreeView(this))
    , m_selection(new QLabel(this))
    , m_bulkStance(new QComboBox(this))
    , m_apply(new QPushButton(tr("Set for Selection"), this))
    , m_confirm(new QPushButton(tr("Confirm"), this))
    , m_detailsTitle(new QLabel(this))
    , m_sourceKind(new QComboBox(this))
    , m_sourceSymbol(new QLineEdit(this))
    , m_sourceDate(new QDateEdit(this))
    , m_sourceText(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_internal(new QCheckBox(tr("Internal (never leaves in a coalition export)"), this))
    , m_saveDetails(new QPushButton(tr("Save Details"), this))
    , m_history(new QLabel(this))
    , m_detachedBox(new QGroupBox(tr("Positions no longer on the text"), this))
    , m_detached(new QTreeWidget(this))
    , m_reattachTo(new QComboBox(this))
    , m_reattach(new QPushButton(tr("Re-attach"), this))
    , m_discard(new QPushButton(tr("Discard"), this))
{
    setObjectName(u"positionPanel"_s);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_notice->setObjectName(u"positionsNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid "
                            u"#e0c45c; padding: 3px 6px; }"_s);
    m_notice->hide();
    m_status->setObjectName(u"clauseStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);

    m_alternative->setObjectName(u"positionTarget"_s);
    m_alternative->setToolTip(tr("Positions on the whole clause or on one bracketed alternative"));
    m_alternative->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_alternative->setMinimumContentsLength(20);
    m_grouping->addItem(tr("Regional groups"), int(PositionTreeModel::Grouping::Regional));
    m_grouping->addItem(tr("Political groups"), int(PositionTreeModel::Grouping::Political));
    m_members->setObjectName(u"positionMembers"_s);
    m_members->setToolTip(tr("Show the members of a process or group; consensus is computed "
                             "for them"));
    m_members->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_members->setMinimumContentsLength(14);

    m_tree->setObjectName(u"positionTree"_s);
    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(PositionTreeModel::StanceColumn, new StanceDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(PositionTreeModel::SourceColumn, QHeaderView::Stretch);
    const QFontMetrics fm(font());
    m_tree->setColumnWidth(
        PositionTreeModel::StateColumn,
        fm.horizontalAdvance(u"Latin American and Caribbean Group (GRULAC) (33)MMMM"_s));
    m_tree->setColumnWidth(PositionTreeModel::StanceColumn,
                           fm.horizontalAdvance(u"Reservation"_s) + 40);
    m_tree->setColumnWidth(PositionTreeModel::NoteColumn,
                           fm.horizontalAdvance(u"a note of some length"_s));
    m_tree->setColumnWidth(
        PositionTreeModel::FlagsColumn,
        fm.horizontalAdvance(PositionTreeModel::tr("outdated: text changed since given")) + 12);

    m_bulkStance->setObjectName(u"bulkStance"_s);
    for (Stance s : allStances)
        m_bulkStance->addItem(StanceStyle::swatch(StanceStyle::colour(s)), StanceText::label(s),
                              int(s));
    m_apply->setObjectName(u"applyToSelection"_s);
    m_apply->setToolTip(tr("Set this stance for every selected state (a group row stands for "
                           "its members); one undoable step"));
    m_confirm->setObjectName(u"confirmPositions"_s);
    m_confirm->setToolTip(tr("Confirm the outdated positions of the selection (of everyone "
                             "when nothing is selected) on the current text"));

    // Details of the current state's position.
    m_sourceKind->setEditable(true);
    // The usual kinds by their label, their key as item data; anything typed is kept as typed.
    for (const QString &kind : DomainText::sourceKinds())
        m_sourceKind->addItem(DomainText::sourceKindLabel(kind), kind);
    m_sourceDate->setCalendarPopup(true);
    m_sourceDate->setSpecialValueText(tr("no date"));
    m_sourceDate->setMinimumDate(QDate(1945, 1, 1));
    m_sourceDate->setDate(m_sourceDate->minimumDate());
    m_sourceSymbol->setPlaceholderText(tr("document symbol, e.g. A/AC.292/2025/1"));
    m_sourceText->setPlaceholderText(tr("what was said, or where"));
    m_saveDetails->setObjectName(u"saveDetails"_s);
    m_note->setObjectName(u"positionNote"_s);
    m_sourceText->setObjectName(u"positionSourceText"_s);
    m_internal->setObjectName(u"positionInternal"_s);
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);
    m_history->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *details = new QGroupBox(this);
    details->setObjectName(u"positionDetails"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Source:"), m_sourceKind);
    form->addRow(tr("Symbol:"), m_sourceSymbol);
    form->addRow(tr("Date:"), m_sourceDate);
    form->addRow(tr("Statement:"), m_sourceText);
    form->addRow(tr("Note:"), m_note);
    form->addRow(QString(), m_internal);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveDetails);
    form->addRow(saveRow);
    auto *detailsLayout = new QHBoxLayout(details);
    auto *left = new QVBoxLayout;
    left->addWidget(m_detailsTitle);
    left->addLayout(form);
    detailsLayout->addLayout(left, 3);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>History</b>"), details));
    right->addWidget(m_history, 1);
    detailsLayout->addLayout(right, 2);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("On:"), this));
    controls->addWidget(m_alternative, 1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Group by:"), this));
    filters->addWidget(m_grouping);
    filters->addWidget(new QLabel(tr("Members:"), this));
    filters->addWidget(m_members, 1);

    m_selection->setWordWrap(true);
    auto *bulk = new QHBoxLayout;
    bulk->addWidget(m_selection, 1);
    bulk->addWidget(new QLabel(tr("Stance:"), this));
    bulk->addWidget(m_bulkStance);
    bulk->addWidget(m_apply);
    bulk->addSpacing(12);
    bulk->addWidget(m_confirm);

    // Orphaned positions (their words are gone) and history of agreed text: shown, counted
    // nowhere; an orphaned one can be re-attached or discarded.
    m_detachedBox->setObjectName(u"detachedPositionsBox"_s);
    m_detached->setObjectName(u"detachedPositions"_s);
    m_detached->setColumnCount(4);
    m_detached->setHeaderLabels({tr("State"), tr("Stance"), tr("Was on"), tr("Why")});
    m_detached->setRootIsDecorated(false);
    m_detached->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_detached->setMaximumHeight(fm.height() * 7);
    m_reattachTo->setObjectName(u"reattachTarget"_s);
    m_reattachTo->setToolTip(tr("The alternative to put the selected position back on"));
    m_reattach->setObjectName(u"reattachPosition"_s);
    m_reattach->setToolTip(tr("Put the selected orphaned position back on the chosen "
                              "alternative; it shows as outdated until confirmed"));
    m_discard->setObjectName(u"discardPositions"_s);
    m_discard->setToolTip(tr("Remove the selected orphaned positions (they stay in the history)"));
    auto *detachedButtons = new QHBoxLayout;
    detachedButtons->addWidget(new QLabel(tr("Re-attach to:"), m_detachedBox));
    detachedButtons->addWidget(m_reattachTo, 1);
    detachedButtons->addWidget(m_reattach);
    detachedButtons->addWidget(m_discard);
    auto *detachedLayout = new QVBoxLayout(m_detachedBox);
    detachedLayout->addWidget(m_detached);
    detachedLayout->addLayout(detachedButtons);
    m_detachedBox->hide();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_tree, 1);
    topLayout->addLayout(bulk);
    topLayout->addWidget(m_detachedBox);
    // The details scroll rather than squeeze the positions tree on a short screen (720 px).
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(u"positionDetailsScroll"_s);
    detailsScroll->setWidget(details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setMinimumHeight(fm.lineSpacing() * 6);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(detailsScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    m_tree->setMinimumHeight(fm.lineSpacing() * 10);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addWidget(m_status);
    layout->addLayout(controls);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_alternative, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setClause(m_clauseId, alternative());
        updateStatus();
        updateDetails();
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGrouping(PositionTreeModel::Grouping(m_grouping->currentData().toInt()));
        m_tree->expandAll();
    });
    connect(m_members, &QComboBox::activated, this,
            [this] { m_session->setMembersKey(m_members->currentData().toString()); });
    connect(m_apply, &QPushButton::clicked, this,
            [this] { applyToSelection(m_bulkStance->currentData().toInt()); });
    connect(m_confirm, &QPushButton::clicked, this, &PositionPanel::confirmOutdated);
    connect(m_saveDetails, &QPushButton::clicked, this, &PositionPanel::saveDetails);
    connect(m_reattach, &QPushButton::clicked, this, &PositionPanel::reattachSelected);
    connect(m_discard, &QPushButton::clicked, this, &PositionPanel::discardSelected);
    connect(m_detached, &QTreeWidget::itemSelectionChanged, this, &PositionPanel::updateButtons);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PositionPanel::updateButtons);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PositionPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateStatus();
        updateButtons();
    });

    connect(session, &ConsensusSession::workspaceChanged, this, [this] {
        Workspace *ws = m_session->workspace();
        const QString notice =
            ws ? SampleBuilder::displayNotice(ws->illustrativeNotice()) : QString();
        m_notice->setText(notice);
        m_notice->setVisible(!notice.isEmpty());
        refillMembers();
        setClause(0);
        if (ws) {
            connect(ws, &Workspace::positionsChanged, this, [this](qint64 clauseId) {
                if (clauseId == m_clauseId) {
                    updateDetails();
                    updateDetached();
                }
            });
            connect(ws, &Workspace::clauseChanged, this, [this](qint64 clauseId) {
                if (clauseId == m_clauseId)
                    refillAlternatives();
            });
            // The member choices are the processes and groups.
            for (const auto signal :
                 {&Workspace::groupsChanged, &Workspace::processesChanged, &Workspace::reloaded})
                connect(ws, signal, this, &PositionPanel::refillMembers);
            connect(m_session->engine(), &ConsensusEngine::clauseUpdated, this,
                    [this](qint64 clauseId) {
                        if (clauseId == m_clauseId)
                            updateStatus();
                    });
            connect(m_session->engine(), &ConsensusEngine::recomputed, this,
                    &PositionPanel::updateStatus);
        }
    });
    connect(session, &ConsensusSession::membersChanged, this, [this] {
        const int i = m_members->findData(m_session->membersKey());
        if (i >= 0)
            m_members->setCurrentIndex(i);
        updateStatus();
    });
    connect(session, &ConsensusSession::whatIfChanged, this, &PositionPanel::updateStatus);
    setClause(0);
    // Lists as wide as their longest item, never elided.
    for (QComboBox *combo : findChildren<QComboBox *>())
        ComboPopup::follow(combo);
}

void PositionPanel::setClause(qint64 clauseId)
{
    Workspace *ws = m_session->workspace();
    if (!ws || !ws->clause(clauseId))
        clauseId = 0;
    m_clauseId = clauseId;
    if (clauseId) {
        const auto c = ws->clause(clauseId);
        if (!c) {
            setClause(0);
            return;
        }
        const Document *d = ws->document(c->documentId);
        m_title->setText(
            tr("<b>Positions</b> on %1 paragraph %2")
                .arg((d ? d->symbol : QString()).toHtmlEscaped(), c->number.toHtmlEscaped()));
    } else {
        m_title->setText(tr("<b>Positions</b>: select a clause in the navigator"));
    }
    refillAlternatives();
    m_model->setClause(clauseId, alternative());
    m_tree->expandAll();
    updateStatus();
    updateDetails();
    updateDetached();
    updateButtons();
}

void PositionPanel::updateDetached()
{
    m_detached->clear();
    Workspace *ws = m_session->workspace();
    const QList<DetachedPosition> detached =
        ws && m_clauseId ? ws->detachedPositions(m_clauseId) : QList<DetachedPosition>();
    for (const DetachedPosition &d : detached) {
        const State *s = ws->states().byIso3(d.position.state);
        const bool orphaned = d.reason == DetachedPosition::Reason::Orphaned;
        auto *item = new QTreeWidgetItem(
            m_detached,
            {u"%1 %2"_s.arg(d.position.state, s ? s->name : QString()),
             StanceText::label(d.position.stance),
             d.words.isEmpty() ? d.position.alternative
                               : u"%1 \u201c%2\u201d"_s.arg(d.position.alternative, d.words),
             orphaned ? tr("orphaned: its words are gone") : tr("agreed: now unbracketed text")});
        item->setData(0, Qt::UserRole, d.id);
        item->setData(1, Qt::UserRole, orphaned);
        item->setToolTip(
            3, orphaned ? tr("Not counted by consensus, coalitions or exports. Re-attach it to "
                             "an alternative or discard it.")
                        : tr("Kept as the history of the agreement on these words; not counted "
                             "as a position on any alternative."));
        if (!d.position.sourceText.isEmpty())
            item->setToolTip(0, d.position.sourceText);
    }
    m_detachedBox->setTitle(
        tr("%n position(s) no longer on the text", nullptr, int(detached.size())));
    m_detachedBox->setVisible(!detached.isEmpty());
    const QString previous = m_reattachTo->currentData().toString();
    m_reattachTo->clear();
    for (int i = 0; i < m_alternative->count(); ++i)
        m_reattachTo->addItem(m_alternative->itemText(i), m_alternative->itemData(i));
    const int keep = m_reattachTo->findData(previous);
    if (keep >= 0)
        m_reattachTo->setCurrentIndex(keep);
    updateButtons();
}

void PositionPanel::reattachSelected()
{
    Workspace *ws = m_session->workspace();
    const QList<QTreeWidgetItem *> selected = m_detached->selectedItems();
    if (!ws || ws->isReadOnly() || selected.size() != 1 ||
        !selected.first()->data(1, Qt::UserRole).toBool())
        return;
    const qint64 id = selected.first()->data(0, Qt::UserRole).toLongLong();
    try {
        if (const auto failure = CommandRunner::push(
                *ws, DetachedPositionCommand::reattach(*ws, m_clauseId, id,
                                                       m_reattachTo->currentData().toString())))
            m_status->setText(tr("Could not re-attach the position: %1").arg(failure->message));
    } catch (const Error &e) { // the command checks its arguments when it is made
        m_status->setText(tr("Could not re-attach the position: %1").arg(e.message()));
    }
}

void PositionPanel::discardSelected()
{
    Workspace *ws = m_session->workspace();
    if (!ws || ws->isReadOnly())
        return;
    QList<qint64> ids;
    for (QTreeWidgetItem *item : m_detached->selectedItems()) {
        if (item->data(1, Qt::UserRole).toBool())
            ids << item->data(0, Qt::UserRole).toLongLong();
    }
    if (ids.isEmpty())
        return;
    try {
        if (const auto failure =
                CommandRunner::push(*ws, DetachedPositionCommand::discard(*ws, m_clauseId, ids)))
            m_status->setText(tr("Could not discard the positions: %1").arg(failure->message));
    } catch (const Error &e) { // the command checks its arguments when it is made
        m_status->setText(tr("Could not discard the positions: %1").arg(e.message()));
    }
}

bool PositionPanel::setAlternative(const QString &alternative)
{
    const int i = m_alternative->findData(alternative);
    if (i < 0)
        return false;
    m_alternative->setCurrentIndex(i);
    return true;
}

QString PositionPanel::alternative() const
{
    return m_alternative->currentData().toString();
}

void PositionPanel::refillAlternatives()
{
    const QString previous = alternative();
    const QSignalBlocker blocker(m_alternative);
    m_alternative->clear();
    m_alternative->addItem(tr("The whole clause"), QString());
    Workspace *ws = m_session->workspace();
    const std::optional<Clause> clause = ws && m_clauseId ? ws->clause(m_clauseId) : std::nullopt;
    if (clause) {
        const ClauseShape shape = ClauseShape::of(clause->text);
        const QFontMetrics fm(m_alternative->font());
        for (const ClauseShape::Group &g : shape.groups()) {
            for (const ClauseShape::Alternative &a : g.alternatives) {
                const QString text = fm.elidedText(a.text.simplified(), Qt::ElideRight,
                                                   fm.horizontalAdvance(u'x') * 60);
                m_alternative->addItem(u"%1: %2"_s.arg(a.id, text), a.id);
                m_alternative->setItemData(m_alternative->count() - 1, a.text, Qt::ToolTipRole);
            }
        }
    }
    const int i = m_alternative->findData(previous);
    m_alternative->setCurrentIndex(qMax(0, i));
    m_alternative->setEnabled(m_alternative->count() > 1);
    if (i < 0 && !previous.isEmpty())
        m_model->setClause(m_clauseId, QString());
}

void PositionPanel::refillMembers()
{
    const QSignalBlocker blocker(m_members);
    m_members->clear();
    for (const ConsensusSession::MembersChoice &choice : m_session->membersChoices())
        m_members->addItem(choice.label, choice.key);
    m_members->setCurrentIndex(qMax(0, m_members->findData(m_session->membersKey())));
}

void PositionPanel::updateStatus()
{
    Workspace *ws = m_session->workspace();
    ConsensusEngine *engine = m_session->engine();
    const ClauseConsensus *cc = engine && m_clauseId ? engine->clause(m_clauseId) : nullptr;
    if (!cc) {
        m_status->setText(m_clauseId ? tr("Consensus: select the clause's document to analyse it.")
                                     : QString());
        m_status->setVisible(m_clauseId != 0);
        return;
    }
    m_status->setVisible(true);
    const QColor bg = StanceStyle::statusColour(cc->status);
    const QColor fg = StanceStyle::statusTextColour(cc->status);
    QString html = u"<span style='background:%1; color:%2'>&nbsp;%3&nbsp;</span> "_s.arg(
        bg.name(), fg.name(), ConsensusStatusText::label(cc->status).toHtmlEscaped());
    html += tr("for %1").arg(m_session->membersLabel().toHtmlEscaped());
    const QString alt = alternative();
    if (alt.isEmpty()) {
        if (!cc->blockers.isEmpty())
            html +=
                u"<br>"_s + tr("Blocked by %1.").arg(stateNames(*ws, cc->blockers).toHtmlEscaped());
        if (!cc->reservations.isEmpty())
            html += u"<br>"_s +
                    tr("Reservations: %1.").arg(stateNames(*ws, cc->reservations).toHtmlEscaped());
        if (!cc->silent.isEmpty())
            html += u"<br>"_s + tr("%n member(s) without a position on the whole clause.", nullptr,
                                   cc->silent.count());
    } else {
        for (const ClauseConsensus::Group &g : cc->groups) {
            for (const ClauseConsensus::Alternative &a : g.alternatives) {
                if (a.id != alt)
                    continue;
                html += u"<br>"_s;
                if (a.inLandingZone)
                    html += tr("%1 is in the landing zone: no member objects.").arg(alt);
                else
                    html += tr("%1 is objected to by %2.")
                                .arg(alt, stateNames(*ws, a.objectors).toHtmlEscaped());
                if (!g.hasLandingZone())
                    html += u" "_s +
                            tr("Group %1 has no landing zone; the fewest states blocking "
                               "it: %2.")
                                .arg(g.id, stateNames(*ws, g.minimalBlockingSet).toHtmlEscaped());
            }
        }
    }
    if (m_session->isWhatIfMode())
        html += u"<br><i>"_s + tr("What-if mode: stance changes are temporary.") + u"</i>"_s;
    m_status->setText(html);
}

void PositionPanel::updateButtons()
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    const int n = int(m_model->statesOf(rows).size());
    Workspace *ws = m_session->workspace();
    const bool writable = ws && (!ws->isReadOnly() || m_session->isWhatIfMode());
    m_selection->setText(n ? tr("%n state(s) selected", nullptr, n)
                           : tr("Select states or groups for bulk entry"));
    m_apply->setEnabled(writable && m_clauseId && n > 0);
    bool anyOutdated = false;
    if (ws && m_clauseId) {
        for (const Position &p : ws->positions(m_clauseId))
            anyOutdated = anyOutdated || ws->isOutdated(p);
    }
    m_confirm->setEnabled(ws && !ws->isReadOnly() && anyOutdated);
    bool anyOrphaned = false;
    const QList<QTreeWidgetItem *> detached = m_detached->selectedItems();
    for (QTreeWidgetItem *item : detached)
        anyOrphaned = anyOrphaned || item->data(1, Qt::UserRole).toBool();
    const bool editable = ws && !ws->isReadOnly() && m_clauseId;
    m_reattach->setEnabled(editable && detached.size() == 1 && anyOrphaned);
    m_discard->setEnabled(editable && anyOrphaned);
}

void PositionPanel::applyToSelection(int stance)
{
    const QStringList states = m_model->statesOf(m_tree->selectionModel()->selectedRows());
    if (!m_clauseId || states.isEmpty() || stance < 0 || stance > int(Stance::Objects))
        return;
    m_session->setStance(states, m_clauseId, alternative(), Stance(stance));
}

void PositionPanel::confirmOutdated()
{
    Workspace *ws = m_session->workspace();
    if (!ws || !m_clauseId || ws->isReadOnly())
        return;
    const QStringList states = m_model->statesOf(m_tree->selectionModel()->selectedRows());
    if (QUndoCommand *command = SetPositionsCommand::confirm(*ws, m_clauseId, states))
        CommandGuard::push(this, *ws, command);
    updateButtons();
}

void PositionPanel::updateDetails()
{
    Workspace *ws = m_session->workspace();
    const QModelIndex current = m_tree->currentIndex();
    const QString iso =
        current.isValid() ? current.siblingAtColumn(0).data(PositionTreeModel::Iso3Role).toString()
                          : QString();
    m_detailsState = m_clauseId ? iso : QString();
    const bool on = ws && !m_detailsState.isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_sourceKind), static_cast<QWidget *>(m_sourceSymbol),
                       static_cast<QWidget *>(m_sourceDate), static_cast<QWidget *>(m_sourceText),
                       static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_internal)})
        w->setEnabled(on && !ws->isReadOnly());
    m_saveDetails->setEnabled(on && !ws->isReadOnly());
    if (!on) {
        m_detailsTitle->setText(tr("<b>Position details</b>: select a state"));
        m_history->clear();
        return;
    }
    const State *s = ws->states().byIso3(m_detailsState);
    const Position *p = m_model->position(m_detailsState);
    m_detailsTitle->setText(
        tr("<b>Position of %1</b> (%2)")
            .arg((s ? StateNames::display(*s) : m_detailsState).toHtmlEscaped(), m_detailsState));
    const int kindIndex = p ? m_sourceKind->findData(p->sourceKind) : -1;
    if (kindIndex >= 0)
        m_sourceKind->setCurrentIndex(kindIndex);
    else
        m_sourceKind->setCurrentText(p ? p->sourceKind : QString());
    m_sourceSymbol->setText(p ? p->sourceSymbol : QString());
    m_sourceDate->setDate(p && p->sourceDate.isValid() ? p->sourceDate
                                                       : m_sourceDate->minimumDate());
    m_sourceText->setText(p ? p->sourceText : QString());
    m_note->setText(p ? p->note : QString());
    m_internal->setChecked(p && p->internal);

    QString html;
    const QList<PositionHistoryEntry> history = ws->positionHistory(m_clauseId, m_detailsState);
    int shown = 0;
    for (const PositionHistoryEntry &e : history) {
        if (e.previous.alternative != alternative())
            continue;
        if (++shown > 8)
            break;
        html += u"<p>"_s +
                tr("%1: was <b>%2</b> (recorded by %3); %4 by %5")
                    .arg(QLocale().toString(e.replacedAt, QLocale::ShortFormat),
                         StanceText::label(e.previous.stance).toHtmlEscaped(),
                         (e.previous.author.isEmpty() ? tr("unknown") : e.previous.author)
                             .toHtmlEscaped(),
                         e.removed ? tr("removed") : tr("changed"), e.replacedBy.toHtmlEscaped()) +
                u"</p>"_s;
    }
    m_history->setText(html.isEmpty() ? tr("<i>No earlier values.</i>") : html);
}

void PositionPanel::saveDetails()
{
    Workspace *ws = m_session->workspace();
    if (!ws || ws->isReadOnly() || m_detailsState.isEmpty() || !m_clauseId)
        return;
    Position p;
    if (const Position *saved = m_model->position(m_detailsState))
        p = *saved;
    p.clauseId = m_clauseId;
    p.state = m_detailsState;
    p.alternative = alternative();
    // A usual kind's label stands for its key.
    const int kindIndex = m_sourceKind->findText(m_sourceKind->currentText().trimmed());
    p.sourceKind = kindIndex >= 0 ? m_sourceKind->itemData(kindIndex).toString()
                                  : m_sourceKind->currentText().trimmed();
    p.sourceSymbol = m_sourceSymbol->text().trimmed();
    p.sourceDate =
        m_sourceDate->date() == m_sourceDate->minimumDate() ? QDate() : m_sourceDate->date();
    p.sourceText = m_sourceText->text().trimmed();
    p.note = m_note->text().trimmed();
    p.internal = m_internal->isChecked();
    CommandGuard::push(this, *ws, new SetPositionsCommand(*ws, {p}));
}

} // namespace Plenipo
