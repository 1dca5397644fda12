// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/positiongroup.h"

#include <QList>

namespace Plenipo {

class PositionStore;
class WorkspaceStorage;

// Reads the positions on many clauses as groups of states that share a stance and every detail
// (Workspace::positionGroups): the groups come from the stance and detail vectors in memory and
// each distinct detail row is read once, so a 2,000-clause document of 193 states reads a few
// thousand rows instead of 1.5 million. A clause whose vectors do not match its rows (a damaged
// file) is grouped from its rows, with a warning.
class PositionGroupReader
{
public:
    PositionGroupReader(WorkspaceStorage &storage, const PositionStore &store)
        : m_storage(storage)
        , m_store(store)
    {}

    // In the order of `clauseIds`, then by alternative, then by first state.
    QList<PositionGroup> read(const QList<qint64> &clauseIds) const;

private:
    WorkspaceStorage &m_storage;
    const PositionStore &m_store;
};

} // namespace Plenipo
