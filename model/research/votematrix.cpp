// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "research/votematrix.h"

#include "core/textnormalizer.h"
#include "storage/workspace.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Plenipo {

VoteMatrix::VoteMatrix(QStringList states, QList<Column> columns)
    : m_states(std::move(states))
    , m_columns(std::move(columns))
    , m_cells(size_t(m_states.size()) * size_t(m_columns.size()), Absent)
{
    for (int i = 0; i < m_states.size(); ++i)
        m_index.insert(m_states[i], i);
}

int VoteMatrix::sessionOf(const QString &symbol, const QDate &date)
{
    static const QRegularExpression re(u"^A/RES/(\\d+)/"_s);
    const QRegularExpressionMatch m = re.match(symbol);
    if (m.hasMatch())
        return m.captured(1).toInt();
    if (!date.isValid())
        return 0;
    // The first session opened in January 1946, the others each September from 1946.
    return date.month() >= 9 ? date.year() - 1945 : date.year() - 1946;
}

VoteMatrix VoteMatrix::fromWorkspace(const Workspace &workspace)
{
    return fromWorkspace(workspace, Selection());
}

VoteMatrix VoteMatrix::fromWorkspace(const Workspace &workspace, const Selection &selection)
{
    QStringList states;
    for (const QString &iso : workspace.stateOrder()) {
        const State *s = workspace.states().byIso3(iso);
        if (s && s->unMember)
            states << iso;
    }
    const QString needle = TextNormalizer::foldName(selection.match);
    QSet<QString> picked;
    for (const QString &s : selection.symbols)
        picked.insert(s.trimmed());
    QList<Column> columns;
    QList<RecordedVote> chosen;
    for (const RecordedVote &v : workspace.recordedVotes()) {
        const Document *d = workspace.document(v.documentId);
        if (!d)
            continue;
        Column c;
        c.documentId = d->id;
        c.symbol = d->symbol;
        c.title = d->title;
        c.date = d->date.isValid() ? d->date : v.date;
        c.session = sessionOf(d->symbol, c.date);
        if (selection.sinceSession && c.session < selection.sinceSession)
            continue;
        if (selection.untilSession && c.session > selection.untilSession)
            continue;
        if (!picked.isEmpty() && !picked.contains(d->symbol))
            continue;
        if (!needle.isEmpty()) {
            bool found = TextNormalizer::foldName(d->title).contains(needle);
            for (const Clause &clause : workspace.clauses(d->id)) {
                if (found)
                    break;
                found = TextNormalizer::foldName(clause.text).contains(needle);
            }
            if (!found)
                continue;
        }
        columns << c;
        chosen << v;
    }
    VoteMatrix m(states, columns);
    for (int j = 0; j < chosen.size(); ++j) {
        for (auto it = chosen[j].choices.cbegin(); it != chosen[j].choices.cend(); ++it) {
            const int i = m.stateIndex(it.key());
            if (i < 0)
                continue;
            switch (it.value()) {
            case RecordedVote::Choice::Yes:
                m.set(i, j, Yes);
                break;
            case RecordedVote::Choice::No:
                m.set(i, j, No);
                break;
            case RecordedVote::Choice::Abstain:
                m.set(i, j, Abstain);
                break;
            case RecordedVote::Choice::Absent:
                break;
            }
        }
    }
    return m;
}

VoteMatrix VoteMatrix::withoutVotes(const QList<int> &drop) const
{
    QList<Column> columns;
    QList<int> kept;
    for (int j = 0; j < voteCount(); ++j) {
        if (!drop.contains(j)) {
            columns << m_columns[j];
            kept << j;
        }
    }
    VoteMatrix m(m_states, columns);
    for (int k = 0; k < kept.size(); ++k) {
        for (int i = 0; i < stateCount(); ++i)
            m.set(i, k, at(i, kept[k]));
    }
    return m;
}

} // namespace Plenipo
