// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/alternativecarry.h"
#include "core/positionsnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Plenipo {

class Catalogue;
class PositionStore;
class WorkspaceStorage;

// The positions of one clause across a revision of its text: carry() moves them as the span
// aligner decided (the rows, the detail rows' revisions and the PositionStore's vectors, in one
// transaction), and the snapshots taken before let an undo put every record back exactly,
// ids included (restore()). See the Workspace methods of the same names.
class PositionCarrier
{
    Q_DECLARE_TR_FUNCTIONS(Plenipo::PositionCarrier)

public:
    PositionCarrier(WorkspaceStorage &storage, const Catalogue &catalogue, PositionStore &store);

    // Workspace::restorePositions: the snapshot's records back, in one transaction.
    void restore(const PositionSnapshot &snapshot);
    // Workspace::carryPositions. Throws Error (nothing changed).
    void carry(qint64 clauseId, const QList<AlternativeCarry> &carries, qint64 fromRevisionId,
               qint64 toRevisionId);

    // Reading (no change): every record of the clause's positions; with `only`, the position
    // rows of these alternatives only (the details of all).
    static PositionSnapshot snapshot(WorkspaceStorage &storage, const PositionStore &store,
                                     qint64 clauseId, const QStringList *only = nullptr);
    // Workspace::positionSnapshotForCarry.
    static PositionSnapshot snapshotForCarry(WorkspaceStorage &storage, const PositionStore &store,
                                             qint64 clauseId,
                                             const QList<AlternativeCarry> &carries);
    // Workspace::positionSnapshotBeforeCarry.
    static PositionSnapshot snapshotBeforeCarry(WorkspaceStorage &storage,
                                                const Catalogue &catalogue,
                                                const PositionStore &store,
                                                const PositionSnapshot &kept,
                                                const QList<AlternativeCarry> &carries);

private:
    QSqlDatabase &db() const;

    WorkspaceStorage &m_storage;
    const Catalogue &m_catalogue;
    PositionStore &m_store;
};

} // namespace Plenipo
