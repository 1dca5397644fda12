// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Runs the built `plenipo` executable as a user runs it from a terminal: no display, so that
// subcommands prove they need none. For tests registered with plenipo_add_test(... USES_APP).
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
};

inline CliRun runPlenipo(const QStringList &arguments, int timeoutMs = 120000)
{
    using namespace Qt::StringLiterals;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLENIPO_APP_PATH), arguments);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
