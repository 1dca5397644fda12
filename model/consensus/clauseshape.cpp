// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "consensus/clauseshape.h"

#include "markup/markupparser.h"

using namespace Qt::StringLiterals;

namespace Plenipo {

ClauseShape ClauseShape::of(const QString &text)
{
    ClauseShape shape;
    shape.m_tree = MarkupParser().parse(text);
    const MarkupTree &t = shape.m_tree;
    QList<std::pair<int, Group>> groups; // (number, group)
    for (int i = 0; i < t.size(); ++i) {
        const MarkupNode &n = t.node(i);
        if (n.kind == MarkupNodeKind::AdReferendum) {
            for (const QString &code : t.codes(i)) {
                if (!shape.m_adReferendum.contains(code))
                    shape.m_adReferendum << code;
            }
            continue;
        }
        if (n.kind != MarkupNodeKind::AlternativeGroup)
            continue;
        Group g;
        g.id = t.id(i);
        g.node = i;
        for (int c : t.children(i)) {
            if (t.node(c).isAlternative())
                g.alternatives << Alternative{t.alternativeId(c), c, t.plainText(c)};
        }
        g.optional = g.alternatives.size() == 1 &&
                     t.node(g.alternatives.first().node).kind == MarkupNodeKind::BracketedSpan;
        for (int p = n.parent; p > 0; p = t.node(p).parent) {
            if (t.node(p).isAlternative()) {
                g.parentAlternative = t.alternativeId(p);
                break;
            }
        }
        groups.append({n.number, g});
    }
    std::sort(groups.begin(), groups.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[number, g] : groups)
        shape.m_groups << std::move(g);
    return shape;
}

const ClauseShape::Group *ClauseShape::group(QStringView id) const
{
    for (const Group &g : m_groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

void ClauseShape::resolve(int node, const QHash<QString, QString> &choice, QString &out) const
{
    const MarkupNode &n = m_tree.node(node);
    switch (n.kind) {
    case MarkupNodeKind::Text:
        out += MarkupParser::unescape(m_tree.source(node));
        return;
    case MarkupNodeKind::Separator:
    case MarkupNodeKind::Attribution:
    case MarkupNodeKind::AdReferendum:
    case MarkupNodeKind::Note:
        return;
    case MarkupNodeKind::AlternativeGroup: {
        const QString id = m_tree.id(node);
        const auto it = choice.constFind(id);
        for (int c : m_tree.children(node)) {
            if (!m_tree.node(c).isAlternative())
                continue;
            if (it == choice.cend() || m_tree.alternativeId(c) == *it) {
                resolve(c, choice, out);
                return;
            }
        }
        return; // dropped
    }
    case MarkupNodeKind::Clause:
    case MarkupNodeKind::BracketedSpan:
    case MarkupNodeKind::Option:
    case MarkupNodeKind::Deletion:
        for (int c : m_tree.children(node))
            resolve(c, choice, out);
        return;
    }
}

QString ClauseShape::resolvedText(const QHash<QString, QString> &choice) const
{
    QString raw;
    resolve(MarkupTree::root(), choice, raw);
    // Tidy the seams left by dropped or chosen spans: one space between words, none before
    // closing punctuation or after an opening parenthesis.
    const QString simple = raw.simplified();
    QString out;
    out.reserve(simple.size());
    for (qsizetype i = 0; i < simple.size(); ++i) {
        const QChar ch = simple.at(i);
        if (ch == u' ' && i + 1 < simple.size() && QStringView(u",;:.)").contains(simple.at(i + 1)))
            continue;
        if (ch == u' ' && !out.isEmpty() && out.back() == u'(')
            continue;
        out += ch;
    }
    return out;
}

} // namespace Plenipo
