// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clauseeditor.h"

#include "markupsyntax.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QEvent>
#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Plenipo {

ClauseEditor::ClauseEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setObjectName(u"clauseEditor"_s);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(true);
    m_highlighter->setDefinition(MarkupSyntax::definition());
    applyTheme();
    connect(this, &QPlainTextEdit::textChanged, this, &ClauseEditor::reparse);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &ClauseEditor::updateSelections);
    reparse();
}

ClauseEditor::~ClauseEditor() = default;

void ClauseEditor::setCodeValidator(MarkupParser::CodeValidator validator)
{
    m_parser = MarkupParser(std::move(validator));
    reparse();
}

QList<MarkupDiagnostic> ClauseEditor::diagnostics() const
{
    return m_tree.diagnostics();
}

void ClauseEditor::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = MarkupSyntax::themeFor(palette());
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

void ClauseEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

// Parsing is a single pass (a 5,000-word clause takes well under a millisecond), so it runs on
// every change: diagnostics and statistics are never stale.
void ClauseEditor::reparse()
{
    m_tree = m_parser.parse(toPlainText());
    m_statistics = MarkupStatistics::of(m_tree);

    m_diagnosticSelections.clear();
    for (const MarkupDiagnostic &d : m_tree.diagnostics()) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        const int begin = int(d.offset);
        const int length = std::max(1, int(d.length));
        sel.cursor.setPosition(begin);
        sel.cursor.setPosition(std::min(begin + length, document()->characterCount() - 1),
                               QTextCursor::KeepAnchor);
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(d.isError() ? QColor(0xd0, 0x20, 0x20)
                                                 : QColor(0xd0, 0x90, 0x00));
        sel.format.setToolTip(d.message);
        m_diagnosticSelections << sel;
    }
    updateSelections();
    Q_EMIT analysed();
}

void ClauseEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> all = m_diagnosticSelections;
    m_matched = {-1, -1};
    const int pos = textCursor().position();
    // The innermost bracketed span or note whose opening or closing bracket touches the cursor.
    for (int i = m_tree.size() - 1; i > 0; --i) {
        const MarkupNode &n = m_tree.node(i);
        if (n.kind != MarkupNodeKind::BracketedSpan && n.kind != MarkupNodeKind::Note)
            continue;
        const int open = int(n.contentBegin) - 1; // "[" (the "[" of "^[" for a note)
        const int close = int(n.contentEnd);      // "]"
        const bool closed = !n.hasFlag(MarkupNode::Unterminated);
        if (pos == open || pos == open + 1 || (closed && (pos == close || pos == close + 1))) {
            if (!closed)
                break;
            m_matched = {open, close};
            for (int at : {open, close}) {
                QTextEdit::ExtraSelection sel;
                sel.cursor = QTextCursor(document());
                sel.cursor.setPosition(at);
                sel.cursor.setPosition(at + 1, QTextCursor::KeepAnchor);
                sel.format.setBackground(palette().color(QPalette::Highlight).lighter(160));
                sel.format.setFontWeight(QFont::Bold);
                all << sel;
            }
            break;
        }
    }
    setExtraSelections(all);
}

QString ClauseEditor::diagnosticAt(int position) const
{
    QStringList messages;
    for (const MarkupDiagnostic &d : m_tree.diagnostics()) {
        if (position >= d.offset && position < d.offset + std::max<qsizetype>(1, d.length))
            messages << d.message;
    }
    return messages.join(u'\n');
}

bool ClauseEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor c = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        const QString message = diagnosticAt(c.position());
        if (!message.isEmpty())
            QToolTip::showText(help->globalPos(), message, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(event);
}

QString ClauseEditor::statisticsSummary() const
{
    const MarkupStatistics &s = m_statistics;
    QStringList parts;
    parts << tr("%n bracketed span(s)", nullptr, s.bracketedSpans);
    //: %1 is "2 alternative groups", %2 is "5 options"
    parts << tr("%1 (%2)").arg(tr("%n alternative group(s)", nullptr, s.alternativeGroups),
                               tr("%n option(s)", nullptr, s.alternatives));
    parts << tr("%1 of %n word(s) agreed (%2%)", nullptr, int(s.words))
                 .arg(s.agreedWords)
                 .arg(qRound(s.agreedShare() * 100));
    if (s.deletions)
        parts << tr("%n proposed deletion(s)", nullptr, s.deletions);
    if (s.adReferendum)
        parts << tr("ad referendum");
    if (s.errors)
        parts << tr("%n error(s)", nullptr, s.errors);
    if (s.warnings)
        parts << tr("%n warning(s)", nullptr, s.warnings);
    return parts.join(u" \u00b7 "_s);
}

} // namespace Plenipo
