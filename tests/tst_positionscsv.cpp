// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CSV of positions: export (RFC 4180, what a coalition export leaves out) and import with its
// validation report (every kind of bad row with its line), all-or-nothing unless the valid rows
// are accepted.
#include "core/csvreader.h"
#include "core/error.h"
#include "exchange/fileimporter.h"
#include "exchange/positionscsvexporter.h"
#include "exchange/positionscsvimporter.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

const QString zd = u"SAMPLE/CONSEQ/2026/ZD"_s;

QByteArray exportCsv(const Workspace &ws, const QString &symbol, const QString &coalition = {},
                     bool internal = false)
{
    ExportOptions options;
    options.documentId = ws.documentBySymbol(symbol)->id;
    options.coalition = coalition;
    options.includeInternal = internal;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PositionsCsvExporter().write(ws, options, buffer);
    return buffer.data();
}

// Every position of the workspace, in a stable order, hashed.
QByteArray positionChecksum(const Workspace &ws)
{
    QStringList rows;
    for (const Document &d : ws.documents()) {
        for (const Clause &c : ws.clauses(d.id)) {
            for (const Position &p : ws.positions(c.id))
                rows.append(QStringList{QString::number(c.id), p.alternative, p.state,
                                        StanceText::key(p.stance), p.sourceKind, p.sourceText,
                                        p.sourceSymbol, p.sourceDate.toString(Qt::ISODate), p.note,
                                        p.internal ? u"1"_s : u"0"_s}
                                .join(u'\x1f'));
        }
    }
    rows.sort();
    return QCryptographicHash::hash(rows.join(u'\n').toUtf8(), QCryptographicHash::Sha256);
}

const QByteArray header = "document,clause,alternative,state,stance,source_kind,source_text,"
                          "source_symbol,source_date,note,internal\r\n";

} // namespace

class TestPositionsCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Workspace> sample()
    {
        return TestSupport::sampleWorkspace(m_dir.filePath(u"ws%1.plenipo"_s.arg(++m_counter)));
    }

private Q_SLOTS:
    void exportReadsBack()
    {
        auto ws = sample();
        const QByteArray csv = exportCsv(*ws, zd);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const CsvReader::Result read = CsvReader::parse(csv);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.records.first().fields, PositionsCsvExporter::columns());
        int expected = 0;
        for (const Clause &c : ws->clauses(ws->documentBySymbol(zd)->id)) {
            for (const Position &p : ws->positions(c.id))
                expected += p.internal ? 0 : 1;
        }
        QVERIFY(expected > 10);
        QCOMPARE(read.records.size() - 1, expected);
        for (const auto &r : read.records.mid(1)) {
            QCOMPARE(r.fields.size(), 11);
            QCOMPARE(r.fields[0], zd);
            QCOMPARE(r.fields[10], u"no"_s);
        }
    }

    void internalRows_data()
    {
        QTest::addColumn<QString>("coalition");
        QTest::addColumn<bool>("includeInternal");
        QTest::addColumn<bool>("expectMarker");
        QTest::newRow("default") << QString() << false << false;
        QTest::newRow("include internal") << QString() << true << true;
        QTest::newRow("coalition") << u"JS2019"_s << true << false;
    }
    void internalRows()
    {
        QFETCH(QString, coalition);
        QFETCH(bool, includeInternal);
        QFETCH(bool, expectMarker);
        auto ws = sample();
        const Clause c = ws->clauses(ws->documentBySymbol(zd)->id).first();
        Position p;
        p.clauseId = c.id;
        p.state = u"EST"_s; // a JS2019 member
        p.stance = Stance::Reservation;
        p.note = u"CSV-INTERNAL-MARKER"_s;
        p.internal = true;
        ws->setPosition(p);
        QCOMPARE(exportCsv(*ws, zd, coalition, includeInternal).contains("CSV-INTERNAL-MARKER"),
                 expectMarker);
    }

    void roundTrip()
    {
        // Export, change one stance in the file, import into the same sample: every row replaces
        // its position with the same values except the changed one.
        auto ws = sample();
        QByteArray csv = exportCsv(*ws, zd, {}, true);
        const QList<QByteArray> lines = csv.split('\n');
        QByteArray second = lines[1];
        QVERIFY(second.contains(",supports,") || second.contains(",objects,"));
        const QByteArray changed = second.contains(",supports,")
                                       ? QByteArray(second).replace(",supports,", ",can-accept,")
                                       : QByteArray(second).replace(",objects,", ",can-accept,");
        csv.replace(second, changed);
        const qsizetype before = ws->positionCount();
        FileImporter importer(*ws);
        importer.readData(csv, u"positions.csv"_s, FileImporter::Format::Csv);
        QVERIFY2(!importer.report().hasErrors(), qPrintable(importer.report().toText()));
        importer.apply(*ws);
        QCOMPARE(ws->positionCount(), before);
        const CsvReader::Result row = CsvReader::parse(changed);
        const Document *doc = ws->documentBySymbol(zd);
        bool found = false;
        for (const Clause &c : ws->clauses(doc->id)) {
            if (c.number != row.records[0].fields[1])
                continue;
            for (const Position &p : ws->positions(c.id)) {
                if (p.state == row.records[0].fields[3] &&
                    p.alternative == row.records[0].fields[2]) {
                    QCOMPARE(p.stance, Stance::CanAccept);
                    found = true;
                }
            }
        }
        QVERIFY(found);
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        const QByteArray good =
            "SAMPLE/CONSEQ/2026/ZD,1,,FRA,supports,statement,said,,2026-03-05,,no\r\n";
        QTest::newRow("unknown state")
            << good + "SAMPLE/CONSEQ/2026/ZD,1,,Atlantis,supports,,,,,,no\r\n"
            << u"line 3"_s << u"unknown state 'Atlantis'"_s;
        QTest::newRow("unknown clause")
            << good + "SAMPLE/CONSEQ/2026/ZD,99,,DEU,supports,,,,,,no\r\n"
            << u"line 3"_s << u"unknown clause '99'"_s;
        QTest::newRow("unknown document") << good + "X/1,1,,DEU,supports,,,,,,no\r\n"
                                          << u"line 3"_s << u"unknown document 'X/1'"_s;
        QTest::newRow("bad stance") << good + "SAMPLE/CONSEQ/2026/ZD,1,,DEU,loves,,,,,,no\r\n"
                                    << u"line 3"_s << u"bad stance 'loves'"_s;
        QTest::newRow("duplicate row")
            << good + "SAMPLE/CONSEQ/2026/ZD,2,,DEU,supports,,,,,,no\r\n" + good << u"line 4"_s
            << u"already on line 2"_s;
        QTest::newRow("duplicate by name")
            << good + "SAMPLE/CONSEQ/2026/ZD,1,,FRANCE,objects,,,,,,no\r\n"
            << u"line 3"_s << u"already on line 2"_s;
        QTest::newRow("unknown alternative")
            << good + "SAMPLE/CONSEQ/2026/ZD,1,g9.9,DEU,supports,,,,,,no\r\n"
            << u"line 3"_s << u"no alternative 'g9.9'"_s;
        QTest::newRow("bad date") << good +
                                         "SAMPLE/CONSEQ/2026/ZD,1,,DEU,supports,,,,5 March,,no\r\n"
                                  << u"line 3"_s << u"bad source_date '5 March'"_s;
        QTest::newRow("field count") << good + "SAMPLE/CONSEQ/2026/ZD,1,,DEU,supports\r\n"
                                     << u"line 3"_s << u"5 field(s), the header has 11"_s;
        QTest::newRow("after a quoted line break")
            << QByteArray("SAMPLE/CONSEQ/2026/ZD,1,,FRA,supports,statement,\"two\nlines\",,,,no\r\n"
                          "SAMPLE/CONSEQ/2026/ZD,1,,Atlantis,supports,,,,,,no\r\n")
            << u"line 4"_s << u"unknown state 'Atlantis'"_s;
    }
    void validation()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, place);
        QFETCH(QString, message);
        auto ws = sample();
        const QByteArray sum = positionChecksum(*ws);
        const qsizetype count = ws->positionCount();
        FileImporter importer(*ws);
        importer.readData(header + rows, u"bad.csv"_s, FileImporter::Format::Csv);
        const ImportReport &report = importer.report();
        QCOMPARE(report.errorCount(), 1);
        QCOMPARE(report.problems().first().place, place);
        QVERIFY2(report.problems().first().message.contains(message),
                 qPrintable(report.problems().first().message));
        QVERIFY(report.toText().contains(place + u": "_s + report.problems().first().message));
        // Errors: nothing is written...
        QVERIFY(!importer.canApply());
        QVERIFY_THROWS_EXCEPTION(Error, importer.apply(*ws));
        QCOMPARE(ws->positionCount(), count);
        QCOMPARE(positionChecksum(*ws), sum);
        // ... unless the user accepts the valid rows.
        QVERIFY(importer.offersValidRows());
        importer.apply(*ws, true);
        QCOMPARE(importer.report().outcome(), ImportReport::Outcome::ImportedValid);
        QVERIFY(positionChecksum(*ws) != sum);
    }

    void byteOrderMarkAndNames()
    {
        auto ws = sample();
        const QByteArray csv =
            "\xEF\xBB\xBF" + header +
            "SAMPLE/CONSEQ/2026/ZD,2,,T\xC3\x9CRK\xC4\xB0YE,reservation,"
            "statement,\"said, with a comma\",A/1,2026-01-02,\"a \"\"note\"\"\",yes\r\n";
        FileImporter importer(*ws);
        importer.readData(csv, u"bom.csv"_s, FileImporter::Format::Csv);
        QVERIFY2(!importer.report().hasErrors(), qPrintable(importer.report().toText()));
        importer.apply(*ws);
        const Document *doc = ws->documentBySymbol(zd);
        for (const Clause &c : ws->clauses(doc->id)) {
            if (c.number != u"2")
                continue;
            for (const Position &p : ws->positions(c.id)) {
                if (p.state == u"TUR" && p.alternative.isEmpty()) {
                    QCOMPARE(p.stance, Stance::Reservation);
                    QCOMPARE(p.sourceText, u"said, with a comma"_s);
                    QCOMPARE(p.note, u"a \"note\""_s);
                    QCOMPARE(p.sourceDate, QDate(2026, 1, 2));
                    QVERIFY(p.internal);
                    return;
                }
            }
        }
        QFAIL("the imported position is missing");
    }

    void badHeader()
    {
        auto ws = sample();
        FileImporter importer(*ws);
        importer.readData("document,clause,country,stance\r\nX,1,FRA,supports\r\n", u"h.csv"_s,
                          FileImporter::Format::Csv);
        QVERIFY(importer.report().hasErrors());
        QCOMPARE(importer.report().problems().first().place, u"line 1"_s);
        QVERIFY(importer.report().toText().contains(u"unknown column 'country'"_s));
        QVERIFY(!importer.canApply(true));
    }
};

QTEST_GUILESS_MAIN(TestPositionsCsv)
#include "tst_positionscsv.moc"
