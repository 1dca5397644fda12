// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `plenipo revise` and `plenipo positions` (issue 10), by running the built executable on the
// sample: the scenario of the issue (a bracket inserted before the positioned public-core
// bracket of Rev.1 paragraph 7), what moved, what is orphaned, `plenipo consensus` counts, and
// the usage errors.
#include "clirunner.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <KZip>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

const QString clause7 = u"SAMPLE/CONSEQ/2026/Rev.1#7"_s;

QJsonObject positionsJson(const QString &file)
{
    const CliRun r = runPlenipo({u"positions"_s, file, clause7, u"--json"_s});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// "STATE stance alternative" of every row on words containing `words`.
QStringList on(const QJsonObject &json, const QString &words, bool detached = false)
{
    QStringList out;
    for (const QJsonValue &v : json[u"positions"_s].toArray()) {
        const QJsonObject p = v.toObject();
        const bool isDetached = p[u"orphaned"_s].toBool() || p[u"agreed"_s].toBool();
        if (isDetached == detached && p[u"words"_s].toString().contains(words))
            out << u"%1 %2 %3"_s.arg(p[u"state"_s].toString(), p[u"stance"_s].toString(),
                                     p[u"sourceText"_s].toString());
    }
    out.sort();
    return out;
}

} // namespace

class TestTextIdentityCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString sample(const QString &name)
    {
        const QString file = m_dir.filePath(name);
        TestSupport::sampleWorkspace(file);
        return file;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reviseKeepsPositionsOnTheirWords()
    {
        const QString file = sample(u"revise.plenipo"_s);
        const QJsonObject before = positionsJson(file);
        const QStringList core = on(before, u"public core"_s);
        QVERIFY(core.size() >= 8);
        for (const QJsonValue &v : before[u"positions"_s].toArray()) {
            const QJsonObject p = v.toObject();
            if (p[u"words"_s].toString().contains(u"public core"_s))
                QCOMPARE(p[u"alternative"_s].toString(), u"g2.1"_s);
        }
        QString text = before[u"text"_s].toString();
        text.insert(text.indexOf(u"damages "_s) + 8, u"[or disrupts]{EST} "_s);

        const CliRun r = runPlenipo(
            {u"revise"_s, file, clause7, u"--text"_s, text, u"--note"_s, u"Estonian proposal"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(
                     // English plural forms come from plenipo_en.qm (core has several states).
                     u"g2.1 -> g3.1: %1 positions moved with their words"_s.arg(core.size())),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"0 orphaned"_s), qPrintable(r.out));

        const QJsonObject after = positionsJson(file);
        QCOMPARE(on(after, u"public core"_s), core);
        QVERIFY(on(after, u"or disrupts"_s).isEmpty());
        for (const QJsonValue &v : after[u"positions"_s].toArray()) {
            const QJsonObject p = v.toObject();
            if (p[u"words"_s].toString().contains(u"public core"_s)) {
                QCOMPARE(p[u"alternative"_s].toString(), u"g3.1"_s);
                QVERIFY(!p[u"orphaned"_s].toBool());
            }
        }
        QCOMPARE(after[u"revision"_s].toInt(), before[u"revision"_s].toInt() + 1);

        // The coalition's Word export keeps the agreed text: no "or disrupts" anywhere in it.
        const QString docx = m_dir.filePath(u"js2019.docx"_s);
        const CliRun e =
            runPlenipo({u"export"_s, file, u"--document"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s,
                        u"--format"_s, u"docx"_s, u"--coalition"_s, u"JS2019"_s, u"-o"_s, docx});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        KZip zip(docx);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const auto *word =
            dynamic_cast<const KArchiveDirectory *>(zip.directory()->entry(u"word"_s));
        QVERIFY(word);
        const auto *part = dynamic_cast<const KArchiveFile *>(word->entry(u"document.xml"_s));
        QVERIFY(part);
        static const QRegularExpression tags(u"<[^>]*>"_s);
        const QString body = QString::fromUtf8(part->data()).remove(tags);
        // The coalition's agreed text of paragraph 7: never "or disrupts", which no state took a
        // position on (before the fix it inherited the public-core positions and was printed).
        QVERIFY2(!body.contains(u"or disrupts"_s), qPrintable(body.left(3000)));
        QVERIFY2(body.contains(u"critical infrastructure serving the public, including the "
                               u"general availability or integrity of the public core of the "
                               u"Internet"_s),
                 qPrintable(body.left(3000)));
    }

    void reviseOrphansAndConsensusCounts()
    {
        const QString file = sample(u"orphan.plenipo"_s);
        const QJsonObject before = positionsJson(file);
        const QStringList core = on(before, u"public core"_s);
        QString text = before[u"text"_s].toString();
        // The public-core bracket goes away, words and all.
        const qsizetype from = text.indexOf(u"[, including the general availability"_s);
        const qsizetype to = text.indexOf(u"{NLD, CZE}"_s, from) + 10;
        QVERIFY(from > 0 && to > from);
        text.remove(from, to - from);
        const QString textFile = m_dir.filePath(u"text.txt"_s);
        {
            QFile f(textFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8() + "\n");
        }
        const CliRun r = runPlenipo({u"revise"_s, file, clause7, u"--text-file"_s, textFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"g2.1: %1 positions orphaned"_s.arg(core.size())),
                 qPrintable(r.out));
        const QJsonObject after = positionsJson(file);
        QCOMPARE(on(after, u"public core"_s, true), core);
        QCOMPARE(after[u"counts"_s].toObject()[u"orphaned"_s].toInt(), int(core.size()));

        const CliRun c = runPlenipo(
            {u"consensus"_s, file, u"--document"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"--json"_s});
        QCOMPARE(c.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(c.out.toUtf8()).object();
        QVERIFY(json[u"summary"_s].toObject()[u"orphaned"_s].toObject()[u"clauses"_s].toInt() >= 1);
        bool listed = false;
        for (const QJsonValue &v : json[u"clauses"_s].toArray()) {
            const QJsonObject cl = v.toObject();
            if (cl[u"number"_s].toString() == u"7"_s)
                listed = !cl[u"orphaned"_s].toArray().isEmpty();
        }
        QVERIFY(listed);
        const CliRun t =
            runPlenipo({u"consensus"_s, file, u"--document"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s});
        QVERIFY2(t.out.contains(u"orphaned positions ("_s), qPrintable(t.out));
    }

    void usageErrors()
    {
        const QString file = sample(u"usage.plenipo"_s);
        const int revisionsBefore = positionsJson(file)[u"revision"_s].toInt();
        CliRun r = runPlenipo({u"revise"_s, file, clause7});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--text"_s));
        r = runPlenipo({u"revise"_s, file, u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"--text"_s, u"x"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"expected a clause SYMBOL#NUMBER"_s), qPrintable(r.err));
        r = runPlenipo({u"revise"_s, file, clause7, u"--text"_s, u"An [unclosed bracket"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"markup errors"_s), qPrintable(r.err));
        r = runPlenipo({u"positions"_s, file, u"SAMPLE/CONSEQ/2026/Rev.1#99"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no paragraph 99"_s), qPrintable(r.err));
        // Nothing was written by the failed revisions.
        QCOMPARE(positionsJson(file)[u"revision"_s].toInt(), revisionsBefore);
    }
};

QTEST_GUILESS_MAIN(TestTextIdentityCli)
#include "tst_textidentitycli.moc"
