// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/stance.h"
#include "core/stateset.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

namespace Plenipo {

class ConsensusEngine;
class WhatIf;
class Workspace;

// What the position panel, the support matrix and the coalition view share: the document
// under analysis, the members whose consensus counts (a process, a group or every state), the
// model's ConsensusEngine for them, and one what-if overlay.
//
// Every stance edit from these views goes through setStance(): in what-if mode it changes the
// overlay only (the saved positions stay as they are, every status updates at once); otherwise
// it pushes one undoable SetPositionsCommand on the workspace's undo stack. keepWhatIf() turns
// the overlay into one undoable command; discardWhatIf() drops it.
class ConsensusSession : public QObject
{
    Q_OBJECT

public:
    struct MembersChoice
    {
        QString key;   // "all", "process:CODE", "group:CODE"
        QString label; // "LMC-CONSEQ: Like-minded consultations... (27)"
    };

    explicit ConsensusSession(QObject *parent = nullptr);
    ~ConsensusSession() override;

    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }
    // The engine analysing the current document for the members (nullptr without a workspace).
    ConsensusEngine *engine() const { return m_engine.get(); }
    WhatIf *whatIf() const { return m_whatIf.get(); }

    // The document under analysis (0: none). A new document sets the members to its process.
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }

    // Members: "all", "process:CODE" or "group:CODE". False for an unknown key.
    bool setMembersKey(const QString &key);
    QString membersKey() const { return m_membersKey; }
    QString membersLabel() const;
    const StateSet &members() const { return m_members; }
    bool isMember(int stateIndex) const { return m_members.contains(stateIndex); }
    // Every choice of members: every state, each process, each group.
    QList<MembersChoice> membersChoices() const;
    // The states of a members key as a set (empty set for an unknown key).
    StateSet membersOf(const QString &key) const;

    // The stance used everywhere: the what-if override if any, else the saved one; empty when
    // nothing is recorded.
    std::optional<Stance> stance(qint64 clauseId, QStringView alternative, int stateIndex) const;
    bool isOverridden(qint64 clauseId, QStringView alternative, int stateIndex) const;

    // Sets `stance` for the states (ISO3) on a clause or an alternative: in what-if mode on the
    // overlay, else as one undoable command (keeping each position's source, note, visibility).
    void setStance(const QStringList &states, qint64 clauseId, const QString &alternative,
                   Stance stance);

    bool isWhatIfMode() const { return m_whatIfMode; }
    // Turning what-if mode off discards the temporary stances.
    void setWhatIfMode(bool on);
    // Records every temporary stance as one undoable command and leaves what-if mode.
    void keepWhatIf();
    // Drops every temporary stance and leaves what-if mode.
    void discardWhatIf();

Q_SIGNALS:
    // A new workspace (or none) was set; the other signals follow.
    void workspaceChanged();
    void documentChanged(qint64 documentId);
    void membersChanged();
    void whatIfModeChanged(bool on);
    // A temporary stance of this clause was set or removed (0: all of them were dropped).
    void whatIfChanged(qint64 clauseId);

private:
    Workspace *m_workspace = nullptr;
    std::unique_ptr<WhatIf> m_whatIf;
    std::unique_ptr<ConsensusEngine> m_engine;
    qint64 m_documentId = 0;
    QString m_membersKey = QStringLiteral("all");
    StateSet m_members;
    bool m_whatIfMode = false;
};

} // namespace Plenipo
