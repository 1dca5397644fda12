// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "workbench.h"

#include "clauseview.h"
#include "comparisonview.h"
#include "core/domainnames.h"
#include "core/domaintext.h"
#include "core/language.h"
#include "core/statenames.h"
#include "navigatoractions.h"
#include "navigatormodel.h"
#include "statesview.h"
// positions, consensus, coalitions (issue 4)
#include "coalitionview.h"
#include "consensussession.h"
#include "positionpanel.h"
#include "researchwindow.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "supportmatrixview.h"
// charts (issue 12)
#include "chartsview.h"
#include <QTabWidget>

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

Workbench::Workbench(QWidget *parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_connectionNotice(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigator(new QTreeView(m_splitter))
    , m_navigatorModel(new NavigatorModel(this))
    , m_navigatorActions(new NavigatorActions(this))
    , m_clauseView(new ClauseView(m_splitter))
    , m_statesView(new StatesView(m_splitter))
{
    m_notice->setObjectName(u"illustrativeNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid "
                            u"#e0c45c; padding: 4px 8px; }"_s);
    m_notice->hide();
    // Team mode: where the workspace came from, who you are there, what you may do.
    m_connectionNotice->setObjectName(u"connectionNotice"_s);
    m_connectionNotice->setWordWrap(true);
    m_connectionNotice->setTextFormat(Qt::RichText);
    m_connectionNotice->setStyleSheet(u"QLabel { background: #e3f0fb; color: #0b3558; border: 1px "
                                      u"solid #8fb8de; padding: 4px 8px; }"_s);
    m_connectionNotice->hide();

    m_navigator->setObjectName(u"navigator"_s);
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setHeaderHidden(true);
    m_navigator->setUniformRowHeights(true);
    m_navigator->setAlternatingRowColors(false);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_connectionNotice);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    // positions, consensus, coalitions (issue 4): the centre becomes tabs around the clause view.
    m_session = new ConsensusSession(this);
    m_centreTabs = new QTabWidget;
    m_centreTabs->setObjectName(u"centreTabs"_s);
    m_centreTabs->setDocumentMode(true);
    m_splitter->insertWidget(m_splitter->indexOf(m_clauseView), m_centreTabs);
    m_centreTabs->addTab(m_clauseView, tr("Clause"));
    m_splitter->setStretchFactor(m_splitter->indexOf(m_centreTabs), 4);
    // Default widths (the main window restores the user's own from its settings).
    m_splitter->setSizes({290, 640, 430});
    m_positionPanel = new PositionPanel(m_session);
    m_centreTabs->addTab(m_positionPanel, tr("Positions"));
    m_supportMatrix = new SupportMatrixView(m_session);
    m_centreTabs->addTab(m_supportMatrix, tr("Support Matrix"));
    m_coalitionView = new CoalitionView(m_session);
    m_centreTabs->addTab(m_coalitionView, tr("Coalition"));
    // charts (issue 12)
    m_charts = new ChartsView(m_session);
    m_centreTabs->addTab(m_charts, tr("Charts"));
    connect(m_charts, &ChartsView::statesSelected, this, [this](const QStringList &states) {
        m_statesView->selectStates(states);
        Q_EMIT statusMessage(
            tr("Selected %n state(s) in the States panel", nullptr, int(states.size())));
    });
    connect(m_supportMatrix, &SupportMatrixView::clauseActivated, this, &Workbench::selectClause);
    connect(m_coalitionView, &CoalitionView::clauseActivated, this, &Workbench::selectClause);

    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &Workbench::currentChanged);
    // The navigator model inserts and removes rows as the workspace changes (a reset only for
    // another workspace): expansion and selection survive every edit, undo and redo.
    m_navigator->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_navigator, &QWidget::customContextMenuRequested, this, &Workbench::navigatorMenu);
    connect(m_navigatorActions, &NavigatorActions::comparisonRequested, this,
            [this](const QString &a, const QString &b) { showComparison(a, b); });
    connect(m_navigatorActions, &NavigatorActions::traceClauseRequested, this, [this](qint64 id) {
        if (ResearchWindow *w = showResearch())
            w->traceClause(id);
    });
    connect(m_navigatorActions, &NavigatorActions::likelyStancesRequested, this, [this](qint64 id) {
        if (ResearchWindow *w = showResearch(id))
            w->showLikelyStances();
    });
    connect(m_navigatorActions, &NavigatorActions::traceNormRequested, this, [this](qint64 id) {
        if (ResearchWindow *w = showResearch())
            w->traceNorm(id);
    });
    connect(m_clauseView, &ClauseView::compareRequested, this,
            [this](const QString &a, const QString &b) { showComparison(a, b); });
}

ComparisonView *Workbench::showComparison(const QString &oldReference, const QString &newReference)
{
    if (!m_comparison) {
        m_comparison = new ComparisonView(this);
        m_comparison->setWindowFlag(Qt::Window);
        m_comparison->setWindowTitle(tr("Compare texts \u2014 Plenipo"));
        m_comparison->resize(1100, 700);
        m_comparison->setWorkspace(m_workspace);
    }
    if (!oldReference.isEmpty() && !newReference.isEmpty())
        m_comparison->compare(oldReference, newReference);
    m_comparison->show();
    m_comparison->raise();
    m_comparison->activateWindow();
    return m_comparison;
}

ResearchWindow *Workbench::researchWindow() const
{
    return m_research.data();
}

ResearchWindow *Workbench::showResearch(qint64 clauseId)
{
    if (!m_workspace)
        return nullptr;
    if (!m_research) {
        m_research = new ResearchWindow(*m_workspace, this);
        m_research->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_research->setClause(clauseId ? clauseId : m_clauseView->clause());
    m_research->show();
    m_research->raise();
    m_research->activateWindow();
    return m_research;
}

void Workbench::navigatorMenu(const QPoint &pos)
{
    QMenu menu;
    populateNavigatorMenu(menu, m_navigator->indexAt(pos));
    if (!menu.isEmpty())
        menu.exec(m_navigator->viewport()->mapToGlobal(pos));
}

void Workbench::populateNavigatorMenu(QMenu &menu, const QModelIndex &index)
{
    m_navigatorActions->populate(menu, index);
}

void Workbench::setConnectionNotice(const QString &html)
{
    m_connectionNotice->setText(html);
    m_connectionNotice->setVisible(!html.isEmpty());
}

void Workbench::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_navigatorModel->setWorkspace(workspace);
    m_navigatorActions->setWorkspace(workspace);
    m_clauseView->setWorkspace(workspace);
    m_statesView->setWorkspace(workspace);
    m_session->setWorkspace(workspace); // positions, consensus, coalitions (issue 4)
    // The banner above is always shown: the tabs need not repeat it.
    m_positionPanel->notice()->hide();
    m_supportMatrix->notice()->hide();
    m_coalitionView->notice()->hide();
    if (m_comparison) {
        m_comparison->setWorkspace(workspace);
        m_comparison->hide();
    }
    if (m_research)
        m_research->close(); // it reads the workspace it was opened on
    const QString notice =
        workspace ? SampleBuilder::displayNotice(workspace->illustrativeNotice()) : QString();
    m_notice->setText(
        tr("<b>Sample workspace.</b> %1").arg(Language::isolate(notice.toHtmlEscaped())));
    m_notice->setVisible(!notice.isEmpty());
    if (workspace) {
        // Processes and the norms catalogue open one level.
        for (int r = 0; r < m_navigatorModel->rowCount(); ++r)
            m_navigator->expand(m_navigatorModel->index(r, 0));
        // Open on the first document rather than on an empty page.
        const QModelIndexList documents = m_navigatorModel->match(
            m_navigatorModel->index(0, 0), NavigatorModel::KindRole,
            int(NavigatorModel::NodeKind::Document), 1, Qt::MatchExactly | Qt::MatchRecursive);
        if (!documents.isEmpty()) {
            m_navigator->scrollTo(documents.first());
            m_navigator->setCurrentIndex(documents.first());
        }
    }
}

bool Workbench::selectClause(qint64 clauseId)
{
    const QModelIndex idx = m_navigatorModel->find(NavigatorModel::NodeKind::Clause, clauseId);
    if (!idx.isValid())
        return false;
    m_navigator->scrollTo(idx);
    m_navigator->setCurrentIndex(idx);
    return true;
}

bool Workbench::selectAdjacentClause(int step)
{
    if (!m_workspace)
        return false;
    const QModelIndex current = m_navigator->currentIndex();
    const auto kind = NavigatorModel::NodeKind(current.data(NavigatorModel::KindRole).toInt());
    const qint64 id = current.data(NavigatorModel::IdRole).toLongLong();
    qint64 documentId = 0;
    int position = -1;
    if (kind == NavigatorModel::NodeKind::Document) {
        documentId = id;
    } else if (m_clauseView->clause()) {
        const auto c = m_workspace->clause(m_clauseView->clause());
        documentId = c ? c->documentId : 0;
    }
    const QList<Clause> clauses = m_workspace->clauses(documentId);
    if (clauses.isEmpty())
        return false;
    for (int i = 0; i < clauses.size(); ++i) {
        if (clauses[i].id == m_clauseView->clause())
            position = i;
    }
    // From a document, Alt+Down opens its first clause and Alt+Up its last.
    const int next = position < 0 ? (step > 0 ? 0 : int(clauses.size()) - 1) : position + step;
    if (next < 0 || next >= clauses.size())
        return false;
    return selectClause(clauses[next].id);
}

void Workbench::currentChanged(const QModelIndex &index)
{
    if (!m_workspace || !index.isValid())
        return;
    const auto kind = NavigatorModel::NodeKind(index.data(NavigatorModel::KindRole).toInt());
    const qint64 id = index.data(NavigatorModel::IdRole).toLongLong();
    const bool sameClause = (kind == NavigatorModel::NodeKind::Clause ||
                             kind == NavigatorModel::NodeKind::LinkedClause) &&
                            id == m_clauseView->clause();
    if (!sameClause && !m_clauseView->confirmLeave()) {
        // The user stays on the edited clause: the navigator goes back to it.
        const QModelIndex back =
            m_navigatorModel->find(NavigatorModel::NodeKind::Clause, m_clauseView->clause());
        if (back.isValid()) {
            const QSignalBlocker block(m_navigator->selectionModel());
            m_navigator->setCurrentIndex(back);
            m_navigator->viewport()->update();
        }
        return;
    }
    qint64 clauseForStates = 0;
    switch (kind) {
    case NavigatorModel::NodeKind::Section:
        m_clauseView->showSummary(index.data().toString(), QString());
        break;
    case NavigatorModel::NodeKind::Process:
        if (const Process *p = m_workspace->process(id)) {
            m_clauseView->showSummary(DomainNames::display(*p), processSummary(id));
            m_statesView->setFilter(u"process:%1"_s.arg(p->code));
        }
        break;
    case NavigatorModel::NodeKind::Document:
        if (const Document *d = m_workspace->document(id)) {
            m_clauseView->showSummary(d->symbol, documentSummary(id));
            // A document without a process lists every state, not the last process's members.
            if (const Process *p = m_workspace->process(d->processId))
                m_statesView->setFilter(u"process:%1"_s.arg(p->code));
            else
                m_statesView->setFilter(u"all"_s);
        }
        break;
    case NavigatorModel::NodeKind::Norm:
        if (const Norm *n = m_workspace->norm(id))
            m_clauseView->showSummary(u"%1 %2"_s.arg(n->paragraph, n->title), normSummary(id));
        break;
    case NavigatorModel::NodeKind::Clause:
    case NavigatorModel::NodeKind::LinkedClause:
        m_clauseView->showClause(id);
        clauseForStates = id;
        if (const auto c = m_workspace->clause(id)) {
            const Document *d = m_workspace->document(c->documentId);
            if (const Process *p = d ? m_workspace->process(d->processId) : nullptr)
                m_statesView->setFilter(u"process:%1"_s.arg(p->code));
            else
                m_statesView->setFilter(u"all"_s);
            Q_EMIT statusMessage(tr("%1 paragraph %2: %n position(s) recorded", nullptr,
                                    int(m_workspace->positions(id).size()))
                                     .arg(d ? d->symbol : QString(), c->number));
        }
        break;
    }
    m_statesView->setClause(clauseForStates);
    // positions, consensus, coalitions (issue 4): analyse the document shown.
    qint64 documentForConsensus = kind == NavigatorModel::NodeKind::Document ? id : 0;
    if (clauseForStates) {
        if (const auto c = m_workspace->clause(clauseForStates))
            documentForConsensus = c->documentId;
    }
    if (documentForConsensus)
        m_session->setDocument(documentForConsensus);
    m_positionPanel->setClause(clauseForStates);
    m_charts->setClause(clauseForStates);
    if (clauseForStates) {
        m_supportMatrix->showClause(clauseForStates);
        Q_EMIT clauseShown(clauseForStates);
    }
}

QString Workbench::processSummary(qint64 id) const
{
    const Process *p = m_workspace->process(id);
    QString html = u"<p><b>%1</b>"_s.arg(DomainText::label(p->kind).toHtmlEscaped());
    if (p->startYear)
        html += u", %1&ndash;%2"_s.arg(p->startYear).arg(p->endYear ? p->endYear : p->startYear);
    html += u"</p>"_s;
    if (!p->chair.isEmpty())
        html += u"<p>%1 %2</p>"_s.arg(tr("Chair:"), p->chair.toHtmlEscaped());
    if (!p->outcome.isEmpty())
        html += u"<p>%1 %2</p>"_s.arg(tr("Outcome:"), p->outcome.toHtmlEscaped());
    if (!p->note.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(p->note.toHtmlEscaped());
    if (p->allUnMembers) {
        html += u"<p>%1</p>"_s.arg(tr("Membership: open to all UN member states."));
    } else if (p->members.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(tr("Membership: not recorded in this workspace."));
    } else {
        QStringList names;
        for (const QString &iso : p->members) {
            const State *s = m_workspace->states().byIso3(iso);
            names << (s ? StateNames::display(*s) : iso);
        }
        names.sort(Qt::CaseInsensitive);
        html +=
            u"<p>%1 %2</p>"_s.arg(tr("Membership (%n state(s)):", nullptr, int(p->members.size())),
                                  names.join(u", "_s).toHtmlEscaped());
    }
    const QList<Document> docs = m_workspace->documentsOfProcess(id);
    if (!docs.isEmpty()) {
        html += u"<p>%1</p><ul>"_s.arg(tr("Documents:"));
        for (const Document &d : docs)
            html +=
                u"<li>%1 &ndash; %2</li>"_s.arg(d.symbol.toHtmlEscaped(), d.title.toHtmlEscaped());
        html += u"</ul>"_s;
    }
    return html;
}

QString Workbench::documentSummary(qint64 id) const
{
    const Document *d = m_workspace->document(id);
    QString html = u"<p><b>%1</b></p>"_s.arg(d->title.toHtmlEscaped());
    html += u"<p>%1, %2</p>"_s.arg(DomainText::label(d->kind).toHtmlEscaped(),
                                   QLocale().toString(d->date, QLocale::LongFormat));
    if (const Process *p = m_workspace->process(d->processId))
        html += u"<p>%1 %2</p>"_s.arg(tr("Process:"), DomainNames::display(*p).toHtmlEscaped());
    if (const Document *pred = m_workspace->document(d->predecessorId))
        html += u"<p>%1 %2</p>"_s.arg(tr("Follows:"), pred->symbol.toHtmlEscaped());
    const QList<Clause> clauses = m_workspace->clauses(id);
    html += u"<p>%1</p><ol style='list-style: none'>"_s.arg(
        tr("%n clause(s):", nullptr, int(clauses.size())));
    for (const Clause &c : clauses)
        html += u"<li><b>%1</b> %2</li>"_s.arg(c.number.toHtmlEscaped(), c.text.toHtmlEscaped());
    html += u"</ol>"_s;
    return html;
}

QString Workbench::normSummary(qint64 id) const
{
    const Norm *n = m_workspace->norm(id);
    QString html = u"<p>%1</p>"_s.arg(n->summary.toHtmlEscaped());
    //: The norm's source: %1 the document symbol, %2 its paragraph, %3 the norm's code
    html += u"<p><i>%1</i></p>"_s.arg(tr("Source: %1, paragraph %2 (%3)")
                                          .arg(n->sourceSymbol, n->paragraph, n->code)
                                          .toHtmlEscaped());
    const QList<Clause> linked = m_workspace->clausesLinkedToNorm(id);
    html += u"<p>%1</p><ul>"_s.arg(
        tr("Clauses linked to this norm (%n):", nullptr, int(linked.size())));
    for (const Clause &c : linked) {
        const Document *d = m_workspace->document(c.documentId);
        html += u"<li><b>%1 para. %2</b>: %3</li>"_s.arg(d ? d->symbol.toHtmlEscaped() : QString(),
                                                         c.number.toHtmlEscaped(),
                                                         c.text.toHtmlEscaped());
    }
    html += u"</ul>"_s;
    return html;
}

} // namespace Plenipo
