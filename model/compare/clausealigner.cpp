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

namespace {

// The words of each clause, interned, for the content matching (case ignored, punctuation left
// out): the sequence for the similarity, and the distinct words for the index.
struct Words
{
    std::vector<int> sequence;
    QList<int> distinct;
};

QList<Words> wordsOf(const QList<ClauseAligner::Clause> &clauses, QHash<QString, int> &ids)
{
    QList<Words> out;
    out.reserve(clauses.size());
    for (const ClauseAligner::Clause &c : clauses) {
        Words w;
        w.sequence = wordIds(WordTokenizer(c.text), ids);
        QList<int> d(w.sequence.cbegin(), w.sequence.cend());
        std::sort(d.begin(), d.end());
        d.erase(std::unique(d.begin(), d.end()), d.end());
        w.distinct = d;
        out << w;
    }
    return out;
}

double dice(const std::vector<int> &x, const std::vector<int> &y)
{
    if (x.empty() && y.empty())
        return 1.0;
    if (x.empty() || y.empty())
        return 0.0;
    dtl::Diff<int, std::vector<int>> diff(x, y);
    diff.onOnlyEditDistance();
    diff.compose();
    const double total = double(x.size() + y.size());
    return (total - double(diff.getEditDistance())) / total;
}

// |LCS(x, y)| / |x|: how much of x stands, in order, in y.
double containment(const std::vector<int> &x, const std::vector<int> &y)
{
    if (x.empty() || y.empty())
        return 0.0;
    dtl::Diff<int, std::vector<int>> diff(x, y);
    diff.onOnlyEditDistance();
    diff.compose();
    const double lcs = double(x.size() + y.size() - size_t(diff.getEditDistance())) / 2.0;
    return lcs / double(x.size());
}

// An index of rare words: word -> the clauses of one side holding it. Hand-written (a hash of
// posting lists): a few lines, and no library we use offers one.
class RareWordIndex
{
public:
    static constexpr int rareLimit = 8;   // a word in at most this many clauses is rare
    static constexpr int perClause = 6;   // keys per clause when it has no rare word
    static constexpr int candidates = 12; // best candidates kept per clause

    explicit RareWordIndex(const QList<Words> &side)
    {
        for (qsizetype i = 0; i < side.size(); ++i) {
            for (int w : side[i].distinct)
                m_postings[w].append(i);
        }
    }
    // The clauses of the side sharing the most rare words with `words`, best first.
    QList<qsizetype> candidatesFor(const Words &words) const
    {
        QList<std::pair<int, int>> byFrequency; // (frequency, word)
        for (int w : words.distinct) {
            const auto it = m_postings.constFind(w);
            if (it != m_postings.cend())
                byFrequency.append({int(it->size()), w});
        }
        std::sort(byFrequency.begin(), byFrequency.end());
        QHash<qsizetype, int> shared;
        int used = 0;
        for (const auto &[frequency, w] : std::as_const(byFrequency)) {
            if (frequency > rareLimit && used >= perClause)
                break;
            for (qsizetype i : m_postings.value(w))
                ++shared[i];
            ++used;
        }
        QList<std::pair<int, qsizetype>> ranked;
        for (auto it = shared.cbegin(); it != shared.cend(); ++it)
            ranked.append({-it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end());
        QList<qsizetype> out;
        for (qsizetype k = 0; k < ranked.size() && k < candidates; ++k)
            out << ranked[k].second;
        return out;
    }

private:
    QHash<int, QList<qsizetype>> m_postings;
};

} // namespace

QList<ClauseAligner::Pair> ClauseAligner::align(const QList<Clause> &oldClauses,
                                                const QList<Clause> &newClauses,
                                                const QList<Override> &overrides)
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

    // 0. The user's pairings.
    QList<bool> newFixed(n, false);
    for (const Override &o : overrides) {
        if (o.newIndex < 0 || o.newIndex >= n || newFixed.at(o.newIndex))
            continue;
        if (o.oldIndex >= 0 && (o.oldIndex >= m || oldTaken.at(o.oldIndex)))
            continue;
        newFixed[o.newIndex] = true;
        if (o.oldIndex >= 0) {
            matchOf[o.newIndex] = o.oldIndex;
            how[o.newIndex] = Match::User;
            oldTaken[o.oldIndex] = true;
        }
    }

    // 1. Lineage.
    for (qsizetype j = 0; j < n; ++j) {
        if (newFixed.at(j))
            continue;
        const qint64 origin = newClauses.at(j).originId;
        const qsizetype i = origin != 0 ? oldById.value(origin, -1) : -1;
        if (i >= 0 && !oldTaken.at(i)) {
            matchOf[j] = i;
            how[j] = Match::Lineage;
            oldTaken[i] = true;
        }
    }

    // 2. Content, for new clauses without a usable origin.
    QHash<QString, int> ids;
    const QList<Words> oldWords = wordsOf(oldClauses, ids);
    const QList<Words> newWords = wordsOf(newClauses, ids);
    QList<qsizetype> freeOld;
    for (qsizetype i = 0; i < m; ++i) {
        if (!oldTaken.at(i))
            freeOld << i;
    }
    {
        QList<Words> freeOldWords;
        for (qsizetype i : std::as_const(freeOld))
            freeOldWords << oldWords.at(i);
        const RareWordIndex index(freeOldWords);
        struct Candidate
        {
            double score;
            qsizetype oldIndex;
            qsizetype newIndex;
        };
        QList<Candidate> candidates;
        for (qsizetype j = 0; j < n; ++j) {
            const Clause &clause = newClauses.at(j);
            if (newFixed.at(j) || matchOf.at(j) >= 0 ||
                (clause.originId != 0 && oldById.contains(clause.originId)))
                continue;
            QList<qsizetype> pool = index.candidatesFor(newWords.at(j));
            // The old clause with the same number is always a candidate.
            for (qsizetype k = 0; k < freeOld.size(); ++k) {
                if (!newNumbers.at(j).isEmpty() &&
                    oldNumbers.at(freeOld.at(k)) == newNumbers.at(j) && !pool.contains(k))
                    pool << k;
            }
            for (qsizetype k : std::as_const(pool)) {
                const qsizetype i = freeOld.at(k);
                const double s = dice(oldWords.at(i).sequence, newWords.at(j).sequence);
                if (s <= 0.5)
                    continue;
                // The same number breaks ties (and only ties: 1e-9 is below any real gap).
                const bool sameNumber =
                    !newNumbers.at(j).isEmpty() && oldNumbers.at(i) == newNumbers.at(j);
                candidates.append({s + (sameNumber ? 1e-9 : 0.0), i, j});
            }
        }
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (a.score != b.score)
                return a.score > b.score;
            if (a.newIndex != b.newIndex)
                return a.newIndex < b.newIndex;
            return a.oldIndex < b.oldIndex;
        });
        for (const Candidate &c : std::as_const(candidates)) {
            if (matchOf.at(c.newIndex) >= 0 || oldTaken.at(c.oldIndex))
                continue;
            matchOf[c.newIndex] = c.oldIndex;
            how[c.newIndex] = oldNumbers.at(c.oldIndex) == newNumbers.at(c.newIndex) &&
                                      !newNumbers.at(c.newIndex).isEmpty()
                                  ? Match::NumberAndText
                                  : Match::Content;
            oldTaken[c.oldIndex] = true;
        }
    }

    // Splits and merges: an inserted clause made mostly of a paired old clause's words, a
    // deleted clause whose words mostly stand in a paired new clause.
    QList<qsizetype> splitFrom(n, -1);
    QList<qsizetype> mergedInto(m, -1);
    {
        QList<qsizetype> pairedOld;
        QList<Words> pairedOldWords;
        QList<qsizetype> newOfOld(m, -1);
        for (qsizetype j = 0; j < n; ++j) {
            if (matchOf.at(j) >= 0) {
                pairedOld << matchOf.at(j);
                pairedOldWords << oldWords.at(matchOf.at(j));
                newOfOld[matchOf.at(j)] = j;
            }
        }
        const RareWordIndex oldIndex(pairedOldWords);
        for (qsizetype j = 0; j < n; ++j) {
            if (matchOf.at(j) >= 0 || newFixed.at(j) || newWords.at(j).sequence.size() < 3)
                continue;
            for (qsizetype k : oldIndex.candidatesFor(newWords.at(j))) {
                if (containment(newWords.at(j).sequence, pairedOldWords.at(k).sequence) > 0.6) {
                    splitFrom[j] = pairedOld.at(k);
                    break;
                }
            }
        }
        QList<qsizetype> pairedNew;
        QList<Words> pairedNewWords;
        for (qsizetype j = 0; j < n; ++j) {
            if (matchOf.at(j) >= 0) {
                pairedNew << j;
                pairedNewWords << newWords.at(j);
            }
        }
        const RareWordIndex newIndex(pairedNewWords);
        for (qsizetype i = 0; i < m; ++i) {
            if (oldTaken.at(i) || oldWords.at(i).sequence.size() < 3)
                continue;
            for (qsizetype k : newIndex.candidatesFor(oldWords.at(i))) {
                if (containment(oldWords.at(i).sequence, pairedNewWords.at(k).sequence) > 0.6) {
                    mergedInto[i] = pairedNew.at(k);
                    break;
                }
            }
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
            if (!oldTaken.at(nextOld)) {
                Pair deleted{nextOld, -1, Match::Deleted, false, false, -1, -1};
                deleted.mergedInto = mergedInto.at(nextOld);
                result.append(deleted);
            }
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
        } else {
            pair.splitFrom = splitFrom.at(j);
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
    case Match::Content:
        return u"content"_s;
    case Match::User:
        return u"user"_s;
    case Match::Deleted:
        return u"deleted"_s;
    case Match::Inserted:
        return u"inserted"_s;
    }
    return {};
}

} // namespace Plenipo
