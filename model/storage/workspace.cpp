// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/workspace.h"

#include "core/authorprovider.h"
#include "core/domaintext.h"
#include "core/error.h"
#include "core/searchquery.h"
#include "storage/positionrows.h"
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
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUndoStack>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cstdio>

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
    snap.positions = positions(clauseId);
    snap.store = positionSnapshot(clauseId);
    snap.descendants = m_catalogue.descendants(clauseId);
    QList<PositionKey> keys;
    for (const Position &p : std::as_const(snap.positions))
        keys << PositionKey{p.clauseId, p.state, p.alternative};
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
    if (!snap.positions.isEmpty())
        setPositions(snap.positions);
    // The detached positions (text identity) come back as they were; the positions on the text
    // were restored above with their details.
    if (!snap.store.detached.isEmpty()) {
        PositionSnapshot detached = positionSnapshot(c.id);
        detached.detached = snap.store.detached;
        detached.details += snap.store.details;
        restorePositions(detached);
    }
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

namespace {

// "" or "gN.M" (N, M >= 1).
bool isAlternativeId(const QString &id)
{
    if (id.isEmpty())
        return true;
    static const QRegularExpression re(u"^g[1-9][0-9]*\\.[1-9][0-9]*$"_s);
    return re.match(id).hasMatch();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

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
// deletes it. Its detail row stays until no position uses it (Workspace::releaseDetails).
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

void Workspace::writeStanceVectors(const QSet<std::pair<qint64, QString>> &touched)
{
    SqlQuery del(db(), u"DELETE FROM stance_vector WHERE clause_id = ? AND alternative = ?"_s);
    SqlQuery ins(db(), u"INSERT INTO stance_vector (clause_id, alternative, stances, details) "
                       u"VALUES (?, ?, ?, ?)"_s);
    for (const auto &[clauseId, alternative] : touched) {
        del.set(0, clauseId).set(1, alternative).exec();
        const QByteArray bytes = m_positionStore.stances().vector(clauseId, alternative);
        if (bytes.count('\0') == bytes.size())
            continue; // nothing recorded any more
        ins.set(0, clauseId).set(1, alternative).set(2, bytes);
        ins.set(3, m_positionStore.stances().detailRuns(clauseId, alternative)).exec();
    }
}

void Workspace::releaseDetails(const QSet<qint64> &detailIds)
{
    SqlQuery del(db(), u"DELETE FROM position_detail WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                       u"position WHERE detail_id = ?) AND NOT EXISTS (SELECT 1 FROM "
                       u"detached_position WHERE detail_id = ?)"_s);
    for (qint64 id : detailIds) {
        if (id)
            del.set(0, id).set(1, id).set(2, id).exec();
    }
}

void Workspace::setPositions(const QList<Position> &positions)
{
    requireWritable();
    if (positions.isEmpty())
        return;
    // Check everything before writing anything.
    QList<int> indices;
    indices.reserve(positions.size());
    QSet<QString> checkedAlternatives; // the same few ids repeat: check each once
    for (const Position &p : positions) {
        if (!m_catalogue.hasClause(p.clauseId))
            throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(p.clauseId));
        const int index = m_positionStore.stateIndex(p.state);
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
    const QString time = now();
    // The matrix tells which positions exist, so a new one costs a single INSERT (this is what
    // makes generating 1.5 million positions fast).
    VectorChanges changes(m_positionStore.stances());
    Transaction t(db());
    try {
        const QString author = this->author();
        PositionArchiver archiver(db(), author, time, false);
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
                insertDetail.set(7, author).set(8, time).exec();
                id = insertDetail.lastId();
                detailIds.insert(key, id);
                m_positionStore.setDetailRevision(id, p.revisionId);
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
                    .set(k + 1, m_catalogue.stateId(m_positionStore.stateOrder().at(indices[i])));
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
            if (m_positionStore.stances().hasPosition(p.clauseId, p.alternative, index)) {
                flush(); // the row being replaced may still be pending
                archiver.archive(p.clauseId,
                                 m_catalogue.stateId(m_positionStore.stateOrder().at(index)),
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
            m_positionStore.stances().set(p.clauseId, p.alternative, index, p.stance);
        }
        flush();
        changes.finish();
        writeStanceVectors(changes.touched());
        releaseDetails(released);
        t.commit();
    } catch (...) {
        changes.restore();
        throw;
    }
    emitPositionsChanged(changes.touched());
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
    VectorChanges changes(m_positionStore.stances());
    Transaction t(db());
    try {
        PositionArchiver archiver(db(), author(), now(), true);
        QSet<qint64> released;
        for (const PositionKey &k : keys) {
            const int index = stateIndex(k.state);
            if (index < 0 ||
                !m_positionStore.stances().hasPosition(k.clauseId, k.alternative, index))
                continue;
            archiver.archive(k.clauseId,
                             m_catalogue.stateId(m_positionStore.stateOrder().at(index)),
                             k.alternative);
            QList<qint64> &details = changes.touch(k.clauseId, k.alternative);
            if (index < details.size()) {
                released.insert(details[index]);
                details[index] = 0;
            }
            m_positionStore.stances().set(k.clauseId, k.alternative, index, std::nullopt);
        }
        changes.finish();
        writeStanceVectors(changes.touched());
        releaseDetails(released);
        t.commit();
    } catch (...) {
        changes.restore();
        throw;
    }
    emitPositionsChanged(changes.touched());
}

QList<PositionGroup> Workspace::positionGroups(const QList<qint64> &clauseIds) const
{
    // The groups from the vectors, each with the detail row its states use (read below).
    QList<PositionGroup> groups;
    QList<qint64> groupDetail;                      // aligned with `groups`
    QList<std::pair<qint64, qsizetype>> clauseEnds; // clause, end of its groups
    QSet<qint64> fromRows; // clauses whose vectors do not match (read from their rows)
    for (const qint64 clauseId : clauseIds) {
        QStringList alternatives = m_positionStore.stances().alternatives(clauseId);
        std::sort(alternatives.begin(), alternatives.end());
        for (const QString &alternative : std::as_const(alternatives)) {
            const QByteArray stances = m_positionStore.stances().vector(clauseId, alternative);
            const QList<qint64> details =
                m_positionStore.stances().detailIds(clauseId, alternative);
            const qsizetype alternativeFirst = groups.size();
            for (int state = 0; state < stances.size() && state < details.size(); ++state) {
                const quint8 byte = quint8(stances[state]);
                if (!byte)
                    continue;
                if (!details[state]) {
                    fromRows.insert(clauseId);
                    break;
                }
                const Stance stance = StanceMatrix::stanceOf(byte);
                qsizetype g = groups.size() - 1;
                while (g >= alternativeFirst &&
                       (groupDetail[g] != details[state] || groups[g].shared.stance != stance))
                    --g;
                if (g < alternativeFirst) {
                    PositionGroup group;
                    group.shared.clauseId = clauseId;
                    group.shared.alternative = alternative;
                    group.shared.stance = stance;
                    groups.append(group);
                    groupDetail.append(details[state]);
                    g = groups.size() - 1;
                }
                groups[g].states.append(state);
            }
        }
        clauseEnds.append({clauseId, groups.size()});
    }

    // Each detail row once, a chunk of ids per statement.
    QHash<qint64, Position> details;
    const QSet<qint64> wanted(groupDetail.cbegin(), groupDetail.cend());
    const QList<qint64> ids(wanted.cbegin(), wanted.cend());
    constexpr qsizetype chunk = 256;
    const auto sql = [](qsizetype n) {
        QString placeholders = u"?"_s;
        for (qsizetype i = 1; i < n; ++i)
            placeholders += u", ?"_s;
        return u"SELECT id, source_kind, source_text, source_symbol, source_date, note, "
               u"internal, revision_id, author, modified FROM position_detail WHERE id IN (%1)"_s
                   .arg(placeholders);
    };
    std::optional<SqlQuery> full;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const qsizetype n = std::min(chunk, ids.size() - from);
        std::optional<SqlQuery> partial;
        if (n == chunk && !full)
            full.emplace(db(), sql(chunk));
        if (n != chunk)
            partial.emplace(db(), sql(n));
        SqlQuery &q = n == chunk ? *full : *partial;
        for (qsizetype i = 0; i < n; ++i)
            q.set(int(i), ids[from + i]);
        q.exec();
        while (q.next())
            PositionRows::readDetails(q, 1, details[q.value(0).toLongLong()]);
    }

    QList<PositionGroup> result;
    result.reserve(groups.size());
    qsizetype first = 0;
    for (const auto &[clauseId, end] : std::as_const(clauseEnds)) {
        bool complete = !fromRows.contains(clauseId);
        for (qsizetype g = first; complete && g < end; ++g)
            complete = details.contains(groupDetail[g]);
        if (complete) {
            for (qsizetype g = first; g < end; ++g) {
                PositionGroup &group = groups[g];
                Position shared = details.value(groupDetail[g]);
                shared.clauseId = clauseId;
                shared.alternative = group.shared.alternative;
                shared.stance = group.shared.stance;
                group.shared = std::move(shared);
                result.append(std::move(group));
            }
        } else {
            // The vectors disagree with the rows: group the rows themselves.
            qWarning("Plenipo: the detail vectors of clause %lld do not match its positions; "
                     "read from the position rows",
                     qlonglong(clauseId));
            const qsizetype clauseFirst = result.size();
            for (const Position &p : positions(clauseId)) {
                qsizetype g = result.size() - 1;
                for (; g >= clauseFirst; --g) {
                    const Position &s = result[g].shared;
                    if (s.alternative == p.alternative && s.stance == p.stance &&
                        DetailKey(s).matches(p) && s.author == p.author && s.modified == p.modified)
                        break;
                }
                if (g < clauseFirst) {
                    PositionGroup group;
                    group.shared = p;
                    group.shared.id = 0;
                    group.shared.state.clear();
                    result.append(group);
                    g = result.size() - 1;
                }
                result[g].states.append(stateIndex(p.state));
            }
        }
        first = end;
    }
    return result;
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

// ---- text identity (issue 10) ---------------------------------------------------------------

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
    return positionSnapshot(clauseId, nullptr);
}

PositionSnapshot Workspace::positionSnapshotForCarry(qint64 clauseId,
                                                     const QList<AlternativeCarry> &carries) const
{
    QStringList detached;
    for (const AlternativeCarry &c : carries) {
        if (!c.follows())
            detached << c.from;
    }
    return positionSnapshot(clauseId, &detached);
}

PositionSnapshot
Workspace::positionSnapshotBeforeCarry(const PositionSnapshot &kept,
                                       const QList<AlternativeCarry> &carries) const
{
    QSqlDatabase &db = this->db();
    PositionSnapshot snap = kept;
    const qint64 clauseId = kept.clauseId;
    QHash<QString, QString> back; // alternative now -> before the carry
    for (const AlternativeCarry &c : carries) {
        if (c.follows())
            back.insert(c.to, c.from);
    }
    QHash<qint64, int> indexOfState;
    for (auto it = m_catalogue.stateIds().cbegin(); it != m_catalogue.stateIds().cend(); ++it)
        indexOfState.insert(it.value(), m_positionStore.stateIndex(it.key()));
    struct Vectors
    {
        QVariant alternative;
        QByteArray stances;
        QList<qint64> details;
    };
    QHash<QString, Vectors> before; // the vectors before the carry
    qsizetype expected = 0;         // the positions before the carry
    for (const QVariantList &row : kept.vectors) {
        Vectors v{row.at(1), row.at(2).toByteArray(),
                  StanceMatrix::decodeDetails(row.at(3).toByteArray(),
                                              m_positionStore.stances().stateCount())};
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
                        .arg(m_catalogue.clause(clauseId).value_or(Clause{}).number));
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    snap.positions.clear();
    snap.positions.reserve(rows.size());
    for (auto &[id, row] : rows)
        snap.positions.append(std::move(row));
    return snap;
}

PositionSnapshot Workspace::positionSnapshot(qint64 clauseId, const QStringList *only) const
{
    QSqlDatabase &db = this->db();
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
            for (const QString &alternative : m_positionStore.stances().alternatives(clauseId)) {
                const QByteArray stances = m_positionStore.stances().vector(clauseId, alternative);
                const QList<qint64> details =
                    m_positionStore.stances().detailIds(clauseId, alternative);
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

void Workspace::restorePositions(const PositionSnapshot &snap)
{
    requireWritable();
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
                    StanceMatrix::decodeDetails(runs, m_positionStore.stances().stateCount());
                for (qint64 &id : ids)
                    id = remap.value(id, id);
                runs = StanceMatrix::encodeDetails(ids);
            }
            ins.set(0, clauseId).set(1, row.at(1)).set(2, row.at(2)).set(3, runs).exec();
            vectors.append({row.at(1).toString(), {row.at(2).toByteArray(), runs}});
        }
    }
    releaseDetails(released);
    t.commit();
    m_positionStore.stances().removeClause(clauseId);
    for (const auto &[alternative, v] : std::as_const(vectors)) {
        m_positionStore.stances().setVector(clauseId, alternative, v.first);
        m_positionStore.stances().setDetailRuns(clauseId, alternative, v.second);
    }
    for (auto it = revisions.cbegin(); it != revisions.cend(); ++it)
        m_positionStore.setDetailRevision(it.key(), it.value());
    QList<int> orphaned;
    for (const QVariantList &row : snap.detached) {
        const int index = stateIndexOfRow(row.at(2).toLongLong());
        if (row.at(7).toString() == u"orphaned"_s && index >= 0 && !orphaned.contains(index))
            orphaned << index;
    }
    m_positionStore.setOrphanedStates(clauseId, orphaned);
    Q_EMIT positionsChanged(clauseId, {});
}

void Workspace::carryPositions(qint64 clauseId, const QList<AlternativeCarry> &carries,
                               qint64 fromRevisionId, qint64 toRevisionId)
{
    requireWritable();
    const Clause *clauseIt = m_catalogue.findClause(clauseId);
    if (!clauseIt)
        throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(clauseId));
    const QString number = clauseIt->number;
    QHash<QString, const AlternativeCarry *> byFrom;
    QSet<QString> targets;
    for (const AlternativeCarry &c : carries) {
        if (c.from.isEmpty() || !isAlternativeId(c.from) || byFrom.contains(c.from))
            throw Error(Error::Kind::Invalid,
                        tr("clause %1: alternative '%2' is carried twice or is not an id")
                            .arg(number, c.from));
        byFrom.insert(c.from, &c);
        if (!c.follows())
            continue;
        if (c.to.isEmpty() || !isAlternativeId(c.to) || targets.contains(c.to))
            throw Error(
                Error::Kind::Invalid,
                tr("clause %1: two alternatives would be carried to '%2'").arg(number, c.to));
        targets.insert(c.to);
    }
    const QStringList present = m_positionStore.stances().alternatives(clauseId);
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
    QList<int> orphanedNow = m_positionStore.orphanedStates(clauseId);
    QHash<qint64, qint64> clones; // detail row -> its copy on the new revision
    QSet<qint64> inPlace;         // detail rows moved to the new revision themselves
    QSet<qint64> released;
    const QString time = now();
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
                const QByteArray stances = m_positionStore.stances().vector(clauseId, alternative);
                const QList<qint64> details =
                    m_positionStore.stances().detailIds(clauseId, alternative);
                for (int state = 0; state < details.size() && state < stances.size(); ++state) {
                    const qint64 d = details[state];
                    if (d && stances[state] && m_positionStore.detailRevision(d) == fromRevisionId)
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
            const QByteArray stances = m_positionStore.stances().vector(clauseId, alternative);
            QList<qint64> details = m_positionStore.stances().detailIds(clauseId, alternative);
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
                        inPlace.contains(old) ||
                        m_positionStore.detailRevision(old) != fromRevisionId)
                        continue;
                    qint64 copy = clones.value(old);
                    if (!copy) {
                        clone.set(0, toRevisionId).set(1, old).exec();
                        copy = clone.lastId();
                        clones.insert(old, copy);
                        m_positionStore.setDetailRevision(copy, toRevisionId);
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
        releaseDetails(released);
    }
    t.commit();
    for (qint64 d : std::as_const(inPlace))
        m_positionStore.setDetailRevision(d, toRevisionId);
    m_positionStore.stances().removeClause(clauseId);
    for (const NewRow &row : std::as_const(rows)) {
        if (row.stances.count('\0') == row.stances.size())
            continue;
        m_positionStore.stances().setVector(clauseId, row.alternative, row.stances);
        m_positionStore.stances().setDetailRuns(clauseId, row.alternative,
                                                StanceMatrix::encodeDetails(row.details));
    }
    m_positionStore.setOrphanedStates(clauseId, orphanedNow);
    Q_EMIT positionsChanged(clauseId, {});
}

void Workspace::reattachPosition(qint64 detachedId, const QString &alternative)
{
    requireWritable();
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
    const int index = stateIndexOfRow(stateRow);
    if (index < 0)
        throw Error(Error::Kind::NotFound, tr("the state of that position is unknown"));
    VectorChanges changes(m_positionStore.stances());
    Transaction t(db());
    try {
        QList<qint64> &details = changes.touch(clauseId, alternative);
        QSet<qint64> released;
        if (m_positionStore.stances().hasPosition(clauseId, alternative, index)) {
            PositionArchiver(db(), m_author, now(), false).archive(clauseId, stateRow, alternative);
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
        m_positionStore.stances().set(clauseId, alternative, index, Stance(stance));
        changes.finish();
        writeStanceVectors(changes.touched());
        released.remove(detail);
        releaseDetails(released);
        t.commit();
    } catch (...) {
        changes.restore();
        throw;
    }
    loadDetachedIndex();
    Q_EMIT positionsChanged(clauseId, {});
}

void Workspace::discardDetached(const QList<qint64> &detachedIds)
{
    requireWritable();
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
    const QString time = now();
    for (qint64 id : detachedIds) {
        read.set(0, id).exec();
        if (!read.next())
            throw Error(Error::Kind::NotFound, tr("no detached position with id %1").arg(id));
        clauses.insert(read.value(0).toLongLong());
        released.insert(read.value(1).toLongLong());
        archive.set(0, m_author).set(1, time).set(2, id).exec();
        remove.set(0, id).exec();
    }
    releaseDetails(released);
    t.commit();
    loadDetachedIndex();
    for (qint64 id : std::as_const(clauses))
        Q_EMIT positionsChanged(id, {});
}

} // namespace Plenipo
