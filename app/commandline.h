// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Plenipo {

class AgreementMatrix;
class VoteMatrix;
class Workspace;

// The command line: `plenipo SUBCOMMAND ...` runs without a display. Each subcommand has its own
// options parser; new subcommands register in commands() with a name, a one-line summary and a
// function.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Plenipo::CommandLine)

public:
    // True when the arguments ask for a subcommand, --help or --version rather than the GUI.
    static bool isCommandLineInvocation(int argc, char **argv);
    // Runs the invocation (arguments()[0] is the program); returns the process exit code.
    static int run(const QStringList &arguments);
    // True when the subcommand needs a QGuiApplication (export: PDF and ODT lay out text with
    // fonts); main() then runs it on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
    static bool needsGuiApplication(int argc, char **argv);

    // Exit codes.
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

private:
    struct Command
    {
        QString name;
        const char *summary; // QT_TR_NOOP: translated when printed
        std::function<int(const QStringList &)> run;
        bool hidden = false; // for tests: not listed in --help
    };
    static const QList<Command> &commands();
    static int printHelp();
    static int newWorkspace(const QStringList &arguments);
    static int info(const QStringList &arguments);
    static int consensus(const QStringList &arguments);
    static int generate(const QStringList &arguments);
    static int markup(const QStringList &arguments);
    static int compare(const QStringList &arguments);
    static int importFile(const QStringList &arguments);
    static int exportDocument(const QStringList &arguments);
    static int votes(const QStringList &arguments);
    // votes --likely: the likely stances of the silent members on a document or a clause.
    static int likelyStances(const Workspace &ws, const VoteMatrix &matrix,
                             const AgreementMatrix &am, const QString &target,
                             const QString &alternative, bool json, bool csv);
    static int trace(const QStringList &arguments);
    static int revise(const QStringList &arguments);
    static int positions(const QStringList &arguments);
    static int search(const QStringList &arguments);
    static int writeLoop(const QStringList &arguments);
};

} // namespace Plenipo
