// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer targets: one importer each (built four times with PLENIPO_FUZZ_FORMAT = Akn, Csv,
// Docx, Text): FileImporter::readData() checks the input against the sample workspace, as
// `plenipo import --dry-run` does, and builds the report. A refusal (Plenipo::Error) is fine;
// a report must be printable, count what it lists, and an import it allows must name what it
// creates.

#include "fuzzsupport.h"

#include "exchange/fileimporter.h"

#include <QJsonDocument>

using namespace Plenipo;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    (void)Fuzz::sampleWorkspace();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return -1;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    FUZZ_REFUSALS_OK({
        FileImporter importer(Fuzz::sampleWorkspace());
        const ImportReport &report = importer.readData(bytes, QStringLiteral("fuzz-input"),
                                                       FileImporter::Format::PLENIPO_FUZZ_FORMAT);
        const QString text = report.toText();
        FUZZ_CHECK(!text.isEmpty());
        (void)QJsonDocument(report.toJson()).toJson();
        FUZZ_CHECK(report.hasErrors() == (report.errorCount() > 0));
        if (importer.canApply())
            FUZZ_CHECK(!report.hasErrors() || importer.offersValidRows());
    });
    return 0;
}
