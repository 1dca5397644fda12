// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/positioncarrier.h"

#include "core/error.h"
#include "storage/catalogue.h"
#include "storage/positionstore.h"
#include "storage/positionwriter.h"
#include "storage/sqlquery.h"
#include "storage/stancematrix.h"
#include "storage/transaction.h"
#include "storage/workspacestorage.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

PositionCarrier::PositionCarrier(WorkspaceStorage &storage, const Catalogue &catalogue,
                                 PositionStore &store)
    : m_storage(storage)
    , m_catalogue(catalogue)
    , m_store(store)
{}

QSqlDatabase &PositionCarrier::db() const
{
    return m_storage.database();
}

namespace {

// The columns of a PositionSnapshot's rows, in order.
const auto snapshotPositionColumns = u"id, clause_id, state_id, alternative, stance, detail_id"_s;
const auto snapshotDetachedColumns = u"id, clause_id, state_id, alternative, words, stance, "
                                     u"detail_id, reason, revision_id, detached_at"_s;
const auto snapshotDetailColumns = u"id, source_kind, source_text, source_symbol, source_date, "
                                   u"note, internal, revision_id, author, modified"_s;
const auto snapshotVectorColumns = u"clause_id, alternative, stances, details"_s;

QList<QVariantList> rowsOf(SqlQuery &q, int columns)
{
    QList<QVariantList> rows;
    q.exec();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << q.value(c);
        rows << row;
    }
    return rows;
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

QString detachReasonName(AlternativeCarry::Fate fate)
{
    return fate == AlternativeCarry::Fate::Agreed ? u"agreed"_s : u"orphaned"_s;
}

} // namespace
PositionSnapshot PositionCarrier::snapshotForCarry(WorkspaceStorage &storage,
                                                   const PositionStore &store, qint64 clauseId,
                                                   const QList<AlternativeCarry> &carries)
{
    QStringList detached;
    for (const AlternativeCarry &c : carries) {
        if (!c.follows())
            detached << c.from;
    }
    return snapshot(storage, store, clauseId, &detached);
}
PositionSnapshot PositionCarrier::snapshotBeforeCarry(WorkspaceStorage &storage,
                                                      const Catalogue &catalogue,
                                                      const PositionStore &store,
                                                      const PositionSnapshot &kept,
                                                      const QList<AlternativeCarry> &carries)
{
    QSqlDatabase &db = storage.database();
    PositionSnapshot snap = kept;
    const qint64 clauseId = kept.clauseId;
    QHash<QString, QString> back; // alternative now -> before the carry
    for (const AlternativeCarry &c : carries) {
        if (c.follows())
            back.insert(c.to, c.from);
    }
    QHash<qint64, int> indexOfState;
    for (auto it = catalogue.stateIds().cbegin(); it != catalogue.stateIds().cend(); ++it)
        indexOfState.insert(it.value(), store.stateIndex(it.key()));
    struct Vectors
    {
        QVariant alternative;
        QByteArray stances;
        QList<qint64> details;
    };
    QHash<QString, Vectors> before; // the vectors before the carry
    qsizetype expected = 0;         // the positions before the carry
    for (const QVariantList &row : kept.vectors) {
        Vectors v{
            row.at(1), row.at(2).toByteArray(),
            StanceMatrix::decodeDetails(row.at(3).toByteArray(), store.stances().stateCount())};
        expected += v.stances.size() - v.stances.count('\0');
        before.insert(row.at(1).toString(), v);
    }
    // The rows as the carry left them (position_key holds the ids, states and alternatives: no
    // table row is read), each on its alternative before the carry, with that stance and
    // detail row.
    SqlQuery q(db, u"SELECT id, state_id, alternative FROM position WHERE clause_id = ?"_s);
    q.bind(clauseId).exec();
    QList<std::pair<qint64, QVariantList>> rows;
    rows.reserve(expected);
    for (const QVariantList &row : kept.positions) // the rows the carry detached
        rows.append({row.at(0).toLongLong(), row});
    bool matches = true;
    while (matches && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 state = q.value(1).toLongLong();
        const QString now = q.value(2).toString();
        const auto v = before.constFind(back.value(now, now));
        const int index = indexOfState.value(state, -1);
        matches = v != before.cend() && index >= 0 && index < v->stances.size() &&
                  index < v->details.size() && v->stances.at(index) != 0;
        if (matches)
            rows.append(
                {id,
                 {QVariant(id), QVariant(clauseId), QVariant(state), v->alternative,
                  QVariant(qint64(v->stances.at(index) - 1)), QVariant(v->details.at(index))}});
    }
    if (!matches || rows.size() != expected)
        throw Error(Error::Kind::Invalid,
                    tr("clause %1: the positions are not those the revision left; they cannot be "
                       "put back")
                        .arg(catalogue.clause(clauseId).value_or(Clause{}).number));
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    snap.positions.clear();
    snap.positions.reserve(rows.size());
    for (auto &[id, row] : rows)
        snap.positions.append(std::move(row));
    return snap;
}
PositionSnapshot PositionCarrier::snapshot(WorkspaceStorage &storage, const PositionStore &store,
                                           qint64 clauseId, const QStringList *only)
{
    QSqlDatabase &db = storage.database();
    PositionSnapshot snap;
    snap.clauseId = clauseId;
    {
        QList<QVariantList> rows;
        if (only) {
            // Each alternative's rows looked up by key (state by state).
            SqlQuery q(db, u"SELECT %1 FROM position WHERE clause_id = ? AND alternative = ? AND "
                           u"state_id IN (SELECT id FROM state)"_s.arg(snapshotPositionColumns));
            for (const QString &alternative : *only) {
                q.set(0, clauseId).set(1, alternative);
                rows += rowsOf(q, 6);
            }
        } else {
            // In the order of position_key, sorted by id here (ORDER BY id would make SQLite
            // copy every row into a temporary b-tree first).
            SqlQuery q(
                db, u"SELECT %1 FROM position WHERE clause_id = ?"_s.arg(snapshotPositionColumns));
            q.bind(clauseId);
            rows = rowsOf(q, 6);
        }
        QList<std::pair<qint64, qsizetype>> order;
        order.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            order.append({rows.at(i).at(0).toLongLong(), i});
        std::sort(order.begin(), order.end());
        snap.positions.reserve(rows.size());
        for (const auto &[id, i] : std::as_const(order))
            snap.positions.append(rows.at(i));
    }
    {
        SqlQuery q(db, u"SELECT %1 FROM detached_position WHERE clause_id = ? ORDER BY id"_s.arg(
                           snapshotDetachedColumns));
        q.bind(clauseId);
        snap.detached = rowsOf(q, 10);
    }
    {
        // The detail rows the positions and detached positions just read use (looking them up
        // again by clause would read every position row a second time).
        QList<qint64> ids;
        for (const QVariantList &row : std::as_const(snap.positions))
            ids << row.at(5).toLongLong();
        if (only) { // the rows of the other positions were not read: their vectors say
            for (const QString &alternative : store.stances().alternatives(clauseId)) {
                const QByteArray stances = store.stances().vector(clauseId, alternative);
                const QList<qint64> details = store.stances().detailIds(clauseId, alternative);
                for (qsizetype i = 0; i < stances.size() && i < details.size(); ++i) {
                    if (stances.at(i) && (ids.isEmpty() || ids.last() != details.at(i)))
                        ids << details.at(i);
                }
            }
        }
        for (const QVariantList &row : std::as_const(snap.detached))
            ids << row.at(6).toLongLong();
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        if (!ids.isEmpty()) {
            QStringList list;
            for (qint64 id : std::as_const(ids))
                list << QString::number(id);
            SqlQuery q(db, u"SELECT %1 FROM position_detail WHERE id IN (%2) ORDER BY id"_s.arg(
                               snapshotDetailColumns, list.join(u", "_s)));
            snap.details = rowsOf(q, 10);
        }
    }
    {
        SqlQuery q(db,
                   u"SELECT %1 FROM stance_vector WHERE clause_id = ? ORDER BY alternative"_s.arg(
                       snapshotVectorColumns));
        q.bind(clauseId);
        snap.vectors = rowsOf(q, 4);
    }
    return snap;
}
void PositionCarrier::restore(const PositionSnapshot &snap)
{
    const qint64 clauseId = snap.clauseId;
    if (!m_catalogue.hasClause(clauseId))
        throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(clauseId));
    Transaction t(db());
    QSet<qint64> released; // the detail rows the clause used before
    {
        SqlQuery q(db(),
                   u"SELECT detail_id FROM position WHERE clause_id = ? UNION SELECT detail_id "
                   u"FROM detached_position WHERE clause_id = ?"_s);
        q.bind(clauseId).bind(clauseId).exec();
        while (q.next())
            released.insert(q.value(0).toLongLong());
    }
    for (const auto &table : {u"position"_s, u"detached_position"_s, u"stance_vector"_s})
        SqlQuery(db(), u"DELETE FROM %1 WHERE clause_id = ?"_s.arg(table)).bind(clauseId).exec();

    // The detail rows: each under its id. If that id now holds other details: the row is
    // written back in place when nothing uses it any more (the clause's positions are gone; a
    // carry may have moved it to the new revision), otherwise (SQLite reuses the highest freed
    // row id for other details) the details go under a new id, and the references follow.
    QHash<qint64, qint64> remap;
    QHash<qint64, qint64> revisions;
    {
        SqlQuery read(db(),
                      u"SELECT %1 FROM position_detail WHERE id = ?"_s.arg(snapshotDetailColumns));
        SqlQuery used(db(), u"SELECT EXISTS (SELECT 1 FROM position WHERE detail_id = ?) OR EXISTS "
                            u"(SELECT 1 FROM detached_position WHERE detail_id = ?)"_s);
        SqlQuery overwrite(db(), u"UPDATE position_detail SET source_kind = ?, source_text = ?, "
                                 u"source_symbol = ?, source_date = ?, note = ?, internal = ?, "
                                 u"revision_id = ?, author = ?, modified = ? WHERE id = ?"_s);
        SqlQuery insertWithId(db(), u"INSERT INTO position_detail (%1) VALUES (%2)"_s.arg(
                                        snapshotDetailColumns, placeholders(10)));
        SqlQuery insertNew(db(),
                           u"INSERT INTO position_detail (source_kind, source_text, "
                           u"source_symbol, source_date, note, internal, revision_id, author, "
                           u"modified) VALUES (%1)"_s.arg(placeholders(9)));
        for (const QVariantList &row : snap.details) {
            const qint64 id = row.at(0).toLongLong();
            if (remap.contains(id))
                continue;
            read.set(0, id).exec();
            qint64 target = id;
            if (read.next()) {
                bool same = true;
                for (int c = 1; c < 10 && same; ++c)
                    same = read.value(c).toString() == row.at(c).toString() &&
                           read.value(c).isNull() == row.at(c).isNull();
                bool inUse = false;
                if (!same) {
                    // Not a row this loop has written (a new id above can be a later row's id).
                    inUse = revisions.contains(id);
                    if (!inUse) {
                        used.set(0, id).set(1, id).exec();
                        inUse = used.next() && used.value(0).toBool();
                    }
                }
                if (!same && !inUse) {
                    for (int c = 1; c < 10; ++c)
                        overwrite.set(c - 1, row.at(c));
                    overwrite.set(9, id).exec();
                } else if (!same) {
                    for (int c = 1; c < 10; ++c)
                        insertNew.set(c - 1, row.at(c));
                    insertNew.exec();
                    target = insertNew.lastId();
                }
            } else {
                for (int c = 0; c < 10; ++c)
                    insertWithId.set(c, row.at(c));
                insertWithId.exec();
            }
            remap.insert(id, target);
            revisions.insert(target, row.at(7).toLongLong());
            released.remove(target);
        }
    }
    const auto mapped = [&](const QVariant &detail) {
        return remap.value(detail.toLongLong(), detail.toLongLong());
    };
    {
        SqlQuery ins(db(), u"INSERT INTO position (%1) VALUES (%2)"_s.arg(snapshotPositionColumns,
                                                                          placeholders(6)));
        for (const QVariantList &row : snap.positions) {
            for (int c = 0; c < 5; ++c)
                ins.set(c, row.at(c));
            ins.set(5, mapped(row.at(5))).exec();
        }
    }
    {
        SqlQuery ins(db(), u"INSERT INTO detached_position (%1) VALUES (%2)"_s.arg(
                               snapshotDetachedColumns, placeholders(10)));
        for (const QVariantList &row : snap.detached) {
            for (int c = 0; c < 10; ++c)
                ins.set(c, c == 6 ? QVariant(mapped(row.at(c))) : row.at(c));
            ins.exec();
        }
    }
    QList<std::pair<QString, std::pair<QByteArray, QByteArray>>> vectors;
    {
        SqlQuery ins(db(), u"INSERT INTO stance_vector (%1) VALUES (%2)"_s.arg(
                               snapshotVectorColumns, placeholders(4)));
        for (const QVariantList &row : snap.vectors) {
            QByteArray runs = row.at(3).toByteArray();
            if (!remap.isEmpty()) {
                QList<qint64> ids =
                    StanceMatrix::decodeDetails(runs, m_store.stances().stateCount());
                for (qint64 &id : ids)
                    id = remap.value(id, id);
                runs = StanceMatrix::encodeDetails(ids);
            }
            ins.set(0, clauseId).set(1, row.at(1)).set(2, row.at(2)).set(3, runs).exec();
            vectors.append({row.at(1).toString(), {row.at(2).toByteArray(), runs}});
        }
    }
    PositionWriter::releaseDetails(db(), released);
    t.commit();
    m_store.stances().removeClause(clauseId);
    for (const auto &[alternative, v] : std::as_const(vectors)) {
        m_store.stances().setVector(clauseId, alternative, v.first);
        m_store.stances().setDetailRuns(clauseId, alternative, v.second);
    }
    for (auto it = revisions.cbegin(); it != revisions.cend(); ++it)
        m_store.setDetailRevision(it.key(), it.value());
    QList<int> orphaned;
    for (const QVariantList &row : snap.detached) {
        const int index = m_store.stateIndexOfRow(row.at(2).toLongLong());
        if (row.at(7).toString() == u"orphaned"_s && index >= 0 && !orphaned.contains(index))
            orphaned << index;
    }
    m_store.setOrphanedStates(clauseId, orphaned);
}
void PositionCarrier::carry(qint64 clauseId, const QList<AlternativeCarry> &carries,
                            qint64 fromRevisionId, qint64 toRevisionId)
{
    const Clause *clauseIt = m_catalogue.findClause(clauseId);
    if (!clauseIt)
        throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(clauseId));
    const QString number = clauseIt->number;
    QHash<QString, const AlternativeCarry *> byFrom;
    QSet<QString> targets;
    for (const AlternativeCarry &c : carries) {
        if (c.from.isEmpty() || !PositionWriter::isAlternativeId(c.from) || byFrom.contains(c.from))
            throw Error(Error::Kind::Invalid,
                        tr("clause %1: alternative '%2' is carried twice or is not an id")
                            .arg(number, c.from));
        byFrom.insert(c.from, &c);
        if (!c.follows())
            continue;
        if (c.to.isEmpty() || !PositionWriter::isAlternativeId(c.to) || targets.contains(c.to))
            throw Error(
                Error::Kind::Invalid,
                tr("clause %1: two alternatives would be carried to '%2'").arg(number, c.to));
        targets.insert(c.to);
    }
    const QStringList present = m_store.stances().alternatives(clauseId);
    for (const QString &target : std::as_const(targets)) {
        if (present.contains(target) && !byFrom.contains(target))
            throw Error(Error::Kind::Invalid,
                        tr("clause %1: positions carried to '%2' would replace positions that "
                           "stay there")
                            .arg(number, target));
    }

    struct NewRow
    {
        QString alternative;
        QByteArray stances;
        QList<qint64> details;
    };
    QList<NewRow> rows;
    QList<int> orphanedNow = m_store.orphanedStates(clauseId);
    QHash<qint64, qint64> clones; // detail row -> its copy on the new revision
    QSet<qint64> inPlace;         // detail rows moved to the new revision themselves
    QSet<qint64> released;
    const QString time = PositionWriter::now();
    Transaction t(db());
    {
        // Every statement below that picks the positions of one alternative names the state too,
        // through `state_id IN (SELECT id FROM state)` (every position has a state: a foreign
        // key), so that SQLite looks each position up in position_key (clause_id, state_id,
        // alternative) instead of reading all the positions of the clause for each alternative.
        const QString ofAlternative =
            u"clause_id = ? AND alternative = ? AND state_id IN (SELECT id FROM state)"_s;
        SqlQuery detach(db(),
                        u"INSERT INTO detached_position (clause_id, state_id, alternative, "
                        u"words, stance, detail_id, reason, revision_id, detached_at) SELECT "
                        u"clause_id, state_id, alternative, ?, stance, detail_id, ?, ?, ? FROM "
                        u"position WHERE "_s +
                            ofAlternative);
        SqlQuery remove(db(), u"DELETE FROM position WHERE "_s + ofAlternative);
        SqlQuery clone(db(),
                       u"INSERT INTO position_detail (source_kind, source_text, source_symbol, "
                       u"source_date, note, internal, revision_id, author, modified) SELECT "
                       u"source_kind, source_text, source_symbol, source_date, note, internal, "
                       u"?, author, modified FROM position_detail WHERE id = ?"_s);
        // What happens to the rows of one alternative that stays: a new id and/or, for the
        // positions that were current, the copies of their details on the new revision. Both in
        // one UPDATE, so that each row is written once.
        struct Move
        {
            QString from;
            QString to;
            QList<std::pair<qint64, qint64>> redetail; // detail row -> its copy
        };
        QList<Move> moves;
        // A detail row of the old revision that only positions staying current here use (no
        // other position, of this clause or another, and no detached position) moves to the
        // new revision in place: its positions then keep their detail_id and each is written
        // once, for its new alternative id only. The others are copied (below).
        if (fromRevisionId) {
            QHash<qint64, qsizetype> currentUses; // detail row -> positions staying current
            for (const QString &alternative : present) {
                const AlternativeCarry *carry =
                    alternative.isEmpty() ? nullptr : byFrom.value(alternative);
                if (!carry || carry->fate != AlternativeCarry::Fate::Kept)
                    continue;
                const QByteArray stances = m_store.stances().vector(clauseId, alternative);
                const QList<qint64> details = m_store.stances().detailIds(clauseId, alternative);
                for (int state = 0; state < details.size() && state < stances.size(); ++state) {
                    const qint64 d = details[state];
                    if (d && stances[state] && m_store.detailRevision(d) == fromRevisionId)
                        ++currentUses[d];
                }
            }
            if (!currentUses.isEmpty()) {
                SqlQuery uses(db(), u"SELECT (SELECT count(*) FROM position WHERE detail_id = ?) + "
                                    u"(SELECT count(*) FROM detached_position WHERE detail_id = "
                                    u"?)"_s);
                SqlQuery move(db(), u"UPDATE position_detail SET revision_id = ? WHERE id = ?"_s);
                for (auto it = currentUses.cbegin(); it != currentUses.cend(); ++it) {
                    uses.set(0, it.key()).set(1, it.key()).exec();
                    if (!uses.next() || uses.value(0).toLongLong() != it.value())
                        continue;
                    move.set(0, SqlQuery::nullIfZero(toRevisionId)).set(1, it.key()).exec();
                    inPlace.insert(it.key());
                }
            }
        }
        for (const QString &alternative : present) {
            const AlternativeCarry *carry =
                alternative.isEmpty() ? nullptr : byFrom.value(alternative);
            const QByteArray stances = m_store.stances().vector(clauseId, alternative);
            QList<qint64> details = m_store.stances().detailIds(clauseId, alternative);
            if (carry && !carry->follows()) {
                detach.set(0, carry->words).set(1, detachReasonName(carry->fate));
                detach.set(2, SqlQuery::nullIfZero(toRevisionId)).set(3, time).set(4, clauseId);
                detach.set(5, alternative).exec();
                remove.set(0, clauseId).set(1, alternative).exec();
                if (carry->fate == AlternativeCarry::Fate::Orphaned) {
                    for (int state = 0; state < stances.size(); ++state) {
                        if (stances[state] && !orphanedNow.contains(state))
                            orphanedNow << state;
                    }
                }
                continue;
            }
            Move move;
            move.from = alternative;
            move.to = carry ? carry->to : alternative;
            if (carry && carry->fate == AlternativeCarry::Fate::Kept && fromRevisionId) {
                // Same words: a position that was current stays current.
                for (int state = 0; state < details.size(); ++state) {
                    const qint64 old = details[state];
                    if (!old || state >= stances.size() || !stances[state] ||
                        inPlace.contains(old) || m_store.detailRevision(old) != fromRevisionId)
                        continue;
                    qint64 copy = clones.value(old);
                    if (!copy) {
                        clone.set(0, toRevisionId).set(1, old).exec();
                        copy = clone.lastId();
                        clones.insert(old, copy);
                        m_store.setDetailRevision(copy, toRevisionId);
                    }
                    details[state] = copy;
                    released.insert(old);
                }
                // The rows of this alternative that use any detail copied so far move to its copy.
                for (auto it = clones.cbegin(); it != clones.cend(); ++it)
                    move.redetail.append({it.key(), it.value()});
            }
            if (move.to != move.from || !move.redetail.isEmpty())
                moves.append(std::move(move));
            rows.append({carry ? carry->to : alternative, stances, details});
        }

        // The new ids are unique among the alternatives that stay (checked above), but one can
        // be the old id of another (every id after an inserted bracket moves up by one), and the
        // positions' key (clause, state, alternative) is checked row by row. So the moves run in
        // an order where each goes to an id no position holds any more; only where the ids go
        // round in a cycle, one of them first goes to a temporary name no alternative id can have
        // (~ and the id), and to its id at the end.
        const auto parked = [](const QString &id) {
            return u"~"_s + id;
        };
        QSet<QString> held; // the ids that positions of the clause have at each step
        for (const QString &alternative : present) {
            const AlternativeCarry *carry =
                alternative.isEmpty() ? nullptr : byFrom.value(alternative);
            if (!carry || carry->follows())
                held.insert(alternative);
        }
        const auto run = [&](const QString &from, const QString &to,
                             const QList<std::pair<qint64, qint64>> &redetail) {
            QStringList set;
            if (to != from)
                set << u"alternative = ?"_s;
            if (!redetail.isEmpty()) {
                QString cases = u"detail_id = CASE detail_id"_s;
                for (qsizetype i = 0; i < redetail.size(); ++i)
                    cases += u" WHEN ? THEN ?"_s;
                set << cases + u" ELSE detail_id END"_s;
            }
            SqlQuery update(
                db(), u"UPDATE position SET %1 WHERE %2"_s.arg(set.join(u", "_s), ofAlternative));
            int index = 0;
            if (to != from)
                update.set(index++, to);
            for (const auto &[old, copy] : redetail) {
                update.set(index++, old);
                update.set(index++, copy);
            }
            update.set(index++, clauseId);
            update.set(index, from).exec();
        };
        QList<Move> pending = moves;
        QStringList unpark; // ids whose positions wait under their temporary name
        while (!pending.isEmpty()) {
            qsizetype next = -1;
            for (qsizetype i = 0; i < pending.size() && next < 0; ++i) {
                const Move &m = pending.at(i);
                if (m.from == m.to || !held.contains(m.to))
                    next = i;
            }
            Move m = pending.takeAt(next < 0 ? 0 : next);
            const QString to = next < 0 ? parked(m.to) : m.to;
            run(m.from, to, m.redetail);
            held.remove(m.from);
            if (next < 0)
                unpark << m.to; // m.to is still held, by positions that are still to move
            else
                held.insert(m.to);
        }
        for (const QString &target : std::as_const(unpark))
            run(parked(target), target, {});
        SqlQuery(db(), u"DELETE FROM stance_vector WHERE clause_id = ?"_s).bind(clauseId).exec();
        SqlQuery ins(db(), u"INSERT INTO stance_vector (clause_id, alternative, stances, details) "
                           u"VALUES (?, ?, ?, ?)"_s);
        for (const NewRow &row : std::as_const(rows)) {
            if (row.stances.count('\0') == row.stances.size())
                continue;
            ins.set(0, clauseId).set(1, row.alternative).set(2, row.stances);
            ins.set(3, StanceMatrix::encodeDetails(row.details)).exec();
        }
        PositionWriter::releaseDetails(db(), released);
    }
    t.commit();
    for (qint64 d : std::as_const(inPlace))
        m_store.setDetailRevision(d, toRevisionId);
    m_store.stances().removeClause(clauseId);
    for (const NewRow &row : std::as_const(rows)) {
        if (row.stances.count('\0') == row.stances.size())
            continue;
        m_store.stances().setVector(clauseId, row.alternative, row.stances);
        m_store.stances().setDetailRuns(clauseId, row.alternative,
                                        StanceMatrix::encodeDetails(row.details));
    }
    m_store.setOrphanedStates(clauseId, orphanedNow);
}
} // namespace Plenipo
