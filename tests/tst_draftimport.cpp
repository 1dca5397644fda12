// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Draft import from plain text and Word: numbering detection, title and preamble, continuation
// lines, brackets kept, markup diagnostics with line and column.
#include "core/error.h"
#include "exchange/draftimporter.h"
#include "exchange/fileimporter.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"

#include <KZip>

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

QByteArray docx(const QByteArray &documentXml, const QByteArray &footnotesXml = {},
                const QByteArray &numberingXml = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    zip.open(QIODevice::WriteOnly);
    zip.writeFile(u"[Content_Types].xml"_s,
                  "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                  "package/2006/content-types\"/>");
    zip.writeFile(u"word/document.xml"_s, documentXml);
    if (!footnotesXml.isEmpty())
        zip.writeFile(u"word/footnotes.xml"_s, footnotesXml);
    if (!numberingXml.isEmpty())
        zip.writeFile(u"word/numbering.xml"_s, numberingXml);
    zip.close();
    return bytes;
}

QByteArray wordDocument(const QByteArray &paragraphs)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
           "openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
           paragraphs + "</w:body></w:document>";
}

QByteArray p(const QByteArray &text)
{
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

} // namespace

class TestDraftImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Workspace> fresh()
    {
        return Workspace::create(m_dir.filePath(u"ws%1.plenipo"_s.arg(++m_counter)),
                                 [](Workspace &w) { SampleBuilder::addStates(w); });
    }

private Q_SLOTS:
    void detectNumber_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("main");
        QTest::addColumn<QString>("number"); // empty: no number
        QTest::addColumn<QString>("rest");
        QTest::newRow("1.") << u"1. States should"_s << QString() << u"1"_s << u"States should"_s;
        QTest::newRow("1)") << u"1) States"_s << QString() << u"1"_s << u"States"_s;
        QTest::newRow("tab") << u"2\tStates"_s << QString() << u"2"_s << u"States"_s;
        QTest::newRow("13 bis") << u"13 bis States"_s << QString() << u"13 bis"_s << u"States"_s;
        QTest::newRow("13 bis.") << u"13 bis. States"_s << QString() << u"13 bis"_s << u"States"_s;
        QTest::newRow("13(f)") << u"13(f) States"_s << QString() << u"13(f)"_s << u"States"_s;
        QTest::newRow("13 (f)") << u"13 (f) States"_s << QString() << u"13(f)"_s << u"States"_s;
        QTest::newRow("(a)") << u"(a) To be guided"_s << u"13"_s << u"13(a)"_s << u"To be guided"_s;
        QTest::newRow("OP3") << u"OP3 Decides"_s << QString() << u"OP3"_s << u"Decides"_s;
        QTest::newRow("OP 3.") << u"OP 3. Decides"_s << QString() << u"OP3"_s << u"Decides"_s;
        QTest::newRow("PP2") << u"PP2 Recalling"_s << QString() << u"PP2"_s << u"Recalling"_s;
        QTest::newRow("4.2") << u"4.2 States"_s << QString() << u"4.2"_s << u"States"_s;
        QTest::newRow("bracket first") << u"3. [States][All States] should"_s << QString() << u"3"_s
                                       << u"[States][All States] should"_s;
        QTest::newRow("a year is prose")
            << u"2019 was a year"_s << QString() << QString() << QString();
        QTest::newRow("prose") << u"States should"_s << QString() << QString() << QString();
        QTest::newRow("option is no number")
            << u"Option 1: States"_s << QString() << QString() << QString();
    }
    void detectNumber()
    {
        QFETCH(QString, paragraph);
        QFETCH(QString, main);
        QFETCH(QString, number);
        QFETCH(QString, rest);
        const auto n = DraftImporter::detectNumber(paragraph, main);
        QCOMPARE(bool(n), !number.isEmpty());
        if (n) {
            QCOMPARE(n->number, number);
            QCOMPARE(paragraph.mid(n->prefix), rest);
        }
    }

    void plainText()
    {
        auto ws = fresh();
        const QByteArray text = "Joint statement on ICT security\n"
                                "\n"
                                "Recalling the 2015 report,\n"
                                "1. States [shall][should] cooperate.\n"
                                "2. States should:\n"
                                "(a) share information;\n"
                                "(b) assist [each other.\n"
                                "3 bis The Group recommends that:\n"
                                "Option 1: States act.\n"
                                "Option 2: States may act.\n";
        FileImporter::Options options;
        options.draft.symbol = u"DRAFT/1"_s;
        FileImporter importer(*ws, options);
        importer.readData(text, u"draft.txt"_s, FileImporter::Format::Text);
        const ImportReport &report = importer.report();
        QVERIFY2(!report.hasErrors(), qPrintable(report.toText()));
        const auto &clauses = importer.draftImporter()->clauses();
        QStringList numbers;
        for (const auto &c : clauses)
            numbers.append(c.number);
        QCOMPARE(numbers,
                 (QStringList{u"PP1"_s, u"1"_s, u"2"_s, u"2(a)"_s, u"2(b)"_s, u"3 bis"_s}));
        QCOMPARE(importer.draftImporter()->document().title, u"Joint statement on ICT security"_s);
        QCOMPARE(clauses[1].text, u"States [shall][should] cooperate."_s);
        QCOMPARE(clauses[5].text,
                 u"The Group recommends that:\nOption 1: States act.\nOption 2: States may act."_s);
        // The unclosed bracket: a markup diagnostic at line 7, column 12 of the file.
        bool found = false;
        for (const auto &p : report.problems()) {
            if (p.message.contains(u"2(b)"_s)) {
                QCOMPARE(p.place, u"line 7, column 12"_s);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(report.toText()));
        importer.apply(*ws);
        const Document *doc = ws->documentBySymbol(u"DRAFT/1"_s);
        QVERIFY(doc);
        QCOMPARE(ws->clauses(doc->id).size(), 6);
        QCOMPARE(ws->clauses(doc->id)[4].text, u"assist [each other."_s);
    }

    void word()
    {
        auto ws = fresh();
        const QByteArray numbering =
            "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/"
            "wordprocessingml/2006/main\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl "
            "w:ilvl=\"0\"><w:numFmt w:val=\"decimal\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:numFmt "
            "w:val=\"lowerLetter\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId "
            "w:val=\"0\"/></w:num></w:numbering>";
        const QByteArray footnotes =
            "<?xml version=\"1.0\"?><w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/"
            "wordprocessingml/2006/main\"><w:footnote w:id=\"2\"><w:p><w:r><w:t>See "
            "A/70/174.</w:t></w:r></w:p></w:footnote></w:footnotes>";
        auto numbered = [](int level, const QByteArray &text) {
            return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + QByteArray::number(level) +
                   "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>" + text +
                   "</w:t></w:r></w:p>";
        };
        const QByteArray body =
            p("Draft on norms") + p("13(f) States should not [knowingly] support.") +
            "<w:p><w:r><w:t xml:space=\"preserve\">14. Kept </w:t></w:r><w:del><w:r><w:delText>"
            "deleted </w:delText></w:r></w:del><w:ins><w:r><w:t>inserted</w:t></w:r></w:ins>"
            "<w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>" +
            numbered(0, "Auto one") + numbered(1, "auto sub") + numbered(0, "Auto two");
        FileImporter::Options options;
        options.draft.symbol = u"WORD/1"_s;
        FileImporter importer(*ws, options);
        importer.readData(docx(wordDocument(body), footnotes, numbering), u"draft.docx"_s,
                          FileImporter::Format::Docx);
        QVERIFY2(!importer.report().hasErrors(), qPrintable(importer.report().toText()));
        const auto &clauses = importer.draftImporter()->clauses();
        QCOMPARE(importer.draftImporter()->document().title, u"Draft on norms"_s);
        QCOMPARE(clauses.size(), 5);
        QCOMPARE(clauses[0].number, u"13(f)"_s);
        QCOMPARE(clauses[0].text, u"States should not [knowingly] support."_s);
        QCOMPARE(clauses[1].number, u"14"_s);
        QCOMPARE(clauses[1].text, u"Kept inserted^[See A/70/174.]"_s);
        QCOMPARE(clauses[2].number, u"1"_s);
        QCOMPARE(clauses[3].number, u"1(a)"_s);
        QCOMPARE(clauses[4].number, u"2"_s);
        importer.apply(*ws);
        QCOMPARE(ws->clauses(ws->documentBySymbol(u"WORD/1"_s)->id).size(), 5);
    }

    void symbolTaken()
    {
        auto ws = fresh();
        FileImporter::Options options;
        options.draft.symbol = u"D/1"_s;
        FileImporter first(*ws, options);
        first.readData("Title\n1. Text\n", u"d.txt"_s, FileImporter::Format::Text);
        first.apply(*ws);
        FileImporter second(*ws, options);
        second.readData("Title\n1. Other\n", u"d.txt"_s, FileImporter::Format::Text);
        QVERIFY(second.report().toText().contains(u"already has a document D/1"_s));
        QVERIFY_THROWS_EXCEPTION(Error, second.apply(*ws));
        QCOMPARE(ws->clauseCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDraftImport)
#include "tst_draftimport.moc"
