// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/aknimporter.h"

#include "core/domaintext.h"
#include "core/error.h"
#include "core/textnormalizer.h"
#include "exchange/aknexporter.h"
#include "exchange/akntext.h"
#include "exchange/aknunrecord.h"
#include "exchange/aknxml.h"
#include "exchange/importguard.h"
#include "exchange/sponsorlist.h"
#include "markup/markupparser.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <pugixml.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::AknImporter", text, comment, n);
}

const QRegularExpression &subPointAtStart()
{
    static const QRegularExpression re(u"^\\s*\\(([a-z]{1,4})\\)\\s*"_s);
    return re;
}

bool isHierarchy(QStringView name)
{
    static const QSet<QString> names{
        u"paragraph"_s,    u"point"_s,     u"article"_s,    u"section"_s, u"clause"_s,
        u"subparagraph"_s, u"list"_s,      u"hcontainer"_s, u"level"_s,   u"alinea"_s,
        u"indent"_s,       u"subclause"_s, u"subsection"_s, u"part"_s,    u"chapter"_s};
    return names.contains(name.toString());
}

} // namespace

// Reads one AKN file into an AknImporter's plan (file-local helper of AknImporter).
class AknReader
{
    // Its messages go into the importer's report, in the interface language.
    Q_DECLARE_TR_FUNCTIONS(Plenipo::AknImporter)

public:
    AknReader(AknImporter &importer, QByteArrayView data, const QString &fileName)
        : m_imp(importer)
        , m_data(data)
        , m_fileName(fileName)
        , m_xml(data)
        , m_un(importer, m_xml, fileName)
    {}

    void run();
    // One <statement> of a <documentCollection> (research, issue 15): `top` is the part,
    // `collection` the collection (its meta gives what the part lacks), `symbol` the part's.
    void runPart(pugi::xml_node top, pugi::xml_node collection, const QString &symbol);

private:
    void readDocument(pugi::xml_node top, pugi::xml_node collection);
    void readCollection(pugi::xml_node root, pugi::xml_node collection);
    QString place(pugi::xml_node node) const { return m_xml.place(node); }

    // Clause text from AKN inline and block elements (see AknText).
    QString inlineMarkup(pugi::xml_node container) const
    {
        return AknText(m_plenipoPrefix, m_imp.m_plenipo).inlineMarkup(container);
    }
    QString blockText(pugi::xml_node block) const
    {
        return AknText(m_plenipoPrefix, m_imp.m_plenipo).blockText(block);
    }

    void readPlenipoMeta(pugi::xml_node proprietary);
    void walkBody(pugi::xml_node node, const QString &parentNumber, int depth,
                  const QString &container);
    void addClause(pugi::xml_node where, const QString &eId, QString number, QString text,
                   bool operative, const QString &container = {});
    void finishNumbers();
    void readPositions(pugi::xml_node proprietary);

    AknImporter &m_imp;
    QByteArrayView m_data;
    QString m_fileName;
    AknXml m_xml;
    AknUnRecord m_un;
    QString m_plenipoPrefix; // "plenipo:" as declared in the file
    QString m_lastTopNumber;
    int m_preambular = 0;                  // preambular paragraphs so far (PP1, PP2...)
    QList<pugi::xml_node> m_clauseNodes;   // where each planned clause was read (for reports)
    QHash<QString, QString> m_metaNumbers; // eId -> number (Plenipo files)
    QHash<QString, pugi::xml_node> m_metaClauses;
    QString m_partSymbol; // of a collection's part
};

void AknReader::addClause(pugi::xml_node where, const QString &eId, QString number, QString text,
                          bool operative, const QString &container)
{
    AknImporter::PlannedClause c;
    c.eId = eId;
    c.operative = operative;
    c.container = container;
    if (m_imp.m_plenipo) {
        if (m_metaNumbers.contains(eId))
            number = m_metaNumbers.value(eId);
        const pugi::xml_node meta = m_metaClauses.value(eId);
        if (meta) {
            c.origin = AknXml::attr(meta, "origin");
            c.norms = AknXml::attr(meta, "norms").split(u' ', Qt::SkipEmptyParts);
        }
    } else if (operative) {
        // AKN4UN writes sub-points as paragraphs without <num>: "\t(a)\tTo be guided ...", and
        // now and then a paragraph's own number into its text: "6.\u200e\tReaffirms ...".
        static const QRegularExpression numberAtStart(u"^\\s*(\\d+)\\.[\\s\\x{200e}\\x{200f}]+"_s);
        if (number.isEmpty()) {
            const QRegularExpressionMatch m = subPointAtStart().match(text);
            const QRegularExpressionMatch n = numberAtStart.match(text);
            if (m.hasMatch() && !m_lastTopNumber.isEmpty()) {
                number = m_lastTopNumber + u'(' + m.captured(1) + u')';
                text = text.mid(m.capturedLength());
            } else if (n.hasMatch()) {
                number = n.captured(1);
                text = text.mid(n.capturedLength());
                m_lastTopNumber = number;
            }
        } else if (!number.contains(u'(')) {
            m_lastTopNumber = number;
        }
    }
    if (text.isEmpty())
        m_imp.m_report.warning(place(where), tr("paragraph %1 has no text").arg(number));
    const MarkupTree tree = MarkupParser().parse(text);
    for (const MarkupDiagnostic &d : tree.diagnostics()) {
        m_imp.m_report.addProblem(
            d.isError() ? ImportReport::Severity::Warning : ImportReport::Severity::Info,
            //: %1 is the paragraph number, %2 the markup problem ("unclosed bracket opened here").
            place(where), tr("paragraph %1: markup: %2").arg(number, d.message));
    }
    c.number = number;
    c.text = text;
    m_imp.m_clauses.append(c);
    m_clauseNodes.append(where);
}

// Every clause gets a number that names it alone in the document, as SYMBOL#NUMBER needs.
// A paragraph without <num> (the single paragraph of a resolution, or of a section) is named
// by its place: OP1 at the top of the body (its rank among the operative paragraphs, as PP1
// names the first preambular one), the section's number inside a section ("II.C"), or the
// section's number and its rank when the section has several. When the same number comes
// twice (a resolution in sections that each count from 1), the paragraphs inside sections
// take their section's number in front: "II.B.1", "II.B.1(a)", and "I.PP1" for a preambular
// paragraph (a crossHeading) inside section I.
void AknReader::finishNumbers()
{
    QList<AknImporter::PlannedClause> &clauses = m_imp.m_clauses;
    QHash<QString, int> unnumbered; // container -> its paragraphs without a number
    for (const AknImporter::PlannedClause &c : std::as_const(clauses)) {
        if (c.number.isEmpty() && c.operative)
            ++unnumbered[c.container];
    }
    QHash<QString, int> rank;
    QHash<QString, int> preambularRank;
    int operative = 0;
    QList<bool> synthesized(clauses.size(), false);
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        AknImporter::PlannedClause &c = clauses[i];
        if (c.operative)
            ++operative;
        if (!c.number.isEmpty())
            continue;
        synthesized[i] = true;
        if (!c.operative) {
            // A crossHeading: preambular text inside a section.
            const int k = ++preambularRank[c.container];
            c.number = c.container.isEmpty() ? u"PP%1"_s.arg(++m_preambular)
                                             : u"%1.PP%2"_s.arg(c.container).arg(k);
        } else if (c.container.isEmpty()) {
            c.number = u"OP%1"_s.arg(operative);
        } else {
            const int k = ++rank[c.container];
            c.number = unnumbered.value(c.container) == 1 ? c.container
                                                          : u"%1.%2"_s.arg(c.container).arg(k);
        }
    }
    QHash<QString, int> seen;
    for (const AknImporter::PlannedClause &c : std::as_const(clauses))
        ++seen[c.number];
    const bool repeated =
        std::any_of(seen.cbegin(), seen.cend(), [](int count) { return count > 1; });
    if (repeated) {
        for (qsizetype i = 0; i < clauses.size(); ++i) {
            AknImporter::PlannedClause &c = clauses[i];
            if (!c.container.isEmpty() && !synthesized[i])
                c.number = c.container + u'.' + c.number;
        }
    }
    seen.clear();
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        const AknImporter::PlannedClause &c = clauses[i];
        const pugi::xml_node where = m_clauseNodes.value(i);
        if (synthesized[i])
            m_imp.m_report.info(
                place(where),
                tr("a paragraph without a number, named %1 by its place").arg(c.number));
        if (seen.contains(c.number))
            m_imp.m_report.warning(
                place(where), tr("paragraph number %1 comes twice in the document").arg(c.number));
        seen.insert(c.number, 1);
    }
}

void AknReader::walkBody(pugi::xml_node node, const QString &parentNumber, int depth,
                         const QString &container)
{
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element)
            continue;
        const QString name = AknXml::localName(child);
        // Preambular text inside a section of the body ("Reaffirming paragraph 1 of ...").
        if (name == u"crossHeading" && !m_imp.m_plenipo) {
            addClause(child, AknXml::attr(child, "eId"), QString(),
                      inlineMarkup(child).simplified(), false, container);
            continue;
        }
        if (!isHierarchy(name))
            continue;
        if (name == u"list") {
            walkBody(child, parentNumber, depth + 1, container);
            continue;
        }
        QString number = AknXml::cleanNumber(AknXml::str(child.child("num").child_value()));
        if (!number.isEmpty() && depth > 0 && number.startsWith(u'('))
            number = parentNumber + number;
        const pugi::xml_node content = child.child("content");
        const pugi::xml_node intro = child.child("intro");
        if (content || intro) {
            addClause(child, AknXml::attr(child, "eId"), number,
                      blockText(content ? content : intro), true, container);
            if (content)
                continue;
        }
        const QString nested = m_imp.m_plenipo && m_metaNumbers.contains(AknXml::attr(child, "eId"))
                                   ? m_metaNumbers.value(AknXml::attr(child, "eId"))
                                   : number;
        // A section (no text of its own) names the paragraphs inside it: "II" then "II.B".
        const QString inner = content || intro || number.isEmpty() ? container
                              : container.isEmpty()                ? number
                                                                   : container + u'.' + number;
        walkBody(child, nested, depth + 1, inner);
        const pugi::xml_node wrap = child.child("wrapUp");
        if (wrap && !m_imp.m_clauses.isEmpty()) {
            m_imp.m_report.warning(place(wrap), tr("the closing words of paragraph %1 were added "
                                                   "to its last sub-point")
                                                    .arg(number));
            m_imp.m_clauses.last().text += u'\n' + blockText(wrap);
        }
    }
}

void AknReader::readPlenipoMeta(pugi::xml_node proprietary)
{
    const QString p = m_plenipoPrefix;
    auto el = [&](const QString &local) {
        return (p + local).toUtf8();
    };
    const pugi::xml_node d = proprietary.child(el(u"document"_s).constData());
    Document &doc = m_imp.m_document;
    doc.symbol = AknXml::attr(d, "symbol");
    doc.title = AknXml::attr(d, "title");
    doc.kind = DomainText::documentKind(AknXml::attr(d, "kind")).value_or(Document::Kind::Other);
    doc.date = QDate::fromString(AknXml::attr(d, "date"), Qt::ISODate);
    m_imp.m_processCode = AknXml::attr(d, "process");
    m_imp.m_predecessor = AknXml::attr(d, "predecessor");
    if (const pugi::xml_node pr = proprietary.child(el(u"process"_s).constData())) {
        Process process;
        process.code = AknXml::attr(pr, "code");
        process.name = AknXml::attr(pr, "name");
        process.kind =
            DomainText::processKind(AknXml::attr(pr, "kind")).value_or(Process::Kind::Other);
        process.startYear = AknXml::attr(pr, "startYear").toInt();
        process.endYear = AknXml::attr(pr, "endYear").toInt();
        process.chair = AknXml::attr(pr, "chair");
        process.outcome = AknXml::attr(pr, "outcome");
        process.note = AknXml::attr(pr, "note");
        process.allUnMembers = AknXml::attr(pr, "allUnMembers") == u"true";
        for (const QString &code : AknXml::attr(pr, "members").split(u' ', Qt::SkipEmptyParts)) {
            if (m_imp.m_workspace.states().byIso3(code))
                process.members.append(code);
            else
                m_imp.m_report.warning(place(pr), tr("process %1: unknown member state %2 left "
                                                     "out")
                                                      .arg(process.code, code));
        }
        if (!m_imp.m_workspace.processByCode(process.code)) {
            m_imp.m_newProcess = process;
            //: An item the import creates: %1 is the process's code, %2 its name.
            m_imp.m_report.addCreated(tr("process %1 (%2)").arg(process.code, process.name));
        }
    }
    if (const pugi::xml_node ad = proprietary.child(el(u"adherents"_s).constData())) {
        for (const QString &code : AknXml::attr(ad, "states").split(u' ', Qt::SkipEmptyParts)) {
            if (m_imp.m_workspace.states().byIso3(code))
                m_imp.m_adherents.append(code);
            else
                m_imp.m_report.warning(place(ad),
                                       tr("unknown adherent state %1 left out").arg(code));
        }
    }
    if (const pugi::xml_node co = proprietary.child(el(u"coalition"_s).constData())) {
        StateGroup group;
        group.code = AknXml::attr(co, "code");
        group.name = AknXml::attr(co, "name");
        group.kind = StateGroup::Kind::Coalition;
        group.members = AknXml::attr(co, "adherents").split(u' ', Qt::SkipEmptyParts);
        if (!m_imp.m_workspace.group(group.code)) {
            m_imp.m_newGroup = group;
            //: An item the import creates: %1 is the coalition's code.
            m_imp.m_report.addCreated(
                tr("coalition %1 (%n adherents)", nullptr, int(group.members.size()))
                    .arg(group.code));
        }
    }
    const QByteArray clauseName = el(u"clause"_s);
    for (pugi::xml_node c : proprietary.children(clauseName.constData())) {
        m_metaNumbers.insert(AknXml::attr(c, "eId"), AknXml::attr(c, "number"));
        m_metaClauses.insert(AknXml::attr(c, "eId"), c);
    }
}

void AknReader::readPositions(pugi::xml_node proprietary)
{
    QHash<QString, int> byEId;
    for (int i = 0; i < m_imp.m_clauses.size(); ++i)
        byEId.insert(m_imp.m_clauses[i].eId, i);
    QHash<QString, int> seen;
    const MarkupParser parser;
    QHash<int, MarkupTree> trees;
    const QByteArray positionName = (m_plenipoPrefix + u"position"_s).toUtf8();
    for (pugi::xml_node p : proprietary.children(positionName.constData())) {
        const QString clauseId = AknXml::attr(p, "clause");
        const auto clause = byEId.constFind(clauseId);
        if (clause == byEId.cend()) {
            m_imp.m_report.error(place(p), tr("position on unknown paragraph '%1'").arg(clauseId));
            continue;
        }
        const auto stance = StanceText::fromKey(AknXml::attr(p, "stance"));
        if (!stance) {
            m_imp.m_report.error(place(p), tr("bad stance '%1'").arg(AknXml::attr(p, "stance")));
            continue;
        }
        const QString alternative = AknXml::attr(p, "alternative");
        if (!alternative.isEmpty()) {
            if (!trees.contains(*clause))
                trees.insert(*clause, parser.parse(m_imp.m_clauses[*clause].text));
            if (trees[*clause].findById(alternative) < 0) {
                m_imp.m_report.error(place(p),
                                     tr("paragraph %1 has no alternative %2")
                                         .arg(m_imp.m_clauses[*clause].number, alternative));
                continue;
            }
        }
        // The states sharing this position: states="FRA DEU ..." (written since format
        // urn:plenipo:akn:1 groups positions), or state="FRA" (one element per position, as
        // earlier exports wrote it).
        const bool grouped = p.attribute("states");
        if (grouped == bool(p.attribute("state"))) {
            m_imp.m_report.error(place(p), grouped ? tr("position with both state and states")
                                                   : tr("position without state or states"));
            continue;
        }
        const QStringList stateNames =
            grouped ? AknXml::attr(p, "states").split(u' ', Qt::SkipEmptyParts)
                    : QStringList{AknXml::attr(p, "state")};
        if (stateNames.isEmpty()) {
            m_imp.m_report.error(place(p), tr("position with an empty list of states"));
            continue;
        }
        Position shared;
        shared.alternative = alternative;
        shared.stance = *stance;
        shared.sourceKind = AknXml::attr(p, "sourceKind");
        shared.sourceText = AknXml::attr(p, "sourceText");
        shared.sourceSymbol = AknXml::attr(p, "sourceSymbol");
        shared.sourceDate = QDate::fromString(AknXml::attr(p, "sourceDate"), Qt::ISODate);
        shared.note = AknXml::attr(p, "note");
        shared.internal = AknXml::attr(p, "internal") == u"true";
        for (const QString &stateName : stateNames) {
            const State *state = m_imp.m_workspace.states().resolve(stateName);
            if (!state) {
                m_imp.m_report.error(place(p), tr("unknown state '%1'").arg(stateName));
                continue;
            }
            if (!state->unMember) {
                m_imp.m_report.error(
                    place(p),
                    tr("%1 is an observer state: observers hold no positions").arg(state->iso3));
                continue;
            }
            const QString key = clauseId + u'|' + alternative + u'|' + state->iso3;
            if (seen.contains(key)) {
                m_imp.m_report.error(
                    place(p), tr("duplicate position of %1 on paragraph %2 (first on line %3)")
                                  .arg(state->iso3, m_imp.m_clauses[*clause].number)
                                  .arg(seen.value(key)));
                continue;
            }
            seen.insert(key, m_xml.lineOf(p));
            AknImporter::PlannedPosition planned;
            planned.clause = *clause;
            planned.position = shared;
            planned.position.state = state->iso3;
            m_imp.m_positions.append(planned);
        }
    }
}

// A <documentCollection> (research, issue 15): each <statement> component is imported as its
// own document by a part importer; this importer's report gathers theirs.
void AknReader::readCollection(pugi::xml_node root, pugi::xml_node collection)
{
    QList<pugi::xml_node> statements;
    auto addComponent = [&](pugi::xml_node component) {
        for (pugi::xml_node c : component.children()) {
            if (c.type() == pugi::node_element && AknXml::localName(c) != u"documentRef" &&
                c.child("meta"))
                statements << c;
        }
    };
    for (pugi::xml_node c : collection.child("collectionBody").children("component"))
        addComponent(c);
    for (pugi::xml_node c : root.child("components").children("component"))
        addComponent(c);
    if (statements.isEmpty())
        throw Error(Error::Kind::Invalid,
                    tr("%1: the document collection has no component with its own <meta>; nothing "
                       "was imported")
                        .arg(m_fileName));
    // The collection's symbol "A/RES/74/264 A-C" without the part letters.
    m_un.readMeta(collection);
    QString base = m_imp.m_document.symbol;
    static const QRegularExpression letters(u"\\s+[A-Z](\\s*-\\s*[A-Z])?$"_s);
    base.remove(letters);
    QStringList symbols;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const pugi::xml_node top = statements[i];
        QString letter = AknXml::cleanNumber(AknXml::str(
            top.child("preface")
                .find_node([](pugi::xml_node x) { return std::strcmp(x.name(), "docNumber") == 0; })
                .child_value()));
        if (letter.isEmpty())
            letter = QChar(u'A' + int(i));
        auto part = std::make_unique<AknImporter>(m_imp.m_workspace);
        part->m_replaceExisting = m_imp.m_replaceExisting;
        part->m_report = ImportReport(m_fileName, u"akn"_s);
        AknReader(*part, m_data, m_fileName).runPart(top, collection, base + u' ' + letter);
        part->m_read = true;
        const QString symbol = part->m_document.symbol;
        if (symbols.contains(symbol))
            m_imp.m_report.error(place(top), tr("two parts have the symbol %1").arg(symbol));
        symbols << symbol;
        for (const QString &what : part->m_report.created())
            m_imp.m_report.addCreated(u"%1: %2"_s.arg(symbol, what));
        for (const ImportReport::Problem &p : part->m_report.problems())
            m_imp.m_report.addProblem(p.severity, p.place, u"%1: %2"_s.arg(symbol, p.message));
        m_imp.m_existing += part->m_existing;
        m_imp.m_parts.push_back(std::move(part));
    }
    const AknImporter &first = *m_imp.m_parts.front();
    m_imp.m_document = first.m_document;
    m_imp.m_clauses = first.m_clauses;
    m_imp.m_inFavour = first.m_inFavour;
    m_imp.m_against = first.m_against;
    m_imp.m_abstaining = first.m_abstaining;
    m_imp.m_sponsors = first.m_sponsors;
    m_imp.m_vote = first.m_vote;
    //: An item the import creates: %1 is the collection's symbol ("A/RES/74/264").
    m_imp.m_report.addCreated(
        tr("%n part(s) of %1, each its own document", nullptr, int(m_imp.m_parts.size()))
            .arg(base));
}

void AknReader::runPart(pugi::xml_node top, pugi::xml_node collection, const QString &symbol)
{
    m_partSymbol = symbol;
    readDocument(top, collection);
}

void AknReader::run()
{
    // Real corpora hold empty files (five of the 74th session's Russian versions are 0 bytes):
    // said as such rather than as an XML error at line 1.
    if (m_data.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    tr("%1: the file is empty; nothing was imported").arg(m_fileName));
    ImportGuard::requireSafeXml(m_data, m_fileName);
    pugi::xml_document xml;
    const pugi::xml_parse_result result =
        xml.load_buffer(m_data.data(), size_t(m_data.size()),
                        pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!result) {
        int line = 0;
        int column = 0;
        ImportGuard::lineAndColumn(m_data, qsizetype(result.offset), &line, &column);
        throw Error(Error::Kind::Invalid,
                    tr("%1: line %2, column %3: not well-formed XML (%4); nothing was imported")
                        .arg(m_fileName)
                        .arg(line)
                        .arg(column)
                        .arg(AknXml::str(result.description())));
    }
    ImportGuard::requireXmlDepth(xml, m_data, m_fileName);
    const pugi::xml_node root = xml.document_element();
    if (std::strcmp(root.name(), "akomaNtoso") != 0 ||
        AknXml::attr(root, "xmlns") != AknExporter::aknNamespace()) {
        throw Error(Error::Kind::Invalid,
                    tr("%1: not an Akoma Ntoso 3.0 document (the root element is <%2> in namespace "
                       "'%3'); nothing was imported")
                        .arg(m_fileName, AknXml::str(root.name()), AknXml::attr(root, "xmlns")));
    }
    for (pugi::xml_attribute a : root.attributes()) {
        const QString name = AknXml::str(a.name());
        if (name.startsWith(u"xmlns:"_s) &&
            AknXml::str(a.value()) == AknExporter::plenipoNamespace())
            m_plenipoPrefix = name.mid(6) + u':';
    }
    pugi::xml_node top;
    for (pugi::xml_node c : root.children()) {
        if (c.type() == pugi::node_element) {
            top = c;
            break;
        }
    }
    if (top && AknXml::localName(top) == u"documentCollection" && m_plenipoPrefix.isEmpty()) {
        readCollection(root, top);
        return;
    }
    readDocument(top, pugi::xml_node());
}

void AknReader::readDocument(pugi::xml_node top, pugi::xml_node collection)
{
    if (!top || !top.child("meta") || !top.child("mainBody")) {
        throw Error(Error::Kind::Invalid,
                    tr("%1: the Akoma Ntoso document has no <meta> or no <mainBody>; nothing was "
                       "imported")
                        .arg(m_fileName));
    }
    pugi::xml_node proprietary;
    if (!m_plenipoPrefix.isEmpty()) {
        for (pugi::xml_node p : top.child("meta").children("proprietary")) {
            if (p.child((m_plenipoPrefix + u"document"_s).toUtf8().constData()))
                proprietary = p;
        }
    }
    m_imp.m_plenipo = bool(proprietary);
    if (m_imp.m_plenipo) {
        readPlenipoMeta(proprietary);
    } else {
        m_un.readMeta(top);
        if (!m_partSymbol.isEmpty()) {
            m_imp.m_document.symbol = m_partSymbol;
            if (!m_imp.m_document.date.isValid())
                m_un.readMetaDate(collection);
        }
        // Preambular paragraphs: every container of the preamble but the enacting formula.
        for (pugi::xml_node c : top.child("preamble").children()) {
            if (c.type() != pugi::node_element || AknXml::localName(c) == u"formula")
                continue;
            addClause(c, AknXml::attr(c, "eId"), u"PP%1"_s.arg(++m_preambular), blockText(c),
                      false);
        }
    }
    Document &doc = m_imp.m_document;
    if (doc.symbol.isEmpty())
        m_imp.m_report.error(place(top.child("meta")),
                             tr("the document has no symbol (docNumber or FRBRnumber)"));
    else if (m_imp.m_workspace.documentBySymbol(doc.symbol)) {
        m_imp.m_existing << doc.symbol;
        if (m_imp.m_replaceExisting)
            m_imp.m_report.info(QString(),
                                tr("replaces the document %1 of the workspace").arg(doc.symbol));
        else
            m_imp.m_report.error(QString(),
                                 tr("the workspace already has a document %1").arg(doc.symbol));
    }
    if (doc.title.isEmpty())
        m_imp.m_report.warning(place(top), tr("the document has no title"));

    walkBody(top.child("mainBody"), QString(), 0, QString());
    if (!m_imp.m_plenipo)
        finishNumbers();
    if (m_imp.m_clauses.isEmpty())
        m_imp.m_report.error(place(top.child("mainBody")), tr("no paragraphs found"));

    if (m_imp.m_plenipo) {
        if (!m_imp.m_processCode.isEmpty() &&
            !m_imp.m_workspace.processByCode(m_imp.m_processCode) && !m_imp.m_newProcess)
            m_imp.m_report.warning(QString(), tr("process %1 is not in the workspace: the document "
                                                 "is imported without it")
                                                  .arg(m_imp.m_processCode));
        if (!m_imp.m_predecessor.isEmpty() &&
            !m_imp.m_workspace.documentBySymbol(m_imp.m_predecessor))
            m_imp.m_report.warning(QString(), tr("predecessor %1 is not in the workspace: the "
                                                 "document is imported without it")
                                                  .arg(m_imp.m_predecessor));
        for (const AknImporter::PlannedClause &c : std::as_const(m_imp.m_clauses)) {
            for (const QString &code : c.norms) {
                if (!m_imp.m_workspace.normByCode(code))
                    m_imp.m_report.warning(QString(), tr("paragraph %1: norm %2 is not in the "
                                                         "workspace; link left out")
                                                          .arg(c.number, code));
            }
        }
        readPositions(proprietary);
    } else {
        // A part of a collection without its own sponsors or vote takes the collection's.
        auto own = [&](const char *child) {
            pugi::xml_node n = top.child("meta").child(child);
            if (collection && !n.child("step") && !n.child("parliamentary"))
                n = collection.child("meta").child(child);
            return n;
        };
        m_un.readSponsors(own("workflow"));
        const pugi::xml_node ownVoting =
            top.child("meta").child("analysis").child("parliamentary").child("voting");
        const pugi::xml_node voting =
            ownVoting.child("count") || !collection
                ? ownVoting
                : collection.child("meta").child("analysis").child("parliamentary").child("voting");
        if (voting != ownVoting && voting.child("count"))
            m_imp.m_report.info(QString(), tr("the part has no vote of its own: the collection's "
                                              "recorded vote is recorded for it"));
        m_un.readVotes(voting);
        m_un.recordVote(
            collection && !top.child("meta").child("workflow").child("step") ? collection : top);
        const QList<std::pair<const QStringList *, Stance>> votes{
            {&m_imp.m_inFavour, Stance::Supports},
            {&m_imp.m_against, Stance::Objects},
            {&m_imp.m_abstaining, Stance::Reservation}};
        // The adoption meeting ("A/75/PV.37") for the source text.
        QString meeting;
        for (pugi::xml_node step : own("workflow").children("step")) {
            if (AknXml::attr(step, "outcome") == u"adopted")
                meeting = AknXml::attr(step, "as");
        }
        // A recorded vote is on the resolution as a whole, preamble included: every paragraph
        // gets the voter's position. (Preambular paragraphs without one would count as "open"
        // for every member, as if the adopted text were still under negotiation.)
        for (int i = 0; i < m_imp.m_clauses.size(); ++i) {
            for (const auto &[list, stance] : votes) {
                for (const QString &iso : *list) {
                    AknImporter::PlannedPosition planned;
                    planned.clause = i;
                    planned.position.state = iso;
                    planned.position.stance = stance;
                    planned.position.sourceKind = u"vote"_s;
                    planned.position.sourceSymbol = doc.symbol;
                    planned.position.sourceDate = doc.date;
                    planned.position.sourceText =
                        meeting.isEmpty()
                            ? u"Recorded vote on resolution %1"_s.arg(doc.symbol)
                            : u"Recorded vote on resolution %1 (%2)"_s.arg(doc.symbol, meeting);
                    m_imp.m_positions.append(planned);
                }
            }
        }
        //: An item the import creates: %1, %2 and %3 are the numbers of states in favour,
        //: against and abstaining.
        m_imp.m_report.addCreated(
            tr("recorded vote: %1 in favour, %2 against, %3 abstaining, as positions on each of "
               "the %n paragraph(s), preambular and operative",
               nullptr, int(m_imp.m_clauses.size()))
                .arg(m_imp.m_inFavour.size())
                .arg(m_imp.m_against.size())
                .arg(m_imp.m_abstaining.size()));
    }
    const int preambular = int(std::count_if(m_imp.m_clauses.cbegin(), m_imp.m_clauses.cend(),
                                             [](const auto &c) { return !c.operative; }));
    const QString kindAndDate = doc.date.isValid() ? u"%1, %2"_s.arg(DomainText::key(doc.kind),
                                                                     doc.date.toString(Qt::ISODate))
                                                   : DomainText::key(doc.kind);
    const int paragraphs = int(m_imp.m_clauses.size());
    //: An item the import creates: %1 is the document's symbol, %2 its title, %3 its kind and
    //: date ("resolution, 2020-12-07").
    m_imp.m_report.addCreated(
        preambular
            ? tr("document %1 \"%2\" (%3): %n paragraph(s) (%4 preambular)", nullptr, paragraphs)
                  .arg(doc.symbol, doc.title, kindAndDate)
                  .arg(preambular)
            //: An item the import creates: %1 is the document's symbol, %2 its title,
            //: %3 its kind and date ("resolution, 2020-12-07").
            : tr("document %1 \"%2\" (%3): %n paragraph(s)", nullptr, paragraphs)
                  .arg(doc.symbol, doc.title, kindAndDate));
    //: An item the import creates.
    m_imp.m_report.addCreated(tr("%n position(s)", nullptr, int(m_imp.m_positions.size())));
}

AknImporter::AknImporter(const Workspace &workspace)
    : m_workspace(workspace)
    , m_sponsors(&workspace.states())
{}

const QStringList &AknImporter::votes(Stance stance) const
{
    static const QStringList none;
    switch (stance) {
    case Stance::Supports:
        return m_inFavour;
    case Stance::Objects:
        return m_against;
    case Stance::Reservation:
        return m_abstaining;
    default:
        return none;
    }
}

void AknImporter::read(QByteArrayView data, const QString &fileName)
{
    m_report = ImportReport(fileName, u"akn"_s);
    AknReader(*this, data, fileName).run();
    m_read = true;
}

void AknImporter::apply(Workspace &workspace)
{
    if (!m_read || &workspace != &m_workspace)
        throw Error(Error::Kind::Invalid, tr("import: read the file first"));
    if (m_report.hasErrors())
        throw Error(
            Error::Kind::Invalid,
            //: %1 is the file name.
            tr("%1: %n error(s) found; nothing was imported", nullptr, m_report.errorCount())
                .arg(m_report.fileName()));
    auto batch = workspace.beginBatch();
    if (m_parts.empty()) {
        applyOne(workspace);
    } else {
        for (const std::unique_ptr<AknImporter> &part : m_parts)
            part->applyOne(workspace);
    }
    batch->commit();
    m_report.setOutcome(ImportReport::Outcome::Imported);
}

QList<const AknImporter *> AknImporter::parts() const
{
    QList<const AknImporter *> out;
    for (const std::unique_ptr<AknImporter> &part : m_parts)
        out << part.get();
    return out;
}

void AknImporter::applyOne(Workspace &workspace)
{
    // --replace: the document read again goes, with the sponsors' group it brought.
    if (m_replaceExisting) {
        if (const Document *old = workspace.documentBySymbol(m_document.symbol))
            workspace.removeDocument(old->id);
        if (m_newGroup) {
            if (const StateGroup *g = workspace.group(m_newGroup->code))
                workspace.removeGroup(g->id);
        }
    }
    auto batch = workspace.beginBatch();
    Document doc = m_document;
    if (m_newProcess)
        doc.processId = workspace.addProcess(*m_newProcess);
    else if (const Process *p = workspace.processByCode(m_processCode))
        doc.processId = p->id;
    if (const Document *pred = workspace.documentBySymbol(m_predecessor))
        doc.predecessorId = pred->id;
    doc.id = workspace.addDocument(doc);
    const QString note = u"imported from %1"_s.arg(m_report.fileName());
    QList<qint64> ids;
    for (const PlannedClause &planned : std::as_const(m_clauses)) {
        Clause c;
        c.documentId = doc.id;
        c.number = planned.number;
        c.text = planned.text;
        const qsizetype hash = planned.origin.lastIndexOf(u'#');
        if (hash > 0) {
            if (const Document *od = workspace.documentBySymbol(planned.origin.left(hash))) {
                if (const auto origin =
                        workspace.clauseByNumber(od->id, planned.origin.mid(hash + 1)))
                    c.originId = origin->id;
            }
        }
        for (const QString &code : planned.norms) {
            if (const Norm *n = workspace.normByCode(code))
                c.normIds.append(n->id);
        }
        ids.append(workspace.addClause(c, note));
    }
    if (m_newGroup)
        workspace.addGroup(*m_newGroup);
    QList<Position> positions;
    positions.reserve(m_positions.size());
    for (const PlannedPosition &planned : std::as_const(m_positions)) {
        positions.append(planned.position);
        positions.last().clauseId = ids.at(planned.clause);
    }
    workspace.setPositions(positions);
    if (!m_adherents.isEmpty())
        workspace.setAdherents(doc.id, m_adherents);
    if (m_vote) {
        RecordedVote vote = *m_vote;
        vote.documentId = doc.id;
        workspace.addRecordedVote(vote);
    }
    batch->commit();
    m_report.setOutcome(ImportReport::Outcome::Imported);
}

} // namespace Plenipo
