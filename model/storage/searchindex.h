// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/searchhit.h"

#include <QList>
#include <QSqlDatabase>

namespace Plenipo {

class SearchQuery;
class SqlDialect;

// Runs a search over the workspace's full-text index (schema version 5; SqlDialect writes the
// engine's SQL). Workspace::search is the entry point; it adds the labels from memory.
class SearchIndex
{
public:
    // The hits of every kind the query searches, grouped by kind in SearchHit::Kind order, in
    // the order the rows were made within a kind, at most query.limit per kind. `truncated` (may be
    // null) receives the kinds that had more hits than the limit. An empty query finds nothing.
    // Throws Error (Kind::Database) when the engine fails.
    static QList<SearchHit> search(QSqlDatabase &db, const SqlDialect &dialect,
                                   const SearchQuery &query,
                                   QList<SearchHit::Kind> *truncated = nullptr);

    // Fills hit.context and hit.matches from text whose matches are between U+0002 and U+0003.
    static void setMarkedContext(SearchHit &hit, const QString &marked);
};

} // namespace Plenipo
