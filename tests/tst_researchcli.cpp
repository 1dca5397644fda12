// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `plenipo import DIR`, `plenipo votes` and `plenipo trace`, run as a user runs them.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestResearchCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        const QString examples = QStringLiteral(PLENIPO_SHARED_DIR) + u"/akn/examples"_s;
        if (!QDir(examples).exists())
            QSKIP("../shared/akn/examples is not beside the checkout");
        m_ws = m_dir.filePath(u"ws.plenipo"_s);
        QCOMPARE(runPlenipo({u"new"_s, u"--sample"_s, m_ws}).exitCode, 0);
        // A folder: both example resolutions in one run.
        const CliRun r = runPlenipo({u"import"_s, m_ws, examples});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(u"total: 2 file(s): 2 imported"_s));
        QVERIFY(r.out.contains(u"A/RES/75/32"_s));
    }

    void secondRunSkips()
    {
        const QString examples = QStringLiteral(PLENIPO_SHARED_DIR) + u"/akn/examples"_s;
        const CliRun again = runPlenipo({u"import"_s, m_ws, examples, u"--json"_s});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject total =
            QJsonDocument::fromJson(again.out.toUtf8()).object()[u"total"_s].toObject();
        QCOMPARE(total[u"skipped"_s].toInt(), 2);
        QCOMPARE(total[u"imported"_s].toInt(), 0);
        const CliRun replaced = runPlenipo({u"import"_s, m_ws, examples, u"--replace"_s});
        QCOMPARE(replaced.exitCode, 0);
        QVERIFY(replaced.out.contains(u"2 replaced"_s));
    }

    void votesClosestAndMap()
    {
        const CliRun r = runPlenipo({u"votes"_s, m_ws, u"--closest"_s, u"USA"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[u"votes"_s].toInt(), 2);
        const QJsonArray list = o[u"byAgreement"_s].toArray();
        QCOMPARE(list.size(), 192);
        QVERIFY(list.first().toObject()[u"agreement"_s].toDouble() >=
                list.last().toObject()[u"agreement"_s].toDouble());
        const CliRun map = runPlenipo({u"votes"_s, m_ws, u"--map"_s, u"--csv"_s});
        QCOMPARE(map.exitCode, 0);
        QVERIFY(map.out.startsWith(u"iso3,x,y,bloc,regional_group"_s));
        QCOMPARE(map.out.count(u'\n'), 194);
        // The political groups of the sample against the blocs: the EU's 27 members are counted.
        const CliRun mapJson = runPlenipo({u"votes"_s, m_ws, u"--map"_s, u"--json"_s});
        QCOMPARE(mapJson.exitCode, 0);
        bool eu = false;
        for (const QJsonValue &g : QJsonDocument::fromJson(mapJson.out.toUtf8())
                                       .object()[u"politicalGroupsInBlocs"_s]
                                       .toArray()) {
            if (g[u"group"_s].toString() == u"EU") {
                eu = true;
                QCOMPARE(g[u"members"_s].toInt(), 27);
                QVERIFY(g[u"share"_s].toDouble() > 0.5 && g[u"share"_s].toDouble() <= 1.0);
            }
        }
        QVERIFY(eu);
        const QString png = m_dir.filePath(u"heat.png"_s);
        QCOMPARE(runPlenipo({u"votes"_s, m_ws, u"--agreement"_s, u"--png"_s, png}).exitCode, 0);
        QVERIFY(QFile(png).size() > 1000);
        QCOMPARE(runPlenipo({u"votes"_s, m_ws}).exitCode, 2);
        QCOMPARE(runPlenipo({u"votes"_s, m_ws, u"--closest"_s, u"XXX"_s}).exitCode, 1);
        QCOMPARE(runPlenipo({u"votes"_s, m_ws, u"--map"_s, u"--since"_s, u"90"_s}).exitCode, 1);
    }

    // The likely stances from the command line: a document as a whole (the states absent from
    // its recorded vote), a clause, an alternative; always marked as predictions.
    void votesLikely()
    {
        const CliRun doc =
            runPlenipo({u"votes"_s, m_ws, u"--likely"_s, u"A/RES/75/32"_s, u"--json"_s});
        QVERIFY2(doc.exitCode == 0, qPrintable(doc.err));
        const QJsonObject o = QJsonDocument::fromJson(doc.out.toUtf8()).object();
        QVERIFY(o[u"predicted"_s].toBool());
        const int silent =
            int(o[u"predictions"_s].toArray().size() + o[u"unpredicted"_s].toArray().size());
        QCOMPARE(o[u"spoken"_s].toInt() + silent, o[u"members"_s].toInt());
        QVERIFY(silent > 0); // some states were absent from the vote
        for (const QJsonValue &p : o[u"predictions"_s].toArray()) {
            const QString choice = p.toObject()[u"likelyChoice"_s].toString();
            QVERIFY2(choice == u"yes" || choice == u"no" || choice == u"abstain",
                     qPrintable(choice));
            QVERIFY(p.toObject()[u"confidence"_s].toDouble() > 0);
        }
        const CliRun text = runPlenipo({u"votes"_s, m_ws, u"--likely"_s, u"A/RES/75/32#1"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(u"(predicted"_s), qPrintable(text.out));
        // The sample's zero draft: nobody spoke on the whole of its clauses, some on an
        // alternative.
        const CliRun alt =
            runPlenipo({u"votes"_s, m_ws, u"--likely"_s, u"SAMPLE/CONSEQ/2026/ZD#3"_s,
                        u"--alternative"_s, u"g3.1"_s, u"--json"_s});
        QCOMPARE(alt.exitCode, 0);
        const QJsonObject a = QJsonDocument::fromJson(alt.out.toUtf8()).object();
        QVERIFY(!a[u"nobodySpoke"_s].toBool());
        QVERIFY(a[u"spoken"_s].toInt() > 0);
        QCOMPARE(a[u"spoken"_s].toInt() + a[u"predictions"_s].toArray().size() +
                     a[u"unpredicted"_s].toArray().size(),
                 a[u"members"_s].toInt());
        const CliRun whole = runPlenipo(
            {u"votes"_s, m_ws, u"--likely"_s, u"SAMPLE/CONSEQ/2026/ZD#3"_s, u"--json"_s});
        QVERIFY(QJsonDocument::fromJson(whole.out.toUtf8()).object()[u"nobodySpoke"_s].toBool());
        QCOMPARE(runPlenipo({u"votes"_s, m_ws, u"--likely"_s, u"A/RES/75/32#99"_s}).exitCode, 1);
        QCOMPARE(runPlenipo({u"votes"_s, m_ws, u"--likely"_s, u"NO/SUCH"_s}).exitCode, 1);
        QCOMPARE(runPlenipo({u"votes"_s, m_ws, u"--alternative"_s, u"g1.1"_s}).exitCode, 2);
    }

    // The measured accuracy, per session and overall, with the regional-group baseline.
    void votesAccuracy()
    {
        const CliRun r = runPlenipo({u"votes"_s, m_ws, u"--accuracy"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray a =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[u"leaveOneOut"_s].toArray();
        QVERIFY(!a.isEmpty());
        const QJsonObject overall = a.last().toObject();
        QCOMPARE(overall[u"range"_s].toString(), u"overall"_s);
        QCOMPARE(overall[u"votes"_s].toInt(), 2);
        QVERIFY(overall[u"choices"_s].toInt() > 100);
        QVERIFY(overall[u"correct"_s].toInt() <= overall[u"choices"_s].toInt());
        const double accuracy = overall[u"accuracy"_s].toDouble();
        QVERIFY(accuracy >= 0 && accuracy <= 1);
        const CliRun text = runPlenipo({u"votes"_s, m_ws, u"--accuracy"_s});
        QVERIFY(text.out.contains(u"overall: "_s));
    }

    void traceAClause()
    {
        const CliRun r = runPlenipo({u"trace"_s, m_ws, u"A/RES/75/32#1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray matches = o[u"matches"_s].toArray();
        QVERIFY(!matches.isEmpty());
        QCOMPARE(matches.first().toObject()[u"symbol"_s].toString(), u"A/RES/75/32"_s);
        QCOMPARE(matches.first().toObject()[u"similarity"_s].toDouble(), 1.0);
        const CliRun norm = runPlenipo({u"trace"_s, m_ws, u"GGE2015-13f"_s, u"--csv"_s});
        QCOMPARE(norm.exitCode, 0);
        QVERIFY(norm.out.startsWith(u"document,paragraph,similarity,jaccard,diff"_s));
        QVERIFY(norm.out.contains(u"A/70/174,13(f),1.000"_s));
        const CliRun table = runPlenipo({u"trace"_s, m_ws, u"--table"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith(u"norm,document,best_paragraph,similarity"_s));
        QCOMPARE(runPlenipo({u"trace"_s, m_ws, u"NOPE#1"_s}).exitCode, 1);
        QCOMPARE(runPlenipo({u"trace"_s, m_ws, u"GGE2015-13f"_s, u"--min-similarity"_s, u"2"_s})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestResearchCli)
#include "tst_researchcli.moc"
