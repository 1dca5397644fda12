// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compare/spanaligner.h"

#include "compare/wordtokenizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <dtl/dtl.hpp>
#include <vector>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

// The words of one text with, for each word, the innermost alternative around it, and for each
// alternative its range of words (alternatives nest, so their words are contiguous).
struct Side
{
    std::vector<int> words; // interned word ids
    QList<int> innermost;   // per word: index into `alternatives`, or -1
    QList<bool> bracketed;  // per word: inside any bracket or option
    struct Alternative
    {
        int node = 0;
        QString id;
        int parent = -1; // enclosing alternative (index), or -1
        qsizetype first = 0;
        qsizetype last = 0; // [first, last) word indices
        qsizetype size() const { return last - first; }
    };
    QList<Alternative> alternatives;
};

Side sideOf(const MarkupTree &tree, QHash<QString, int> &interned)
{
    Side side;
    // The alternatives in node order (a parent before its children).
    QHash<int, int> byNode;
    for (int i = 0; i < tree.size(); ++i) {
        const MarkupNode &node = tree.node(i);
        if (!node.isAlternative())
            continue;
        Side::Alternative a;
        a.node = i;
        a.id = tree.alternativeId(i);
        for (int p = node.parent; p >= 0; p = tree.node(p).parent) {
            if (byNode.contains(p)) {
                a.parent = byNode.value(p);
                break;
            }
        }
        byNode.insert(i, int(side.alternatives.size()));
        side.alternatives << a;
    }
    // Notes are not words of the text.
    QList<std::pair<qsizetype, qsizetype>> notes;
    for (int i = 0; i < tree.size(); ++i) {
        if (tree.node(i).kind == MarkupNodeKind::Note)
            notes.append({tree.node(i).begin, tree.node(i).end});
    }
    const WordTokenizer tokens(tree.text());
    QList<qsizetype> offsets;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const WordTokenizer::Token &token = tokens.at(t);
        if (token.kind != WordTokenizer::Kind::Word)
            continue;
        const bool inNote = std::any_of(notes.cbegin(), notes.cend(), [&](const auto &n) {
            return token.offset >= n.first && token.offset < n.second;
        });
        if (inNote)
            continue;
        const QString text = tokens.tokenText(t).toString();
        auto it = interned.constFind(text);
        if (it == interned.cend())
            it = interned.insert(text, int(interned.size()));
        side.words.push_back(it.value());
        offsets << token.offset;
    }
    side.innermost.fill(-1, offsets.size());
    side.bracketed.fill(false, offsets.size());
    for (int a = 0; a < side.alternatives.size(); ++a) {
        Side::Alternative &alt = side.alternatives[a];
        const MarkupNode &node = tree.node(alt.node);
        alt.first = std::lower_bound(offsets.cbegin(), offsets.cend(), node.contentBegin) -
                    offsets.cbegin();
        alt.last =
            std::lower_bound(offsets.cbegin(), offsets.cend(), node.contentEnd) - offsets.cbegin();
        // Parents come first, so a child overwrites its parent's claim on its words.
        for (qsizetype w = alt.first; w < alt.last; ++w) {
            side.innermost[w] = a;
            side.bracketed[w] = true;
        }
    }
    return side;
}

// Words matched by dtl: for each word of `a`, its partner in `b` or -1.
QList<qsizetype> matchWords(const std::vector<int> &a, const std::vector<int> &b)
{
    QList<qsizetype> partner(qsizetype(a.size()), -1);
    if (a.empty() || b.empty())
        return partner;
    dtl::Diff<int, std::vector<int>> diff(a, b);
    diff.compose();
    qsizetype i = 0;
    qsizetype j = 0;
    for (const auto &element : diff.getSes().getSequence()) {
        switch (element.second.type) {
        case dtl::SES_COMMON:
            partner[i++] = j++;
            break;
        case dtl::SES_DELETE:
            ++i;
            break;
        case dtl::SES_ADD:
            ++j;
            break;
        default:
            break;
        }
    }
    return partner;
}

qsizetype commonWords(const std::vector<int> &a, const std::vector<int> &b)
{
    const QList<qsizetype> partner = matchWords(a, b);
    return std::count_if(partner.cbegin(), partner.cend(), [](qsizetype p) { return p >= 0; });
}

std::vector<int> wordsOf(const Side &side, const Side::Alternative &a)
{
    return std::vector<int>(side.words.begin() + a.first, side.words.begin() + a.last);
}

struct Candidate
{
    int from = 0;
    int to = 0;
    double share = 0;
};

// Best share first; on a tie the same id, then the nearer place.
void sortCandidates(QList<Candidate> &candidates, const Side &o, const Side &n)
{
    std::sort(candidates.begin(), candidates.end(), [&](const Candidate &x, const Candidate &y) {
        if (x.share != y.share)
            return x.share > y.share;
        const bool xSame = o.alternatives[x.from].id == n.alternatives[x.to].id;
        const bool ySame = o.alternatives[y.from].id == n.alternatives[y.to].id;
        if (xSame != ySame)
            return xSame;
        return std::abs(x.from - x.to) < std::abs(y.from - y.to);
    });
}

} // namespace

QList<AlternativeCarry> SpanAligner::align(const MarkupTree &oldTree, const MarkupTree &newTree)
{
    QHash<QString, int> interned;
    const Side o = sideOf(oldTree, interned);
    const Side n = sideOf(newTree, interned);
    const QList<qsizetype> partner = matchWords(o.words, n.words);

    QList<int> pairedTo(o.alternatives.size(), -1);
    QList<double> shareOf(o.alternatives.size(), 0);
    QList<bool> taken(n.alternatives.size(), false);
    const auto assign = [&](QList<Candidate> &candidates) {
        sortCandidates(candidates, o, n);
        for (const Candidate &c : std::as_const(candidates)) {
            if (pairedTo[c.from] >= 0 || taken[c.to])
                continue;
            pairedTo[c.from] = c.to;
            shareOf[c.from] = c.share;
            taken[c.to] = true;
        }
    };

    // 2. Overlap through the word matching of the whole texts.
    {
        QList<Candidate> candidates;
        for (int a = 0; a < o.alternatives.size(); ++a) {
            const Side::Alternative &alt = o.alternatives[a];
            if (alt.size() == 0)
                continue;
            QHash<int, qsizetype> overlap; // new alternative -> shared words
            for (qsizetype w = alt.first; w < alt.last; ++w) {
                const qsizetype p = partner[w];
                if (p < 0)
                    continue;
                for (int b = n.innermost[p]; b >= 0; b = n.alternatives[b].parent)
                    ++overlap[b];
            }
            for (auto it = overlap.cbegin(); it != overlap.cend(); ++it) {
                const double share = double(it.value()) /
                                     double(std::max(alt.size(), n.alternatives[it.key()].size()));
                if (share > 0.5)
                    candidates.append({a, it.key(), share});
            }
        }
        assign(candidates);
    }

    // 3. What is left on both sides, word by word (moved brackets, reordered alternatives).
    {
        QList<Candidate> candidates;
        for (int a = 0; a < o.alternatives.size(); ++a) {
            if (pairedTo[a] >= 0 || o.alternatives[a].size() == 0)
                continue;
            const std::vector<int> words = wordsOf(o, o.alternatives[a]);
            const QSet<int> set(words.cbegin(), words.cend());
            for (int b = 0; b < n.alternatives.size(); ++b) {
                const Side::Alternative &nb = n.alternatives[b];
                if (taken[b] || nb.size() == 0)
                    continue;
                const qsizetype longer = std::max(o.alternatives[a].size(), nb.size());
                if (2 * std::min(o.alternatives[a].size(), nb.size()) <= longer)
                    continue; // cannot reach a majority
                const std::vector<int> other = wordsOf(n, nb);
                const qsizetype shared = std::count_if(other.cbegin(), other.cend(),
                                                       [&](int w) { return set.contains(w); });
                if (2 * shared <= longer)
                    continue;
                const double share = double(commonWords(words, other)) / double(longer);
                if (share > 0.5)
                    candidates.append({a, b, share});
            }
        }
        assign(candidates);
    }

    // Wordless alternatives ("[]"): only the same id, wordless too.
    for (int a = 0; a < o.alternatives.size(); ++a) {
        if (o.alternatives[a].size() != 0 || pairedTo[a] >= 0)
            continue;
        for (int b = 0; b < n.alternatives.size(); ++b) {
            if (!taken[b] && n.alternatives[b].size() == 0 &&
                n.alternatives[b].id == o.alternatives[a].id) {
                pairedTo[a] = b;
                shareOf[a] = 1;
                taken[b] = true;
                break;
            }
        }
    }

    QList<AlternativeCarry> out;
    out.reserve(o.alternatives.size());
    for (int a = 0; a < o.alternatives.size(); ++a) {
        const Side::Alternative &alt = o.alternatives[a];
        AlternativeCarry c;
        c.from = alt.id;
        c.words = oldTree.plainText(alt.node).simplified();
        if (pairedTo[a] >= 0) {
            const Side::Alternative &to = n.alternatives[pairedTo[a]];
            c.to = to.id;
            c.share = shareOf[a];
            c.fate = wordsOf(o, alt) == wordsOf(n, to) ? AlternativeCarry::Fate::Kept
                                                       : AlternativeCarry::Fate::Changed;
        } else {
            qsizetype agreed = 0;
            for (qsizetype w = alt.first; w < alt.last; ++w) {
                if (partner[w] >= 0 && !n.bracketed[partner[w]])
                    ++agreed;
            }
            c.fate = alt.size() > 0 && 2 * agreed > alt.size() ? AlternativeCarry::Fate::Agreed
                                                               : AlternativeCarry::Fate::Orphaned;
        }
        out << c;
    }
    return out;
}

} // namespace Plenipo
