// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The bundled sample workspace holds the real facts of FACTS.md, and bad sample data is reported
// with its location.
#include "core/error.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestSampleBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    QString writeJson(const QString &name, const QJsonObject &o)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(o).toJson());
        return path;
    }
    QJsonObject sampleJson()
    {
        QFile f(u":/plenipo/data/sample.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    void expectSampleError(const QJsonObject &o, const QString &words)
    {
        const QString file = writeJson(u"broken.json"_s, o);
        QFile::remove(m_dir.filePath(u"broken.plenipo"_s));
        bool thrown = false;
        try {
            Workspace::create(m_dir.filePath(u"broken.plenipo"_s), [&](Workspace &w) {
                SampleBuilder::addStates(w);
                SampleBuilder::addSampleContent(w, file);
            });
        } catch (const Error &e) {
            thrown = true;
            QVERIFY2(e.message().contains(words), qPrintable(e.message()));
            QVERIFY2(e.message().startsWith(u"broken.json: "_s), qPrintable(e.message()));
        }
        QVERIFY(thrown);
        QVERIFY(!QFile::exists(m_dir.filePath(u"broken.plenipo"_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = TestSupport::sampleWorkspace(m_dir.filePath(u"sample.plenipo"_s));
    }

    // The sample's notice (marking its positions as illustrative) is shown in the interface
    // language: the text in sample.json is the one marked for translation.
    void noticeIsTranslated()
    {
        const QString stored = m_ws->illustrativeNotice();
        QVERIFY(stored.startsWith(u"The positions in this sample are illustrative"_s));
        QCOMPARE(SampleBuilder::displayNotice(stored), stored);
        QTranslator french;
        QVERIFY(french.load(u":/i18n/plenipo_fr.qm"_s));
        QCoreApplication::installTranslator(&french);
        const QString shown = SampleBuilder::displayNotice(stored);
        QCoreApplication::removeTranslator(&french);
        QVERIFY2(shown != stored && shown.contains(u"illustrati"_s), qPrintable(shown));
        QCOMPARE(SampleBuilder::displayNotice(u"Our own notice"_s), u"Our own notice"_s);
    }

    void states()
    {
        QCOMPARE(m_ws->states().size(), 193);
        for (const State &s : m_ws->states().states()) {
            QVERIFY(s.unMember);
            QVERIFY2(!s.regionalGroup.isEmpty(), qPrintable(s.iso3));
        }
    }

    void regionalGroups_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("members");
        QTest::newRow("African") << u"AFRICAN"_s << 54;
        QTest::newRow("Asia-Pacific") << u"ASIA-PACIFIC"_s << 54;
        QTest::newRow("Eastern European") << u"EEG"_s << 23;
        QTest::newRow("GRULAC") << u"GRULAC"_s << 33;
        QTest::newRow("WEOG") << u"WEOG"_s << 29;
        QTest::newRow("EU") << u"EU"_s << 27;
        QTest::newRow("NATO") << u"NATO"_s << 32;
        QTest::newRow("2019 Joint Statement") << u"JS2019"_s << 27;
    }
    void regionalGroups()
    {
        QFETCH(QString, code);
        QFETCH(int, members);
        const StateGroup *g = m_ws->group(code);
        QVERIFY(g);
        QCOMPARE(g->members.size(), members);
    }

    void jointStatementMembers()
    {
        const StateGroup *js = m_ws->group(u"JS2019"_s);
        QVERIFY(js);
        QCOMPARE(js->kind, StateGroup::Kind::Coalition);
        for (const char16_t *iso : {u"AUS", u"USA", u"GBR", u"JPN", u"KOR", u"EST", u"CZE"})
            QVERIFY2(js->members.contains(QString::fromUtf16(iso)), "member missing");
        QVERIFY(!js->members.contains(u"CHN"_s));
    }

    void processes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("open");
        QTest::addColumn<int>("members");
        QTest::newRow("GGE 2012-13") << u"GGE-2012-13"_s << int(Process::Kind::Gge) << false << 15;
        QTest::newRow("GGE 2014-15") << u"GGE-2014-15"_s << int(Process::Kind::Gge) << false << 20;
        QTest::newRow("GGE 2016-17") << u"GGE-2016-17"_s << int(Process::Kind::Gge) << false << 25;
        QTest::newRow("GGE 2019-21") << u"GGE-2019-21"_s << int(Process::Kind::Gge) << false << 25;
        QTest::newRow("OEWG 2019-21")
            << u"OEWG-2019-21"_s << int(Process::Kind::Oewg) << true << 193;
        QTest::newRow("OEWG 2021-25")
            << u"OEWG-2021-25"_s << int(Process::Kind::Oewg) << true << 193;
        QTest::newRow("Joint Statement")
            << u"JS-2019"_s << int(Process::Kind::Initiative) << false << 27;
    }
    void processes()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(bool, open);
        QFETCH(int, members);
        const Process *p = m_ws->processByCode(code);
        QVERIFY2(p, qPrintable(code));
        QCOMPARE(int(p->kind), kind);
        QCOMPARE(p->allUnMembers, open);
        QCOMPARE(m_ws->processMembers(*p).size(), members);
    }

    // The 15 states of the annex of A/68/98 (../shared/domain/FACTS.md).
    void gge2012Members()
    {
        const Process *p = m_ws->processByCode(u"GGE-2012-13"_s);
        QVERIFY(p);
        QStringList members = m_ws->processMembers(*p);
        members.sort();
        QCOMPARE(members, QStringList({u"ARG"_s, u"AUS"_s, u"BLR"_s, u"CAN"_s, u"CHN"_s, u"DEU"_s,
                                       u"EGY"_s, u"EST"_s, u"FRA"_s, u"GBR"_s, u"IDN"_s, u"IND"_s,
                                       u"JPN"_s, u"RUS"_s, u"USA"_s}));
        QCOMPARE(p->chair, u"Australia"_s);
    }

    void norms()
    {
        QCOMPARE(m_ws->norms().size(), 11);
        const Norm *f = m_ws->normByCode(u"GGE2015-13f"_s);
        QVERIFY(f);
        QCOMPARE(f->sourceSymbol, u"A/70/174"_s);
        QCOMPARE(f->paragraph, u"13(f)"_s);
        QVERIFY(f->summary.contains(u"critical infrastructure"_s));
    }

    void reportParagraph13IsClausesLinkedToNorms()
    {
        const Document *report = m_ws->documentBySymbol(u"A/70/174"_s);
        QVERIFY(report);
        QCOMPARE(report->kind, Document::Kind::Report);
        QCOMPARE(report->date, QDate(2015, 7, 22));
        const QList<Clause> clauses = m_ws->clauses(report->id);
        QCOMPARE(clauses.size(), 11);
        const QString letters = u"abcdefghijk"_s;
        for (int i = 0; i < 11; ++i) {
            QCOMPARE(clauses[i].number, u"13(%1)"_s.arg(letters[i]));
            QCOMPARE(clauses[i].normIds.size(), 1);
            QCOMPARE(m_ws->norm(clauses[i].normIds[0])->paragraph, clauses[i].number);
        }
        // 13(f) is linked from the report and from the later proposal.
        const QList<Clause> linked =
            m_ws->clausesLinkedToNorm(m_ws->normByCode(u"GGE2015-13f"_s)->id);
        QVERIFY(linked.size() >= 2);
    }

    void draftLineage()
    {
        const Document *zd = m_ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/ZD"_s);
        const Document *rev1 = m_ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        QVERIFY(zd && rev1);
        QCOMPARE(rev1->predecessorId, zd->id);
        int descended = 0, inserted = 0;
        for (const Clause &c : m_ws->clauses(rev1->id)) {
            if (c.originId) {
                ++descended;
                QCOMPARE(m_ws->clause(c.originId)->documentId, zd->id);
            } else {
                ++inserted;
            }
        }
        QVERIFY(descended >= 5);
        QVERIFY(inserted >= 1); // "3 bis"
        QVERIFY(m_ws->clauses(zd->id).first().text.contains(u'['));
    }

    void positionsAreMarkedIllustrative()
    {
        QVERIFY(m_ws->positionCount() > 100);
        QVERIFY(m_ws->illustrativeNotice().contains(u"illustrative"_s));
        bool internal = false;
        const Document *rev1 = m_ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        for (const Clause &c : m_ws->clauses(rev1->id)) {
            for (const Position &p : m_ws->positions(c.id)) {
                QVERIFY(m_ws->states().byIso3(p.state));
                QCOMPARE(p.revisionId, c.revisionId);
                internal |= p.internal;
            }
        }
        QVERIFY(internal);
    }

    void badSampleData_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown state") << u"state"_s << u"unknown state or group 'XXX'"_s;
        QTest::newRow("unknown norm") << u"norm"_s << u"unknown norm 'GGE2015-99z'"_s;
        QTest::newRow("unknown stance") << u"stance"_s << u"unknown stance"_s;
        QTest::newRow("missing title") << u"title"_s << u"'title' is missing"_s;
    }
    void badSampleData()
    {
        QFETCH(QString, what);
        QFETCH(QString, words);
        QJsonObject o = sampleJson();
        QVERIFY(!o.isEmpty());
        if (what == u"state") {
            QJsonArray pos = o[u"positions"_s].toArray();
            QJsonObject p = pos[0].toObject();
            p[u"states"_s] = QJsonArray{u"FRA"_s, u"XXX"_s};
            pos[0] = p;
            o[u"positions"_s] = pos;
        } else if (what == u"norm") {
            QJsonArray docs = o[u"documents"_s].toArray();
            QJsonObject d = docs[0].toObject();
            QJsonArray clauses = d[u"clauses"_s].toArray();
            QJsonObject c = clauses[0].toObject();
            c[u"norms"_s] = QJsonArray{u"GGE2015-99z"_s};
            clauses[0] = c;
            d[u"clauses"_s] = clauses;
            docs[0] = d;
            o[u"documents"_s] = docs;
        } else if (what == u"stance") {
            QJsonArray pos = o[u"positions"_s].toArray();
            QJsonObject p = pos[1].toObject();
            p[u"stance"_s] = u"maybe"_s;
            pos[1] = p;
            o[u"positions"_s] = pos;
        } else {
            QJsonArray norms = o[u"norms"_s].toArray();
            QJsonObject n = norms[2].toObject();
            n.remove(u"title"_s);
            norms[2] = n;
            o[u"norms"_s] = norms;
        }
        expectSampleError(o, words);
    }
};

QTEST_GUILESS_MAIN(TestSampleBuilder)
#include "tst_samplebuilder.moc"
