// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/atomicfile.h"

#include "core/error.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Plenipo {

void AtomicFile::write(const QString &path, const std::function<void(QIODevice &)> &writer)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Io, u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path),
                                                                  file.errorString()));
    try {
        writer(file);
    } catch (...) {
        file.cancelWriting(); // the destructor removes the temporary file
        throw;
    }
    if (!file.commit())
        throw Error(Error::Kind::Io, u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path),
                                                                  file.errorString()));
}

} // namespace Plenipo
