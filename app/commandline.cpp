#include "commandline.h"

#include "error.h"
#include "samplebuilder.h"
#include "workspace.h"
#include "workspaceinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstring>

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

int fail(const QString &message, int code = CommandLine::Failure)
{
    err() << "plenipo: " << message << Qt::endl;
    return code;
}

// Parses a subcommand's arguments; prints the error or help itself. Returns false to stop.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        exitCode = fail(parser.errorText() + u"\n"_s + parser.helpText(), CommandLine::UsageError);
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        exitCode = CommandLine::Success;
        return false;
    }
    return true;
}

} // namespace

const QList<CommandLine::Command> &CommandLine::commands()
{
    static const QList<Command> list{
        {u"new"_s,
         u"Create a workspace: the UN member states, or the bundled sample with --sample"_s,
         &CommandLine::newWorkspace},
        {u"info"_s,
         u"Summarise a workspace: counts of states, groups, processes, norms, documents, "
         u"clauses, positions"_s,
         &CommandLine::info},
    };
    return list;
}

bool CommandLine::isCommandLineInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    for (const char *flag : {"-h", "--help", "-help", "-v", "--version", "help"}) {
        if (std::strcmp(first, flag) == 0)
            return true;
    }
    for (const Command &c : commands()) {
        if (c.name == QLatin1StringView(first))
            return true;
    }
    return false;
}

int CommandLine::printHelp()
{
    out() << "Usage: plenipo [FILE]               open the workbench (on FILE, or the last "
             "workspace, or the sample)\n"
             "       plenipo COMMAND [OPTIONS]    work without a display\n"
             "       plenipo --version | --help\n\n"
             "Commands:\n";
    for (const Command &c : commands())
        out() << "  " << c.name.leftJustified(10) << c.summary << "\n";
    out() << "\nRun 'plenipo COMMAND --help' for a command's options.\n"
             "Workbench options: --read-only (open FILE without editing), --screenshot PNG "
             "(save a picture of the window and quit), --select SYMBOL#NUMBER (show a clause).\n";
    out().flush();
    return Success;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == u"-h" || first == u"--help" || first == u"-help" || first == u"help")
        return printHelp();
    if (first == u"-v" || first == u"--version") {
        out() << "plenipo " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    for (const Command &c : commands()) {
        if (c.name == first) {
            try {
                return c.run(arguments.mid(1));
            } catch (const Error &e) {
                return fail(e.message());
            }
        }
    }
    return fail(u"unknown command '%1' (see plenipo --help)"_s.arg(first), UsageError);
}

int CommandLine::newWorkspace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Create a new workspace FILE holding the 193 UN member states with their regional "
        u"groups. With --sample, also the processes, the 2015 norms, a sample draft and "
        u"illustrative positions."_s);
    const QCommandLineOption sample(u"sample"_s, u"Create the bundled sample workspace."_s);
    parser.addOption(sample);
    parser.addPositionalArgument(u"FILE"_s, u"The workspace to create (*.plenipo)."_s);
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(u"new: expected one FILE\n"_s + parser.helpText(), UsageError);
    const QString file = parser.positionalArguments().first();
    const bool withSample = parser.isSet(sample);
    auto ws = Workspace::create(file, [withSample](Workspace &w) {
        if (withSample)
            SampleBuilder::addSample(w);
        else
            SampleBuilder::addStates(w);
    });
    out() << "Created " << ws->filePath() << (withSample ? " (sample workspace)" : "") << Qt::endl;
    return Success;
}

int CommandLine::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Summarise the workspace FILE (read-only)."_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"FILE"_s, u"A workspace (*.plenipo)."_s);
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(u"info: expected one FILE\n"_s + parser.helpText(), UsageError);
    const auto ws =
        Workspace::open(parser.positionalArguments().first(), Workspace::Access::ReadOnly);
    const WorkspaceInfo info = WorkspaceInfo::of(*ws);
    if (parser.isSet(json))
        out() << QJsonDocument(info.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << info.toText();
    out().flush();
    return Success;
}

} // namespace Plenipo
