#include "schema.h"

#include "error.h"
#include "sqldialect.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

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

template<std::size_t N>
QStringList render(const char *const (&statements)[N], const SqlDialect &dialect)
{
    QStringList out;
    for (const char *s : statements) {
        out << QString::fromUtf8(s)
                   .replace(u"{pk}"_s, dialect.primaryKeyType())
                   .replace(u"{fk}"_s, dialect.foreignKeyType());
    }
    return out;
}

} // namespace

int Schema::currentVersion()
{
    return 2;
}

QStringList Schema::migration(int toVersion, const SqlDialect &dialect)
{
    switch (toVersion) {
    case 1:
        return render(version1, dialect);
    case 2:
        return render(version2, dialect);
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
        dialect.setSchemaVersion(db, v);
        t.commit();
    }
}

} // namespace Plenipo
