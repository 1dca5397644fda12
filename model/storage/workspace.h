// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/alternativecarry.h"
#include "core/clause.h"
#include "core/clauserevision.h"
#include "core/clausesnapshot.h"
#include "core/detachedposition.h"
#include "core/document.h"
#include "core/norm.h"
#include "core/position.h"
#include "core/positiongroup.h"
#include "core/positionhistoryentry.h"
#include "core/positionkey.h"
#include "core/positionsnapshot.h"
#include "core/process.h"
#include "core/recordedvote.h"
#include "core/searchhit.h"
#include "core/statedirectory.h"
#include "core/stategroup.h"
#include "core/stateset.h"
#include "storage/catalogue.h"
#include "storage/positionstore.h"
#include "storage/positionwriter.h"
#include "storage/stancematrix.h"
#include "storage/transaction.h"
#include "storage/workspacestorage.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QLockFile;
class QUndoStack;

namespace Plenipo {

class SearchQuery;
class SqlDialect;
class SqlQuery;

// An open workspace: one database file holding states, groups, processes, norms, documents,
// clauses with their revisions, and positions. The workspace keeps everything in memory for fast
// reading and writes every change through to the database inside a transaction, so the file is
// always up to date (there is no "Save"; Save As copies).
//
// Like a Tiled document, the workspace owns the QUndoStack: user edits are QUndoCommands pushed
// there, and the commands call the mutators below.
//
// All failures throw Plenipo::Error with a message naming the file and the reason.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // What a clauseChanged() signal says changed.
    enum class ClauseChange
    {
        Text = 0x1,   // a revision added or taken back
        Number = 0x2, // renumbered
        Norms = 0x4,  // the norms it is linked to
    };
    Q_DECLARE_FLAGS(ClauseChanges, ClauseChange)
    Q_FLAG(ClauseChanges)

    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    ~Workspace() override;

    // Creates a new workspace file at `path`, which must not exist. `populate` (may be empty) fills
    // it inside one transaction before the file appears under its final name, so an interrupted or
    // failed creation leaves nothing behind. Returns the new workspace opened read-write.
    static std::unique_ptr<Workspace> create(const QString &path,
                                             const std::function<void(Workspace &)> &populate = {});

    // Opens an existing workspace. ReadWrite takes the lock beside the file (`FILE.lock`) and
    // throws Error::Kind::Locked when another process holds it; ReadOnly never writes anything.
    // An older workspace is upgraded (read-write only). The file is not modified unless it is
    // a valid workspace opened read-write.
    static std::unique_ptr<Workspace> open(const QString &path, Access access = Access::ReadWrite);

    // Path of the lock file that marks `workspacePath` as open for editing.
    static QString lockFilePath(const QString &workspacePath);

    QString filePath() const { return m_storage->location(); }
    bool isReadOnly() const { return m_storage->isReadOnly(); }
    int schemaVersion() const;
    QUndoStack *undoStack() const { return m_undoStack.get(); }

    // Writes a copy of the workspace to `path` atomically (a temporary file renamed over the
    // target), then continues on the copy, read-write.
    void saveAs(const QString &path);

    // The name recorded as author of revisions and position changes: the one set here, else
    // AuthorProvider::author() (the user's preferences, else the account's full name).
    QString author() const;
    // Overrides the author for this workspace (the sample's own data); empty: AuthorProvider.
    void setAuthor(const QString &author) { m_author = author; }

    // ---- reading --------------------------------------------------------------------------

    QString meta(const QString &key) const { return m_catalogue.meta(key); }
    // Non-empty when the workspace's positions are illustrative (the bundled sample): the UI
    // shows this notice wherever positions are shown.
    QString illustrativeNotice() const { return meta(QStringLiteral("illustrative")); }

    // The catalogue in memory (see Catalogue); the lookups below are its.
    const Catalogue &catalogue() const { return m_catalogue; }
    const StateDirectory &states() const { return m_catalogue.states(); }
    const QList<StateGroup> &groups() const { return m_catalogue.groups(); }
    const StateGroup *group(QStringView code) const { return m_catalogue.group(code); }
    const QList<Process> &processes() const { return m_catalogue.processes(); }
    const Process *process(qint64 id) const { return m_catalogue.process(id); }
    const Process *processByCode(QStringView code) const { return m_catalogue.processByCode(code); }
    // ISO3 codes of the process's members: every UN member state for an open process.
    QStringList processMembers(const Process &process) const
    {
        return m_catalogue.processMembers(process);
    }
    const QList<Norm> &norms() const { return m_catalogue.norms(); }
    const Norm *norm(qint64 id) const { return m_catalogue.norm(id); }
    const Norm *normByCode(QStringView code) const { return m_catalogue.normByCode(code); }
    const QList<Document> &documents() const { return m_catalogue.documents(); }
    const Document *document(qint64 id) const { return m_catalogue.document(id); }
    const Document *documentBySymbol(QStringView symbol) const
    {
        return m_catalogue.documentBySymbol(symbol);
    }
    QList<Document> documentsOfProcess(qint64 processId) const
    {
        return m_catalogue.documentsOfProcess(processId);
    }

    // The clauses of a document in order.
    QList<Clause> clauses(qint64 documentId) const { return m_catalogue.clauses(documentId); }
    std::optional<Clause> clause(qint64 id) const { return m_catalogue.clause(id); }
    // The clause numbered `number` in a document ("13(f)" of A/70/174), as SYMBOL#NUMBER names it.
    std::optional<Clause> clauseByNumber(qint64 documentId, QStringView number) const
    {
        return m_catalogue.clauseByNumber(documentId, number);
    }
    qsizetype clauseCount() const { return m_catalogue.clauseCount(); }
    // Every clause, in any document, linked to the norm.
    QList<Clause> clausesLinkedToNorm(qint64 normId) const
    {
        return m_catalogue.clausesLinkedToNorm(normId);
    }
    // Revisions of a clause, oldest first (read from the database).
    QList<ClauseRevision> revisions(qint64 clauseId) const;

    // ---- positions (issue 4) ----------------------------------------------------------------
    // Every state's stance, in memory (StanceMatrix); position details are read from the file.

    const StanceMatrix &stances() const { return m_positionStore.stances(); }
    // The positions in memory (see PositionStore); the lookups below are its.
    const PositionStore &positionStore() const { return m_positionStore; }
    // ISO3 codes in stance-vector order (ascending state row id): a StateSet's index i and
    // byte i of a stance vector are state stateOrder()[i]. Observer states are not in it (they
    // hold no positions; see StateDirectory).
    const QStringList &stateOrder() const { return m_positionStore.stateOrder(); }
    // Index of a state in stateOrder() (ISO3, any case), or -1 (also for an observer).
    int stateIndex(QStringView iso3) const { return m_positionStore.stateIndex(iso3); }
    // The states as a set, observers left out; throws Error naming the first unknown code.
    StateSet stateSet(const QStringList &iso3) const;
    // The members of a process as a set (every UN member state for an open process).
    StateSet processMemberSet(const Process &process) const;
    // ISO3 codes of a set, in stateOrder().
    QStringList iso3(const StateSet &states) const { return m_positionStore.iso3(states); }

    // The positions on a clause (whole clause and alternatives), read from the file, ordered by
    // alternative then state row id.
    QList<Position> positions(qint64 clauseId) const;
    std::optional<Position> position(qint64 clauseId, const QString &state,
                                     const QString &alternative = {}) const;
    // The positions on many clauses as groups of states sharing a stance and all details, in
    // the order of `clauseIds`, then by alternative, then by first state. Reads the detail
    // vectors in memory and each distinct detail row once, so a 2,000-clause document with 193
    // states reads a few thousand rows instead of 1.5 million; a clause whose vectors do not
    // match its rows (a damaged file) is read from its rows.
    QList<PositionGroup> positionGroups(const QList<qint64> &clauseIds) const;
    qsizetype positionCount() const { return m_positionStore.positionCount(); }
    // True when the position was given on another revision than the clause's current one
    // (or on an unknown one): it shows as possibly outdated until confirmed or changed.
    bool isOutdated(const Position &position) const;
    // Earlier values of the positions on a clause (of one state when `state` is given), newest
    // first.
    QList<PositionHistoryEntry> positionHistory(qint64 clauseId, const QString &state = {}) const;

    // ---- full-text search (issue 12) ---------------------------------------------------------

    // The hits of the query (see SearchQuery for the language and options), grouped by kind in
    // SearchHit::Kind order, in the order they were made (documents, then their clauses), at
    // most query.limit per kind, with their labels.
    // `truncated` (may be null) receives the kinds that had more. The index is part of the
    // file (schema version 5) and changes in the same transactions as the data.
    QList<SearchHit> search(const SearchQuery &query,
                            QList<SearchHit::Kind> *truncated = nullptr) const;
    // How many changed rows the index has still to take in. A workspace open for editing takes
    // them in before each search; this is for a read-only look while another session runs a
    // bulk import (see DeferredIndexing), whose search does not find those rows yet.
    qint64 pendingSearchRows() const;

    // While one lives, the workspace's transactions leave the rows they change queued for the
    // search index instead of indexing them before each commit; finish() (or the destructor)
    // indexes them all in one transaction. For a run of many transactions (a folder import):
    // each one still commits its queue entries with its data, so nothing is lost if the run
    // stops, and a search made in between takes the queue in first. Nested guards are not
    // allowed (throws Error).
    class DeferredIndexing
    {
    public:
        explicit DeferredIndexing(Workspace &workspace);
        ~DeferredIndexing();
        DeferredIndexing(const DeferredIndexing &) = delete;
        DeferredIndexing &operator=(const DeferredIndexing &) = delete;
        // Indexes what the run queued; throws Error (the rows stay queued, for the next commit).
        void finish();

    private:
        Workspace &m_workspace;
        bool m_active = false;
    };

    // The adherents of a (coalition) document, ISO3 codes sorted.
    QStringList adherents(qint64 documentId) const;

    // ---- recorded votes (issue 15) ----------------------------------------------------------
    // Read from the file on each call (a few hundred votes of 193 states read in milliseconds).

    // Every recorded vote, by document date then document id.
    QList<RecordedVote> recordedVotes() const;
    std::optional<RecordedVote> recordedVote(qint64 documentId) const;
    // ---- text identity (issue 10) -------------------------------------------------------------
    // The same test as isOutdated(const Position &) for one state's position in the stance
    // matrix, from memory (the revision of each detail row is kept loaded): false when none is
    // recorded.
    bool isOutdated(qint64 clauseId, QStringView alternative, int state) const;
    // The states whose position on the alternative ("" for the whole clause) is outdated.
    StateSet outdatedStates(qint64 clauseId, QStringView alternative) const;
    // The states with an outdated position on the clause or any of its alternatives.
    StateSet outdatedStates(qint64 clauseId) const;
    // The positions of the clause that left the text (orphaned or agreed; see
    // DetachedPosition), oldest first. Never in stances(), positions() or positionGroups().
    QList<DetachedPosition> detachedPositions(qint64 clauseId) const;
    // Indices (stateOrder()) of the states with an orphaned position on the clause, ascending,
    // once each; from memory.
    QList<int> orphanedStates(qint64 clauseId) const
    {
        return m_positionStore.orphanedStates(clauseId);
    }
    // Every stored record of the clause's positions (for an exact undo; see PositionSnapshot).
    PositionSnapshot positionSnapshot(qint64 clauseId) const;
    // What an undo of carryPositions(clauseId, carries, ...) needs, taken before it (what
    // SetClauseTextCommand keeps on every save): the snapshot without the position rows the
    // carry only moves (their ids do not change), only those of the alternatives it detaches.
    PositionSnapshot positionSnapshotForCarry(qint64 clauseId,
                                              const QList<AlternativeCarry> &carries) const;
    // After that carry (and nothing else since): the whole snapshot from before it, the moved
    // rows read from position_key with their alternatives, stances and detail rows from before.
    // Throws Error when the positions are not those the carry left.
    PositionSnapshot positionSnapshotBeforeCarry(const PositionSnapshot &kept,
                                                 const QList<AlternativeCarry> &carries) const;
    // Puts the clause's position records back exactly as the snapshot holds them (ids
    // included; a detail row whose id was meanwhile reused for other details is written under a
    // new id). One transaction.
    void restorePositions(const PositionSnapshot &snapshot);

    // Applies what SpanAligner found for a clause whose text just went from revision
    // `fromRevisionId` to `toRevisionId`, in one transaction: the positions on every
    // alternative `from` that follows move to `to` (all moves at once, so ids may swap);
    // those Kept that were current (given on `fromRevisionId`) now count as given on the new
    // revision, as their words did not change, while the others keep their revision and show
    // as outdated; those Agreed or Orphaned become detached positions with the old id and
    // words. Positions on alternatives not listed stay. Throws Error (nothing changed) when
    // two carries share a source or a target, or a target would land on positions that stay.
    void carryPositions(qint64 clauseId, const QList<AlternativeCarry> &carries,
                        qint64 fromRevisionId, qint64 toRevisionId);
    // Puts a detached position back on an alternative of its clause (`alternative` empty: the
    // whole clause). A position the state had there goes to the history. It keeps its revision,
    // so it shows as outdated until confirmed.
    void reattachPosition(qint64 detachedId, const QString &alternative);
    // Removes detached positions; each goes to the position history as removed.
    void discardDetached(const QList<qint64> &detachedIds);

    // ---- writing (each call is one transaction; see beginBatch) ---------------------------

    // Groups many writes into one transaction. commit() makes them permanent; a batch destroyed
    // without commit (an exception) rolls the file back and reloads the workspace from it, so
    // memory and file never disagree.
    class Batch
    {
    public:
        explicit Batch(Workspace &workspace);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        void commit();

    private:
        Workspace &m_workspace;
        std::optional<Transaction> m_transaction;
        bool m_committed = false;
    };
    [[nodiscard]] std::unique_ptr<Batch> beginBatch();

    void setMeta(const QString &key, const QString &value);
    void addStates(const QList<State> &states);
    // Groups and processes keep a non-zero `id` given to them (an undone removal coming back).
    qint64 addGroup(const StateGroup &group);
    qint64 addProcess(const Process &process);
    // Removes a group and its memberships (undo of an import that brought it).
    void removeGroup(qint64 groupId);
    // Removes a process and its members; its documents stay, without a process.
    void removeProcess(qint64 processId);
    qint64 addNorm(const Norm &norm);
    qint64 addDocument(const Document &document);
    // Appends a clause to its document and records its first revision.
    qint64 addClause(const Clause &clause, const QString &note = {});
    // Saves `text` as a new revision of the clause; returns the revision id.
    qint64 reviseClause(qint64 clauseId, const QString &text, const QString &note);
    // Removes the clause's latest revision (undo of reviseClause); the previous text returns.
    void removeLatestRevision(qint64 clauseId, qint64 revisionId);
    // Inserts or replaces the position of (clause, state, alternative).
    qint64 setPosition(const Position &position);
    // Inserts or replaces many positions in one transaction; each replaced value goes to the
    // position history. author and modified are set here. `alternative` must be empty or an
    // alternative id "gN.M". Emits positionsChanged once per clause.
    void setPositions(const QList<Position> &positions);
    // Removes positions (their last values go to the history). Unknown keys are ignored.
    void removePositions(const QList<PositionKey> &keys);
    // Records the vote on a document (one per document; throws Error when the document has one
    // already or a state is unknown). Returns the vote's id; a non-zero vote.id is reused.
    qint64 addRecordedVote(const RecordedVote &vote);
    // Replaces the adherents of a document (ISO3 codes; throws Error for an unknown one).
    void setAdherents(qint64 documentId, const QStringList &iso3);
    // Removes a document with its clauses, their revisions and positions, and its adherents
    // (undo of deriving a coalition document). Links to it (predecessor, clause origin) clear.
    void removeDocument(qint64 documentId);
    // Links a document to the one it follows (0: none); a link removeDocument() cleared
    // comes back this way (DocumentSnapshot).
    void setDocumentPredecessor(qint64 documentId, qint64 predecessorId);
    // The documents whose predecessor is `documentId`.
    QList<qint64> successors(qint64 documentId) const { return m_catalogue.successors(documentId); }

    // ---- document structure (issue 3): used by the undoable commands ---------------------

    // Inserts a clause at `ordinal` (0-based) of its document, moving the clauses after it down,
    // and records its first revision. A non-zero clause.id / clause.revisionId is reused (redo
    // of an undone insertion keeps the ids later commands refer to).
    qint64 insertClause(const Clause &clause, int ordinal, const QString &note = {});
    // Removes a clause with its revisions and positions; returns what restoreClause needs.
    ClauseSnapshot takeClause(qint64 clauseId);
    void restoreClause(const ClauseSnapshot &snapshot);
    void setClauseNumber(qint64 clauseId, const QString &number);
    void setClauseNorms(qint64 clauseId, const QList<qint64> &normIds);

Q_SIGNALS:
    // Precise change signals, emitted once memory holds the change (inside a batch, before it
    // commits: a batch that rolls back emits reloaded()). A view updates the part they name.
    void documentAdded(qint64 documentId);
    // The document with its clauses and their positions is gone.
    void documentRemoved(qint64 documentId);
    // A clause now at `ordinal` (0-based) of its document; the clauses after it moved down.
    void clauseInserted(qint64 documentId, int ordinal, qint64 clauseId);
    // The clause that was at `ordinal` of its document; the clauses after it moved up.
    void clauseRemoved(qint64 documentId, int ordinal, qint64 clauseId);
    void clauseChanged(qint64 clauseId, Plenipo::Workspace::ClauseChanges what);
    // Positions on the clause changed: on the alternatives listed ("" for the whole clause),
    // or on any of its alternatives when the list is empty.
    void positionsChanged(qint64 clauseId, const QStringList &alternatives);
    void groupsChanged();    // a group added or removed
    void processesChanged(); // a process added or removed (documents may have lost theirs)
    void normsChanged();     // a norm added to the catalogue
    // Anything may have changed: a batch rolled back and memory was read again from the file.
    void reloaded();
    // Emitted by removeDocument() before the document goes, while it can still be read (an
    // import that replaces documents keeps them for its undo).
    void documentAboutToBeRemoved(qint64 documentId);
    void filePathChanged(const QString &path);

private:
    explicit Workspace(std::unique_ptr<WorkspaceStorage> storage);
    // Memory read again from the storage.
    void load();
    void rebuildStateOrder();
    // positionsChanged() for each clause of `touched` (clause, alternative), with its
    // alternatives.
    void emitPositionsChanged(const QSet<std::pair<qint64, QString>> &touched);
    void loadDetachedIndex();
    int stateIndexOfRow(qint64 stateId) const { return m_positionStore.stateIndexOfRow(stateId); }
    // Writes positions as the current author, now.
    PositionWriter positionWriter();
    void requireWritable() const;
    // The storage's connection (const: reading runs statements too).
    QSqlDatabase &db() const { return m_storage->database(); }
    // `sql` prepared once per connection and kept (WorkspaceStorage::statement).
    SqlQuery statement(const QString &sql) { return m_storage->statement(sql); }
    qint64 stateId(const QString &iso3) const;
    QString isoOfStateId(qint64 id) const { return m_catalogue.isoOfStateId(id); }

    // Where the rows live (the workspace file; see WorkspaceStorage).
    std::unique_ptr<WorkspaceStorage> m_storage;
    QString m_author;
    bool m_indexingDeferred = false;
    std::unique_ptr<QUndoStack> m_undoStack;

    Catalogue m_catalogue;
    PositionStore m_positionStore;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Workspace::ClauseChanges)

} // namespace Plenipo
