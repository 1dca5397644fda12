// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "compare/clausealigner.h"
#include "compare/worddiff.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Plenipo {

class Workspace;

// A word-level comparison of two texts of a workspace, named by references:
//
//   SYMBOL             a document: its clauses, aligned with the other document's through lineage
//   SYMBOL#NUMBER      a clause's current text          (A/70/174#13(f))
//   SYMBOL#NUMBER@N    revision N of that clause         (SAMPLE/CONSEQ/2026/Rev.1#7@1)
//   NORM-CODE          a norm's text in its source document (GGE2015-13f is A/70/174#13(f))
//
// Both sides are documents, or both are clauses. Used by `plenipo compare`, the comparison view
// and the comparison exports.
class Comparison
{
public:
    struct Side
    {
        QString reference; // as given
        QString label;     // "A/70/174 para. 13(f)", "SAMPLE/CONSEQ/2026/ZD"
        qint64 documentId = 0;
        qint64 clauseId = 0; // clause sides only
        int revision = 0;    // clause sides: the revision number shown (the latest by default)
    };

    struct Entry
    {
        ClauseAligner::Pair pair;
        qint64 oldClauseId = 0; // 0 for an inserted clause
        qint64 newClauseId = 0; // 0 for a deleted clause
        QString oldNumber;
        QString newNumber;
        QString oldText;
        QString newText;
        WordDiff diff; // deleted clause: old text against ""; inserted: "" against new text

        QString splitFromNumber;  // inserted: the old clause it was split from, if any
        QString mergedIntoNumber; // deleted: the new clause it was merged into, if any

        bool changed() const { return !diff.isIdentical(); }
        // "unchanged", "changed", "inserted", "deleted", with ", renumbered" / ", moved" (the
        // JSON's key, English); statusLabel() is the same in the interface language.
        QString status() const;
        QString statusLabel() const;
        QString statusText(bool translated) const;
    };

    struct Totals
    {
        int clausesMatched = 0;
        int clausesChanged = 0;
        int clausesInserted = 0;
        int clausesDeleted = 0;
        int clausesMoved = 0;
        int clausesRenumbered = 0;
        WordDiff::Summary words; // summed over all entries
    };

    // Throws Error (NotFound, Invalid) naming the reference that does not resolve.
    // `pairings` (documents only): the user's overrides, new clause id -> old clause id (0: no
    // counterpart); see ClauseAligner::Override.
    static Comparison compare(const Workspace &workspace, const QString &oldReference,
                              const QString &newReference, const WordDiff::Options &options = {},
                              const QHash<qint64, qint64> &pairings = {});
    // The side a reference names, or Error.
    static Side resolve(const Workspace &workspace, const QString &reference);

    bool isDocumentComparison() const { return m_documents; }
    const Side &oldSide() const { return m_old; }
    const Side &newSide() const { return m_new; }
    const QList<Entry> &entries() const { return m_entries; }
    const Totals &totals() const { return m_totals; }

    // For people: a heading, one block per clause with its inline diff ({-old-}{+new+}), and
    // the totals.
    QString toText() const;
    QJsonObject toJson() const;

private:
    bool m_documents = false;
    Side m_old;
    Side m_new;
    QList<Entry> m_entries;
    Totals m_totals;
};

} // namespace Plenipo
