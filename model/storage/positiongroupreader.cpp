// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/positiongroupreader.h"

#include "storage/positionrows.h"
#include "storage/positionstore.h"
#include "storage/sqlquery.h"
#include "storage/stancematrix.h"
#include "storage/workspacestorage.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Plenipo {

QList<PositionGroup> PositionGroupReader::read(const QList<qint64> &clauseIds) const
{
    // The groups from the vectors, each with the detail row its states use (read below).
    QList<PositionGroup> groups;
    QList<qint64> groupDetail;                      // aligned with `groups`
    QList<std::pair<qint64, qsizetype>> clauseEnds; // clause, end of its groups
    QSet<qint64> fromRows; // clauses whose vectors do not match (read from their rows)
    for (const qint64 clauseId : clauseIds) {
        QStringList alternatives = m_store.stances().alternatives(clauseId);
        std::sort(alternatives.begin(), alternatives.end());
        for (const QString &alternative : std::as_const(alternatives)) {
            const QByteArray stances = m_store.stances().vector(clauseId, alternative);
            const QList<qint64> details = m_store.stances().detailIds(clauseId, alternative);
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
            full.emplace(m_storage.database(), sql(chunk));
        if (n != chunk)
            partial.emplace(m_storage.database(), sql(n));
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
            for (const Position &p : m_storage.readPositions(clauseId)) {
                qsizetype g = result.size() - 1;
                for (; g >= clauseFirst; --g) {
                    const Position &s = result[g].shared;
                    if (s.alternative == p.alternative && s.stance == p.stance &&
                        PositionRows::sameDetails(s, p) && s.author == p.author &&
                        s.modified == p.modified)
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
                result[g].states.append(m_store.stateIndex(p.state));
            }
        }
        first = end;
    }
    return result;
}

} // namespace Plenipo
