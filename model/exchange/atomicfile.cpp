// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/atomicfile.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::AtomicFile", text, comment, n);
}

} // namespace

void AtomicFile::write(const QString &path, const std::function<void(QIODevice &)> &writer)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(
            Error::Kind::Io,
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    try {
        writer(file);
    } catch (...) {
        file.cancelWriting(); // the destructor removes the temporary file
        throw;
    }
    if (!file.commit())
        throw Error(
            Error::Kind::Io,
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace Plenipo
