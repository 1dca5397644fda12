// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark of the research tools of issue 15 (not a test: run it from the release preset):
// - bulk import of the 74th session's resolutions in all six languages (about 1,900 files, each
//   language into its own workspace, all in one run): floor 60 s;
// - agreement matrix of 193 states over 650 recorded votes: floor 50 ms;
// - the vote map (principal components) of the same votes: floor 200 ms;
// - tracing one 2015 norm through 100,000 paragraphs: floor 100 ms; all eleven: floor 1 s;
// - the accuracy of the likely stances by leave-one-out over the corpus's recorded votes,
//   per session and overall, against the regional-group-majority baseline.
// The 650 votes are the corpus's 96 recorded votes, each reused with 5% of the choices changed
// at random; the 100,000 paragraphs are the corpus's paragraphs, reused with random word edits.

#include "exchange/bulkimporter.h"
#include "research/agreementmatrix.h"
#include "research/hierarchicalclustering.h"
#include "research/normtracer.h"
#include "research/stancepredictor.h"
#include "research/votemap.h"
#include "research/votematrix.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"

#include <KZip>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

template<typename F>
double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString shared = QStringLiteral(PLENIPO_SHARED_DIR);
    QTemporaryDir dir;
    const QStringList languages{u"Arabic"_s, u"Chinese"_s, u"English"_s,
                                u"French"_s, u"Russian"_s, u"Spanish"_s};
    QHash<QString, QStringList> files;
    for (const QString &lang : languages) {
        KZip zip(shared + u"/un-corpus/session74-%1.zip"_s.arg(lang));
        if (!zip.open(QIODevice::ReadOnly)) {
            std::printf("bench_research: %s not found; the corpus must be in ../shared/un-corpus\n",
                        qPrintable(zip.fileName()));
            return 1;
        }
        zip.directory()->copyTo(dir.filePath(lang));
        files.insert(lang, BulkImporter::collectFiles({dir.filePath(lang)}));
    }

    // 1. Bulk import, six languages in one run.
    int fileCount = 0;
    int documents = 0;
    int failed = 0;
    std::unique_ptr<Workspace> english;
    const double importMs = timeMs([&] {
        for (const QString &lang : languages) {
            auto ws = Workspace::create(dir.filePath(lang + u".plenipo"_s),
                                        [](Workspace &w) { SampleBuilder::addSample(w); });
            const BulkImporter::Summary s = BulkImporter().run(*ws, files.value(lang));
            fileCount += int(s.files.size());
            documents += s.documents;
            failed += s.failed;
            if (lang == u"English")
                english = std::move(ws);
        }
    });
    std::printf("bulk import: %d files (6 languages), %d documents, %d failed: %.1f s "
                "(%.1f ms per file; floor 60 s)\n",
                fileCount, documents, failed, importMs / 1000, importMs / std::max(1, fileCount));

    // 2. Agreement matrix, 193 x 650.
    const VoteMatrix corpus = VoteMatrix::fromWorkspace(*english);
    QList<VoteMatrix::Column> columns;
    for (int j = 0; j < 650; ++j)
        columns << corpus.columns()[j % corpus.voteCount()];
    VoteMatrix big(corpus.states(), columns);
    QRandomGenerator rng(650);
    for (int j = 0; j < 650; ++j) {
        for (int i = 0; i < corpus.stateCount(); ++i) {
            VoteMatrix::Cell c = corpus.at(i, j % corpus.voteCount());
            if (j >= corpus.voteCount() && rng.bounded(100) < 5)
                c = VoteMatrix::Cell(rng.bounded(4));
            big.set(i, j, c);
        }
    }
    QList<double> times;
    for (int run = 0; run < 15; ++run)
        times << timeMs([&] { const AgreementMatrix a(big); });
    std::printf("agreement matrix: %d states x %d votes: median %.2f ms (15 runs; floor 50 ms)\n",
                big.stateCount(), big.voteCount(), median(times));
    times.clear();
    for (int run = 0; run < 9; ++run)
        times << timeMs([&] { const VoteMap m(big); });
    std::printf("vote map: %d states x %d votes: median %.1f ms (9 runs; floor 200 ms)\n",
                big.stateCount(), big.voteCount(), median(times));
    times.clear();
    for (int run = 0; run < 5; ++run)
        times << timeMs([&] {
            const AgreementMatrix a(big);
            const HierarchicalClustering c(a);
        });
    std::printf("agreement + clustering (heat map order): median %.1f ms (5 runs)\n",
                median(times));

    // The 74th session's own map.
    {
        const VoteMap m(corpus);
        std::printf("vote map of the 74th session (%d recorded votes): axis 1 %.1f%%, axis 2 "
                    "%.1f%% of the variance\n",
                    corpus.voteCount(), m.explainedX() * 100, m.explainedY() * 100);
    }

    // 3. Likely stances: leave-one-out accuracy.
    QStringList regional;
    for (const QString &iso : corpus.states()) {
        QString group;
        for (const StateGroup &g : english->groups()) {
            if (g.kind == StateGroup::Kind::Regional && g.members.contains(iso))
                group = g.code;
        }
        regional << group;
    }
    QList<StancePredictor::Accuracy> accuracy;
    const double looMs =
        timeMs([&] { accuracy = StancePredictor::leaveOneOut(corpus, regional, {}); });
    std::printf("likely stances, leave-one-out over %d recorded votes (%.0f ms):\n",
                corpus.voteCount(), looMs);
    for (const StancePredictor::Accuracy &a : accuracy) {
        std::printf("  %-12s %3d votes, %5d choices: accuracy %.1f%% (baseline regional "
                    "majority %.1f%%); contested votes (>= 10%% no): %5d choices, %.1f%% "
                    "(baseline %.1f%%)\n",
                    qPrintable(a.range), a.votes, a.choices, a.accuracy() * 100, a.baseline() * 100,
                    a.contestedChoices,
                    a.contestedChoices ? 100.0 * a.contestedCorrect / a.contestedChoices : 0.0,
                    a.contestedChoices ? 100.0 * a.contestedBaselineCorrect / a.contestedChoices
                                       : 0.0);
    }

    // 4. Norm tracing through 100,000 paragraphs.
    QList<NormTracer::Paragraph> base;
    for (const Document &d : english->documents()) {
        for (const Clause &c : english->clauses(d.id))
            base << NormTracer::Paragraph{c.id, d.id, d.symbol, c.number, c.text};
    }
    QList<NormTracer::Paragraph> paragraphs = base;
    QRandomGenerator edits(100000);
    while (paragraphs.size() < 100000) {
        NormTracer::Paragraph p = base[edits.bounded(int(base.size()))];
        QStringList words = p.text.split(u' ');
        for (int e = 0; e < 3 && !words.isEmpty(); ++e)
            words[edits.bounded(int(words.size()))] = u"edited%1"_s.arg(edits.bounded(1000));
        p.text = words.join(u' ');
        p.symbol += u"/copy"_s;
        paragraphs << p;
    }
    NormTracer *tracer = nullptr;
    const double indexMs = timeMs([&] { tracer = new NormTracer(paragraphs); });
    QList<NormTracer::Source> norms;
    for (const Norm &n : english->norms())
        norms << NormTracer::source(*english, n);
    times.clear();
    int found = 0;
    for (int run = 0; run < 15; ++run)
        times << timeMs([&] { found = int(tracer->trace(norms[5].text, 0.3).size()); });
    std::printf("norm tracing: index of %lld paragraphs built in %.0f ms; one norm (%s): median "
                "%.2f ms, %d matches (15 runs; floor 100 ms)\n",
                qsizetype(paragraphs.size()), indexMs, qPrintable(norms[5].label), median(times),
                found);
    times.clear();
    for (int run = 0; run < 9; ++run)
        times << timeMs([&] {
            for (const NormTracer::Source &s : std::as_const(norms))
                tracer->trace(s.text, 0.3);
        });
    std::printf("norm tracing: all %lld norms: median %.1f ms (9 runs; floor 1 s)\n",
                qsizetype(norms.size()), median(times));
    delete tracer;
    return 0;
}
