// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark of the support matrix at 193 states x 2,000 clauses (SyntheticWorkspace: every
// state positioned on every clause and alternative, ~1.5 million positions): the time to build
// the model for the document, to read every cell, and to paint the matrix (a 1600 x 1000
// window, offscreen) while scrolling across it and after a resize, in milliseconds per frame.
// Not a test: run it from a Release build (`bash packaging/devenv bench`).

#include "consensussession.h"
#include "sample/syntheticworkspace.h"
#include "stancedelegate.h"
#include "storage/workspace.h"
#include "supportmatrixmodel.h"
#include "supportmatrixview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

constexpr int Frames = 200;

// Repaints the viewport synchronously `frames` times, calling `step(i)` before each frame;
// returns milliseconds per frame.
template<typename Step>
double paintFrames(QTableView *table, int frames, Step step)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i) {
        step(i);
        table->viewport()->repaint();
    }
    return double(timer.nsecsElapsed()) / 1e6 / frames;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"synthetic.plenipo"_s);
    QElapsedTimer timer;
    timer.start();
    SyntheticWorkspace::generate(path, {193, 2000, 3, 20260101});
    std::printf("generate 193 x 2000 x 3:            %8.1f ms\n", timer.nsecsElapsed() / 1e6);

    timer.restart();
    auto ws = Workspace::open(path);
    ConsensusSession session;
    session.setWorkspace(ws.get());
    SupportMatrixView view(&session);
    session.setDocument(ws->documentBySymbol(u"SYNTH/1"_s)->id);
    SupportMatrixModel *model = view.model();
    std::printf("open, analyse, build the matrix:     %8.1f ms  (%d rows x %d columns)\n",
                timer.nsecsElapsed() / 1e6, model->rowCount(), model->columnCount());

    timer.restart();
    quint64 sum = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c)
            sum += model->index(r, c).data(SupportMatrixModel::CellRole).toUInt() & 0xf;
    }
    const double perCell =
        double(timer.nsecsElapsed()) / double(model->rowCount()) / model->columnCount();
    std::printf("data(CellRole), every cell:          %8.1f ns per cell (checksum %llu)\n", perCell,
                static_cast<unsigned long long>(sum));

    view.resize(1600, 1000);
    view.show();
    app.processEvents();
    QTableView *table = view.table();
    const int cells =
        (table->viewport()->width() / table->horizontalHeader()->defaultSectionSize() + 1) *
        (table->viewport()->height() / table->verticalHeader()->defaultSectionSize() + 1);

    QScrollBar *h = table->horizontalScrollBar();
    QScrollBar *v = table->verticalScrollBar();
    const double still = paintFrames(table, Frames, [](int) {});
    const double scrollH = paintFrames(
        table, Frames, [h](int i) { h->setValue(int(qint64(h->maximum()) * i / Frames)); });
    const double scrollV =
        paintFrames(table, Frames, [v](int i) { v->setValue(v->maximum() * (i % 20) / 19); });
    double resize = 0;
    {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 50; ++i) {
            view.resize(1200 + (i % 10) * 40, 800 + (i % 10) * 20);
            app.processEvents();
            table->viewport()->repaint();
        }
        resize = double(t.nsecsElapsed()) / 1e6 / 50;
    }
    std::printf("paint, still:                        %8.2f ms per frame (~%d cells)\n", still,
                cells);
    std::printf("paint, scrolling across 2,000 columns:%7.2f ms per frame\n", scrollH);
    std::printf("paint, scrolling up and down:        %8.2f ms per frame\n", scrollV);
    std::printf("resize and paint:                    %8.2f ms per frame\n", resize);

    // One edit in what-if mode: the overlay, the engine's update of that clause, the column.
    session.setWhatIfMode(true);
    const QString iso = model->index(0, 0).data(SupportMatrixModel::Iso3Role).toString();
    timer.restart();
    constexpr int Edits = 50;
    for (int i = 0; i < Edits; ++i)
        model->setData(model->index(0, i), int(i % 2 ? Stance::Objects : Stance::Supports));
    std::printf("what-if edit and matrix update:      %8.2f ms per edit\n",
                timer.nsecsElapsed() / 1e6 / Edits);
    session.discardWhatIf();
    return 0;
}
