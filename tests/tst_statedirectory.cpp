// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Alias lookup: every spelling a UN document uses resolves to the right state.
#include "core/statedirectory.h"
#include "core/textnormalizer.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestStateDirectory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    // Every voter name in a UN Akoma Ntoso file (akn4un:voters/organization).
    static QStringList voterNames(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList names;
        QXmlStreamReader xml(&f);
        bool inVoters = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"voters")
                inVoters = true;
            else if (xml.isEndElement() && xml.name() == u"voters")
                inVoters = false;
            else if (inVoters && xml.isStartElement() && xml.name() == u"organization")
                names << xml.readElementText().trimmed();
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = Workspace::create(m_dir.filePath(u"states.plenipo"_s),
                                 [](Workspace &w) { SampleBuilder::addStates(w); });
    }

    void foldName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("folded");
        QTest::newRow("upper case") << u"TURKEY"_s << u"turkey"_s;
        QTest::newRow("dotted capital I") << u"TÜRKİYE"_s << u"turkiye"_s;
        QTest::newRow("dotless i") << u"Türkıye"_s << u"turkiye"_s;
        QTest::newRow("parentheses")
            << u"NETHERLANDS (KINGDOM OF THE)"_s << u"netherlands kingdom of the"_s;
        QTest::newRow("typographic apostrophe") << u"Côte d’Ivoire"_s << u"cote divoire"_s;
        QTest::newRow("ascii apostrophe") << u"COTE D'IVOIRE"_s << u"cote divoire"_s;
        QTest::newRow("ampersand") << u"Trinidad & Tobago"_s << u"trinidad and tobago"_s;
        QTest::newRow("spacing") << u"  Viet   Nam "_s << u"viet nam"_s;
    }
    void foldName()
    {
        QFETCH(QString, name);
        QFETCH(QString, folded);
        QCOMPARE(TextNormalizer::foldName(name), folded);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("iso3");
        QTest::newRow("iso3") << u"fra"_s << u"FRA"_s;
        QTest::newRow("short name") << u"France"_s << u"FRA"_s;
        QTest::newRow("official name") << u"French Republic"_s << u"FRA"_s;
        QTest::newRow("TURKEY") << u"TURKEY"_s << u"TUR"_s;
        QTest::newRow("TURKIYE") << u"TURKIYE"_s << u"TUR"_s;
        QTest::newRow("TÜRKİYE") << u"TÜRKİYE"_s << u"TUR"_s;
        QTest::newRow("NETHERLANDS") << u"NETHERLANDS"_s << u"NLD"_s;
        QTest::newRow("NETHERLANDS (KINGDOM OF THE)")
            << u"NETHERLANDS (KINGDOM OF THE)"_s << u"NLD"_s;
        QTest::newRow("IRAN (ISLAMIC REPUBLIC OF)") << u"IRAN (ISLAMIC REPUBLIC OF)"_s << u"IRN"_s;
        QTest::newRow("COTE D'IVOIRE") << u"COTE D'IVOIRE"_s << u"CIV"_s;
        QTest::newRow("DPRK long form") << u"DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"_s << u"PRK"_s;
        QTest::newRow("Republic of Korea") << u"REPUBLIC OF KOREA"_s << u"KOR"_s;
        QTest::newRow("historic Swaziland") << u"Swaziland"_s << u"SWZ"_s;
        QTest::newRow("Czech Republic") << u"Czech Republic"_s << u"CZE"_s;
        QTest::newRow("UK") << u"United Kingdom of Great Britain and Northern Ireland"_s
                            << u"GBR"_s;
    }
    void resolve()
    {
        QFETCH(QString, name);
        QFETCH(QString, iso3);
        const State *s = m_ws->states().resolve(name);
        QVERIFY2(s, qPrintable(name));
        QCOMPARE(s->iso3, iso3);
    }

    void unknownNamesDoNotResolve()
    {
        QVERIFY(!m_ws->states().resolve(u"Atlantis"_s));
        QVERIFY(!m_ws->states().resolve(u"XYZ"_s));
        QVERIFY(!m_ws->states().resolve(u""_s));
        // A group code is not a state.
        QVERIFY(!m_ws->states().resolve(u"WEOG"_s));
    }

    void noAmbiguousAliases()
    {
        QVERIFY2(m_ws->states().ambiguities().isEmpty(),
                 qPrintable(m_ws->states().ambiguities().join(u'\n')));
    }

    void everyUnVoterResolves_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minimumVoters");
        QTest::newRow("A/RES/75/32") << u"75_32_E.xml"_s << 150;
        QTest::newRow("A/RES/77/36") << u"A_RES_77_36-2228101E.xml"_s << 150;
    }
    void everyUnVoterResolves()
    {
        QFETCH(QString, file);
        QFETCH(int, minimumVoters);
        const QString path =
            QDir(QStringLiteral(PLENIPO_SHARED_DIR)).filePath(u"akn/examples/"_s + file);
        if (!QFile::exists(path))
            QSKIP(qPrintable(u"%1 is not there (shared/ missing beside the checkout)"_s.arg(path)));
        const QStringList names = voterNames(path);
        QVERIFY2(names.size() >= minimumVoters, qPrintable(QString::number(names.size())));
        QStringList unresolved;
        QSet<QString> states;
        for (const QString &n : names) {
            const State *s = m_ws->states().resolve(n);
            if (!s)
                unresolved << n;
            else
                states.insert(s->iso3);
        }
        QVERIFY2(unresolved.isEmpty(), qPrintable(unresolved.join(u", "_s)));
        // No two voters collapse onto one state.
        QCOMPARE(states.size(), names.size());
    }
};

QTEST_GUILESS_MAIN(TestStateDirectory)
#include "tst_statedirectory.moc"
