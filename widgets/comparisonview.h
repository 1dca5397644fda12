// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "compare/comparison.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace Plenipo {

class FindBar;
class Workspace;

// Shows a Comparison: inline (deleted words struck through in red, inserted words underlined in
// green) or side by side (old text left, new text right), clause by clause with inserted,
// deleted, renumbered and moved clauses marked, and a summary of what changed. The two texts
// are chosen by reference (document symbols, SYMBOL#NUMBER, SYMBOL#NUMBER@REV, norm codes).
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Inline,
        SideBySide
    };

    explicit ComparisonView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // Compares and shows; on a reference that does not resolve, shows why. Returns success.
    bool compare(const QString &oldReference, const QString &newReference);
    void setMode(Mode mode);
    // The comparison shown as a Word document with tracked changes (as `plenipo compare ...
    // --format docx`), written atomically; shows any error and returns false.
    bool exportWord(const QString &path);
    // The comparison as plain text ({-deleted-}{+inserted+}) on the clipboard.
    void copyAsText();
    Mode mode() const { return m_mode; }

    const std::optional<Comparison> &comparison() const { return m_comparison; }
    // The user's pairing of two documents' clauses (issue 10): new clause `newClauseId` pairs
    // with old clause `oldClauseId` (0: with none), whatever lineage and content say; the
    // comparison is made again. Cleared when other texts are compared.
    void setPairing(qint64 newClauseId, qint64 oldClauseId);
    void clearPairings();
    const QHash<qint64, qint64> &pairings() const { return m_pairings; }
    QComboBox *pairNewBox() const { return m_pairNew; }
    QComboBox *pairOldBox() const { return m_pairOld; }
    QString summaryText() const;
    QString html() const;
    QTextBrowser *browser() const { return m_browser; }
    FindBar *findBar() const { return m_findBar; }

    // HTML renderings, also used by tests.
    static QString inlineHtml(const Comparison &comparison);
    static QString sideBySideHtml(const Comparison &comparison);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void render();
    void refillPairing();
    bool recompare();

    Workspace *m_workspace = nullptr;
    std::optional<Comparison> m_comparison;
    Mode m_mode = Mode::SideBySide;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QComboBox *m_modeBox;
    QLabel *m_summary;
    QTextBrowser *m_browser;
    QWidget *m_pairingRow;
    QComboBox *m_pairNew;
    QComboBox *m_pairOld;
    QHash<qint64, qint64> m_pairings;
    QString m_oldReference;
    QString m_newReference;
    FindBar *m_findBar;
    QPushButton *m_exportWord = nullptr;
    QPushButton *m_copyText = nullptr;
};

} // namespace Plenipo
