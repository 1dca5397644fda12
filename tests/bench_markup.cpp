// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark (issue 3): parse + statistics of a document of 2,000 clauses / about 200,000 words
// with about 10% of the words in brackets. Target: under 100 ms. Run through
// `bash packaging/devenv bench` (release preset).
#include "markup/markupdocument.h"
#include "markup/markupparser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTextStream>

#include <algorithm>

using namespace Plenipo;
using namespace Qt::StringLiterals;

int main()
{
    const QStringList vocabulary = {u"States"_s,      u"should"_s,   u"not"_s,
                                    u"conduct"_s,     u"or"_s,       u"knowingly"_s,
                                    u"support"_s,     u"ICT"_s,      u"activity"_s,
                                    u"contrary"_s,    u"to"_s,       u"their"_s,
                                    u"obligations"_s, u"under"_s,    u"international"_s,
                                    u"law"_s,         u"that"_s,     u"intentionally"_s,
                                    u"damages"_s,     u"critical"_s, u"infrastructure"_s,
                                    u"non-State"_s,   u"actors"_s,   u"State's"_s,
                                    u"Türkiye"_s,     u"1,000"_s,    u"the"_s};
    QRandomGenerator rng(42);
    auto word = [&] {
        return vocabulary.at(rng.bounded(int(vocabulary.size())));
    };
    QString text;
    qint64 words = 0, bracketed = 0;
    for (int c = 0; c < 2000; ++c) {
        int inClause = 0;
        while (inClause < 100) {
            const int r = rng.bounded(100);
            if (r < 2) { // a bracketed span of 2-4 words, sometimes with an alternative
                const int k = 2 + rng.bounded(3);
                text += u'[';
                for (int j = 0; j < k; ++j)
                    text += (j ? u" "_s : QString()) + word();
                text += u']';
                if (rng.bounded(3) == 0) {
                    text += u"{FRA, EU}"_s;
                    text += u" [";
                    text += word();
                    text += u']';
                    ++inClause;
                    ++bracketed;
                }
                inClause += k;
                bracketed += k;
                text += u' ';
            } else if (r == 2) {
                text += u"[a [nested [deep]] span] "_s;
                inClause += 4;
                bracketed += 4;
            } else if (r == 5) {
                text += u"~~deleted~~{CHN} "_s;
                ++inClause;
            } else if (r == 6) {
                text += u"text^[a note] "_s;
                ++inClause;
            } else {
                text += word();
                text += (r % 10 == 0) ? u", "_s : u" "_s;
                ++inClause;
            }
        }
        words += inClause;
        text += u"{ad ref. USA}\n\n"_s;
    }
    const QSet<QString> known = {u"FRA"_s, u"EU"_s, u"CHN"_s, u"USA"_s};
    const MarkupParser parser(
        [&known](QStringView code) { return known.contains(code.toString()); });
    QTextStream out(stdout);
    MarkupStatistics stats;
    QList<double> times;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer t;
        t.start();
        const MarkupDocument doc = MarkupDocument::parse(text, parser);
        times.append(t.nsecsElapsed() / 1e6);
        stats = doc.statistics();
    }
    std::sort(times.begin(), times.end());
    out << "text: " << text.size() << " UTF-16 units, generated words ~" << words << " (bracketed ~"
        << bracketed << ")\n";
    out << "parsed: clauses " << stats.clauses << ", words " << stats.words << ", in brackets "
        << stats.wordsInBrackets << " ("
        << QString::number(100.0 * stats.wordsInBrackets / stats.words, 'f', 1) << "%), spans "
        << stats.bracketedSpans << ", groups " << stats.alternativeGroups << ", errors "
        << stats.errors << "\n";
    out << "markup parse + statistics of 2000 clauses / " << stats.words
        << " words: " << QString::number(times.at(times.size() / 2), 'f', 1)
        << " ms (median of 15; min " << QString::number(times.first(), 'f', 1) << ", max "
        << QString::number(times.last(), 'f', 1) << ")\n";
    return 0;
}
