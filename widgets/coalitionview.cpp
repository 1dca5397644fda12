// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "coalitionview.h"
#include "commandguard.h"

#include "combopopup.h"

#include "commands/derivecoalitiondocumentcommand.h"
#include "consensus/clauseshape.h"
#include "consensus/coalitionanalysis.h"
#include "consensus/coalitionproblem.h"
#include "consensus/coalitionsuggester.h"
#include "consensus/whatif.h"
#include "consensussession.h"
#include "core/error.h"
#include "core/statenames.h"
#include "sample/samplebuilder.h"
#include "stancestyle.h"
#include "storage/workspace.h"
#include "whatifbar.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {
enum ItemRole
{
    ClauseIdRole = Qt::UserRole + 1,
    AlternativeRole,
    FailingRole, // QStringList: ISO3 of the states it fails because of
};
enum TreeColumn
{
    ClauseColumn,
    ResultColumn,
    BecauseColumn,
    TextColumn
};
} // namespace

CoalitionView::CoalitionView(ConsensusSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_choice(new QComboBox(this))
    , m_list(new QLineEdit(this))
    , m_listProblem(new QLabel(this))
    , m_whatIf(new WhatIfBar(session, this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_text(new QTextBrowser(this))
    , m_mustIn(new QLineEdit(this))
    , m_atLeast(new QSpinBox(this))
    , m_mostButton(new QPushButton(tr("Text Most Accept"), this))
    , m_largestButton(new QPushButton(tr("Largest Text"), this))
    , m_outsider(new QComboBox(this))
    , m_joinButton(new QPushButton(tr("What Would It Take?"), this))
    , m_deriveButton(new QPushButton(tr("Derive Coalition Document..."), this))
    , m_suggestion(new QTextBrowser(this))
{
    setObjectName(u"coalitionView"_s);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_notice->setObjectName(u"coalitionNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid "
                            u"#e0c45c; padding: 3px 6px; }"_s);
    m_notice->hide();
    m_choice->setObjectName(u"coalitionChoice"_s);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(18);
    m_list->setObjectName(u"coalitionList"_s);
    m_list->setPlaceholderText(
        tr("States by code or name, separated by commas: FRA, Germany, ..."));
    m_list->setClearButtonEnabled(true);
    m_list->hide();
    m_listProblem->setStyleSheet(u"QLabel { color: #b31b1b; }"_s);
    m_listProblem->hide();
    m_summary->setObjectName(u"coalitionSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_tree->setObjectName(u"coalitionClauses"_s);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Clause"), tr("Coalition"), tr("Fails because of"), tr("Text")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setToolTip(tr("Check a clause to keep it in suggested texts; right-click a failing "
                          "clause or alternative to try a what-if"));
    // The clause and result columns take what their texts need (icons, check boxes and the
    // tree's indentation included); the reasons get a fixed share the user can widen; the
    // text, elided with its full version as tooltip, takes the rest.
    const QFontMetrics fm(font());
    m_tree->header()->setSectionResizeMode(ClauseColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(BecauseColumn, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(BecauseColumn, fm.horizontalAdvance(u"United Kingdom (GBR), Hungary"_s));
    m_text->setObjectName(u"coalitionText"_s);
    m_text->setOpenLinks(false);
    m_suggestion->setObjectName(u"coalitionSuggestion"_s);
    m_suggestion->setOpenLinks(false);
    m_suggestion->setPlaceholderText(
        tr("Suggestions appear here: the text most members accept, the largest text at least "
           "N members accept, or what a state outside would need changed to join."));
    m_deriveButton->setObjectName(u"deriveCoalitionDocument"_s);
    m_deriveButton->setToolTip(tr("Create a document with the clauses this coalition accepts "
                                  "and its members as adherents (no positions or notes)"));

    m_mustIn->setObjectName(u"coalitionMustIn"_s);
    m_mustIn->setPlaceholderText(tr("states that must be in (optional)"));
    m_atLeast->setObjectName(u"coalitionAtLeast"_s);
    m_atLeast->setRange(1, 999);
    m_atLeast->setPrefix(tr("at least "));
    m_atLeast->setSuffix(tr(" states"));
    m_outsider->setObjectName(u"coalitionOutsider"_s);
    m_outsider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outsider->setMinimumContentsLength(16);
    m_mostButton->setToolTip(tr("The text (clauses and alternatives) accepted by the most "
                                "coalition members, with the must-be-in states and the checked "
                                "clauses"));
    m_largestButton->setToolTip(tr("The text with the most clauses that at least this many "
                                   "coalition members accept"));

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Coalition:"), this));
    pick->addWidget(m_choice, 2);
    pick->addWidget(m_list, 3);
    pick->addWidget(m_listProblem);

    auto *suggest = new QGroupBox(tr("Suggestions"), this);
    auto *suggestLayout = new QVBoxLayout(suggest);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_mustIn, 1);
    row1->addWidget(m_mostButton);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_atLeast, 1);
    row2->addWidget(m_largestButton);
    auto *row3 = new QHBoxLayout;
    row3->addWidget(new QLabel(tr("Outside:"), suggest));
    row3->addWidget(m_outsider, 1);
    row3->addWidget(m_joinButton);
    suggestLayout->addLayout(row1);
    suggestLayout->addLayout(row2);
    suggestLayout->addLayout(row3);
    suggestLayout->addWidget(m_suggestion, 1);

    auto *textBox = new QGroupBox(tr("Coalition text"), this);
    auto *textLayout = new QVBoxLayout(textBox);
    textLayout->addWidget(m_text);
    auto *deriveRow = new QHBoxLayout;
    deriveRow->addStretch(1);
    deriveRow->addWidget(m_deriveButton);
    textLayout->addLayout(deriveRow);

    // The clause tree takes the whole width (its four columns need it); the coalition text
    // and the suggestions share the lower part side by side.
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(textBox);
    lower->addWidget(suggest);
    lower->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    layout->addLayout(pick);
    layout->addWidget(m_whatIf);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &CoalitionView::choiceChanged);
    connect(m_list, &QLineEdit::editingFinished, this, [this] { setHandPicked(m_list->text()); });
    connect(m_mostButton, &QPushButton::clicked, this, &CoalitionView::suggestMostAdherents);
    connect(m_largestButton, &QPushButton::clicked, this,
            [this] { suggestLargestText(m_atLeast->value()); });
    connect(m_deriveButton, &QPushButton::clicked, this, &CoalitionView::askToDerive);
    connect(m_joinButton, &QPushButton::clicked, this,
            [this] { explainJoin(m_outsider->currentData().toString()); });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(ClauseColumn, ClauseIdRole).toLongLong())
            Q_EMIT clauseActivated(item->data(ClauseColumn, ClauseIdRole).toLongLong());
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_tree->itemAt(pos);
        if (!item)
            return;
        const qint64 clauseId = item->data(ClauseColumn, ClauseIdRole).toLongLong();
        const QString alternative = item->data(ClauseColumn, AlternativeRole).toString();
        const QStringList failing = item->data(ClauseColumn, FailingRole).toStringList();
        Workspace *ws = m_session->workspace();
        if (!ws || !clauseId || failing.isEmpty())
            return;
        QMenu menu(this);
        for (const QString &iso : failing.mid(0, 12)) {
            const State *s = ws->states().byIso3(iso);
            QAction *a =
                menu.addAction(tr("What if %1 supported %2?")
                                   .arg(s ? StateNames::display(*s) : iso,
                                        alternative.isEmpty() ? tr("the clause") : alternative));
            connect(a, &QAction::triggered, this, [this, iso, clauseId, alternative] {
                m_session->setWhatIfMode(true);
                m_session->setStance({iso}, clauseId, alternative, Stance::Supports);
            });
        }
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });

    connect(session, &ConsensusSession::workspaceChanged, this, [this] {
        Workspace *ws = m_session->workspace();
        const QString notice =
            ws ? SampleBuilder::displayNotice(ws->illustrativeNotice()) : QString();
        m_notice->setText(notice);
        m_notice->setVisible(!notice.isEmpty());
        m_analysis.reset();
        refillChoices();
        if (ws) {
            connect(ws, &Workspace::positionsChanged, this, &CoalitionView::invalidate);
            connect(ws, &Workspace::clauseChanged, this, &CoalitionView::invalidate);
            // The choices are the groups, processes and states; the analysis is the document's.
            for (const auto signal :
                 {&Workspace::groupsChanged, &Workspace::processesChanged, &Workspace::reloaded})
                connect(ws, signal, this, [this] {
                    refillChoices();
                    invalidate();
                });
            connect(ws, &Workspace::clauseInserted, this, &CoalitionView::invalidate);
            connect(ws, &Workspace::clauseRemoved, this, &CoalitionView::invalidate);
            connect(ws, &Workspace::documentRemoved, this, &CoalitionView::invalidate);
        }
    });
    // A suggestion belongs to one document, coalition and outside state: it goes when they
    // change, rather than staying under another document's analysis.
    connect(session, &ConsensusSession::documentChanged, this, [this] {
        m_suggestion->clear();
        invalidate();
    });
    connect(m_outsider, &QComboBox::currentIndexChanged, m_suggestion, &QTextBrowser::clear);
    connect(session, &ConsensusSession::whatIfChanged, this, &CoalitionView::invalidate);
    connect(session, &ConsensusSession::whatIfModeChanged, this, &CoalitionView::invalidate);
    refillChoices();
    // Lists as wide as their longest item, never elided.
    for (QComboBox *combo : findChildren<QComboBox *>())
        ComboPopup::follow(combo);
}

CoalitionView::~CoalitionView() = default;

void CoalitionView::refillChoices()
{
    const QString previous = coalitionKey();
    {
        const QSignalBlocker blocker(m_choice);
        m_choice->clear();
        m_outsider->clear();
        Workspace *ws = m_session->workspace();
        if (ws) {
            // Coalitions first: they are what this view is for.
            for (StateGroup::Kind kind : {StateGroup::Kind::Coalition, StateGroup::Kind::Political,
                                          StateGroup::Kind::Regional}) {
                for (const StateGroup &g : ws->groups()) {
                    if (g.kind == kind)
                        m_choice->addItem(
                            tr("%1: %2 (%n)", nullptr, int(g.members.size())).arg(g.code, g.name),
                            u"group:%1"_s.arg(g.code));
                }
            }
            for (const Process &p : ws->processes()) {
                const int n = ws->processMemberSet(p).count();
                if (n > 0)
                    m_choice->addItem(tr("Process %1 (%n)", nullptr, n).arg(p.name),
                                      u"process:%1"_s.arg(p.code));
            }
            QList<const State *> states;
            for (const State &s : ws->states().states())
                states << &s;
            std::sort(states.begin(), states.end(), [](const State *a, const State *b) {
                return QString::localeAwareCompare(StateNames::display(*a),
                                                   StateNames::display(*b)) < 0;
            });
            for (const State *s : states)
                m_outsider->addItem(u"%1 (%2)"_s.arg(StateNames::display(*s), s->iso3), s->iso3);
        }
        m_choice->addItem(tr("Hand-picked states..."), u"list"_s);
    }
    const int i = m_choice->findData(previous);
    if (i >= 0)
        m_choice->setCurrentIndex(i);
    else
        m_choice->setCurrentIndex(0);
    choiceChanged();
}

bool CoalitionView::setCoalitionKey(const QString &key)
{
    const int i = m_choice->findData(key);
    if (i < 0)
        return false;
    m_choice->setCurrentIndex(i);
    choiceChanged();
    return true;
}

QString CoalitionView::coalitionKey() const
{
    return m_choice->currentData().toString();
}

QStringList CoalitionView::setHandPicked(const QString &text)
{
    QStringList unknown;
    Workspace *ws = m_session->workspace();
    if (!ws)
        return unknown;
    const QSignalBlocker blocker(m_choice);
    m_choice->setCurrentIndex(m_choice->findData(u"list"_s));
    if (m_list->text() != text)
        m_list->setText(text);
    m_list->show();
    choiceChanged();
    return m_listProblem->isVisible() ? m_listProblem->property("unknown").toStringList() : unknown;
}

void CoalitionView::choiceChanged()
{
    Workspace *ws = m_session->workspace();
    const QString key = coalitionKey();
    const bool list = key == u"list"_s;
    m_list->setVisible(list);
    m_listProblem->hide();
    m_suggestion->clear();
    if (!ws) {
        m_coalition = StateSet();
        invalidate();
        return;
    }
    if (list) {
        StateSet set(int(ws->stateOrder().size()));
        QStringList unknown;
        static const QRegularExpression separators(u"[,;\\n]"_s);
        for (const QString &part : m_list->text().split(separators, Qt::SkipEmptyParts)) {
            const QString entry = part.trimmed();
            if (entry.isEmpty())
                continue;
            const State *s = ws->states().resolve(entry);
            const int i = s ? ws->stateIndex(s->iso3) : -1;
            if (i < 0)
                unknown << entry;
            else
                set.insert(i);
        }
        if (!unknown.isEmpty()) {
            m_listProblem->setText(tr("Unknown: %1").arg(unknown.join(u", "_s)));
            m_listProblem->setProperty("unknown", unknown);
            m_listProblem->show();
        }
        m_coalition = set;
    } else {
        m_coalition = m_session->membersOf(key);
    }
    m_atLeast->setMaximum(qMax(1, m_coalition.count()));
    if (m_atLeast->value() == 1 || m_atLeast->value() > m_coalition.count())
        m_atLeast->setValue(qMax(1, m_coalition.count() * 2 / 3));
    invalidate();
}

void CoalitionView::invalidate()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void CoalitionView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

const CoalitionAnalysis *CoalitionView::analysis()
{
    if (m_dirty)
        refresh();
    return m_analysis.get();
}

QString CoalitionView::names(const StateSet &set, int limit) const
{
    Workspace *ws = m_session->workspace();
    QStringList out;
    const QStringList codes = ws->iso3(set);
    for (const QString &iso : codes) {
        if (out.size() == limit) {
            out << tr("%n more", nullptr, int(codes.size()) - limit);
            break;
        }
        const State *s = ws->states().byIso3(iso);
        out << u"%1 (%2)"_s.arg(s ? StateNames::display(*s) : iso, iso);
    }
    return out.join(u", "_s);
}

void CoalitionView::refresh()
{
    m_dirty = false;
    Workspace *ws = m_session->workspace();
    const Document *d = ws ? ws->document(m_session->documentId()) : nullptr;
    const QList<qint64> keep = mustKeep();
    m_tree->clear();
    m_text->clear();
    if (!d) {
        m_analysis.reset();
        m_title->setText(tr("<b>Coalition</b>: select a document or a clause"));
        m_summary->clear();
        return;
    }
    m_title->setText(tr("<b>Coalition</b> on %1 &ndash; %2")
                         .arg(d->symbol.toHtmlEscaped(), d->title.toHtmlEscaped()));
    m_analysis = std::make_unique<CoalitionAnalysis>(*ws, d->id, m_coalition, m_session->whatIf());
    const QList<CoalitionAnalysis::Clause> &clauses = m_analysis->clauses();
    const int accepted = int(m_analysis->acceptedClauses().size());
    QString summary =
        tr("%1 (%n state(s)) accepts <b>%2 of %3</b> clauses.", nullptr, m_coalition.count())
            .arg(coalitionName().toHtmlEscaped())
            .arg(accepted)
            .arg(clauses.size());
    if (m_session->whatIf() && !m_session->whatIf()->isEmpty())
        summary += u" <span style='color:%1'>"_s.arg(StanceStyle::whatIfColour().name()) +
                   tr("(with %n what-if stance(s))", nullptr, m_session->whatIf()->size()) +
                   u"</span>"_s;
    m_summary->setText(summary);

    const QIcon ok = StanceStyle::swatch(StanceStyle::statusColour(ConsensusStatus::Agreed));
    const QIcon fail = StanceStyle::swatch(StanceStyle::statusColour(ConsensusStatus::Blocked));
    const QIcon dropped = StanceStyle::swatch(StanceStyle::colour(std::nullopt));
    for (const CoalitionAnalysis::Clause &c : clauses) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(ClauseColumn, c.number);
        item->setData(ClauseColumn, ClauseIdRole, c.clauseId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ClauseColumn, keep.contains(c.clauseId) ? Qt::Checked : Qt::Unchecked);
        item->setIcon(ResultColumn, c.accepted ? ok : fail);
        item->setText(ResultColumn, c.accepted ? tr("accepted") : tr("fails"));
        item->setText(BecauseColumn, names(c.failingBecause, 4));
        // The tooltip repeats the cell, then lists everyone ("... 3 more" in the cell).
        item->setToolTip(BecauseColumn,
                         names(c.failingBecause, 4) + u"\n\n"_s + names(c.failingBecause, 200));
        item->setData(ClauseColumn, FailingRole, ws->iso3(c.failingBecause));
        const auto clause = ws->clause(c.clauseId);
        const QString text = c.accepted ? c.text : (clause ? clause->text : QString());
        item->setText(TextColumn, text);
        item->setToolTip(TextColumn, text);
        if (!c.accepted) {
            item->setForeground(ResultColumn,
                                StanceStyle::statusColour(ConsensusStatus::Blocked).darker(120));
            if (!c.nonAcceptors.isEmpty())
                item->setToolTip(ResultColumn,
                                 tr("Not accepted as a whole by: %1").arg(names(c.nonAcceptors)));
        }
        for (const CoalitionAnalysis::Group &g : c.groups) {
            auto *groupItem = new QTreeWidgetItem(item);
            groupItem->setText(ClauseColumn, g.optional ? tr("%1 (optional)").arg(g.id) : g.id);
            groupItem->setData(ClauseColumn, ClauseIdRole, c.clauseId);
            groupItem->setText(
                ResultColumn,
                g.resolved ? (g.chosen.isEmpty() ? tr("dropped") : tr("takes %1").arg(g.chosen))
                           : tr("no alternative"));
            groupItem->setIcon(ResultColumn,
                               g.resolved ? (g.chosen.isEmpty() ? dropped : ok) : fail);
            groupItem->setText(BecauseColumn, names(g.failingBecause, 4));
            groupItem->setToolTip(BecauseColumn, names(g.failingBecause, 4) + u"\n\n"_s +
                                                     names(g.failingBecause, 200));
            groupItem->setData(ClauseColumn, FailingRole, ws->iso3(g.failingBecause));
            for (const CoalitionAnalysis::Alternative &a : g.alternatives) {
                auto *altItem = new QTreeWidgetItem(groupItem);
                altItem->setText(ClauseColumn, a.id);
                altItem->setData(ClauseColumn, ClauseIdRole, c.clauseId);
                altItem->setData(ClauseColumn, AlternativeRole, a.id);
                altItem->setData(ClauseColumn, FailingRole, ws->iso3(a.nonAcceptors));
                altItem->setText(ResultColumn, a.id == g.chosen ? tr("chosen")
                                               : a.viable       ? tr("accepted")
                                                                : tr("not accepted"));
                altItem->setIcon(ResultColumn, a.viable ? ok : fail);
                altItem->setText(BecauseColumn, a.viable ? QString() : names(a.nonAcceptors, 4));
                altItem->setToolTip(BecauseColumn, names(a.nonAcceptors, 4) + u"\n\n"_s +
                                                       names(a.nonAcceptors, 200));
                altItem->setText(TextColumn, a.text);
                altItem->setToolTip(TextColumn, a.text);
            }
        }
        item->setExpanded(!c.accepted);
    }

    QString html = u"<h3>%1</h3>"_s.arg(d->title.toHtmlEscaped());
    html +=
        u"<p><i>%1</i></p>"_s.arg(tr("Adherents: %1").arg(names(m_coalition, 40)).toHtmlEscaped());
    if (accepted == 0)
        html += u"<p>%1</p>"_s.arg(tr("No clause is accepted by every member.").toHtmlEscaped());
    for (const CoalitionAnalysis::Clause &c : clauses) {
        if (c.accepted)
            html += u"<p><b>%1</b> %2</p>"_s.arg(c.number.toHtmlEscaped(), c.text.toHtmlEscaped());
    }
    m_text->setHtml(html);
    m_deriveButton->setEnabled(accepted > 0 && !ws->isReadOnly() && !m_session->isWhatIfMode());
}

QString CoalitionView::coalitionName() const
{
    Workspace *ws = m_session->workspace();
    const QString key = coalitionKey();
    if (ws && key.startsWith(u"group:"_s)) {
        if (const StateGroup *g = ws->group(QStringView(key).mid(6)))
            return g->name;
    } else if (ws && key.startsWith(u"process:"_s)) {
        if (const Process *p = ws->processByCode(QStringView(key).mid(8)))
            return p->name;
    }
    return tr("The hand-picked states");
}

void CoalitionView::askToDerive()
{
    Workspace *ws = m_session->workspace();
    const Document *d = ws ? ws->document(m_session->documentId()) : nullptr;
    if (!d)
        return;
    QString code = coalitionKey().section(u':', 1);
    if (code.isEmpty())
        code = u"COALITION"_s;
    bool ok = false;
    const QString symbol = QInputDialog::getText(
        this, tr("Derive Coalition Document"),
        tr("Symbol of the new document (the clauses %1 accepts, with its members as "
           "adherents):")
            .arg(coalitionName()),
        QLineEdit::Normal, u"%1/%2"_s.arg(d->symbol, code), &ok);
    if (!ok || symbol.trimmed().isEmpty())
        return;
    const QString title =
        QInputDialog::getText(this, tr("Derive Coalition Document"), tr("Title:"),
                              QLineEdit::Normal, tr("%1 (%2)").arg(d->title, coalitionName()), &ok);
    if (!ok)
        return;
    deriveDocument(symbol.trimmed(), title.trimmed());
}

qint64 CoalitionView::deriveDocument(const QString &symbol, const QString &title)
{
    Workspace *ws = m_session->workspace();
    const CoalitionAnalysis *a = analysis();
    if (!ws || !a || ws->isReadOnly())
        return 0;
    Document document;
    document.symbol = symbol;
    document.title = title.isEmpty() ? symbol : title;
    document.date = QDate::currentDate();
    const int clauses = int(a->acceptedClauses().size());
    const int adherents = m_coalition.count();
    try {
        auto *command = new DeriveCoalitionDocumentCommand(*ws, *a, document);
        if (!CommandGuard::push(this, *ws, command))
            return 0;
        m_suggestion->setHtml(
            u"<p>%1</p>"_s.arg(tr("Derived %1 with %n clause(s) and %2.", nullptr, clauses)
                                   .arg(symbol, tr("%n adherent(s)", nullptr, adherents))
                                   .toHtmlEscaped()));
        return command->documentId();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Cannot derive the coalition document"), e.message());
        return 0;
    }
}

QList<qint64> CoalitionView::mustKeep() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->checkState(ClauseColumn) == Qt::Checked)
            ids << item->data(ClauseColumn, ClauseIdRole).toLongLong();
    }
    return ids;
}

void CoalitionView::setMustKeep(qint64 clauseId, bool keep)
{
    analysis();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(ClauseColumn, ClauseIdRole).toLongLong() == clauseId)
            item->setCheckState(ClauseColumn, keep ? Qt::Checked : Qt::Unchecked);
    }
}

void CoalitionView::suggestMostAdherents()
{
    Workspace *ws = m_session->workspace();
    if (!ws || !analysis())
        return;
    StateSet mustIn(int(ws->stateOrder().size()));
    QStringList unknown;
    static const QRegularExpression separators(u"[,;]"_s);
    for (const QString &part : m_mustIn->text().split(separators, Qt::SkipEmptyParts)) {
        const State *s = ws->states().resolve(part.trimmed());
        const int i = s ? ws->stateIndex(s->iso3) : -1;
        if (i < 0)
            unknown << part.trimmed();
        else
            mustIn.insert(i);
    }
    if (!unknown.isEmpty()) {
        m_suggestion->setHtml(u"<p style='color:#b31b1b'>%1</p>"_s.arg(
            tr("Unknown states in \"must be in\": %1").arg(unknown.join(u", "_s)).toHtmlEscaped()));
        return;
    }
    const CoalitionProblem problem =
        CoalitionProblem::fromDocument(*ws, m_session->documentId(), m_session->whatIf());
    QList<int> keep;
    const QList<qint64> keepIds = mustKeep();
    for (int i = 0; i < problem.clauses.size(); ++i) {
        if (keepIds.contains(problem.clauses.at(i).clauseId))
            keep << i;
    }
    const CoalitionSuggester suggester(problem);
    const CoalitionSuggestion s = suggester.mostAdherents(m_coalition | mustIn, mustIn, keep);
    QString html = u"<h3>%1</h3>"_s.arg(tr("The text most members accept").toHtmlEscaped());
    if (!s.feasible) {
        html += u"<p>%1</p>"_s.arg(
            tr("No text keeps every checked clause with every must-be-in state.").toHtmlEscaped());
        m_suggestion->setHtml(html);
        return;
    }
    html += u"<p>%1</p>"_s.arg(
        tr("%1 of %2 states accept %n clause(s)%3: %4", nullptr, int(s.clauseCount()))
            .arg(s.adherents.count())
            .arg((m_coalition | mustIn).count())
            .arg(s.exact ? tr(" (exact)") : tr(" (heuristic)"))
            .arg(names(s.adherents, 30))
            .toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(
        tr("Left out: %1").arg(names((m_coalition | mustIn) - s.adherents, 30)).toHtmlEscaped());
    for (int i = 0; i < problem.clauses.size() && i < s.versions.size(); ++i) {
        const int v = s.versions.at(i);
        if (v < 0)
            continue;
        const CoalitionProblem::Clause &pc = problem.clauses.at(i);
        const auto clause = ws->clause(pc.clauseId);
        const QString text =
            clause ? ClauseShape::of(clause->text).resolvedText(pc.versions.at(v).choice)
                   : QString();
        html += u"<p><b>%1</b> %2</p>"_s.arg(pc.number.toHtmlEscaped(), text.toHtmlEscaped());
    }
    m_suggestion->setHtml(html);
}

void CoalitionView::suggestLargestText(int atLeast)
{
    Workspace *ws = m_session->workspace();
    if (!ws || !analysis())
        return;
    const CoalitionProblem problem =
        CoalitionProblem::fromDocument(*ws, m_session->documentId(), m_session->whatIf());
    QList<int> keep;
    const QList<qint64> keepIds = mustKeep();
    for (int i = 0; i < problem.clauses.size(); ++i) {
        if (keepIds.contains(problem.clauses.at(i).clauseId))
            keep << i;
    }
    const CoalitionSuggester suggester(problem);
    const CoalitionSuggestion s =
        suggester.largestText(m_coalition, atLeast, StateSet(int(ws->stateOrder().size())), keep);
    QString html = u"<h3>%1</h3>"_s.arg(
        tr("The largest text at least %n member(s) accept", nullptr, atLeast).toHtmlEscaped());
    if (!s.feasible) {
        html += u"<p>%1</p>"_s.arg(
            tr("No text with the checked clauses is accepted by that many members.")
                .toHtmlEscaped());
        m_suggestion->setHtml(html);
        return;
    }
    //: %1 " (exact)" or " (heuristic)", %2 "12 states", %3 their names
    html +=
        u"<p>%1</p>"_s.arg(tr("%n clause(s)%1, accepted by %2: %3", nullptr, int(s.clauseCount()))
                               .arg(s.exact ? tr(" (exact)") : tr(" (heuristic)"))
                               .arg(tr("%n state(s)", nullptr, s.adherents.count()))
                               .arg(names(s.adherents, 30))
                               .toHtmlEscaped());
    for (int i = 0; i < problem.clauses.size() && i < s.versions.size(); ++i) {
        const int v = s.versions.at(i);
        if (v < 0)
            continue;
        const CoalitionProblem::Clause &pc = problem.clauses.at(i);
        const auto clause = ws->clause(pc.clauseId);
        const QString text =
            clause ? ClauseShape::of(clause->text).resolvedText(pc.versions.at(v).choice)
                   : QString();
        html += u"<p><b>%1</b> %2</p>"_s.arg(pc.number.toHtmlEscaped(), text.toHtmlEscaped());
    }
    m_suggestion->setHtml(html);
}

void CoalitionView::explainJoin(const QString &iso3)
{
    Workspace *ws = m_session->workspace();
    const int state = ws ? ws->stateIndex(iso3) : -1;
    const CoalitionAnalysis *a = analysis();
    if (state < 0 || !a)
        return;
    const State *s = ws->states().byIso3(iso3);
    const QString name = s ? StateNames::display(*s) : iso3;
    {
        // The Outside box names the state explained (choosing another one clears the answer).
        const QSignalBlocker blocker(m_outsider);
        m_outsider->setCurrentIndex(m_outsider->findData(iso3));
    }
    QString html = u"<h3>%1</h3>"_s.arg(tr("What %1 would need to join").arg(name).toHtmlEscaped());
    if (m_coalition.contains(state)) {
        html +=
            u"<p>%1</p>"_s.arg(tr("%1 is a member of this coalition.").arg(name).toHtmlEscaped());
        m_suggestion->setHtml(html);
        return;
    }
    // A state with no recorded position on the document has nothing to change yet: what it
    // would need is to say where it stands (not to "drop" every bracketed clause).
    bool positioned = false;
    for (const CoalitionAnalysis::Clause &c : a->clauses()) {
        const auto known = [&](const QString &alternative) {
            const auto stance = m_session->stance(c.clauseId, alternative, state);
            return stance && *stance != Stance::NoPosition;
        };
        positioned = positioned || known(QString());
        for (const CoalitionAnalysis::Group &g : c.groups) {
            for (const CoalitionAnalysis::Alternative &alt : g.alternatives)
                positioned = positioned || known(alt.id);
        }
    }
    const Document *d = ws->document(m_session->documentId());
    if (!positioned) {
        html += u"<p>%1</p>"_s.arg(
            tr("%1 has no recorded position on any paragraph of %2. Record its positions first: "
               "until then nothing shows what it would need changed to join.")
                .arg(name, d ? d->symbol : QString())
                .toHtmlEscaped());
        m_suggestion->setHtml(html);
        return;
    }
    const QList<CoalitionAnalysis::JoinChange> changes = a->changesToJoin(state);
    if (changes.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(
            tr("%1 already accepts the whole coalition text.").arg(name).toHtmlEscaped());
    } else {
        html += u"<ul>"_s;
        for (const CoalitionAnalysis::JoinChange &c : changes) {
            const QString line =
                c.kind == CoalitionAnalysis::JoinChange::Kind::DropClause
                    ? tr("Paragraph %1: drop it (no version suits both).").arg(c.number)
                    : tr("Paragraph %1: in %2, take %3 instead of %4.")
                          .arg(c.number, c.group, c.to, c.from.isEmpty() ? tr("nothing") : c.from);
            html += u"<li>%1</li>"_s.arg(line.toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    m_suggestion->setHtml(html);
}

} // namespace Plenipo
