// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Runs the built `plenipo` executable as a user runs it from a terminal: no display, so that
// subcommands prove they need none. For tests registered with plenipo_add_test(... USES_APP).
#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
};

// What a run may need besides its arguments.
struct CliOptions
{
    QHash<QString, QString> environment; // set (after the display's variables are removed)
    QStringList unset;                   // variables removed as well (LC_ALL, LANGUAGE...)
    QByteArray input;                    // standard input
    int timeoutMs = 120000;
};

inline CliRun runPlenipo(const QStringList &arguments, const CliOptions &options)
{
    using namespace Qt::StringLiterals;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    for (const QString &name : options.unset)
        env.remove(name);
    for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLENIPO_APP_PATH), arguments);
    p.write(options.input);
    p.closeWriteChannel();
    if (!p.waitForFinished(options.timeoutMs))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline CliRun runPlenipo(const QStringList &arguments, int timeoutMs = 120000)
{
    CliOptions options;
    options.timeoutMs = timeoutMs;
    return runPlenipo(arguments, options);
}
