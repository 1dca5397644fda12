// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Importers refuse hostile or broken input with a clear message (what and where) and leave the
// workspace exactly as it was: DTDs and entities, zip entries that expand beyond the limit,
// invalid UTF-8, oversized files, truncated or foreign XML, a file that is not a zip.
#include "core/error.h"
#include "exchange/fileimporter.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <KZip>

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

QByteArray unFile()
{
    QFile f(QStringLiteral(PLENIPO_SHARED_DIR) + u"/akn/examples/75_32_E.xml"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray zipWith(const QString &name, const QByteArray &content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    zip.open(QIODevice::WriteOnly);
    zip.writeFile(name, content);
    zip.close();
    return bytes;
}

// Counts of everything and a checksum of every position.
QByteArray state(const Workspace &ws)
{
    QStringList rows{QString::number(ws.documents().size()), QString::number(ws.clauseCount()),
                     QString::number(ws.positionCount()), QString::number(ws.groups().size()),
                     QString::number(ws.processes().size())};
    for (const Document &d : ws.documents()) {
        for (const Clause &c : ws.clauses(d.id)) {
            rows.append(c.number + u'|' + c.text);
            for (const Position &p : ws.positions(c.id))
                rows.append(QStringList{QString::number(c.id), p.alternative, p.state,
                                        StanceText::key(p.stance), p.sourceText, p.note}
                                .join(u'|'));
        }
    }
    rows.sort();
    return QCryptographicHash::hash(rows.join(u'\n').toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

class TestImportSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void refused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("format");
        QTest::addColumn<qint64>("maxFile");
        QTest::addColumn<qint64>("maxExpanded");
        QTest::addColumn<QString>("message");
        const qint64 big = 32 * 1024 * 1024;
        const QByteArray un = unFile();
        const int akn = int(FileImporter::Format::Akn);
        const int docx = int(FileImporter::Format::Docx);
        const int csv = int(FileImporter::Format::Csv);
        const int txt = int(FileImporter::Format::Text);
        QTest::newRow("DTD with entities (billion laughs)")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
                          "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n<akomaNtoso>&lol2;"
                          "</akomaNtoso>")
            << akn << big << big << u"line 2: the XML declares a DTD or entities"_s;
        QTest::newRow("entity without doctype")
            << QByteArray("<akomaNtoso>\n<!ENTITY x \"y\"></akomaNtoso>") << akn << big << big
            << u"line 2: the XML declares a DTD or entities"_s;
        QTest::newRow("truncated XML")
            << un.left(un.size() / 2) << akn << big << big << u"not well-formed XML"_s;
        QTest::newRow("not Akoma Ntoso")
            << QByteArray("<?xml version=\"1.0\"?><html><body/></html>") << akn << big << big
            << u"not an Akoma Ntoso 3.0 document"_s;
        QTest::newRow("invalid UTF-8 in XML")
            << QByteArray("<akomaNtoso>\n<p>caf\xE9</p></akomaNtoso>") << akn << big << big
            << u"line 2, column 7: the file is not valid UTF-8"_s;
        QTest::newRow("invalid UTF-8 in CSV")
            << QByteArray("document,clause,state,stance\r\nA,1,C\xF4te,supports\r\n") << csv << big
            << big << u"line 2, column 6: the file is not valid UTF-8"_s;
        QTest::newRow("invalid UTF-8 in text")
            << QByteArray("Title\n1. ok\n2. over\xC0\xAFlong\n") << txt << big << big
            << u"line 3, column 8: the file is not valid UTF-8"_s;
        QTest::newRow("oversized file")
            << un << akn << qint64(4096) << big << u"larger than the 4 KB an import accepts"_s;
        QTest::newRow("zip entry expanding beyond the limit")
            << zipWith(u"word/document.xml"_s, QByteArray(8 * 1024 * 1024, ' ')) << docx << big
            << qint64(1024 * 1024) << u"the zip entry word/document.xml expands to 8.0 MB"_s;
        QTest::newRow("not a zip") << QByteArray("PK but not really a zip") << docx << big << big
                                   << u"not a Word file (.docx)"_s;
        QTest::newRow("docx with a DTD")
            << zipWith(u"word/document.xml"_s,
                       "<?xml version=\"1.0\"?>\n<!DOCTYPE w [<!ENTITY a \"b\">]><w:document/>")
            << docx << big << big << u"word/document.xml: line 2: the XML declares a DTD"_s;
    }
    void refused()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, format);
        QFETCH(qint64, maxFile);
        QFETCH(qint64, maxExpanded);
        QFETCH(QString, message);
        if (data.isEmpty())
            QSKIP("../shared/akn/examples is not beside the checkout");
        auto ws = TestSupport::sampleWorkspace(m_dir.filePath(
            QString::fromLatin1(QTest::currentDataTag()).remove(u' ') + u".plenipo"_s));
        const QByteArray before = state(*ws);
        FileImporter::Options options;
        options.limits.maxFileBytes = maxFile;
        options.limits.maxExpandedBytes = maxExpanded;
        options.draft.symbol = u"X/1"_s;
        FileImporter importer(*ws, options);
        bool refused = false;
        try {
            importer.readData(data, u"input.file"_s, FileImporter::Format(format));
        } catch (const Error &e) {
            refused = true;
            QCOMPARE(e.kind(), Error::Kind::Invalid);
            QVERIFY2(e.message().contains(u"input.file"_s), qPrintable(e.message()));
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
        QVERIFY(refused);
        QVERIFY(!importer.canApply(true));
        QVERIFY_THROWS_EXCEPTION(Error, importer.apply(*ws, true));
        QCOMPARE(state(*ws), before);
    }

    void oversizedFileOnDisk()
    {
        // The size is checked before the file is read.
        const QString path = m_dir.filePath(u"big.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200 * 1024, 'x'));
        f.close();
        auto ws = Workspace::create(m_dir.filePath(u"disk.plenipo"_s),
                                    [](Workspace &w) { SampleBuilder::addStates(w); });
        FileImporter::Options options;
        options.limits.maxFileBytes = 100 * 1024;
        FileImporter importer(*ws, options);
        QVERIFY_THROWS_EXCEPTION(Error, importer.read(path));
        try {
            importer.read(path);
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"the file is 200 KB, more than the 100 KB"_s),
                     qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestImportSafety)
#include "tst_importsafety.moc"
