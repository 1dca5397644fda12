// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/workspace.h"

#include "core/authorprovider.h"
#include "core/domaintext.h"
#include "core/error.h"
#include "core/searchquery.h"
#include "storage/positioncarrier.h"
#include "storage/positiongroupreader.h"
#include "storage/positionwriter.h"
#include "storage/schema.h"
#include "storage/searchindex.h"
#include "storage/sqlitedialect.h"
#include "storage/sqlitestorage.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "storage/workspacevalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Workspace::Workspace(std::unique_ptr<WorkspaceStorage> storage)
    : m_storage(std::move(storage))
    , m_undoStack(std::make_unique<QUndoStack>())
{}

Workspace::~Workspace()
{
    m_undoStack.reset(); // commands may refer to the workspace
    m_storage.reset();
}

QString Workspace::lockFilePath(const QString &workspacePath)
{
    return SqliteStorage::lockFilePath(workspacePath);
}

std::unique_ptr<Workspace> Workspace::create(const QString &path,
                                             const std::function<void(Workspace &)> &populate)
{
    const QFileInfo target(path);
    if (target.exists())
        throw Error(Error::Kind::Io,
                    tr("cannot create %1: a file with that name exists").arg(displayPath(path)));
    if (!target.absoluteDir().exists())
        throw Error(Error::Kind::Io,
                    tr("cannot create %1: the folder %2 does not exist")
                        .arg(displayPath(path), displayPath(target.absolutePath())));

    // Built under a temporary name in the same folder, then renamed: never a half-made file.
    const QString temp =
        target.absoluteFilePath() + u".new-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    {
        std::unique_ptr<Workspace> ws;
        auto cleanup = [&] {
            ws.reset();
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(temp + QLatin1StringView(suffix));
        };
        try {
            std::unique_ptr<SqliteStorage> storage = SqliteStorage::createEmpty(temp);
            SqliteStorage *file = storage.get();
            ws.reset(new Workspace(std::move(storage)));
            ws->load();
            if (populate) {
                auto batch = ws->beginBatch();
                populate(*ws);
                batch->commit();
            }
            file->close();
        } catch (...) {
            cleanup();
            throw;
        }
        ws.reset();
        if (QFileInfo::exists(path) || !QFile::rename(temp, path)) {
            cleanup();
            throw Error(
                Error::Kind::Io,
                tr("cannot create %1: renaming the new file failed").arg(displayPath(path)));
        }
        for (const char *suffix : {"-wal", "-shm"})
            QFile::remove(temp + QLatin1StringView(suffix));
    }
    return open(path, Access::ReadWrite);
}

QString Workspace::author() const
{
    return m_author.isEmpty() ? AuthorProvider::author() : m_author;
}

int Workspace::schemaVersion() const
{
    return m_storage->schemaVersion();
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, Access access)
{
    std::unique_ptr<Workspace> ws(
        new Workspace(SqliteStorage::open(path, access == Access::ReadOnly)));
    try {
        ws->load();
    } catch (const Error &e) {
        if (e.kind() == Error::Kind::Database)
            throw Error(Error::Kind::Corrupt,
                        tr("cannot read %1: %2").arg(displayPath(path), e.message()));
        throw;
    }
    return ws;
}

void Workspace::saveAs(const QString &path)
{
    const QString before = filePath();
    m_storage->saveAs(path);
    if (filePath() != before)
        Q_EMIT filePathChanged(filePath());
}

void Workspace::load()
{
    m_storage->load(m_catalogue, m_positionStore);
}

void Workspace::loadDetachedIndex()
{
    m_storage->loadOrphaned(m_catalogue, m_positionStore);
}

// ---- loading ---------------------------------------------------------------------------------

void Workspace::rebuildStateOrder()
{
    m_positionStore.setStates(m_catalogue.positionedStates());
}

// ---- reading ---------------------------------------------------------------------------------

QList<ClauseRevision> Workspace::revisions(qint64 clauseId) const
{
    return m_storage->readRevisions(clauseId);
}

// ---- writing ---------------------------------------------------------------------------------

void Workspace::requireWritable() const
{
    if (m_storage->isReadOnly())
        throw Error(
            Error::Kind::ReadOnly,
            tr("%1 is open read-only: changes cannot be saved").arg(displayPath(filePath())));
}

Workspace::Batch::Batch(Workspace &workspace)
    : m_workspace(workspace)
{
    m_workspace.requireWritable();
    m_transaction.emplace(m_workspace.db());
}

Workspace::Batch::~Batch()
{
    if (m_committed)
        return;
    m_transaction.reset(); // rolls back
    try {
        m_workspace.load();
        Q_EMIT m_workspace.reloaded();
    } catch (const Error &e) {
        qWarning("Plenipo: reloading %s after a failed change failed: %s",
                 qPrintable(m_workspace.filePath()), e.what());
    }
}

void Workspace::Batch::commit()
{
    if (!m_transaction)
        throw Error(Error::Kind::Database, tr("a batch of changes was committed twice"));
    m_transaction->commit();
    m_committed = true;
}

std::unique_ptr<Workspace::Batch> Workspace::beginBatch()
{
    return std::make_unique<Batch>(*this);
}

qint64 Workspace::stateId(const QString &iso3) const
{
    const qint64 id = m_catalogue.stateId(iso3.toUpper());
    if (!id)
        throw Error(Error::Kind::Invalid, tr("unknown state '%1'").arg(iso3));
    return id;
}

void Workspace::setMeta(const QString &key, const QString &value)
{
    requireWritable();
    Transaction t(db());
    m_storage->writeMeta(key, value);
    t.commit();
    m_catalogue.setMeta(key, value);
}

void Workspace::addStates(const QList<State> &states)
{
    requireWritable();
    Transaction t(db());
    QList<State> all = m_catalogue.states().all();
    for (State s : states) {
        if (s.iso3.size() != 3)
            throw Error(
                Error::Kind::Invalid,
                tr("'%1' is not an ISO 3166-1 alpha-3 code (state %2)").arg(s.iso3, s.name));
        s.iso3 = s.iso3.toUpper();
        s.id = m_storage->insertState(s);
        all << s;
    }
    t.commit();
    std::sort(all.begin(), all.end(),
              [](const State &a, const State &b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_catalogue.setStates(all);
    rebuildStateOrder();
}

qint64 Workspace::addGroup(const StateGroup &group)
{
    requireWritable();
    if (group.code.isEmpty() || this->group(group.code))
        throw Error(Error::Kind::Invalid,
                    tr("a group needs a code of its own ('%1' is empty or taken)").arg(group.code));
    if (m_catalogue.hasState(group.code.toUpper()))
        throw Error(Error::Kind::Invalid,
                    tr("group code '%1' is a state's ISO code; choose another").arg(group.code));
    StateGroup g = group;
    QList<qint64> rows;
    g.members.clear();
    for (const QString &iso : group.members) {
        rows << stateId(iso);
        g.members << iso.toUpper();
    }
    g.members.sort();
    g.members.removeDuplicates();
    Transaction t(db());
    g.id = m_storage->insertGroup(group, rows);
    t.commit();
    m_catalogue.addGroup(g);
    Q_EMIT groupsChanged();
    return g.id;
}

qint64 Workspace::addProcess(const Process &process)
{
    requireWritable();
    if (process.code.isEmpty() || processByCode(process.code))
        throw Error(
            Error::Kind::Invalid,
            tr("a process needs a code of its own ('%1' is empty or taken)").arg(process.code));
    Process p = process;
    QList<qint64> rows;
    p.members.clear();
    for (const QString &iso : process.members) {
        rows << stateId(iso);
        p.members << iso.toUpper();
    }
    p.members.sort();
    Transaction t(db());
    p.id = m_storage->insertProcess(process, rows);
    t.commit();
    m_catalogue.addProcess(p);
    Q_EMIT processesChanged();
    return p.id;
}

qint64 Workspace::addNorm(const Norm &norm)
{
    requireWritable();
    if (norm.code.isEmpty() || normByCode(norm.code))
        throw Error(Error::Kind::Invalid,
                    tr("a norm needs a code of its own ('%1' is empty or taken)").arg(norm.code));
    Transaction t(db());
    Norm n = norm;
    n.id = m_storage->insertNorm(norm);
    t.commit();
    m_catalogue.addNorm(n);
    Q_EMIT normsChanged();
    return n.id;
}

qint64 Workspace::addDocument(const Document &document)
{
    requireWritable();
    if (document.symbol.trimmed().isEmpty() || documentBySymbol(document.symbol))
        throw Error(Error::Kind::Invalid,
                    tr("a document needs a symbol of its own ('%1' is empty or taken)")
                        .arg(document.symbol));
    if (document.processId && !process(document.processId))
        throw Error(Error::Kind::Invalid, tr("document %1: unknown process").arg(document.symbol));
    if (document.predecessorId && !this->document(document.predecessorId))
        throw Error(Error::Kind::Invalid,
                    tr("document %1: unknown predecessor document").arg(document.symbol));
    Transaction t(db());
    Document d = document;
    d.id = m_storage->insertDocument(document);
    t.commit();
    m_catalogue.addDocument(d);
    Q_EMIT documentAdded(d.id);
    return d.id;
}

qint64 Workspace::addClause(const Clause &clause, const QString &note)
{
    return insertClause(clause, m_catalogue.clauseCountOf(clause.documentId), note);
}

qint64 Workspace::insertClause(const Clause &clause, int ordinal, const QString &note)
{
    requireWritable();
    if (!document(clause.documentId))
        throw Error(Error::Kind::Invalid,
                    tr("clause %1 belongs to no known document").arg(clause.number));
    if (clause.originId && !m_catalogue.hasClause(clause.originId))
        throw Error(Error::Kind::Invalid,
                    tr("clause %1: the clause it descends from does not exist").arg(clause.number));
    for (qint64 normId : std::as_const(clause.normIds)) {
        if (!norm(normId))
            throw Error(Error::Kind::Invalid, tr("clause %1: unknown norm").arg(clause.number));
    }
    ordinal = std::clamp(ordinal, 0, m_catalogue.clauseCountOf(clause.documentId));
    Transaction t(db());
    Clause c = clause;
    c.ordinal = ordinal;
    c.id = m_storage->insertClause(c);
    ClauseRevision first;
    first.id = c.revisionId;
    first.clauseId = c.id;
    first.text = c.text;
    first.author = author();
    first.created = QDateTime::currentDateTimeUtc();
    first.note = note;
    c.revisionId = m_storage->insertRevision(first);
    t.commit();
    m_catalogue.insertClause(c, ordinal);
    Q_EMIT clauseInserted(c.documentId, ordinal, c.id);
    return c.id;
}

ClauseSnapshot Workspace::takeClause(qint64 clauseId)
{
    requireWritable();
    const Clause *found = m_catalogue.findClause(clauseId);
    if (!found)
        throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(clauseId));
    ClauseSnapshot snap;
    snap.clause = *found;
    snap.revisions = revisions(clauseId);
    snap.store = positionSnapshot(clauseId);
    snap.descendants = m_catalogue.descendants(clauseId);
    QList<PositionKey> keys; // rows: id, clause_id, state_id, alternative, stance, detail_id
    for (const QVariantList &row : std::as_const(snap.store.positions))
        keys << PositionKey{clauseId, isoOfStateId(row.at(2).toLongLong()), row.at(3).toString()};
    Transaction t(db());
    if (!keys.isEmpty())
        removePositions(keys);
    m_storage->deleteClause(clauseId, snap.clause.documentId, snap.clause.ordinal);
    t.commit();
    m_catalogue.removeClause(clauseId); // descendants lose their origin, as in the file
    m_positionStore.setOrphanedStates(clauseId, {});
    Q_EMIT clauseRemoved(snap.clause.documentId, snap.clause.ordinal, clauseId);
    return snap;
}

void Workspace::restoreClause(const ClauseSnapshot &snap)
{
    requireWritable();
    if (snap.revisions.isEmpty())
        throw Error(Error::Kind::Invalid,
                    tr("clause %1 has no revision to restore").arg(snap.clause.number));
    Transaction t(db());
    Clause c = snap.clause;
    c.text = snap.revisions.first().text;
    c.revisionId = snap.revisions.first().id;
    insertClause(c, snap.clause.ordinal, snap.revisions.first().note);
    // The other revisions, with their ids, authors and times.
    m_storage->writeRevisionAuthor(c.revisionId, snap.revisions.first().author,
                                   snap.revisions.first().created);
    for (qsizetype i = 1; i < snap.revisions.size(); ++i) {
        ClauseRevision r = snap.revisions[i];
        r.clauseId = c.id;
        m_storage->insertRevision(r);
    }
    m_storage->writeClauseText(c.id, snap.clause.text);
    for (qint64 d : snap.descendants)
        m_storage->writeClauseOrigin(d, c.id);
    // Every position record as it was: the rows with their ids, the details with their
    // authors and times, the detached positions (text identity).
    restorePositions(snap.store);
    t.commit();
    m_catalogue.setClauseText(c.id, snap.clause.text, snap.revisions.last().id);
    for (qint64 d : snap.descendants)
        m_catalogue.setClauseOrigin(d, c.id);
    Q_EMIT clauseChanged(c.id, ClauseChange::Text);
}

void Workspace::setClauseNumber(qint64 clauseId, const QString &number)
{
    requireWritable();
    const Clause *it = m_catalogue.findClause(clauseId);
    if (!it)
        throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(clauseId));
    if (number.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("a clause needs a number"));
    Transaction t(db());
    m_storage->writeClauseNumber(clauseId, number.trimmed());
    t.commit();
    m_catalogue.setClauseNumber(clauseId, number.trimmed());
    Q_EMIT clauseChanged(clauseId, ClauseChange::Number);
}

void Workspace::setClauseNorms(qint64 clauseId, const QList<qint64> &normIds)
{
    requireWritable();
    const Clause *it = m_catalogue.findClause(clauseId);
    if (!it)
        throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(clauseId));
    for (qint64 n : normIds) {
        if (!norm(n))
            throw Error(Error::Kind::Invalid, tr("clause %1: unknown norm").arg(it->number));
    }
    Transaction t(db());
    m_storage->writeClauseNorms(clauseId, normIds);
    t.commit();
    m_catalogue.setClauseNorms(clauseId, normIds);
    Q_EMIT clauseChanged(clauseId, ClauseChange::Norms);
}

qint64 Workspace::reviseClause(qint64 clauseId, const QString &text, const QString &note)
{
    requireWritable();
    const Clause *it = m_catalogue.findClause(clauseId);
    if (!it)
        throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(clauseId));
    ClauseRevision revision;
    revision.clauseId = clauseId;
    revision.text = text;
    revision.author = author();
    revision.created = QDateTime::currentDateTimeUtc();
    revision.note = note;
    Transaction t(db());
    const qint64 revisionId = m_storage->insertRevision(revision);
    m_storage->writeClauseText(clauseId, text);
    t.commit();
    m_catalogue.setClauseText(clauseId, text, revisionId);
    Q_EMIT clauseChanged(clauseId, ClauseChange::Text);
    return revisionId;
}

void Workspace::removeLatestRevision(qint64 clauseId, qint64 revisionId)
{
    requireWritable();
    const Clause *it = m_catalogue.findClause(clauseId);
    if (!it)
        throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(clauseId));
    const QList<ClauseRevision> history = revisions(clauseId);
    if (history.size() < 2 || history.last().id != revisionId)
        throw Error(Error::Kind::Invalid,
                    tr("clause %1: revision %2 is not the latest one and cannot be removed")
                        .arg(it->number)
                        .arg(revisionId));
    const QString previous = history.at(history.size() - 2).text;
    Transaction t(db());
    // Positions given on the removed revision fall back to "unknown revision".
    m_storage->deleteRevision(revisionId);
    m_storage->writeClauseText(clauseId, previous);
    t.commit();
    m_positionStore.forgetRevision(revisionId);
    m_catalogue.setClauseText(clauseId, previous, history.at(history.size() - 2).id);
    Q_EMIT clauseChanged(clauseId, ClauseChange::Text);
}

qint64 Workspace::setPosition(const Position &position)
{
    setPositions({position});
    const auto saved = this->position(position.clauseId, position.state, position.alternative);
    return saved ? saved->id : 0;
}

// ---- positions (issue 4) --------------------------------------------------------------------

StateSet Workspace::stateSet(const QStringList &iso3) const
{
    StateSet set(int(m_positionStore.stateOrder().size()));
    for (const QString &code : iso3) {
        const int i = stateIndex(code);
        if (i < 0 && m_catalogue.states().isObserver(code))
            continue; // an observer (a sponsor, say) is never among the states counted
        if (i < 0)
            throw Error(Error::Kind::Invalid, tr("unknown state '%1'").arg(code));
        set.insert(i);
    }
    return set;
}

StateSet Workspace::processMemberSet(const Process &process) const
{
    return stateSet(processMembers(process));
}

QList<Position> Workspace::positions(qint64 clauseId) const
{
    return m_storage->readPositions(clauseId);
}

std::optional<Position> Workspace::position(qint64 clauseId, const QString &state,
                                            const QString &alternative) const
{
    const qint64 sid = m_catalogue.stateId(state.toUpper());
    if (!sid)
        return std::nullopt;
    return m_storage->readPosition(clauseId, sid, alternative);
}

bool Workspace::isOutdated(const Position &position) const
{
    const Clause *c = m_catalogue.findClause(position.clauseId);
    return c && position.revisionId != c->revisionId;
}

QList<PositionHistoryEntry> Workspace::positionHistory(qint64 clauseId, const QString &state) const
{
    return m_storage->readHistory(clauseId, state);
}

PositionWriter Workspace::positionWriter()
{
    return PositionWriter(*m_storage, m_catalogue, m_positionStore, author(),
                          PositionWriter::now());
}

void Workspace::setPositions(const QList<Position> &positions)
{
    requireWritable();
    emitPositionsChanged(positionWriter().set(positions));
}

void Workspace::emitPositionsChanged(const QSet<std::pair<qint64, QString>> &touched)
{
    QMap<qint64, QStringList> byClause;
    for (const auto &[clauseId, alternative] : touched)
        byClause[clauseId] << alternative;
    for (auto it = byClause.begin(); it != byClause.end(); ++it) {
        it->sort();
        Q_EMIT positionsChanged(it.key(), *it);
    }
}

void Workspace::removePositions(const QList<PositionKey> &keys)
{
    requireWritable();
    emitPositionsChanged(positionWriter().remove(keys));
}

QList<PositionGroup> Workspace::positionGroups(const QList<qint64> &clauseIds) const
{
    return PositionGroupReader(*m_storage, m_positionStore).read(clauseIds);
}

qint64 Workspace::pendingSearchRows() const
{
    return m_storage->dialect().pendingSearchRows(db());
}

Workspace::DeferredIndexing::DeferredIndexing(Workspace &workspace)
    : m_workspace(workspace)
{
    if (m_workspace.m_storage->isReadOnly())
        return; // nothing is written
    if (m_workspace.m_indexingDeferred)
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("Plenipo::Workspace",
                                                "the search index is already being deferred"));
    m_workspace.m_storage->dialect().setIndexOnCommit(m_workspace.db(), false);
    m_workspace.m_indexingDeferred = true;
    m_active = true;
}

Workspace::DeferredIndexing::~DeferredIndexing()
{
    try {
        finish();
    } catch (const Error &e) {
        // The rows stay queued (and committed): the next transaction or search indexes them.
        qWarning("Plenipo: indexing %s after a bulk import failed (the next change does it): %s",
                 qPrintable(m_workspace.filePath()), e.what());
    }
}

void Workspace::DeferredIndexing::finish()
{
    if (!m_active)
        return;
    m_active = false;
    m_workspace.m_indexingDeferred = false;
    m_workspace.m_storage->dialect().setIndexOnCommit(m_workspace.db(), true);
    // The hook is back: an empty transaction's commit indexes the queue.
    Transaction t(m_workspace.db());
    t.commit();
}

QList<SearchHit> Workspace::search(const SearchQuery &query,
                                   QList<SearchHit::Kind> *truncated) const
{
    QSqlDatabase &db = this->db();
    // Rows written outside a Transaction (an autocommit statement) are still queued: index them
    // first, so that a search always sees every row (nothing to do in the usual case).
    if (!m_storage->isReadOnly()) {
        Transaction t(db);
        m_storage->dialect().flushSearchIndex(db);
        t.commit();
    }
    QList<SearchHit> hits = SearchIndex::search(db, m_storage->dialect(), query, truncated);
    for (SearchHit &hit : hits) {
        const Document *doc = document(hit.documentId);
        const Clause *clauseIt = m_catalogue.findClause(hit.clauseId);
        const QString clauseLabel =
            !clauseIt ? QString() : (doc ? doc->symbol + u' ' : QString()) + clauseIt->number;
        switch (hit.kind) {
        case SearchHit::Kind::Clause:
        case SearchHit::Kind::Revision:
        case SearchHit::Kind::Position:
            hit.label = clauseLabel;
            break;
        case SearchHit::Kind::Document:
            hit.label = doc ? doc->symbol : QString();
            break;
        case SearchHit::Kind::Norm:
            if (const Norm *n = norm(hit.id))
                hit.label = n->code;
            break;
        case SearchHit::Kind::State:
            if (const QString iso = isoOfStateId(hit.id); !iso.isEmpty()) {
                hit.states = {iso};
                if (const State *s = m_catalogue.states().byIso3(iso))
                    hit.label = u"%1 (%2)"_s.arg(s->name, s->iso3);
            }
            break;
        }
    }
    return hits;
}

QStringList Workspace::adherents(qint64 documentId) const
{
    return m_storage->readAdherents(documentId);
}

void Workspace::setAdherents(qint64 documentId, const QStringList &iso3)
{
    requireWritable();
    if (!document(documentId))
        throw Error(Error::Kind::NotFound, tr("no document with id %1").arg(documentId));
    QList<qint64> ids;
    for (const QString &code : iso3)
        ids << stateId(code);
    Transaction t(db());
    m_storage->writeAdherents(documentId, ids);
    t.commit();
}

QList<RecordedVote> Workspace::recordedVotes() const
{
    return m_storage->readRecordedVotes(m_catalogue);
}

std::optional<RecordedVote> Workspace::recordedVote(qint64 documentId) const
{
    return m_storage->readRecordedVote(documentId, m_catalogue);
}

qint64 Workspace::addRecordedVote(const RecordedVote &vote)
{
    requireWritable();
    if (!document(vote.documentId))
        throw Error(Error::Kind::NotFound, tr("no document with id %1").arg(vote.documentId));
    QList<std::pair<qint64, int>> rows;
    for (auto it = vote.choices.cbegin(); it != vote.choices.cend(); ++it) {
        const int c = int(it.value());
        if (c < 1 || c > 4)
            throw Error(Error::Kind::Invalid,
                        tr("recorded vote: bad choice %1 for %2").arg(c).arg(it.key()));
        rows.append({stateId(it.key()), c});
    }
    Transaction t(db());
    const qint64 id = m_storage->insertRecordedVote(vote, rows);
    t.commit();
    return id;
}

void Workspace::removeGroup(qint64 groupId)
{
    requireWritable();
    if (!m_catalogue.groupById(groupId))
        throw Error(Error::Kind::NotFound, tr("no group with id %1").arg(groupId));
    Transaction t(db());
    m_storage->deleteGroup(groupId);
    t.commit();
    m_catalogue.removeGroup(groupId);
    Q_EMIT groupsChanged();
}

void Workspace::removeProcess(qint64 processId)
{
    requireWritable();
    if (!process(processId))
        throw Error(Error::Kind::NotFound, tr("no process with id %1").arg(processId));
    Transaction t(db());
    m_storage->deleteProcess(processId);
    t.commit();
    m_catalogue.removeProcess(processId);
    Q_EMIT processesChanged();
}

void Workspace::removeDocument(qint64 documentId)
{
    requireWritable();
    if (!document(documentId))
        throw Error(Error::Kind::NotFound, tr("no document with id %1").arg(documentId));
    Q_EMIT documentAboutToBeRemoved(documentId);
    Transaction t(db());
    m_storage->deleteDocument(documentId);
    t.commit();
    for (qint64 id : m_catalogue.removeDocument(documentId)) {
        m_positionStore.removeClause(id);
    }
    Q_EMIT documentRemoved(documentId);
}

void Workspace::setDocumentPredecessor(qint64 documentId, qint64 predecessorId)
{
    requireWritable();
    if (!document(documentId) || (predecessorId && !document(predecessorId)))
        throw Error(
            Error::Kind::NotFound,
            tr("no document with id %1").arg(document(documentId) ? predecessorId : documentId));
    Transaction t(db());
    m_storage->writeDocumentPredecessor(documentId, predecessorId);
    t.commit();
    m_catalogue.setDocumentPredecessor(documentId, predecessorId);
}

// ---- text identity (issue 10) ---------------------------------------------------------------

bool Workspace::isOutdated(qint64 clauseId, QStringView alternative, int state) const
{
    const Clause *c = m_catalogue.findClause(clauseId);
    return c && m_positionStore.isOutdated(clauseId, alternative, state, c->revisionId);
}

StateSet Workspace::outdatedStates(qint64 clauseId, QStringView alternative) const
{
    const Clause *c = m_catalogue.findClause(clauseId);
    return c ? m_positionStore.outdatedStates(clauseId, alternative, c->revisionId)
             : StateSet(m_positionStore.stateCount());
}

StateSet Workspace::outdatedStates(qint64 clauseId) const
{
    const Clause *c = m_catalogue.findClause(clauseId);
    return c ? m_positionStore.outdatedStates(clauseId, c->revisionId)
             : StateSet(m_positionStore.stateCount());
}

QList<DetachedPosition> Workspace::detachedPositions(qint64 clauseId) const
{
    return m_storage->readDetached(clauseId);
}

PositionSnapshot Workspace::positionSnapshot(qint64 clauseId) const
{
    return PositionCarrier::snapshot(*m_storage, m_positionStore, clauseId);
}

PositionSnapshot Workspace::positionSnapshotForCarry(qint64 clauseId,
                                                     const QList<AlternativeCarry> &carries) const
{
    return PositionCarrier::snapshotForCarry(*m_storage, m_positionStore, clauseId, carries);
}

PositionSnapshot
Workspace::positionSnapshotBeforeCarry(const PositionSnapshot &kept,
                                       const QList<AlternativeCarry> &carries) const
{
    return PositionCarrier::snapshotBeforeCarry(*m_storage, m_catalogue, m_positionStore, kept,
                                                carries);
}

void Workspace::restorePositions(const PositionSnapshot &snapshot)
{
    requireWritable();
    PositionCarrier(*m_storage, m_catalogue, m_positionStore).restore(snapshot);
    Q_EMIT positionsChanged(snapshot.clauseId, {});
}

void Workspace::carryPositions(qint64 clauseId, const QList<AlternativeCarry> &carries,
                               qint64 fromRevisionId, qint64 toRevisionId)
{
    requireWritable();
    PositionCarrier(*m_storage, m_catalogue, m_positionStore)
        .carry(clauseId, carries, fromRevisionId, toRevisionId);
    Q_EMIT positionsChanged(clauseId, {});
}

void Workspace::reattachPosition(qint64 detachedId, const QString &alternative)
{
    requireWritable();
    const qint64 clauseId = positionWriter().reattach(detachedId, alternative);
    loadDetachedIndex();
    Q_EMIT positionsChanged(clauseId, {});
}

void Workspace::discardDetached(const QList<qint64> &detachedIds)
{
    requireWritable();
    const QSet<qint64> clauses = positionWriter().discardDetached(detachedIds);
    loadDetachedIndex();
    for (qint64 id : clauses)
        Q_EMIT positionsChanged(id, {});
}

} // namespace Plenipo
