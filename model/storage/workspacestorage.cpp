// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/workspacestorage.h"

#include "core/clauserevision.h"
#include "core/detachedposition.h"
#include "core/domaintext.h"
#include "core/error.h"
#include "core/positionhistoryentry.h"
#include "core/recordedvote.h"
#include "storage/catalogue.h"
#include "storage/positionrows.h"
#include "storage/positionstore.h"
#include "storage/sqldialect.h"
#include "storage/workspacevalidator.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

WorkspaceStorage::WorkspaceStorage(std::unique_ptr<SqlDialect> dialect)
    : m_dialect(std::move(dialect))
{}

WorkspaceStorage::~WorkspaceStorage() = default;

int WorkspaceStorage::schemaVersion()
{
    return m_dialect->schemaVersion(m_db);
}

SqlQuery WorkspaceStorage::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, SqlQuery::prepared(m_db, sql)).first;
    return SqlQuery(it->second, sql);
}

void WorkspaceStorage::load(Catalogue &catalogue, PositionStore &positions)
{
    QSqlDatabase &d = m_db;

    catalogue.clear();
    {
        SqlQuery q(d, u"SELECT key, value FROM meta"_s);
        q.exec();
        while (q.next())
            catalogue.setMeta(q.value(0).toString(), q.value(1).toString());
    }

    // States with aliases, regional group from membership.
    QHash<qint64, qsizetype> stateIndex;
    QList<State> states;
    SqlQuery sq(d, u"SELECT id, iso3, name, official_name, un_member FROM state ORDER BY name"_s);
    sq.exec();
    while (sq.next()) {
        const SqlQuery &q = sq;
        State s;
        s.id = q.value(0).toLongLong();
        s.iso3 = q.value(1).toString();
        s.name = q.value(2).toString();
        s.officialName = q.value(3).toString();
        s.unMember = q.value(4).toBool();
        stateIndex.insert(s.id, states.size());
        states << s;
    }
    {
        SqlQuery q(d, u"SELECT state_id, alias FROM state_alias ORDER BY alias"_s);
        q.exec();
        while (q.next()) {
            // WorkspaceValidator refused dangling aliases at open; a reload after a failed
            // change reads the same rows, so this only guards against the impossible.
            const auto it = stateIndex.constFind(q.value(0).toLongLong());
            if (it == stateIndex.cend())
                throw Error(Error::Kind::Corrupt,
                            QCoreApplication::translate(
                                "Plenipo::Workspace",
                                "%1 is damaged: the alias '%2' belongs to a state that does not "
                                "exist")
                                .arg(displayPath(location()), q.value(1).toString()));
            states[*it].aliases << q.value(1).toString();
        }
    }
    QList<StateGroup> groups;
    {
        SqlQuery q(
            d, u"SELECT id, code, name, kind, description FROM state_group ORDER BY kind, name"_s);
        q.exec();
        while (q.next()) {
            StateGroup g;
            g.id = q.value(0).toLongLong();
            g.code = q.value(1).toString();
            g.name = q.value(2).toString();
            g.kind =
                DomainText::groupKind(q.value(3).toString()).value_or(StateGroup::Kind::Coalition);
            g.description = q.value(4).toString();
            groups << g;
        }
        SqlQuery m(d, u"SELECT gm.group_id, s.iso3 FROM group_member gm JOIN state s ON s.id = "
                      u"gm.state_id ORDER BY s.iso3"_s);
        m.exec();
        while (m.next()) {
            const qint64 gid = m.value(0).toLongLong();
            auto it = std::find_if(groups.begin(), groups.end(),
                                   [gid](const StateGroup &g) { return g.id == gid; });
            if (it != groups.end())
                it->members << m.value(1).toString();
        }
    }
    for (const StateGroup &g : std::as_const(groups)) {
        if (g.kind != StateGroup::Kind::Regional)
            continue;
        for (const QString &iso : g.members) {
            auto it = std::find_if(states.begin(), states.end(),
                                   [&iso](const State &s) { return s.iso3 == iso; });
            if (it != states.end())
                it->regionalGroup = g.code;
        }
    }
    catalogue.setStates(states);
    catalogue.setGroups(groups);

    QList<Process> processes;
    {
        SqlQuery q(d, u"SELECT id, code, name, kind, start_year, end_year, chair, outcome, note, "
                      u"all_un_members FROM process ORDER BY start_year, code"_s);
        q.exec();
        while (q.next()) {
            Process p;
            p.id = q.value(0).toLongLong();
            p.code = q.value(1).toString();
            p.name = q.value(2).toString();
            p.kind = DomainText::processKind(q.value(3).toString()).value_or(Process::Kind::Other);
            p.startYear = q.value(4).toInt();
            p.endYear = q.value(5).toInt();
            p.chair = q.value(6).toString();
            p.outcome = q.value(7).toString();
            p.note = q.value(8).toString();
            p.allUnMembers = q.value(9).toBool();
            processes << p;
        }
        SqlQuery m(d, u"SELECT pm.process_id, s.iso3 FROM process_member pm JOIN state s ON s.id = "
                      u"pm.state_id ORDER BY s.iso3"_s);
        m.exec();
        while (m.next()) {
            const qint64 pid = m.value(0).toLongLong();
            for (Process &p : processes) {
                if (p.id == pid)
                    p.members << m.value(1).toString();
            }
        }
    }
    catalogue.setProcesses(processes);

    QList<Norm> norms;
    {
        SqlQuery q(d, u"SELECT id, code, title, summary, source_symbol, source_paragraph FROM norm "
                      u"ORDER BY code"_s);
        q.exec();
        while (q.next())
            norms << Norm{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(),   q.value(4).toString(), q.value(5).toString()};
    }
    catalogue.setNorms(norms);

    QList<Document> documents;
    {
        SqlQuery q(d, u"SELECT id, symbol, title, kind, doc_date, process_id, predecessor_id FROM "
                      u"document ORDER BY doc_date, symbol"_s);
        q.exec();
        while (q.next()) {
            Document doc;
            doc.id = q.value(0).toLongLong();
            doc.symbol = q.value(1).toString();
            doc.title = q.value(2).toString();
            doc.kind =
                DomainText::documentKind(q.value(3).toString()).value_or(Document::Kind::Other);
            doc.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            doc.processId = q.value(5).toLongLong();
            doc.predecessorId = q.value(6).toLongLong();
            documents << doc;
        }
    }

    QList<Clause> clauses;
    QHash<qint64, qsizetype> clauseIndex;
    {
        SqlQuery q(d, u"SELECT c.id, c.document_id, c.ordinal, c.number, c.text, c.origin_id, "
                      u"(SELECT MAX(r.id) FROM clause_revision r WHERE r.clause_id = c.id) FROM "
                      u"clause c ORDER BY c.document_id, c.ordinal"_s);
        q.exec();
        while (q.next()) {
            Clause c;
            c.id = q.value(0).toLongLong();
            c.documentId = q.value(1).toLongLong();
            c.ordinal = q.value(2).toInt();
            c.number = q.value(3).toString();
            c.text = q.value(4).toString();
            c.originId = q.value(5).toLongLong();
            c.revisionId = q.value(6).toLongLong();
            clauseIndex.insert(c.id, clauses.size());
            clauses << c;
        }
        SqlQuery n(d, u"SELECT clause_id, norm_id FROM clause_norm ORDER BY clause_id, norm_id"_s);
        n.exec();
        while (n.next()) {
            const auto it = clauseIndex.constFind(n.value(0).toLongLong());
            if (it != clauseIndex.cend())
                clauses[*it].normIds << n.value(1).toLongLong();
        }
    }
    catalogue.setContents(documents, clauses);

    // Positions: only the stance vectors (a few thousand rows even for 193 states x 2,000
    // clauses); details are read per clause on demand.
    positions.clear();
    positions.setStates(catalogue.positionedStates());
    {
        SqlQuery q(d, u"SELECT clause_id, alternative, stances, details FROM stance_vector"_s);
        q.exec();
        while (q.next()) {
            const qint64 clauseId = q.value(0).toLongLong();
            const QString alternative = q.value(1).toString();
            const QByteArray stances = q.value(2).toByteArray();
            const QByteArray details = q.value(3).toByteArray();
            const QString problem = WorkspaceValidator::stanceVectorProblem(
                clauseId, alternative, stances, details, positions.stances().stateCount());
            if (!problem.isEmpty())
                throw Error(Error::Kind::Corrupt,
                            QCoreApplication::translate("Plenipo::Workspace",
                                                        "%1 is damaged: %2; nothing was changed")
                                .arg(displayPath(location()), problem));
            positions.stances().setVector(clauseId, alternative, stances);
            positions.stances().setDetailRuns(clauseId, alternative, details);
        }
    }
    {
        QHash<qint64, qint64> detailRevisions;
        SqlQuery q(d, u"SELECT id, revision_id FROM position_detail"_s);
        q.exec();
        while (q.next())
            detailRevisions.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        positions.setDetailRevisions(detailRevisions);
    }
    loadOrphaned(catalogue, positions);
}

void WorkspaceStorage::loadOrphaned(const Catalogue &catalogue, PositionStore &positions)
{
    QHash<qint64, QList<int>> orphaned;
    SqlQuery q(m_db, u"SELECT clause_id, state_id FROM detached_position WHERE reason = 'orphaned' "
                     u"ORDER BY clause_id, state_id"_s);
    q.exec();
    while (q.next()) {
        const int index = positions.stateIndexOfRow(q.value(1).toLongLong());
        if (index >= 0)
            orphaned[q.value(0).toLongLong()].append(index);
    }
    // Clauses no longer listed (a reload) lose their entry.
    for (const Document &doc : catalogue.documents()) {
        for (qint64 id : catalogue.clauseIds(doc.id))
            positions.setOrphanedStates(id, orphaned.value(id));
    }
}

// ---- the catalogue's rows ---------------------------------------------------------------------

void WorkspaceStorage::writeMeta(const QString &key, const QString &value)
{
    SqlQuery(m_db, u"DELETE FROM meta WHERE key = ?"_s).bind(key).exec();
    SqlQuery(m_db, u"INSERT INTO meta (key, value) VALUES (?, ?)"_s).bind(key).bind(value).exec();
}

qint64 WorkspaceStorage::insertState(const State &s)
{
    SqlQuery q(m_db, u"INSERT INTO state (iso3, name, official_name, un_member) VALUES (?, ?, ?, "
                     u"?)"_s);
    q.bind(s.iso3).bind(s.name).bind(s.officialName).bind(int(s.unMember)).exec();
    const qint64 id = q.lastId();
    for (const QString &alias : s.aliases)
        SqlQuery(m_db, u"INSERT INTO state_alias (state_id, alias) VALUES (?, ?)"_s)
            .bind(id)
            .bind(alias)
            .exec();
    return id;
}

qint64 WorkspaceStorage::insertGroup(const StateGroup &group, const QList<qint64> &memberRows)
{
    SqlQuery q(m_db,
               u"INSERT INTO state_group (id, code, name, kind, description) VALUES (?, ?, ?, "
               u"?, ?)"_s);
    q.bind(SqlQuery::nullIfZero(group.id)).bind(group.code).bind(group.name);
    q.bind(DomainText::key(group.kind)).bind(group.description);
    q.exec();
    const qint64 id = q.lastId();
    for (qint64 row : memberRows)
        SqlQuery(m_db, u"INSERT INTO group_member (group_id, state_id) VALUES (?, ?)"_s)
            .bind(id)
            .bind(row)
            .exec();
    return id;
}

void WorkspaceStorage::deleteGroup(qint64 id)
{
    SqlQuery(m_db, u"DELETE FROM state_group WHERE id = ?"_s).bind(id).exec();
}

qint64 WorkspaceStorage::insertProcess(const Process &process, const QList<qint64> &memberRows)
{
    SqlQuery q(m_db, u"INSERT INTO process (id, code, name, kind, start_year, end_year, chair, "
                     u"outcome, note, all_un_members) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(SqlQuery::nullIfZero(process.id))
        .bind(process.code)
        .bind(process.name)
        .bind(DomainText::key(process.kind));
    q.bind(process.startYear ? QVariant(process.startYear) : QVariant(QMetaType(QMetaType::Int)));
    q.bind(process.endYear ? QVariant(process.endYear) : QVariant(QMetaType(QMetaType::Int)));
    q.bind(process.chair).bind(process.outcome).bind(process.note).bind(int(process.allUnMembers));
    q.exec();
    const qint64 id = q.lastId();
    for (qint64 row : memberRows)
        SqlQuery(m_db, u"INSERT INTO process_member (process_id, state_id) VALUES (?, ?)"_s)
            .bind(id)
            .bind(row)
            .exec();
    return id;
}

void WorkspaceStorage::deleteProcess(qint64 id)
{
    // Its documents stay, without a process (ON DELETE SET NULL).
    SqlQuery(m_db, u"DELETE FROM process WHERE id = ?"_s).bind(id).exec();
}

qint64 WorkspaceStorage::insertNorm(const Norm &norm)
{
    SqlQuery q(m_db, u"INSERT INTO norm (code, title, summary, source_symbol, source_paragraph) "
                     u"VALUES (?, ?, ?, ?, ?)"_s);
    q.bind(norm.code)
        .bind(norm.title)
        .bind(norm.summary)
        .bind(norm.sourceSymbol)
        .bind(norm.paragraph);
    q.exec();
    return q.lastId();
}

qint64 WorkspaceStorage::insertDocument(const Document &document)
{
    SqlQuery q(m_db, u"INSERT INTO document (id, symbol, title, kind, doc_date, process_id, "
                     u"predecessor_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(SqlQuery::nullIfZero(document.id))
        .bind(document.symbol)
        .bind(document.title)
        .bind(DomainText::key(document.kind));
    q.bind(SqlQuery::dateOrNull(document.date)).bind(SqlQuery::nullIfZero(document.processId));
    q.bind(SqlQuery::nullIfZero(document.predecessorId));
    q.exec();
    return q.lastId();
}

void WorkspaceStorage::deleteDocument(qint64 id)
{
    SqlQuery(m_db, u"DELETE FROM document WHERE id = ?"_s).bind(id).exec();
    // The positions went with the clauses; so do the details only they used.
    SqlQuery(m_db, u"DELETE FROM position_detail WHERE NOT EXISTS (SELECT 1 FROM position WHERE "
                   u"position.detail_id = position_detail.id) AND NOT EXISTS (SELECT 1 FROM "
                   u"detached_position WHERE detached_position.detail_id = position_detail.id)"_s)
        .exec();
}

qint64 WorkspaceStorage::insertClause(const Clause &c)
{
    statement(u"UPDATE clause SET ordinal = ordinal + 1 WHERE document_id = ? AND ordinal >= ?"_s)
        .bind(c.documentId)
        .bind(c.ordinal)
        .exec();
    SqlQuery q = statement(u"INSERT INTO clause (id, document_id, ordinal, number, text, "
                           u"origin_id) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.bind(SqlQuery::nullIfZero(c.id))
        .bind(c.documentId)
        .bind(c.ordinal)
        .bind(c.number)
        .bind(c.text);
    q.bind(SqlQuery::nullIfZero(c.originId)).exec();
    const qint64 id = q.lastId();
    for (qint64 normId : c.normIds)
        SqlQuery(m_db, u"INSERT INTO clause_norm (clause_id, norm_id) VALUES (?, ?)"_s)
            .bind(id)
            .bind(normId)
            .exec();
    return id;
}

void WorkspaceStorage::deleteClause(qint64 id, qint64 documentId, int ordinal)
{
    SqlQuery(m_db, u"DELETE FROM clause WHERE id = ?"_s).bind(id).exec();
    SqlQuery(m_db,
             u"UPDATE clause SET ordinal = ordinal - 1 WHERE document_id = ? AND ordinal > ?"_s)
        .bind(documentId)
        .bind(ordinal)
        .exec();
}

void WorkspaceStorage::writeClauseNumber(qint64 id, const QString &number)
{
    SqlQuery(m_db, u"UPDATE clause SET number = ? WHERE id = ?"_s).bind(number).bind(id).exec();
}

void WorkspaceStorage::writeClauseText(qint64 id, const QString &text)
{
    SqlQuery(m_db, u"UPDATE clause SET text = ? WHERE id = ?"_s).bind(text).bind(id).exec();
}

void WorkspaceStorage::writeDocumentPredecessor(qint64 id, qint64 predecessorId)
{
    SqlQuery(m_db, u"UPDATE document SET predecessor_id = ? WHERE id = ?"_s)
        .bind(SqlQuery::nullIfZero(predecessorId))
        .bind(id)
        .exec();
}

void WorkspaceStorage::writeClauseOrigin(qint64 id, qint64 originId)
{
    SqlQuery(m_db, u"UPDATE clause SET origin_id = ? WHERE id = ?"_s)
        .bind(SqlQuery::nullIfZero(originId))
        .bind(id)
        .exec();
}

void WorkspaceStorage::writeClauseNorms(qint64 id, const QList<qint64> &normIds)
{
    SqlQuery(m_db, u"DELETE FROM clause_norm WHERE clause_id = ?"_s).bind(id).exec();
    for (qint64 n : normIds)
        SqlQuery(m_db, u"INSERT INTO clause_norm (clause_id, norm_id) VALUES (?, ?)"_s)
            .bind(id)
            .bind(n)
            .exec();
}

qint64 WorkspaceStorage::insertRevision(const ClauseRevision &r)
{
    SqlQuery q = statement(u"INSERT INTO clause_revision (id, clause_id, text, author, created, "
                           u"note) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.bind(SqlQuery::nullIfZero(r.id)).bind(r.clauseId).bind(r.text).bind(r.author);
    q.bind(r.created.toString(Qt::ISODateWithMs)).bind(r.note).exec();
    return q.lastId();
}

void WorkspaceStorage::writeRevisionAuthor(qint64 revisionId, const QString &author,
                                           const QDateTime &created)
{
    SqlQuery(m_db, u"UPDATE clause_revision SET author = ?, created = ? WHERE id = ?"_s)
        .bind(author)
        .bind(created.toString(Qt::ISODateWithMs))
        .bind(revisionId)
        .exec();
}

void WorkspaceStorage::deleteRevision(qint64 revisionId)
{
    // Positions given on the removed revision fall back to "unknown revision".
    SqlQuery(m_db, u"UPDATE position_detail SET revision_id = NULL WHERE revision_id = ?"_s)
        .bind(revisionId)
        .exec();
    SqlQuery(m_db, u"DELETE FROM clause_revision WHERE id = ?"_s).bind(revisionId).exec();
}

QList<ClauseRevision> WorkspaceStorage::readRevisions(qint64 clauseId)
{
    QList<ClauseRevision> out;
    SqlQuery q(m_db,
               u"SELECT id, text, author, created, note FROM clause_revision WHERE clause_id = ? "
               u"ORDER BY id"_s);
    q.bind(clauseId).exec();
    while (q.next()) {
        ClauseRevision r;
        r.id = q.value(0).toLongLong();
        r.clauseId = clauseId;
        r.number = int(out.size()) + 1;
        r.text = q.value(1).toString();
        r.author = q.value(2).toString();
        r.created = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        r.note = q.value(4).toString();
        out << r;
    }
    return out;
}

QStringList WorkspaceStorage::readAdherents(qint64 documentId)
{
    QStringList out;
    SqlQuery q(m_db,
               u"SELECT s.iso3 FROM document_adherent a JOIN state s ON s.id = a.state_id WHERE "
               u"a.document_id = ? ORDER BY s.iso3"_s);
    q.bind(documentId).exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void WorkspaceStorage::writeAdherents(qint64 documentId, QList<qint64> stateRows)
{
    SqlQuery(m_db, u"DELETE FROM document_adherent WHERE document_id = ?"_s)
        .bind(documentId)
        .exec();
    SqlQuery ins(m_db, u"INSERT INTO document_adherent (document_id, state_id) VALUES (?, ?)"_s);
    std::sort(stateRows.begin(), stateRows.end());
    stateRows.erase(std::unique(stateRows.begin(), stateRows.end()), stateRows.end());
    for (qint64 id : std::as_const(stateRows))
        ins.set(0, documentId).set(1, id).exec();
}

qint64 WorkspaceStorage::insertRecordedVote(const RecordedVote &vote,
                                            const QList<std::pair<qint64, int>> &rows)
{
    SqlQuery q(m_db,
               u"INSERT INTO recorded_vote (id, document_id, vote_date, meeting) VALUES (?, ?, "
               u"?, ?)"_s);
    q.bind(SqlQuery::nullIfZero(vote.id))
        .bind(vote.documentId)
        .bind(SqlQuery::dateOrNull(vote.date));
    q.bind(vote.meeting).exec();
    const qint64 id = q.lastId();
    SqlQuery ins(
        m_db, u"INSERT INTO recorded_vote_choice (vote_id, state_id, choice) VALUES (?, ?, ?)"_s);
    for (const auto &[stateRow, choice] : rows)
        ins.set(0, id).set(1, stateRow).set(2, choice).exec();
    return id;
}

// ---- positions' rows --------------------------------------------------------------------------

QList<Position> WorkspaceStorage::readPositions(qint64 clauseId)
{
    QList<Position> out;
    SqlQuery q(m_db,
               u"SELECT %1 FROM %2 WHERE p.clause_id = ? ORDER BY p.alternative, p.state_id"_s.arg(
                   PositionRows::columns(), PositionRows::tables()));
    q.bind(clauseId).exec();
    while (q.next())
        out << PositionRows::read(q);
    return out;
}

std::optional<Position> WorkspaceStorage::readPosition(qint64 clauseId, qint64 stateRow,
                                                       const QString &alternative)
{
    SqlQuery q(
        m_db,
        u"SELECT %1 FROM %2 WHERE p.clause_id = ? AND p.state_id = ? AND p.alternative = ?"_s.arg(
            PositionRows::columns(), PositionRows::tables()));
    q.bind(clauseId).bind(stateRow).bind(alternative).exec();
    if (!q.next())
        return std::nullopt;
    return PositionRows::read(q);
}

QList<PositionHistoryEntry> WorkspaceStorage::readHistory(qint64 clauseId, const QString &state)
{
    QList<PositionHistoryEntry> out;
    QString sql = u"SELECT %1, p.replaced_by, p.replaced_at, p.removed FROM position_history p "
                  u"JOIN state s ON s.id = p.state_id WHERE p.clause_id = ?"_s.arg(
                      PositionRows::historyColumns());
    if (!state.isEmpty())
        sql += u" AND s.iso3 = ?"_s;
    SqlQuery q(m_db, sql + u" ORDER BY p.id DESC"_s);
    q.bind(clauseId);
    if (!state.isEmpty())
        q.bind(state.toUpper());
    q.exec();
    while (q.next()) {
        PositionHistoryEntry e;
        e.previous = PositionRows::read(q);
        e.replacedBy = q.value(14).toString();
        e.replacedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
        e.removed = q.value(16).toBool();
        out << e;
    }
    return out;
}

QList<DetachedPosition> WorkspaceStorage::readDetached(qint64 clauseId)
{
    QList<DetachedPosition> out;
    SqlQuery q(m_db,
               u"SELECT p.id, p.clause_id, p.alternative, s.iso3, p.stance, d.source_kind, "
               u"d.source_text, d.source_symbol, d.source_date, d.note, d.internal, d.revision_id, "
               u"d.author, d.modified, p.words, p.reason, p.revision_id, p.detached_at FROM "
               u"detached_position p JOIN state s ON s.id = p.state_id JOIN position_detail d ON "
               u"d.id = p.detail_id WHERE p.clause_id = ? ORDER BY p.id"_s);
    q.bind(clauseId).exec();
    while (q.next()) {
        DetachedPosition d;
        d.position = PositionRows::read(q);
        d.id = d.position.id;
        d.words = q.value(14).toString();
        d.reason = q.value(15).toString() == u"agreed"_s ? DetachedPosition::Reason::Agreed
                                                         : DetachedPosition::Reason::Orphaned;
        d.detachedOnRevision = q.value(16).toLongLong();
        d.detachedAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
        out << d;
    }
    return out;
}

QList<RecordedVote> WorkspaceStorage::readRecordedVotes(const Catalogue &catalogue)
{
    QSqlDatabase &d = m_db;
    QList<RecordedVote> votes;
    QHash<qint64, qsizetype> byId;
    {
        SqlQuery q(d, u"SELECT v.id, v.document_id, v.vote_date, v.meeting FROM recorded_vote v "
                      u"JOIN document d ON d.id = v.document_id ORDER BY d.doc_date, d.id"_s);
        q.exec();
        while (q.next()) {
            RecordedVote v;
            v.id = q.value(0).toLongLong();
            v.documentId = q.value(1).toLongLong();
            v.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            v.meeting = q.value(3).toString();
            byId.insert(v.id, votes.size());
            votes << v;
        }
    }
    QHash<qint64, QString> isoById;
    for (auto it = catalogue.stateIds().cbegin(); it != catalogue.stateIds().cend(); ++it)
        isoById.insert(it.value(), it.key());
    SqlQuery q(d, u"SELECT vote_id, state_id, choice FROM recorded_vote_choice"_s);
    q.exec();
    while (q.next()) {
        const auto it = byId.constFind(q.value(0).toLongLong());
        const int choice = q.value(2).toInt();
        const QString iso = isoById.value(q.value(1).toLongLong());
        if (it == byId.cend() || iso.isEmpty() || choice < 1 || choice > 4)
            throw Error(Error::Kind::Database,
                        QCoreApplication::translate(
                            "Plenipo::Workspace",
                            "%1: a recorded vote row is damaged (vote %2, state %3, choice %4)")
                            .arg(location(), q.value(0).toString(), q.value(1).toString())
                            .arg(choice));
        votes[*it].choices.insert(iso, RecordedVote::Choice(choice));
    }
    return votes;
}

std::optional<RecordedVote> WorkspaceStorage::readRecordedVote(qint64 documentId,
                                                               const Catalogue &catalogue)
{
    // Hand-written rather than filtering recordedVotes(): the position panel asks for one.
    QSqlDatabase &d = m_db;
    SqlQuery q(d, u"SELECT id, vote_date, meeting FROM recorded_vote WHERE document_id = ?"_s);
    q.bind(documentId).exec();
    if (!q.next())
        return std::nullopt;
    RecordedVote v;
    v.id = q.value(0).toLongLong();
    v.documentId = documentId;
    v.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    v.meeting = q.value(2).toString();
    SqlQuery c(d, u"SELECT state_id, choice FROM recorded_vote_choice WHERE vote_id = ?"_s);
    c.bind(v.id).exec();
    while (c.next())
        v.choices.insert(catalogue.isoOfStateId(c.value(0).toLongLong()),
                         RecordedVote::Choice(c.value(1).toInt()));
    return v;
}

} // namespace Plenipo
