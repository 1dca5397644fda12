// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "markup/markuptree.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Plenipo {

// What the consensus engine and the coalition analysis need from a clause's markup: its
// alternative groups (docs/markup.md ids "g1", "g1.2"), how they nest, whether a group is
// optional text, the ad referendum tags, and the text with every group resolved to one
// alternative. Built once per clause revision from MarkupParser's tree.
class ClauseShape
{
public:
    struct Alternative
    {
        QString id;   // "g1.2"
        int node = 0; // index in tree()
        QString text; // its readable text (MarkupTree::plainText)
    };
    struct Group
    {
        QString id;   // "g1"
        int node = 0; // index in tree()
        // A lone bracketed span: optional text. Dropping it is always possible, so an optional
        // group never blocks a clause by itself.
        bool optional = false;
        // The alternative the group is nested in ("g1.1"), empty at the top level. A nested
        // group only matters when that alternative is chosen.
        QString parentAlternative;
        QList<Alternative> alternatives;
    };

    ClauseShape() = default;
    // Parses `text` (MarkupParser without code validation).
    static ClauseShape of(const QString &text);

    const MarkupTree &tree() const { return m_tree; }
    // Groups in id order (g1, g2, ...); nested groups have parentAlternative set.
    const QList<Group> &groups() const { return m_groups; }
    const Group *group(QStringView id) const;
    // Groups whose parentAlternative is empty, innermost-last order irrelevant.
    bool hasBrackets() const { return !m_groups.isEmpty(); }
    // The codes of the ad referendum tags ("{ad ref. FRA}" -> "FRA"), in text order, unique.
    const QStringList &adReferendum() const { return m_adReferendum; }
    const MarkupStatistics &statistics() const { return m_tree.statistics(); }

    // The clause as readable text with each group resolved: `choice` maps a group id to the
    // chosen alternative id, or to an empty string to drop an optional group. A group missing
    // from `choice` keeps its first alternative. Proposed deletions keep their text (a deletion
    // is only a proposal); attributions, ad referendum tags, notes and option headers are left
    // out; runs of spaces collapse and no space is left before , ; : . or ).
    QString resolvedText(const QHash<QString, QString> &choice) const;

private:
    void resolve(int node, const QHash<QString, QString> &choice, QString &out) const;

    MarkupTree m_tree;
    QList<Group> m_groups;
    QStringList m_adReferendum;
};

} // namespace Plenipo
