// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/position.h"
#include "core/stance.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace Plenipo {

class Workspace;

// A what-if overlay: temporary stances that replace the saved ones in an analysis
// (ConsensusEngine::setWhatIf, CoalitionAnalysis) without touching the workspace. Not undoable
// and never saved; keep() turns the overrides into one undoable command that records them for
// real, discard() drops them.
class WhatIf : public QObject
{
    Q_OBJECT

public:
    explicit WhatIf(Workspace &workspace, QObject *parent = nullptr);

    // Overrides the stance of `iso3` on a clause (alternative "") or one of its alternatives.
    // Throws Error for an unknown state or clause.
    void setStance(const QString &iso3, qint64 clauseId, const QString &alternative, Stance stance);
    // Removes one override (the saved stance shows again).
    void remove(const QString &iso3, qint64 clauseId, const QString &alternative);
    // Removes every override.
    void discard();

    bool isEmpty() const { return m_overrides.isEmpty(); }
    int size() const;
    // The override for (clause, alternative, state index), if any.
    std::optional<Stance> stance(qint64 clauseId, QStringView alternative, int state) const;
    // Applies this clause's overrides for `alternative` to an encoded stance vector.
    void apply(qint64 clauseId, QStringView alternative, QByteArray &vector) const;
    // Clause ids with overrides.
    QList<qint64> clauses() const { return m_overrides.keys(); }

    // Every override as a position to record (keeping the source, note and visibility of a
    // saved position, on the clause's current revision), and clears the overlay. The caller
    // records them with one SetPositionsCommand (consensus/ never builds commands: commands/
    // depends on it, not the other way round). Empty when there is nothing to keep.
    QList<Position> takePositions();

Q_SIGNALS:
    // An override of this clause was set or removed.
    void changed(qint64 clauseId);
    // Every override was removed.
    void discarded();

private:
    struct Override
    {
        QString alternative;
        int state = 0;
        Stance stance = Stance::NoPosition;
    };
    Workspace &m_workspace;
    QHash<qint64, QList<Override>> m_overrides; // clause id -> overrides
};

} // namespace Plenipo
