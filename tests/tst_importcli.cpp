// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `plenipo import` and the akn/csv formats of `plenipo export`, run as a separate process.
#include "clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    using Run = CliRun;
    static Run run(const QStringList &args) { return runPlenipo(args); }
    int positions(const QString &ws)
    {
        const Run r = run({u"info"_s, ws, u"--json"_s});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"positions"_s).toInt(-1);
    }
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

private Q_SLOTS:
    void unResolution()
    {
        const QString file = QStringLiteral(PLENIPO_SHARED_DIR) + u"/akn/examples/75_32_E.xml"_s;
        if (!QFile::exists(file))
            QSKIP("../shared/akn/examples is not beside the checkout");
        const QString ws = m_dir.filePath(u"un.plenipo"_s);
        QCOMPARE(run({u"new"_s, ws}).exitCode, 0);
        Run r = run({u"import"_s, ws, file, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"checked, nothing written yet"_s), qPrintable(r.out));
        QCOMPARE(positions(ws), 0);

        r = run({u"import"_s, ws, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(u"75_32_E.xml (akn): imported"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"document A/RES/75/32"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"163 in favour, 10 against, 7 abstaining"_s), qPrintable(r.out));
        const int after = positions(ws);
        QVERIFY(after > 0);

        r = run({u"import"_s, ws, file, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(u"outcome"_s).toString(), u"not-imported"_s);
        QVERIFY(report.value(u"errors"_s).toInt() >= 1);
        QVERIFY2(r.err.contains(u"nothing was imported"_s), qPrintable(r.err));
        QCOMPARE(positions(ws), after);

        // Export it again as Akoma Ntoso and as CSV.
        const QString akn = m_dir.filePath(u"out.xml"_s);
        r = run({u"export"_s, ws, u"--document"_s, u"A/RES/75/32"_s, u"--format"_s, u"akn"_s,
                 u"-o"_s, akn});
        if (r.exitCode != 0 && r.err.contains(u"unknown command"_s))
            QSKIP("plenipo export is not there yet");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(akn);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<statement name=\"resolution\">"));
        const QString csv = m_dir.filePath(u"out.csv"_s);
        r = run({u"export"_s, ws, u"--document"_s, u"A/RES/75/32"_s, u"--format"_s, u"csv"_s,
                 u"-o"_s, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(int(c.readAll().count('\n')) - 1, after);
    }

    void csvWithErrors()
    {
        const QString ws = m_dir.filePath(u"sample.plenipo"_s);
        QCOMPARE(run({u"new"_s, u"--sample"_s, ws}).exitCode, 0);
        const int before = positions(ws);
        const QString csv = write(u"p.csv"_s, "document,clause,alternative,state,stance\r\n"
                                              "SAMPLE/CONSEQ/2026/ZD,1,,BRA,supports\r\n"
                                              "SAMPLE/CONSEQ/2026/ZD,1,,Atlantis,supports\r\n");
        Run r = run({u"import"_s, ws, csv});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"error: line 3: unknown state 'Atlantis'"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"NOT imported"_s), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"--accept-valid"_s), qPrintable(r.err));
        QCOMPARE(positions(ws), before);
        r = run({u"import"_s, ws, csv, u"--accept-valid"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"imported the valid rows only"_s), qPrintable(r.out));
        QCOMPARE(positions(ws), before + 1);
    }

    void refusedInput()
    {
        const QString ws = m_dir.filePath(u"refuse.plenipo"_s);
        QCOMPARE(run({u"new"_s, ws}).exitCode, 0);
        const QString bad =
            write(u"evil.xml"_s, "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY b \"c\">]><a/>");
        Run r = run({u"import"_s, ws, bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"evil.xml: line 2: the XML declares a DTD"_s), qPrintable(r.err));
        r = run({u"import"_s, ws, bad, u"--format"_s, u"pdf"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"unknown format 'pdf'"_s), qPrintable(r.err));
    }

    void draft()
    {
        const QString ws = m_dir.filePath(u"draft.plenipo"_s);
        QCOMPARE(run({u"new"_s, ws}).exitCode, 0);
        const QString txt = write(u"draft.txt"_s, "A title\n1. States [shall][should] act.\n"
                                                  "2. Other {XXX} text.\n");
        const Run r = run({u"import"_s, ws, txt, u"--symbol"_s, u"D/1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(u"document D/1 \"A title\""_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"line 3, column 10: clause 2:"_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
