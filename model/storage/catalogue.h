// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/clause.h"
#include "core/document.h"
#include "core/norm.h"
#include "core/process.h"
#include "core/statedirectory.h"
#include "core/stategroup.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Plenipo {

// What a workspace holds besides its positions, in memory: the meta values, the states with
// their row ids, groups, processes, norms, documents and each document's clauses in order,
// with the structural edits on them. It reads and writes no file: the Workspace facade writes
// a change to its storage first and, once that succeeded, makes it here, so the catalogue is
// what the file holds.
//
// Invariants (tst_catalogue checks them after random sequences of edits): each document's
// clauses have the ordinals 0..n-1 in their order; every clause belongs to a document of the
// catalogue; a clause's origin and a document's predecessor are 0 or an id that exists; a
// document's process is 0 or a process that exists.
class Catalogue
{
public:
    void clear();

    // ---- meta -----------------------------------------------------------------------------
    QString meta(const QString &key) const { return m_meta.value(key); }
    void setMeta(const QString &key, const QString &value) { m_meta.insert(key, value); }

    // ---- states ---------------------------------------------------------------------------
    const StateDirectory &states() const { return m_states; }
    // The states (sorted by name) with their row ids.
    void setStates(const QList<State> &states);
    // The row id of a state (ISO3 upper case), 0 when unknown.
    qint64 stateId(const QString &iso3) const { return m_stateIds.value(iso3); }
    bool hasState(const QString &iso3) const { return m_stateIds.contains(iso3); }
    // The ISO3 code of a row id, empty when unknown.
    QString isoOfStateId(qint64 id) const;
    const QHash<QString, qint64> &stateIds() const { return m_stateIds; }
    // The states that take a place in the stance vectors, as (row id, ISO3): every state but
    // the observers, which hold no positions (their rows exist for sponsors and groups).
    QList<std::pair<qint64, QString>> positionedStates() const;

    // ---- groups and processes -------------------------------------------------------------
    const QList<StateGroup> &groups() const { return m_groups; }
    const StateGroup *group(QStringView code) const;
    const StateGroup *groupById(qint64 id) const;
    void setGroups(const QList<StateGroup> &groups) { m_groups = groups; }
    // Adds the group; for a regional group, its members name it as their regional group.
    void addGroup(const StateGroup &group);
    // Removes the group; for a regional group, its states no longer name it.
    void removeGroup(qint64 id);

    const QList<Process> &processes() const { return m_processes; }
    const Process *process(qint64 id) const;
    // By code or name, any case.
    const Process *processByCode(QStringView code) const;
    // ISO3 codes of the process's members: every UN member state for an open process.
    QStringList processMembers(const Process &process) const;
    void setProcesses(const QList<Process> &processes) { m_processes = processes; }
    void addProcess(const Process &process) { m_processes << process; }
    // Removes the process; its documents stay, without a process.
    void removeProcess(qint64 id);

    // ---- norms ----------------------------------------------------------------------------
    const QList<Norm> &norms() const { return m_norms; }
    const Norm *norm(qint64 id) const;
    const Norm *normByCode(QStringView code) const;
    void setNorms(const QList<Norm> &norms) { m_norms = norms; }
    void addNorm(const Norm &norm) { m_norms << norm; }

    // ---- documents and clauses ------------------------------------------------------------
    const QList<Document> &documents() const { return m_documents; }
    const Document *document(qint64 id) const;
    const Document *documentBySymbol(QStringView symbol) const;
    QList<Document> documentsOfProcess(qint64 processId) const;
    void addDocument(const Document &document) { m_documents << document; }
    // Removes a document with its clauses; links to it (a successor's predecessor, a clause's
    // origin among them) become 0, as ON DELETE SET NULL does in the file. Returns the ids of
    // the clauses removed.
    QList<qint64> removeDocument(qint64 id);
    void setDocumentPredecessor(qint64 id, qint64 predecessorId);
    // The documents whose predecessor is `documentId`.
    QList<qint64> successors(qint64 documentId) const;

    // The documents and every clause, each document's clauses in ordinal order.
    void setContents(const QList<Document> &documents, const QList<Clause> &clauses);

    // The clauses of a document in order.
    QList<Clause> clauses(qint64 documentId) const;
    const QList<qint64> &clauseIds(qint64 documentId) const;
    int clauseCountOf(qint64 documentId) const { return int(clauseIds(documentId).size()); }
    const Clause *findClause(qint64 id) const;
    std::optional<Clause> clause(qint64 id) const;
    bool hasClause(qint64 id) const { return m_clauses.contains(id); }
    // The clause numbered `number` in a document ("13(f)" of A/70/174).
    std::optional<Clause> clauseByNumber(qint64 documentId, QStringView number) const;
    qsizetype clauseCount() const { return m_clauses.size(); }
    // Every clause, in any document, linked to the norm.
    QList<Clause> clausesLinkedToNorm(qint64 normId) const;
    // Every clause whose origin is `clauseId`.
    QList<qint64> descendants(qint64 clauseId) const;

    // Inserts the clause at `ordinal` of its document (clamped), moving the clauses after it
    // down; clause.ordinal is set here.
    void insertClause(Clause clause, int ordinal);
    // Removes the clause, moving the clauses after it up; clauses descending from it lose
    // their origin. Returns the clause as it was, or nullopt for an unknown id.
    std::optional<Clause> removeClause(qint64 id);
    void setClauseText(qint64 id, const QString &text, qint64 revisionId);
    void setClauseNumber(qint64 id, const QString &number);
    void setClauseNorms(qint64 id, const QList<qint64> &normIds);
    void setClauseOrigin(qint64 id, qint64 originId);

    // The first broken invariant (see the class comment), empty when they all hold.
    QString invariantProblem() const;

private:
    QHash<QString, QString> m_meta;
    StateDirectory m_states;
    QHash<QString, qint64> m_stateIds; // ISO3 -> row id
    QList<StateGroup> m_groups;
    QList<Process> m_processes;
    QList<Norm> m_norms;
    QList<Document> m_documents;
    QHash<qint64, Clause> m_clauses;
    QHash<qint64, QList<qint64>> m_clauseOrder; // document id -> clause ids in order
};

} // namespace Plenipo
