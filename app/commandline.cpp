// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"
#include "commands/commandrunner.h"
#include "readingworkspace.h"
#include "servercommands.h"

#include "agreementheatmap.h"
#include "commands/setclausetextcommand.h"
#include "compare/comparison.h"
#include "compare/worddiff.h"
#include "consensus/consensusengine.h"
#include "consensus/consensusreport.h"
#include "core/error.h"
#include "core/language.h"
#include "core/searchquery.h"
#include "exchange/atomicfile.h"
#include "exchange/bulkimporter.h"
#include "exchange/documentcomparison.h"
#include "exchange/documentexporter.h"
#include "exchange/docxwriter.h"
#include "exchange/exportdocument.h"
#include "exchange/fileimporter.h"
#include "markup/markupparser.h"
#include "markup/markupreport.h"
#include "research/agreementmatrix.h"
#include "research/hierarchicalclustering.h"
#include "research/normtracer.h"
#include "research/stancepredictor.h"
#include "research/votemap.h"
#include "research/votematrix.h"
#include "sample/samplebuilder.h"
#include "sample/syntheticworkspace.h"
#include "storage/workspace.h"
#include "storage/workspaceinfo.h"
#include "votemapview.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QUndoStack>

#include <cmath>
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
                    "positions (.csv); prints the import report. With a folder or several files: "
                    "every Akoma Ntoso resolution in one run"),
         &CommandLine::importFile},
        {u"search"_s,
         QT_TR_NOOP("Find words in a workspace: clauses, documents, norms, position sources and "
                    "notes, states (QUERY [--kind KIND] [--json])"),
         &CommandLine::search},
        {u"export"_s,
         QT_TR_NOOP(
             "Export a document: Word, PDF, ODT, Akoma Ntoso or CSV (--document SYMBOL --format "
             "FORMAT [--coalition NAME] [--include-internal] -o OUT)"),
         &CommandLine::exportDocument},
        {u"votes"_s,
         QT_TR_NOOP("Voting alignment over the recorded votes: agreement matrix, closest and most "
                    "distant states, vote map (--agreement | --closest ISO3 | --map [--since S] "
                    "[--match TEXT])"),
         &CommandLine::votes},
        {u"trace"_s,
         QT_TR_NOOP("Trace a norm or a clause through the workspace's texts by shared word "
                    "sequences (NORM|SYMBOL#NUMBER [--min-similarity S] [--json|--csv])"),
         &CommandLine::trace},
        {u"server"_s,
         QT_TR_NOOP("Team mode on a PostgreSQL server: init URL, user add|remove|list URL ..., "
                    "push FILE URL, pull URL FILE (see plenipo server --help)"),
         &ServerCommands::run},
        {u"revise"_s,
         QT_TR_NOOP("Save a new revision of a clause; positions follow their words (SYMBOL#NUMBER "
                    "--text T | --text-file F [--note N])"),
         &CommandLine::revise},
        {u"positions"_s,
         QT_TR_NOOP("List every position on a clause, with outdated and orphaned ones "
                    "(SYMBOL#NUMBER [--json])"),
         &CommandLine::positions},
        // tst_crashsafety kills this at random moments: a loop of committed writes.
        {u"write-loop"_s, "(testing) repeat writes until killed", &CommandLine::writeLoop, true},
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
    for (const Command &c : commands()) {
        if (!c.hidden)
            out() << "  " << c.name.leftJustified(10) << tr(c.summary) << "\n";
    }
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
    parser.addPositionalArgument(
        u"FILE"_s, tr("A workspace (*.plenipo), or a server address (postgresql://..., "
                      "service=...): then what you may read there."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("info: expected one FILE\n") + parser.helpText(), UsageError);
    const ReadingWorkspace ws(parser.positionalArguments().first());
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
    parser.addPositionalArgument(
        u"WORKSPACE"_s, tr("A workspace (*.plenipo), or a server address (postgresql://..., "
                           "service=...): then what you may read there."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(document))
        return fail(tr("consensus: expected WORKSPACE and --document SYMBOL\n") + parser.helpText(),
                    UsageError);
    const ReadingWorkspace ws(parser.positionalArguments().first());
    const Document *doc = ws->documentBySymbol(parser.value(document));
    if (!doc)
        return fail(
            tr("consensus: %1 has no document '%2'").arg(ws.label(), parser.value(document)));
    const Process *members = doc->processId ? ws->process(doc->processId) : nullptr;
    if (parser.isSet(process)) {
        members = ws->processByCode(parser.value(process));
        if (!members)
            return fail(
                tr("consensus: %1 has no process '%2'").arg(ws.label(), parser.value(process)));
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
    if (parser.isSet(json)) {
        // Streamed clause by clause (issue 12: 49 MB of JSON for 193 x 2,000 x 3).
        out().flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) ||
            !ConsensusReport::writeJson(engine, label, stdOut))
            return fail(tr("consensus: cannot write the report: %1").arg(stdOut.errorString()));
        stdOut.flush();
        return Success;
    }
    out() << ConsensusReport::toText(engine, label);
    out().flush();
    return Success;
}

int CommandLine::search(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        //: %1 and %2 are the marks printed around each match (the guillemets).
        tr("Search WORKSPACE (read-only) for QUERY: clause texts, document symbols and titles, "
           "norms, position sources and notes, state names and aliases, ignoring case and "
           "accents. QUERY: words (all must occur), \"a phrase\", a prefix infra*, -word to "
           "leave out. Matches print between %1 and %2.")
            .arg(QChar(u'\u00ab'), QChar(u'\u00bb')));
    const QCommandLineOption kind(
        u"kind"_s, tr("Only this kind: clause, document, norm, position or state (repeatable)."),
        u"KIND"_s);
    const QCommandLineOption revisions(u"revisions"_s,
                                       tr("Also search every earlier revision of the clauses."));
    const QCommandLineOption internal(
        u"include-internal"_s, tr("Also search the sources and notes of internal positions."));
    const QCommandLineOption document(u"document"_s, tr("Only in this document."), u"SYMBOL"_s);
    const QCommandLineOption process(u"process"_s, tr("Only in this process's documents."),
                                     u"CODE"_s);
    const QCommandLineOption limit(u"limit"_s, tr("At most N hits of each kind (default 20)."),
                                   u"N"_s, u"20"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOptions({kind, revisions, internal, document, process, limit, json});
    parser.addPositionalArgument(
        u"WORKSPACE"_s, tr("A workspace (*.plenipo), or a server address (postgresql://..., "
                           "service=...): then what you may read there."));
    parser.addPositionalArgument(u"QUERY"_s, tr("What to find (several words may follow)."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return fail(tr("search: expected WORKSPACE and QUERY") + u'\n' + parser.helpText(),
                    UsageError);
    SearchQuery query = SearchQuery::parse(args.mid(1).join(u' '));
    if (!query.error().isEmpty())
        return fail(tr("search: %1").arg(query.error()));
    if (query.terms().isEmpty())
        return fail(tr("search: the query holds no word to search for"), UsageError);
    for (const QString &k : parser.values(kind)) {
        const auto parsed = SearchQuery::kindFromKey(k);
        if (!parsed || *parsed == SearchHit::Kind::Revision)
            return fail(tr("search: unknown --kind '%1' (clause, document, norm, position or "
                           "state)")
                            .arg(k),
                        UsageError);
        query.kinds << *parsed;
    }
    bool ok = false;
    query.limit = parser.value(limit).toInt(&ok);
    if (!ok || query.limit < 1)
        return fail(tr("search: --limit takes a whole number from 1"), UsageError);
    query.includeRevisions = parser.isSet(revisions);
    query.includeInternal = parser.isSet(internal);
    const ReadingWorkspace ws(args[0]);
    if (parser.isSet(document)) {
        const Document *d = ws->documentBySymbol(parser.value(document));
        if (!d)
            return fail(
                tr("search: %1 has no document '%2'").arg(ws.label(), parser.value(document)));
        query.documentId = d->id;
    }
    if (parser.isSet(process)) {
        const Process *p = ws->processByCode(parser.value(process));
        if (!p)
            return fail(
                tr("search: %1 has no process '%2'").arg(ws.label(), parser.value(process)));
        query.processId = p->id;
    }
    QList<SearchHit::Kind> truncated;
    const QList<SearchHit> hits = ws->search(query, &truncated);
    // Opened read-only while another session imports a folder: say what the search cannot see.
    if (const qint64 pending = ws->isReadOnly() ? ws->pendingSearchRows() : 0; pending > 0)
        err() << "plenipo: "
              << tr("search: %n item(s) changed by another session cannot be found yet; they "
                    "can be once its import is done",
                    nullptr, int(pending))
              << Qt::endl;

    const auto marked = [](const SearchHit &h) {
        QString text = h.context;
        for (auto it = h.matches.crbegin(); it != h.matches.crend(); ++it) {
            text.insert(it->first + it->second, u'\u00bb');
            text.insert(it->first, u'\u00ab');
        }
        return text.simplified();
    };
    const auto where = [&](const SearchHit &h) {
        QString s = h.label;
        if (h.kind == SearchHit::Kind::Revision)
            s += u" @%1"_s.arg(h.revisionNumber);
        if (h.kind == SearchHit::Kind::Position) {
            if (!h.alternative.isEmpty())
                s += u" "_s + h.alternative;
            s += u" ["_s + h.states.join(u' ');
            if (h.positionCount > h.states.size())
                s += u" ... "_s + tr("%n position(s)", nullptr, h.positionCount);
            s += u"]"_s;
            //: After the states of a position hit: the details are on that many clauses.
            if (h.clauseCount > 1)
                s += u" "_s + tr("(on %n clause(s))", nullptr, h.clauseCount);
            if (h.internal)
                s += u" ("_s + tr("internal") + u")"_s;
        }
        return s;
    };
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const SearchHit &h : hits) {
            QJsonArray matches;
            for (const auto &[start, length] : h.matches)
                matches.append(QJsonArray{qint64(start), qint64(length)});
            QJsonObject o{{u"kind"_s, SearchQuery::kindKey(h.kind)},
                          {u"label"_s, h.label},
                          {u"context"_s, h.context},
                          {u"matches"_s, matches}};
            const Document *d = ws->document(h.documentId);
            if (d)
                o[u"document"_s] = d->symbol;
            if (const auto c = ws->clause(h.clauseId))
                o[u"clause"_s] = c->number;
            if (h.kind == SearchHit::Kind::Revision)
                o[u"revision"_s] = h.revisionNumber;
            if (h.kind == SearchHit::Kind::Norm)
                if (const Norm *n = ws->norm(h.id))
                    o[u"norm"_s] = n->code;
            if (h.kind == SearchHit::Kind::State)
                o[u"state"_s] = h.states.value(0);
            if (h.kind == SearchHit::Kind::Position) {
                o[u"alternative"_s] = h.alternative;
                o[u"states"_s] = QJsonArray::fromStringList(h.states);
                o[u"positions"_s] = h.positionCount;
                o[u"clauses"_s] = h.clauseCount;
                o[u"internal"_s] = h.internal;
            }
            list.append(o);
        }
        QJsonArray more;
        for (const SearchHit::Kind k : std::as_const(truncated))
            more.append(SearchQuery::kindKey(k));
        out() << QJsonDocument(QJsonObject{{u"query"_s, args.mid(1).join(u' ')},
                                           {u"hits"_s, list},
                                           {u"truncated"_s, more}})
                     .toJson(QJsonDocument::Indented);
        out().flush();
        return Success;
    }
    if (hits.isEmpty()) {
        out() << tr("No matches for %1").arg(args.mid(1).join(u' ')) << Qt::endl;
        return Success;
    }
    const auto heading = [](SearchHit::Kind k) {
        switch (k) {
        case SearchHit::Kind::Clause:
            return tr("Clauses");
        case SearchHit::Kind::Revision:
            return tr("Earlier revisions");
        case SearchHit::Kind::Document:
            return tr("Documents");
        case SearchHit::Kind::Norm:
            return tr("Norms");
        case SearchHit::Kind::Position:
            return tr("Positions");
        case SearchHit::Kind::State:
            return tr("States");
        }
        return QString();
    };
    for (const SearchHit::Kind k : SearchQuery::allKinds()) {
        qsizetype n = 0;
        for (const SearchHit &h : hits)
            n += h.kind == k;
        if (!n)
            continue;
        out() << heading(k) << " (" << n << (truncated.contains(k) ? "+" : "") << ")\n";
        for (const SearchHit &h : hits) {
            if (h.kind == k)
                out() << "  " << where(h) << ": " << marked(h) << "\n";
        }
    }
    if (!truncated.isEmpty())
        out() << tr("(+: more hits than --limit shows)") << "\n";
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
           "  SYMBOL            a document (clauses aligned through lineage, then content)\n"
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
    parser.addPositionalArgument(
        u"WORKSPACE"_s, tr("A workspace (*.plenipo), or a server address (postgresql://..., "
                           "service=...): then what you may read there."));
    parser.addPositionalArgument(u"A"_s, tr("The older text."));
    parser.addPositionalArgument(u"B"_s, tr("The newer text."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return fail(tr("compare: expected WORKSPACE A B\n") + parser.helpText(), UsageError);
    const ReadingWorkspace ws(args[0]);
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
           "imported.\n\nWith a folder (searched for *.xml and *.akn) or several files: a bulk "
           "import of Akoma Ntoso resolutions, one transaction per file, a line per file and the "
           "totals; a file whose document is already in the workspace is skipped (--replace: "
           "replaced). Exit status 1 when a file failed."));
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
    const QCommandLineOption replace(
        u"replace"_s,
        tr("akn: replace a document already in the workspace instead of skipping it."));
    const QCommandLineOption verbose(u"verbose"_s,
                                     tr("Bulk import: list every file's warnings and errors."));
    parser.addOptions(
        {format, acceptValid, dryRun, json, symbol, title, process, replace, verbose});
    parser.addPositionalArgument(u"WORKSPACE"_s, tr("A workspace (*.plenipo)."));
    parser.addPositionalArgument(u"FILE"_s, tr("The file, files or folders to import."),
                                 tr("DIR|FILE..."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return fail(tr("import: expected WORKSPACE FILE\n") + parser.helpText(), UsageError);
    if (args.size() > 2 || QFileInfo(args[1]).isDir()) {
        if (parser.isSet(dryRun) || parser.isSet(acceptValid) || parser.isSet(symbol) ||
            parser.isSet(title) || parser.isSet(process) ||
            (parser.isSet(format) && parser.value(format) != u"akn"))
            return fail(tr("import: a bulk import (a folder or several files) takes Akoma Ntoso "
                           "files only, with --replace, --json and --verbose"),
                        UsageError);
        const QStringList files = BulkImporter::collectFiles(args.mid(1));
        const auto ws = Workspace::open(args[0]);
        BulkImporter::Options options;
        options.replaceExisting = parser.isSet(replace);
        const BulkImporter::Summary summary = BulkImporter(options).run(*ws, files);
        if (parser.isSet(json))
            out() << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
        else
            out() << summary.toText(parser.isSet(verbose));
        out().flush();
        return summary.failed > 0 ? Failure : Success;
    }
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
    options.replaceExisting = parser.isSet(replace);
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
    // A dry run exits as the real import would: 1 when it would write nothing.
    if (parser.isSet(dryRun) && !importer.canApply(parser.isSet(acceptValid))) {
        if (importer.offersValidRows())
            return fail(tr("import --dry-run: the report has errors; nothing would be imported "
                           "(--accept-valid would import the valid rows)"));
        return fail(tr("import --dry-run: the report has errors; nothing would be imported"));
    }
    if (!imported && !parser.isSet(dryRun)) {
        if (importer.offersValidRows())
            return fail(tr("import: nothing was imported; --accept-valid imports the valid rows"));
        return fail(tr("import: nothing was imported (see the errors above)"));
    }
    return Success;
}

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString v = value;
    v.replace(u"\""_s, u"\"\""_s);
    return u'"' + v + u'"';
}

} // namespace

int CommandLine::likelyStances(const Workspace &ws, const VoteMatrix &matrix,
                               const AgreementMatrix &am, const QString &target,
                               const QString &alternative, bool json, bool csv)
{
    const qsizetype hash = target.lastIndexOf(u'#');
    const QString symbol = hash < 0 ? target : target.left(hash);
    const Document *d = ws.documentBySymbol(symbol);
    if (!d)
        return fail(tr("votes: no document %1 in the workspace").arg(symbol));
    qint64 clauseId = 0;
    if (hash >= 0) {
        const QString number = target.mid(hash + 1);
        const auto c = ws.clauseByNumber(d->id, number);
        if (!c)
            return fail(tr("votes: %1 has no paragraph %2").arg(symbol, number));
        clauseId = c->id;
    } else if (!alternative.isEmpty()) {
        return fail(tr("votes: --alternative needs a clause, SYMBOL#NUMBER"), UsageError);
    }
    const StancePredictor::Silent silent =
        StancePredictor::silentMembers(ws, matrix, am, d->id, clauseId, alternative);
    const auto key = [](VoteMatrix::Cell c) {
        return RecordedVote::key(c == VoteMatrix::Yes  ? RecordedVote::Choice::Yes
                                 : c == VoteMatrix::No ? RecordedVote::Choice::No
                                                       : RecordedVote::Choice::Abstain);
    };
    if (csv) {
        out() << "iso3,likely_choice,confidence,basis\r\n";
        for (const auto &p : silent.predictions)
            out() << p.iso3 << "," << key(p.choice) << "," << QString::number(p.confidence, 'f', 3)
                  << "," << p.basis << "\r\n";
        for (const QString &iso : silent.unpredicted)
            out() << iso << ",,,0\r\n";
        return Success;
    }
    if (json) {
        QJsonArray predictions;
        for (const auto &p : silent.predictions)
            predictions.append(
                QJsonObject{{u"iso3"_s, p.iso3},
                            {u"likelyChoice"_s, key(p.choice)},
                            {u"confidence"_s, std::round(p.confidence * 1000) / 1000},
                            {u"basis"_s, p.basis}});
        out() << QJsonDocument(QJsonObject{{u"target"_s, target},
                                           {u"alternative"_s, alternative},
                                           {u"predicted"_s, true},
                                           {u"members"_s, int(silent.members.size())},
                                           {u"spoken"_s, silent.spoken},
                                           {u"nobodySpoke"_s, silent.nobodySpoke},
                                           {u"predictions"_s, predictions},
                                           {u"unpredicted"_s,
                                            QJsonArray::fromStringList(silent.unpredicted)}})
                     .toJson(QJsonDocument::Indented);
        return Success;
    }
    const QString where =
        alternative.isEmpty() ? target : tr("%1, alternative %2").arg(target, alternative);
    if (silent.nobodySpoke) {
        out() << tr("%1: no state has a recorded position here, so there is nothing to predict "
                    "from.")
                     .arg(where)
              << "\n";
        return Success;
    }
    out() << tr("%1: %n silent member(s) with a likely stance (predicted, not recorded):", nullptr,
                int(silent.predictions.size()))
                 .arg(where)
          << "\n";
    const QLocale locale;
    for (const auto &p : silent.predictions) {
        const Stance stance = StancePredictor::stanceOf(p.choice);
        //: %1 ISO3 code, %2 the stance, %3 a percentage, %4 how many states it rests on
        out() << "  "
              << tr("%1  \u2248 %2 (predicted), confidence %3%, from %4 states")
                     .arg(p.iso3, StanceText::label(stance),
                          locale.toString(qRound(p.confidence * 100)))
                     .arg(p.basis)
              << "\n";
    }
    if (!silent.unpredicted.isEmpty())
        out() << tr("no likely stance (no state shares enough of the selected votes): %1")
                     .arg(silent.unpredicted.join(u", "_s))
              << "\n";
    return Success;
}

int CommandLine::votes(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Voting alignment over the workspace's recorded votes (read-only). Agreement of two "
           "states: per vote both took part in, 1 when they vote the same, 0.5 when one abstains, "
           "0 when they vote opposite; absences left out.\n"
           "--agreement: the matrix of every pair of UN member states (rows and columns in the "
           "order of a hierarchical clustering), --closest ISO3: every other state by agreement "
           "with ISO3, --map: the two principal components of the votes with the share of "
           "variance each explains, and the blocs (--blocs N) compared with the regional groups."));
    const QCommandLineOption since(u"since"_s, tr("Only votes of this session or later (74)."),
                                   u"SESSION"_s);
    const QCommandLineOption until(u"until"_s, tr("Only votes of this session or earlier."),
                                   u"SESSION"_s);
    const QCommandLineOption match(
        u"match"_s, tr("Only votes on documents whose title or text contains TEXT."), u"TEXT"_s);
    const QCommandLineOption symbols(u"symbols"_s, tr("Only these documents (comma-separated)."),
                                     u"LIST"_s);
    const QCommandLineOption agreement(u"agreement"_s, tr("The agreement matrix."));
    const QCommandLineOption closest(u"closest"_s, tr("States closest and most distant to ISO3."),
                                     u"ISO3"_s);
    const QCommandLineOption map(u"map"_s, tr("The vote map (principal components) and blocs."));
    const QCommandLineOption blocs(u"blocs"_s, tr("--map: cut the clustering into N blocs (6)."),
                                   u"N"_s, u"6"_s);
    const QCommandLineOption json(u"json"_s, tr("JSON output."));
    const QCommandLineOption csv(u"csv"_s, tr("CSV output."));
    const QCommandLineOption png(
        u"png"_s, tr("--agreement: save the heat map, --map: the vote map, as PNG."), u"FILE"_s);
    const QCommandLineOption likely(
        u"likely"_s,
        tr("Likely stances of the members who said nothing on TARGET: SYMBOL (the document as a "
           "whole) or SYMBOL#NUMBER (a clause), predicted from the states that vote most like "
           "each one. Predictions, never recorded positions."),
        u"TARGET"_s);
    const QCommandLineOption alternative(
        u"alternative"_s, tr("--likely SYMBOL#NUMBER: on this alternative of the clause (g1.2)."),
        u"ALT"_s);
    const QCommandLineOption accuracy(
        u"accuracy"_s,
        tr("How often the likely stances are right: leave-one-out over the selected votes (each "
           "state's recorded vote predicted from the others'), per session and overall, against "
           "predicting its regional group's majority."));
    parser.addOptions({since, until, match, symbols, agreement, closest, map, blocs, json, csv, png,
                       likely, alternative, accuracy});
    parser.addPositionalArgument(
        u"WORKSPACE"_s, tr("A workspace (*.plenipo), or a server address (postgresql://..., "
                           "service=...): then what you may read there."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    const QStringList args = parser.positionalArguments();
    const int modes = int(parser.isSet(agreement)) + int(parser.isSet(closest)) +
                      int(parser.isSet(map)) + int(parser.isSet(likely)) +
                      int(parser.isSet(accuracy));
    if (args.size() != 1 || modes != 1 || (parser.isSet(json) && parser.isSet(csv)))
        return fail(tr("votes: expected WORKSPACE and one of --agreement, --closest ISO3, --map, "
                       "--likely TARGET, --accuracy (and at most one of --json, --csv)\n") +
                        parser.helpText(),
                    UsageError);
    if (parser.isSet(alternative) && !parser.isSet(likely))
        return fail(tr("votes: --alternative goes with --likely SYMBOL#NUMBER"), UsageError);
    const ReadingWorkspace ws(args[0]);
    VoteMatrix::Selection selection;
    selection.sinceSession = parser.value(since).toInt();
    selection.untilSession = parser.value(until).toInt();
    selection.match = parser.value(match);
    selection.symbols = parser.value(symbols).split(u',', Qt::SkipEmptyParts);
    const VoteMatrix matrix = VoteMatrix::fromWorkspace(*ws, selection);
    if (matrix.voteCount() == 0)
        return fail(tr("votes: %1 has no recorded vote matching the selection").arg(args[0]));
    const AgreementMatrix am(matrix);
    QStringList regional;
    for (const QString &iso : matrix.states()) {
        const State *s = ws->states().byIso3(iso);
        QString group;
        for (const StateGroup &g : ws->groups()) {
            if (g.kind == StateGroup::Kind::Regional && g.members.contains(iso))
                group = g.code;
        }
        regional << (s ? group : QString());
    }
    const QString header = tr("%n recorded vote(s), %1 states", nullptr, int(matrix.voteCount()))
                               .arg(matrix.stateCount());
    if (parser.isSet(png) && !parser.isSet(agreement) && !parser.isSet(map))
        return fail(tr("votes: --png goes with --agreement or --map"), UsageError);
    if (parser.isSet(likely))
        return likelyStances(*ws, matrix, am, parser.value(likely), parser.value(alternative),
                             parser.isSet(json), parser.isSet(csv));
    if (parser.isSet(accuracy)) {
        // As in the Research window: a neighbour shares five votes, or all the others when
        // fewer are selected (a prediction that rests on no neighbour counts as wrong).
        StancePredictor::Options options;
        options.minCommonVotes = std::clamp(matrix.voteCount() - 1, 1, options.minCommonVotes);
        const QList<StancePredictor::Accuracy> list =
            StancePredictor::leaveOneOut(matrix, regional, options);
        if (parser.isSet(csv)) {
            out() << "range,votes,choices,correct,accuracy,baseline_correct,baseline\r\n";
            for (const auto &a : list)
                out() << a.range << "," << a.votes << "," << a.choices << "," << a.correct << ","
                      << QString::number(a.accuracy(), 'f', 4) << "," << a.baselineCorrect << ","
                      << QString::number(a.baseline(), 'f', 4) << "\r\n";
        } else if (parser.isSet(json)) {
            QJsonArray a;
            for (const auto &x : list)
                a.append(QJsonObject{{u"range"_s, x.range},
                                     {u"votes"_s, x.votes},
                                     {u"choices"_s, x.choices},
                                     {u"correct"_s, x.correct},
                                     {u"accuracy"_s, std::round(x.accuracy() * 10000) / 10000},
                                     {u"baselineCorrect"_s, x.baselineCorrect},
                                     {u"baseline"_s, std::round(x.baseline() * 10000) / 10000}});
            out() << QJsonDocument(QJsonObject{{u"leaveOneOut"_s, a}})
                         .toJson(QJsonDocument::Indented);
        } else {
            const QLocale locale;
            out() << header << "\n";
            for (const auto &a : list) {
                const QString range = a.session ? tr("session %1").arg(a.session) : tr("overall");
                //: %1 is "session 74" or "overall"; %2 and %4 percentages, %3 a count
                out() << tr("%1: %2% of %3 recorded choices predicted right (regional group "
                            "majority: %4%)")
                             .arg(range, locale.toString(a.accuracy() * 100, 'f', 1))
                             .arg(locale.toString(a.choices))
                             .arg(locale.toString(a.baseline() * 100, 'f', 1))
                      << "\n";
            }
        }
        return Success;
    }
    if (parser.isSet(agreement)) {
        const HierarchicalClustering clustering(am);
        if (parser.isSet(png)) {
            const QImage image = AgreementHeatMap::render(am, clustering.leafOrder(), 4);
            if (!image.save(parser.value(png), "PNG"))
                return fail(tr("votes: cannot write %1").arg(parser.value(png)));
        }
        if (parser.isSet(csv)) {
            out() << QString::fromUtf8(am.toCsv());
        } else if (parser.isSet(json)) {
            QJsonObject o = am.toJson();
            QJsonArray order;
            for (int i : clustering.leafOrder())
                order.append(matrix.states()[i]);
            o.insert(u"clusterOrder"_s, order);
            o.insert(u"votes"_s, matrix.voteCount());
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            out() << tr("%1; mean agreement per state (clustering order):").arg(header) << "\n";
            for (int i : clustering.leafOrder()) {
                double sum = 0;
                int count = 0;
                for (int b = 0; b < am.size(); ++b) {
                    if (b != i && am.commonVotes(i, b) > 0) {
                        sum += am.agreement(i, b);
                        ++count;
                    }
                }
                out() << matrix.states()[i] << "  "
                      << QString::number(count ? sum / count : 0, 'f', 3) << "\n";
            }
        }
        return Success;
    }
    if (parser.isSet(closest)) {
        const State *s = ws->states().resolve(parser.value(closest));
        const int index = s ? matrix.stateIndex(s->iso3) : -1;
        if (index < 0)
            return fail(tr("votes: '%1' is not a UN member state of %2")
                            .arg(parser.value(closest), args[0]));
        // Every other member state: those with no vote in common last (agreement empty/null).
        const QList<AgreementMatrix::Neighbour> list = am.neighbours(index, 0);
        if (parser.isSet(csv)) {
            out() << "state,agreement,common_votes\r\n";
            for (const auto &n : list)
                out() << n.iso3 << ","
                      << (n.commonVotes ? QString::number(n.agreement, 'f', 4) : QString()) << ","
                      << n.commonVotes << "\r\n";
        } else if (parser.isSet(json)) {
            QJsonArray a;
            for (const auto &n : list)
                a.append(
                    QJsonObject{{u"iso3"_s, n.iso3},
                                {u"agreement"_s,
                                 n.commonVotes ? QJsonValue(std::round(n.agreement * 10000) / 10000)
                                               : QJsonValue()},
                                {u"commonVotes"_s, n.commonVotes}});
            out() << QJsonDocument(QJsonObject{{u"state"_s, s->iso3},
                                               {u"votes"_s, matrix.voteCount()},
                                               {u"byAgreement"_s, a}})
                         .toJson(QJsonDocument::Indented);
        } else {
            qsizetype voted = 0; // those with a vote in common come first
            while (voted < list.size() && list[voted].commonVotes > 0)
                ++voted;
            //: %1 "96 recorded votes, 193 states", %2 ISO3 code, %3 the state's name
            out() << tr("%1; closest to %2 (%3):").arg(header, s->iso3, s->name) << "\n";
            const auto line = [&](qsizetype i) {
                //: %1 ISO3 code, %2 agreement (0 to 1)
                out() << "  "
                      << tr("%1  %2  (%n vote(s))", nullptr, list[i].commonVotes)
                             .arg(list[i].iso3, QString::number(list[i].agreement, 'f', 3))
                      << "\n";
            };
            for (qsizetype i = 0; i < std::min<qsizetype>(10, voted); ++i)
                line(i);
            out() << tr("most distant:") << "\n";
            for (qsizetype i = std::max<qsizetype>(0, voted - 10); i < voted; ++i)
                line(i);
            if (voted < list.size()) {
                QStringList none;
                for (qsizetype i = voted; i < list.size(); ++i)
                    none << list[i].iso3;
                out() << tr("no vote in common: %1").arg(none.join(u", "_s)) << "\n";
            }
        }
        return Success;
    }
    const VoteMap vm(matrix);
    const HierarchicalClustering clustering(am);
    const QList<int> cut = clustering.cut(parser.value(blocs).toInt());
    const HierarchicalClustering::Comparison cmp = HierarchicalClustering::compare(cut, regional);
    if (parser.isSet(png)) {
        VoteMapView view;
        view.setMap(
            vm, regional,
            tr("UN General Assembly: %n recorded vote(s)", nullptr, int(matrix.voteCount())));
        view.resize(1000, 760);
        if (!view.grab().save(parser.value(png), "PNG"))
            return fail(tr("votes: cannot write %1").arg(parser.value(png)));
    }
    // The political groups against the blocs: the bloc with most of each group's members.
    struct GroupInBlocs
    {
        QString code;
        HierarchicalClustering::Cohesion cohesion;
    };
    QList<GroupInBlocs> political;
    for (const StateGroup &g : ws->groups()) {
        if (g.kind != StateGroup::Kind::Political)
            continue;
        QList<int> members;
        for (const QString &iso : g.members)
            members << matrix.stateIndex(iso);
        const HierarchicalClustering::Cohesion c = HierarchicalClustering::cohesion(cut, members);
        if (c.members >= 2)
            political << GroupInBlocs{g.code, c};
    }
    if (parser.isSet(csv)) {
        out() << "iso3,x,y,bloc,regional_group\r\n";
        for (int i = 0; i < matrix.stateCount(); ++i)
            out() << matrix.states()[i] << "," << QString::number(vm.points()[i].x(), 'f', 4) << ","
                  << QString::number(vm.points()[i].y(), 'f', 4) << "," << cut[i] + 1 << ","
                  << regional[i] << "\r\n";
    } else if (parser.isSet(json)) {
        QJsonObject o = vm.toJson();
        QJsonArray states = o.value(u"states"_s).toArray();
        for (int i = 0; i < states.size(); ++i) {
            QJsonObject st = states[i].toObject();
            st.insert(u"bloc"_s, cut[i] + 1);
            st.insert(u"regionalGroup"_s, regional[i]);
            states[i] = st;
        }
        o.insert(u"states"_s, states);
        o.insert(u"votes"_s, matrix.voteCount());
        o.insert(u"blocsVsRegionalGroups"_s,
                 QJsonObject{{u"adjustedRand"_s, cmp.adjustedRand}, {u"purity"_s, cmp.purity}});
        QJsonArray groups;
        for (const GroupInBlocs &g : std::as_const(political))
            groups.append(QJsonObject{{u"group"_s, g.code},
                                      {u"members"_s, g.cohesion.members},
                                      {u"bloc"_s, g.cohesion.bloc + 1},
                                      {u"share"_s, std::round(g.cohesion.share * 1000) / 1000}});
        o.insert(u"politicalGroupsInBlocs"_s, groups);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out() << header << "\n"
              << tr("axis 1 explains %1% of the variance, axis 2 %2%")
                     .arg(QString::number(vm.explainedX() * 100, 'f', 1),
                          QString::number(vm.explainedY() * 100, 'f', 1))
              << "\n";
        for (int i = 0; i < matrix.stateCount(); ++i)
            //: %1 ISO3 code, %2 and %3 the coordinates, %4 the bloc's number, %5 regional group
            out() << tr("%1  %2  %3  bloc %4  %5")
                         .arg(matrix.states()[i], QString::number(vm.points()[i].x(), 'f', 3),
                              QString::number(vm.points()[i].y(), 'f', 3))
                         .arg(cut[i] + 1)
                         .arg(regional[i])
                  << "\n";
        out() << tr("blocs vs regional groups: adjusted Rand index %1, purity %2")
                     .arg(QString::number(cmp.adjustedRand, 'f', 3),
                          QString::number(cmp.purity, 'f', 3))
              << "\n";
        for (int b = 0; b < cmp.composition.size(); ++b) {
            QStringList parts;
            for (auto it = cmp.composition[b].cbegin(); it != cmp.composition[b].cend(); ++it)
                parts << u"%1 %2"_s.arg(it.key()).arg(it.value());
            parts.sort();
            out() << "  " << tr("bloc %1: %2").arg(b + 1).arg(parts.join(u", "_s)) << "\n";
        }
        if (!political.isEmpty())
            out() << tr("political groups in the blocs:") << "\n";
        for (const GroupInBlocs &g : std::as_const(political))
            //: %1 group code, %2 a percentage, %n its members, %3 the bloc's number
            out() << "  "
                  << tr("%1: %2% of its %n member(s) in bloc %3", nullptr, g.cohesion.members)
                         .arg(g.code)
                         .arg(qRound(g.cohesion.share * 100))
                         .arg(g.cohesion.bloc + 1)
                  << "\n";
    }
    return Success;
}

int CommandLine::trace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Every paragraph of the workspace whose wording derives from a norm (its source clause, "
           "else its summary) or a clause SYMBOL#NUMBER, found by shared sequences of three words "
           "(shingles), ranked by similarity (the share of the source's word sequences the "
           "paragraph contains), each with its word diff against the source. With --table: the "
           "norm x document table of every norm's best match in every document."));
    const QCommandLineOption minSimilarity(u"min-similarity"_s,
                                           tr("Leave out matches below S (0..1, default 0.3)."),
                                           u"S"_s, u"0.3"_s);
    const QCommandLineOption table(u"table"_s,
                                   tr("The norm x document table of every norm (no SOURCE)."));
    const QCommandLineOption json(u"json"_s, tr("JSON output."));
    const QCommandLineOption csv(u"csv"_s, tr("CSV output."));
    parser.addOptions({minSimilarity, table, json, csv});
    parser.addPositionalArgument(
        u"WORKSPACE"_s, tr("A workspace (*.plenipo), or a server address (postgresql://..., "
                           "service=...): then what you may read there."));
    parser.addPositionalArgument(u"SOURCE"_s, tr("A norm code (GGE2015-13f) or SYMBOL#NUMBER."));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const double min = parser.value(minSimilarity).toDouble(&ok);
    if (!ok || min < 0 || min > 1 || args.size() != (parser.isSet(table) ? 1 : 2) ||
        (parser.isSet(json) && parser.isSet(csv)))
        return fail(tr("trace: expected WORKSPACE NORM|SYMBOL#NUMBER (or WORKSPACE --table), "
                       "--min-similarity between 0 and 1\n") +
                        parser.helpText(),
                    UsageError);
    const ReadingWorkspace ws(args[0]);
    const NormTracer tracer = NormTracer::fromWorkspace(*ws);
    if (parser.isSet(table)) {
        QList<NormTracer::Source> sources;
        for (const Norm &n : ws->norms())
            sources << NormTracer::source(*ws, n);
        QList<qint64> docs;
        for (const Document &d : ws->documents())
            docs << d.id;
        const auto rows = tracer.table(sources, docs, min);
        if (parser.isSet(json)) {
            QJsonArray a;
            for (qsizetype r = 0; r < rows.size(); ++r) {
                for (const NormTracer::Cell &c : rows[r]) {
                    if (c.best.paragraph < 0)
                        continue;
                    const NormTracer::Paragraph &p = tracer.paragraphs()[c.best.paragraph];
                    a.append(QJsonObject{
                        {u"norm"_s, sources[r].label},
                        {u"document"_s, p.symbol},
                        {u"paragraph"_s, p.number},
                        {u"similarity"_s, std::round(c.best.similarity * 1000) / 1000}});
                }
            }
            out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else {
            out() << "norm,document,best_paragraph,similarity\r\n";
            for (qsizetype r = 0; r < rows.size(); ++r) {
                for (const NormTracer::Cell &c : rows[r]) {
                    if (c.best.paragraph < 0)
                        continue;
                    const NormTracer::Paragraph &p = tracer.paragraphs()[c.best.paragraph];
                    out() << csvField(sources[r].label) << "," << csvField(p.symbol) << ","
                          << csvField(p.number) << "," << QString::number(c.best.similarity, 'f', 3)
                          << "\r\n";
                }
            }
        }
        return Success;
    }
    const NormTracer::Source source = NormTracer::source(*ws, args[1]);
    if (source.label.isEmpty())
        return fail(tr("trace: %1 has no norm or clause '%2' (a norm code such as GGE2015-13f, or "
                       "SYMBOL#NUMBER)")
                        .arg(args[0], args[1]));
    const QList<NormTracer::Match> matches = tracer.trace(source.text, min);
    if (parser.isSet(json)) {
        out() << QJsonDocument(tracer.toJson(source, matches)).toJson(QJsonDocument::Indented);
    } else if (parser.isSet(csv)) {
        out() << "document,paragraph,similarity,jaccard,diff\r\n";
        for (const NormTracer::Match &m : matches) {
            const NormTracer::Paragraph &p = tracer.paragraphs()[m.paragraph];
            out() << csvField(p.symbol) << "," << csvField(p.number) << ","
                  << QString::number(m.similarity, 'f', 3) << ","
                  << QString::number(m.jaccard, 'f', 3) << ","
                  << csvField(WordDiff(source.text, p.text).toInline()) << "\r\n";
        }
    } else {
        out() << tr("%1: %n paragraph(s) with similarity >= %2", nullptr, int(matches.size()))
                     .arg(source.label, QString::number(min, 'f', 2))
              << "\n";
        for (const NormTracer::Match &m : matches) {
            const NormTracer::Paragraph &p = tracer.paragraphs()[m.paragraph];
            out() << "\n"
                  << tr("%1#%2  similarity %3")
                         .arg(p.symbol, p.number, QString::number(m.similarity, 'f', 3))
                  << "\n  " << WordDiff(source.text, p.text).toInline() << "\n";
        }
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
    parser.addPositionalArgument(
        u"WORKSPACE"_s, tr("A workspace (*.plenipo), or a server address (postgresql://..., "
                           "service=...): then what you may read there."));
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
    const ReadingWorkspace ws(parser.positionalArguments().first());
    const Document *doc = ws->documentBySymbol(parser.value(document));
    if (!doc)
        return fail(tr("export: no document '%1' in %2").arg(parser.value(document), ws.label()));
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
                            .arg(name, ws.label(), known.join(u", "_s)));
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
    for (const QString &notice : ExportDocument::coalitionNotices(*ws, options))
        out() << tr("Note: %1").arg(notice) << Qt::endl;
    return Success;
}

bool CommandLine::needsGuiApplication(int argc, char **argv)
{
    // PDF and ODT lay text out with fonts, which needs a QGuiApplication; so do the pictures of
    // `votes --png`.
    if (argc >= 2 && std::strcmp(argv[1], "votes") == 0) {
        for (int i = 2; i < argc; ++i) {
            if (std::strcmp(argv[i], "--png") == 0)
                return true;
        }
    }
    return argc >= 2 && std::strcmp(argv[1], "export") == 0;
}

namespace {

// The clause SYMBOL#NUMBER of the workspace (no revision suffix).
Clause clauseOf(const Workspace &ws, const QString &command, const QString &reference)
{
    if (!reference.contains(u'#') || reference.contains(u'@'))
        throw Error(Error::Kind::Invalid,
                    CommandLine::tr("%1: expected a clause SYMBOL#NUMBER, got '%2'")
                        .arg(command, reference));
    const Comparison::Side side = Comparison::resolve(ws, reference);
    return *ws.clause(side.clauseId);
}

QString wordsOfAlternative(const MarkupTree &tree, const QString &alternative)
{
    if (alternative.isEmpty())
        return {};
    const int node = tree.findById(alternative);
    return node < 0 ? QString() : tree.plainText(node).simplified();
}

} // namespace

int CommandLine::revise(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Save TEXT as a new revision of the clause SYMBOL#NUMBER, as the clause editor's Save "
           "revision does. Every position on a bracketed span or alternative follows the words it "
           "was given on: it moves to the span of the new text holding them (its id changes with "
           "it), is marked outdated when those words changed, and is orphaned (kept, counted "
           "nowhere) when they are gone. Prints what moved, what is outdated, what is orphaned."));
    const QCommandLineOption text(u"text"_s, tr("The new text."), u"TEXT"_s);
    const QCommandLineOption textFile(u"text-file"_s, tr("Read the new text from FILE (UTF-8)."),
                                      u"FILE"_s);
    const QCommandLineOption note(u"note"_s, tr("The revision's note."), u"NOTE"_s);
    parser.addOptions({text, textFile, note});
    parser.addPositionalArgument(u"WORKSPACE"_s, tr("A workspace (*.plenipo)."));
    parser.addPositionalArgument(u"CLAUSE"_s,
                                 tr("SYMBOL#NUMBER, e.g. %1").arg(u"SAMPLE/CONSEQ/2026/Rev.1#7"_s));
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || parser.isSet(text) == parser.isSet(textFile))
        return fail(tr("revise: expected WORKSPACE SYMBOL#NUMBER and one of --text, --text-file") +
                        u'\n' + parser.helpText(),
                    UsageError);
    QString newText = parser.value(text);
    if (parser.isSet(textFile)) {
        QFile f(parser.value(textFile));
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("revise: cannot read %1: %2").arg(f.fileName(), f.errorString()));
        const QByteArray bytes = f.readAll();
        newText = QString::fromUtf8(bytes);
        if (newText.toUtf8() != bytes)
            return fail(tr("revise: %1 is not valid UTF-8").arg(f.fileName()));
        while (newText.endsWith(u'\n') || newText.endsWith(u'\r'))
            newText.chop(1);
    }
    if (newText.trimmed().isEmpty())
        return fail(tr("revise: the new text is empty"), UsageError);
    const auto ws = Workspace::open(args[0]);
    const Clause clause = clauseOf(*ws, u"revise"_s, args[1]);
    const MarkupTree tree = MarkupParser().parse(newText);
    for (const MarkupDiagnostic &d : tree.diagnostics()) {
        if (d.isError())
            return fail(tr("revise: the new text has markup errors; the first, at line %1, column "
                           "%2: %3")
                            .arg(d.line)
                            .arg(d.column)
                            .arg(d.message));
    }
    if (clause.text == newText) {
        out() << tr("No change: %1 already has this text").arg(args[1]) << Qt::endl;
        return Success;
    }
    auto *command = new SetClauseTextCommand(*ws, clause.id, newText, parser.value(note));
    if (const auto failure = CommandRunner::push(*ws, command))
        return fail(u"%1: %2"_s.arg(failure->action, failure->message));
    out() << tr("Saved %1 as revision %2").arg(args[1]).arg(ws->revisions(clause.id).size())
          << Qt::endl;
    int moved = 0, changed = 0, orphaned = 0, agreed = 0, stayed = 0;
    for (const AlternativeCarry &c : command->carries()) {
        const int n = command->positionsOn(c.from);
        if (!n)
            continue;
        switch (c.fate) {
        case AlternativeCarry::Fate::Kept:
            if (c.from == c.to) {
                stayed += n;
                out() << "  " << tr("%1: %n position(s) stay, same words", nullptr, n).arg(c.from)
                      << Qt::endl;
            } else {
                moved += n;
                out() << "  "
                      << tr("%1 -> %2: %n position(s) moved with their words \"%3\"", nullptr, n)
                             .arg(c.from, c.to, c.words)
                      << Qt::endl;
            }
            break;
        case AlternativeCarry::Fate::Changed:
            changed += n;
            out() << "  "
                  << tr("%1: %n position(s) now outdated, the words changed (\"%2\")", nullptr, n)
                         .arg(c.from == c.to ? c.from : u"%1 -> %2"_s.arg(c.from, c.to), c.words)
                  << Qt::endl;
            break;
        case AlternativeCarry::Fate::Agreed:
            agreed += n;
            out() << "  "
                  << tr("%1: %n position(s) kept as history: \"%2\" is now agreed text", nullptr, n)
                         .arg(c.from, c.words)
                  << Qt::endl;
            break;
        case AlternativeCarry::Fate::Orphaned:
            orphaned += n;
            out() << "  "
                  << tr("%1: %n position(s) orphaned, their words \"%2\" are gone", nullptr, n)
                         .arg(c.from, c.words)
                  << Qt::endl;
            break;
        }
    }
    out() << tr("Positions on alternatives: %1 unchanged, %2 moved, %3 outdated, %4 orphaned, "
                "%5 agreed")
                 .arg(stayed)
                 .arg(moved)
                 .arg(changed)
                 .arg(orphaned)
                 .arg(agreed)
          << Qt::endl;
    const QByteArray whole = ws->stances().vector(clause.id, u""_s);
    const int wholeCount = int(whole.size() - whole.count('\0'));
    if (wholeCount)
        out() << tr("Positions on the whole clause: %1 now outdated (the clause's text changed)")
                     .arg(wholeCount)
              << Qt::endl;
    return Success;
}

int CommandLine::positions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List every position on the clause SYMBOL#NUMBER and its alternatives (read-only): "
           "state, stance, alternative id, the words of that alternative, source, and whether it "
           "is outdated (given on words that changed since) or orphaned (its words are gone; not "
           "counted by consensus, coalitions or exports)."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(
        u"WORKSPACE"_s, tr("A workspace (*.plenipo), or a server address (postgresql://..., "
                           "service=...): then what you may read there."));
    parser.addPositionalArgument(u"CLAUSE"_s, u"SYMBOL#NUMBER"_s);
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return fail(tr("positions: expected WORKSPACE SYMBOL#NUMBER") + u'\n' + parser.helpText(),
                    UsageError);
    const ReadingWorkspace ws(args[0]);
    const Clause clause = clauseOf(*ws, u"positions"_s, args[1]);
    const MarkupTree tree = MarkupParser().parse(clause.text);
    const auto source = [](const Position &p) {
        QStringList parts;
        for (const QString &part :
             {p.sourceKind, p.sourceSymbol,
              p.sourceDate.isValid() ? p.sourceDate.toString(Qt::ISODate) : QString(),
              p.sourceText}) {
            if (!part.isEmpty())
                parts << part;
        }
        return parts.join(u", "_s);
    };
    QJsonArray rows;
    QString text;
    int outdated = 0;
    const auto add = [&](const Position &p, const QString &words, bool isOutdated,
                         const QString &detached) {
        rows.append(QJsonObject{
            {u"state"_s, p.state},
            {u"stance"_s, StanceText::key(p.stance)},
            {u"alternative"_s, p.alternative},
            {u"words"_s, words},
            {u"sourceKind"_s, p.sourceKind},
            {u"sourceText"_s, p.sourceText},
            {u"sourceSymbol"_s, p.sourceSymbol},
            {u"sourceDate"_s,
             p.sourceDate.isValid() ? p.sourceDate.toString(Qt::ISODate) : QString()},
            {u"note"_s, p.note},
            {u"internal"_s, p.internal},
            {u"outdated"_s, isOutdated},
            {u"orphaned"_s, detached == u"orphaned"_s},
            {u"agreed"_s, detached == u"agreed"_s},
        });
        QStringList flags;
        if (isOutdated)
            flags << u"outdated"_s;
        if (!detached.isEmpty())
            flags << detached;
        text += u"%1  %2  %3%4%5%6\n"_s.arg(
            p.state, StanceText::key(p.stance).leftJustified(11),
            p.alternative.isEmpty() ? u"clause"_s : p.alternative,
            words.isEmpty() ? QString() : u" \"%1\""_s.arg(words),
            source(p).isEmpty() ? QString() : u"  [%1]"_s.arg(source(p)),
            flags.isEmpty() ? QString() : u"  (%1)"_s.arg(flags.join(u", "_s)));
    };
    for (const Position &p : ws->positions(clause.id)) {
        const bool o = ws->isOutdated(p);
        outdated += o ? 1 : 0;
        add(p, wordsOfAlternative(tree, p.alternative), o, {});
    }
    const QList<DetachedPosition> detached = ws->detachedPositions(clause.id);
    int orphanedCount = 0;
    for (const DetachedPosition &d : detached) {
        const bool orphan = d.reason == DetachedPosition::Reason::Orphaned;
        orphanedCount += orphan ? 1 : 0;
        add(d.position, d.words, false, orphan ? u"orphaned"_s : u"agreed"_s);
    }
    if (parser.isSet(json)) {
        const QJsonObject root{
            {u"clause"_s, args[1]},
            {u"text"_s, clause.text},
            {u"revision"_s, int(ws->revisions(clause.id).size())},
            {u"positions"_s, rows},
            {u"counts"_s, QJsonObject{{u"positions"_s, int(rows.size() - detached.size())},
                                      {u"outdated"_s, outdated},
                                      {u"orphaned"_s, orphanedCount},
                                      {u"agreed"_s, int(detached.size()) - orphanedCount}}},
        };
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        out() << tr("%1: %n position(s), %2 outdated, %3 orphaned, %4 kept as history of agreed "
                    "text",
                    nullptr, int(rows.size() - detached.size()))
                     .arg(args[1])
                     .arg(outdated)
                     .arg(orphanedCount)
                     .arg(detached.size() - orphanedCount)
              << "\n"
              << text;
    }
    out().flush();
    return Success;
}

int CommandLine::writeLoop(const QStringList &arguments)
{
    // A test hook, not listed in --help: its texts stay in English (not for translation).
    const QString description =
        u"For the crash-safety test (not listed in --help): repeat, COUNT times or until killed, "
        u"a step of writes to WORKSPACE: a new revision of a clause (--revise), a new stance of "
        u"every state on a clause (--positions), Save As alternately to FILE and FILE.alt "
        u"(--save-as). After each step is committed it prints \"committed N\" and flushes."_s;
    const QString expected = u"write-loop: expected WORKSPACE\n"_s;
    const QString noClause = u"write-loop: no clause %1"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption revise(u"revise"_s, u"Revise the clause SYMBOL#NUMBER."_s,
                                    u"CLAUSE"_s);
    const QCommandLineOption positions(
        u"positions"_s, u"Set every state's position on SYMBOL#NUMBER."_s, u"CLAUSE"_s);
    const QCommandLineOption saveAs(u"save-as"_s, u"Save As FILE (and FILE.alt)."_s, u"FILE"_s);
    const QCommandLineOption count(u"count"_s, u"Steps (default: until killed)."_s, u"N"_s);
    parser.addOptions({revise, positions, saveAs, count});
    parser.addPositionalArgument(u"WORKSPACE"_s, u"A workspace (*.plenipo)."_s);
    int code = Success;
    if (!parse(parser, arguments, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(expected + parser.helpText(), UsageError);
    auto ws = Workspace::open(parser.positionalArguments().first(), Workspace::Access::ReadWrite);
    // The same clause lookup as revise and positions (SYMBOL#NUMBER through Comparison).
    const qint64 revised =
        parser.isSet(revise) ? clauseOf(*ws, u"write-loop"_s, parser.value(revise)).id : 0;
    const qint64 positioned =
        parser.isSet(positions) ? clauseOf(*ws, u"write-loop"_s, parser.value(positions)).id : 0;
    const qint64 steps = parser.isSet(count) ? parser.value(count).toLongLong() : -1;
    for (qint64 step = 1; steps < 0 || step <= steps; ++step) {
        if (revised) {
            // A long text, so that a revision spans pages: a torn write would show.
            ws->reviseClause(revised,
                             u"Revision %1: "_s.arg(step) +
                                 u"States should cooperate in good faith. "_s.repeated(200),
                             u"step %1"_s.arg(step));
        }
        if (positioned) {
            QList<Position> all;
            for (const QString &state : ws->stateOrder()) {
                Position p;
                p.clauseId = positioned;
                p.state = state;
                p.stance = Stance(1 + step % 4);
                p.note = u"step %1"_s.arg(step);
                all << p;
            }
            ws->setPositions(all);
        }
        if (parser.isSet(saveAs))
            ws->saveAs(parser.value(saveAs) + (step % 2 ? u""_s : u".alt"_s));
        out() << "committed " << step << Qt::endl;
    }
    return Success;
}

} // namespace Plenipo
