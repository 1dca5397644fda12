// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/stateset.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTreeWidget;

namespace Plenipo {

class CoalitionAnalysis;
class ConsensusSession;
class WhatIfBar;

// What a coalition can agree on in the session's document (the model's CoalitionAnalysis):
// pick the coalition (a group such as the 2019 Joint Statement, a process's members, or a
// hand-picked list), see per clause and alternative whether every member accepts it and, if
// not, because of whom, and the coalition text that results. With the session's what-if mode,
// stance changes show here at once. Suggestions (CoalitionSuggester): the text the most
// members accept (with states that must be in and clauses that must stay), the largest text
// at least N members accept, and what a state outside would need changed to join.
class CoalitionView : public QWidget
{
    Q_OBJECT

public:
    explicit CoalitionView(ConsensusSession *session, QWidget *parent = nullptr);
    // A moderate default: the workbench's splitter shares the width by these hints.
    QSize sizeHint() const override { return QSize(520, 480); }
    ~CoalitionView() override;

    // "group:CODE", "process:CODE" or "list" (the hand-picked states). False when unknown.
    bool setCoalitionKey(const QString &key);
    QString coalitionKey() const;
    // Hand-picked states: codes or names, as typed; selects the "list" choice. Returns the
    // entries that name no state (the others are taken).
    QStringList setHandPicked(const QString &text);
    const StateSet &coalition() const { return m_coalition; }

    // The current analysis (recomputed first when something changed); nullptr without a
    // document.
    const CoalitionAnalysis *analysis();

    // Suggestions; the result shows in suggestionView().
    void suggestMostAdherents();
    void suggestLargestText(int atLeast);
    // What a state (ISO3) outside the coalition would need changed to join; shown in
    // suggestionView().
    void explainJoin(const QString &iso3);
    // Clauses (by id) that must stay in a suggested text: the checked clauses of the tree.
    QList<qint64> mustKeep() const;
    // Derives a coalition document from the current analysis (the accepted clauses, resolved,
    // with the members as adherents) as one undoable step; returns its id, or 0 with the
    // reason shown when nothing is accepted or the symbol is taken.
    qint64 deriveDocument(const QString &symbol, const QString &title);
    void setMustKeep(qint64 clauseId, bool keep);

    QComboBox *coalitionBox() const { return m_choice; }
    QTreeWidget *clauseTree() const { return m_tree; }
    QTextBrowser *textView() const { return m_text; }
    QTextBrowser *suggestionView() const { return m_suggestion; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *notice() const { return m_notice; }

Q_SIGNALS:
    void clauseActivated(qint64 clauseId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refillChoices();
    void choiceChanged();
    void invalidate();
    void refresh();
    QString names(const StateSet &set, int limit = 10) const;
    QString coalitionName() const;
    void askToDerive();

    ConsensusSession *m_session;
    std::unique_ptr<CoalitionAnalysis> m_analysis;
    bool m_dirty = true;
    StateSet m_coalition;
    QLabel *m_title;
    QLabel *m_notice;
    QComboBox *m_choice;
    QLineEdit *m_list;
    QLabel *m_listProblem;
    WhatIfBar *m_whatIf;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QTextBrowser *m_text;
    QLineEdit *m_mustIn;
    QSpinBox *m_atLeast;
    QPushButton *m_mostButton;
    QPushButton *m_largestButton;
    QComboBox *m_outsider;
    QPushButton *m_joinButton;
    QPushButton *m_deriveButton;
    QTextBrowser *m_suggestion;
};

} // namespace Plenipo
