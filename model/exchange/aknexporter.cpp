// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/aknexporter.h"

#include "consensus/coalitionanalysis.h"
#include "core/domaintext.h"
#include "core/error.h"
#include "markup/markupparser.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSpan>

#include <pugixml.hpp>

#include <algorithm>
#include <optional>
#include <string>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::AknExporter", text, comment, n);
}

// Only characters XML 1.0 allows (tab, line feed, carriage return and U+0020 up, without
// U+FFFE/U+FFFF and lone surrogates): a stray control character would make the file unreadable.
// Printable ASCII (nearly every attribute: ids, codes, ISO3 lists) is copied byte for byte
// without going through a QString and its UTF-8 conversion: at 1.5 M positions per export the
// conversions alone took longer than the whole export may.
void appendXml(std::string &out, QStringView text)
{
    const qsizetype start = qsizetype(out.size());
    out.resize(out.size() + size_t(text.size()));
    char *dest = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 || c >= 0x80) {
            out.resize(size_t(start));
            break;
        }
        dest[i] = char(c);
    }
    if (qsizetype(out.size()) == start + text.size())
        return;
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            clean += c;
            clean += text[++i];
            continue;
        }
        if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            continue;
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            continue;
        clean += c;
    }
    const QByteArray utf8 = clean.toUtf8();
    out.append(utf8.constData(), size_t(utf8.size()));
}

std::string xml(QStringView text)
{
    std::string out;
    appendXml(out, text);
    return out;
}

void attr(pugi::xml_node node, const char *name, QStringView value)
{
    const std::string v = xml(value);
    node.append_attribute(name).set_value(v.data(), v.size());
}

// Positions on one clause that share everything the file records but the state: written as one
// <plenipo:position states="FRA DEU ..."> (1.5 M positions become some 40,000 elements).
struct ExportGroup
{
    const Position *shared;        // alternative, stance, source, note, internal
    QList<const QString *> states; // ISO3 codes, sorted before writing
};

bool sameButState(const Position &a, const Position &b)
{
    return a.stance == b.stance && a.internal == b.internal && a.alternative == b.alternative &&
           a.sourceKind == b.sourceKind && a.sourceText == b.sourceText &&
           a.sourceSymbol == b.sourceSymbol && a.sourceDate == b.sourceDate && a.note == b.note;
}

bool byIso3(const QString *a, const QString *b)
{
    return *a < *b;
}

// The workspace's groups of one clause (internal ones only when `internal`) merged where they
// differ only in what the file does not record (revision, author, time), in a canonical order:
// by alternative, then by the first state (ISO3) of the group; the states of a group in ISO3
// order. `stateOrder` maps the groups' state indices to ISO3 codes.
QList<ExportGroup> exportGroups(QSpan<const PositionGroup> groups, const QStringList &stateOrder,
                                bool internal)
{
    QList<ExportGroup> out;
    for (const PositionGroup &group : groups) {
        if (group.shared.internal && !internal)
            continue;
        qsizetype found = -1;
        for (qsizetype g = 0; g < out.size(); ++g) {
            if (sameButState(*out[g].shared, group.shared)) {
                found = g;
                break;
            }
        }
        if (found < 0) {
            out.append(ExportGroup{&group.shared, {}});
            found = out.size() - 1;
        }
        for (const int state : group.states) {
            if (state >= 0 && state < stateOrder.size())
                out[found].states.append(&stateOrder[state]);
        }
    }
    out.removeIf([](const ExportGroup &g) { return g.states.isEmpty(); });
    for (ExportGroup &group : out) {
        if (!std::is_sorted(group.states.cbegin(), group.states.cend(), byIso3))
            std::sort(group.states.begin(), group.states.end(), byIso3);
    }
    std::sort(out.begin(), out.end(), [](const ExportGroup &a, const ExportGroup &b) {
        if (a.shared->alternative != b.shared->alternative)
            return a.shared->alternative < b.shared->alternative;
        return *a.states.first() < *b.states.first();
    });
    return out;
}

class DeviceWriter : public pugi::xml_writer
{
public:
    explicit DeviceWriter(QIODevice &device)
        : m_device(device)
    {}
    void write(const void *data, size_t size) override
    {
        if (m_device.write(static_cast<const char *>(data), qint64(size)) != qint64(size))
            m_failed = true;
    }
    bool failed() const { return m_failed; }

private:
    QIODevice &m_device;
    bool m_failed = false;
};

struct DocumentType
{
    const char *element; // "statement" or "doc"
    QString name;
};

DocumentType documentType(Document::Kind kind)
{
    switch (kind) {
    case Document::Kind::Resolution:
        return {"statement", u"resolution"_s};
    case Document::Kind::JointStatement:
        return {"statement", u"jointStatement"_s};
    case Document::Kind::Report:
        return {"doc", u"report"_s};
    case Document::Kind::ZeroDraft:
        return {"doc", u"zeroDraft"_s};
    case Document::Kind::Revision:
        return {"doc", u"revisedDraft"_s};
    case Document::Kind::Proposal:
        return {"doc", u"proposal"_s};
    case Document::Kind::Other:
        break;
    }
    return {"doc", u"document"_s};
}

// "SAMPLE/CONSEQ/2026/Rev.1" -> "sample-conseq-2026-rev.1": one segment of an FRBR URI.
QString uriToken(QStringView text)
{
    QString token;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            token += c.toLower();
        else if (c == u'.' || c == u'-' || c == u'_')
            token += c;
        else if (!token.endsWith(u'-'))
            token += u'-';
    }
    while (token.endsWith(u'-'))
        token.chop(1);
    return token.isEmpty() ? u"unnumbered"_s : token;
}

// Mixed content (text and inline elements inside <p>) must be written exactly: pugixml indents
// an element that follows another element, which would add white space to the clause text. An
// empty text node before and after every inline element stops that (it writes nothing).
pugi::xml_node inlineChild(pugi::xml_node parent, const char *name)
{
    parent.append_child(pugi::node_pcdata);
    pugi::xml_node element = parent.append_child(name);
    element.append_child(pugi::node_pcdata);
    parent.append_child(pugi::node_pcdata);
    return element;
}

// Writes one parsed clause as inline content of an AKN block (docs/markup.md -> AKN).
class InlineWriter
{
public:
    InlineWriter(const MarkupTree &tree, QString base)
        : m_tree(tree)
        , m_base(std::move(base))
    {}

    void write(pugi::xml_node p) { children(p, MarkupTree::root()); }

private:
    void text(pugi::xml_node parent, QStringView text)
    {
        qsizetype start = 0;
        while (start <= text.size()) {
            const qsizetype nl = text.indexOf(u'\n', start);
            const QStringView line = text.sliced(start, (nl < 0 ? text.size() : nl) - start);
            if (!line.isEmpty())
                parent.append_child(pugi::node_pcdata).set_value(xml(line).c_str());
            if (nl < 0)
                break;
            inlineChild(parent, "eol");
            start = nl + 1;
        }
    }

    void children(pugi::xml_node parent, int index)
    {
        for (const int child : m_tree.children(index))
            node(parent, child);
    }

    QString eId(const QString &kind, const QString &id) const
    {
        return m_base + u"__"_s + kind + u'_' + id;
    }

    void tag(pugi::xml_node parent, int index, const char *cls)
    {
        const MarkupNode &n = m_tree.node(index);
        pugi::xml_node note = inlineChild(parent, "authorialNote");
        attr(note, "eId", eId(u"authorialNote"_s, QString::number(++m_notes)));
        note.append_attribute("marker").set_value("*");
        note.append_attribute("placement").set_value("inline");
        note.append_attribute("class").set_value(cls);
        // The raw tag inside the braces ("FRA, EU", "ad ref. USA").
        const QStringView inner = m_tree.source(index).sliced(1, n.end - n.begin - 2);
        pugi::xml_node p = note.append_child("p");
        p.append_child(pugi::node_pcdata).set_value(xml(inner).c_str());
    }

    void node(pugi::xml_node parent, int index)
    {
        const MarkupNode &n = m_tree.node(index);
        switch (n.kind) {
        case MarkupNodeKind::Clause:
            children(parent, index);
            break;
        case MarkupNodeKind::Text:
        case MarkupNodeKind::Separator: {
            const QStringView raw = m_tree.source(index);
            const QString plain = MarkupParser::unescape(raw);
            if (MarkupParser::escape(plain) == raw) {
                text(parent, plain);
                break;
            }
            // Text whose escapes the importer could not restore from the plain text ("C:\path",
            // a stray "]"): the exact markup goes along in plenipo:raw.
            pugi::xml_node span = inlineChild(parent, "span");
            attr(span, "plenipo:raw", raw);
            text(span, plain);
            break;
        }
        case MarkupNodeKind::AlternativeGroup: {
            pugi::xml_node group = inlineChild(parent, "inline");
            group.append_attribute("name").set_value("alternatives");
            const QString id = m_tree.id(index);
            attr(group, "eId", eId(u"alternatives"_s, id));
            attr(group, "plenipo:id", id);
            children(group, index);
            break;
        }
        case MarkupNodeKind::BracketedSpan: {
            pugi::xml_node span = inlineChild(parent, "inline");
            span.append_attribute("name").set_value("bracket");
            span.append_attribute("class").set_value("bracket");
            const QString id = m_tree.id(index);
            attr(span, "eId", eId(u"bracket"_s, id));
            attr(span, "plenipo:id", id);
            attr(span, "plenipo:alternative", m_tree.alternativeId(index));
            if (n.hasFlag(MarkupNode::Unterminated))
                span.append_attribute("plenipo:unterminated").set_value("true");
            children(span, index);
            break;
        }
        case MarkupNodeKind::Option: {
            pugi::xml_node option = inlineChild(parent, "inline");
            option.append_attribute("name").set_value("option");
            const QString id = m_tree.alternativeId(index);
            attr(option, "eId", eId(u"option"_s, id));
            attr(option, "plenipo:alternative", id);
            attr(option, "plenipo:header", m_tree.source(index).first(n.contentBegin - n.begin));
            children(option, index);
            break;
        }
        case MarkupNodeKind::Deletion: {
            pugi::xml_node del = inlineChild(parent, "del");
            del.append_attribute("class").set_value("proposedDeletion");
            attr(del, "eId", eId(u"del"_s, QString::number(++m_deletions)));
            if (n.hasFlag(MarkupNode::Unterminated))
                del.append_attribute("plenipo:unterminated").set_value("true");
            children(del, index);
            break;
        }
        case MarkupNodeKind::Attribution:
            tag(parent, index, "attribution");
            break;
        case MarkupNodeKind::AdReferendum:
            tag(parent, index, "adReferendum");
            break;
        case MarkupNodeKind::Note: {
            pugi::xml_node note = inlineChild(parent, "authorialNote");
            const QString number = QString::number(++m_notes);
            attr(note, "eId", eId(u"authorialNote"_s, number));
            attr(note, "marker", number);
            note.append_attribute("placement").set_value("bottom");
            if (n.hasFlag(MarkupNode::Unterminated))
                note.append_attribute("plenipo:unterminated").set_value("true");
            pugi::xml_node p = note.append_child("p");
            p.append_child(pugi::node_pcdata)
                .set_value(xml(MarkupParser::unescape(m_tree.content(index))).c_str());
            break;
        }
        }
    }

    const MarkupTree &m_tree;
    QString m_base;
    int m_notes = 0;
    int m_deletions = 0;
};

// A clause and where it goes: a top-level paragraph, or a point nested in the paragraph before.
struct Item
{
    Clause clause;
    QString eId;
    QString pointNum; // "(a)" for a nested point
    QList<int> points;
};

const QRegularExpression &subPointPattern()
{
    static const QRegularExpression re(u"^(.*\\S)\\s*\\(([a-z]{1,4})\\)$"_s);
    return re;
}

QList<Item> layout(const QList<Clause> &clauses, QList<int> *topLevel)
{
    QList<Item> items;
    QSet<QString> used;
    int lastTop = -1;
    for (const Clause &clause : clauses) {
        Item item;
        item.clause = clause;
        const QRegularExpressionMatch m = subPointPattern().match(clause.number);
        if (m.hasMatch() && lastTop >= 0 && items[lastTop].clause.number == m.captured(1)) {
            item.pointNum = u"("_s + m.captured(2) + u")"_s;
            item.eId = items[lastTop].eId + u"__list_1__point_"_s + m.captured(2);
            if (!used.contains(item.eId)) {
                used.insert(item.eId);
                items[lastTop].points.append(int(items.size()));
                items.append(item);
                continue;
            }
        }
        QString token = AknExporter::eIdToken(clause.number);
        if (token.isEmpty())
            token = u"n"_s + QString::number(items.size() + 1);
        QString id = u"para_"_s + token;
        for (int k = 2; used.contains(id); ++k)
            id = u"para_"_s + token + u'_' + QString::number(k);
        used.insert(id);
        item.eId = id;
        lastTop = int(items.size());
        topLevel->append(lastTop);
        items.append(item);
    }
    return items;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"0001-01-01"_s;
}

} // namespace

QString AknExporter::format() const
{
    return u"akn"_s;
}

QString AknExporter::suffix() const
{
    return u"xml"_s;
}

QString AknExporter::displayName() const
{
    //: The name of an export format, in the export dialog.
    return tr("Akoma Ntoso XML");
}

QString AknExporter::aknNamespace()
{
    return u"http://docs.oasis-open.org/legaldocml/ns/akn/3.0"_s;
}

QString AknExporter::plenipoNamespace()
{
    return u"urn:plenipo:akn:1"_s;
}

QString AknExporter::eIdToken(QStringView number)
{
    QString token;
    for (const QChar c : number) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            token += c.toLower();
        else if ((c == u'.' || c == u'(' || c == u'-') && !token.isEmpty() && !token.endsWith(u'-'))
            token += u'-';
    }
    while (token.endsWith(u'-'))
        token.chop(1);
    return token;
}

void AknExporter::write(const Workspace &workspace, const ExportOptions &options,
                        QIODevice &device) const
{
    const Document *document = &options.document(workspace);
    const StateGroup *coalition = options.coalitionGroup(workspace);
    const bool internal = options.mayIncludeInternal();
    const Process *process = workspace.process(document->processId);
    const Document *predecessor = workspace.document(document->predecessorId);
    const DocumentType type = documentType(document->kind);
    const QString date = isoDate(document->date);
    const QString author = process ? uriToken(process->code) : u"plenipo"_s;
    const QString workUri = u"/akn/un/%1/%2/%3/%4/%5"_s.arg(
        QLatin1StringView(type.element), type.name, author, date, uriToken(document->symbol));

    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
    pugi::xml_node root = doc.append_child("akomaNtoso");
    attr(root, "xmlns", aknNamespace());
    attr(root, "xmlns:plenipo", plenipoNamespace());
    pugi::xml_node top = root.append_child(type.element);
    attr(top, "name", type.name);

    // ---- meta -------------------------------------------------------------------------------
    pugi::xml_node meta = top.append_child("meta");
    pugi::xml_node ident = meta.append_child("identification");
    ident.append_attribute("source").set_value("#plenipo");
    auto frbr = [&](const char *name, const QString &uri, const char *dateName, const char *as) {
        pugi::xml_node level = ident.append_child(name);
        attr(level.append_child("FRBRthis"), "value", uri + u"/!main"_s);
        attr(level.append_child("FRBRuri"), "value", uri);
        pugi::xml_node d = level.append_child("FRBRdate");
        attr(d, "date", date);
        d.append_attribute("name").set_value(dateName);
        pugi::xml_node a = level.append_child("FRBRauthor");
        a.append_attribute("href").set_value("#author");
        a.append_attribute("as").set_value(as);
        return level;
    };
    {
        pugi::xml_node work = frbr("FRBRWork", workUri, "adoption", "#author");
        work.append_child("FRBRcountry").append_attribute("value").set_value("un");
        pugi::xml_node number = work.append_child("FRBRnumber");
        attr(number, "value", document->symbol);
        attr(number, "showAs", document->symbol);
        pugi::xml_node name = work.append_child("FRBRname");
        attr(name, "value", document->title);
    }
    {
        pugi::xml_node expr =
            frbr("FRBRExpression", workUri + u"/eng@"_s, "publication", "#author");
        expr.append_child("FRBRlanguage").append_attribute("language").set_value("eng");
    }
    frbr("FRBRManifestation", workUri + u"/eng@.xml"_s, "markup", "#editor");

    pugi::xml_node refs = meta.append_child("references");
    refs.append_attribute("source").set_value("#plenipo");
    auto tlc = [&](const char *element, const QString &id, const QString &href,
                   const QString &showAs) {
        pugi::xml_node t = refs.append_child(element);
        attr(t, "eId", id);
        attr(t, "href", href);
        attr(t, "showAs", showAs);
    };
    tlc("TLCOrganization", u"plenipo"_s, u"/akn/ontology/organization/plenipo"_s, u"Plenipo"_s);
    tlc("TLCOrganization", u"author"_s,
        process ? u"/akn/ontology/organization/un/"_s + uriToken(process->code)
                : u"/akn/ontology/organization/plenipo"_s,
        process ? process->name : u"Plenipo"_s);
    tlc("TLCRole", u"editor"_s, u"/akn/ontology/role/un/editor"_s, u"Editor"_s);
    // The adherents: of the coalition asked for, else of a coalition document.
    QStringList adherents = workspace.adherents(document->id);
    if (coalition)
        adherents = coalition->members;
    std::sort(adherents.begin(), adherents.end());
    for (const QString &iso : std::as_const(adherents)) {
        const State *state = workspace.states().byIso3(iso);
        tlc("TLCOrganization", u"state_"_s + iso.toLower(),
            u"/akn/ontology/organization/un/memberState/"_s + iso.toLower(),
            state ? state->name : iso);
    }

    const QList<Clause> clauses = workspace.clauses(document->id);
    QList<int> topLevel;
    const QList<Item> items = layout(clauses, &topLevel);

    pugi::xml_node prop = meta.append_child("proprietary");
    prop.append_attribute("source").set_value("#plenipo");
    {
        pugi::xml_node d = prop.append_child("plenipo:document");
        attr(d, "symbol", document->symbol);
        attr(d, "title", document->title);
        attr(d, "kind", DomainText::key(document->kind));
        if (document->date.isValid())
            attr(d, "date", document->date.toString(Qt::ISODate));
        if (process)
            attr(d, "process", process->code);
        if (predecessor)
            attr(d, "predecessor", predecessor->symbol);
    }
    if (process) {
        pugi::xml_node p = prop.append_child("plenipo:process");
        attr(p, "code", process->code);
        attr(p, "name", process->name);
        attr(p, "kind", DomainText::key(process->kind));
        if (process->startYear)
            attr(p, "startYear", QString::number(process->startYear));
        if (process->endYear)
            attr(p, "endYear", QString::number(process->endYear));
        attr(p, "chair", process->chair);
        attr(p, "outcome", process->outcome);
        attr(p, "note", process->note);
        attr(p, "allUnMembers", process->allUnMembers ? u"true"_s : u"false"_s);
        attr(p, "members", process->members.join(u' '));
    }
    if (!adherents.isEmpty() && !coalition) {
        pugi::xml_node a = prop.append_child("plenipo:adherents");
        attr(a, "states", adherents.join(u' '));
    }
    if (coalition) {
        pugi::xml_node c = prop.append_child("plenipo:coalition");
        attr(c, "code", coalition->code);
        attr(c, "name", coalition->name);
        attr(c, "adherents", adherents.join(u' '));
    }
    for (const Item &item : items) {
        pugi::xml_node c = prop.append_child("plenipo:clause");
        attr(c, "eId", item.eId);
        attr(c, "number", item.clause.number);
        if (const auto origin = workspace.clause(item.clause.originId)) {
            if (const Document *od = workspace.document(origin->documentId))
                attr(c, "origin", od->symbol + u'#' + origin->number);
        }
        QStringList norms;
        for (const qint64 normId : item.clause.normIds) {
            if (const Norm *norm = workspace.norm(normId))
                norms.append(norm->code);
        }
        if (!norms.isEmpty())
            attr(c, "norms", norms.join(u' '));
    }
    std::string states;
    QList<qint64> clauseIds;
    for (const Item &item : items)
        clauseIds.append(item.clause.id);
    // Every clause's positions at once, grouped by the workspace (ordered by clause as asked).
    const QList<PositionGroup> allGroups = workspace.positionGroups(clauseIds);
    qsizetype next = 0;
    for (const Item &item : items) {
        const qsizetype first = next;
        while (next < allGroups.size() && allGroups[next].shared.clauseId == item.clause.id)
            ++next;
        const std::string clauseId = xml(item.eId);
        const QSpan<const PositionGroup> clauseGroups(allGroups.constData() + first, next - first);
        for (const ExportGroup &group :
             exportGroups(clauseGroups, workspace.stateOrder(), internal)) {
            const Position &position = *group.shared;
            pugi::xml_node p = prop.append_child("plenipo:position");
            p.append_attribute("clause").set_value(clauseId.data(), clauseId.size());
            if (!position.alternative.isEmpty())
                attr(p, "alternative", position.alternative);
            states.clear();
            for (const QString *state : group.states) {
                if (!states.empty())
                    states += ' ';
                appendXml(states, *state);
            }
            p.append_attribute("states").set_value(states.data(), states.size());
            attr(p, "stance", StanceText::key(position.stance));
            if (!position.sourceKind.isEmpty())
                attr(p, "sourceKind", position.sourceKind);
            if (!position.sourceText.isEmpty())
                attr(p, "sourceText", position.sourceText);
            if (!position.sourceSymbol.isEmpty())
                attr(p, "sourceSymbol", position.sourceSymbol);
            if (position.sourceDate.isValid())
                attr(p, "sourceDate", position.sourceDate.toString(Qt::ISODate));
            if (!position.note.isEmpty())
                attr(p, "note", position.note);
            if (position.internal)
                p.append_attribute("internal").set_value("true");
        }
    }

    // ---- preface: symbol, title, date, adherents --------------------------------------------
    pugi::xml_node preface = top.append_child("preface");
    {
        pugi::xml_node p = preface.append_child("p");
        p.append_attribute("class").set_value("symbol");
        pugi::xml_node n = p.append_child("docNumber");
        n.append_attribute("refersTo").set_value("#symbol");
        n.text().set(xml(document->symbol).c_str());
    }
    {
        pugi::xml_node t = preface.append_child("p").append_child("docTitle");
        t.text().set(xml(document->title).c_str());
    }
    if (document->date.isValid()) {
        pugi::xml_node d = preface.append_child("p").append_child("docDate");
        attr(d, "date", date);
        d.text().set(
            xml(QLocale(QLocale::English).toString(document->date, u"d MMMM yyyy"_s)).c_str());
    }
    if (process) {
        pugi::xml_node s = preface.append_child("p").append_child("session");
        s.append_attribute("refersTo").set_value("#author");
        attr(s, "value", process->code);
        s.text().set(xml(process->name).c_str());
    }
    if (!adherents.isEmpty()) {
        pugi::xml_node p = preface.append_child("p");
        p.append_attribute("class").set_value("adherents");
        p.append_child(pugi::node_pcdata)
            .set_value(xml(u"Adherent States (%1): "_s.arg(adherents.size())).c_str());
        for (qsizetype i = 0; i < adherents.size(); ++i) {
            if (i > 0)
                p.append_child(pugi::node_pcdata).set_value(", ");
            const State *state = workspace.states().byIso3(adherents[i]);
            pugi::xml_node prop2 = p.append_child("docProponent");
            attr(prop2, "refersTo", u"#state_"_s + adherents[i].toLower());
            prop2.text().set(xml(state ? state->name : adherents[i]).c_str());
        }
    }

    // ---- body -------------------------------------------------------------------------------
    const MarkupParser parser;
    pugi::xml_node body = top.append_child("mainBody");
    qint64 done = 0;
    options.step(0, items.size());
    // For a coalition: each clause every member accepts is written as the coalition resolves it
    // (CoalitionAnalysis, as in the Word export); the others keep their brackets.
    std::optional<CoalitionAnalysis> analysis;
    if (coalition)
        analysis.emplace(workspace, document->id, workspace.stateSet(coalition->members));
    auto block = [&](pugi::xml_node parent, const char *name, const Item &item) {
        pugi::xml_node b = parent.append_child(name);
        pugi::xml_node p = b.append_child("p");
        p.append_child(pugi::node_pcdata);
        const CoalitionAnalysis::Clause *agreed =
            analysis ? analysis->clause(item.clause.id) : nullptr;
        const MarkupTree tree = parser.parse(
            agreed && agreed->accepted ? MarkupParser::escape(agreed->text) : item.clause.text);
        InlineWriter(tree, item.eId).write(p);
        options.step(++done, items.size());
    };
    for (const int index : std::as_const(topLevel)) {
        const Item &item = items[index];
        pugi::xml_node para = body.append_child("paragraph");
        attr(para, "eId", item.eId);
        if (!item.clause.number.isEmpty())
            para.append_child("num").text().set(xml(item.clause.number).c_str());
        if (item.points.isEmpty()) {
            block(para, "content", item);
            continue;
        }
        block(para, "intro", item);
        pugi::xml_node list = para.append_child("list");
        attr(list, "eId", item.eId + u"__list_1"_s);
        for (const int pointIndex : item.points) {
            const Item &point = items[pointIndex];
            pugi::xml_node pt = list.append_child("point");
            attr(pt, "eId", point.eId);
            pt.append_child("num").text().set(xml(point.pointNum).c_str());
            block(pt, "content", point);
        }
    }

    DeviceWriter writer(device);
    doc.save(writer, "  ", pugi::format_indent, pugi::encoding_utf8);
    if (writer.failed())
        throw Error(Error::Kind::Io,
                    tr("export: cannot write the Akoma Ntoso file: %1").arg(device.errorString()));
}

} // namespace Plenipo
