// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sqlitedialect.h"

#include "core/error.h"
#include "core/searchquery.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::SqliteDialect", text, comment, n);
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    SqlQuery q(db, sql);
    q.exec();
    return q.next() ? q.value(0) : QVariant();
}

void exec(QSqlDatabase &db, const QString &sql)
{
    SqlQuery::run(db, {sql});
}

} // namespace

QString SqliteDialect::driverName() const
{
    return u"QSQLITE"_s;
}

QString SqliteDialect::primaryKeyType() const
{
    return u"INTEGER PRIMARY KEY"_s;
}

QString SqliteDialect::foreignKeyType() const
{
    return u"INTEGER"_s;
}

QString SqliteDialect::blobType() const
{
    return u"BLOB"_s;
}

void SqliteDialect::configureForWriting(QSqlDatabase &db) const
{
    exec(db, u"PRAGMA foreign_keys = ON"_s);
    exec(db, u"PRAGMA busy_timeout = 5000"_s);
    const QString mode = scalar(db, u"PRAGMA journal_mode = WAL"_s).toString();
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        throw Error(Error::Kind::Database,
                    tr("the database refused write-ahead logging (journal mode is %1)").arg(mode));
    exec(db, u"PRAGMA synchronous = NORMAL"_s);
    Transaction::setBeforeCommit(db.connectionName(), &SqliteDialect::flushSearchQueue);
}

int SqliteDialect::schemaVersion(QSqlDatabase &db) const
{
    return scalar(db, u"PRAGMA user_version"_s).toInt();
}

void SqliteDialect::setSchemaVersion(QSqlDatabase &db, int version) const
{
    // PRAGMA user_version is transactional in SQLite: it commits with the migration.
    exec(db, u"PRAGMA user_version = %1"_s.arg(version));
}

bool SqliteDialect::hasWorkspaceMark(QSqlDatabase &db) const
{
    return scalar(db, u"PRAGMA application_id"_s).toInt() == applicationId;
}

void SqliteDialect::markAsWorkspace(QSqlDatabase &db) const
{
    exec(db, u"PRAGMA application_id = %1"_s.arg(applicationId));
}

QString SqliteDialect::integrityProblem(QSqlDatabase &db) const
{
    // SQLite's quick_check reads every page: about 5 ms per MiB. A workspace people make by hand
    // (up to tens of MiB) is checked whole. A very large one (193 states x 2,000 clauses is
    // 86 MB, mostly position rows and their indexes) has every table it loads at open checked,
    // with its indexes; the bulk position tables (`position`, `position_history`) are read per
    // clause on demand and report damage when read. Checking them too would cost about 0.4 s
    // per open, against the 0.3 s floor for opening and analysing such a workspace.
    constexpr qint64 wholeFileLimit = qint64(64) * 1024 * 1024;
    QStringList checks;
    const qint64 bytes = scalar(db, u"PRAGMA page_count"_s).toLongLong() *
                         scalar(db, u"PRAGMA page_size"_s).toLongLong();
    if (bytes > wholeFileLimit) {
        QSqlQuery tables(db);
        if (!tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                         u"('position', 'position_history') ORDER BY name"_s))
            return tables.lastError().text();
        while (tables.next())
            checks << u"PRAGMA quick_check(\"%1\")"_s.arg(tables.value(0).toString());
    }
    if (checks.isEmpty())
        checks << u"PRAGMA quick_check"_s;
    QStringList problems;
    for (const QString &check : std::as_const(checks)) {
        QSqlQuery q(db);
        if (!q.exec(check))
            return q.lastError().text();
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok")
                problems << line;
        }
    }
    return problems.join(u"; "_s);
}

QString SqliteDialect::describeError(const QSqlError &error)
{
    bool ok = false;
    const int extended = error.nativeErrorCode().toInt(&ok);
    const int code = extended & 0xff; // the primary result code
    // SQLITE_IOERR_WRITE: a write() failed. A write beyond RLIMIT_FSIZE fails with EFBIG, and a
    // full disk's last write can too; SQLite reports SQLITE_FULL only for a short write.
    if (ok && extended == 778)
        return QCoreApplication::translate(
                   "Plenipo::SqliteDialect",
                   "writing failed: the disk is full or the file has reached its size limit, or "
                   "the disk reported an error (%1)")
            .arg(error.text());
    if (ok && code == 13) // SQLITE_FULL
        return QCoreApplication::translate(
                   "Plenipo::SqliteDialect",
                   "the disk is full or the file has reached its size limit (%1)")
            .arg(error.text());
    if (ok && code == 8) // SQLITE_READONLY
        return QCoreApplication::translate("Plenipo::SqliteDialect",
                                           "the file or its medium is read-only (%1)")
            .arg(error.text());
    if (ok && code == 10) // SQLITE_IOERR
        return QCoreApplication::translate("Plenipo::SqliteDialect",
                                           "the disk reported an input/output error (%1)")
            .arg(error.text());
    return error.text();
}

void SqliteDialect::copyTo(QSqlDatabase &db, const QString &path) const
{
    // VACUUM INTO writes a compact, consistent copy (WAL content included) in one statement.
    QSqlQuery q(db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(path);
    if (!q.exec())
        throw Error(Error::Kind::Io, QCoreApplication::translate("Plenipo::SqliteDialect",
                                                                 "cannot write a copy to %1: %2")
                                         .arg(path, describeError(q.lastError())));
}

void SqliteDialect::checkpoint(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

// ---- full-text search --------------------------------------------------------------------------
//
// SQLite: one FTS5 table per kind, its rowid the indexed row's id, tokenizer `unicode61
// remove_diacritics 2` (case folding and accent removal, also of the query, as the search
// language says); triggers on the indexed tables keep them current in the same transaction.
// The FTS tables of clauses, documents, norms and position details read their text from the
// base table (external content); those of revisions and states keep a copy (see below).
//
// PostgreSQL (team mode) maps the same design onto its full-text search:
// - each search_* table becomes a `tsvector` column on the base table, GENERATED ALWAYS AS
//   (to_tsvector('simple', unaccent(number || ' ' || text))) STORED, with a GIN index (the
//   'simple' configuration does not stem, like unicode61; unaccent removes the diacritics);
//   the state's aliases live in another table, so search_state stays a table kept by a
//   trigger on state and state_alias, as here;
// - searchExpression: each term becomes `word` or `word:*` (prefix), a phrase `a <-> b`,
//   joined by `&`, exclusions `& !(...)`, passed as to_tsquery('simple', unaccent(:match));
// - the context: ts_headline('simple', text, query, 'StartSel=U+0002, StopSel=U+0003,
//   MaxWords=24, MinWords=8'); the same order by row id as here (no ts_rank_cd: see below);
// - the document and process filters and the position grouping are the same joins.

namespace {

constexpr const char *tokenizer = "tokenize = 'unicode61 remove_diacritics 2'";

// The state's row in search_state, with its aliases, for state id `idExpression`.
QString stateRow(const QString &idExpression)
{
    return u"INSERT INTO search_state (rowid, iso3, name, official_name, aliases) SELECT s.id, "
           u"s.iso3, s.name, s.official_name, coalesce((SELECT group_concat(a.alias, ' | ') "
           u"FROM state_alias a WHERE a.state_id = s.id), '') FROM state s WHERE s.id = %1"_s.arg(
               idExpression);
}

// The tables whose rows are indexed through search_queue: the FTS table, the base table, its
// indexed columns, and the queue's kind for it.
struct QueuedIndex
{
    int kind;
    QString fts;
    QString base;
    QStringList columns;
};

const QList<QueuedIndex> &queuedIndexes()
{
    static const QList<QueuedIndex> list{
        {1, u"search_clause"_s, u"clause"_s, {u"number"_s, u"text"_s}},
        {2, u"search_document"_s, u"document"_s, {u"symbol"_s, u"title"_s}},
        {3, u"search_norm"_s, u"norm"_s, {u"code"_s, u"title"_s, u"summary"_s}},
        {4,
         u"search_position"_s,
         u"position_detail"_s,
         {u"source_text"_s, u"source_symbol"_s, u"note"_s}},
    };
    return list;
}

// Why a queue: FTS5 writes its pending terms to disk as a new segment at every statement
// savepoint of the transaction (xSavepoint), and each INSERT with a trigger or a foreign key
// opens one. Indexing each row from its own trigger therefore wrote one segment per clause
// of an import, and merging them cost more than the import itself (+42%). The triggers now
// queue the row's id (a plain index insert) and remove a changed or deleted row's entry at
// once; the outermost transaction indexes every queued row in one statement just before it
// commits (flushSearchQueue), one segment per transaction. Between transactions the queue is
// empty, and the index holds exactly the current rows.
QStringList queuedTriggers(const QueuedIndex &i)
{
    QStringList changed, oldValues;
    for (const QString &c : i.columns) {
        changed << u"old.%1 IS NOT new.%1"_s.arg(c);
        oldValues << u"old."_s + c;
    }
    const QString enqueue =
        u"INSERT OR IGNORE INTO search_queue (kind, row_id) VALUES (%1, new.id);"_s.arg(i.kind);
    // External content: FTS5 removes a row's terms only when told the values it indexed, and
    // telling it others corrupts the index. A row is indexed with its current values exactly
    // when it is not in the queue, so the old values leave only for a row not queued.
    const QString unindex =
        u"INSERT INTO %1 (%1, rowid, %2) SELECT 'delete', old.id, %3 WHERE NOT EXISTS (SELECT 1 "
        u"FROM search_queue WHERE kind = %4 AND row_id = old.id);"_s
            .arg(i.fts, i.columns.join(u", "_s), oldValues.join(u", "_s))
            .arg(i.kind);
    return {
        u"CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN %3 END"_s.arg(i.fts, i.base, enqueue),
        u"CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 WHEN %4 BEGIN %5 %6 END"_s.arg(
            i.fts, i.columns.join(u", "_s), i.base, changed.join(u" OR "_s), unindex, enqueue),
        u"CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN %3 DELETE FROM search_queue WHERE "
        u"kind = %4 AND row_id = old.id; END"_s.arg(i.fts, i.base, unindex)
            .arg(i.kind),
    };
}

// The FTS table of a queued index, with its triggers, filled from the rows there. It reads the
// texts from the base table (external content, not a copy: the copy wrote every imported
// text twice), and keeps no column sizes (only bm25 needs them; the snippet
// of a hit counts its own).
QStringList queuedIndexSchema(const QueuedIndex &i)
{
    QStringList out;
    out << u"CREATE VIRTUAL TABLE %1 USING fts5(%2, content = '%3', content_rowid = 'id', "
           u"columnsize = 0, %4)"_s.arg(i.fts, i.columns.join(u", "_s), i.base,
                                        QLatin1StringView(tokenizer));
    out << queuedTriggers(i);
    out << u"INSERT INTO %1 (%1) VALUES ('rebuild')"_s.arg(i.fts);
    return out;
}

// Revisions through the queue: a clause whose revisions changed is queued as kind 5 (it gained
// one: index its earlier revisions not indexed yet) or 6 (it lost one: its latest, now the
// clause's text, leaves the index); flushSearchQueue re-establishes exactly "every revision but
// the latest", whatever the order in which revisions came and went (a new revision, its undo, a
// clause restored with its history, a cascade). A revision deleted or changed leaves at once.
QStringList revisionTriggers()
{
    return {
        // A clause's only revision is its text, indexed with the clause: nothing to queue (a
        // new clause, an imported paragraph).
        u"CREATE TRIGGER search_revision_insert AFTER INSERT ON clause_revision WHEN EXISTS "
        u"(SELECT 1 FROM clause_revision o WHERE o.clause_id = new.clause_id AND o.id <> new.id) "
        u"BEGIN INSERT OR IGNORE INTO search_queue (kind, row_id) VALUES (5, new.clause_id); END"_s,
        u"CREATE TRIGGER search_revision_update AFTER UPDATE OF text ON clause_revision WHEN "
        u"old.text IS NOT new.text BEGIN DELETE FROM search_revision WHERE rowid = old.id; INSERT "
        u"OR IGNORE INTO search_queue (kind, row_id) VALUES (5, new.clause_id); INSERT OR IGNORE "
        u"INTO search_queue (kind, row_id) VALUES (6, new.clause_id); END"_s,
        u"CREATE TRIGGER search_revision_delete AFTER DELETE ON clause_revision BEGIN DELETE FROM "
        u"search_revision WHERE rowid = old.id; INSERT OR IGNORE INTO search_queue (kind, row_id) "
        u"VALUES (6, old.clause_id); END"_s,
    };
}

const char *const queueTable =
    "CREATE TABLE IF NOT EXISTS search_queue (kind INTEGER NOT NULL, row_id INTEGER NOT NULL, "
    "PRIMARY KEY (kind, row_id)) WITHOUT ROWID";

QString ftsString(const SearchQuery::Term &term)
{
    QString text = term.text;
    // A string in FTS5 syntax: in double quotes, a double quote doubled.
    const QChar quote(u'"');
    text.replace(quote, QString(2, quote));
    return quote + text + quote + (term.prefix ? u"*"_s : QString());
}

} // namespace

QStringList SqliteDialect::searchIndexSchema() const
{
    QStringList out;
    out << QString::fromLatin1(queueTable);
    for (const QueuedIndex &i : queuedIndexes())
        out << queuedIndexSchema(i);
    // Revisions: only the earlier ones (every revision of a clause but its latest, which is the
    // clause's text and indexed there), so that a new clause or an import indexes its text once.
    out << u"CREATE VIRTUAL TABLE search_revision USING fts5(text, "_s +
               QLatin1StringView(tokenizer) + u")"_s;
    out << revisionTriggers();
    out << u"INSERT INTO search_revision (rowid, text) SELECT r.id, r.text FROM clause_revision r "
           u"WHERE r.id < (SELECT max(m.id) FROM clause_revision m WHERE m.clause_id = "
           u"r.clause_id)"_s;
    // States: the aliases are rows of another table, joined into one column.
    out << u"CREATE VIRTUAL TABLE search_state USING fts5(iso3, name, official_name, aliases, "_s +
               QLatin1StringView(tokenizer) + u")"_s;
    out << u"CREATE TRIGGER search_state_insert AFTER INSERT ON state BEGIN "_s +
               stateRow(u"new.id"_s) + u"; END"_s;
    out << u"CREATE TRIGGER search_state_update AFTER UPDATE OF iso3, name, official_name ON "
           u"state BEGIN DELETE FROM search_state WHERE rowid = old.id; "_s +
               stateRow(u"new.id"_s) + u"; END"_s;
    out << u"CREATE TRIGGER search_state_delete AFTER DELETE ON state BEGIN DELETE FROM "
           u"search_state WHERE rowid = old.id; END"_s;
    for (const char *event : {"INSERT", "DELETE", "UPDATE"}) {
        const QString row = QLatin1StringView(event) == "DELETE"_L1 ? u"old"_s : u"new"_s;
        QString body = u"DELETE FROM search_state WHERE rowid = %1.state_id; "_s.arg(row) +
                       stateRow(row + u".state_id"_s) + u";"_s;
        if (QLatin1StringView(event) == "UPDATE"_L1)
            body += u" DELETE FROM search_state WHERE rowid = old.state_id; "_s +
                    stateRow(u"old.state_id"_s) + u";"_s;
        out << u"CREATE TRIGGER search_state_alias_%1 AFTER %2 ON state_alias BEGIN %3 END"_s.arg(
            QString::fromLatin1(event).toLower(), QLatin1StringView(event), body);
    }
    out << u"INSERT INTO search_state (rowid, iso3, name, official_name, aliases) SELECT s.id, "
           u"s.iso3, s.name, s.official_name, coalesce((SELECT group_concat(a.alias, ' | ') FROM "
           u"state_alias a WHERE a.state_id = s.id), '') FROM state s"_s;
    return out;
}

void SqliteDialect::flushSearchIndex(QSqlDatabase &db) const
{
    flushSearchQueue(db);
}

void SqliteDialect::setIndexOnCommit(QSqlDatabase &db, bool on) const
{
    // Off, the queue keeps what each transaction changed (committed with it, so the invariant
    // holds: a row is indexed with its current values exactly when it is not queued), and the
    // index is brought up to date by the next flush. FTS5 writes a segment for each flush and
    // merges them later: one flush for a folder of 313 resolutions instead of 313 roughly
    // halved what the index adds to the import.
    Transaction::setBeforeCommit(db.connectionName(),
                                 on ? &SqliteDialect::flushSearchQueue : nullptr);
}

qint64 SqliteDialect::pendingSearchRows(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    // Before format 9 there is no queue (a read-only look at an old file is refused earlier).
    if (!q.exec(u"SELECT count(*) FROM search_queue"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QStringList SqliteDialect::searchQueueMigration() const
{
    // Format 9: the index of clauses, revisions, documents, norms and position details through
    // the queue (its contents stay; only the triggers change).
    QStringList out{QString::fromLatin1(queueTable)};
    for (const QueuedIndex &i : queuedIndexes()) {
        for (const char *event : {"insert", "update", "delete"})
            out << u"DROP TRIGGER IF EXISTS %1_%2"_s.arg(i.fts, QLatin1StringView(event));
        out << queuedTriggers(i);
    }
    for (const char *event : {"insert", "update", "delete"})
        out << u"DROP TRIGGER IF EXISTS search_revision_%1"_s.arg(QLatin1StringView(event));
    out << revisionTriggers();
    return out;
}

QStringList SqliteDialect::searchContentMigration() const
{
    // Format 10: the clause, document, norm and position indexes read their texts from the
    // base tables instead of keeping a copy; they are made again from the rows (the queue is
    // empty between transactions), and a clause's first revision is not queued. Revisions keep
    // their copy: only some of them are indexed, and an external-content index cannot tell which.
    QStringList out;
    for (const QueuedIndex &i : queuedIndexes()) {
        for (const char *event : {"insert", "update", "delete"})
            out << u"DROP TRIGGER IF EXISTS %1_%2"_s.arg(i.fts, QLatin1StringView(event));
        out << u"DROP TABLE IF EXISTS %1"_s.arg(i.fts);
        out << queuedIndexSchema(i);
    }
    // A clause's first revision no longer queues it.
    for (const char *event : {"insert", "update", "delete"})
        out << u"DROP TRIGGER IF EXISTS search_revision_%1"_s.arg(QLatin1StringView(event));
    out << revisionTriggers();
    return out;
}

void SqliteDialect::flushSearchQueue(QSqlDatabase &db)
{
    QSqlQuery kinds(db);
    // Before format 9 (a migration's own transactions) there is no queue.
    if (!kinds.exec(u"SELECT DISTINCT kind FROM search_queue"_s))
        return;
    QList<int> pending;
    while (kinds.next())
        pending << kinds.value(0).toInt();
    kinds.finish();
    if (pending.isEmpty())
        return;
    const auto run = [&](const QString &sql) {
        SqlQuery::run(db, {sql}, tr("the search index cannot be updated: %1"));
    };
    for (const QueuedIndex &i : queuedIndexes()) {
        if (!pending.contains(i.kind))
            continue;
        QStringList values;
        for (const QString &c : i.columns)
            values << u"b."_s + c;
        run(u"INSERT INTO %1 (rowid, %2) SELECT b.id, %3 FROM search_queue q JOIN %4 b ON b.id = "
            u"q.row_id WHERE q.kind = %5 ORDER BY q.row_id"_s
                .arg(i.fts, i.columns.join(u", "_s), values.join(u", "_s), i.base)
                .arg(i.kind));
    }
    if (pending.contains(5))
        run(u"INSERT INTO search_revision (rowid, text) SELECT r.id, r.text FROM search_queue q "
            u"JOIN clause_revision r ON r.clause_id = q.row_id WHERE q.kind = 5 AND r.id < (SELECT "
            u"max(m.id) FROM clause_revision m WHERE m.clause_id = q.row_id) AND NOT EXISTS "
            u"(SELECT 1 FROM search_revision s WHERE s.rowid = r.id) ORDER BY r.id"_s);
    if (pending.contains(6))
        run(u"DELETE FROM search_revision WHERE rowid IN (SELECT (SELECT max(m.id) FROM "
            u"clause_revision m WHERE m.clause_id = q.row_id) FROM search_queue q WHERE q.kind = "
            u"6)"_s);
    run(u"DELETE FROM search_queue"_s);
}

QString SqliteDialect::searchExpression(const SearchQuery &query) const
{
    QStringList positive;
    QStringList negative;
    for (const SearchQuery::Term &t : query.terms())
        (t.excluded ? negative : positive) << ftsString(t);
    QString expression = u"("_s + positive.join(u" AND "_s) + u")"_s;
    for (const QString &n : std::as_const(negative))
        expression = u"("_s + expression + u" NOT "_s + n + u")"_s;
    return expression;
}

// Hits come in row order (documents, clauses and revisions in the order they were made), not
// by relevance: to return the 50 best by bm25, FTS5 must score every match first, which takes
// about 0.5 s for a word found in 20,000 of 100,000 paragraphs; in row order it stops after
// the 50th.
QString SqliteDialect::searchSql(SearchHit::Kind kind, bool byDocument, bool byProcess,
                                 bool includeInternal) const
{
    const auto snippet = [](const QString &table) {
        return u"snippet(%1, -1, char(2), char(3), '…', 24)"_s.arg(table);
    };
    // The filters on a clause `c` (its document `d` is joined when a process is asked for).
    const auto clauseFilter = [&](const QString &c, const QString &d) {
        QString sql;
        if (byDocument)
            sql += u" AND %1.document_id = :document"_s.arg(c);
        if (byProcess)
            sql += u" AND %1.process_id = :process"_s.arg(d);
        return sql;
    };
    switch (kind) {
    case SearchHit::Kind::Clause:
        return u"SELECT c.id, c.id, c.document_id, %1, 0, '', '', 0, 0 FROM search_clause JOIN "
               u"clause c ON c.id = search_clause.rowid JOIN document d ON d.id = c.document_id "
               u"WHERE search_clause MATCH :match%2 ORDER BY search_clause.rowid LIMIT :limit"_s
                   .arg(snippet(u"search_clause"_s), clauseFilter(u"c"_s, u"d"_s));
    case SearchHit::Kind::Revision:
        // The index holds the earlier revisions only: the latest is the clause's current text.
        return u"SELECT r.id, r.clause_id, c.document_id, %1, (SELECT count(*) FROM "
               u"clause_revision r2 WHERE r2.clause_id = r.clause_id AND r2.id <= r.id), '', '', "
               u"0, 0 FROM search_revision JOIN clause_revision r ON r.id = search_revision.rowid "
               u"JOIN clause c ON c.id = r.clause_id JOIN document d ON d.id = c.document_id "
               u"WHERE search_revision MATCH :match%2 ORDER BY search_revision.rowid LIMIT "
               u":limit"_s.arg(snippet(u"search_revision"_s), clauseFilter(u"c"_s, u"d"_s));
    case SearchHit::Kind::Document: {
        QString filter;
        if (byDocument)
            filter += u" AND d.id = :document"_s;
        if (byProcess)
            filter += u" AND d.process_id = :process"_s;
        return u"SELECT d.id, 0, d.id, %1, 0, '', '', 0, 0 FROM search_document JOIN document d ON "
               u"d.id = search_document.rowid WHERE search_document MATCH :match%2 ORDER BY "
               u"search_document.rowid LIMIT :limit"_s.arg(snippet(u"search_document"_s), filter);
    }
    case SearchHit::Kind::Norm:
        return u"SELECT rowid, 0, 0, %1, 0, '', '', 0, 0 FROM search_norm WHERE search_norm MATCH "
               u":match ORDER BY rowid LIMIT :limit"_s.arg(snippet(u"search_norm"_s));
    case SearchHit::Kind::State:
        return u"SELECT rowid, 0, 0, %1, 0, '', '', 0, 0 FROM search_state WHERE search_state "
               u"MATCH "
               u":match ORDER BY rowid LIMIT :limit"_s.arg(snippet(u"search_state"_s));
    case SearchHit::Kind::Position: {
        // One hit per matched detail row, opening at its first position in document order
        // (within the filter); a detail row that no position uses in the filter drops out.
        // The clauses a detail's positions are on come from the index position_detail_ref
        // (detail_id, clause_id, alternative, state_id) one seek each (`used`, a skip scan:
        // a recorded vote's detail is shared by thousands of positions on a few dozen
        // clauses), never by reading every position; the states and the count are those on
        // the hit's clause and alternative, a range of the same index. (Counting every
        // position of each of 50 such details took most of a 38 ms query.)
        const QString used =
            u"WITH RECURSIVE used(cid) AS (SELECT (SELECT min(u0.clause_id) FROM position u0 "
            u"WHERE u0.detail_id = pd.id) UNION ALL SELECT (SELECT min(u1.clause_id) FROM "
            u"position u1 WHERE u1.detail_id = pd.id AND u1.clause_id > used.cid) FROM used WHERE "
            u"used.cid IS NOT NULL) SELECT %1 FROM used JOIN clause c1 ON c1.id = used.cid JOIN "
            u"document d1 ON d1.id = c1.document_id WHERE 1 = 1%2"_s;
        const QString filter = clauseFilter(u"c1"_s, u"d1"_s);
        return u"SELECT pd.id, p.clause_id, c.document_id, %1, pd.internal, p.alternative, "
               u"(SELECT group_concat(iso3, ' ') FROM (SELECT s.iso3 FROM position p2 JOIN state "
               u"s ON s.id = p2.state_id WHERE p2.detail_id = pd.id AND p2.clause_id = "
               u"p.clause_id AND p2.alternative = p.alternative ORDER BY s.iso3 LIMIT 12)), "
               u"(SELECT count(*) FROM position p3 WHERE p3.detail_id = pd.id AND p3.clause_id = "
               u"p.clause_id AND p3.alternative = p.alternative), (%2) "
               u"FROM search_position JOIN position_detail pd ON pd.id = search_position.rowid "
               u"JOIN position p ON p.id = (SELECT p1.id FROM position p1 WHERE p1.detail_id = "
               u"pd.id AND p1.clause_id = (%3) ORDER BY p1.alternative, p1.state_id LIMIT 1) "
               u"JOIN clause c ON c.id = p.clause_id WHERE search_position MATCH :match%4 ORDER "
               u"BY search_position.rowid LIMIT :limit"_s.arg(
                   snippet(u"search_position"_s), used.arg(u"count(*)"_s, filter),
                   used.arg(u"c1.id"_s, filter + u" ORDER BY d1.id, c1.ordinal LIMIT 1"_s),
                   includeInternal ? QString() : u" AND pd.internal = 0"_s);
    }
    }
    return {};
}

bool SqliteDialect::looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace Plenipo
