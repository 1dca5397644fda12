// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Comparison of documents, clauses, revisions and norms by reference, as `plenipo compare` and
// the comparison view do it, with hand-checked expectations on the sample.
#include "clirunner.h"
#include "commands/setclausetextcommand.h"
#include "compare/comparison.h"
#include "core/error.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestComparison : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_file;

    const Comparison::Entry *entryFor(const Comparison &c, const QString &newNumber) const
    {
        for (const Comparison::Entry &e : c.entries()) {
            if (e.newNumber == newNumber)
                return &e;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"sample.plenipo"_s);
        m_ws = TestSupport::sampleWorkspace(m_file);
    }

    void normAgainstLinkedProposal()
    {
        const Comparison c =
            Comparison::compare(*m_ws, u"GGE2015-13f"_s, u"SAMPLE/CONSEQ/2026/Rev.1#7"_s);
        QVERIFY(!c.isDocumentComparison());
        QCOMPARE(c.oldSide().label, u"A/70/174 para. 13(f)"_s);
        QCOMPARE(c.entries().size(), 1);
        const Comparison::Entry &e = c.entries().first();
        QVERIFY(e.changed());
        QVERIFY(e.pair.renumbered);
        const QString inlineText = e.diff.toInline();
        // Hand-checked: "should" became the alternatives, healthcare facilities were added, the
        // rest of the 2015 wording is kept.
        QVERIFY2(inlineText.startsWith(u"A State {-should-}{+[shall][should]+} not conduct or "
                                       u"knowingly support ICT activity"_s),
                 qPrintable(inlineText));
        QVERIFY(
            inlineText.contains(u"critical infrastructure{+, including healthcare facilities,+} "
                                u"or otherwise impairs"_s));
        QCOMPARE(e.diff.summary().wordsRemoved, 1);
        QCOMPARE(e.diff.summary().alternativesIntroduced, 1);
    }

    void documentsAlignedThroughLineage()
    {
        const Comparison c =
            Comparison::compare(*m_ws, u"SAMPLE/CONSEQ/2026/ZD"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        QVERIFY(c.isDocumentComparison());
        const Comparison::Totals &t = c.totals();
        const int zd =
            int(m_ws->clauses(m_ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/ZD"_s)->id).size());
        const int rev1 =
            int(m_ws->clauses(m_ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s)->id).size());
        QCOMPARE(t.clausesMatched + t.clausesDeleted, zd);
        QCOMPARE(t.clausesMatched + t.clausesInserted, rev1);
        QCOMPARE(t.clausesInserted, 1); // 3 bis
        QCOMPARE(t.clausesDeleted, 1);  // zero-draft 5
        QVERIFY(t.clausesRenumbered >= 4);
        const Comparison::Entry *bis = entryFor(c, u"3 bis"_s);
        QVERIFY(bis);
        QCOMPARE(bis->pair.match, ClauseAligner::Match::Inserted);
        QCOMPARE(bis->status(), u"inserted"_s);
        // Zero-draft 6 became Rev.1 5: matched through lineage although renumbered.
        const Comparison::Entry *five = entryFor(c, u"5"_s);
        QVERIFY(five);
        QCOMPARE(five->oldNumber, u"6"_s);
        QVERIFY(five->status().contains(u"renumbered"_s));
        // The draft lost brackets from zero draft to Rev.1.
        QVERIFY(t.words.bracketsResolved > t.words.bracketsIntroduced);
    }

    void revisionsOfAClause()
    {
        auto ws = TestSupport::sampleWorkspace(m_dir.filePath(u"rev.plenipo"_s));
        const Document *d = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        const Clause c = ws->clauses(d->id).at(2);
        const QString text = c.text;
        ws->undoStack()->push(new SetClauseTextCommand(
            *ws, c.id, QString(text).replace(u"[will][may]"_s, u"may"_s), u"agreed may"_s));
        const QString ref = u"SAMPLE/CONSEQ/2026/Rev.1#%1"_s.arg(c.number);
        const Comparison cmp = Comparison::compare(*ws, ref + u"@1"_s, ref + u"@2"_s);
        QCOMPARE(cmp.oldSide().revision, 1);
        QCOMPARE(cmp.newSide().revision, 2);
        const WordDiff::Summary &s = cmp.entries().first().diff.summary();
        QCOMPARE(s.alternativesResolved, 1);
        QCOMPARE(s.bracketsResolved, 2);
        QVERIFY(cmp.entries().first().diff.toInline().contains(u"{-[will][may]-}{+may+}"_s));
        // Without @N a clause reference is its current text.
        QCOMPARE(Comparison::resolve(*ws, ref).revision, 2);
    }

    void badReferences_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown document")
            << u"X/1"_s << u"A/70/174"_s << u"neither a document symbol nor a norm code"_s;
        QTest::newRow("unknown paragraph")
            << u"A/70/174#14(z)"_s << u"A/70/174#13(a)"_s << u"has no paragraph 14(z)"_s;
        QTest::newRow("unknown revision")
            << u"A/70/174#13(a)@9"_s << u"A/70/174#13(a)"_s << u"1 revision(s)"_s;
        QTest::newRow("bad revision")
            << u"A/70/174#13(a)@x"_s << u"A/70/174#13(a)"_s << u"@1, @2"_s;
        QTest::newRow("mixed kinds") << u"A/70/174"_s << u"A/70/174#13(a)"_s << u"not alike"_s;
    }
    void badReferences()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, words);
        try {
            Comparison::compare(*m_ws, a, b);
            QFAIL("should have failed");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(words), qPrintable(e.message()));
        }
    }

    void commandLine()
    {
        CliRun r =
            runPlenipo({u"compare"_s, m_file, u"GGE2015-13f"_s, u"SAMPLE/CONSEQ/2026/Rev.1#7"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"A State {-should-}{+[shall][should]+} not conduct"_s));
        QVERIFY(r.out.contains(u"Words: "_s));

        r = runPlenipo({u"compare"_s, u"--json"_s, m_file, u"SAMPLE/CONSEQ/2026/ZD"_s,
                        u"SAMPLE/CONSEQ/2026/Rev.1"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[u"kind"_s].toString(), u"documents"_s);
        QCOMPARE(o[u"totals"_s].toObject()[u"clausesInserted"_s].toInt(), 1);
        const Comparison c =
            Comparison::compare(*m_ws, u"SAMPLE/CONSEQ/2026/ZD"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        QCOMPARE(o[u"clauses"_s].toArray().size(), c.entries().size());

        r = runPlenipo({u"compare"_s, m_file, u"nope"_s, u"A/70/174"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"'nope'"_s));
    }

    void markupCommandLine()
    {
        const QString file = m_dir.filePath(u"draft.plm"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("States [shall][should] cooperate.\n\nA second [clause]{XYZ} with\nan unclosed "
                "[bracket.\n");
        f.close();
        CliRun r = runPlenipo({u"markup"_s, u"check"_s, file});
        QCOMPARE(r.exitCode, 1);
        const QString err = r.err;
        // The unclosed bracket is on line 4, column 13 of the file.
        QVERIFY2(err.contains(file + u":4:13: error:"_s), qPrintable(err));

        // With a workspace, attribution codes are checked against its states and groups.
        r = runPlenipo({u"markup"_s, u"check"_s, u"--workspace"_s, m_file, file});
        const QString err2 = r.err;
        QVERIFY2(err2.contains(file + u":3:19: error:"_s) && err2.contains(u"XYZ"_s),
                 qPrintable(err2));

        CliOptions stdinText;
        stdinText.input = "States [shall][should] not [knowingly] support attacks.\n";
        r = runPlenipo({u"markup"_s, u"stats"_s, u"--json"_s, u"-"_s}, stdinText);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject total =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[u"total"_s].toObject();
        QCOMPARE(total[u"bracketedSpans"_s].toInt(), 3);
        QCOMPARE(total[u"alternativeGroups"_s].toInt(), 2);
        QCOMPARE(total[u"words"_s].toInt(), 7);
        QCOMPARE(total[u"wordsInBrackets"_s].toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
