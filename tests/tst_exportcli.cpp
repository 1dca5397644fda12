// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `plenipo export` and `plenipo compare --format docx`, run as a user runs them: the real
// executable, without a display.
#include "clirunner.h"

#include <KZip>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    using Run = CliRun;
    static Run run(const QStringList &args) { return runPlenipo(args); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = path(u"sample.plenipo"_s);
        const Run r = run({u"new"_s, u"--sample"_s, m_workspace});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("docx") << u"docx"_s << QByteArray("PK");
        QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF-");
        QTest::newRow("odt") << u"odt"_s << QByteArray("PK");
    }
    void exportsEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        const QString out = path(u"coalition."_s + format);
        const Run r = run({u"export"_s, m_workspace, u"--document"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s,
                           u"--format"_s, format, u"--coalition"_s, u"JS2019"_s, u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Exported SAMPLE/CONSEQ/2026/Rev.1 for JS2019 to"_s),
                 qPrintable(r.out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(magic));
        // the coalition can also be named by its name, case ignored
        const Run byName =
            run({u"export"_s, m_workspace, u"--document"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s,
                 u"--format"_s, format, u"--coalition"_s,
                 u"joint statement on advancing responsible state behavior in "
                 u"cyberspace (2019)"_s,
                 u"-o"_s, out});
        QVERIFY2(byName.exitCode == 0, qPrintable(byName.err));
        QVERIFY(byName.out.contains(u" for JS2019 "_s));
    }

    void mistakesAreExplained_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString doc = u"SAMPLE/CONSEQ/2026/Rev.1"_s;
        QTest::newRow("unknown format")
            << QStringList{u"--document"_s, doc, u"--format"_s, u"rtf"_s, u"-o"_s, u"x.rtf"_s} << 2
            << u"unknown format 'rtf'"_s;
        QTest::newRow("coalition with internal")
            << QStringList{u"--document"_s,  doc,         u"--format"_s,           u"docx"_s,
                           u"--coalition"_s, u"JS2019"_s, u"--include-internal"_s, u"-o"_s,
                           u"x.docx"_s}
            << 2 << u"never includes internal material"_s;
        QTest::newRow("unknown document")
            << QStringList{u"--document"_s, u"A/NO/SUCH"_s, u"--format"_s,
                           u"docx"_s,       u"-o"_s,        u"x.docx"_s}
            << 1 << u"no document 'A/NO/SUCH'"_s;
        QTest::newRow("unknown coalition")
            << QStringList{u"--document"_s,  doc,         u"--format"_s, u"docx"_s,
                           u"--coalition"_s, u"NOSUCH"_s, u"-o"_s,       u"x.docx"_s}
            << 1 << u"no coalition 'NOSUCH'"_s;
        QTest::newRow("no output") << QStringList{u"--document"_s, doc, u"--format"_s, u"docx"_s}
                                   << 2 << u"are required"_s;
    }
    void mistakesAreExplained()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        for (QString &a : args) {
            if (a.startsWith(u"x."_s))
                a = path(a);
        }
        const Run r = run(QStringList{u"export"_s, m_workspace} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(QDir(m_dir.path()).entryList({u"x.*"_s}), QStringList());
    }

    void compareWritesTrackedChanges()
    {
        const QString out = path(u"compare.docx"_s);
        const Run r = run({u"compare"_s, m_workspace, u"SAMPLE/CONSEQ/2026/ZD"_s,
                           u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"--format"_s, u"docx"_s, u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        KZip zip(out);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const auto *entry = zip.directory()->entry(u"word"_s);
        QVERIFY(entry && entry->isDirectory());
        const auto *document =
            static_cast<const KArchiveDirectory *>(entry)->file(u"document.xml"_s);
        QVERIFY(document);
        const QByteArray xml = document->data();
        QVERIFY(xml.contains("<w:ins w:id="));
        QVERIFY(xml.contains("<w:del w:id="));
        if (QStandardPaths::findExecutable(u"pandoc"_s).isEmpty())
            return;
        QProcess pandoc;
        pandoc.start(u"pandoc"_s,
                     {u"-f"_s, u"docx"_s, u"-t"_s, u"plain"_s, u"--track-changes=accept"_s, out});
        QVERIFY(pandoc.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(pandoc.readAllStandardOutput())
                    .simplified()
                    .contains(u"3 bis In deciding on a response"_s));

        const Run bad = run({u"compare"_s, m_workspace, u"SAMPLE/CONSEQ/2026/ZD"_s,
                             u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"--format"_s, u"pdf"_s, u"-o"_s, out});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(u"--format must be docx"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
