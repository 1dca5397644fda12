#include "workbench.h"

#include "clauseview.h"
#include "domaintext.h"
#include "navigatormodel.h"
#include "statesview.h"
#include "workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

Workbench::Workbench(QWidget *parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigator(new QTreeView(m_splitter))
    , m_navigatorModel(new NavigatorModel(this))
    , m_clauseView(new ClauseView(m_splitter))
    , m_statesView(new StatesView(m_splitter))
{
    m_notice->setObjectName(u"illustrativeNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid "
                            u"#e0c45c; padding: 4px 8px; }"_s);
    m_notice->hide();

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
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &Workbench::currentChanged);
}

void Workbench::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_navigatorModel->setWorkspace(workspace);
    m_clauseView->setWorkspace(workspace);
    m_statesView->setWorkspace(workspace);
    const QString notice = workspace ? workspace->illustrativeNotice() : QString();
    m_notice->setText(tr("<b>Sample workspace.</b> %1").arg(notice.toHtmlEscaped()));
    m_notice->setVisible(!notice.isEmpty());
    if (workspace) {
        // Processes and the norms catalogue open one level.
        for (int r = 0; r < m_navigatorModel->rowCount(); ++r)
            m_navigator->expand(m_navigatorModel->index(r, 0));
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

void Workbench::currentChanged(const QModelIndex &index)
{
    if (!m_workspace || !index.isValid())
        return;
    const auto kind = NavigatorModel::NodeKind(index.data(NavigatorModel::KindRole).toInt());
    const qint64 id = index.data(NavigatorModel::IdRole).toLongLong();
    qint64 clauseForStates = 0;
    switch (kind) {
    case NavigatorModel::NodeKind::Section:
        m_clauseView->showSummary(index.data().toString(), QString());
        break;
    case NavigatorModel::NodeKind::Process:
        if (const Process *p = m_workspace->process(id)) {
            m_clauseView->showSummary(p->name, processSummary(id));
            m_statesView->setFilter(u"process:%1"_s.arg(p->code));
        }
        break;
    case NavigatorModel::NodeKind::Document:
        if (const Document *d = m_workspace->document(id)) {
            m_clauseView->showSummary(d->symbol, documentSummary(id));
            if (const Process *p = m_workspace->process(d->processId))
                m_statesView->setFilter(u"process:%1"_s.arg(p->code));
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
            Q_EMIT statusMessage(tr("%1 paragraph %2: %n position(s) recorded", nullptr,
                                    int(m_workspace->positions(id).size()))
                                     .arg(d ? d->symbol : QString(), c->number));
        }
        break;
    }
    m_statesView->setClause(clauseForStates);
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
            names << (s ? s->name : iso);
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
        html += u"<p>%1 %2</p>"_s.arg(tr("Process:"), p->name.toHtmlEscaped());
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
    html += u"<p><i>%1 %2, %3 %4 (%5)</i></p>"_s.arg(tr("Source:"), n->sourceSymbol.toHtmlEscaped(),
                                                     tr("paragraph"), n->paragraph.toHtmlEscaped(),
                                                     n->code.toHtmlEscaped());
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
