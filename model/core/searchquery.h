// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/searchhit.h"

#include <QList>
#include <QString>

#include <optional>

namespace Plenipo {

// A workspace search as the user writes it, parsed, with its options.
//
// The language (README "Finding anything"):
//   critical infrastructure   every word must occur (in any order, in one item)
//   "critical infrastructure" a phrase: the words one after another
//   infra*                    a prefix (3 letters or more): infra, infrastructure...
//   "public core"*            a phrase whose last word is a prefix
//   -ransomware               leaves out items that contain the word (or phrase)
// Words are matched ignoring case and accents ("Türkiye" finds "TURKIYE"); a word is a run of
// letters and digits, so "A/RES/75/32" is the phrase "a res 75 32" and finds that symbol.
// There is no OR: each further word narrows the search.
class SearchQuery
{
public:
    struct Term
    {
        QString text;          // the word or phrase as written (without quotes, dash or star)
        bool phrase = false;   // written in quotes
        bool prefix = false;   // ends in '*'
        bool excluded = false; // starts with '-'
        bool operator==(const Term &) const = default;
    };

    // Parses `text`. Never throws: a problem (an unclosed quote, a lone '*', only exclusions)
    // is in error(), with the column (1-based) where it is; the query then finds nothing.
    static SearchQuery parse(const QString &text);

    const QList<Term> &terms() const { return m_terms; }
    QString error() const { return m_error; }
    // True when there is nothing to search for (no terms, or an error).
    bool isEmpty() const { return m_terms.isEmpty() || !m_error.isEmpty(); }

    // ---- options --------------------------------------------------------------------------
    // The kinds to search (empty: every kind but Revision, which needs includeRevisions).
    QList<SearchHit::Kind> kinds;
    // Also search every earlier revision of the clauses (kind Revision).
    bool includeRevisions = false;
    // Also search the sources and notes of internal positions. The workbench, which shows its
    // user the internal positions, sets it; `plenipo search` only with --include-internal.
    bool includeInternal = false;
    // Only what belongs to this document / process (clauses, revisions, positions, documents;
    // norms and states belong to no document and are left out while a filter is set). 0: all.
    qint64 documentId = 0;
    qint64 processId = 0;
    // At most this many hits of each kind (the first ones, in the order they were made).
    int limit = 50;

    // True when the query searches `kind`.
    bool searches(SearchHit::Kind kind) const;

    // Every kind in result order, and their keys: clause, revision, document, norm, position,
    // state (the command line's --kind, the JSON "kind").
    static const QList<SearchHit::Kind> &allKinds();
    static QString kindKey(SearchHit::Kind kind);
    static std::optional<SearchHit::Kind> kindFromKey(QStringView key);

private:
    QList<Term> m_terms;
    QString m_error;
};

} // namespace Plenipo
