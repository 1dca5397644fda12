// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/importguard.h"

#include "core/error.h"

#include <KCompressionDevice>
#include <KZipFileEntry>

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <memory>

#include <pugixml.hpp>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Plenipo::ImportGuard", text);
}

QString megabytes(qint64 bytes)
{
    if (bytes < qint64(1024) * 1024)
        return QString::number((bytes + 1023) / 1024) + u" KB"_s;
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MB"_s;
}

} // namespace

QByteArray ImportGuard::readFile(const QString &path, const Limits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1: cannot read: %2").arg(path, file.errorString()));
    if (file.size() > limits.maxFileBytes) {
        throw Error(Error::Kind::Invalid,
                    tr("%1: the file is %2, more than the %3 an import accepts; nothing was "
                       "imported")
                        .arg(path, megabytes(file.size()), megabytes(limits.maxFileBytes)));
    }
    // Read one byte more than the limit: a file that grows while we read is caught too.
    QByteArray data = file.read(limits.maxFileBytes + 1);
    requireSize(data, path, limits.maxFileBytes);
    return data;
}

void ImportGuard::requireSize(QByteArrayView data, const QString &name, qint64 maxBytes)
{
    if (data.size() > maxBytes) {
        throw Error(Error::Kind::Invalid,
                    tr("%1: the input is larger than the %2 an import accepts; nothing was "
                       "imported")
                        .arg(name, megabytes(maxBytes)));
    }
}

void ImportGuard::lineAndColumn(QByteArrayView data, qsizetype offset, int *line, int *column)
{
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    *column = int(offset - lineStart) + 1;
}

// Hand-written rather than QStringDecoder: the decoder says that the input is bad, not where,
// and the message must name the line and column of the first bad byte. Follows RFC 3629
// (no overlong forms, no surrogates, nothing above U+10FFFF).
qsizetype ImportGuard::validUtf8Prefix(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return n;
}

void ImportGuard::requireUtf8(QByteArrayView data, const QString &name)
{
    const qsizetype valid = validUtf8Prefix(data);
    if (valid == data.size())
        return;
    int line = 0;
    int column = 0;
    lineAndColumn(data, valid, &line, &column);
    throw Error(Error::Kind::Invalid,
                tr("%1: line %2, column %3: the file is not valid UTF-8 (byte 0x%4); save it as "
                   "UTF-8 and import it again. Nothing was imported")
                    .arg(name)
                    .arg(line)
                    .arg(column)
                    .arg(uint(quint8(data[valid])), 2, 16, QChar(u'0')));
}

void ImportGuard::requireSafeXml(QByteArrayView data, const QString &name)
{
    for (const char *marker : {"<!DOCTYPE", "<!ENTITY"}) {
        const qsizetype at = data.indexOf(QByteArrayView(marker));
        if (at < 0)
            continue;
        int line = 0;
        int column = 0;
        lineAndColumn(data, at, &line, &column);
        throw Error(Error::Kind::Invalid,
                    tr("%1: line %2: the XML declares a DTD or entities (%3); Plenipo refuses "
                       "them in imported files. Nothing was imported")
                        .arg(name)
                        .arg(line)
                        .arg(QString::fromLatin1(marker)));
    }
    requireUtf8(data, name);
}

void ImportGuard::requireEntrySize(qint64 uncompressedSize, const QString &name,
                                   const QString &entry, const Limits &limits)
{
    if (uncompressedSize > limits.maxExpandedBytes || uncompressedSize < 0) {
        throw Error(
            Error::Kind::Invalid,
            tr("%1: the zip entry %2 expands to %3, more than the %4 an import accepts "
               "(a damaged or hostile file); nothing was imported")
                .arg(name, entry, megabytes(uncompressedSize), megabytes(limits.maxExpandedBytes)));
    }
}

QByteArray ImportGuard::readEntry(const KZipFileEntry &file, QByteArrayView package,
                                  const QString &name, const QString &entry, const Limits &limits)
{
    std::unique_ptr<QIODevice> device;
    if (file.encoding() == 8) { // deflated
        if (file.position() < 0 || file.compressedSize() < 0 ||
            file.position() + file.compressedSize() > package.size())
            throw Error(
                Error::Kind::Invalid,
                tr("%1: the zip entry %2 lies outside the file (a damaged file); nothing was "
                   "imported")
                    .arg(name, entry));
        auto *input = new QBuffer;
        input->setData(package.sliced(file.position(), file.compressedSize()).toByteArray());
        input->open(QIODevice::ReadOnly);
        auto *inflater = new KCompressionDevice(input, true, KCompressionDevice::GZip);
        inflater->setSkipHeaders(); // raw deflate, as in a zip
        device.reset(inflater);
        device->open(QIODevice::ReadOnly);
    } else {
        device.reset(file.createDevice()); // stored: bounded by the package itself
    }
    if (!device || (!device->isOpen() && !device->open(QIODevice::ReadOnly)))
        throw Error(Error::Kind::Invalid,
                    tr("%1: the zip entry %2 cannot be read (a damaged file); nothing was "
                       "imported")
                        .arg(name, entry));
    QByteArray content;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 got = device->read(chunk, sizeof chunk);
        if (got < 0)
            throw Error(Error::Kind::Invalid,
                        tr("%1: the zip entry %2 cannot be inflated (%3); nothing was "
                           "imported")
                            .arg(name, entry, device->errorString()));
        if (got == 0)
            break;
        if (content.size() + got > limits.maxExpandedBytes) {
            throw Error(
                Error::Kind::Invalid,
                tr("%1: the zip entry %2 expands to more than the %3 an import accepts (its "
                   "header claims %4: a damaged or hostile file); nothing was imported")
                    .arg(name, entry, megabytes(limits.maxExpandedBytes), megabytes(file.size())));
        }
        content.append(chunk, got);
    }
    if (content.size() != file.size())
        throw Error(Error::Kind::Invalid,
                    tr("%1: the zip entry %2 holds %3 bytes but its header says %4 (a damaged or "
                       "hostile file); nothing was imported")
                        .arg(name, entry)
                        .arg(content.size())
                        .arg(file.size()));
    return content;
}

void ImportGuard::requireXmlDepth(const pugi::xml_node &root, QByteArrayView data,
                                  const QString &name)
{
    // An explicit walk (first child, next sibling, back up): the check itself must not recurse.
    int depth = 0;
    pugi::xml_node n = root.first_child();
    if (!n)
        return;
    depth = 1;
    while (n) {
        if (depth > maxXmlDepth) {
            int line = 0;
            int column = 0;
            lineAndColumn(data, qsizetype(std::max<ptrdiff_t>(n.offset_debug(), 0)), &line,
                          &column);
            throw Error(
                Error::Kind::Invalid,
                tr("%1: line %2: the XML is nested more than %3 elements deep (a damaged or "
                   "hostile file); nothing was imported")
                    .arg(name)
                    .arg(line)
                    .arg(maxXmlDepth));
        }
        if (n.first_child()) {
            n = n.first_child();
            ++depth;
            continue;
        }
        while (n && !n.next_sibling() && n != root) {
            n = n.parent();
            --depth;
        }
        if (!n || n == root)
            break;
        n = n.next_sibling();
    }
}

} // namespace Plenipo
