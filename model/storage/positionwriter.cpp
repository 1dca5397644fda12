// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/positionwriter.h"

#include "core/error.h"
#include "storage/catalogue.h"
#include "storage/positionstore.h"
#include "storage/sqlquery.h"
#include "storage/stancematrix.h"
#include "storage/transaction.h"
#include "storage/workspacestorage.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Plenipo {

PositionWriter::PositionWriter(WorkspaceStorage &storage, const Catalogue &catalogue,
                               PositionStore &store, QString author, QString time)
    : m_storage(storage)
    , m_catalogue(catalogue)
    , m_store(store)
    , m_author(std::move(author))
    , m_time(std::move(time))
{}

bool PositionWriter::isAlternativeId(const QString &id)
{
    if (id.isEmpty())
        return true;
    static const QRegularExpression re(u"^g[1-9][0-9]*\\.[1-9][0-9]*$"_s);
    return re.match(id).hasMatch();
}

QString PositionWriter::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QSqlDatabase &PositionWriter::db() const
{
    return m_storage.database();
}

namespace {

// The stance and detail vectors a change touches, with their values before it, so that a
// failed change puts the in-memory matrix back as it was (the database rolls itself back).
// It also holds the decoded detail vectors the change edits (encoded again by finish()).
class VectorChanges
{
public:
    using Key = std::pair<qint64, QString>;
    explicit VectorChanges(StanceMatrix &matrix)
        : m_matrix(matrix)
    {}
    // The detail ids of the vector, decoded once; the change edits them in place.
    QList<qint64> &touch(qint64 clauseId, const QString &alternative)
    {
        if (m_last && m_last->first == clauseId && m_last->second == alternative)
            return m_lastEntry->ids;
        const Key key{clauseId, alternative};
        auto it = m_entries.find(key);
        if (it == m_entries.end())
            it = m_entries.insert(key, Entry{m_matrix.vector(clauseId, alternative),
                                             m_matrix.detailRuns(clauseId, alternative),
                                             m_matrix.detailIds(clauseId, alternative)});
        m_last = &it.key(); // valid until the next insertion, which resets it
        m_lastEntry = &it.value();
        return it->ids;
    }
    // Writes the edited detail vectors back into the matrix.
    void finish()
    {
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
            m_matrix.setDetailRuns(it.key().first, it.key().second,
                                   StanceMatrix::encodeDetails(it->ids));
    }
    void restore()
    {
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            m_matrix.setVector(it.key().first, it.key().second, it->stancesBefore);
            m_matrix.setDetailRuns(it.key().first, it.key().second, it->runsBefore);
        }
    }
    QSet<Key> touched() const
    {
        const QList<Key> keys = m_entries.keys();
        return QSet<Key>(keys.cbegin(), keys.cend());
    }

private:
    struct Entry
    {
        QByteArray stancesBefore;
        QByteArray runsBefore;
        QList<qint64> ids; // edited
    };
    StanceMatrix &m_matrix;
    QHash<Key, Entry> m_entries;
    const Key *m_last = nullptr; // the vector touched last (bulk entries touch one many times)
    Entry *m_lastEntry = nullptr;
};

// Moves one stored position, with its details, into the history (replaced or removed) and
// deletes it. Its detail row stays until no position uses it (PositionWriter::releaseDetails).
class PositionArchiver
{
public:
    PositionArchiver(QSqlDatabase &db, const QString &author, const QString &time, bool removed)
        : m_history(db, u"INSERT INTO position_history (clause_id, state_id, alternative, stance, "
                        u"source_kind, source_text, source_symbol, source_date, note, internal, "
                        u"revision_id, author, modified, replaced_by, replaced_at, removed) "
                        u"SELECT p.clause_id, p.state_id, p.alternative, p.stance, "
                        u"d.source_kind, d.source_text, d.source_symbol, d.source_date, d.note, "
                        u"d.internal, d.revision_id, d.author, d.modified, ?, ?, ? FROM position "
                        u"p JOIN position_detail d ON d.id = p.detail_id WHERE p.clause_id = ? "
                        u"AND p.state_id = ? AND p.alternative = ?"_s)
        , m_delete(db, u"DELETE FROM position WHERE clause_id = ? AND state_id = ? AND "
                       u"alternative = ?"_s)
        , m_author(author)
        , m_time(time)
        , m_removed(removed)
    {}
    void archive(qint64 clauseId, qint64 stateId, const QString &alternative)
    {
        m_history.set(0, m_author).set(1, m_time).set(2, int(m_removed)).set(3, clauseId);
        m_history.set(4, stateId).set(5, alternative).exec();
        m_delete.set(0, clauseId).set(1, stateId).set(2, alternative).exec();
    }

private:
    SqlQuery m_history;
    SqlQuery m_delete;
    QString m_author;
    QString m_time;
    bool m_removed;
};

// What positions entered together share: one position_detail row each (author and time are
// the same for the whole entry).
struct DetailKey
{
    QString sourceKind;
    QString sourceText;
    QString sourceSymbol;
    QDate sourceDate;
    QString note;
    bool internal = false;
    qint64 revisionId = 0;

    explicit DetailKey(const Position &p)
        : sourceKind(p.sourceKind)
        , sourceText(p.sourceText)
        , sourceSymbol(p.sourceSymbol)
        , sourceDate(p.sourceDate)
        , note(p.note)
        , internal(p.internal)
        , revisionId(p.revisionId)
    {}
    bool matches(const Position &p) const
    {
        return revisionId == p.revisionId && internal == p.internal && sourceKind == p.sourceKind &&
               sourceText == p.sourceText && sourceSymbol == p.sourceSymbol &&
               sourceDate == p.sourceDate && note == p.note;
    }
    bool operator==(const DetailKey &) const = default;
};

size_t qHash(const DetailKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.sourceKind, k.sourceText, k.sourceSymbol, k.sourceDate, k.note,
                      k.internal, k.revisionId);
}

} // namespace
void PositionWriter::writeStanceVectors(const Touched &touched)
{
    SqlQuery del(db(), u"DELETE FROM stance_vector WHERE clause_id = ? AND alternative = ?"_s);
    SqlQuery ins(db(), u"INSERT INTO stance_vector (clause_id, alternative, stances, details) "
                       u"VALUES (?, ?, ?, ?)"_s);
    for (const auto &[clauseId, alternative] : touched) {
        del.set(0, clauseId).set(1, alternative).exec();
        const QByteArray bytes = m_store.stances().vector(clauseId, alternative);
        if (bytes.count('\0') == bytes.size())
            continue; // nothing recorded any more
        ins.set(0, clauseId).set(1, alternative).set(2, bytes);
        ins.set(3, m_store.stances().detailRuns(clauseId, alternative)).exec();
    }
}

void PositionWriter::releaseDetails(QSqlDatabase &db, const QSet<qint64> &detailIds)
{
    SqlQuery del(db, u"DELETE FROM position_detail WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                     u"position WHERE detail_id = ?) AND NOT EXISTS (SELECT 1 FROM "
                     u"detached_position WHERE detail_id = ?)"_s);
    for (qint64 id : detailIds) {
        if (id)
            del.set(0, id).set(1, id).set(2, id).exec();
    }
}
PositionWriter::Touched PositionWriter::set(const QList<Position> &positions)
{
    if (positions.isEmpty())
        return {};
    // Check everything before writing anything.
    QList<int> indices;
    indices.reserve(positions.size());
    QSet<QString> checkedAlternatives; // the same few ids repeat: check each once
    for (const Position &p : positions) {
        if (!m_catalogue.hasClause(p.clauseId))
            throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(p.clauseId));
        const int index = m_store.stateIndex(p.state);
        if (index < 0 && m_catalogue.states().isObserver(p.state))
            throw Error(Error::Kind::Invalid,
                        tr("%1 is an observer state: observers hold no positions").arg(p.state));
        if (index < 0)
            throw Error(Error::Kind::Invalid, tr("unknown state '%1'").arg(p.state));
        if (!checkedAlternatives.contains(p.alternative) && isAlternativeId(p.alternative))
            checkedAlternatives.insert(p.alternative);
        if (!checkedAlternatives.contains(p.alternative))
            throw Error(Error::Kind::Invalid,
                        tr("clause %1: '%2' is not an alternative id such as g1.2")
                            .arg(m_catalogue.findClause(p.clauseId)->number, p.alternative));
        indices << index;
    }
    // The matrix tells which positions exist, so a new one costs a single INSERT (this is what
    // makes generating 1.5 million positions fast).
    VectorChanges changes(m_store.stances());
    Transaction t(db());
    try {
        PositionArchiver archiver(db(), m_author, m_time, false);
        // One detail row per distinct set of details in this entry.
        SqlQuery insertDetail(
            db(), u"INSERT INTO position_detail (source_kind, source_text, source_symbol, "
                  u"source_date, note, internal, revision_id, author, modified) VALUES "
                  u"(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QHash<DetailKey, qint64> detailIds;
        std::optional<DetailKey> lastKey;
        qint64 lastDetailId = 0;
        const auto detailId = [&](const Position &p) {
            if (lastKey && lastKey->matches(p))
                return lastDetailId; // a bulk entry: every position shares the details
            DetailKey key(p);
            qint64 id = detailIds.value(key);
            if (!id) {
                insertDetail.set(0, p.sourceKind).set(1, p.sourceText).set(2, p.sourceSymbol);
                insertDetail.set(3, SqlQuery::dateOrNull(p.sourceDate)).set(4, p.note);
                insertDetail.set(5, int(p.internal)).set(6, SqlQuery::nullIfZero(p.revisionId));
                insertDetail.set(7, m_author).set(8, m_time).exec();
                id = insertDetail.lastId();
                detailIds.insert(key, id);
                m_store.setDetailRevision(id, p.revisionId);
            }
            lastKey = std::move(key);
            lastDetailId = id;
            return id;
        };
        QSet<qint64> released; // detail rows of replaced positions, deleted once unused
        // New rows go in multi-row INSERTs of up to `chunk` rows (portable SQL: SQLite and
        // PostgreSQL both take several VALUES tuples); a bulk entry is then a few statements.
        constexpr int chunk = 64;
        const auto insertSql = [](qsizetype rows) {
            QString sql = u"INSERT INTO position (clause_id, state_id, alternative, stance, "
                          u"detail_id) VALUES "_s;
            for (qsizetype r = 0; r < rows; ++r)
                sql += r ? u", (?, ?, ?, ?, ?)"_s : u"(?, ?, ?, ?, ?)"_s;
            return sql;
        };
        std::optional<SqlQuery> fullChunk;
        QList<std::pair<qsizetype, qint64>> pending; // position index, detail id
        const auto flush = [&] {
            if (pending.isEmpty())
                return;
            std::optional<SqlQuery> partial;
            if (pending.size() == chunk && !fullChunk)
                fullChunk.emplace(db(), insertSql(chunk));
            if (pending.size() != chunk)
                partial.emplace(db(), insertSql(pending.size()));
            SqlQuery &ins = pending.size() == chunk ? *fullChunk : *partial;
            int k = 0; // first placeholder of the row
            for (const auto &[i, detail] : std::as_const(pending)) {
                const Position &p = positions[i];
                ins.set(k, p.clauseId)
                    .set(k + 1, m_catalogue.stateId(m_store.stateOrder().at(indices[i])));
                ins.set(k + 2, p.alternative).set(k + 3, int(p.stance)).set(k + 4, detail);
                k += 5;
            }
            ins.exec();
            pending.clear();
        };
        for (qsizetype i = 0; i < positions.size(); ++i) {
            const Position &p = positions[i];
            const int index = indices[i];
            QList<qint64> &details = changes.touch(p.clauseId, p.alternative);
            if (m_store.stances().hasPosition(p.clauseId, p.alternative, index)) {
                flush(); // the row being replaced may still be pending
                archiver.archive(p.clauseId, m_catalogue.stateId(m_store.stateOrder().at(index)),
                                 p.alternative);
                if (index < details.size())
                    released.insert(details[index]);
            }
            const qint64 detail = detailId(p);
            pending.append({i, detail});
            if (pending.size() == chunk)
                flush();
            if (details.size() <= index)
                details.resize(index + 1);
            details[index] = detail;
            m_store.stances().set(p.clauseId, p.alternative, index, p.stance);
        }
        flush();
        changes.finish();
        writeStanceVectors(changes.touched());
        releaseDetails(db(), released);
        t.commit();
    } catch (...) {
        changes.restore();
        throw;
    }
    return changes.touched();
}
PositionWriter::Touched PositionWriter::remove(const QList<PositionKey> &keys)
{
    VectorChanges changes(m_store.stances());
    Transaction t(db());
    try {
        PositionArchiver archiver(db(), m_author, m_time, true);
        QSet<qint64> released;
        for (const PositionKey &k : keys) {
            const int index = m_store.stateIndex(k.state);
            if (index < 0 || !m_store.stances().hasPosition(k.clauseId, k.alternative, index))
                continue;
            archiver.archive(k.clauseId, m_catalogue.stateId(m_store.stateOrder().at(index)),
                             k.alternative);
            QList<qint64> &details = changes.touch(k.clauseId, k.alternative);
            if (index < details.size()) {
                released.insert(details[index]);
                details[index] = 0;
            }
            m_store.stances().set(k.clauseId, k.alternative, index, std::nullopt);
        }
        changes.finish();
        writeStanceVectors(changes.touched());
        releaseDetails(db(), released);
        t.commit();
    } catch (...) {
        changes.restore();
        throw;
    }
    return changes.touched();
}
qint64 PositionWriter::reattach(qint64 detachedId, const QString &alternative)
{
    qint64 clauseId = 0;
    qint64 stateRow = 0;
    int stance = 0;
    qint64 detail = 0;
    {
        SqlQuery q(db(), u"SELECT clause_id, state_id, stance, detail_id FROM detached_position "
                         u"WHERE id = ?"_s);
        q.bind(detachedId).exec();
        if (!q.next())
            throw Error(Error::Kind::NotFound,
                        tr("no detached position with id %1").arg(detachedId));
        clauseId = q.value(0).toLongLong();
        stateRow = q.value(1).toLongLong();
        stance = std::clamp(q.value(2).toInt(), 0, 4);
        detail = q.value(3).toLongLong();
    }
    if (!isAlternativeId(alternative))
        throw Error(Error::Kind::Invalid,
                    tr("'%1' is not an alternative id such as g1.2").arg(alternative));
    const int index = m_store.stateIndexOfRow(stateRow);
    if (index < 0)
        throw Error(Error::Kind::NotFound, tr("the state of that position is unknown"));
    VectorChanges changes(m_store.stances());
    Transaction t(db());
    try {
        QList<qint64> &details = changes.touch(clauseId, alternative);
        QSet<qint64> released;
        if (m_store.stances().hasPosition(clauseId, alternative, index)) {
            PositionArchiver(db(), m_author, m_time, false)
                .archive(clauseId, stateRow, alternative);
            if (index < details.size())
                released.insert(details[index]);
        }
        SqlQuery(db(),
                 u"INSERT INTO position (clause_id, state_id, alternative, stance, detail_id) "
                 u"VALUES (?, ?, ?, ?, ?)"_s)
            .bind(clauseId)
            .bind(stateRow)
            .bind(alternative)
            .bind(stance)
            .bind(detail)
            .exec();
        SqlQuery(db(), u"DELETE FROM detached_position WHERE id = ?"_s).bind(detachedId).exec();
        if (details.size() <= index)
            details.resize(index + 1);
        details[index] = detail;
        m_store.stances().set(clauseId, alternative, index, Stance(stance));
        changes.finish();
        writeStanceVectors(changes.touched());
        released.remove(detail);
        releaseDetails(db(), released);
        t.commit();
    } catch (...) {
        changes.restore();
        throw;
    }
    return clauseId;
}
QSet<qint64> PositionWriter::discardDetached(const QList<qint64> &detachedIds)
{
    QSet<qint64> clauses;
    QSet<qint64> released;
    Transaction t(db());
    SqlQuery read(db(), u"SELECT clause_id, detail_id FROM detached_position WHERE id = ?"_s);
    SqlQuery archive(db(),
                     u"INSERT INTO position_history (clause_id, state_id, alternative, stance, "
                     u"source_kind, source_text, source_symbol, source_date, note, internal, "
                     u"revision_id, author, modified, replaced_by, replaced_at, removed) "
                     u"SELECT p.clause_id, p.state_id, p.alternative, p.stance, "
                     u"d.source_kind, d.source_text, d.source_symbol, d.source_date, d.note, "
                     u"d.internal, d.revision_id, d.author, d.modified, ?, ?, 1 FROM "
                     u"detached_position p JOIN position_detail d ON d.id = p.detail_id WHERE "
                     u"p.id = ?"_s);
    SqlQuery remove(db(), u"DELETE FROM detached_position WHERE id = ?"_s);
    for (qint64 id : detachedIds) {
        read.set(0, id).exec();
        if (!read.next())
            throw Error(Error::Kind::NotFound, tr("no detached position with id %1").arg(id));
        clauses.insert(read.value(0).toLongLong());
        released.insert(read.value(1).toLongLong());
        archive.set(0, m_author).set(1, m_time).set(2, id).exec();
        remove.set(0, id).exec();
    }
    releaseDetails(db(), released);
    t.commit();
    return clauses;
}
} // namespace Plenipo
