// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/docxwriter.h"

#include "core/error.h"

#include <KZip>
#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QTimeZone>

#include <pugixml.hpp>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::DocxWriter", text, comment, n);
}

constexpr const char *nsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char *nsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char *nsRel = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char *relBase =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr const char *ctBase = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

class ByteWriter : public pugi::xml_writer
{
public:
    void write(const void *data, size_t size) override
    {
        bytes.append(static_cast<const char *>(data), qsizetype(size));
    }
    QByteArray bytes;
};

QByteArray serialize(const pugi::xml_document &doc)
{
    ByteWriter writer;
    writer.bytes = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    doc.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
    return writer.bytes;
}

QByteArray utf8(const QString &text)
{
    return DocxWriter::xmlSafe(text).toUtf8();
}

QByteArray w3cdtf(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s).toUtf8();
}

pugi::xml_node child(pugi::xml_node parent, const char *name)
{
    return parent.append_child(name);
}

pugi::xml_node val(pugi::xml_node parent, const char *name, const char *value)
{
    pugi::xml_node n = parent.append_child(name);
    n.append_attribute("w:val") = value;
    return n;
}

// Builds the XML of the document, footnotes and comments parts.
class PartBuilder
{
public:
    explicit PartBuilder(const ExportDocument &document)
        : m_doc(document)
    {
        // One counter for every w:ins, w:del and comment id (Word rejects a clash). It starts
        // above the footnote ids: LibreOffice mixes up footnotes whose ids equal comment ids.
        m_nextId = int(document.footnotes.size()) + 1;
        m_commentIds.reserve(document.comments.size());
        for (qsizetype i = 0; i < document.comments.size(); ++i)
            m_commentIds.append(m_nextId++);
    }

    QByteArray documentPart()
    {
        pugi::xml_document xml;
        pugi::xml_node root = xml.append_child("w:document");
        root.append_attribute("xmlns:w") = nsW;
        root.append_attribute("xmlns:r") = nsR;
        pugi::xml_node body = child(root, "w:body");
        for (const ExportDocument::Paragraph &p : m_doc.paragraphs)
            paragraph(body, p);
        pugi::xml_node sect = child(body, "w:sectPr");
        pugi::xml_node size = child(sect, "w:pgSz");
        size.append_attribute("w:w") = "11906"; // A4
        size.append_attribute("w:h") = "16838";
        pugi::xml_node margins = child(sect, "w:pgMar");
        for (const char *side : {"w:top", "w:right", "w:bottom", "w:left"})
            margins.append_attribute(side) = "1417";
        margins.append_attribute("w:header") = "708";
        margins.append_attribute("w:footer") = "708";
        margins.append_attribute("w:gutter") = "0";
        if (m_doc.rightToLeft)
            child(sect, "w:bidi"); // the section (page) right to left: mirrored layout
        return serialize(xml);
    }

    QByteArray footnotesPart() const
    {
        pugi::xml_document xml;
        pugi::xml_node root = xml.append_child("w:footnotes");
        root.append_attribute("xmlns:w") = nsW;
        root.append_attribute("xmlns:r") = nsR;
        const char *separators[][2] = {{"separator", "-1"}, {"continuationSeparator", "0"}};
        for (const auto &sep : separators) {
            pugi::xml_node note = child(root, "w:footnote");
            note.append_attribute("w:type") = sep[0];
            note.append_attribute("w:id") = sep[1];
            pugi::xml_node p = child(note, "w:p");
            pugi::xml_node spacing = child(child(p, "w:pPr"), "w:spacing");
            spacing.append_attribute("w:after") = "0";
            spacing.append_attribute("w:line") = "240";
            spacing.append_attribute("w:lineRule") = "auto";
            child(child(p, "w:r"), QByteArray("w:" + QByteArray(sep[0])).constData());
        }
        for (qsizetype i = 0; i < m_doc.footnotes.size(); ++i) {
            pugi::xml_node note = child(root, "w:footnote");
            note.append_attribute("w:id") = int(i + 1);
            pugi::xml_node p = child(note, "w:p");
            pugi::xml_node pPr = child(p, "w:pPr");
            val(pPr, "w:pStyle", "FootnoteText");
            if (ExportDocument::startsRightToLeft(m_doc.footnotes.at(i)))
                child(pPr, "w:bidi");
            pugi::xml_node ref = child(p, "w:r");
            val(child(ref, "w:rPr"), "w:rStyle", "FootnoteReference");
            child(ref, "w:footnoteRef");
            textRuns(p, u" "_s + m_doc.footnotes.at(i));
        }
        return serialize(xml);
    }

    QByteArray commentsPart() const
    {
        pugi::xml_document xml;
        pugi::xml_node root = xml.append_child("w:comments");
        root.append_attribute("xmlns:w") = nsW;
        root.append_attribute("xmlns:r") = nsR;
        for (qsizetype i = 0; i < m_doc.comments.size(); ++i) {
            const ExportDocument::Comment &c = m_doc.comments.at(i);
            pugi::xml_node comment = child(root, "w:comment");
            comment.append_attribute("w:id") = m_commentIds.at(i);
            comment.append_attribute("w:author") = utf8(c.author).constData();
            comment.append_attribute("w:date") = w3cdtf(c.date).constData();
            comment.append_attribute("w:initials") = utf8(c.initials).constData();
            pugi::xml_node p = child(comment, "w:p");
            pugi::xml_node pPr = child(p, "w:pPr");
            val(pPr, "w:pStyle", "CommentText");
            if (ExportDocument::startsRightToLeft(c.text))
                child(pPr, "w:bidi");
            pugi::xml_node ref = child(p, "w:r");
            val(child(ref, "w:rPr"), "w:rStyle", "CommentReference");
            child(ref, "w:annotationRef");
            textRuns(p, c.text);
        }
        return serialize(xml);
    }

private:
    static const char *styleId(ExportDocument::Style style)
    {
        switch (style) {
        case ExportDocument::Style::Symbol:
            return "Symbol";
        case ExportDocument::Style::Title:
            return "Title";
        case ExportDocument::Style::CoverLine:
            return "CoverLine";
        case ExportDocument::Style::Heading:
            return "Heading1";
        case ExportDocument::Style::Body:
            return "BodyText";
        case ExportDocument::Style::Clause:
            return "Clause";
        }
        return "Normal";
    }

    void revisionAttributes(pugi::xml_node node, int revision)
    {
        node.append_attribute("w:id") = m_nextId++;
        const ExportDocument::Revision r = m_doc.revisions.value(revision);
        node.append_attribute("w:author") =
            utf8(r.author.isEmpty() ? u"Plenipo"_s : r.author).constData();
        node.append_attribute("w:date") =
            w3cdtf(r.date.isValid() ? r.date : m_doc.timestamp).constData();
    }

    // Plain text as runs: tabs become w:tab, line breaks w:br, everything else w:t.
    static void textRuns(pugi::xml_node parent, const QString &text, bool deleted = false)
    {
        pugi::xml_node run = child(parent, "w:r");
        if (hasRightToLeft(text))
            child(child(run, "w:rPr"), "w:rtl");
        appendText(run, text, deleted);
    }

    // True when the text has right-to-left letters (Arabic, Hebrew): its run is then marked
    // w:rtl so that Word and LibreOffice order it right to left; Latin runs (clause text
    // as written, symbols such as A/70/174) stay left to right inside a right-to-left paragraph.
    static bool hasRightToLeft(const QString &text)
    {
        for (const QChar c : text) {
            const QChar::Direction d = c.direction();
            if (d == QChar::DirR || d == QChar::DirAL)
                return true;
        }
        return false;
    }

    static void appendText(pugi::xml_node run, const QString &text, bool deleted)
    {
        const char *element = deleted ? "w:delText" : "w:t";
        QString pending;
        auto flush = [&] {
            if (pending.isEmpty())
                return;
            pugi::xml_node t = child(run, element);
            t.append_attribute("xml:space") = "preserve";
            t.append_child(pugi::node_pcdata).set_value(utf8(pending).constData());
            pending.clear();
        };
        for (const QChar c : text) {
            if (c == u'\t') {
                flush();
                child(run, "w:tab");
            } else if (c == u'\n') {
                flush();
                child(run, "w:br");
            } else if (c != u'\r') {
                pending.append(c);
            }
        }
        flush();
    }

    // The container of a run: the paragraph, or a w:ins / w:del wrapping consecutive runs of
    // one revision.
    pugi::xml_node container(pugi::xml_node p, ExportDocument::Change change, int revision)
    {
        if (change == ExportDocument::Change::None) {
            m_open = pugi::xml_node();
            return p;
        }
        if (m_open && m_openChange == change && m_openRevision == revision)
            return m_open;
        m_open = child(p, change == ExportDocument::Change::Inserted ? "w:ins" : "w:del");
        revisionAttributes(m_open, revision);
        m_openChange = change;
        m_openRevision = revision;
        return m_open;
    }

    void run(pugi::xml_node p, const ExportDocument::Run &r)
    {
        pugi::xml_node parent = container(p, r.change, r.revision);
        const bool deleted = r.change == ExportDocument::Change::Deleted;
        pugi::xml_node run = child(parent, "w:r");
        // w:rPr children in schema order: rStyle, b, strike, ..., rtl
        const bool rtl = r.footnote < 0 && hasRightToLeft(r.text);
        if (r.footnote >= 0 || r.bracketed || r.bold || r.struck || rtl) {
            pugi::xml_node rPr = child(run, "w:rPr");
            if (r.footnote >= 0)
                val(rPr, "w:rStyle", "FootnoteReference");
            else if (r.bracketed)
                val(rPr, "w:rStyle", "Bracketed");
            if (r.bold)
                child(rPr, "w:b");
            if (r.struck)
                child(rPr, "w:strike");
            if (rtl)
                child(rPr, "w:rtl");
        }
        if (r.lineBreak)
            child(run, "w:br");
        if (r.footnote >= 0)
            child(run, "w:footnoteReference").append_attribute("w:id") = r.footnote + 1;
        else
            appendText(run, r.text, deleted);
    }

    void paragraph(pugi::xml_node body, const ExportDocument::Paragraph &para)
    {
        m_open = pugi::xml_node();
        pugi::xml_node p = child(body, "w:p");
        pugi::xml_node pPr = child(p, "w:pPr");
        val(pPr, "w:pStyle", styleId(para.style));
        // CT_PPrBase order: pStyle, ..., bidi, ...; the paragraph's direction follows its text.
        if (ExportDocument::startsRightToLeft(ExportDocument::plainText(para.runs)))
            child(pPr, "w:bidi");
        if (para.mark != ExportDocument::Change::None) {
            pugi::xml_node rPr = child(pPr, "w:rPr");
            revisionAttributes(
                child(rPr, para.mark == ExportDocument::Change::Inserted ? "w:ins" : "w:del"),
                para.markRevision);
        }
        for (const int c : para.comments)
            child(p, "w:commentRangeStart").append_attribute("w:id") = m_commentIds.at(c);
        if (!para.number.isEmpty() || !para.oldNumber.isEmpty()) {
            auto number = [&](const QString &text, ExportDocument::Change change) {
                pugi::xml_node parent = container(p, change, para.markRevision);
                pugi::xml_node r = child(parent, "w:r");
                val(child(r, "w:rPr"), "w:rStyle", "ClauseNumber");
                appendText(r, text, change == ExportDocument::Change::Deleted);
            };
            if (para.numberChange != ExportDocument::Change::None) {
                number(para.oldNumber, ExportDocument::Change::Deleted);
                number(para.number, ExportDocument::Change::Inserted);
            } else {
                number(para.number, para.mark);
            }
            pugi::xml_node parent = container(p, para.mark, para.markRevision);
            child(child(parent, "w:r"), "w:tab");
        }
        for (const ExportDocument::Run &r : para.runs)
            run(p, r);
        m_open = pugi::xml_node();
        for (const int c : para.comments) {
            child(p, "w:commentRangeEnd").append_attribute("w:id") = m_commentIds.at(c);
            pugi::xml_node r = child(p, "w:r");
            val(child(r, "w:rPr"), "w:rStyle", "CommentReference");
            child(r, "w:commentReference").append_attribute("w:id") = m_commentIds.at(c);
        }
    }

    const ExportDocument &m_doc;
    int m_nextId = 1;
    QList<int> m_commentIds;
    pugi::xml_node m_open;
    ExportDocument::Change m_openChange = ExportDocument::Change::None;
    int m_openRevision = -1;
};

// styles.xml: the defaults and every style the document part uses.
QByteArray stylesPart(const ExportDocument &document)
{
    pugi::xml_document xml;
    pugi::xml_node root = xml.append_child("w:styles");
    root.append_attribute("xmlns:w") = nsW;

    pugi::xml_node defaults = child(root, "w:docDefaults");
    pugi::xml_node rPr = child(child(defaults, "w:rPrDefault"), "w:rPr");
    pugi::xml_node fonts = child(rPr, "w:rFonts");
    for (const char *a : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
        fonts.append_attribute(a) = "Times New Roman";
    val(rPr, "w:sz", "24");
    val(rPr, "w:szCs", "24");
    pugi::xml_node lang = child(rPr, "w:lang");
    lang.append_attribute("w:val") = utf8(document.language).constData();
    if (document.language.startsWith(u"zh"))
        lang.append_attribute("w:eastAsia") = utf8(document.language).constData();
    if (document.rightToLeft)
        lang.append_attribute("w:bidi") = utf8(document.language).constData();
    pugi::xml_node pPr = child(child(defaults, "w:pPrDefault"), "w:pPr");
    pugi::xml_node spacing = child(pPr, "w:spacing");
    spacing.append_attribute("w:after") = "120";
    spacing.append_attribute("w:line") = "240";
    spacing.append_attribute("w:lineRule") = "auto";

    struct StyleDef
    {
        const char *type;
        const char *id;
        const char *name;
        bool isDefault;
        const char *basedOn;
        // Fills pPr / rPr (schema order is kept by each lambda).
        void (*paragraph)(pugi::xml_node pPr);
        void (*character)(pugi::xml_node rPr);
    };
    static const StyleDef styles[] = {
        {"paragraph", "Normal", "Normal", true, nullptr, nullptr, nullptr},
        {"character", "DefaultParagraphFont", "Default Paragraph Font", true, nullptr, nullptr,
         nullptr},
        {"paragraph", "Title", "Title", false, "Normal",
         [](pugi::xml_node p) {
             pugi::xml_node s = child(p, "w:spacing");
             s.append_attribute("w:before") = "240";
             s.append_attribute("w:after") = "240";
             val(p, "w:jc", "center");
         },
         [](pugi::xml_node r) {
             child(r, "w:b");
             val(r, "w:sz", "32");
             val(r, "w:szCs", "32");
         }},
        {"paragraph", "Heading1", "heading 1", false, "Normal",
         [](pugi::xml_node p) {
             child(p, "w:keepNext");
             pugi::xml_node s = child(p, "w:spacing");
             s.append_attribute("w:before") = "240";
             s.append_attribute("w:after") = "120";
             val(p, "w:outlineLvl", "0");
         },
         [](pugi::xml_node r) {
             child(r, "w:b");
             val(r, "w:sz", "26");
             val(r, "w:szCs", "26");
         }},
        {"paragraph", "Symbol", "Document Symbol", false, "Normal",
         [](pugi::xml_node p) { val(p, "w:jc", "right"); },
         [](pugi::xml_node r) {
             child(r, "w:b");
             val(r, "w:sz", "28");
             val(r, "w:szCs", "28");
         }},
        {"paragraph", "CoverLine", "Cover Line", false, "Normal",
         [](pugi::xml_node p) {
             pugi::xml_node s = child(p, "w:spacing");
             s.append_attribute("w:after") = "60";
             val(p, "w:jc", "center");
         },
         nullptr},
        {"paragraph", "BodyText", "Body Text", false, "Normal",
         [](pugi::xml_node p) { val(p, "w:jc", "both"); }, nullptr},
        {"paragraph", "Clause", "Clause", false, "Normal",
         [](pugi::xml_node p) {
             pugi::xml_node tabs = child(p, "w:tabs");
             pugi::xml_node tab = val(tabs, "w:tab", "left");
             tab.append_attribute("w:pos") = "851";
             pugi::xml_node s = child(p, "w:spacing");
             s.append_attribute("w:after") = "160";
             pugi::xml_node ind = child(p, "w:ind");
             ind.append_attribute("w:left") = "851";
             ind.append_attribute("w:hanging") = "851";
             val(p, "w:jc", "both");
         },
         nullptr},
        {"paragraph", "FootnoteText", "footnote text", false, "Normal",
         [](pugi::xml_node p) {
             pugi::xml_node s = child(p, "w:spacing");
             s.append_attribute("w:after") = "0";
         },
         [](pugi::xml_node r) {
             val(r, "w:sz", "20");
             val(r, "w:szCs", "20");
         }},
        {"paragraph", "CommentText", "annotation text", false, "Normal", nullptr,
         [](pugi::xml_node r) {
             val(r, "w:sz", "20");
             val(r, "w:szCs", "20");
         }},
        {"character", "ClauseNumber", "Clause Number", false, "DefaultParagraphFont", nullptr,
         [](pugi::xml_node r) {
             child(r, "w:b");
         }},
        {"character", "Bracketed", "Bracketed Text", false, "DefaultParagraphFont", nullptr,
         [](pugi::xml_node r) {
             pugi::xml_node shd = val(r, "w:shd", "clear");
             shd.append_attribute("w:color") = "auto";
             shd.append_attribute("w:fill") = "D9D9D9";
         }},
        {"character", "FootnoteReference", "footnote reference", false, "DefaultParagraphFont",
         nullptr,
         [](pugi::xml_node r) {
             val(r, "w:vertAlign", "superscript");
         }},
        {"character", "CommentReference", "annotation reference", false, "DefaultParagraphFont",
         nullptr,
         [](pugi::xml_node r) {
             val(r, "w:sz", "16");
             val(r, "w:szCs", "16");
         }},
    };
    for (const StyleDef &def : styles) {
        pugi::xml_node style = child(root, "w:style");
        style.append_attribute("w:type") = def.type;
        if (def.isDefault)
            style.append_attribute("w:default") = "1";
        style.append_attribute("w:styleId") = def.id;
        // CT_Style order: name, basedOn, next, ..., qFormat, pPr, rPr.
        val(style, "w:name", def.name);
        if (def.basedOn)
            val(style, "w:basedOn", def.basedOn);
        if (def.type[0] == 'p' && def.basedOn)
            val(style, "w:next", "Normal");
        child(style, "w:qFormat");
        if (def.paragraph)
            def.paragraph(child(style, "w:pPr"));
        if (def.character)
            def.character(child(style, "w:rPr"));
    }
    return serialize(xml);
}

QByteArray settingsPart()
{
    pugi::xml_document xml;
    pugi::xml_node root = xml.append_child("w:settings");
    root.append_attribute("xmlns:w") = nsW;
    // CT_Settings order: zoom, defaultTabStop, characterSpacingControl, footnotePr, compat,
    // decimalSymbol, listSeparator.
    child(root, "w:zoom").append_attribute("w:percent") = "100";
    val(root, "w:defaultTabStop", "708");
    val(root, "w:characterSpacingControl", "doNotCompress");
    pugi::xml_node footnotePr = child(root, "w:footnotePr");
    child(footnotePr, "w:footnote").append_attribute("w:id") = "-1";
    child(footnotePr, "w:footnote").append_attribute("w:id") = "0";
    pugi::xml_node compat = child(root, "w:compat");
    pugi::xml_node mode = child(compat, "w:compatSetting");
    mode.append_attribute("w:name") = "compatibilityMode";
    mode.append_attribute("w:uri") = "http://schemas.microsoft.com/office/word";
    mode.append_attribute("w:val") = "15";
    val(root, "w:decimalSymbol", ".");
    val(root, "w:listSeparator", ",");
    return serialize(xml);
}

QByteArray contentTypesPart()
{
    pugi::xml_document xml;
    pugi::xml_node root = xml.append_child("Types");
    root.append_attribute("xmlns") = "http://schemas.openxmlformats.org/package/2006/content-types";
    auto def = [&](const char *ext, const char *type) {
        pugi::xml_node n = child(root, "Default");
        n.append_attribute("Extension") = ext;
        n.append_attribute("ContentType") = type;
    };
    def("rels", "application/vnd.openxmlformats-package.relationships+xml");
    def("xml", "application/xml");
    auto over = [&](const char *part, const QByteArray &type) {
        pugi::xml_node n = child(root, "Override");
        n.append_attribute("PartName") = part;
        n.append_attribute("ContentType") = type.constData();
    };
    const QByteArray wml(ctBase);
    over("/word/document.xml", wml + "document.main+xml");
    over("/word/styles.xml", wml + "styles+xml");
    over("/word/settings.xml", wml + "settings+xml");
    over("/word/footnotes.xml", wml + "footnotes+xml");
    over("/word/comments.xml", wml + "comments+xml");
    over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    over("/docProps/app.xml",
         "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    return serialize(xml);
}

QByteArray relationships(const QList<std::pair<QByteArray, QByteArray>> &targets)
{
    pugi::xml_document xml;
    pugi::xml_node root = xml.append_child("Relationships");
    root.append_attribute("xmlns") = nsRel;
    int id = 1;
    for (const auto &[type, target] : targets) {
        pugi::xml_node rel = child(root, "Relationship");
        rel.append_attribute("Id") = QByteArray("rId" + QByteArray::number(id++)).constData();
        rel.append_attribute("Type") = type.constData();
        rel.append_attribute("Target") = target.constData();
    }
    return serialize(xml);
}

QByteArray corePart(const ExportDocument &document)
{
    pugi::xml_document xml;
    pugi::xml_node root = xml.append_child("cp:coreProperties");
    root.append_attribute("xmlns:cp") =
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
    root.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
    root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    auto text = [&](const char *name, const QString &value) {
        child(root, name).append_child(pugi::node_pcdata).set_value(utf8(value).constData());
    };
    text("dc:title", document.title);
    text("dc:subject", document.symbol);
    text("dc:creator", u"Plenipo"_s);
    text("cp:keywords", document.process);
    text("dc:language", document.language);
    for (const char *name : {"dcterms:created", "dcterms:modified"}) {
        pugi::xml_node n = child(root, name);
        n.append_attribute("xsi:type") = "dcterms:W3CDTF";
        n.append_child(pugi::node_pcdata).set_value(w3cdtf(document.timestamp).constData());
    }
    return serialize(xml);
}

QByteArray appPart()
{
    pugi::xml_document xml;
    pugi::xml_node root = xml.append_child("Properties");
    root.append_attribute("xmlns") =
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    child(root, "Application").append_child(pugi::node_pcdata).set_value("Plenipo");
    return serialize(xml);
}

} // namespace

QString DocxWriter::xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        } else if (c.isSurrogate()) {
            continue; // unpaired
        } else if (u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0xFFFD)) {
            out.append(c);
        }
    }
    return out;
}

QByteArray DocxWriter::toByteArray(const ExportDocument &document)
{
    PartBuilder builder(document);
    const QByteArray documentXml = builder.documentPart();
    const QByteArray rel(relBase);
    const QList<std::pair<const char *, QByteArray>> parts{
        {"[Content_Types].xml", contentTypesPart()},
        {"_rels/.rels",
         relationships({{rel + "officeDocument", "word/document.xml"},
                        {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                         "core-properties",
                         "docProps/core.xml"},
                        {rel + "extended-properties", "docProps/app.xml"}})},
        {"docProps/core.xml", corePart(document)},
        {"docProps/app.xml", appPart()},
        {"word/document.xml", documentXml},
        {"word/_rels/document.xml.rels", relationships({{rel + "styles", "styles.xml"},
                                                        {rel + "settings", "settings.xml"},
                                                        {rel + "footnotes", "footnotes.xml"},
                                                        {rel + "comments", "comments.xml"}})},
        {"word/styles.xml", stylesPart(document)},
        {"word/settings.xml", settingsPart()},
        {"word/footnotes.xml", builder.footnotesPart()},
        {"word/comments.xml", builder.commentsPart()},
    };

    // KZip closes its device when it finishes: build the package in memory, then write it.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Io,
                    tr("cannot write the Word package: %1").arg(zip.errorString()));
    zip.setCompression(KZip::DeflateCompression);
    zip.setExtraField(KZip::NoExtraField);
    // A fixed time for every entry: the same document gives the same bytes.
    const QDateTime time(document.timestamp.toUTC().date(), QTime(0, 0), QTimeZone::UTC);
    for (const auto &[name, data] : parts) {
        if (!zip.writeFile(QString::fromLatin1(name), data, 0100644, QString(), QString(), time,
                           time, time))
            throw Error(Error::Kind::Io, tr("cannot write %1 into the Word package: %2")
                                             .arg(QString::fromLatin1(name), zip.errorString()));
    }
    if (!zip.close())
        throw Error(Error::Kind::Io,
                    tr("cannot finish the Word package: %1").arg(zip.errorString()));
    return bytes;
}

void DocxWriter::write(const ExportDocument &document, QIODevice &device)
{
    const QByteArray bytes = toByteArray(document);
    if (device.write(bytes) != bytes.size())
        throw Error(Error::Kind::Io,
                    tr("cannot write the Word document: %1").arg(device.errorString()));
}

} // namespace Plenipo
