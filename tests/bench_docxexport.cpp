// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark: the 2,000-clause synthetic document (SyntheticWorkspace, as `plenipo generate`
// makes it) exported to .docx, against pandoc turning the same text, as Markdown, into .docx,
// measured side by side in one run. Medians of several runs; both write a file. Targets: under
// 500 ms, and at least 5 times faster than pandoc. Run it from a Release build.
//
// The workspace is generated in /tmp once and reused (the same file as bench_consensus).

#include "exchange/docxexporter.h"
#include "sample/syntheticworkspace.h"
#include "storage/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

constexpr int OurRuns = 9;
constexpr int PandocRuns = 5;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The clause text as pandoc Markdown: the number in bold, brackets escaped so they stay text
// (unescaped, "[shall][should]" would be read as a reference link).
QString markdown(const Workspace &ws, const Document &doc)
{
    QString md = u"# "_s + doc.title + u"\n\n"_s + doc.symbol + u"\n\n"_s;
    for (const Clause &c : ws.clauses(doc.id)) {
        QString text = c.text;
        text.replace(u'\\', u"\\\\"_s).replace(u'[', u"\\["_s).replace(u']', u"\\]"_s);
        md += u"**"_s + c.number + u"** "_s + text + u"\n\n"_s;
    }
    return md;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString file = QDir::temp().filePath(u"plenipo-bench-193x2000x3.plenipo"_s);
    if (!QFile::exists(file)) {
        std::printf("generating %s (193 states x 2000 clauses x 3 alternatives)...\n",
                    qPrintable(file));
        SyntheticWorkspace::generate(file, SyntheticWorkspace::Parameters{});
    }
    const auto ws = Workspace::open(file, Workspace::Access::ReadOnly);
    const Document *doc = ws->documentBySymbol(u"SYNTH/1");
    if (!doc) {
        std::fprintf(stderr, "no document SYNTH/1 in %s\n", qPrintable(file));
        return 1;
    }
    const qsizetype clauses = ws->clauses(doc->id).size();

    QTemporaryDir dir;
    const QString out = dir.filePath(u"synth.docx"_s);
    ExportOptions options;
    options.documentId = doc->id;
    const DocxExporter exporter;
    QList<double> ours;
    for (int i = 0; i < OurRuns; ++i) {
        QElapsedTimer t;
        t.start();
        exporter.exportToFile(*ws, options, out);
        ours.append(t.nsecsElapsed() / 1e6);
    }
    const double ourMs = median(ours);
    std::printf("docx export of %lld clauses (SYNTH/1): median %.1f ms over %d runs, %lld bytes "
                "(target < 500 ms)\n",
                qint64(clauses), ourMs, OurRuns, qint64(QFile(out).size()));

    const QString pandoc = QStandardPaths::findExecutable(u"pandoc"_s);
    if (pandoc.isEmpty()) {
        std::printf("pandoc is not installed: no comparison\n");
        return 0;
    }
    const QString md = dir.filePath(u"synth.md"_s);
    {
        QFile f(md);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(markdown(*ws, *doc).toUtf8());
    }
    QList<double> theirs;
    for (int i = 0; i < PandocRuns; ++i) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(pandoc, {u"-f"_s, u"markdown"_s, u"-t"_s, u"docx"_s, u"-o"_s,
                         dir.filePath(u"pandoc.docx"_s), md});
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            std::fprintf(stderr, "pandoc failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        theirs.append(t.nsecsElapsed() / 1e6);
    }
    const double pandocMs = median(theirs);
    std::printf("pandoc markdown -> docx of the same text: median %.1f ms over %d runs\n", pandocMs,
                PandocRuns);
    std::printf("ratio: Plenipo is %.1fx faster than pandoc (target >= 5x)\n", pandocMs / ourMs);
    return 0;
}
