// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/schema.h"

#include "core/error.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "storage/stancematrix.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

// Portable SQL only: {pk} and {fk} are replaced by the dialect's key column types. Booleans are
// INTEGER 0/1, dates ISO 8601 TEXT, stances the integers of Plenipo::Stance.
const char *const version1[] = {
    R"(CREATE TABLE meta (
        key TEXT NOT NULL PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE state (
        id {pk},
        iso3 TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        official_name TEXT NOT NULL,
        un_member INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE state_alias (
        state_id {fk} NOT NULL REFERENCES state(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        PRIMARY KEY (state_id, alias)))",
    R"(CREATE TABLE state_group (
        id {pk},
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('regional', 'political', 'coalition')),
        description TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE group_member (
        group_id {fk} NOT NULL REFERENCES state_group(id) ON DELETE CASCADE,
        state_id {fk} NOT NULL REFERENCES state(id) ON DELETE CASCADE,
        PRIMARY KEY (group_id, state_id)))",
    R"(CREATE TABLE process (
        id {pk},
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        start_year INTEGER,
        end_year INTEGER,
        chair TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        all_un_members INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE process_member (
        process_id {fk} NOT NULL REFERENCES process(id) ON DELETE CASCADE,
        state_id {fk} NOT NULL REFERENCES state(id) ON DELETE CASCADE,
        PRIMARY KEY (process_id, state_id)))",
    R"(CREATE TABLE norm (
        id {pk},
        code TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        source_symbol TEXT NOT NULL,
        source_paragraph TEXT NOT NULL))",
    R"(CREATE TABLE document (
        id {pk},
        symbol TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        doc_date TEXT,
        process_id {fk} REFERENCES process(id) ON DELETE SET NULL,
        predecessor_id {fk} REFERENCES document(id) ON DELETE SET NULL))",
    R"(CREATE TABLE clause (
        id {pk},
        document_id {fk} NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        number TEXT NOT NULL,
        text TEXT NOT NULL,
        origin_id {fk} REFERENCES clause(id) ON DELETE SET NULL))",
    "CREATE INDEX clause_document ON clause(document_id, ordinal)",
    R"(CREATE TABLE clause_norm (
        clause_id {fk} NOT NULL REFERENCES clause(id) ON DELETE CASCADE,
        norm_id {fk} NOT NULL REFERENCES norm(id) ON DELETE CASCADE,
        PRIMARY KEY (clause_id, norm_id)))",
    R"(CREATE TABLE clause_revision (
        id {pk},
        clause_id {fk} NOT NULL REFERENCES clause(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        author TEXT NOT NULL,
        created TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX clause_revision_clause ON clause_revision(clause_id, id)",
    R"(CREATE TABLE position (
        id {pk},
        clause_id {fk} NOT NULL REFERENCES clause(id) ON DELETE CASCADE,
        state_id {fk} NOT NULL REFERENCES state(id) ON DELETE CASCADE,
        stance INTEGER NOT NULL CHECK (stance BETWEEN 0 AND 4),
        source_kind TEXT NOT NULL DEFAULT '',
        source_text TEXT NOT NULL DEFAULT '',
        source_symbol TEXT NOT NULL DEFAULT '',
        source_date TEXT,
        note TEXT NOT NULL DEFAULT '',
        internal INTEGER NOT NULL DEFAULT 0))",
    "CREATE UNIQUE INDEX position_key ON position(clause_id, state_id)",
};

// Version 2: positions on one alternative of a bracketed group, and the clause revision a
// position was given on (so it can show as possibly outdated once the text changes).
const char *const version2[] = {
    "ALTER TABLE position ADD COLUMN alternative TEXT NOT NULL DEFAULT ''",
    ("ALTER TABLE position ADD COLUMN revision_id {fk} REFERENCES clause_revision(id) ON DELETE "
     "SET NULL"),
    "DROP INDEX position_key",
    "CREATE UNIQUE INDEX position_key ON position(clause_id, state_id, alternative)",
};

// Version 3 (positions, consensus, coalitions): who recorded each position and when, the history
// of earlier values, the compact stance vectors the workspace loads instead of every position
// row (one byte per state in ascending state id order: 0 = none recorded, 1 + the Stance value
// otherwise; see StanceMatrix), and the adherents of a coalition document. The vectors are then
// built from the existing positions (buildStanceVectors).
const char *const version3[] = {
    "ALTER TABLE position ADD COLUMN author TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE position ADD COLUMN modified TEXT NOT NULL DEFAULT ''",
    R"(CREATE TABLE position_history (
        id {pk},
        clause_id {fk} NOT NULL REFERENCES clause(id) ON DELETE CASCADE,
        state_id {fk} NOT NULL REFERENCES state(id) ON DELETE CASCADE,
        alternative TEXT NOT NULL,
        stance INTEGER NOT NULL CHECK (stance BETWEEN 0 AND 4),
        source_kind TEXT NOT NULL DEFAULT '',
        source_text TEXT NOT NULL DEFAULT '',
        source_symbol TEXT NOT NULL DEFAULT '',
        source_date TEXT,
        note TEXT NOT NULL DEFAULT '',
        internal INTEGER NOT NULL DEFAULT 0,
        revision_id {fk} REFERENCES clause_revision(id) ON DELETE SET NULL,
        author TEXT NOT NULL DEFAULT '',
        modified TEXT NOT NULL DEFAULT '',
        replaced_by TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        removed INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX position_history_key ON position_history(clause_id, state_id, id)",
    R"(CREATE TABLE stance_vector (
        clause_id {fk} NOT NULL REFERENCES clause(id) ON DELETE CASCADE,
        alternative TEXT NOT NULL,
        stances {blob} NOT NULL,
        PRIMARY KEY (clause_id, alternative)))",
    R"(CREATE TABLE document_adherent (
        document_id {fk} NOT NULL REFERENCES document(id) ON DELETE CASCADE,
        state_id {fk} NOT NULL REFERENCES state(id) ON DELETE CASCADE,
        PRIMARY KEY (document_id, state_id)))",
};

// Version 4: the details of a position (source, note, visibility, revision, author, time) move
// into `position_detail`, one row shared by every position entered together with the same
// details, and each stance vector gets a companion `details` vector saying which detail row
// every state's position uses (StanceMatrix::encodeDetails). A whole document's positions then
// read as a few thousand detail rows and the vectors, instead of one row per state and clause
// (1.5 million for 193 states x 2,000 clauses x 4 alternatives). The `position` rows stay, with
// their stance and a reference to their details, as the per-position record. The data step
// (splitPositionDetails) fills the new tables between these statements and version4Finish.
const char *const version4[] = {
    R"(CREATE TABLE position_detail (
        id {pk},
        source_kind TEXT NOT NULL DEFAULT '',
        source_text TEXT NOT NULL DEFAULT '',
        source_symbol TEXT NOT NULL DEFAULT '',
        source_date TEXT,
        note TEXT NOT NULL DEFAULT '',
        internal INTEGER NOT NULL DEFAULT 0,
        revision_id {fk} REFERENCES clause_revision(id) ON DELETE SET NULL,
        author TEXT NOT NULL DEFAULT '',
        modified TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX position_detail_revision ON position_detail(revision_id)",
    R"(CREATE TABLE position_v4 (
        id {pk},
        clause_id {fk} NOT NULL REFERENCES clause(id) ON DELETE CASCADE,
        state_id {fk} NOT NULL REFERENCES state(id) ON DELETE CASCADE,
        alternative TEXT NOT NULL DEFAULT '',
        stance INTEGER NOT NULL CHECK (stance BETWEEN 0 AND 4),
        detail_id {fk} NOT NULL REFERENCES position_detail(id)))",
    "ALTER TABLE stance_vector ADD COLUMN details {blob}",
};

const char *const version4Finish[] = {
    "DROP TABLE position",
    "ALTER TABLE position_v4 RENAME TO position",
    "CREATE UNIQUE INDEX position_key ON position(clause_id, state_id, alternative)",
    "CREATE INDEX position_detail_ref ON position(detail_id)",
};

// Version 5 (issue 10, text identity): positions detached from the text. When a clause gets a new
// text, a position on an alternative follows the words it was given on; when those words are gone
// (orphaned) or were agreed and lost their brackets (agreed), the position leaves `position` and
// the stance vectors (so nothing counts it) and is kept here with the id and the words of the
// alternative it was on, until the user re-attaches or discards it. Its details stay shared in
// position_detail. One self-contained step: nothing else changes.
const char *const version5[] = {
    R"(CREATE TABLE detached_position (
        id {pk},
        clause_id {fk} NOT NULL REFERENCES clause(id) ON DELETE CASCADE,
        state_id {fk} NOT NULL REFERENCES state(id) ON DELETE CASCADE,
        alternative TEXT NOT NULL,
        words TEXT NOT NULL DEFAULT '',
        stance INTEGER NOT NULL CHECK (stance BETWEEN 0 AND 4),
        detail_id {fk} NOT NULL REFERENCES position_detail(id),
        reason TEXT NOT NULL CHECK (reason IN ('orphaned', 'agreed')),
        revision_id {fk} REFERENCES clause_revision(id) ON DELETE SET NULL,
        detached_at TEXT NOT NULL))",
    "CREATE INDEX detached_position_clause ON detached_position(clause_id, state_id)",
    "CREATE INDEX detached_position_detail ON detached_position(detail_id)",
};

// Version 6 (full-text search, issue 12): the search index over clause texts and revisions,
// documents, norms, position sources and notes, and states with their aliases, kept current
// by the engine in the same transactions as the rows it indexes and filled from the rows
// already there. Engine-specific (FTS5 here, tsvector in PostgreSQL): the dialect writes it.
QStringList version6(const SqlDialect &dialect)
{
    return dialect.searchIndexSchema();
}

// Version 7 (research, issue 15): a recorded vote on a whole document, kept as the vote it is:
// one row per vote and one per state with its choice (1 yes, 2 no, 3 abstain, 4 absent; the
// integers of RecordedVote::Choice). The per-paragraph positions derived from it stay positions.
const char *const version7[] = {
    R"(CREATE TABLE recorded_vote (
        id {pk},
        document_id {fk} NOT NULL UNIQUE REFERENCES document(id) ON DELETE CASCADE,
        vote_date TEXT,
        meeting TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE recorded_vote_choice (
        vote_id {fk} NOT NULL REFERENCES recorded_vote(id) ON DELETE CASCADE,
        state_id {fk} NOT NULL REFERENCES state(id) ON DELETE CASCADE,
        choice INTEGER NOT NULL CHECK (choice BETWEEN 1 AND 4),
        PRIMARY KEY (vote_id, state_id)))",
};

// Version 8: the index from a position's details to its positions also holds where they are
// (clause, alternative, state), so that a search hit on a source or note that thousands of
// positions share (a recorded vote's) finds its first clause, its states and its count from
// the index alone instead of reading every position row (117 ms a query, now about 2 ms).
const char *const version8[] = {
    "DROP INDEX position_detail_ref",
    "CREATE INDEX position_detail_ref ON position(detail_id, clause_id, alternative, state_id)",
};

// What a failed statement of migration `version` says (the reason is SqlQuery's).
QString stepFailure(int version)
{
    return QCoreApplication::translate("Plenipo::Schema",
                                       "upgrading the workspace to version %1 failed: %2")
        .arg(version);
}

// Each state's place in a stance vector (ascending row id), by row id.
QHash<qint64, int> stateIndexById(QSqlDatabase &db, int version)
{
    QHash<qint64, int> index;
    // Observer states (un_member 0) take no place in a stance vector (see StateDirectory).
    SqlQuery q(db, u"SELECT id FROM state WHERE un_member <> 0 ORDER BY id"_s,
               stepFailure(version));
    q.exec();
    while (q.next())
        index.insert(q.value(0).toLongLong(), int(index.size()));
    return index;
}

// Fills stance_vector from the position table (portable SQL; the bytes are assembled here).
void buildStanceVectors(QSqlDatabase &db)
{
    const QHash<qint64, int> stateIndex = stateIndexById(db, 3);
    QMap<std::pair<qint64, QString>, QByteArray> vectors;
    {
        SqlQuery q(db, u"SELECT clause_id, alternative, state_id, stance FROM position"_s,
                   stepFailure(3));
        q.exec();
        while (q.next()) {
            QByteArray &v = vectors[{q.value(0).toLongLong(), q.value(1).toString()}];
            if (v.isEmpty())
                v = QByteArray(stateIndex.size(), '\0');
            const int index = stateIndex.value(q.value(2).toLongLong(), -1);
            if (index >= 0)
                v[index] = char(StanceMatrix::encode(Stance(std::clamp(q.value(3).toInt(), 0, 4))));
        }
    }
    SqlQuery insert(
        db, u"INSERT INTO stance_vector (clause_id, alternative, stances) VALUES (?, ?, ?)"_s,
        stepFailure(3));
    for (auto it = vectors.cbegin(); it != vectors.cend(); ++it)
        insert.set(0, it.key().first).set(1, it.key().second).set(2, it.value()).exec();
}

// Moves the position details of a version 3 file into position_detail, one row per distinct
// set of details, writes the slimmed rows into position_v4 (keeping their ids) and the detail
// vectors beside the stance vectors.
void splitPositionDetails(QSqlDatabase &db)
{
    const QHash<qint64, int> stateIndex = stateIndexById(db, 4);
    SqlQuery insertDetail(db,
                          u"INSERT INTO position_detail (id, source_kind, source_text, "
                          u"source_symbol, source_date, note, internal, revision_id, author, "
                          u"modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          stepFailure(4));
    SqlQuery insertPosition(db,
                            u"INSERT INTO position_v4 (id, clause_id, state_id, alternative, "
                            u"stance, detail_id) VALUES (?, ?, ?, ?, ?, ?)"_s,
                            stepFailure(4));

    QHash<QString, qint64> detailIds; // the detail columns, joined, to their new row
    QMap<std::pair<qint64, QString>, QList<qint64>> vectors;
    SqlQuery q(db,
               u"SELECT id, clause_id, state_id, alternative, stance, source_kind, source_text, "
               u"source_symbol, source_date, note, internal, revision_id, author, modified "
               u"FROM position ORDER BY id"_s,
               stepFailure(4));
    q.exec();
    while (q.next()) {
        QStringList key;
        for (int column = 5; column < 14; ++column) {
            const QVariant v = q.value(column);
            key << (v.isNull() ? u"\\N"_s : v.toString());
        }
        const QString joined = key.join(QChar(0x1f));
        qint64 detailId = detailIds.value(joined);
        if (!detailId) {
            detailId = detailIds.size() + 1;
            detailIds.insert(joined, detailId);
            insertDetail.set(0, detailId);
            for (int column = 5; column < 14; ++column)
                insertDetail.set(column - 4, q.value(column));
            insertDetail.exec();
        }
        for (int column = 0; column < 5; ++column)
            insertPosition.set(column, q.value(column));
        insertPosition.set(5, detailId).exec();
        const int index = stateIndex.value(q.value(2).toLongLong(), -1);
        if (index < 0)
            continue;
        QList<qint64> &v = vectors[{q.value(1).toLongLong(), q.value(3).toString()}];
        if (v.isEmpty())
            v.resize(stateIndex.size());
        v[index] = detailId;
    }
    SqlQuery update(
        db, u"UPDATE stance_vector SET details = ? WHERE clause_id = ? AND alternative = ?"_s,
        stepFailure(4));
    for (auto it = vectors.cbegin(); it != vectors.cend(); ++it)
        update.set(0, StanceMatrix::encodeDetails(it.value()))
            .set(1, it.key().first)
            .set(2, it.key().second)
            .exec();
}

template<std::size_t N>
QStringList render(const char *const (&statements)[N], const SqlDialect &dialect)
{
    QStringList out;
    for (const char *s : statements) {
        out << QString::fromUtf8(s)
                   .replace(u"{pk}"_s, dialect.primaryKeyType())
                   .replace(u"{fk}"_s, dialect.foreignKeyType())
                   .replace(u"{blob}"_s, dialect.blobType());
    }
    return out;
}

} // namespace

int Schema::currentVersion()
{
    return 10;
}

QStringList Schema::migration(int toVersion, const SqlDialect &dialect)
{
    switch (toVersion) {
    case 1:
        return render(version1, dialect);
    case 2:
        return render(version2, dialect);
    case 3:
        return render(version3, dialect);
    case 4:
        return render(version4, dialect) + render(version4Finish, dialect);
    case 5:
        return render(version5, dialect);
    case 6:
        return version6(dialect);
    case 7:
        return render(version7, dialect);
    case 8:
        return render(version8, dialect);
    case 9:
        // The search index kept through a queue (see sqlitedialect.cpp): an import no longer
        // writes an index segment per clause.
        return dialect.searchQueueMigration();
    case 10:
        // The index of clauses, documents, norms and position details without a copy of their
        // texts (see sqlitedialect.cpp): it no longer writes each imported text twice.
        return dialect.searchContentMigration();
    default:
        return {};
    }
}

void Schema::migrate(QSqlDatabase &db, const SqlDialect &dialect)
{
    migrateTo(db, dialect, currentVersion());
}

void Schema::migrateTo(QSqlDatabase &db, const SqlDialect &dialect, int version)
{
    for (int v = dialect.schemaVersion(db) + 1; v <= version; ++v) {
        Transaction t(db);
        const auto run = [&](const QStringList &statements) {
            SqlQuery::run(db, statements, stepFailure(v));
        };
        if (v == 4) {
            run(render(version4, dialect));
            splitPositionDetails(db);
            run(render(version4Finish, dialect));
        } else {
            run(migration(v, dialect));
        }
        if (v == 3)
            buildStanceVectors(db);
        dialect.setSchemaVersion(db, v);
        t.commit();
    }
}

} // namespace Plenipo
