#include "clauseview.h"

#include "workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

ClauseView::ClauseView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_revisionLabel(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_history(new QTreeWidget(this))
    , m_historyBox(new QWidget(this))
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setObjectName(u"clauseHeader"_s);
    m_text->setObjectName(u"clauseText"_s);
    m_text->setOpenLinks(false);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.15);
    m_text->setFont(textFont);

    m_history->setObjectName(u"clauseHistory"_s);
    m_history->setHeaderLabels({tr("Rev."), tr("Saved"), tr("Author"), tr("Note")});
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);

    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("<b>History</b>"), m_historyBox));
    historyLayout->addWidget(m_history);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_revisionLabel);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_historyBox, 2);

    connect(m_history, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showRevision(m_history->indexOfTopLevelItem(item));
    });
    showSummary(tr("No workspace"), QString());
}

void ClauseView::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        m_workspace->disconnect(this);
    m_workspace = workspace;
    m_clauseId = 0;
    if (m_workspace) {
        connect(m_workspace, &Workspace::clauseChanged, this, [this](qint64 id) {
            if (id == m_clauseId)
                refresh();
        });
    }
    showSummary(tr("Nothing selected"),
                tr("Choose a process, document, clause or norm in the navigator."));
}

void ClauseView::showClause(qint64 clauseId)
{
    m_clauseId = clauseId;
    refresh();
}

void ClauseView::showSummary(const QString &title, const QString &html)
{
    m_clauseId = 0;
    m_header->setText(u"<h2>%1</h2>"_s.arg(title.toHtmlEscaped()));
    m_revisionLabel->hide();
    m_text->setHtml(html);
    m_history->clear();
    m_historyBox->hide();
}

QString ClauseView::headerText() const
{
    return m_header->text();
}

QString ClauseView::displayedText() const
{
    return m_text->toPlainText();
}

void ClauseView::refresh()
{
    const auto c = m_workspace ? m_workspace->clause(m_clauseId) : std::nullopt;
    if (!c) {
        showSummary(tr("Clause not found"), QString());
        return;
    }
    const Document *d = m_workspace->document(c->documentId);
    QStringList norms;
    for (qint64 id : c->normIds) {
        if (const Norm *n = m_workspace->norm(id))
            norms << u"%1 (%2 para. %3: %4)"_s.arg(n->code, n->sourceSymbol, n->paragraph, n->title)
                         .toHtmlEscaped();
    }
    QString header = u"<h2>%1 &nbsp;<small>%2</small></h2>"_s.arg(
        tr("Paragraph %1").arg(c->number).toHtmlEscaped(),
        d ? d->symbol.toHtmlEscaped() : QString());
    if (d)
        header += u"<div>%1</div>"_s.arg(d->title.toHtmlEscaped());
    if (!norms.isEmpty())
        header += u"<div><i>%1</i> %2</div>"_s.arg(tr("Derives from:"), norms.join(u"; "_s));
    if (c->originId) {
        if (const auto origin = m_workspace->clause(c->originId)) {
            const Document *od = m_workspace->document(origin->documentId);
            header += u"<div><i>%1</i> %2 para. %3</div>"_s.arg(
                tr("Descends from:"), od ? od->symbol.toHtmlEscaped() : QString(),
                origin->number.toHtmlEscaped());
        }
    }
    m_header->setText(header);

    const QList<ClauseRevision> revisions = m_workspace->revisions(m_clauseId);
    const QSignalBlocker block(m_history);
    m_history->clear();
    const QLocale locale;
    for (const ClauseRevision &r : revisions) {
        auto *item = new QTreeWidgetItem(
            m_history,
            {QString::number(r.number),
             locale.toString(r.created.toLocalTime(), QLocale::ShortFormat), r.author, r.note});
        item->setData(0, Qt::UserRole, r.text);
    }
    m_historyBox->show();
    m_revisionLabel->show();
    if (!revisions.isEmpty()) {
        m_history->setCurrentItem(m_history->topLevelItem(int(revisions.size()) - 1));
        showRevision(int(revisions.size()) - 1);
    }
}

void ClauseView::showRevision(int row)
{
    QTreeWidgetItem *item = m_history->topLevelItem(row);
    if (!item)
        return;
    const int count = m_history->topLevelItemCount();
    m_revisionLabel->setText(row == count - 1
                                 ? tr("Current text (revision %1 of %2)").arg(row + 1).arg(count)
                                 : tr("Earlier text: revision %1 of %2").arg(row + 1).arg(count));
    m_text->setPlainText(item->data(0, Qt::UserRole).toString());
}

} // namespace Plenipo
