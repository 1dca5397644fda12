// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `plenipo consensus` on the sample: its JSON is the engine's analysis (ConsensusReport), and
// bad arguments get clear messages.
#include "clirunner.h"
#include "consensus/consensusengine.h"
#include "consensus/consensusreport.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestConsensusCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cliJsonAgreesWithEngine_data()
    {
        QTest::addColumn<QString>("process");
        QTest::newRow("document's process") << QString();
        QTest::newRow("OEWG") << u"OEWG-2021-25"_s;
    }
    void cliJsonAgreesWithEngine()
    {
        QFETCH(QString, process);
        const QString file = m_dir.filePath(u"cli-sample.plenipo"_s);
        if (!QFile::exists(file))
            TestSupport::sampleWorkspace(file);
        QStringList args{u"consensus"_s, file, u"--document"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s,
                         u"--json"_s};
        if (!process.isEmpty())
            args << u"--process"_s << process;
        const CliRun r = runPlenipo(args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject cli = QJsonDocument::fromJson(r.out.toUtf8()).object();

        const auto ws = Workspace::open(file, Workspace::Access::ReadOnly);
        ConsensusEngine engine(*ws);
        engine.setProcess(*ws->processByCode(process.isEmpty() ? u"LMC-CONSEQ"_s : process));
        engine.setDocument(ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1")->id);
        const QJsonObject expected =
            ConsensusReport::toJson(engine, process.isEmpty() ? u"LMC-CONSEQ"_s : process);
        QCOMPARE(cli, expected);
        // Spot checks that a reader would do.
        const QJsonArray clauses = cli[u"clauses"_s].toArray();
        QCOMPARE(clauses.size(), 10);
        QCOMPARE(clauses[1].toObject()[u"status"_s].toString(), u"blocked"_s);
        QCOMPARE(clauses[1].toObject()[u"blockers"_s].toArray().first().toString(), u"GBR"_s);
    }

    void cliErrors()
    {
        const QString file = m_dir.filePath(u"cli-sample.plenipo"_s);
        if (!QFile::exists(file))
            TestSupport::sampleWorkspace(file);
        CliRun r = runPlenipo({u"consensus"_s, file, u"--document"_s, u"NO/SUCH"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"no document 'NO/SUCH'"_s));
        r = runPlenipo({u"consensus"_s, file});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestConsensusCli)
#include "tst_consensuscli.moc"
