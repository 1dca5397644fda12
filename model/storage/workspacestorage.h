// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/sqlquery.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <utility>

namespace Plenipo {

class Catalogue;
class PositionStore;
class SqlDialect;
struct Clause;
struct DetachedPosition;
struct Position;
struct PositionHistoryEntry;
struct ClauseRevision;
struct Document;
struct Norm;
struct Process;
struct RecordedVote;
struct State;
struct StateGroup;

// Where a workspace's rows live, behind the Workspace facade (what a map format is to a map in
// Tiled): the connection with its dialect, the lifecycle of the file or server workspace (lock,
// opening, migrations, validation, Save As), and reading everything the facade keeps in memory
// into a Catalogue and a PositionStore. SqliteStorage is the workspace file; a server
// workspace on PostgreSQL (team mode) is a second implementation with its own lifecycle.
//
// The facade's statements are portable SQL run through SqlQuery on database(), with what
// differs between engines in the dialect (SqlDialect), so a second backend needs no change in
// the facade.
class WorkspaceStorage
{
public:
    virtual ~WorkspaceStorage();
    WorkspaceStorage(const WorkspaceStorage &) = delete;
    WorkspaceStorage &operator=(const WorkspaceStorage &) = delete;

    // The file's absolute path or the server's address, as messages show it.
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
    // Writes a copy of the workspace to `path` and continues on the copy, read-write. Throws
    // Error; on failure the storage continues as it was.
    virtual void saveAs(const QString &path) = 0;

    QSqlDatabase &database() { return m_db; }
    const SqlDialect &dialect() const { return *m_dialect; }
    int schemaVersion();

    // Reads every row the facade keeps in memory: the catalogue, the stance and detail vectors
    // and the revisions of the detail rows. Throws Error (Corrupt for rows that contradict each
    // other: vectors that do not match the states, an alias of no state).
    virtual void load(Catalogue &catalogue, PositionStore &positions);
    // Reads which states hold an orphaned detached position on each clause.
    void loadOrphaned(const Catalogue &catalogue, PositionStore &positions);

    // ---- the catalogue's rows --------------------------------------------------------------
    // Each runs inside the caller's transaction and throws Error. A non-zero id given is
    // kept (an undone removal coming back with the ids later commands refer to).

    void writeMeta(const QString &key, const QString &value);
    // The state (ISO3 as given) with its aliases; returns its row id.
    qint64 insertState(const State &state);
    // The group with its members (state row ids); returns its id.
    qint64 insertGroup(const StateGroup &group, const QList<qint64> &memberRows);
    // With its memberships.
    void deleteGroup(qint64 id);
    qint64 insertProcess(const Process &process, const QList<qint64> &memberRows);
    // Its documents stay, without a process.
    void deleteProcess(qint64 id);
    qint64 insertNorm(const Norm &norm);
    qint64 insertDocument(const Document &document);
    // With its clauses, their revisions and positions, and the detail rows only they used.
    void deleteDocument(qint64 id);
    // The clause at clause.ordinal of its document (the clauses from there move down), with
    // its norms; returns its id.
    qint64 insertClause(const Clause &clause);
    // The clause's row (its revisions and positions go with it); the clauses after `ordinal`
    // move up. Clauses descending from it lose their origin.
    void deleteClause(qint64 id, qint64 documentId, int ordinal);
    void writeDocumentPredecessor(qint64 id, qint64 predecessorId);
    void writeClauseNumber(qint64 id, const QString &number);
    void writeClauseText(qint64 id, const QString &text);
    void writeClauseOrigin(qint64 id, qint64 originId);
    void writeClauseNorms(qint64 id, const QList<qint64> &normIds);
    // A revision of the clause; returns its id.
    qint64 insertRevision(const ClauseRevision &revision);
    void writeRevisionAuthor(qint64 revisionId, const QString &author, const QDateTime &created);
    // The revision goes; the detail rows given on it fall back to "unknown revision".
    void deleteRevision(qint64 revisionId);
    // The clause's revisions, oldest first, numbered from 1.
    QList<ClauseRevision> readRevisions(qint64 clauseId);
    // ISO3 codes, sorted.
    QStringList readAdherents(qint64 documentId);
    // Replaces the adherents (state row ids).
    void writeAdherents(qint64 documentId, QList<qint64> stateRows);
    // The vote and its choices (state row id, choice 1-4); returns its id.
    qint64 insertRecordedVote(const RecordedVote &vote, const QList<std::pair<qint64, int>> &rows);

    // ---- reading positions and votes --------------------------------------------------------
    // The positions on a clause, by alternative then state row id.
    QList<Position> readPositions(qint64 clauseId);
    std::optional<Position> readPosition(qint64 clauseId, qint64 stateRow,
                                         const QString &alternative);
    // Earlier values, newest first (of one state, ISO3, when `state` is given).
    QList<PositionHistoryEntry> readHistory(qint64 clauseId, const QString &state);
    QList<DetachedPosition> readDetached(qint64 clauseId);
    // By document date then id; throws Error for a damaged choice row.
    QList<RecordedVote> readRecordedVotes(const Catalogue &catalogue);
    std::optional<RecordedVote> readRecordedVote(qint64 documentId, const Catalogue &catalogue);

    // `sql` prepared once per connection and kept, ready to run again (a bulk operation runs
    // the same insert for each row: preparing it again compiled its triggers each time). Throws
    // Error.
    SqlQuery statement(const QString &sql);

protected:
    explicit WorkspaceStorage(std::unique_ptr<SqlDialect> dialect);
    // Finalizes the kept statements: before the connection closes.
    void dropStatements() { m_statements.clear(); }

    QSqlDatabase m_db;
    std::unique_ptr<SqlDialect> m_dialect;

private:
    std::map<QString, QSqlQuery> m_statements;
};

} // namespace Plenipo
