// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands/setpositionscommand.h"

#include "storage/workspace.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::SetPositionsCommand", text, disambiguation, n);
}

bool sameValue(const Position &a, const Position &b)
{
    return a.stance == b.stance && a.sourceKind == b.sourceKind && a.sourceText == b.sourceText &&
           a.sourceSymbol == b.sourceSymbol && a.sourceDate == b.sourceDate && a.note == b.note &&
           a.internal == b.internal && a.revisionId == b.revisionId;
}

bool sameKey(const Position &a, const Position &b)
{
    return a.clauseId == b.clauseId && a.state == b.state && a.alternative == b.alternative;
}

QString keyOf(qint64 clauseId, const QString &state, const QString &alternative)
{
    return QString::number(clauseId) + u'/' + state + u'/' + alternative;
}

// The saved positions of the clauses touched, by keyOf(clause, state, alternative).
QHash<QString, Position> savedPositions(const Workspace &w, const QList<qint64> &clauses)
{
    QHash<QString, Position> out;
    for (qint64 id : clauses) {
        for (const Position &p : w.positions(id))
            out.insert(keyOf(id, p.state, p.alternative), p);
    }
    return out;
}

} // namespace

SetPositionsCommand::SetPositionsCommand(Workspace &workspace, QList<Position> positions,
                                         QUndoCommand *parent)
    : WorkspaceCommand(workspace, parent)
{
    // One value per key, the last one given.
    QList<qint64> clauses;
    for (Position &p : positions) {
        p.state = p.state.toUpper();
        if (!p.revisionId) {
            if (const auto c = workspace.clause(p.clauseId))
                p.revisionId = c->revisionId;
        }
        m_after.removeIf([&p](const Position &o) { return sameKey(o, p); });
        m_after << p;
        if (!clauses.contains(p.clauseId))
            clauses << p.clauseId;
    }
    const auto saved = savedPositions(workspace, clauses);
    for (const Position &p : std::as_const(m_after)) {
        const auto it = saved.constFind(keyOf(p.clauseId, p.state, p.alternative));
        m_before << (it == saved.cend() ? std::nullopt : std::optional<Position>(*it));
    }
    setText(describe(workspace, m_after));
}

QString SetPositionsCommand::describe(const Workspace &workspace, const QList<Position> &positions)
{
    // The undo text says where: the paragraph (and alternative) and the document, so that
    // Edit > Undo names what it takes back.
    if (positions.isEmpty())
        return tr("Set no position");
    QStringList numbers;
    QList<qint64> documents;
    QStringList alternatives;
    for (const Position &p : positions) {
        const auto c = workspace.clause(p.clauseId);
        if (!c)
            continue;
        if (!numbers.contains(c->number))
            numbers << c->number;
        if (!documents.contains(c->documentId))
            documents << c->documentId;
        if (!alternatives.contains(p.alternative))
            alternatives << p.alternative;
    }
    const Document *d = documents.size() == 1 ? workspace.document(documents.first()) : nullptr;
    const QString symbol = d ? d->symbol : QString();
    const int n = int(positions.size());
    if (documents.size() > 1)
        //: %1 is "2 documents"
        return tr("Set %n position(s) in %1", nullptr, n)
            .arg(tr("%n document(s)", nullptr, int(documents.size())));
    QString where;
    if (numbers.size() == 1) {
        where = alternatives.size() == 1 && !alternatives.first().isEmpty()
                    ? tr("paragraph %1 (alternative %2) of %3")
                          .arg(numbers.first(), alternatives.first(), symbol)
                    : tr("paragraph %1 of %2").arg(numbers.first(), symbol);
    } else {
        const QStringList shown = numbers.mid(0, 4);
        where = numbers.size() > 4
                    ? tr("paragraphs %1 and %n more of %2", nullptr, int(numbers.size()) - 4)
                          .arg(shown.join(u", "_s), symbol)
                    : tr("paragraphs %1 of %2").arg(shown.join(u", "_s), symbol);
    }
    if (n == 1) {
        const Position &p = positions.first();
        return tr("Set %1 on %2 to %3").arg(p.state, where, StanceText::label(p.stance));
    }
    QList<Stance> stances;
    for (const Position &p : positions) {
        if (!stances.contains(p.stance))
            stances << p.stance;
    }
    if (stances.size() == 1)
        return tr("Set %n position(s) on %1 to %2", nullptr, n)
            .arg(where, StanceText::label(stances[0]));
    return tr("Set %n position(s) on %1", nullptr, n).arg(where);
}

SetPositionsCommand *SetPositionsCommand::setStance(Workspace &workspace, qint64 clauseId,
                                                    const QString &alternative,
                                                    const QStringList &states, Stance stance)
{
    const auto saved = savedPositions(workspace, {clauseId});
    QList<Position> positions;
    for (const QString &iso : states) {
        Position p = saved.value(keyOf(clauseId, iso.toUpper(), alternative));
        p.id = 0;
        p.clauseId = clauseId;
        p.state = iso.toUpper();
        p.alternative = alternative;
        p.stance = stance;
        p.revisionId = 0;
        positions << p;
    }
    return new SetPositionsCommand(workspace, positions);
}

SetPositionsCommand *SetPositionsCommand::confirm(Workspace &workspace, qint64 clauseId,
                                                  const QStringList &states)
{
    const auto clause = workspace.clause(clauseId);
    if (!clause)
        return nullptr;
    QList<Position> positions;
    for (Position p : workspace.positions(clauseId)) {
        if (!workspace.isOutdated(p) ||
            (!states.isEmpty() && !states.contains(p.state, Qt::CaseInsensitive)))
            continue;
        p.revisionId = clause->revisionId;
        positions << p;
    }
    if (positions.isEmpty())
        return nullptr;
    auto *command = new SetPositionsCommand(workspace, positions);
    const Document *d = workspace.document(clause->documentId);
    command->setText(
        tr("Confirm %n position(s) on paragraph %1 of %2", nullptr, int(positions.size()))
            .arg(clause->number, d ? d->symbol : QString()));
    return command;
}

bool SetPositionsCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    const auto *o = static_cast<const SetPositionsCommand *>(other);
    if (&o->m_workspace != &m_workspace || o->m_after.size() != m_after.size())
        return false;
    for (qsizetype i = 0; i < m_after.size(); ++i) {
        if (!sameKey(m_after[i], o->m_after[i]))
            return false;
    }
    m_after = o->m_after;
    setText(o->text());
    bool unchanged = true;
    for (qsizetype i = 0; i < m_after.size() && unchanged; ++i) {
        const std::optional<Position> &before = m_before[i];
        unchanged = before && sameValue(*before, m_after[i]);
    }
    setObsolete(unchanged);
    return true;
}

void SetPositionsCommand::redo()
{
    m_workspace.setPositions(m_after);
}

void SetPositionsCommand::undo()
{
    QList<Position> restore;
    QList<PositionKey> remove;
    for (qsizetype i = 0; i < m_after.size(); ++i) {
        if (const std::optional<Position> &before = m_before[i])
            restore << *before;
        else
            remove << PositionKey{m_after[i].clauseId, m_after[i].state, m_after[i].alternative};
    }
    auto batch = m_workspace.beginBatch();
    m_workspace.removePositions(remove);
    m_workspace.setPositions(restore);
    batch->commit();
}

} // namespace Plenipo
