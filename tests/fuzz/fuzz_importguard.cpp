// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: the import guard's checks on any bytes. The UTF-8 check agrees with Qt's
// decoder (valid input round-trips, the first bad byte is where the message says), the XML
// checks refuse every DTD, and a zip package's entries are read through the bounded device
// (ImportGuard::readEntry) with a small limit that no entry may exceed, whatever its header
// claims.

#include "fuzzsupport.h"

#include "exchange/importguard.h"

#include <KZip>
#include <KZipFileEntry>

#include <QBuffer>

using namespace Plenipo;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return -1;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz-input");

    const qsizetype valid = ImportGuard::validUtf8Prefix(bytes);
    FUZZ_CHECK(valid >= 0 && valid <= bytes.size());
    if (valid == bytes.size())
        FUZZ_CHECK(QString::fromUtf8(bytes).toUtf8() == bytes);
    // The valid prefix decodes without replacement characters it did not contain.
    const QByteArray prefix = bytes.left(valid);
    FUZZ_CHECK(QString::fromUtf8(prefix).toUtf8() == prefix);
    bool refused = false;
    try {
        ImportGuard::requireUtf8(bytes, name);
    } catch (const Error &) {
        refused = true;
    }
    FUZZ_CHECK(refused == (valid != bytes.size()));
    int line = 0;
    int column = 0;
    ImportGuard::lineAndColumn(bytes, valid, &line, &column);
    FUZZ_CHECK(line >= 1 && column >= 1);

    refused = false;
    try {
        ImportGuard::requireSafeXml(bytes, name);
    } catch (const Error &) {
        refused = true;
    }
    if (bytes.contains("<!DOCTYPE") || bytes.contains("<!ENTITY"))
        FUZZ_CHECK(refused);

    // As a zip package: every entry read through the bounded device.
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    KZip zip(&buffer);
    if (zip.open(QIODevice::ReadOnly)) {
        ImportGuard::Limits limits;
        limits.maxExpandedBytes = 256 * 1024;
        const KArchiveDirectory *dir = zip.directory();
        for (const QString &entry : dir->entries()) {
            const KArchiveFile *file = dir->file(entry);
            if (!file)
                continue;
            FUZZ_REFUSALS_OK({
                const QByteArray content = ImportGuard::readEntry(
                    *static_cast<const KZipFileEntry *>(file), copy, name, entry, limits);
                FUZZ_CHECK(content.size() <= limits.maxExpandedBytes);
            });
        }
    }
    return 0;
}
