// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "findbar.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

// `text` without case and accents, and for each folded character the index of the character
// of `text` it comes from. Hand-written because QTextDocument::find has no accent-insensitive
// mode; the rule is the workspace search's (case folding, decomposition, marks dropped).
std::pair<QString, QList<int>> folded(const QString &text)
{
    QString out;
    QList<int> origin;
    out.reserve(text.size());
    origin.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() < 0x80) {
            out += c.toCaseFolded();
            origin << i;
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        for (const QChar d : decomposed) {
            const auto category = d.category();
            if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
                category == QChar::Mark_Enclosing)
                continue;
            for (const QChar f : QString(d).toCaseFolded()) {
                out += f;
                origin << i;
            }
        }
    }
    return {out, origin};
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"findBar"_s);
    m_edit->setObjectName(u"findText"_s);
    m_edit->setPlaceholderText(tr("Find in this text"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_previous->setText(tr("Previous"));
    m_previous->setIcon(QIcon::fromTheme(u"go-up"_s));
    m_previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next->setText(tr("Next"));
    m_next->setIcon(QIcon::fromTheme(u"go-down"_s));
    m_next->setToolTip(tr("Next match (Enter, F3)"));
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_close->setIcon(QIcon::fromTheme(u"dialog-close"_s));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_status->setObjectName(u"findStatus"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_status);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        refresh();
        // Find as you type: the first match from where the current one starts.
        const QTextCursor c = textCursor();
        QTextCursor from(c);
        from.setPosition(c.selectionStart());
        setTextCursor(from);
        step(+1);
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    connect(m_matchCase, &QCheckBox::toggled, this, [this] {
        refresh();
        updateStatus();
    });
    hide();
}

void FindBar::setTextEdit(QPlainTextEdit *edit)
{
    m_plain = edit;
    m_rich = nullptr;
    disconnect(m_textChanged);
    if (edit)
        m_textChanged = connect(edit->document(), &QTextDocument::contentsChanged, this, [this] {
            if (isVisible())
                refresh();
        });
    refresh();
}

void FindBar::setTextEdit(QTextEdit *edit)
{
    m_rich = edit;
    m_plain = nullptr;
    disconnect(m_textChanged);
    if (edit)
        m_textChanged = connect(edit, &QTextEdit::textChanged, this, [this] {
            if (isVisible())
                refresh();
        });
    refresh();
}

void FindBar::install(QWidget *owner)
{
    auto *find = new QAction(tr("&Find..."), owner);
    find->setObjectName(u"findInText"_s);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &FindBar::open);
    auto *next = new QAction(tr("Find &Next"), owner);
    next->setShortcut(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, [this] {
        if (m_edit->text().isEmpty())
            open();
        else
            findNext();
    });
    auto *previous = new QAction(tr("Find Pre&vious"), owner);
    previous->setShortcut(QKeySequence::FindPrevious);
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, &FindBar::findPrevious);
    owner->addActions({find, next, previous});
}

QTextDocument *FindBar::document() const
{
    if (m_plain)
        return m_plain->document();
    if (m_rich)
        return m_rich->document();
    return nullptr;
}

QTextCursor FindBar::textCursor() const
{
    if (m_plain)
        return m_plain->textCursor();
    if (m_rich)
        return m_rich->textCursor();
    return {};
}

void FindBar::setTextCursor(const QTextCursor &cursor)
{
    if (m_plain) {
        m_plain->setTextCursor(cursor);
        m_plain->ensureCursorVisible();
    } else if (m_rich) {
        m_rich->setTextCursor(cursor);
        m_rich->ensureCursorVisible();
    }
}

void FindBar::open()
{
    const QString selected = textCursor().selectedText();
    show();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) &&
        selected.size() <= 100)
        m_edit->setText(selected);
    else
        refresh();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    updateStatus();
}

void FindBar::close()
{
    hide();
    if (m_plain)
        m_plain->setFocus();
    else if (m_rich)
        m_rich->setFocus();
}

void FindBar::refresh()
{
    m_matches.clear();
    m_current = -1;
    const QTextDocument *doc = document();
    const QString needle = m_edit->text();
    if (!doc || needle.isEmpty()) {
        updateStatus();
        return;
    }
    const QString text = doc->toPlainText(); // one character per document position
    if (m_matchCase->isChecked()) {
        for (qsizetype at = text.indexOf(needle); at >= 0;
             at = text.indexOf(needle, at + needle.size()))
            m_matches.append({int(at), int(needle.size())});
    } else {
        const auto [hay, origin] = folded(text);
        const QString n = folded(needle).first;
        if (!n.isEmpty()) {
            for (qsizetype at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + n.size())) {
                const int start = origin[at];
                const int end = origin[at + n.size() - 1] + 1;
                m_matches.append({start, end - start});
            }
        }
    }
    updateStatus();
}

bool FindBar::step(int direction)
{
    if (m_matches.isEmpty()) {
        updateStatus();
        return false;
    }
    const QTextCursor c = textCursor();
    int index = -1;
    if (direction > 0) {
        const int from = c.hasSelection() ? c.selectionStart() + 1 : c.position();
        for (int i = 0; i < m_matches.size() && index < 0; ++i) {
            if (m_matches[i].first >= from ||
                (!c.hasSelection() && m_matches[i].first == c.position()))
                index = i;
        }
        if (index < 0)
            index = 0; // wrap around
    } else {
        const int before = c.hasSelection() ? c.selectionStart() : c.position();
        for (int i = int(m_matches.size()) - 1; i >= 0 && index < 0; --i) {
            if (m_matches[i].first < before)
                index = i;
        }
        if (index < 0)
            index = int(m_matches.size()) - 1;
    }
    m_current = index;
    QTextCursor select(document());
    select.setPosition(m_matches[index].first);
    select.setPosition(m_matches[index].first + m_matches[index].second, QTextCursor::KeepAnchor);
    setTextCursor(select);
    updateStatus();
    return true;
}

bool FindBar::findNext()
{
    if (m_matches.isEmpty())
        refresh();
    if (m_current >= 0 && m_current < m_matches.size()) {
        // From the end of the current match: the one after it.
        QTextCursor c(document());
        c.setPosition(m_matches[m_current].first);
        c.setPosition(m_matches[m_current].first + 1, QTextCursor::KeepAnchor);
        setTextCursor(c);
    }
    return step(+1);
}

bool FindBar::findPrevious()
{
    if (m_matches.isEmpty())
        refresh();
    return step(-1);
}

void FindBar::updateStatus()
{
    if (m_edit->text().isEmpty()) {
        m_status->clear();
    } else if (m_matches.isEmpty()) {
        m_status->setText(tr("Not found"));
    } else if (m_current < 0) {
        m_status->setText(tr("%n match(es)", nullptr, int(m_matches.size())));
    } else {
        m_status->setText(tr("%1 of %n", nullptr, int(m_matches.size())).arg(m_current + 1));
    }
    m_previous->setEnabled(!m_matches.isEmpty());
    m_next->setEnabled(!m_matches.isEmpty());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::ShortcutOverride) {
            // Esc closes the bar, not the window around it (which may close on Esc).
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape) {
                event->accept();
                return true;
            }
        } else if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape) {
                close();
                return true;
            }
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & Qt::ShiftModifier)) {
                findPrevious();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Plenipo
