// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `plenipo search WORKSPACE QUERY [--kind ...] [--json]`, run as a user runs it.

#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSearchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(u"sample.plenipo"_s);
        const CliRun made = runPlenipo({u"new"_s, u"--sample"_s, m_sample});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }

    void textGroupsByKindAndMarksMatches()
    {
        const CliRun r = runPlenipo({u"search"_s, m_sample, u"\"critical infrastructure\""_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Clauses ("_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Norms ("_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"A/70/174 13(f): "_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\u00abcritical infrastructure\u00bb"_s, Qt::CaseInsensitive),
                 qPrintable(r.out));
        // Clauses come before norms.
        QVERIFY(r.out.indexOf(u"Clauses ("_s) < r.out.indexOf(u"Norms ("_s));
    }

    void jsonWithKindFilter()
    {
        const CliRun r =
            runPlenipo({u"search"_s, m_sample, u"TURKIYE"_s, u"--kind"_s, u"state"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray hits = o[u"hits"_s].toArray();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0][u"kind"_s].toString(), u"state"_s);
        QCOMPARE(hits[0][u"state"_s].toString(), u"TUR"_s);
        const QJsonArray match = hits[0][u"matches"_s].toArray()[0].toArray();
        QCOMPARE(hits[0][u"context"_s].toString().mid(match[0].toInt(), match[1].toInt()),
                 u"Türkiye"_s);
    }

    void internalNotesOnlyWhenAsked()
    {
        const CliRun hidden = runPlenipo(
            {u"search"_s, m_sample, u"circulation"_s, u"--kind"_s, u"position"_s, u"--json"_s});
        QVERIFY2(hidden.exitCode == 0, qPrintable(hidden.err));
        QCOMPARE(QJsonDocument::fromJson(hidden.out.toUtf8())[u"hits"_s].toArray().size(), 0);
        const CliRun shown = runPlenipo({u"search"_s, m_sample, u"circulation"_s, u"--kind"_s,
                                         u"position"_s, u"--include-internal"_s, u"--json"_s});
        const QJsonArray hits = QJsonDocument::fromJson(shown.out.toUtf8())[u"hits"_s].toArray();
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits[0][u"internal"_s].toBool());
        QVERIFY(!hits[0][u"clause"_s].toString().isEmpty());
    }

    void documentFilter()
    {
        const CliRun r = runPlenipo({u"search"_s, m_sample, u"state*"_s, u"--document"_s,
                                     u"A/70/174"_s, u"--json"_s, u"--limit"_s, u"500"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8())[u"hits"_s].toArray();
        QVERIFY(!hits.isEmpty());
        for (const QJsonValue &h : hits)
            QCOMPARE(h[u"document"_s].toString(), u"A/70/174"_s);
    }

    void badInputSaysWhatAndWhere()
    {
        const CliRun quote = runPlenipo({u"search"_s, m_sample, u"\"critical infra"_s});
        QCOMPARE(quote.exitCode, 1);
        QVERIFY2(quote.err.contains(u"column 1 is not closed"_s), qPrintable(quote.err));
        const CliRun kind =
            runPlenipo({u"search"_s, m_sample, u"core"_s, u"--kind"_s, u"treaty"_s});
        QCOMPARE(kind.exitCode, 2);
        QVERIFY2(kind.err.contains(u"unknown --kind 'treaty'"_s), qPrintable(kind.err));
        const CliRun none = runPlenipo({u"search"_s, m_sample, u"xylophone"_s});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains(u"No matches"_s));
        const CliRun missing = runPlenipo({u"search"_s, m_dir.filePath(u"none.plenipo"_s), u"x"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"does not exist"_s));
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
