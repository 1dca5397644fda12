// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/searchindex.h"

#include "core/error.h"
#include "core/searchquery.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::SearchIndex", text, comment, n);
}

} // namespace

void SearchIndex::setMarkedContext(SearchHit &hit, const QString &marked)
{
    hit.context.clear();
    hit.context.reserve(marked.size());
    hit.matches.clear();
    qsizetype start = -1;
    for (const QChar c : marked) {
        if (c == QChar(0x02)) {
            start = hit.context.size();
        } else if (c == QChar(0x03)) {
            if (start >= 0 && hit.context.size() > start)
                hit.matches.append({start, hit.context.size() - start});
            start = -1;
        } else {
            hit.context.append(c);
        }
    }
}

QList<SearchHit> SearchIndex::search(QSqlDatabase &db, const SqlDialect &dialect,
                                     const SearchQuery &query, QList<SearchHit::Kind> *truncated)
{
    QList<SearchHit> hits;
    if (truncated)
        truncated->clear();
    if (query.isEmpty())
        return hits;
    const QString expression = dialect.searchExpression(query);
    const int limit = std::max(1, query.limit);
    for (const SearchHit::Kind kind : SearchQuery::allKinds()) {
        if (!query.searches(kind))
            continue;
        const bool byDocument = query.documentId != 0;
        const bool byProcess = query.processId != 0;
        const QString sql = dialect.searchSql(kind, byDocument, byProcess, query.includeInternal);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            throw Error(Error::Kind::Database,
                        tr("the search cannot be prepared: %1").arg(q.lastError().text()));
        q.bindValue(u":match"_s, expression);
        if (byDocument)
            q.bindValue(u":document"_s, query.documentId);
        if (byProcess)
            q.bindValue(u":process"_s, query.processId);
        q.bindValue(u":limit"_s, limit + 1); // one more tells that there are more
        if (!q.exec())
            throw Error(Error::Kind::Database,
                        tr("the search failed: %1").arg(q.lastError().text()));
        int count = 0;
        while (q.next()) {
            if (++count > limit) {
                if (truncated)
                    truncated->append(kind);
                break;
            }
            SearchHit hit;
            hit.kind = kind;
            hit.id = q.value(0).toLongLong();
            hit.clauseId = q.value(1).toLongLong();
            hit.documentId = q.value(2).toLongLong();
            setMarkedContext(hit, q.value(3).toString());
            if (kind == SearchHit::Kind::Revision)
                hit.revisionNumber = q.value(4).toInt();
            if (kind == SearchHit::Kind::Position) {
                hit.internal = q.value(4).toBool();
                hit.alternative = q.value(5).toString();
                hit.states = q.value(6).toString().split(u' ', Qt::SkipEmptyParts);
                hit.positionCount = q.value(7).toInt();
                hit.clauseCount = q.value(8).toInt();
            }
            hits.append(std::move(hit));
        }
    }
    return hits;
}

} // namespace Plenipo
