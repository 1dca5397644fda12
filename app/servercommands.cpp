// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "servercommands.h"

#include "commandline.h"
#include "core/error.h"
#include "storage/serveraddress.h"
#include "storage/serveradmin.h"
#include "storage/serverconnection.h"
#include "storage/serverpull.h"
#include "storage/serverpush.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage(const QString &message, const QString &help)
{
    err() << "plenipo: " << message << "\n" << help << Qt::endl;
    return CommandLine::UsageError;
}

// A line from the terminal without echo, or from standard input when it is not a terminal.
QString readSecret(const QString &prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    return line;
}

// Asks on a terminal when the server wants a password libpq did not find; never otherwise.
} // namespace

ServerConnection::PasswordPrompt ServerCommands::terminalPrompt()
{
    if (!isatty(STDIN_FILENO))
        return {};
    return [](const QString &who) {
        return readSecret(ServerCommands::tr("Password for %1: ").arg(who));
    };
}

namespace {

ServerConnection connect(const QString &url)
{
    return ServerConnection(ServerAddress::parse(url), ServerCommands::terminalPrompt());
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, int &code)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, ServerCommands::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        code = usage(parser.errorText(), parser.helpText());
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText() << Qt::flush;
        code = CommandLine::Success;
        return false;
    }
    return true;
}

int init(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ServerCommands::tr(
        "Create or upgrade a team workspace on a PostgreSQL server: its tables, roles, "
        "row-level security policies and audit trail. Run as the database's owner; running it "
        "again upgrades and changes nothing else."));
    parser.addPositionalArgument(
        u"URL"_s, ServerCommands::tr("postgresql://owner@host/database or service=NAME"));
    int code = 0;
    if (!parse(parser, arguments, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(ServerCommands::tr("server init takes one URL"), parser.helpText());
    ServerConnection connection = connect(parser.positionalArguments().first());
    const ServerAddress &address = connection.address();
    ServerAdmin admin(connection);
    const int before = admin.installedLayerVersion();
    admin.init();
    if (before == 0)
        out() << ServerCommands::tr("%1: team workspace created").arg(address.display());
    else if (before < ServerAdmin::serverLayerVersion())
        //: %2 and %3 are version numbers of the server's roles, policies and triggers
        out() << ServerCommands::tr("%1: team workspace upgraded (server layer %2 to %3)")
                     .arg(address.display())
                     .arg(before)
                     .arg(ServerAdmin::serverLayerVersion());
    else
        out() << ServerCommands::tr("%1: team workspace is up to date").arg(address.display());
    out() << Qt::endl;
    return CommandLine::Success;
}

int user(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(ServerCommands::tr(
        "Manage the users of a team workspace: add (or change) a login with its delegation and "
        "role, remove it, or list them. The owner manages every delegation, a coordinator their "
        "own; the server checks."));
    parser.addPositionalArgument(u"add|remove|list"_s, ServerCommands::tr("what to do"));
    parser.addPositionalArgument(u"URL"_s, ServerCommands::tr("the server workspace"));
    parser.addPositionalArgument(u"LOGIN"_s,
                                 ServerCommands::tr("the user's login name (add, remove)"));
    const QCommandLineOption delegationOption(
        u"delegation"_s,
        ServerCommands::tr("the user's delegation (a state's ISO3 code or a group code)"),
        u"CODE"_s);
    const QCommandLineOption roleOption(
        u"role"_s, ServerCommands::tr("viewer, editor or coordinator"), u"ROLE"_s);
    const QCommandLineOption keepPassword(
        u"keep-password"_s,
        ServerCommands::tr("change an existing login without setting a new password"));
    const QCommandLineOption json(u"json"_s, ServerCommands::tr("list as JSON"));
    parser.addOptions({delegationOption, roleOption, keepPassword, json});
    int code = 0;
    if (!parse(parser, arguments, code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (action == u"add") {
        if (args.size() != 3 || !parser.isSet(delegationOption) || !parser.isSet(roleOption))
            return usage(
                ServerCommands::tr(
                    "usage: plenipo server user add URL LOGIN --delegation CODE --role ROLE"),
                parser.helpText());
        const auto capability = ServerAdmin::capabilityFromName(parser.value(roleOption));
        QString password;
        if (!parser.isSet(keepPassword)) {
            password = readSecret(ServerCommands::tr("New password for %1: ").arg(args.at(2)));
            if (isatty(STDIN_FILENO) && readSecret(ServerCommands::tr("Again: ")) != password)
                throw Error(Error::Kind::Invalid, ServerCommands::tr("the two passwords differ"));
            if (password.isEmpty())
                throw Error(Error::Kind::Invalid,
                            ServerCommands::tr("no password given for %1").arg(args.at(2)));
        }
        ServerConnection connection = connect(args.at(1));
        ServerAdmin(connection)
            .addUser(args.at(2), password, parser.value(delegationOption), capability);
        out() << ServerCommands::tr("%1: %2 of delegation %3")
                     .arg(args.at(2), parser.value(roleOption),
                          parser.value(delegationOption).toUpper())
              << Qt::endl;
        return CommandLine::Success;
    }
    if (action == u"remove") {
        if (args.size() != 3)
            return usage(ServerCommands::tr("usage: plenipo server user remove URL LOGIN"),
                         parser.helpText());
        ServerConnection connection = connect(args.at(1));
        ServerAdmin(connection).removeUser(args.at(2));
        out() << ServerCommands::tr("%1 removed").arg(args.at(2)) << Qt::endl;
        return CommandLine::Success;
    }
    if (action == u"list") {
        if (args.size() != 2)
            return usage(ServerCommands::tr("usage: plenipo server user list URL [--json]"),
                         parser.helpText());
        ServerConnection connection = connect(args.at(1));
        const auto users = ServerAdmin(connection).users();
        if (parser.isSet(json)) {
            QJsonArray a;
            for (const auto &m : users)
                a.append(QJsonObject{{u"login"_s, m.login},
                                     {u"delegation"_s, m.delegation},
                                     {u"role"_s, ServerAdmin::capabilityName(m.capability)}});
            out() << QJsonDocument(a).toJson(QJsonDocument::Indented) << Qt::flush;
        } else {
            for (const auto &m : users)
                out() << m.login << '\t' << m.delegation << '\t'
                      << ServerAdmin::capabilityName(m.capability) << '\n';
            out() << Qt::flush;
        }
        return CommandLine::Success;
    }
    return usage(ServerCommands::tr("server user takes add, remove or list"), parser.helpText());
}

int push(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ServerCommands::tr(
        "Upload a workspace file into a new, empty team workspace (as its owner). Internal "
        "material in the file becomes the named delegation's, which alone will see it."));
    parser.addPositionalArgument(u"FILE"_s, ServerCommands::tr("the workspace file"));
    parser.addPositionalArgument(u"URL"_s, ServerCommands::tr("the server workspace"));
    const QCommandLineOption delegationOption(
        u"delegation"_s, ServerCommands::tr("whose internal material the file holds"), u"CODE"_s);
    parser.addOption(delegationOption);
    int code = 0;
    if (!parse(parser, arguments, code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usage(ServerCommands::tr("usage: plenipo server push FILE URL [--delegation CODE]"),
                     parser.helpText());
    ServerConnection connection = connect(args.at(1));
    const auto r = ServerPush::push(args.at(0), connection, parser.value(delegationOption));
    out() << ServerCommands::tr("%1 uploaded: %2 rows in %3 tables (%4 internal)")
                 .arg(args.at(0))
                 .arg(r.rows)
                 .arg(r.tables)
                 .arg(r.internalRows)
          << Qt::endl;
    return CommandLine::Success;
}

int pull(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ServerCommands::tr(
        "Write a file copy of a team workspace for reading on the road: only what your login may "
        "see (the server decides), as a new workspace file."));
    parser.addPositionalArgument(u"URL"_s, ServerCommands::tr("the server workspace"));
    parser.addPositionalArgument(u"FILE"_s, ServerCommands::tr("the new workspace file"));
    int code = 0;
    if (!parse(parser, arguments, code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usage(ServerCommands::tr("usage: plenipo server pull URL FILE"), parser.helpText());
    ServerConnection connection = connect(args.at(0));
    const auto r = ServerPull::pull(connection, args.at(1));
    out() << ServerCommands::tr("%1 written: %2 rows from %3 tables")
                 .arg(args.at(1))
                 .arg(r.rows)
                 .arg(r.tables)
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace

int ServerCommands::run(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == u"init")
        return init(rest);
    if (sub == u"user")
        return user(rest);
    if (sub == u"push")
        return push(rest);
    if (sub == u"pull")
        return pull(rest);
    if (sub == u"--help" || sub == u"-h" || sub.isEmpty()) {
        out() << ServerCommands::tr(
                     "Usage: plenipo server init URL\n"
                     "       plenipo server user add URL LOGIN --delegation CODE --role "
                     "viewer|editor|coordinator\n"
                     "       plenipo server user remove URL LOGIN\n"
                     "       plenipo server user list URL [--json]\n"
                     "       plenipo server push FILE URL [--delegation CODE]\n"
                     "       plenipo server pull URL FILE\n"
                     "URL: postgresql://user@host:port/database?sslmode=verify-full, or "
                     "service=NAME.\n")
              << Qt::flush;
        return sub.isEmpty() ? CommandLine::UsageError : CommandLine::Success;
    }
    return usage(ServerCommands::tr("unknown server command '%1'").arg(sub),
                 ServerCommands::tr("see plenipo server --help"));
}

} // namespace Plenipo
