// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/workspacecommand.h"

#include "core/position.h"

#include <QList>

#include <optional>

namespace Plenipo {

class Workspace;

// Sets one or many positions as one undoable step: a single cell, a whole group (EU, a
// selection) at once, or the overrides of a what-if overlay. Undo restores each position as it
// was (or removes it when there was none); every change, undo and redo included, is kept in
// the position history. Two consecutive commands touching exactly the same positions (the same
// cell edited again) merge into one.
//
// A position without a revision (revisionId 0) is recorded on the clause's current revision.
class SetPositionsCommand : public WorkspaceCommand
{
public:
    SetPositionsCommand(Workspace &workspace, QList<Position> positions,
                        QUndoCommand *parent = nullptr);

    // Sets `stance` for every state in `states` on a clause or an alternative, keeping the
    // source, note and visibility of each state's saved position (bulk entry).
    static SetPositionsCommand *setStance(Workspace &workspace, qint64 clauseId,
                                          const QString &alternative, const QStringList &states,
                                          Stance stance);
    // Re-records the possibly outdated positions of a clause (of `states`, or of everyone when
    // empty) on the current revision, unchanged otherwise. nullptr when none is outdated.
    static SetPositionsCommand *confirm(Workspace &workspace, qint64 clauseId,
                                        const QStringList &states = {});

    static constexpr int Id = int(MergeId::Positions);
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

    const QList<Position> &positions() const { return m_after; }
    // The undo text for setting these positions: who (one state) or how many, on which
    // paragraph or paragraphs (and alternative) of which document, to which stance.
    static QString describe(const Workspace &workspace, const QList<Position> &positions);

private:
    QList<Position> m_after;
    QList<std::optional<Position>> m_before; // aligned with m_after
};

} // namespace Plenipo
