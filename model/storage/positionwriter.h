// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/position.h"
#include "core/positionkey.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace Plenipo {

class Catalogue;
class PositionStore;
class WorkspaceStorage;

// Every write of positions: the rows, in one transaction per call, and, in step, the
// PositionStore's stance and detail vectors (put back as they were when the transaction
// fails). The Workspace facade checks that it may write, calls one of these and emits what
// changed; the statements are portable SQL on the storage's connection.
//
// Invariant kept by every call: for each (clause, alternative), byte i of the stance vector is
// non-zero exactly when the state stateOrder()[i] has a position row there, with that stance,
// and detail id i of the detail vector is that row's detail_id; the stance_vector table holds
// the same bytes. A detail row is deleted once no position and no detached position uses it.
class PositionWriter
{
    Q_DECLARE_TR_FUNCTIONS(Plenipo::PositionWriter)

public:
    // (clause, alternative) pairs a change touched.
    using Touched = QSet<std::pair<qint64, QString>>;

    // `author` and `time` are recorded on the rows written and on the history.
    PositionWriter(WorkspaceStorage &storage, const Catalogue &catalogue, PositionStore &store,
                   QString author, QString time);

    // "" (the whole clause) or an alternative id "gN.M" (N, M >= 1).
    static bool isAlternativeId(const QString &id);
    // The current time as rows record it (UTC, ISO 8601 with milliseconds).
    static QString now();

    // Inserts or replaces the positions (see Workspace::setPositions). Checks every position
    // before writing any; throws Error.
    Touched set(const QList<Position> &positions);
    // Removes the positions (their last values go to the history); unknown keys are ignored.
    Touched remove(const QList<PositionKey> &keys);
    // Puts a detached position back on `alternative`; returns its clause.
    qint64 reattach(qint64 detachedId, const QString &alternative);
    // Removes detached positions into the history; returns their clauses.
    QSet<qint64> discardDetached(const QList<qint64> &detachedIds);

    // Writes the store's vectors of `touched` into stance_vector (inside the caller's
    // transaction).
    void writeStanceVectors(const Touched &touched);
    // Deletes the detail rows no position and no detached position uses any more.
    static void releaseDetails(QSqlDatabase &db, const QSet<qint64> &detailIds);

private:
    QSqlDatabase &db() const;

    WorkspaceStorage &m_storage;
    const Catalogue &m_catalogue;
    PositionStore &m_store;
    QString m_author;
    QString m_time;
};

} // namespace Plenipo
