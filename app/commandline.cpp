// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"
#include "servercommands.h"

#include "compare/comparison.h"
#include "consensus/consensusengine.h"
#include "consensus/consensusreport.h"
#include "core/error.h"
#include "core/language.h"
#include "exchange/atomicfile.h"
#include "exchange/documentcomparison.h"
#include "exchange/documentexporter.h"
#include "exchange/docxwriter.h"
#include "exchange/fileimporter.h"
#include "markup/markupparser.h"
#include "markup/markupreport.h"
#include "sample/samplebuilder.h"
#include "sample/syntheticworkspace.h"
#include "storage/workspace.h"
#include "storage/workspaceinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
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
    const QCommandLineOption help({u"h"_s, u"help"_s}, CommandLine::tr("Show this help."));
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
         QT_TR_NOOP(
             "Create a workspace: the UN member states, or the bundled sample with --sample"),
         &CommandLine::newWorkspace},
        {u"info"_s,
         QT_TR_NOOP("Summarise a workspace: counts of states, groups, processes, norms, documents, "
                    "clauses, positions"),
         &CommandLine::info},
        {u"consensus"_s,
         QT_TR_NOOP(
             "Consensus analysis of a document: status of every clause, blockers, landing zones "
             "(--document SYMBOL [--process NAME] [--json])"),
         &CommandLine::consensus},
        {u"generate"_s,
         QT_TR_NOOP(
             "Create a synthetic workspace for benchmarks (--states N --clauses N --alternatives N "
             "FILE)"),
         &CommandLine::generate},
        {u"markup"_s,
         QT_TR_NOOP("Check clause markup (check FILE|-) or count brackets and words (stats "
                    "FILE|- [--json])"),
         &CommandLine::markup},
        {u"compare"_s,
         QT_TR_NOOP("Compare two documents, clauses, revisions or a norm with a clause, word "
                    "by word"),
         &CommandLine::compare},
        {u"import"_s,
         QT_TR_NOOP("Import a file into a workspace: Akoma Ntoso, a draft (.docx, .txt) or "
                    "positions (.csv); prints the import report"),
         &CommandLine::importFile},
        {u"export"_s,
         QT_TR_NOOP(
             "Export a document: Word, PDF, ODT, Akoma Ntoso or CSV (--document SYMBOL --format "
             "FORMAT [--coalition NAME] [--include-internal] -o OUT)"),
         &CommandLine::exportDocument},
        {u"server"_s,
         QT_TR_NOOP("Team mode on a PostgreSQL server: init URL, user add|remove|list URL ..., "
                    "push FILE URL (see plenipo server --help)"),
         &ServerCommands::run},
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
    out() << tr("Usage: plenipo [FILE]               open the workbench (on FILE, or the last "
                "workspace, or the sample)\n"
                "       plenipo COMMAND [OPTIONS]    work without a display\n"
                "       plenipo --version | --help\n\n"
                "Commands:\n");
    for (const Command &c : commands())
        out() << "  " << c.name.leftJustified(10) << tr(c.summary) << "\n";
    out() << tr("\nRun 'plenipo COMMAND --help' for a command's options.\n"
                "Workbench options: --sample (the bundled sample workspace), --read-only (open "
                "FILE without editing), --screenshot PNG (save a picture of the window and "
                "quit), --select SYMBOL#NUMBER (show a clause), --language CODE (the interface "
                "language).\n");
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
    return fail(tr("unknown command '%1' (see plenipo --help)").arg(first), UsageError);
}

int CommandLine::newWorkspace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create a new workspace FILE holding the 193 UN member states with their regional "
           "groups. With --sample, also the processes, the 2015 norms, a sample draft and "
           "illustrative positions."));
    const QCommandLineOption sample(u"sample"_s, tr("Create the bundled sample workspace."));
    parser.addOption(sample);
    parser.addPositionalArgument(u"FILE"_s, tr("The workspace to create (*.plenipo)."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("new: expected one FILE\n") + parser.helpText(), UsageError);
    const QString file = parser.positionalArguments().first();
    const bool withSample = parser.isSet(sample);
    auto ws = Workspace::create(file, [withSample](Workspace &w) {
        if (withSample)
            SampleBuilder::addSample(w);
        else
            SampleBuilder::addStates(w);
    });
    out()
        << (withSample ? tr("Created %1 (sample workspace)") : tr("Created %1")).arg(ws->filePath())
        << Qt::endl;
    return Success;
}

int CommandLine::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Summarise the workspace FILE (read-only)."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(u"FILE"_s, tr("A workspace (*.plenipo)."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("info: expected one FILE\n") + parser.helpText(), UsageError);
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

int CommandLine::consensus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the consensus analysis of a document (read-only): the status of every clause "
           "(agreed, agreed ad referendum, open, contested, blocked), blockers, silent members, "
           "reservations, landing zones, and the document's counts. The members are those of "
           "--process, else of the document's process, else every UN member state."));
    const QCommandLineOption document(u"document"_s, tr("The document's symbol."), u"SYMBOL"_s);
    const QCommandLineOption process(u"process"_s, tr("A process code or name."), u"NAME"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOptions({document, process, json});
    parser.addPositionalArgument(u"WORKSPACE"_s, tr("A workspace (*.plenipo)."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(document))
        return fail(tr("consensus: expected WORKSPACE and --document SYMBOL\n") + parser.helpText(),
                    UsageError);
    const auto ws =
        Workspace::open(parser.positionalArguments().first(), Workspace::Access::ReadOnly);
    const Document *doc = ws->documentBySymbol(parser.value(document));
    if (!doc)
        return fail(
            tr("consensus: %1 has no document '%2'").arg(ws->filePath(), parser.value(document)));
    const Process *members = doc->processId ? ws->process(doc->processId) : nullptr;
    if (parser.isSet(process)) {
        members = ws->processByCode(parser.value(process));
        if (!members)
            return fail(
                tr("consensus: %1 has no process '%2'").arg(ws->filePath(), parser.value(process)));
    }
    ConsensusEngine engine(*ws);
    QString label;
    if (members) {
        engine.setProcess(*members);
        label = members->code;
    } else {
        QStringList un;
        for (const State &s : ws->states().states()) {
            if (s.unMember)
                un << s.iso3;
        }
        engine.setMembers(ws->stateSet(un));
    }
    engine.setDocument(doc->id);
    if (parser.isSet(json))
        out() << QJsonDocument(ConsensusReport::toJson(engine, label))
                     .toJson(QJsonDocument::Indented);
    else
        out() << ConsensusReport::toText(engine, label);
    out().flush();
    return Success;
}

int CommandLine::generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create a synthetic workspace FILE: STATES states positioned on every clause and every "
           "alternative of one document of CLAUSES clauses with one bracketed group of "
           "ALTERNATIVES alternatives each. The same seed gives the same file."));
    const QCommandLineOption states(u"states"_s, tr("Number of states (default 193)."), u"N"_s,
                                    u"193"_s);
    const QCommandLineOption clauses(u"clauses"_s, tr("Number of clauses (default 2000)."), u"N"_s,
                                     u"2000"_s);
    const QCommandLineOption alternatives(
        u"alternatives"_s, tr("Alternatives per clause (default 3)."), u"N"_s, u"3"_s);
    const QCommandLineOption seed(u"seed"_s, tr("Random seed."), u"N"_s, u"20260101"_s);
    parser.addOptions({states, clauses, alternatives, seed});
    parser.addPositionalArgument(u"FILE"_s, tr("The workspace to create (*.plenipo)."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("generate: expected one FILE\n") + parser.helpText(), UsageError);
    SyntheticWorkspace::Parameters p;
    bool ok[4] = {};
    p.states = parser.value(states).toInt(&ok[0]);
    p.clauses = parser.value(clauses).toInt(&ok[1]);
    p.alternatives = parser.value(alternatives).toInt(&ok[2]);
    p.seed = parser.value(seed).toUInt(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3])
        return fail(tr("generate: --states, --clauses, --alternatives and --seed take whole "
                       "numbers"),
                    UsageError);
    const QString file = parser.positionalArguments().first();
    SyntheticWorkspace::generate(file, p);
    const qint64 positions = qint64(p.states) * p.clauses * (1 + p.alternatives);
    //: %1 is the file; then "193 states", "2000 clauses", "1544000 positions"
    out() << tr("Created %1: %2, %3, %4")
                 .arg(file, tr("%n state(s)", nullptr, p.states),
                      tr("%n clause(s)", nullptr, p.clauses),
                      tr("%n position(s)", nullptr, int(positions)))
          << Qt::endl;
    return Success;
}

int CommandLine::markup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "check: print each markup problem as FILE:LINE:COL: message; exit status 1 if there are "
        "errors.\nstats: count bracketed spans, alternative groups, options and words per clause "
        "and in total.\nFILE holds clauses separated by blank lines; - reads standard input. "
        "The markup is described in docs/markup.md."));
    const QCommandLineOption json(u"json"_s, tr("stats: print JSON."));
    const QCommandLineOption workspace(
        u"workspace"_s, tr("Check attributions against the states and groups of WORKSPACE."),
        u"WORKSPACE"_s);
    parser.addOptions({json, workspace});
    parser.addPositionalArgument(u"check|stats"_s, tr("What to do."));
    parser.addPositionalArgument(u"FILE"_s, tr("A markup file, or - for standard input."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (args[0] != u"check" && args[0] != u"stats"))
        return fail(tr("markup: expected 'check FILE' or 'stats FILE'\n") + parser.helpText(),
                    UsageError);

    std::unique_ptr<Workspace> ws;
    MarkupParser::CodeValidator validator;
    if (parser.isSet(workspace)) {
        ws = Workspace::open(parser.value(workspace), Workspace::Access::ReadOnly);
        validator = [w = ws.get()](QStringView c) {
            return w->states().byIso3(c) != nullptr || w->group(c) != nullptr;
        };
    }
    const MarkupParser markupParser(validator);
    const MarkupReport report = MarkupReport::fromFile(args[1], markupParser);
    if (args[0] == u"check") {
        err() << report.diagnosticsText();
        err().flush();
        if (report.hasErrors())
            return Failure;
        const int clauses = int(report.document().statistics().clauses);
        const int warnings = int(report.warningCount());
        if (warnings)
            out() << tr("%1: %2, no errors, %3")
                         .arg(report.displayName(), tr("%n clause(s)", nullptr, clauses),
                              tr("%n warning(s)", nullptr, warnings));
        else
            out() << tr("%1: %2, no errors")
                         .arg(report.displayName(), tr("%n clause(s)", nullptr, clauses));
        out() << Qt::endl;
        return Success;
    }
    if (parser.isSet(json))
        out() << QJsonDocument(report.statisticsJson()).toJson(QJsonDocument::Indented);
    else
        out() << report.statisticsText();
    out().flush();
    return Success;
}

int CommandLine::compare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compare A with B word by word. A and B are both documents or both clauses:\n"
           "  SYMBOL            a document (clauses aligned through lineage)\n"
           "  SYMBOL#NUMBER     a paragraph's current text, e.g. A/70/174#13(f)\n"
           "  SYMBOL#NUMBER@N   revision N of a paragraph\n"
           "  NORM-CODE         a norm's text in its source document, e.g. GGE2015-13f\n"
           "Changes print as {-deleted-}{+inserted+}."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    const QCommandLineOption ignoreCase(u"ignore-case"_s, tr("Compare words case-insensitively."));
    const QCommandLineOption ignorePunctuation(u"ignore-punctuation"_s,
                                               tr("Do not count punctuation-only changes."));
    const QCommandLineOption format(
        u"format"_s,
        tr("docx: write the comparison as a Word document with tracked changes (needs -o)."),
        u"FORMAT"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The file to write (with --format)."),
                                    u"OUT"_s);
    parser.addOptions({json, ignoreCase, ignorePunctuation, format, output});
    parser.addPositionalArgument(u"WORKSPACE"_s, tr("A workspace (*.plenipo)."));
    parser.addPositionalArgument(u"A"_s, tr("The older text."));
    parser.addPositionalArgument(u"B"_s, tr("The newer text."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return fail(tr("compare: expected WORKSPACE A B\n") + parser.helpText(), UsageError);
    const auto ws = Workspace::open(args[0], Workspace::Access::ReadOnly);
    WordDiff::Options options;
    options.ignoreCase = parser.isSet(ignoreCase);
    options.ignorePunctuation = parser.isSet(ignorePunctuation);
    if (parser.isSet(format) || parser.isSet(output)) {
        if (parser.value(format).compare(u"docx"_s, Qt::CaseInsensitive) != 0)
            return fail(tr("compare: --format must be docx (got '%1')").arg(parser.value(format)),
                        UsageError);
        if (parser.value(output).isEmpty())
            return fail(tr("compare: --format docx needs -o OUT"), UsageError);
        // The Word comparison tracks every difference, so it ignores nothing.
        const Comparison comparison = Comparison::compare(*ws, args[1], args[2]);
        const ExportDocument document = DocumentComparison::build(*ws, comparison);
        AtomicFile::write(parser.value(output),
                          [&](QIODevice &device) { DocxWriter::write(document, device); });
        out() << tr("Wrote %1: %2 -> %3 with tracked changes")
                     .arg(parser.value(output), comparison.oldSide().label,
                          comparison.newSide().label)
              << Qt::endl;
        return Success;
    }
    const Comparison comparison = Comparison::compare(*ws, args[1], args[2], options);
    if (parser.isSet(json))
        out() << QJsonDocument(comparison.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << comparison.toText();
    out().flush();
    return Success;
}

int CommandLine::importFile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import FILE into WORKSPACE and print the import report: what was created and every "
           "problem with its line. Formats: akn (Akoma Ntoso: a Plenipo export or a UN "
           "resolution with its recorded vote), docx or txt (a draft: paragraphs become clauses), "
           "csv (positions; see README). Nothing is written when the report has errors; for csv, "
           "--accept-valid imports the valid rows anyway. Exit status 1 when nothing was "
           "imported."));
    const QCommandLineOption format(u"format"_s,
                                    tr("akn, docx, txt or csv (default: from the "
                                       "file name)."),
                                    u"FORMAT"_s);
    const QCommandLineOption acceptValid(
        u"accept-valid"_s, tr("csv: import the valid rows even when other rows have errors."));
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Check and report; write nothing."));
    const QCommandLineOption json(u"json"_s, tr("Print the report as JSON."));
    const QCommandLineOption symbol(u"symbol"_s,
                                    tr("docx, txt: the new document's symbol (default: the file "
                                       "name)."),
                                    u"SYMBOL"_s);
    const QCommandLineOption title(u"title"_s,
                                   tr("docx, txt: the title (default: the first unnumbered "
                                      "paragraph)."),
                                   u"TITLE"_s);
    const QCommandLineOption process(u"process"_s, tr("docx, txt: the process code."), u"CODE"_s);
    parser.addOptions({format, acceptValid, dryRun, json, symbol, title, process});
    parser.addPositionalArgument(u"WORKSPACE"_s, tr("A workspace (*.plenipo)."));
    parser.addPositionalArgument(u"FILE"_s, tr("The file to import."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return fail(tr("import: expected WORKSPACE FILE\n") + parser.helpText(), UsageError);
    std::optional<FileImporter::Format> chosen;
    if (parser.isSet(format)) {
        chosen = FileImporter::formatFromKey(parser.value(format));
        if (!chosen)
            return fail(tr("import: unknown format '%1' (expected %2)")
                            .arg(parser.value(format), FileImporter::formatKeys().join(u", "_s)),
                        UsageError);
    }
    const auto ws = Workspace::open(args[0], parser.isSet(dryRun) ? Workspace::Access::ReadOnly
                                                                  : Workspace::Access::ReadWrite);
    FileImporter::Options options;
    options.draft.symbol = parser.value(symbol);
    options.draft.title = parser.value(title);
    options.draft.process = parser.value(process);
    FileImporter importer(*ws, options);
    importer.read(args[1], chosen);
    bool imported = false;
    QString failure;
    if (!parser.isSet(dryRun)) {
        if (importer.canApply(parser.isSet(acceptValid))) {
            try {
                importer.apply(*ws, parser.isSet(acceptValid));
                imported = true;
            } catch (const Error &e) {
                failure = e.message();
            }
        }
        if (!imported)
            importer.report().setOutcome(ImportReport::Outcome::NotImported);
    }
    if (parser.isSet(json))
        out() << QJsonDocument(importer.report().toJson()).toJson(QJsonDocument::Indented);
    else
        out() << importer.report().toText();
    out().flush();
    if (!failure.isEmpty())
        return fail(failure);
    if (!imported && !parser.isSet(dryRun)) {
        if (importer.offersValidRows())
            return fail(tr("import: nothing was imported; --accept-valid imports the valid rows"));
        return fail(tr("import: nothing was imported (see the errors above)"));
    }
    return Success;
}

int CommandLine::exportDocument(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a document of WORKSPACE to OUT. Formats: %1. A coalition export (--coalition, "
           "a coalition's code or name) lists the adherent States and never contains internal "
           "notes or positions; --include-internal adds them (as Word comments) to a document "
           "export. The file is written under a temporary name and renamed when complete.")
            .arg(DocumentExporter::formats().join(u", "_s)));
    const QCommandLineOption document(u"document"_s, tr("The document's symbol."), u"SYMBOL"_s);
    const QCommandLineOption format(
        u"format"_s, u"%1."_s.arg(DocumentExporter::formats().join(u", "_s)), u"FORMAT"_s);
    const QCommandLineOption coalition(u"coalition"_s, tr("Export for this coalition."), u"NAME"_s);
    const QCommandLineOption internal(u"include-internal"_s,
                                      tr("Include internal notes and positions."));
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The file to write."), u"OUT"_s);
    const QCommandLineOption language(
        u"language"_s,
        tr("The language of the cover block, labels and state names: ar, zh, en, fr, ru or es "
           "(default en). The clause text stays as written."),
        u"CODE"_s, u"en"_s);
    parser.addOptions({document, format, coalition, internal, output, language});
    parser.addPositionalArgument(u"WORKSPACE"_s, tr("A workspace (*.plenipo)."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("export: expected one WORKSPACE\n") + parser.helpText(), UsageError);
    if (!parser.isSet(document) || !parser.isSet(format) || parser.value(output).isEmpty())
        return fail(tr("export: --document, --format and -o are required\n") + parser.helpText(),
                    UsageError);
    const auto exporter = DocumentExporter::create(parser.value(format));
    if (!exporter)
        return fail(tr("export: unknown format '%1' (expected one of: %2)")
                        .arg(parser.value(format), DocumentExporter::formats().join(u", "_s)),
                    UsageError);
    if (!Language::isSupported(parser.value(language)))
        return fail(tr("export: unknown language '%1' (expected one of: %2)")
                        .arg(parser.value(language), Language::codes().join(u", "_s)),
                    UsageError);
    if (parser.isSet(coalition) && parser.isSet(internal))
        return fail(tr("export: a coalition export never includes internal material; drop "
                       "--include-internal or --coalition"),
                    UsageError);
    const auto ws =
        Workspace::open(parser.positionalArguments().first(), Workspace::Access::ReadOnly);
    const Document *doc = ws->documentBySymbol(parser.value(document));
    if (!doc)
        return fail(
            tr("export: no document '%1' in %2").arg(parser.value(document), ws->filePath()));
    ExportOptions options;
    options.documentId = doc->id;
    options.includeInternal = parser.isSet(internal);
    options.language = parser.value(language);
    if (parser.isSet(coalition)) {
        const QString name = parser.value(coalition);
        for (const StateGroup &g : ws->groups()) {
            if (g.kind == StateGroup::Kind::Coalition &&
                (g.code.compare(name, Qt::CaseInsensitive) == 0 ||
                 g.name.compare(name, Qt::CaseInsensitive) == 0))
                options.coalition = g.code;
        }
        if (options.coalition.isEmpty()) {
            QStringList known;
            for (const StateGroup &g : ws->groups()) {
                if (g.kind == StateGroup::Kind::Coalition)
                    known.append(g.code);
            }
            return fail(tr("export: no coalition '%1' in %2 (coalitions: %3)")
                            .arg(name, ws->filePath(), known.join(u", "_s)));
        }
    }
    exporter->exportToFile(*ws, options, parser.value(output));
    if (options.coalition.isEmpty())
        out() << tr("Exported %1 to %2 (%3)")
                     .arg(doc->symbol, parser.value(output), exporter->displayName());
    else
        out() << tr("Exported %1 for %2 to %3 (%4)")
                     .arg(doc->symbol, options.coalition, parser.value(output),
                          exporter->displayName());
    out() << Qt::endl;
    return Success;
}

bool CommandLine::needsGuiApplication(int argc, char **argv)
{
    // PDF and ODT lay text out with fonts, which needs a QGuiApplication.
    return argc >= 2 && std::strcmp(argv[1], "export") == 0;
}

} // namespace Plenipo
