#include "schema.h"

#include "error.h"
#include "sqldialect.h"
#include "stancematrix.h"
#include "transaction.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

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
    "ALTER TABLE position ADD COLUMN revision_id {fk} REFERENCES clause_revision(id) ON DELETE SET "
    "NULL",
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

[[noreturn]] void failStep(int version, const QSqlQuery &q)
{
    throw Error(Error::Kind::Database,
                u"upgrading the workspace to version %1 failed: %2"_s.arg(version).arg(
                    q.lastError().text()));
}

// Fills stance_vector from the position table (portable SQL; the bytes are assembled here).
void buildStanceVectors(QSqlDatabase &db)
{
    QHash<qint64, int> stateIndex;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id FROM state ORDER BY id"_s))
            failStep(3, q);
        while (q.next())
            stateIndex.insert(q.value(0).toLongLong(), int(stateIndex.size()));
    }
    QMap<std::pair<qint64, QString>, QByteArray> vectors;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT clause_id, alternative, state_id, stance FROM position"_s))
            failStep(3, q);
        while (q.next()) {
            QByteArray &v = vectors[{q.value(0).toLongLong(), q.value(1).toString()}];
            if (v.isEmpty())
                v = QByteArray(stateIndex.size(), '\0');
            const int index = stateIndex.value(q.value(2).toLongLong(), -1);
            if (index >= 0)
                v[index] = char(StanceMatrix::encode(Stance(std::clamp(q.value(3).toInt(), 0, 4))));
        }
    }
    QSqlQuery insert(db);
    if (!insert.prepare(
            u"INSERT INTO stance_vector (clause_id, alternative, stances) VALUES (?, ?, ?)"_s))
        failStep(3, insert);
    for (auto it = vectors.cbegin(); it != vectors.cend(); ++it) {
        insert.bindValue(0, it.key().first);
        insert.bindValue(1, it.key().second);
        insert.bindValue(2, it.value());
        if (!insert.exec())
            failStep(3, insert);
    }
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
    return 3;
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
        for (const QString &sql : migration(v, dialect)) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                throw Error(Error::Kind::Database,
                            u"upgrading the workspace to version %1 failed: %2"_s.arg(v).arg(
                                q.lastError().text()));
        }
        if (v == 3)
            buildStanceVectors(db);
        dialect.setSchemaVersion(db, v);
        t.commit();
    }
}

} // namespace Plenipo
