// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: opening a damaged workspace file. The first byte picks the mode:
//   even: the rest of the input is the whole file;
//   odd:  the rest is a list of patches (3-byte little-endian offset, 1 byte value) applied to
//         a small valid workspace (3 states, 4 clauses with positions), which reaches far
//         deeper than random files: damaged pages, rows and BLOBs that SQLite still reads.
// Bit 1 of the first byte opens for editing (migration, lock file) instead of read-only. A
// workspace that opens is then read the way the workbench and the exports read it: documents,
// clauses, revisions, positions row by row and as groups, history, an Akoma Ntoso and a CSV
// export. Refusing the file (Plenipo::Error) is fine; crashing or a sanitizer report is not.

#include "fuzzsupport.h"

#include "exchange/documentexporter.h"
#include "exchange/exportoptions.h"

#include <QBuffer>
#include <QFile>

using namespace Plenipo;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    (void)Fuzz::smallWorkspaceBytes();
    return 0;
}

namespace {

void exercise(const Workspace &ws)
{
    QList<qint64> all;
    for (const Document &d : ws.documents()) {
        for (const Clause &c : ws.clauses(d.id)) {
            all << c.id;
            (void)ws.revisions(c.id);
            for (const Position &p : ws.positions(c.id))
                (void)ws.positionHistory(c.id, p.state);
        }
        for (const char *format : {"akn", "csv"}) {
            ExportOptions options;
            options.documentId = d.id;
            options.includeInternal = true;
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            FUZZ_REFUSALS_OK(
                DocumentExporter::create(QString::fromLatin1(format))->write(ws, options, out));
        }
    }
    (void)ws.positionGroups(all);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 1024 * 1024)
        return -1;
    QByteArray file;
    if (data[0] & 1) {
        file = Fuzz::smallWorkspaceBytes();
        for (size_t i = 1; i + 4 <= size && i < 1 + 4 * 64; i += 4) {
            const quint32 offset =
                quint32(data[i]) | quint32(data[i + 1]) << 8 | quint32(data[i + 2]) << 16;
            file[qsizetype(offset % quint32(file.size()))] = char(data[i + 3]);
        }
    } else {
        file = QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    }
    const QString path = Fuzz::scratchPath("damaged.plenipo");
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QString::fromLatin1(suffix));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(file);
    }
    const auto access = (data[0] & 2) ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly;
    FUZZ_REFUSALS_OK({
        const auto ws = Workspace::open(path, access);
        exercise(*ws);
    });
    return 0;
}
