// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/exportdocument.h"

#include "consensus/coalitionanalysis.h"
#include "core/error.h"
#include "core/language.h"
#include "core/statenames.h"
#include "markup/markupparser.h"
#include "storage/workspace.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

// A label of the export in `language` (the catalogue of the interface is not used: an export's
// language is chosen for the document, whatever the workbench is shown in).
QString label(const QString &language, const char *text)
{
    return Language::translate(language, "Plenipo::ExportDocument", text);
}

QString languageTag(const QString &language)
{
    if (language == u"ar")
        return u"ar-SA"_s;
    if (language == u"zh")
        return u"zh-CN"_s;
    if (language == u"fr")
        return u"fr-FR"_s;
    if (language == u"ru")
        return u"ru-RU"_s;
    if (language == u"es")
        return u"es-ES"_s;
    return u"en-GB"_s;
}

// "23 September 2019", "23 septembre 2019", "23 сентября 2019", "2019年9月23日"...
QString longDate(const QString &language, QDate date)
{
    const QLocale locale = Language::locale(language, QLocale::c());
    if (language == u"zh")
        return locale.toString(date, u"yyyy\u5e74M\u6708d\u65e5"_s);
    QString text = locale.toString(date, u"d MMMM yyyy"_s);
    // UN documents in Arabic write their numbers in Western digits ("23 سبتمبر 2019"); the
    // Egyptian locale gives Arabic-Indic ones.
    for (QChar &c : text) {
        if (c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
            c = QChar(u'0' + (c.unicode() - 0x0660));
    }
    return text;
}

// Names for the codes of an attribution or ad referendum tag: a state's short name, a group's
// name, or the code itself when the workspace does not know it.
QString namesOf(const Workspace &workspace, const QStringList &codes, const QString &language)
{
    QStringList names;
    for (const QString &code : codes) {
        if (const State *state = workspace.states().byIso3(code))
            names.append(StateNames::shortName(*state, language));
        else if (const StateGroup *group = workspace.group(code))
            names.append(group->name);
        else
            names.append(code);
    }
    return names.join(u", "_s);
}

// Walks a parsed clause and appends its runs: brackets kept and shaded, proposed deletions
// struck through, attributions, ad referendum tags and notes as footnotes, option headers bold
// on a line of their own.
class MarkupRenderer
{
public:
    MarkupRenderer(const Workspace &workspace, const MarkupTree &tree, ExportDocument &document,
                   QList<ExportDocument::Run> &runs, const QString &language)
        : m_workspace(workspace)
        , m_language(language)
        , m_tree(tree)
        , m_document(document)
        , m_runs(runs)
    {}

    void render() { renderChildren(MarkupTree::root(), false); }

private:
    void text(const QString &text, bool bracketed, bool struck, bool bold = false)
    {
        // A line break inside a clause (between whole-clause options) becomes a break run.
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            line.remove(u'\r');
            if (i > 0) {
                ExportDocument::Run br;
                br.lineBreak = true;
                m_runs.append(br);
            }
            if (line.isEmpty())
                continue;
            if (!m_runs.isEmpty()) {
                ExportDocument::Run &last = m_runs.last();
                if (last.footnote < 0 && !last.lineBreak && last.bracketed == bracketed &&
                    last.struck == struck && last.bold == bold) {
                    last.text += line;
                    continue;
                }
            }
            ExportDocument::Run run;
            run.text = line;
            run.bracketed = bracketed;
            run.struck = struck;
            run.bold = bold;
            m_runs.append(run);
        }
    }

    void footnote(const QString &text)
    {
        m_document.footnotes.append(text);
        ExportDocument::Run run;
        run.footnote = int(m_document.footnotes.size() - 1);
        m_runs.append(run);
    }

    void tag(int index, bool deletion)
    {
        const MarkupNode &node = m_tree.node(index);
        const QString names = namesOf(m_workspace, m_tree.codes(index), m_language);
        if (node.kind == MarkupNodeKind::AdReferendum)
            footnote(label(m_language,
                           QT_TRANSLATE_NOOP("Plenipo::ExportDocument", "Ad referendum: %1."))
                         .arg(names));
        else if (deletion)
            footnote(label(m_language, QT_TRANSLATE_NOOP("Plenipo::ExportDocument",
                                                         "Deletion proposed by: %1."))
                         .arg(names));
        else
            footnote(
                label(m_language, QT_TRANSLATE_NOOP("Plenipo::ExportDocument", "Proposed by: %1."))
                    .arg(names));
    }

    void renderChildren(int parent, bool struck)
    {
        for (const int child : m_tree.children(parent))
            renderNode(child, struck);
    }

    void renderNode(int index, bool struck)
    {
        const MarkupNode &node = m_tree.node(index);
        const bool bracketed = node.bracketDepth > 0;
        switch (node.kind) {
        case MarkupNodeKind::Clause:
        case MarkupNodeKind::AlternativeGroup:
            renderChildren(index, struck);
            break;
        case MarkupNodeKind::Text:
        case MarkupNodeKind::Separator:
            text(MarkupParser::unescape(m_tree.source(index)), bracketed, struck);
            break;
        case MarkupNodeKind::BracketedSpan:
            text(u"["_s, true, struck);
            renderContent(index, struck);
            text(u"]"_s, true, struck);
            renderAttached(index, false);
            break;
        case MarkupNodeKind::Option: {
            const QString header =
                m_tree.source(index).first(node.contentBegin - node.begin).toString().trimmed();
            text(header, bracketed, struck, true);
            renderContent(index, struck);
            break;
        }
        case MarkupNodeKind::Deletion:
            renderContent(index, true);
            renderAttached(index, true);
            break;
        case MarkupNodeKind::Attribution:
        case MarkupNodeKind::AdReferendum:
            tag(index, false);
            break;
        case MarkupNodeKind::Note:
            footnote(m_tree.plainText(index).trimmed());
            break;
        }
    }

    void renderContent(int index, bool struck)
    {
        for (const int child : m_tree.children(index)) {
            if (!m_tree.node(child).hasFlag(MarkupNode::Attached))
                renderNode(child, struck);
        }
    }

    void renderAttached(int index, bool deletion)
    {
        for (const int child : m_tree.children(index)) {
            if (m_tree.node(child).hasFlag(MarkupNode::Attached))
                tag(child, deletion);
        }
    }

    const Workspace &m_workspace;
    QString m_language;
    const MarkupTree &m_tree;
    ExportDocument &m_document;
    QList<ExportDocument::Run> &m_runs;
};

ExportDocument::Paragraph paragraph(ExportDocument::Style style, const QString &text)
{
    ExportDocument::Paragraph p;
    p.style = style;
    ExportDocument::Run run;
    run.text = text;
    p.runs.append(run);
    return p;
}

QString internalComment(const Workspace &workspace, const Position &position,
                        const QString &language)
{
    const State *state = workspace.states().byIso3(position.state);
    const QString name = state ? StateNames::shortName(*state, language) : position.state;
    // The stance stays a key (supports, objects...): comments are read by the delegation's
    // tools as well as by people.
    QString text =
        position.alternative.isEmpty()
            ? label(language, QT_TRANSLATE_NOOP("Plenipo::ExportDocument", "Internal: %1, %2"))
                  .arg(name, StanceText::key(position.stance))
            : label(language, QT_TRANSLATE_NOOP("Plenipo::ExportDocument",
                                                "Internal: %1, %2 (alternative %3)"))
                  .arg(name, StanceText::key(position.stance), position.alternative);
    if (!position.note.isEmpty())
        text += u". "_s + position.note;
    QStringList source;
    for (const QString &part :
         {position.sourceKind, position.sourceSymbol,
          position.sourceDate.isValid() ? position.sourceDate.toString(Qt::ISODate) : QString(),
          position.sourceText}) {
        if (!part.isEmpty())
            source.append(part);
    }
    if (!source.isEmpty())
        text +=
            u" "_s + label(language, QT_TRANSLATE_NOOP("Plenipo::ExportDocument", "Source: %1."))
                         .arg(source.join(u", "_s));
    return text;
}

} // namespace

ExportDocument ExportDocument::build(const Workspace &workspace, const ExportOptions &options)
{
    const Document *document = &options.document(workspace);
    const StateGroup *coalition = options.coalitionGroup(workspace);

    const QString lang = Language::isSupported(options.language) ? options.language : u"en"_s;
    ExportDocument out;
    out.language = languageTag(lang);
    out.rightToLeft = Language::direction(lang) == Qt::RightToLeft;
    out.symbol = document->symbol;
    out.title = document->title;
    if (const Process *process = workspace.process(document->processId))
        out.process = process->name;
    out.date = document->date;
    out.timestamp = QDateTime(document->date.isValid() ? document->date : QDate(2000, 1, 1),
                              QTime(0, 0), QTimeZone::UTC);

    out.paragraphs.append(paragraph(Style::Symbol, document->symbol));
    out.paragraphs.append(paragraph(Style::Title, document->title));
    if (!out.process.isEmpty())
        out.paragraphs.append(
            paragraph(Style::CoverLine,
                      label(lang, QT_TRANSLATE_NOOP("Plenipo::ExportDocument", "Process: %1"))
                          .arg(out.process)));
    if (document->date.isValid())
        out.paragraphs.append(paragraph(
            Style::CoverLine, label(lang, QT_TRANSLATE_NOOP("Plenipo::ExportDocument", "Date: %1"))
                                  .arg(longDate(lang, document->date))));

    if (coalition)
        out.paragraphs.append(paragraph(
            Style::CoverLine,
            label(lang, QT_TRANSLATE_NOOP("Plenipo::ExportDocument", "Text of the coalition: %1"))
                .arg(coalition->name)));
    // The adherents: the coalition's members for a coalition export, else those recorded for a
    // coalition document.
    const QStringList adherents =
        coalition ? coalition->members : workspace.adherents(document->id);
    if (!adherents.isEmpty()) {
        QStringList names;
        for (const QString &iso3 : adherents) {
            const State *state = workspace.states().byIso3(iso3);
            names.append(state ? StateNames::shortName(*state, lang) : iso3);
        }
        // In the order of the export's language (a collator for it, not the user's locale).
        QCollator collator(Language::locale(lang, QLocale::c()));
        std::sort(names.begin(), names.end(), [&collator](const QString &a, const QString &b) {
            return collator.compare(a, b) < 0;
        });
        out.paragraphs.append(paragraph(
            Style::Heading,
            label(lang, QT_TRANSLATE_NOOP("Plenipo::ExportDocument", "Adherent States (%1)"))
                .arg(names.size())));
        out.paragraphs.append(paragraph(
            Style::Body,
            label(lang, QT_TRANSLATE_NOOP("Plenipo::ExportDocument", "%1."))
                .arg(names.join(label(lang, QT_TRANSLATE_NOOP("Plenipo::ExportDocument", ", "))))));
    }

    out.paragraphs.append(paragraph(
        Style::Heading, label(lang, QT_TRANSLATE_NOOP("Plenipo::ExportDocument", "Text"))));

    const MarkupParser parser;
    const QList<Clause> clauses = workspace.clauses(document->id);
    // For a coalition: each clause every member accepts, with its alternatives resolved the way
    // they accept it (CoalitionAnalysis); the others stay as they stand, marked as still open.
    std::optional<CoalitionAnalysis> analysis;
    if (coalition)
        analysis.emplace(workspace, document->id, workspace.stateSet(coalition->members));
    const bool internal = options.mayIncludeInternal();
    qint64 done = 0;
    options.step(0, clauses.size());
    for (const Clause &clause : clauses) {
        Paragraph p;
        p.style = Style::Clause;
        p.number = clause.number;
        const CoalitionAnalysis::Clause *agreed = analysis ? analysis->clause(clause.id) : nullptr;
        if (agreed && agreed->accepted) {
            Run run;
            run.text = agreed->text;
            p.runs.append(run);
        } else {
            const MarkupTree tree = parser.parse(clause.text);
            MarkupRenderer(workspace, tree, out, p.runs, lang).render();
            if (analysis) {
                out.footnotes.append(label(lang, QT_TRANSLATE_NOOP("Plenipo::ExportDocument",
                                                                   "Not yet agreed within the "
                                                                   "coalition.")));
                Run note;
                note.footnote = int(out.footnotes.size() - 1);
                p.runs.append(note);
            }
        }
        if (internal) {
            for (const Position &position : workspace.positions(clause.id)) {
                if (!position.internal)
                    continue;
                Comment comment;
                comment.author = u"Plenipo"_s;
                comment.initials = u"P"_s;
                comment.date = out.timestamp;
                comment.text = internalComment(workspace, position, lang);
                out.comments.append(comment);
                p.comments.append(int(out.comments.size() - 1));
            }
        }
        out.paragraphs.append(p);
        options.step(++done, clauses.size());
    }
    return out;
}

bool ExportDocument::startsRightToLeft(const QString &text)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
            return true;
        case QChar::DirL:
            return false;
        default:
            break;
        }
    }
    return false;
}

QStringList ExportDocument::coalitionNotices(const Workspace &workspace,
                                             const ExportOptions &options)
{
    const StateGroup *coalition = options.coalitionGroup(workspace);
    if (!coalition)
        return {};
    const Document &document = options.document(workspace);
    const StateSet members = workspace.stateSet(coalition->members);
    const CoalitionAnalysis analysis(workspace, document.id, members);
    QStringList notices;
    for (const Clause &clause : workspace.clauses(document.id)) {
        const CoalitionAnalysis::Clause *agreed = analysis.clause(clause.id);
        if (!agreed || !agreed->accepted)
            continue;
        const StateSet outdated = workspace.outdatedStates(clause.id) & members;
        if (outdated.isEmpty())
            continue;
        // Shown to the user (interface language), not written into the export.
        notices << QCoreApplication::translate(
                       "Plenipo::ExportDocument",
                       "Paragraph %1: the coalition text relies on %n outdated position(s), "
                       "given on words that have changed since: %2",
                       nullptr, int(outdated.count()))
                       .arg(clause.number, workspace.iso3(outdated).join(u", "_s));
    }
    return notices;
}

QString ExportDocument::plainText(const QList<Run> &runs)
{
    QString text;
    for (const Run &run : runs) {
        if (run.lineBreak)
            text += u'\n';
        text += run.text;
    }
    return text;
}

} // namespace Plenipo
