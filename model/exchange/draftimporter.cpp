// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/draftimporter.h"

#include "core/error.h"
#include "markup/markupparser.h"
#include "storage/workspace.h"

#include <KZip>
#include <KZipFileEntry>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <functional>

#include <pugixml.hpp>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::DraftImporter", text, comment, n);
}

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

bool isName(pugi::xml_node node, const char *local)
{
    const char *name = node.name();
    const char *colon = std::strchr(name, ':');
    return std::strcmp(colon ? colon + 1 : name, local) == 0;
}

QString wattr(pugi::xml_node node, const char *local)
{
    for (pugi::xml_attribute a : node.attributes()) {
        const char *name = a.name();
        const char *colon = std::strchr(name, ':');
        if (std::strcmp(colon ? colon + 1 : name, local) == 0)
            return str(a.value());
    }
    return {};
}

pugi::xml_node wchild(pugi::xml_node node, const char *local)
{
    for (pugi::xml_node c : node.children()) {
        if (isName(c, local))
            return c;
    }
    return {};
}

QString roman(int n, bool upper)
{
    static const std::pair<int, const char *> table[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    QString out;
    for (const auto &[value, text] : table) {
        while (n >= value) {
            out += QLatin1StringView(text);
            n -= value;
        }
    }
    return upper ? out.toUpper() : out;
}

QString letters(int n, bool upper)
{
    QString out;
    while (n > 0) {
        --n;
        out.prepend(QChar(u'a' + n % 26));
        n /= 26;
    }
    return upper ? out.toUpper() : out;
}

QString formatNumber(const QString &format, int value)
{
    if (format == u"lowerLetter")
        return letters(value, false);
    if (format == u"upperLetter")
        return letters(value, true);
    if (format == u"lowerRoman")
        return roman(value, false);
    if (format == u"upperRoman")
        return roman(value, true);
    return QString::number(value);
}

// Word allows list levels 0 to 8 (w:ilvl); anything else comes from a damaged or hostile file.
constexpr int kMaxListLevel = 8;

pugi::xml_document parseXml(const QByteArray &data, const QString &name)
{
    ImportGuard::requireSafeXml(data, name);
    pugi::xml_document doc;
    const pugi::xml_parse_result result =
        doc.load_buffer(data.constData(), size_t(data.size()),
                        pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!result) {
        int line = 0;
        int column = 0;
        ImportGuard::lineAndColumn(data, qsizetype(result.offset), &line, &column);
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate(
                        "Plenipo::DraftImporter",
                        "%1: line %2, column %3: not well-formed XML (%4); nothing was imported")
                        .arg(name)
                        .arg(line)
                        .arg(column)
                        .arg(str(result.description())));
    }
    ImportGuard::requireXmlDepth(doc, data, name);
    return doc;
}

} // namespace

DraftImporter::DraftImporter(const Workspace &workspace, Options options)
    : m_workspace(workspace)
    , m_options(std::move(options))
{}

std::optional<DraftImporter::Number> DraftImporter::detectNumber(QStringView paragraph,
                                                                 const QString &mainNumber)
{
    static const QRegularExpression opPp(
        u"^\\s*((?:OP|PP)\\s*\\d+)(\\s+(?:bis|ter|quater))?\\s*[.:)]?(?:\\s+|$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression main(u"^\\s*(\\d{1,3}(?:\\.\\d{1,3})*)(?:(\\s*(?:bis|ter|"
                                         u"quater|quinquies))?\\s*(\\([a-z]{1,4}\\)))?"
                                         u"(\\s+(?:bis|ter|quater|quinquies))?([.):]?)(\\s+|$)"_s);
    static const QRegularExpression sub(u"^\\s*\\(([a-z]{1,4})\\)(\\s+|$)"_s);
    const QString text = paragraph.toString();
    QRegularExpressionMatch m = opPp.match(text);
    if (m.hasMatch()) {
        Number n;
        n.number = m.captured(1).toUpper().remove(u' ') + m.captured(2);
        n.prefix = m.capturedLength();
        return n;
    }
    m = main.match(text);
    if (m.hasMatch()) {
        // "2019 was the year" is prose; "1." "13(f)" "13 bis" "1)" "1<tab>" "4.2" are numbers.
        const bool decorated = !m.captured(3).isEmpty() || !m.captured(4).isEmpty() ||
                               !m.captured(5).isEmpty() || m.captured(6).contains(u'\t') ||
                               m.captured(1).contains(u'.');
        if (decorated) {
            Number n;
            n.number = m.captured(1) + m.captured(2) + m.captured(3) + m.captured(4);
            n.number = n.number.simplified();
            n.prefix = m.capturedLength();
            return n;
        }
    }
    m = sub.match(text);
    if (m.hasMatch()) {
        Number n;
        n.number = mainNumber + u'(' + m.captured(1) + u')';
        n.prefix = m.capturedLength();
        n.subPoint = true;
        return n;
    }
    return std::nullopt;
}

void DraftImporter::readText(QByteArrayView data, const QString &fileName)
{
    m_report = ImportReport(fileName, u"txt"_s);
    ImportGuard::requireUtf8(data, fileName);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    const QString text = QString::fromUtf8(data);
    QList<Paragraph> paragraphs;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        //: The place of a problem in a text file: %1 is the line number.
        paragraphs.append({line, tr("line %1").arg(i + 1), QString(), false});
    }
    build(paragraphs, fileName);
}

void DraftImporter::readDocx(QByteArrayView data, const QString &fileName,
                             const ImportGuard::Limits &limits)
{
    m_report = ImportReport(fileName, u"docx"_s);
    QByteArray bytes = data.toByteArray();
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Invalid,
                    tr("%1: not a Word file (.docx): the zip package cannot be read (%2); nothing "
                       "was imported")
                        .arg(fileName, zip.errorString()));
    const KArchiveDirectory *dir = zip.directory();
    auto entry = [&](const QString &path, bool required) -> QByteArray {
        const KArchiveFile *file = dir->file(path);
        if (!file) {
            if (required)
                throw Error(Error::Kind::Invalid,
                            tr("%1: not a Word file (.docx): it has no %2; nothing was imported")
                                .arg(fileName, path));
            return {};
        }
        // The size in the zip header is only a claim: the entry is inflated through a device
        // that stops one byte past the limit (KArchiveFile::data() would inflate it all).
        ImportGuard::requireEntrySize(file->size(), fileName, path, limits);
        return ImportGuard::readEntry(*static_cast<const KZipFileEntry *>(file), bytes, fileName,
                                      path, limits);
    };
    const QByteArray documentXml = entry(u"word/document.xml"_s, true);
    const QByteArray footnotesXml = entry(u"word/footnotes.xml"_s, false);
    const QByteArray numberingXml = entry(u"word/numbering.xml"_s, false);

    const pugi::xml_document document = parseXml(documentXml, fileName + u":word/document.xml"_s);

    QHash<QString, QString> footnotes;
    if (!footnotesXml.isEmpty()) {
        const pugi::xml_document fx = parseXml(footnotesXml, fileName + u":word/footnotes.xml"_s);
        for (pugi::xml_node fn : fx.document_element().children()) {
            if (!isName(fn, "footnote"))
                continue;
            QString text;
            // Every w:t below the footnote, in order.
            for (pugi::xml_node d = fn.first_child(); d;) {
                if (isName(d, "t"))
                    text += str(d.child_value());
                if (d.first_child()) {
                    d = d.first_child();
                    continue;
                }
                while (d && d != fn && !d.next_sibling())
                    d = d.parent();
                if (!d || d == fn)
                    break;
                d = d.next_sibling();
            }
            footnotes.insert(wattr(fn, "id"), text.simplified());
        }
    }

    // numbering: numId -> abstractNumId -> level formats.
    QHash<QString, QHash<int, QString>> formats;
    if (!numberingXml.isEmpty()) {
        const pugi::xml_document nx = parseXml(numberingXml, fileName + u":word/numbering.xml"_s);
        QHash<QString, QHash<int, QString>> abstractFormats;
        for (pugi::xml_node a : nx.document_element().children()) {
            if (!isName(a, "abstractNum"))
                continue;
            QHash<int, QString> levels;
            for (pugi::xml_node lvl : a.children()) {
                if (isName(lvl, "lvl"))
                    levels.insert(wattr(lvl, "ilvl").toInt(), wattr(wchild(lvl, "numFmt"), "val"));
            }
            abstractFormats.insert(wattr(a, "abstractNumId"), levels);
        }
        for (pugi::xml_node n : nx.document_element().children()) {
            if (isName(n, "num"))
                formats.insert(wattr(n, "numId"),
                               abstractFormats.value(wattr(wchild(n, "abstractNumId"), "val")));
        }
    }

    const pugi::xml_node body = wchild(document.document_element(), "body");
    if (!body)
        throw Error(Error::Kind::Invalid,
                    tr("%1: word/document.xml has no body; nothing was imported").arg(fileName));
    QList<Paragraph> paragraphs;
    QHash<QString, QList<int>> counters; // numId -> counter per level
    QString lastMain;
    int index = 0;
    std::function<void(pugi::xml_node, QString &)> runText = [&](pugi::xml_node node,
                                                                 QString &out) {
        for (pugi::xml_node c : node.children()) {
            if (isName(c, "del") || isName(c, "delText") || isName(c, "instrText") ||
                isName(c, "pPr") || isName(c, "rPr"))
                continue;
            if (isName(c, "t")) {
                out += str(c.child_value());
            } else if (isName(c, "tab")) {
                out += u'\t';
            } else if (isName(c, "br") || isName(c, "cr")) {
                out += u'\n';
            } else if (isName(c, "footnoteReference")) {
                const QString id = wattr(c, "id");
                out += u"^["_s + MarkupParser::escape(footnotes.value(id)) + u']';
            } else {
                runText(c, out);
            }
        }
    };
    std::function<void(pugi::xml_node)> collect = [&](pugi::xml_node node) {
        for (pugi::xml_node c : node.children()) {
            if (!isName(c, "p")) {
                if (isName(c, "tbl") || isName(c, "tr") || isName(c, "tc") || isName(c, "sdt") ||
                    isName(c, "sdtContent"))
                    collect(c);
                continue;
            }
            ++index;
            Paragraph p;
            //: The place of a problem in a Word file: %1 is the paragraph's position in it.
            p.place = tr("paragraph %1").arg(index);
            runText(c, p.text);
            const pugi::xml_node numPr = wchild(wchild(c, "pPr"), "numPr");
            const QString numId = wattr(wchild(numPr, "numId"), "val");
            bool levelOk = true;
            const QString ilvl = wattr(wchild(numPr, "ilvl"), "val");
            const int level = ilvl.isEmpty() ? 0 : ilvl.toInt(&levelOk);
            if (numPr && !numId.isEmpty() && numId != u"0" &&
                (!levelOk || level < 0 || level > kMaxListLevel)) {
                m_report.warning(p.place, tr("list level '%1' is not a Word list level (0 to %2): "
                                             "the paragraph's automatic number is ignored")
                                              .arg(ilvl.left(20))
                                              .arg(kMaxListLevel));
            } else if (numPr && !numId.isEmpty() && numId != u"0") {
                QString format = formats.value(numId).value(level);
                if (format.isEmpty())
                    format = level == 0 ? u"decimal"_s
                                        : (level == 1 ? u"lowerLetter"_s : u"lowerRoman"_s);
                if (format != u"bullet" && format != u"none") {
                    QList<int> &count = counters[numId];
                    count.resize(std::max<qsizetype>(count.size(), level + 1));
                    ++count[level];
                    for (qsizetype k = level + 1; k < count.size(); ++k)
                        count[k] = 0;
                    const QString value = formatNumber(format, count[level]);
                    if (level == 0) {
                        p.numbered = value;
                        lastMain = value;
                    } else {
                        p.numbered = lastMain + u'(' + value + u')';
                        p.autoSub = true;
                    }
                }
            }
            paragraphs.append(p);
        }
    };
    collect(body);
    build(paragraphs, fileName);
}

void DraftImporter::build(const QList<Paragraph> &paragraphs, const QString &fileName)
{
    m_clauses.clear();
    m_document = Document();
    m_document.kind = m_options.kind;
    m_document.symbol =
        m_options.symbol.isEmpty() ? QFileInfo(fileName).completeBaseName() : m_options.symbol;
    m_document.title = m_options.title;
    if (!m_options.process.isEmpty() && !m_workspace.processByCode(m_options.process))
        m_report.error(QString(), tr("unknown process '%1'").arg(m_options.process));

    struct Segment
    {
        qsizetype start; // offset in the clause text
        QString place;
        qsizetype column; // 0-based column in the source where the segment starts
    };
    QList<QList<Segment>> segments;
    QString main;
    int pp = 0;
    bool preamble = true;
    for (const Paragraph &p : paragraphs) {
        if (p.text.trimmed().isEmpty())
            continue;
        std::optional<Number> number;
        if (!p.numbered.isEmpty()) {
            number = Number{p.numbered, 0, p.autoSub};
            // The text may repeat the number as typed; take it out when it does.
            if (const auto typed = detectNumber(p.text, main); typed && typed->number == p.numbered)
                number->prefix = typed->prefix;
        } else {
            number = detectNumber(p.text, main);
        }
        if (number && number->subPoint && main.isEmpty())
            m_report.warning(p.place,
                             tr("sub-point %1 before any numbered paragraph").arg(number->number));
        if (number) {
            preamble = false;
            if (!number->subPoint)
                main = number->number;
            m_clauses.append({number->number, p.text.mid(number->prefix).trimmed()});
            qsizetype col = number->prefix;
            while (col < p.text.size() && p.text[col].isSpace())
                ++col;
            segments.append({{0, p.place, col}});
            continue;
        }
        if (preamble && m_document.title.isEmpty()) {
            m_document.title = p.text.simplified();
            continue;
        }
        qsizetype col = 0;
        while (col < p.text.size() && p.text[col].isSpace())
            ++col;
        if (preamble) {
            m_clauses.append({u"PP%1"_s.arg(++pp), p.text.trimmed()});
            segments.append({{0, p.place, col}});
            continue;
        }
        PlannedClause &last = m_clauses.last();
        if (!last.text.isEmpty())
            last.text += u'\n';
        segments.last().append({last.text.size(), p.place, col});
        last.text += p.text.trimmed();
    }

    if (m_document.symbol.trimmed().isEmpty())
        m_report.error(QString(), tr("the document needs a symbol"));
    else if (m_workspace.documentBySymbol(m_document.symbol))
        m_report.error(QString(), tr("the workspace already has a document %1 (choose another "
                                     "symbol)")
                                      .arg(m_document.symbol));
    if (m_document.title.isEmpty())
        m_document.title = m_document.symbol;
    if (m_clauses.isEmpty())
        m_report.error(QString(), tr("no paragraphs found in %1").arg(fileName));

    QHash<QString, int> numbers;
    const MarkupParser parser([this](QStringView code) {
        return m_workspace.states().byIso3(code) != nullptr || m_workspace.group(code) != nullptr;
    });
    for (qsizetype i = 0; i < m_clauses.size(); ++i) {
        const PlannedClause &c = m_clauses[i];
        if (numbers.contains(c.number))
            m_report.warning(segments[i].first().place,
                             tr("clause number %1 also numbers an earlier clause").arg(c.number));
        numbers.insert(c.number, int(i));
        const MarkupTree tree = parser.parse(c.text);
        for (const MarkupDiagnostic &d : tree.diagnostics()) {
            const QList<Segment> &segs = segments[i];
            qsizetype s = segs.size() - 1;
            while (s > 0 && segs[s].start > d.offset)
                --s;
            const qsizetype column = d.offset - segs[s].start + segs[s].column + 1;
            m_report.addProblem(d.isError() ? ImportReport::Severity::Warning
                                            : ImportReport::Severity::Info,
                                //: The place of a markup problem: %1 is the line or paragraph
                                //: ("line 12"), %2 the column.
                                tr("%1, column %2").arg(segs[s].place).arg(column),
                                //: %1 is the clause number, %2 the markup problem.
                                tr("clause %1: %2").arg(c.number, d.message));
        }
    }
    const int clauses = int(m_clauses.size());
    m_report.addCreated(
        m_document.kind == Document::Kind::ZeroDraft
            //: An item the import creates: %1 is the document's symbol, %2 its title.
            ? tr("document %1 \"%2\" (zero draft): %n clause(s)", nullptr, clauses)
                  .arg(m_document.symbol, m_document.title)
            //: An item the import creates: %1 is the document's symbol, %2 its title.
            : tr("document %1 \"%2\" (draft): %n clause(s)", nullptr, clauses)
                  .arg(m_document.symbol, m_document.title));
    m_read = true;
}

void DraftImporter::apply(Workspace &workspace)
{
    if (!m_read || &workspace != &m_workspace)
        throw Error(Error::Kind::Invalid, tr("import: read the file first"));
    if (m_report.hasErrors()) {
        m_report.setOutcome(ImportReport::Outcome::NotImported);
        throw Error(
            Error::Kind::Invalid,
            //: %1 is the file name.
            tr("%1: %n error(s) found; nothing was imported", nullptr, m_report.errorCount())
                .arg(m_report.fileName()));
    }
    auto batch = workspace.beginBatch();
    Document doc = m_document;
    if (const Process *p = workspace.processByCode(m_options.process))
        doc.processId = p->id;
    doc.id = workspace.addDocument(doc);
    for (const PlannedClause &planned : std::as_const(m_clauses)) {
        Clause c;
        c.documentId = doc.id;
        c.number = planned.number;
        c.text = planned.text;
        workspace.addClause(c, u"imported from %1"_s.arg(m_report.fileName()));
    }
    batch->commit();
    m_report.setOutcome(ImportReport::Outcome::Imported);
}

} // namespace Plenipo
