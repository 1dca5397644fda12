// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clauseview.h"
#include "commandguard.h"

#include "findbar.h"

#include "clauseeditor.h"
#include "commands/setclausetextcommand.h"
#include "core/error.h"
#include "storage/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

ClauseView::ClauseView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_revisionLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_summary(new QTextBrowser(m_stack))
    , m_editor(new ClauseEditor(m_stack))
    , m_stats(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save revision"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_compareNorm(new QPushButton(tr("Compare with &norm"), this))
    , m_compareOrigin(new QPushButton(tr("Compare with &predecessor"), this))
    , m_compareRevisions(new QPushButton(tr("&Compare selected"), this))
    , m_history(new QTreeWidget(this))
    , m_editBox(new QWidget(this))
    , m_historyBox(new QWidget(this))
    , m_findBar(new FindBar(this))
{
    // Ctrl+F finds within the text shown: the clause editor, or the summary (issue 12).
    m_findBar->setTextEdit(m_editor);
    m_findBar->install(this);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        if (m_stack->currentWidget() == m_editor)
            m_findBar->setTextEdit(m_editor);
        else
            m_findBar->setTextEdit(m_summary);
    });
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setObjectName(u"clauseHeader"_s);
    m_summary->setObjectName(u"clauseSummary"_s);
    m_summary->setOpenLinks(false);
    QFont textFont = m_editor->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.15);
    m_editor->setFont(textFont);
    m_stack->addWidget(m_summary);
    m_stack->addWidget(m_editor);
    m_stats->setObjectName(u"clauseStatistics"_s);
    m_stats->setWordWrap(true);
    m_note->setObjectName(u"revisionNote"_s);
    m_note->setPlaceholderText(tr("Note for this revision (what changed, who asked)"));
    m_save->setObjectName(u"saveRevision"_s);
    m_compareNorm->setToolTip(tr("Word-by-word comparison with the norm this clause derives from"));
    m_compareOrigin->setToolTip(tr("Word-by-word comparison with the clause it descends from"));

    auto *editRow = new QHBoxLayout(m_editBox);
    editRow->setContentsMargins(0, 0, 0, 0);
    editRow->addWidget(m_note, 1);
    editRow->addWidget(m_save);
    editRow->addWidget(m_revert);
    editRow->addWidget(m_compareNorm);
    editRow->addWidget(m_compareOrigin);

    m_history->setObjectName(u"clauseHistory"_s);
    m_history->setHeaderLabels({tr("Rev."), tr("Saved"), tr("Author"), tr("Note")});
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);

    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyTitle = new QHBoxLayout;
    historyTitle->addWidget(
        new QLabel(tr("<b>History</b> (select two revisions to compare them)"), m_historyBox), 1);
    historyTitle->addWidget(m_compareRevisions);
    historyLayout->addLayout(historyTitle);
    historyLayout->addWidget(m_history);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_revisionLabel);
    layout->addWidget(m_stack, 3);
    layout->addWidget(m_findBar);
    layout->addWidget(m_stats);
    layout->addWidget(m_editBox);
    layout->addWidget(m_historyBox, 2);

    connect(m_history, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showRevision(m_history->indexOfTopLevelItem(item));
    });
    connect(m_history, &QTreeWidget::itemSelectionChanged, this, &ClauseView::updateButtons);
    connect(m_editor, &ClauseEditor::analysed, this, [this] {
        m_stats->setText(m_editor->statisticsSummary());
        updateButtons();
    });
    connect(m_save, &QPushButton::clicked, this, &ClauseView::saveEditedRevision);
    // Ctrl+Return saves from the editor and from the note field (an event filter: the key
    // must not reach the editor as a line break).
    m_editor->installEventFilter(this);
    m_note->installEventFilter(this);
    connect(m_note, &QLineEdit::returnPressed, this, &ClauseView::saveEditedRevision);
    connect(m_revert, &QPushButton::clicked, this, [this] { m_editor->setPlainText(m_savedText); });
    connect(m_compareRevisions, &QPushButton::clicked, this, &ClauseView::compareSelectedRevisions);
    connect(m_compareNorm, &QPushButton::clicked, this, [this] {
        const auto c = m_workspace ? m_workspace->clause(m_clauseId) : std::nullopt;
        if (c && !c->normIds.isEmpty())
            if (const Norm *n = m_workspace->norm(c->normIds.first()))
                Q_EMIT compareRequested(n->code, reference());
    });
    connect(m_compareOrigin, &QPushButton::clicked, this, [this] {
        const auto c = m_workspace ? m_workspace->clause(m_clauseId) : std::nullopt;
        const auto origin = c && c->originId ? m_workspace->clause(c->originId) : std::nullopt;
        if (origin) {
            const Document *d = m_workspace->document(origin->documentId);
            Q_EMIT compareRequested(u"%1#%2"_s.arg(d->symbol, origin->number), reference());
        }
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
        m_editor->setCodeValidator([w = m_workspace](QStringView code) {
            return w->states().byIso3(code) != nullptr || w->group(code) != nullptr;
        });
    }
    showSummary(tr("Nothing selected"),
                tr("Choose a process, document, clause or norm in the navigator."));
}

bool ClauseView::isModified() const
{
    return m_clauseId && !m_editor->isReadOnly() && m_editor->toPlainText() != m_savedText;
}

bool ClauseView::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_editor || watched == m_note) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            saveEditedRevision();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ClauseView::confirmLeave()
{
    if (!isModified())
        return true;
    const std::unique_ptr<QMessageBox> box(unsavedPrompt(this));
    const auto answer = QMessageBox::StandardButton(box->exec());
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveEditedRevision();
    // Discarded: the editor goes back to the saved text.
    m_editor->setPlainText(m_savedText);
    return true;
}

QMessageBox *ClauseView::unsavedPrompt(QWidget *parent)
{
    const auto c = m_workspace ? m_workspace->clause(m_clauseId) : std::nullopt;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Unsaved clause text"),
                        tr("The text of paragraph %1 has changed. Save it as a new revision?")
                            .arg(c ? c->number : QString()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setDefaultButton(QMessageBox::Save);
    return box;
}

bool ClauseView::saveEditedRevision()
{
    if (!saveRevision(m_note->text()))
        return false;
    m_note->clear();
    return true;
}

void ClauseView::showClause(qint64 clauseId)
{
    m_clauseId = clauseId;
    m_note->clear();
    refresh();
}

void ClauseView::showSummary(const QString &title, const QString &html)
{
    m_clauseId = 0;
    if (m_wasModified) {
        m_wasModified = false;
        Q_EMIT modifiedChanged(false);
    }
    m_header->setText(u"<h2>%1</h2>"_s.arg(title.toHtmlEscaped()));
    m_revisionLabel->hide();
    m_summary->setHtml(html);
    m_stack->setCurrentWidget(m_summary);
    m_history->clear();
    m_historyBox->hide();
    m_editBox->hide();
    m_stats->hide();
}

QString ClauseView::headerText() const
{
    return m_header->text();
}

QString ClauseView::displayedText() const
{
    return m_stack->currentWidget() == m_editor ? m_editor->toPlainText()
                                                : m_summary->toPlainText();
}

QString ClauseView::reference(int revision) const
{
    const auto c = m_workspace ? m_workspace->clause(m_clauseId) : std::nullopt;
    const Document *d = c ? m_workspace->document(c->documentId) : nullptr;
    if (!c || !d)
        return {};
    QString ref = u"%1#%2"_s.arg(d->symbol, c->number);
    if (revision)
        ref += u"@%1"_s.arg(revision);
    return ref;
}

bool ClauseView::saveRevision(const QString &note)
{
    if (!m_workspace || !m_clauseId || !isModified())
        return false;
    return CommandGuard::push(
        this, *m_workspace,
        new SetClauseTextCommand(*m_workspace, m_clauseId, m_editor->toPlainText(), note));
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
    const auto origin = c->originId ? m_workspace->clause(c->originId) : std::nullopt;
    if (origin) {
        const Document *od = m_workspace->document(origin->documentId);
        header += u"<div><i>%1</i> %2 para. %3</div>"_s.arg(
            tr("Descends from:"), od ? od->symbol.toHtmlEscaped() : QString(),
            origin->number.toHtmlEscaped());
    }
    m_header->setText(header);
    m_compareNorm->setVisible(!c->normIds.isEmpty());
    m_compareOrigin->setVisible(origin.has_value());

    const QList<ClauseRevision> revisions = m_workspace->revisions(m_clauseId);
    {
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
    }
    m_stack->setCurrentWidget(m_editor);
    m_historyBox->show();
    m_editBox->show();
    m_stats->show();
    m_revisionLabel->show();
    m_savedText = c->text;
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
    const bool latest = row == count - 1;
    const bool writable = latest && m_workspace && !m_workspace->isReadOnly();
    if (latest)
        m_revisionLabel->setText(
            writable ? tr("Current text (revision %1 of %2): edit it and save a new revision")
                           .arg(row + 1)
                           .arg(count)
                     : tr("Current text (revision %1 of %2), read-only").arg(row + 1).arg(count));
    else
        m_revisionLabel->setText(
            tr("Earlier text: revision %1 of %2 (read-only)").arg(row + 1).arg(count));
    m_editor->setReadOnly(!writable);
    m_editor->setPlainText(latest ? m_savedText : item->data(0, Qt::UserRole).toString());
    m_editor->document()->setModified(false);
    updateButtons();
}

void ClauseView::updateButtons()
{
    const bool modified = isModified();
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    m_note->setEnabled(!m_editor->isReadOnly());
    m_compareRevisions->setEnabled(m_history->selectedItems().size() == 2);
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void ClauseView::compareSelectedRevisions()
{
    QList<int> rows;
    for (QTreeWidgetItem *item : m_history->selectedItems())
        rows << m_history->indexOfTopLevelItem(item) + 1;
    if (rows.size() != 2)
        return;
    std::sort(rows.begin(), rows.end());
    Q_EMIT compareRequested(reference(rows[0]), reference(rows[1]));
}

} // namespace Plenipo
