// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The six UN languages: which language the interface uses, the compiled catalogues and their
// plural rules, state names in every language (display and the alias lookup), exports in a
// chosen language (labels, state names, right-to-left Word for Arabic), imports of the UN's
// French and Arabic resolutions, and the command line in the language of LANG.
#include "clirunner.h"
#include "core/domainnames.h"
#include "core/language.h"
#include "core/statedirectory.h"
#include "core/statenames.h"
#include "exchange/documentexporter.h"
#include "exchange/exportdocument.h"
#include "exchange/fileimporter.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <KZip>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

const QString coalitionDraft = u"SAMPLE/CONSEQ/2026/Rev.1"_s;

bool hasScript(const QString &text, QChar::Script script)
{
    for (const QChar c : text) {
        if (c.script() == script)
            return true;
    }
    return false;
}

QString plain(const ExportDocument &d)
{
    QStringList lines;
    for (const ExportDocument::Paragraph &p : d.paragraphs)
        lines << ExportDocument::plainText(p.runs);
    lines += d.footnotes;
    return lines.join(u'\n');
}

QByteArray zipEntry(const QString &zipPath, const QString &name)
{
    KZip zip(zipPath);
    if (!zip.open(QIODevice::ReadOnly))
        return {};
    const KArchiveEntry *e = zip.directory()->entry(name);
    return e && e->isFile() ? static_cast<const KArchiveFile *>(e)->data() : QByteArray();
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    ExportDocument build(const QString &language, const QString &coalition = {})
    {
        ExportOptions o;
        o.documentId = m_ws->documentBySymbol(coalitionDraft)->id;
        o.coalition = coalition;
        o.language = language;
        return ExportDocument::build(*m_ws, o);
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs the built plenipo with LANG=lang (and no LC_ALL, LC_MESSAGES or LANGUAGE to override).
    Run plenipo(const QString &lang, const QStringList &args)
    {
        CliOptions options;
        options.unset = {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s};
        options.environment.insert(u"LANG"_s, lang);
        const CliRun r = runPlenipo(args, options);
        return {r.exitCode, r.out, r.err};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ws = TestSupport::sampleWorkspace(m_dir.filePath(u"sample.plenipo"_s));
    }

    void cleanup() { Language::setCurrent(u"en"_s); }

    // --language, else the ui/language setting, else the system locale; English otherwise.
    void languageFollowsChoiceSettingAndLocale()
    {
        const QLocale fr(u"fr_FR"_s);
        QCOMPARE(Language::resolve({}, {}, fr), u"fr"_s);
        QCOMPARE(Language::resolve({}, u"ru"_s, fr), u"ru"_s);
        QCOMPARE(Language::resolve(u"ar"_s, u"ru"_s, fr), u"ar"_s);
        QCOMPARE(Language::resolve(u"de"_s, u"xx"_s, QLocale(u"de_DE"_s)), u"en"_s);
        QCOMPARE(Language::fromLocale(QLocale(u"zh_CN"_s)), u"zh"_s);
        QCOMPARE(Language::fromLocale(QLocale(u"es_MX"_s)), u"es"_s);
        QCOMPARE(Language::direction(u"ar"_s), Qt::RightToLeft);
        for (const QString &code : {u"zh"_s, u"en"_s, u"fr"_s, u"ru"_s, u"es"_s})
            QCOMPARE(Language::direction(code), Qt::LeftToRight);
        QCOMPARE(Language::locale(u"fr"_s, QLocale(u"fr_CA"_s)).territory(), QLocale::Canada);
        QCOMPARE(Language::locale(u"zh"_s, QLocale::c()).script(), QLocale::SimplifiedHanScript);
    }

    // In an Arabic interface, data of the other direction (a symbol, "13(a)", an English
    // sentence) is isolated so that the bidi algorithm keeps it in one piece: the visual order
    // of "A/70/174  Report" and the full stop of a Latin sentence stay where they belong.
    void dataIsIsolatedInRightToLeft()
    {
        const QString before = Language::current();
        const QString symbol = u"A/70/174"_s;
        Language::setCurrent(u"ar"_s);
        const QString isolated = Language::isolate(symbol);
        Language::setCurrent(u"fr"_s);
        const QString plain = Language::isolate(symbol);
        Language::setCurrent(before);
        QCOMPARE(isolated, QChar(0x2068) + symbol + QChar(0x2069));
        QCOMPARE(plain, symbol);
    }

    // The five catalogues are compiled in and translate the main window's actions (the menu
    // titles are KDE's: tst_interfacelanguage).
    void cataloguesAreCompiledIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::newRow("ar") << u"ar"_s << u"&فتح مساحة عمل..."_s;
        QTest::newRow("zh") << u"zh"_s << u"打开工作区(&O)..."_s;
        QTest::newRow("fr") << u"fr"_s << u"&Ouvrir un espace de travail..."_s;
        QTest::newRow("ru") << u"ru"_s << u"&Открыть рабочее пространство..."_s;
        QTest::newRow("es") << u"es"_s << u"&Abrir espacio de trabajo..."_s;
        QTest::newRow("en") << u"en"_s << u"&Open Workspace..."_s;
    }
    void cataloguesAreCompiledIn()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QCOMPARE(Language::translate(language, "Plenipo::MainWindow", "&Open Workspace..."), file);
        QVERIFY(Language::translator(language) != nullptr); // en: its plural forms
    }

    // Plural forms follow each language's rule: Arabic six, Russian three, French 0 and 1
    // singular, English "1 state" without "(s)".
    void pluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("text");
        const std::pair<int, QString> ru[] = {
            {1, u"1 государство"_s},  {3, u"3 государства"_s},   {5, u"5 государств"_s},
            {11, u"11 государств"_s}, {21, u"21 государство"_s}, {193, u"193 государства"_s}};
        for (const auto &[n, text] : ru)
            QTest::addRow("ru %d", n) << u"ru"_s << n << text;
        const std::pair<int, QString> ar[] = {{0, u"0 دولة"_s},   {1, u"دولة واحدة"_s},
                                              {2, u"دولتان"_s},   {7, u"7 دول"_s},
                                              {27, u"27 دولة"_s}, {193, u"193 دولة"_s}};
        for (const auto &[n, text] : ar)
            QTest::addRow("ar %d", n) << u"ar"_s << n << text;
        QTest::newRow("fr 0") << u"fr"_s << 0 << u"0 État"_s;
        QTest::newRow("fr 2") << u"fr"_s << 2 << u"2 États"_s;
        QTest::newRow("es 1") << u"es"_s << 1 << u"1 Estado"_s;
        QTest::newRow("es 0") << u"es"_s << 0 << u"0 Estados"_s;
        QTest::newRow("zh 5") << u"zh"_s << 5 << u"5 个国家"_s;
        QTest::newRow("en 1") << u"en"_s << 1 << u"1 state"_s;
        QTest::newRow("en 2") << u"en"_s << 2 << u"2 states"_s;
    }
    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, n);
        QFETCH(QString, text);
        QCOMPARE(Language::translate(language, "Plenipo::CommandLine", "%n state(s)", n), text);
    }

    // The bundled table, reviewed against FACTS.md: swapped and misspelt entries fixed.
    void stateNamesAreBundledAndReviewed()
    {
        const StateNames &names = StateNames::bundled();
        QVERIFY(names.size() >= 195);
        QCOMPARE(names.names(u"AGO"_s, u"ar"_s).common, u"أنغولا"_s);
        QCOMPARE(names.names(u"AGO"_s, u"ar"_s).official, u"جمهورية أنغولا"_s);
        QCOMPARE(names.names(u"AFG"_s, u"ar"_s).official, u"جمهورية أفغانستان الإسلامية"_s);
        QCOMPARE(names.names(u"MEX"_s, u"ar"_s).common, u"المكسيك"_s);
        QCOMPARE(names.names(u"FRA"_s, u"es"_s).official, u"República Francesa"_s);
        QCOMPARE(names.names(u"DEU"_s, u"zh"_s).common, u"德国"_s);
        for (const State &s : m_ws->states().states()) {
            for (const QString &lang : Language::codes()) {
                const StateNames::Names n = names.names(s.iso3, lang);
                QVERIFY2(!n.common.isEmpty() && !n.official.isEmpty(),
                         qPrintable(s.iso3 + u' ' + lang));
            }
        }
    }

    // Wherever a state is named, the interface language decides.
    void displayFollowsTheInterfaceLanguage()
    {
        const State *deu = m_ws->states().byIso3(u"DEU"_s);
        QVERIFY(deu);
        QCOMPARE(StateNames::display(*deu), u"Germany"_s);
        Language::setCurrent(u"fr"_s);
        QCOMPARE(StateNames::display(*deu), u"Allemagne"_s);
        Language::setCurrent(u"ru"_s);
        QCOMPARE(StateNames::display(*deu), u"Германия"_s);
        QCOMPARE(StateNames::displayOfficial(*deu), u"Федеративная Республика Германия"_s);
        Language::setCurrent(u"ar"_s);
        QCOMPARE(StateNames::display(*deu), u"ألمانيا"_s);
        // English keeps the workspace's own UN usage.
        const State *tur = m_ws->states().byIso3(u"TUR"_s);
        Language::setCurrent(u"en"_s);
        QCOMPARE(StateNames::display(*tur), tur->name);
    }

    // Process and group names in the interface language where the UN has them; every code of
    // the table is in the sample (no stale entry), and every UN regional group is covered.
    void processAndGroupNamesFollowTheLanguage()
    {
        QStringList codes;
        for (const StateGroup &g : m_ws->groups())
            codes << g.code;
        for (const Process &p : m_ws->processes())
            codes << p.code;
        const QString tableFile =
            QStringLiteral(PLENIPO_SOURCE_DIR) + u"/resources/data/names-un-languages.csv"_s;
        QFile f(tableFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        f.readLine();
        int rows = 0;
        while (!f.atEnd()) {
            const QString code = QString::fromUtf8(f.readLine()).section(u',', 0, 0);
            QVERIFY2(codes.contains(code), qPrintable(code));
            for (const QString &lang : Language::codes())
                QVERIFY2(DomainNames::bundled().name(code, lang, {}).isEmpty() == (lang == u"en"),
                         qPrintable(code + u' ' + lang));
            ++rows;
        }
        QCOMPARE(rows, 14);
        for (const StateGroup &g : m_ws->groups()) {
            if (g.kind == StateGroup::Kind::Regional)
                QVERIFY2(!DomainNames::bundled().name(g.code, u"ar"_s, {}).isEmpty(),
                         qPrintable(g.code));
        }
        const StateGroup *weog = m_ws->group(u"WEOG"_s);
        QVERIFY(weog);
        QCOMPARE(DomainNames::display(*weog), weog->name);
        Language::setCurrent(u"fr"_s);
        QCOMPARE(DomainNames::display(*weog),
                 u"Groupe des États d'Europe occidentale et autres États"_s);
        const Process *oewg = m_ws->processByCode(u"OEWG-2021-25"_s);
        QVERIFY(oewg);
        QCOMPARE(DomainNames::display(*oewg), u"GTCNL (2021-2025)"_s);
        Language::setCurrent(u"zh"_s);
        QCOMPARE(DomainNames::display(*oewg), u"不限成员名额工作组（2021-2025年）"_s);
        // Without a UN name, the workspace's own.
        const StateGroup *js = m_ws->group(u"JS2019"_s);
        QVERIFY(js);
        QCOMPARE(DomainNames::display(*js), js->name);
    }

    // Every short and official name in every language resolves to its state, and no name is
    // claimed by two states.
    void everyNameInEveryLanguageResolves()
    {
        const StateDirectory &dir = m_ws->states();
        QVERIFY2(dir.ambiguities().isEmpty(), qPrintable(dir.ambiguities().join(u'\n')));
        int names = 0;
        for (const State &s : dir.states()) {
            for (const QString &name : StateNames::bundled().allNames(s.iso3)) {
                const State *found = dir.resolve(name);
                QVERIFY2(found && found->iso3 == s.iso3,
                         qPrintable(u"%1 -> %2, expected %3"_s.arg(
                             name, found ? found->iso3 : u"nothing"_s, s.iso3)));
                ++names;
            }
        }
        QVERIFY(names > 193 * 8);
        QCOMPARE(dir.resolve(u"Côte d’Ivoire"_s)->iso3, u"CIV"_s);
        QCOMPARE(dir.resolve(u"Российская Федерация"_s)->iso3, u"RUS"_s);
        QCOMPARE(dir.resolve(u"República Francesa"_s)->iso3, u"FRA"_s);
        QCOMPARE(dir.resolve(u"جمهورية الكونغو الديمقراطية"_s)->iso3, u"COD"_s);
        QCOMPARE(dir.resolve(u"جمهورية الكونغو"_s)->iso3, u"COG"_s);
        QVERIFY(!dir.resolve(u"Атлантида"_s));
    }

    // Invariant under random sequences: a bundled name of X, in any language, typed in upper or
    // lower case, without its accents, with extra spaces or punctuation, resolves to X.
    void randomSpellingsResolve()
    {
        const StateDirectory &dir = m_ws->states();
        QRandomGenerator rng(20261202);
        const QList<State> &states = dir.states();
        for (int i = 0; i < 3000; ++i) {
            const State &s = states.at(rng.bounded(int(states.size())));
            const QString lang = Language::codes().at(rng.bounded(6));
            const StateNames::Names n = StateNames::bundled().names(s.iso3, lang);
            QString name = rng.bounded(2) ? n.common : n.official;
            switch (rng.bounded(5)) {
            case 0:
                name = name.toUpper();
                break;
            case 1:
                name = name.toLower();
                break;
            case 2: // without accents (NFD, marks dropped), as typed on a plain keyboard
                name = name.normalized(QString::NormalizationForm_D);
                name.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
                break;
            case 3:
                name = u"  "_s + name.replace(u' ', u"  "_s) + u" "_s;
                break;
            default:
                name.replace(u' ', u'-');
                break;
            }
            const State *found = dir.resolve(name);
            QVERIFY2(found && found->iso3 == s.iso3,
                     qPrintable(u"step %1: '%2' (%3) -> %4, expected %5"_s.arg(i).arg(
                         name, lang, found ? found->iso3 : u"nothing"_s, s.iso3)));
        }
    }

    // Exports in a chosen language: cover block, labels, footnotes and state names translated,
    // clause text as written.
    void exportLabelsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("fr") << u"fr"_s
                            << QStringList{u"Texte de la coalition : "_s, u"États adhérents ("_s,
                                           u"Proposé par : Allemagne."_s, u"Allemagne, "_s,
                                           u"Pas encore convenu au sein de la coalition."_s};
        QTest::newRow("es") << u"es"_s
                            << QStringList{u"Texto de la coalición: "_s, u"Estados adherentes ("_s,
                                           u"Propuesto por: Alemania."_s,
                                           u"Todavía no acordado en la coalición."_s};
        QTest::newRow("ru") << u"ru"_s
                            << QStringList{u"Текст коалиции: "_s,
                                           u"Присоединившиеся государства ("_s,
                                           u"Предложено: Германия."_s};
        QTest::newRow("zh") << u"zh"_s
                            << QStringList{u"联盟案文："_s, u"加入国（"_s, u"提议者：德国。"_s,
                                           u"德国、"_s};
        QTest::newRow("ar") << u"ar"_s
                            << QStringList{u"نص الائتلاف: "_s, u"الدول المنضمة ("_s,
                                           u"مقترح من: ألمانيا."_s, u"ألمانيا، "_s};
    }
    void exportLabelsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const ExportDocument english = build(u"en"_s, u"JS2019"_s);
        const ExportDocument doc = build(language, u"JS2019"_s);
        // The coalition export (cover line, adherents, "not yet agreed") and the document as it
        // stands (attributions as footnotes).
        const QString text = plain(doc) + u'\n' + plain(build(language));
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(e + u"\n---\n"_s + text.left(1500)));
        QVERIFY(!text.contains(u"Proposed by"_s));
        QCOMPARE(doc.rightToLeft, language == u"ar");
        QVERIFY(doc.language.startsWith(language));
        // The clauses are as written: the same runs as the English export.
        QCOMPARE(doc.paragraphs.size(), english.paragraphs.size());
        for (qsizetype i = 0; i < doc.paragraphs.size(); ++i) {
            if (doc.paragraphs.at(i).style != ExportDocument::Style::Clause)
                continue;
            QCOMPARE(doc.paragraphs.at(i).number, english.paragraphs.at(i).number);
            QString a, b;
            for (const auto &r : doc.paragraphs.at(i).runs)
                a += r.text;
            for (const auto &r : english.paragraphs.at(i).runs)
                b += r.text;
            QCOMPARE(a, b);
        }
    }

    // An Arabic .docx is right to left: paragraphs (w:bidi in the defaults), the section, and the
    // Arabic runs (w:rtl); the clause text, in Latin script, stays left to right.
    void arabicWordIsRightToLeft()
    {
        ExportOptions o;
        o.documentId = m_ws->documentBySymbol(coalitionDraft)->id;
        o.language = u"ar"_s;
        const QString file = m_dir.filePath(u"ar.docx"_s);
        DocumentExporter::create(u"docx"_s)->exportToFile(*m_ws, o, file);
        const QByteArray styles = zipEntry(file, u"word/styles.xml"_s);
        const QByteArray document = zipEntry(file, u"word/document.xml"_s);
        const QByteArray footnotes = zipEntry(file, u"word/footnotes.xml"_s);
        QVERIFY(styles.contains("w:bidi=\"ar-SA\""));
        QVERIFY(document.contains("<w:bidi/></w:sectPr>"));
        // The Arabic cover lines and headings are right-to-left paragraphs; the clauses, in
        // English, are not.
        QVERIFY(document.contains("<w:pPr><w:pStyle w:val=\"CoverLine\"/><w:bidi/></w:pPr>"));
        QVERIFY(document.contains("<w:pPr><w:pStyle w:val=\"Heading1\"/><w:bidi/></w:pPr>"));
        QVERIFY(document.contains("<w:pPr><w:pStyle w:val=\"Clause\"/></w:pPr>"));
        QVERIFY(!document.contains("<w:pPr><w:pStyle w:val=\"Clause\"/><w:bidi/>"));
        QVERIFY(footnotes.contains("<w:pStyle w:val=\"FootnoteText\"/><w:bidi/>"));
        QVERIFY(document.contains("<w:rPr><w:rtl/></w:rPr><w:t xml:space=\"preserve\">" +
                                  u"العملية: "_s.toUtf8()));
        QVERIFY(footnotes.contains("<w:rtl/></w:rPr><w:t xml:space=\"preserve\"> " +
                                   u"مقترح من: ألمانيا."_s.toUtf8()));
        // No Latin clause text is marked right to left.
        static const QRegularExpression latinRtl(
            u"<w:rtl/></w:rPr><w:t xml:space=\"preserve\">[A-Za-z]"_s);
        QVERIFY(!QString::fromUtf8(document).contains(latinRtl));
        // And an English export carries none of it.
        o.language = u"en"_s;
        const QString en = m_dir.filePath(u"en.docx"_s);
        DocumentExporter::create(u"docx"_s)->exportToFile(*m_ws, o, en);
        QVERIFY(!zipEntry(en, u"word/document.xml"_s).contains("w:rtl"));
        QVERIFY(!zipEntry(en, u"word/styles.xml"_s).contains("w:bidi"));
    }

    // The UN's French and Arabic versions of a resolution import with their own title and text.
    void unResolutionsImportInTheirLanguage_data()
    {
        QTest::addColumn<QString>("zip");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("titlePart");
        QTest::newRow("French 74/10") << u"session74-French.zip"_s << u"French/74_10_F.xml"_s
                                      << u"Comité pour l’exercice des droits inaliénables"_s;
        QTest::newRow("Arabic 74/10") << u"session74-Arabic.zip"_s << u"Arabic/74_10_A.xml"_s
                                      << u"اللجنة المعنية بممارسة الشعب الفلسطيني"_s;
        QTest::newRow("Russian 74/10")
            << u"session74-Russian.zip"_s << u"Russian/74_10_R.xml"_s << QString();
        QTest::newRow("Chinese 74/10")
            << u"session74-Chinese.zip"_s << u"Chinese/74_10_C.xml"_s << QString();
    }
    void unResolutionsImportInTheirLanguage()
    {
        QFETCH(QString, zip);
        QFETCH(QString, entry);
        QFETCH(QString, titlePart);
        const QString zipPath = QStringLiteral(PLENIPO_SHARED_DIR) + u"/un-corpus/"_s + zip;
        if (!QFile::exists(zipPath))
            QSKIP("../shared/un-corpus is not beside the checkout");
        const QByteArray xml = zipEntry(zipPath, entry);
        QVERIFY2(!xml.isEmpty(), qPrintable(entry));
        auto ws = Workspace::create(m_dir.filePath(entry.section(u'/', -1) + u".plenipo"_s),
                                    [](Workspace &w) { SampleBuilder::addStates(w); });
        FileImporter importer(*ws);
        const ImportReport &report =
            importer.readData(xml, entry.section(u'/', -1), FileImporter::Format::Akn);
        QVERIFY2(!report.hasErrors(), qPrintable(report.toText()));
        for (const auto &p : report.problems())
            QVERIFY2(!p.message.contains(u"voter"_s), qPrintable(p.message));
        importer.apply(*ws);
        QCOMPARE(ws->documents().size(), 1);
        const Document d = ws->documents().first();
        QCOMPARE(d.symbol, u"A/RES/74/10"_s);
        const QList<Clause> clauses = ws->clauses(d.id);
        QVERIFY(clauses.size() > 5);
        const QChar::Script script = entry.startsWith(u"Arabic")    ? QChar::Script_Arabic
                                     : entry.startsWith(u"Russian") ? QChar::Script_Cyrillic
                                     : entry.startsWith(u"Chinese") ? QChar::Script_Han
                                                                    : QChar::Script_Latin;
        QVERIFY2(hasScript(d.title, script), qPrintable(d.title));
        if (!titlePart.isEmpty())
            QVERIFY2(d.title.contains(titlePart), qPrintable(d.title));
        QVERIFY2(hasScript(clauses.last().text, script), qPrintable(clauses.last().text));
        if (script == QChar::Script_Latin)
            QVERIFY2(clauses.last().text.contains(u"Assemblée"_s) ||
                         clauses.last().text.contains(u"Comité"_s) ||
                         clauses.last().text.contains(u" de "_s),
                     qPrintable(clauses.last().text));
    }

    // The command line speaks the language of LANG: --help, usage errors, export labels.
    void commandLineFollowsLang_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("commands");
        QTest::addColumn<QString>("unknownLanguage");
        QTest::newRow("fr") << u"fr_FR.UTF-8"_s << u"Commandes :"_s << u"langue inconnue « xx »"_s;
        QTest::newRow("es") << u"es_ES.UTF-8"_s << u"Comandos:"_s << u"idioma desconocido «xx»"_s;
        QTest::newRow("ru") << u"ru_RU.UTF-8"_s << u"Команды:"_s << u"неизвестный язык «xx»"_s;
        QTest::newRow("zh") << u"zh_CN.UTF-8"_s << u"命令："_s << u"未知语言“xx”"_s;
        QTest::newRow("ar") << u"ar_EG.UTF-8"_s << u"الأوامر:"_s << u"لغة غير معروفة «xx»"_s;
        QTest::newRow("en") << u"C.UTF-8"_s << u"Commands:"_s << u"unknown language 'xx'"_s;
    }
    void commandLineFollowsLang()
    {
        QFETCH(QString, lang);
        QFETCH(QString, commands);
        QFETCH(QString, unknownLanguage);
        const Run help = plenipo(lang, {u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(commands), qPrintable(help.out));
        const Run exportHelp = plenipo(lang, {u"export"_s, u"--help"_s});
        QVERIFY2(exportHelp.out.contains(u"--language"_s), qPrintable(exportHelp.out));
        const Run bad = plenipo(lang, {u"export"_s, m_ws->filePath(), u"--document"_s,
                                       coalitionDraft, u"--format"_s, u"docx"_s, u"-o"_s,
                                       m_dir.filePath(u"x.docx"_s), u"--language"_s, u"xx"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(unknownLanguage), qPrintable(bad.err));
    }

    // plenipo export --language fr writes French labels and state names.
    void commandLineExportsInALanguage()
    {
        const QString out = m_dir.filePath(u"fr.docx"_s);
        const Run r = plenipo(u"C.UTF-8"_s,
                              {u"export"_s, m_ws->filePath(), u"--document"_s, coalitionDraft,
                               u"--format"_s, u"docx"_s, u"--language"_s, u"fr"_s, u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QString::fromUtf8(zipEntry(out, u"word/footnotes.xml"_s))
                    .contains(u"Proposé par : Allemagne."_s));
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
