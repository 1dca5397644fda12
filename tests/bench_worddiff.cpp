// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark of WordDiff on a long text: two deterministic ~20,000-word texts, the second with 5%
// of the words changed (replaced, deleted or inserted at random, seeded), diffed several times;
// prints the median. Not a test: run it from a Release build (`cmake --preset release`).
//
// WordDiff hands dtl interned token ids (ints), not strings: dtl's O(NP) search compares
// elements at every step of every snake, and with ~1,000 scattered edits that is millions of
// comparisons; int comparisons keep the whole comparison within a few milliseconds.

#include "compare/worddiff.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int WordCount = 20000;
constexpr int ChangedPercent = 5;
constexpr int Runs = 9;

QStringList makeVocabulary(std::mt19937 &random)
{
    const QStringList syllables{u"sta"_s, u"te"_s,    u"ri"_s,   u"con"_s,  u"duct"_s, u"in"_s,
                                u"fra"_s, u"struc"_s, u"ture"_s, u"cy"_s,   u"ber"_s,  u"norm"_s,
                                u"al"_s,  u"ly"_s,    u"pro"_s,  u"tect"_s, u"ion"_s,  u"ge"_s};
    QStringList words{u"the"_s,    u"of"_s,    u"and"_s, u"to"_s, u"States"_s,
                      u"should"_s, u"shall"_s, u"ICT"_s, u"in"_s, u"a"_s};
    std::uniform_int_distribution<qsizetype> pick(0, syllables.size() - 1);
    std::uniform_int_distribution<int> length(1, 4);
    while (words.size() < 3000) {
        QString word;
        for (int n = length(random); n > 0; --n)
            word += syllables.at(pick(random));
        words << word;
    }
    return words;
}

// A text of `count` words with sentence punctuation and now and then bracketed alternatives.
QStringList makeWords(std::mt19937 &random, const QStringList &vocabulary, int count)
{
    // Common words are far more frequent, as in prose (many repeated tokens: harder for an LCS).
    std::uniform_int_distribution<int> common(0, 9);
    std::uniform_int_distribution<qsizetype> any(0, vocabulary.size() - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    QStringList words;
    words.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString word =
            percent(random) < 40 ? vocabulary.at(common(random)) : vocabulary.at(any(random));
        const int p = percent(random);
        if (p < 6)
            word += u',';
        else if (p < 9)
            word += u'.';
        else if (p < 10)
            word = u"[shall]["_s + word + u']';
        words << word;
    }
    return words;
}

QStringList changeWords(std::mt19937 &random, const QStringList &vocabulary, QStringList words)
{
    std::uniform_int_distribution<qsizetype> any(0, vocabulary.size() - 1);
    std::uniform_int_distribution<int> kind(0, 2);
    const int changes = WordCount * ChangedPercent / 100;
    for (int c = 0; c < changes; ++c) {
        std::uniform_int_distribution<qsizetype> at(0, words.size() - 1);
        const qsizetype i = at(random);
        switch (kind(random)) {
        case 0:
            words[i] = vocabulary.at(any(random));
            break;
        case 1:
            words.removeAt(i);
            break;
        default:
            words.insert(i, vocabulary.at(any(random)));
            break;
        }
    }
    return words;
}

} // namespace

int main()
{
    std::mt19937 random(2015);
    const QStringList vocabulary = makeVocabulary(random);
    const QStringList oldWords = makeWords(random, vocabulary, WordCount);
    const QStringList newWords = changeWords(random, vocabulary, oldWords);
    const QString oldText = oldWords.join(u' ');
    const QString newText = newWords.join(u' ');

    std::vector<double> times;
    qsizetype ops = 0;
    Plenipo::WordDiff::Summary summary;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Plenipo::WordDiff diff(oldText, newText);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        ops = diff.ops().size();
        summary = diff.summary();
    }
    std::sort(times.begin(), times.end());
    std::printf("worddiff %d words %d%% changed: %.1f ms (median of %d)\n", WordCount,
                ChangedPercent, times.at(times.size() / 2), Runs);
    std::printf("  %lld ops; words added %d, removed %d, unchanged %d\n",
                static_cast<long long>(ops), summary.wordsAdded, summary.wordsRemoved,
                summary.wordsUnchanged);
    return 0;
}
