// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QVariant>

namespace Plenipo {

// Every stored record of the positions on one clause, as the rows of the position store
// (positions, detached positions, the detail rows they use, the stance and detail vectors),
// with their ids. Workspace::positionSnapshot() takes it and restorePositions() writes it back
// exactly: what an undoable command that moves positions around keeps for its undo.
struct PositionSnapshot
{
    qint64 clauseId = 0;
    QList<QVariantList> positions;
    QList<QVariantList> detached;
    QList<QVariantList> details;
    QList<QVariantList> vectors;

    bool operator==(const PositionSnapshot &) const = default;
};

} // namespace Plenipo
