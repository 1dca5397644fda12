// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "markup/markupdiagnostic.h"
#include "markup/markupparser.h"
#include "markup/markupstatistics.h"
#include "markup/markuptree.h"

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Plenipo {

// A plain-text editor for one clause in Plenipo's markup: live highlighting (KSyntaxHighlighting,
// following the light or dark palette), the matching bracket of the one at the cursor, markup
// problems underlined with their message as tooltip, and the clause's statistics recomputed on
// every change.
class ClauseEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ClauseEditor(QWidget *parent = nullptr);
    ~ClauseEditor() override;

    // Checks attribution codes (states, groups); without one only their form is checked.
    void setCodeValidator(MarkupParser::CodeValidator validator);

    const MarkupTree &tree() const { return m_tree; }
    const MarkupStatistics &statistics() const { return m_statistics; }
    QList<MarkupDiagnostic> diagnostics() const;
    // "3 bracketed spans, 2 alternative groups (5 options), 84% of words agreed, 1 error"
    QString statisticsSummary() const;
    // Offsets of the brackets highlighted as a matching pair (-1 when none).
    QPair<int, int> matchedBrackets() const { return m_matched; }
    // The diagnostic message at a text position, empty if none.
    QString diagnosticAt(int position) const;

Q_SIGNALS:
    void analysed();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reparse();
    void updateSelections();
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    MarkupParser m_parser;
    MarkupTree m_tree;
    MarkupStatistics m_statistics;
    QList<QTextEdit::ExtraSelection> m_diagnosticSelections;
    QPair<int, int> m_matched{-1, -1};
};

} // namespace Plenipo
