// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class KZipFileEntry;
namespace pugi {
class xml_node;
}

namespace Plenipo {

// The checks every importer runs on its input before parsing it, so that hostile or broken
// files are refused with a clear message (what and where) before anything is written:
// oversized files, zip entries that expand beyond a limit, invalid UTF-8, and XML that declares
// a DTD or entities (entity expansion is the classic XML bomb; pugixml would not expand them,
// but a file that relies on them cannot be read faithfully either, so it is refused outright).
// Every check throws Error(Error::Kind::Invalid) naming the file and the place.
class ImportGuard
{
public:
    // The deepest element nesting an imported XML part may have. Real Akoma Ntoso and Word
    // files stay below 40 levels (markup nesting adds two per bracket level, see
    // MarkupParser::maxNesting); the importers walk the tree recursively, so a deeper file
    // (3,000 nested inline elements overflowed the stack) is refused before they read it.
    static constexpr int maxXmlDepth = 256;

    struct Limits
    {
        qint64 maxFileBytes = qint64(32) * 1024 * 1024;     // the file as read from disk
        qint64 maxExpandedBytes = qint64(64) * 1024 * 1024; // one zip entry, uncompressed
    };

    // Reads the whole file; refuses it when it is larger than limits.maxFileBytes.
    static QByteArray readFile(const QString &path, const Limits &limits);
    // Refuses data larger than the limit (for data that did not come from readFile).
    static void requireSize(QByteArrayView data, const QString &name, qint64 maxBytes);
    // Refuses bytes that are not UTF-8, naming the line and column of the first bad byte.
    // A leading byte order mark is accepted.
    static void requireUtf8(QByteArrayView data, const QString &name);
    // Refuses XML holding "<!DOCTYPE" or "<!ENTITY" (names the line), then checks UTF-8.
    static void requireSafeXml(QByteArrayView data, const QString &name);
    // Refuses a zip entry whose uncompressed size is beyond limits.maxExpandedBytes.
    static void requireEntrySize(qint64 uncompressedSize, const QString &name, const QString &entry,
                                 const Limits &limits);

    // Reads a zip entry of `package` (the whole zip file) through a decompressing device of its
    // own, refusing it as soon as more than limits.maxExpandedBytes come out (a zip bomb stops
    // there) and when what comes out is not the size its header claims. The header is not
    // trusted either way: KZip's own device stops at the claimed size, which silently cut a
    // lying entry short.
    static QByteArray readEntry(const KZipFileEntry &file, QByteArrayView package,
                                const QString &name, const QString &entry, const Limits &limits);
    // Refuses a parsed XML tree nested deeper than maxXmlDepth, naming the line (`data` is the
    // buffer it was parsed from).
    static void requireXmlDepth(const pugi::xml_node &root, QByteArrayView data,
                                const QString &name);

    // 1-based line and column (in bytes) of a byte offset.
    static void lineAndColumn(QByteArrayView data, qsizetype offset, int *line, int *column);
    // Length of the valid UTF-8 prefix of data (data.size() when it is all valid).
    static qsizetype validUtf8Prefix(QByteArrayView data);
};

} // namespace Plenipo
