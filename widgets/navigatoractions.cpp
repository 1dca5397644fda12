// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "navigatoractions.h"

#include "commandguard.h"
#include "commands/changeclausecommand.h"
#include "commands/derivedocumentcommand.h"
#include "commands/insertclausecommand.h"
#include "commands/removeclausecommand.h"
#include "core/error.h"
#include "navigatormodel.h"
#include "storage/workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QModelIndex>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

NavigatorActions::NavigatorActions(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{}

void NavigatorActions::push(QUndoCommand *command)
{
    CommandGuard::push(m_dialogParent, *m_workspace, command);
}

void NavigatorActions::populate(QMenu &menu, const QModelIndex &index)
{
    if (!m_workspace || !index.isValid())
        return;
    const auto kind = NavigatorModel::NodeKind(index.data(NavigatorModel::KindRole).toInt());
    const qint64 id = index.data(NavigatorModel::IdRole).toLongLong();
    const bool writable = !m_workspace->isReadOnly();
    if (kind == NavigatorModel::NodeKind::Document) {
        const Document *d = m_workspace->document(id);
        const Document *pred = d ? m_workspace->document(d->predecessorId) : nullptr;
        if (pred) {
            const QString a = pred->symbol;
            const QString b = d->symbol;
            menu.addAction(tr("Compare with %1").arg(a), this,
                           [this, a, b] { Q_EMIT comparisonRequested(a, b); });
        }
        menu.addAction(tr("Derive New Revision..."), this, [this, id] { deriveRevision(id); })
            ->setEnabled(writable);
    } else if (kind == NavigatorModel::NodeKind::Clause) {
        menu.addAction(tr("Insert Clause After..."), this, [this, id] { insertClauseAfter(id); })
            ->setEnabled(writable);
        menu.addAction(tr("Renumber..."), this, [this, id] { renumber(id); })->setEnabled(writable);
        menu.addAction(tr("Link to Norms..."), this, [this, id] { linkNorms(id); })
            ->setEnabled(writable);
        menu.addAction(tr("Delete Clause"), this, [this, id] { deleteClause(id); })
            ->setEnabled(writable);
        menu.addSeparator();
    }
    if (kind == NavigatorModel::NodeKind::Clause ||
        kind == NavigatorModel::NodeKind::LinkedClause) {
        const auto c = m_workspace->clause(id);
        const Document *d = c ? m_workspace->document(c->documentId) : nullptr;
        if (c && d) {
            const QString ref = u"%1#%2"_s.arg(d->symbol, c->number);
            for (qint64 normId : c->normIds) {
                if (const Norm *n = m_workspace->norm(normId)) {
                    const QString code = n->code;
                    menu.addAction(tr("Compare with norm %1").arg(n->paragraph), this,
                                   [this, code, ref] { Q_EMIT comparisonRequested(code, ref); });
                }
            }
        }
        // Research (issue 15): where its words went, and who might support it.
        menu.addSeparator();
        menu.addAction(tr("Trace Through Later Texts"), this,
                       [this, id] { Q_EMIT traceClauseRequested(id); });
        menu.addAction(tr("Likely Stances of Silent Members"), this,
                       [this, id] { Q_EMIT likelyStancesRequested(id); });
    } else if (kind == NavigatorModel::NodeKind::Norm) {
        menu.addAction(tr("Trace Through Later Texts"), this,
                       [this, id] { Q_EMIT traceNormRequested(id); });
    }
}

void NavigatorActions::deriveRevision(qint64 documentId)
{
    const Document *source = m_workspace ? m_workspace->document(documentId) : nullptr;
    if (!source)
        return;
    bool ok = false;
    const QString symbol = QInputDialog::getText(
        m_dialogParent, tr("Derive New Revision"),
        tr("Symbol of the new document (it follows %1 and keeps the lineage of every clause):")
            .arg(source->symbol),
        QLineEdit::Normal, source->symbol + u"/Rev.next"_s, &ok);
    if (!ok || symbol.trimmed().isEmpty())
        return;
    Document doc;
    doc.symbol = symbol.trimmed();
    doc.title = source->title;
    doc.kind = Document::Kind::Revision;
    doc.date = QDate::currentDate();
    try {
        push(new DeriveDocumentCommand(*m_workspace, documentId, doc));
    } catch (const Error &e) {
        QMessageBox::critical(m_dialogParent, tr("Cannot derive the document"), e.message());
    }
}

void NavigatorActions::insertClauseAfter(qint64 clauseId)
{
    const auto c = m_workspace ? m_workspace->clause(clauseId) : std::nullopt;
    if (!c)
        return;
    bool ok = false;
    const QString number =
        QInputDialog::getText(m_dialogParent, tr("Insert Clause"), tr("Number of the new clause:"),
                              QLineEdit::Normal, c->number + u" bis"_s, &ok);
    if (!ok || number.trimmed().isEmpty())
        return;
    Clause n;
    n.documentId = c->documentId;
    n.number = number.trimmed();
    push(new InsertClauseCommand(*m_workspace, n, c->ordinal + 1));
}

void NavigatorActions::renumber(qint64 clauseId)
{
    const auto c = m_workspace ? m_workspace->clause(clauseId) : std::nullopt;
    if (!c)
        return;
    bool ok = false;
    const QString number =
        QInputDialog::getText(m_dialogParent, tr("Renumber Clause"), tr("New number:"),
                              QLineEdit::Normal, c->number, &ok);
    if (ok && !number.trimmed().isEmpty() && number.trimmed() != c->number)
        push(new ChangeClauseCommand(*m_workspace, clauseId, ChangeClauseCommand::Property::Number,
                                     number.trimmed()));
}

void NavigatorActions::linkNorms(qint64 clauseId)
{
    const auto c = m_workspace ? m_workspace->clause(clauseId) : std::nullopt;
    if (!c)
        return;
    QDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Norms clause %1 derives from").arg(c->number));
    auto *list = new QListWidget(&dialog);
    for (const Norm &n : m_workspace->norms()) {
        auto *item = new QListWidgetItem(u"%1  %2"_s.arg(n.paragraph, n.title), list);
        item->setData(Qt::UserRole, n.id);
        item->setCheckState(c->normIds.contains(n.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    }
    if (ids != c->normIds)
        push(new ChangeClauseCommand(*m_workspace, clauseId, ChangeClauseCommand::Property::Norms,
                                     QVariant::fromValue(ids)));
}

void NavigatorActions::deleteClause(qint64 clauseId)
{
    const auto c = m_workspace ? m_workspace->clause(clauseId) : std::nullopt;
    if (!c)
        return;
    if (QMessageBox::question(m_dialogParent, tr("Delete Clause"),
                              tr("Delete clause %1 from this document? Its revisions and "
                                 "positions go with it (Undo brings them back).")
                                  .arg(c->number)) == QMessageBox::Yes)
        push(new RemoveClauseCommand(*m_workspace, clauseId));
}

} // namespace Plenipo
