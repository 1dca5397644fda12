// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointer>
#include <QTextDocument>
#include <QWidget>

class QAbstractScrollArea;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextEdit;
class QToolButton;

namespace Plenipo {

// Find within one text (Ctrl+F in the clause editor and the comparison window): a bar under the
// text with the words to find, next and previous (Enter, Shift+Enter, F3, Shift+F3), "Match
// case", and "3 of 12". The match is selected in the text and scrolled to; Esc closes the bar
// and gives the focus back to the text. Accents are ignored ("ecole" finds "école") unless
// "Match case" is on, which matches the text exactly as typed.
//
// install() adds the Ctrl+F action (QKeySequence::Find) to the widget holding the text, so it
// works wherever the focus is inside it.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    // The text to search: a plain-text editor (the clause editor) or a rich-text one (the
    // comparison). The bar follows the one set last.
    void setTextEdit(QPlainTextEdit *edit);
    void setTextEdit(QTextEdit *edit);
    // Adds the Find, Find Next and Find Previous actions to `owner` (shortcuts active while the
    // focus is inside it) that open this bar.
    void install(QWidget *owner);

    // Shows the bar with the text's selection (if one word or phrase) as the words to find.
    void open();
    // Selects the next / previous match (wrapping around); false when there is none.
    bool findNext();
    bool findPrevious();

    QLineEdit *lineEdit() const { return m_edit; }
    QCheckBox *matchCase() const { return m_matchCase; }
    QLabel *status() const { return m_status; }
    // All matches of the current words in the text, and which one is selected (-1: none).
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTextDocument *document() const;
    QTextCursor textCursor() const;
    void setTextCursor(const QTextCursor &cursor);
    void refresh();
    bool step(int direction);
    void updateStatus();
    void close();

    QPointer<QPlainTextEdit> m_plain;
    QPointer<QTextEdit> m_rich;
    QMetaObject::Connection m_textChanged; // re-finds the matches when the text changes
    QLineEdit *m_edit;
    QCheckBox *m_matchCase;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_status;
    QList<std::pair<int, int>> m_matches; // (position, length) in the document
    int m_current = -1;
};

} // namespace Plenipo
