// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace Plenipo {

class ConsensusSession;
class PositionTreeModel;

// The positions on the selected clause: the members (of the session's process or group)
// grouped by regional or political group, each with its stance (editable in place), source,
// note and marks (internal, possibly outdated, what-if). Bulk entry: edit a group row's stance,
// or select states and set one stance for all of them, then adjust single states. Confirm
// re-records possibly outdated positions on the current text. The details of the current
// state's position (source, note, visibility) can be edited below, with its history.
class PositionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PositionPanel(ConsensusSession *session, QWidget *parent = nullptr);
    // A moderate default: the workbench's splitter shares the width by these hints.
    QSize sizeHint() const override { return QSize(520, 480); }

    // Shows the positions on a clause (0: none).
    void setClause(qint64 clauseId);
    qint64 clause() const { return m_clauseId; }
    // "" for the whole clause, else an alternative id ("g1.2"). False when not offered.
    bool setAlternative(const QString &alternative);
    QString alternative() const;

    // Sets `stance` for the selected states (group rows stand for their members).
    void applyToSelection(int stance);
    // Confirms the possibly outdated positions of the selection (every one when none selected).
    void confirmOutdated();

    PositionTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QComboBox *alternativeBox() const { return m_alternative; }
    QComboBox *groupingBox() const { return m_grouping; }
    QComboBox *membersBox() const { return m_members; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *notice() const { return m_notice; }
    QPushButton *confirmButton() const { return m_confirm; }
    // Text identity (issue 10): the positions of the clause that left the text (orphaned, or
    // kept as history of agreed text), with Re-attach (to the alternative chosen beside it)
    // and Discard for the selected ones; both undoable.
    QTreeWidget *detachedList() const { return m_detached; }
    QComboBox *reattachTarget() const { return m_reattachTo; }
    QPushButton *reattachButton() const { return m_reattach; }
    QPushButton *discardButton() const { return m_discard; }
    void reattachSelected();
    void discardSelected();

private:
    void refillMembers();
    void refillAlternatives();
    void updateStatus();
    void updateDetails();
    void saveDetails();
    void updateButtons();
    void updateDetached();

    ConsensusSession *m_session;
    PositionTreeModel *m_model;
    qint64 m_clauseId = 0;
    QLabel *m_title;
    QLabel *m_notice;
    QLabel *m_status;
    QComboBox *m_alternative;
    QComboBox *m_grouping;
    QComboBox *m_members;
    QTreeView *m_tree;
    QLabel *m_selection;
    QComboBox *m_bulkStance;
    QPushButton *m_apply;
    QPushButton *m_confirm;
    QLabel *m_detailsTitle;
    QComboBox *m_sourceKind;
    QLineEdit *m_sourceSymbol;
    QDateEdit *m_sourceDate;
    QLineEdit *m_sourceText;
    QLineEdit *m_note;
    QCheckBox *m_internal;
    QPushButton *m_saveDetails;
    QLabel *m_history;
    QString m_detailsState;
    QGroupBox *m_detachedBox;
    QTreeWidget *m_detached;
    QComboBox *m_reattachTo;
    QPushButton *m_reattach;
    QPushButton *m_discard;
};

} // namespace Plenipo
