// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markup/markuptree.h"

#include "markup/markupparser.h"

using namespace Qt::StringLiterals;

namespace Plenipo {

QList<int> MarkupTree::children(int index) const
{
    QList<int> result;
    for (int c = m_nodes.at(index).firstChild; c >= 0; c = m_nodes.at(c).nextSibling)
        result.append(c);
    return result;
}

int MarkupTree::childOfKind(int index, MarkupNodeKind kind) const
{
    for (int c = m_nodes.at(index).firstChild; c >= 0; c = m_nodes.at(c).nextSibling) {
        if (m_nodes.at(c).kind == kind)
            return c;
    }
    return -1;
}

QStringView MarkupTree::source(int index) const
{
    const MarkupNode &n = m_nodes.at(index);
    return QStringView(m_text).sliced(n.begin, n.end - n.begin);
}

QStringView MarkupTree::content(int index) const
{
    const MarkupNode &n = m_nodes.at(index);
    return QStringView(m_text).sliced(n.contentBegin, n.contentEnd - n.contentBegin);
}

QString MarkupTree::plainText(int index) const
{
    const MarkupNodeKind kind = m_nodes.at(index).kind;
    if (kind == MarkupNodeKind::Attribution || kind == MarkupNodeKind::AdReferendum)
        return content(index).trimmed().toString();
    if (kind == MarkupNodeKind::Note)
        return MarkupParser::unescape(content(index));

    QString out;
    // Depth-first over the subtree, skipping tags and notes.
    int c = index;
    for (;;) {
        const MarkupNode &n = m_nodes.at(c);
        const bool skip = c != index && (n.kind == MarkupNodeKind::Attribution ||
                                         n.kind == MarkupNodeKind::AdReferendum ||
                                         n.kind == MarkupNodeKind::Note);
        if (!skip && (n.kind == MarkupNodeKind::Text || n.kind == MarkupNodeKind::Separator))
            out += MarkupParser::unescape(source(c));
        if (!skip && n.firstChild >= 0) {
            c = n.firstChild;
            continue;
        }
        // Next sibling, or the next sibling of the nearest ancestor that has one.
        while (c != index && m_nodes.at(c).nextSibling < 0)
            c = m_nodes.at(c).parent;
        if (c == index)
            break;
        c = m_nodes.at(c).nextSibling;
    }
    return out;
}

QStringList MarkupTree::codes(int index) const
{
    QStringList result;
    const MarkupNodeKind kind = m_nodes.at(index).kind;
    if (kind != MarkupNodeKind::Attribution && kind != MarkupNodeKind::AdReferendum)
        return result;
    const QStringView c = content(index);
    qsizetype j = 0;
    auto isSeparator = [](QChar ch) {
        return ch == u',' || ch == u';' || ch.isSpace();
    };
    while (j < c.size()) {
        while (j < c.size() && isSeparator(c[j]))
            ++j;
        const qsizetype start = j;
        while (j < c.size() && !isSeparator(c[j]))
            ++j;
        if (j > start)
            result.append(c.sliced(start, j - start).toString());
    }
    return result;
}

QString MarkupTree::id(int index) const
{
    const MarkupNode &n = m_nodes.at(index);
    switch (n.kind) {
    case MarkupNodeKind::BracketedSpan:
        return u"b%1"_s.arg(n.number);
    case MarkupNodeKind::AlternativeGroup:
        return u"g%1"_s.arg(n.number);
    case MarkupNodeKind::Option:
        return alternativeId(index);
    default:
        return {};
    }
}

QString MarkupTree::alternativeId(int index) const
{
    const MarkupNode &n = m_nodes.at(index);
    if (!n.isAlternative())
        return {};
    return u"g%1.%2"_s.arg(m_nodes.at(n.parent).number).arg(n.alternative);
}

namespace {

// A positive decimal number without sign or spaces, or -1.
int parseNumber(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 9)
        return -1;
    int value = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value > 0 ? value : -1;
}

} // namespace

int MarkupTree::findById(QStringView id) const
{
    // Ids come from files (a CSV's alternative column, an AKN attribute): any text may arrive.
    // Only "bN", "gN" and "gN.M" name nodes; the letter is checked first so that a leading dot
    // (".2") never slices a negative length.
    if (id.size() < 2)
        return -1;
    const QChar letter = id.front();
    if (letter != u'b' && letter != u'g')
        return -1;
    const qsizetype dot = id.indexOf(u'.');
    if (dot == 1 || (dot > 0 && letter != u'g'))
        return -1;
    const int number = parseNumber(id.sliced(1, (dot < 0 ? id.size() : dot) - 1));
    if (number < 0)
        return -1;
    if (letter == u'b' && dot < 0)
        return number <= m_spans.size() ? m_spans.at(number - 1) : -1;
    if (letter != u'g' || number > m_groups.size())
        return -1;
    const int group = m_groups.at(number - 1);
    if (dot < 0)
        return group;
    const int alternative = parseNumber(id.sliced(dot + 1));
    if (alternative < 0)
        return -1;
    for (int c = m_nodes.at(group).firstChild; c >= 0; c = m_nodes.at(c).nextSibling) {
        if (m_nodes.at(c).isAlternative() && m_nodes.at(c).alternative == alternative)
            return c;
    }
    return -1;
}

} // namespace Plenipo
