// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/authorprovider.h"

#include <QMutex>
#include <QSysInfo>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

struct Identity
{
    QMutex mutex;
    QString name;
    QString delegation;
};

Identity &identity()
{
    static Identity i;
    return i;
}

} // namespace

QString AuthorProvider::systemName()
{
    QString name = qEnvironmentVariable("PLENIPO_AUTHOR").trimmed();
#if defined(Q_OS_UNIX)
    if (name.isEmpty()) {
        // The GECOS field: "Full Name,Room,Phone,...".
        if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_gecos)
            name = QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0).trimmed();
    }
#endif
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        if (!name.isEmpty())
            break;
        name = qEnvironmentVariable(variable).trimmed();
    }
#if defined(Q_OS_UNIX)
    if (name.isEmpty()) {
        if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
            name = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    if (name.isEmpty())
        name = u"user on %1"_s.arg(QSysInfo::machineHostName());
    return name;
}

QString AuthorProvider::format(const QString &name, const QString &delegation)
{
    const QString n = name.trimmed().isEmpty() ? systemName() : name.trimmed();
    const QString d = delegation.trimmed();
    return d.isEmpty() ? n : u"%1 (%2)"_s.arg(n, d);
}

QString AuthorProvider::author()
{
    Identity &i = identity();
    QMutexLocker lock(&i.mutex);
    return format(i.name, i.delegation);
}

void AuthorProvider::set(const QString &name, const QString &delegation)
{
    Identity &i = identity();
    QMutexLocker lock(&i.mutex);
    i.name = name.trimmed();
    i.delegation = delegation.trimmed();
}

QString AuthorProvider::name()
{
    Identity &i = identity();
    QMutexLocker lock(&i.mutex);
    return i.name;
}

QString AuthorProvider::delegation()
{
    Identity &i = identity();
    QMutexLocker lock(&i.mutex);
    return i.delegation;
}

} // namespace Plenipo
