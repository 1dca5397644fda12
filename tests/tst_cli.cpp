// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The command line, run as a user runs it: the real `plenipo` executable, without a display.
#include "clirunner.h"
#include "storage/schema.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Run = CliRun;
    static Run run(const QStringList &args) { return runPlenipo(args); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void version()
    {
        const Run r = run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"plenipo "_s));
    }

    void help()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"new"_s));
        QVERIFY(r.out.contains(u"info"_s));
        const Run sub = run({u"info"_s, u"--help"_s});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains(u"--json"_s));
    }

    void unknownCommandIsUsageError()
    {
        const QString missing = m_dir.filePath(u"nothing.plenipo"_s);
        const Run r = run({u"info"_s, u"--frobnicate"_s, missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"frobnicate"_s));
    }

    void sampleInfo()
    {
        const QString file = m_dir.filePath(u"sample.plenipo"_s);
        const Run created = run({u"new"_s, u"--sample"_s, file});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.out.contains(u"Created"_s));

        const Run text = run({u"info"_s, file});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"193 UN member states"_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"Norms:          11"_s));
        QVERIFY(text.out.contains(u"OEWG (2019-21)"_s));
        QVERIFY(text.out.contains(u"illustrative"_s));

        const Run json = run({u"info"_s, u"--json"_s, file});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o[u"states"_s].toObject()[u"unMembers"_s].toInt(), 193);
        QCOMPARE(o[u"norms"_s].toInt(), 11);
        QCOMPARE(o[u"processes"_s].toInt(), 8);
        QCOMPARE(o[u"documents"_s].toInt(), 3);
        QCOMPARE(o[u"schemaVersion"_s].toInt(), Schema::currentVersion());
        QVERIFY(o[u"clauses"_s].toInt() >= 30);
        QVERIFY(o[u"positions"_s].toInt() > 100);
        QVERIFY(o[u"sample"_s].toBool());
    }

    void plainNewHasStatesOnly()
    {
        const QString file = m_dir.filePath(u"plain.plenipo"_s);
        QCOMPARE(run({u"new"_s, file}).exitCode, 0);
        const QJsonObject o =
            QJsonDocument::fromJson(run({u"info"_s, u"--json"_s, file}).out.toUtf8()).object();
        QCOMPARE(o[u"states"_s].toObject()[u"unMembers"_s].toInt(), 193);
        QCOMPARE(o[u"groups"_s].toInt(), 5);
        QCOMPARE(o[u"documents"_s].toInt(), 0);
        QVERIFY(!o[u"sample"_s].toBool());
    }

    void newRefusesToOverwrite()
    {
        const QString file = m_dir.filePath(u"keep.plenipo"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        const Run r = run({u"new"_s, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"exists"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }

    void infoOnBadFileNamesFileAndReason()
    {
        const QString file = m_dir.filePath(u"notes.plenipo"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes");
        f.close();
        const Run r = run({u"info"_s, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"notes.plenipo"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"not a Plenipo workspace"_s));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
