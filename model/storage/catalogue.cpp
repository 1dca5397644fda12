// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/catalogue.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

void Catalogue::clear()
{
    *this = Catalogue();
}

void Catalogue::setStates(const QList<State> &states)
{
    m_states = StateDirectory(states);
    m_stateIds.clear();
    for (const State &s : states)
        m_stateIds.insert(s.iso3, s.id);
}

QString Catalogue::isoOfStateId(qint64 id) const
{
    for (auto it = m_stateIds.cbegin(); it != m_stateIds.cend(); ++it) {
        if (it.value() == id)
            return it.key();
    }
    return {};
}

QList<std::pair<qint64, QString>> Catalogue::positionedStates() const
{
    QList<std::pair<qint64, QString>> out;
    for (auto it = m_stateIds.cbegin(); it != m_stateIds.cend(); ++it) {
        if (!m_states.isObserver(it.key()))
            out.append({it.value(), it.key()});
    }
    std::sort(out.begin(), out.end());
    return out;
}

const StateGroup *Catalogue::group(QStringView code) const
{
    for (const StateGroup &g : m_groups) {
        if (code.compare(g.code, Qt::CaseInsensitive) == 0)
            return &g;
    }
    return nullptr;
}

const StateGroup *Catalogue::groupById(qint64 id) const
{
    for (const StateGroup &g : m_groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

void Catalogue::addGroup(const StateGroup &group)
{
    m_groups << group;
    if (group.kind != StateGroup::Kind::Regional)
        return;
    QList<State> all = m_states.all();
    for (State &s : all) {
        if (group.members.contains(s.iso3))
            s.regionalGroup = group.code;
    }
    m_states = StateDirectory(all);
}

void Catalogue::removeGroup(qint64 id)
{
    const StateGroup *g = groupById(id);
    if (!g)
        return;
    const bool regional = g->kind == StateGroup::Kind::Regional;
    const QString code = g->code;
    m_groups.removeIf([id](const StateGroup &o) { return o.id == id; });
    if (regional) {
        QList<State> all = m_states.all();
        for (State &s : all) {
            if (s.regionalGroup == code)
                s.regionalGroup.clear();
        }
        m_states = StateDirectory(all);
    }
}

const Process *Catalogue::process(qint64 id) const
{
    for (const Process &p : m_processes) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Process *Catalogue::processByCode(QStringView code) const
{
    for (const Process &p : m_processes) {
        if (code.compare(p.code, Qt::CaseInsensitive) == 0 ||
            code.compare(p.name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QStringList Catalogue::processMembers(const Process &process) const
{
    if (!process.allUnMembers)
        return process.members;
    QStringList all;
    for (const State &s : m_states.states()) {
        if (s.unMember)
            all << s.iso3;
    }
    all.sort();
    return all;
}

void Catalogue::removeProcess(qint64 id)
{
    m_processes.removeIf([id](const Process &p) { return p.id == id; });
    for (Document &d : m_documents) {
        if (d.processId == id)
            d.processId = 0;
    }
}

const Norm *Catalogue::norm(qint64 id) const
{
    for (const Norm &n : m_norms) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

const Norm *Catalogue::normByCode(QStringView code) const
{
    for (const Norm &n : m_norms) {
        if (code.compare(n.code, Qt::CaseInsensitive) == 0)
            return &n;
    }
    return nullptr;
}

const Document *Catalogue::document(qint64 id) const
{
    for (const Document &d : m_documents) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const Document *Catalogue::documentBySymbol(QStringView symbol) const
{
    for (const Document &d : m_documents) {
        if (symbol.compare(d.symbol, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

QList<Document> Catalogue::documentsOfProcess(qint64 processId) const
{
    QList<Document> out;
    for (const Document &d : m_documents) {
        if (d.processId == processId)
            out << d;
    }
    return out;
}

QList<qint64> Catalogue::removeDocument(qint64 id)
{
    const QList<qint64> removed = m_clauseOrder.take(id);
    for (qint64 c : removed)
        m_clauses.remove(c);
    const QSet<qint64> gone(removed.cbegin(), removed.cend());
    for (Clause &c : m_clauses) {
        if (gone.contains(c.originId))
            c.originId = 0;
    }
    m_documents.removeIf([id](const Document &d) { return d.id == id; });
    for (Document &d : m_documents) {
        if (d.predecessorId == id)
            d.predecessorId = 0;
    }
    return removed;
}

void Catalogue::setContents(const QList<Document> &documents, const QList<Clause> &clauses)
{
    m_documents = documents;
    m_clauses.clear();
    m_clauseOrder.clear();
    m_clauses.reserve(clauses.size());
    for (const Clause &c : clauses) {
        m_clauses.insert(c.id, c);
        m_clauseOrder[c.documentId] << c.id;
    }
}

QList<Clause> Catalogue::clauses(qint64 documentId) const
{
    QList<Clause> out;
    const QList<qint64> &ids = clauseIds(documentId);
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << m_clauses.value(id);
    return out;
}

const QList<qint64> &Catalogue::clauseIds(qint64 documentId) const
{
    static const QList<qint64> none;
    const auto it = m_clauseOrder.constFind(documentId);
    return it == m_clauseOrder.cend() ? none : *it;
}

const Clause *Catalogue::findClause(qint64 id) const
{
    const auto it = m_clauses.constFind(id);
    return it == m_clauses.cend() ? nullptr : &*it;
}

std::optional<Clause> Catalogue::clause(qint64 id) const
{
    if (const Clause *c = findClause(id))
        return *c;
    return std::nullopt;
}

std::optional<Clause> Catalogue::clauseByNumber(qint64 documentId, QStringView number) const
{
    for (qint64 id : clauseIds(documentId)) {
        const Clause &c = m_clauses[id];
        if (c.number == number)
            return c;
    }
    return std::nullopt;
}

QList<Clause> Catalogue::clausesLinkedToNorm(qint64 normId) const
{
    QList<Clause> out;
    for (const Document &d : m_documents) {
        for (qint64 id : clauseIds(d.id)) {
            const Clause &c = m_clauses[id];
            if (c.normIds.contains(normId))
                out << c;
        }
    }
    return out;
}

QList<qint64> Catalogue::descendants(qint64 clauseId) const
{
    QList<qint64> out;
    for (const Clause &c : m_clauses) {
        if (c.originId == clauseId)
            out << c.id;
    }
    std::sort(out.begin(), out.end());
    return out;
}

void Catalogue::insertClause(Clause clause, int ordinal)
{
    QList<qint64> &order = m_clauseOrder[clause.documentId];
    ordinal = std::clamp(ordinal, 0, int(order.size()));
    clause.ordinal = ordinal;
    m_clauses.insert(clause.id, clause);
    order.insert(ordinal, clause.id);
    for (int i = ordinal + 1; i < order.size(); ++i)
        m_clauses[order[i]].ordinal = i;
}

std::optional<Clause> Catalogue::removeClause(qint64 id)
{
    const auto it = m_clauses.find(id);
    if (it == m_clauses.end())
        return std::nullopt;
    Clause removed = std::move(*it);
    m_clauses.erase(it);
    QList<qint64> &order = m_clauseOrder[removed.documentId];
    order.removeAll(id);
    for (int i = removed.ordinal; i < order.size(); ++i)
        m_clauses[order[i]].ordinal = i;
    for (Clause &c : m_clauses) {
        if (c.originId == id)
            c.originId = 0; // ON DELETE SET NULL did the same in the file
    }
    return removed;
}

void Catalogue::setClauseText(qint64 id, const QString &text, qint64 revisionId)
{
    const auto it = m_clauses.find(id);
    if (it == m_clauses.end())
        return;
    it->text = text;
    it->revisionId = revisionId;
}

void Catalogue::setClauseNumber(qint64 id, const QString &number)
{
    if (const auto it = m_clauses.find(id); it != m_clauses.end())
        it->number = number;
}

void Catalogue::setClauseNorms(qint64 id, const QList<qint64> &normIds)
{
    if (const auto it = m_clauses.find(id); it != m_clauses.end())
        it->normIds = normIds;
}

void Catalogue::setDocumentPredecessor(qint64 id, qint64 predecessorId)
{
    for (Document &d : m_documents) {
        if (d.id == id)
            d.predecessorId = predecessorId;
    }
}

QList<qint64> Catalogue::successors(qint64 documentId) const
{
    QList<qint64> ids;
    for (const Document &d : m_documents) {
        if (d.predecessorId == documentId)
            ids << d.id;
    }
    return ids;
}

void Catalogue::setClauseOrigin(qint64 id, qint64 originId)
{
    if (const auto it = m_clauses.find(id); it != m_clauses.end())
        it->originId = originId;
}

QString Catalogue::invariantProblem() const
{
    qsizetype ordered = 0;
    for (auto it = m_clauseOrder.cbegin(); it != m_clauseOrder.cend(); ++it) {
        if (!document(it.key()) && !it->isEmpty())
            return u"clauses of document %1, which is not in the catalogue"_s.arg(it.key());
        for (int i = 0; i < it->size(); ++i) {
            const auto c = m_clauses.constFind(it->at(i));
            if (c == m_clauses.cend())
                return u"document %1 lists clause %2, which does not exist"_s.arg(it.key()).arg(
                    it->at(i));
            if (c->ordinal != i || c->documentId != it.key())
                return u"clause %1 has ordinal %2 in document %3, but is at %4 of document %5"_s
                    .arg(c->id)
                    .arg(c->ordinal)
                    .arg(c->documentId)
                    .arg(i)
                    .arg(it.key());
        }
        ordered += it->size();
    }
    if (ordered != m_clauses.size())
        return u"%1 clauses, %2 of them in a document's order"_s.arg(m_clauses.size()).arg(ordered);
    for (const Clause &c : m_clauses) {
        if (c.originId && !m_clauses.contains(c.originId))
            return u"clause %1 descends from clause %2, which does not exist"_s.arg(c.id).arg(
                c.originId);
    }
    for (const Document &d : m_documents) {
        if (d.predecessorId && !document(d.predecessorId))
            return u"document %1 follows document %2, which does not exist"_s.arg(d.id).arg(
                d.predecessorId);
        if (d.processId && !process(d.processId))
            return u"document %1 belongs to process %2, which does not exist"_s.arg(d.id).arg(
                d.processId);
    }
    return {};
}

} // namespace Plenipo
