// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compare/clausealigner.h"

#include "compare/wordtokenizer.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <dtl/dtl.hpp>
#include <vector>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString normalizedNumber(const QString &number)
{
    QString out;
    out.reserve(number.size());
    for (QChar c : number) {
        if (!c.isSpace())
            out += c;
    }
    return out.toCaseFolded();
}

std::vector<int> wordIds(const WordTokenizer &tokens, QHash<QString, int> &ids)
{
    std::vector<int> out;
    out.reserve(size_t(tokens.size()));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const WordTokenizer::Kind kind = tokens.at(i).kind;
        if (kind == WordTokenizer::Kind::Punctuation || kind == WordTokenizer::Kind::Escape)
            continue;
        const QString key = tokens.tokenText(i).toString().toCaseFolded();
        const auto it = ids.constFind(key);
        if (it != ids.cend()) {
            out.push_back(*it);
        } else {
            const int id = int(ids.size());
            ids.insert(key, id);
            out.push_back(id);
        }
    }
    return out;
}

} // namespace

double ClauseAligner::similarity(const QString &a, const QString &b)
{
    QHash<QString, int> ids;
    const std::vector<int> x = wordIds(WordTokenizer(a), ids);
    const std::vector<int> y = wordIds(WordTokenizer(b), ids);
    if (x.empty() && y.empty())
        return 1.0;
    if (x.empty() || y.empty())
        return 0.0;
    dtl::Diff<int, std::vector<int>> diff(x, y);
    diff.onOnlyEditDistance();
    diff.compose();
    // Every token outside the LCS is one edit: distance = |a| + |b| - 2·|LCS|.
    const double total = double(x.size() + y.size());
    return (total - double(diff.getEditDistance())) / total;
}

QList<qsizetype> ClauseAligner::longestIncreasingSubsequence(const QList<qsizetype> &values)
{
    // Patience sorting: tails[k] = index of the smallest value ending an increasing run of
    // length k + 1; previous[] links each element to its predecessor in such a run.
    QList<qsizetype> tails;
    QList<qsizetype> previous(values.size(), -1);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const auto pos = std::lower_bound(
            tails.cbegin(), tails.cend(), values.at(i),
            [&values](qsizetype tail, qsizetype value) { return values.at(tail) < value; });
        const qsizetype k = pos - tails.cbegin();
        if (k > 0)
            previous[i] = tails.at(k - 1);
        if (k == tails.size())
            tails.append(i);
        else
            tails[k] = i;
    }
    QList<qsizetype> result(tails.size());
    qsizetype at = tails.isEmpty() ? -1 : tails.last();
    for (qsizetype k = tails.size() - 1; k >= 0; --k) {
        result[k] = at;
        at = previous.at(at);
    }
    return result;
}

QList<ClauseAligner::Pair> ClauseAligner::align(const QList<Clause> &oldClauses,
                                                const QList<Clause> &newClauses)
{
    const qsizetype m = oldClauses.size();
    const qsizetype n = newClauses.size();

    QStringList oldNumbers;
    for (const Clause &clause : oldClauses)
        oldNumbers << normalizedNumber(clause.number);
    QStringList newNumbers;
    for (const Clause &clause : newClauses)
        newNumbers << normalizedNumber(clause.number);

    QHash<qint64, qsizetype> oldById;
    for (qsizetype i = 0; i < m; ++i) {
        if (oldClauses.at(i).id != 0 && !oldById.contains(oldClauses.at(i).id))
            oldById.insert(oldClauses.at(i).id, i);
    }

    QList<qsizetype> matchOf(n, -1); // new index -> old index
    QList<Match> how(n, Match::Inserted);
    QList<bool> oldTaken(m, false);

    // 1. Lineage.
    for (qsizetype j = 0; j < n; ++j) {
        const qint64 origin = newClauses.at(j).originId;
        const qsizetype i = origin != 0 ? oldById.value(origin, -1) : -1;
        if (i >= 0 && !oldTaken.at(i)) {
            matchOf[j] = i;
            how[j] = Match::Lineage;
            oldTaken[i] = true;
        }
    }

    // 2. Same number and similar text, for new clauses without a usable origin.
    for (qsizetype j = 0; j < n; ++j) {
        const Clause &clause = newClauses.at(j);
        if (matchOf.at(j) >= 0 || (clause.originId != 0 && oldById.contains(clause.originId)))
            continue;
        const QString &number = newNumbers.at(j);
        if (number.isEmpty())
            continue;
        qsizetype best = -1;
        double bestSimilarity = 0.5;
        for (qsizetype i = 0; i < m; ++i) {
            if (oldTaken.at(i) || oldNumbers.at(i) != number)
                continue;
            const double s = similarity(oldClauses.at(i).text, clause.text);
            if (s > bestSimilarity) {
                best = i;
                bestSimilarity = s;
            }
        }
        if (best >= 0) {
            matchOf[j] = best;
            how[j] = Match::NumberAndText;
            oldTaken[best] = true;
        }
    }

    // 3. Moves: matched pairs (in new order) outside the LIS of their old positions.
    QList<qsizetype> matchedNew;
    QList<qsizetype> matchedOld;
    for (qsizetype j = 0; j < n; ++j) {
        if (matchOf.at(j) >= 0) {
            matchedNew.append(j);
            matchedOld.append(matchOf.at(j));
        }
    }
    QList<bool> stable(n, false);
    for (qsizetype k : longestIncreasingSubsequence(matchedOld))
        stable[matchedNew.at(k)] = true;

    // Where each new clause stands in the old order: the old position of the next stable pair.
    QList<qsizetype> bound(n, m);
    for (qsizetype j = n - 1, next = m; j >= 0; --j) {
        if (stable.at(j))
            next = matchOf.at(j);
        bound[j] = next;
    }

    QList<Pair> result;
    result.reserve(m + n);
    qsizetype nextOld = 0; // deleted old clauses before this index have been emitted
    const auto emitDeletedBefore = [&](qsizetype limit) {
        for (; nextOld < limit; ++nextOld) {
            if (!oldTaken.at(nextOld))
                result.append(Pair{nextOld, -1, Match::Deleted, false, false});
        }
    };
    for (qsizetype j = 0; j < n; ++j) {
        emitDeletedBefore(bound.at(j));
        Pair pair;
        pair.newIndex = j;
        pair.oldIndex = matchOf.at(j);
        pair.match = how.at(j);
        if (pair.oldIndex >= 0) {
            pair.moved = !stable.at(j);
            pair.renumbered = oldNumbers.at(pair.oldIndex) != newNumbers.at(j);
        }
        result.append(pair);
    }
    emitDeletedBefore(m);
    return result;
}

QString ClauseAligner::matchName(Match match)
{
    switch (match) {
    case Match::Lineage:
        return u"lineage"_s;
    case Match::NumberAndText:
        return u"number-and-text"_s;
    case Match::Deleted:
        return u"deleted"_s;
    case Match::Inserted:
        return u"inserted"_s;
    }
    return {};
}

} // namespace Plenipo
