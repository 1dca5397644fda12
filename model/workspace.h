#pragma once

#include "clause.h"
#include "clauserevision.h"
#include "document.h"
#include "norm.h"
#include "position.h"
#include "process.h"
#include "statedirectory.h"
#include "stategroup.h"
#include "transaction.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QUndoStack;

namespace Plenipo {

class SqlDialect;

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

    QString filePath() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    QUndoStack *undoStack() const { return m_undoStack.get(); }

    // Writes a copy of the workspace to `path` atomically (a temporary file renamed over the
    // target), then continues on the copy, read-write.
    void saveAs(const QString &path);

    // The name recorded as author of revisions and position changes.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

    // ---- reading --------------------------------------------------------------------------

    QString meta(const QString &key) const { return m_meta.value(key); }
    // Non-empty when the workspace's positions are illustrative (the bundled sample): the UI
    // shows this notice wherever positions are shown.
    QString illustrativeNotice() const { return meta(QStringLiteral("illustrative")); }

    const StateDirectory &states() const { return m_states; }
    const QList<StateGroup> &groups() const { return m_groups; }
    const StateGroup *group(QStringView code) const;
    const QList<Process> &processes() const { return m_processes; }
    const Process *process(qint64 id) const;
    const Process *processByCode(QStringView code) const;
    // ISO3 codes of the process's members: every UN member state for an open process.
    QStringList processMembers(const Process &process) const;
    const QList<Norm> &norms() const { return m_norms; }
    const Norm *norm(qint64 id) const;
    const Norm *normByCode(QStringView code) const;
    const QList<Document> &documents() const { return m_documents; }
    const Document *document(qint64 id) const;
    const Document *documentBySymbol(QStringView symbol) const;
    QList<Document> documentsOfProcess(qint64 processId) const;

    // The clauses of a document in order.
    QList<Clause> clauses(qint64 documentId) const;
    std::optional<Clause> clause(qint64 id) const;
    qsizetype clauseCount() const { return m_clauses.size(); }
    // Every clause, in any document, linked to the norm.
    QList<Clause> clausesLinkedToNorm(qint64 normId) const;
    // Revisions of a clause, oldest first (read from the database).
    QList<ClauseRevision> revisions(qint64 clauseId) const;

    QList<Position> positions(qint64 clauseId) const { return m_positions.value(clauseId); }
    qsizetype positionCount() const;

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
    qint64 addGroup(const StateGroup &group);
    qint64 addProcess(const Process &process);
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

Q_SIGNALS:
    void clauseChanged(qint64 clauseId);
    void positionsChanged(qint64 clauseId);
    void structureChanged(); // documents, clauses, processes or groups added or removed
    void filePathChanged(const QString &path);

private:
    Workspace(QString path, bool readOnly);
    void connect(bool readOnly);
    void load();
    void requireWritable() const;
    QSqlDatabase &db() { return m_db; }
    qint64 stateId(const QString &iso3) const;
    QString isoOfStateId(qint64 id) const;

    QString m_path;
    bool m_readOnly = false;
    QString m_author;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<SqlDialect> m_dialect;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QUndoStack> m_undoStack;

    QHash<QString, QString> m_meta;
    StateDirectory m_states;
    QHash<QString, qint64> m_stateIds; // ISO3 -> row id
    QList<StateGroup> m_groups;
    QList<Process> m_processes;
    QList<Norm> m_norms;
    QList<Document> m_documents;
    QHash<qint64, Clause> m_clauses;
    QHash<qint64, QList<qint64>> m_clauseOrder; // document id -> clause ids in order
    QHash<qint64, QList<Position>> m_positions; // clause id -> positions
};

} // namespace Plenipo
