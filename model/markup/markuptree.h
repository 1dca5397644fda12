// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "markup/markupdiagnostic.h"
#include "markup/markupnode.h"
#include "markup/markupstatistics.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Plenipo {

// A parsed clause: the text, its nodes (node 0 is the Clause root; the others follow in order
// of their begin offset, a parent before its children), the diagnostics in text order, and the
// statistics. Built by MarkupParser; cheap to copy (implicitly shared lists).
//
// Ids (docs/markup.md, "Ids"): bracketed spans are "b1", "b2", ... in order of their "[";
// alternative groups "g1", "g2", ... in order of their first "[" (a set of whole-clause options
// counts at its first "Option" header); the alternatives of group gn are "gn.1", "gn.2", ...
// left to right. A bracketed span has two ids: id() gives "b3", alternativeId() "g2.1".
class MarkupTree
{
public:
    MarkupTree() = default;

    const QString &text() const { return m_text; }
    const QList<MarkupNode> &nodes() const { return m_nodes; }
    const MarkupNode &node(int index) const { return m_nodes.at(index); }
    int size() const { return int(m_nodes.size()); }
    static constexpr int root() { return 0; }

    QList<int> children(int index) const;
    // The first child of the given kind, or -1.
    int childOfKind(int index, MarkupNodeKind kind) const;
    // The attribution tag attached to a span or deletion, or -1.
    int attribution(int index) const { return childOfKind(index, MarkupNodeKind::Attribution); }

    QStringView source(int index) const;  // the raw text of [begin, end)
    QStringView content(int index) const; // the raw text of [contentBegin, contentEnd)
    // The readable text of a node: its Text and Separator descendants, unescaped, in order.
    // Markup, tags and notes are left out ("[a ^[n]b]" -> "a b"). For a Note, its unescaped
    // content; for an Attribution or AdReferendum tag, its content.
    QString plainText(int index) const;
    // The codes of an Attribution or AdReferendum tag, in order ("{ad ref. FRA, EU}" ->
    // FRA, EU). Empty for other nodes.
    QStringList codes(int index) const;

    // "b3" for a span, "g2" for a group, "g2.1" for an option; empty for other nodes.
    QString id(int index) const;
    // "g2.1" for a span or option; empty for other nodes.
    QString alternativeId(int index) const;
    // The node with id "bn", "gn" or "gn.m", or -1.
    int findById(QStringView id) const;

    const QList<MarkupDiagnostic> &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const { return m_statistics.errors > 0; }
    const MarkupStatistics &statistics() const { return m_statistics; }

private:
    friend class MarkupParser;

    QString m_text;
    QList<MarkupNode> m_nodes;
    QList<MarkupDiagnostic> m_diagnostics;
    MarkupStatistics m_statistics;
    QList<int> m_spans;  // node index of span bn at n - 1
    QList<int> m_groups; // node index of group gn at n - 1
};

} // namespace Plenipo
