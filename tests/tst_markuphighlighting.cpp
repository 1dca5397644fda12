// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Checks resources/syntax/plenipo-markup.xml: it loads into a KSyntaxHighlighting repository,
// uses only default styles, gives bracket levels 1, 2 and 3 different styles, and highlights
// every tests/data/highlighting/*.plm exactly as its reviewed .plm.ref reference (the format of
// KSyntaxHighlighting's own tests: <ItemDataName>text</ItemDataName>, "<br/>" per line).
//
// The actual output goes to PLENIPO_HIGHLIGHTING_OUTPUT_DIR (in the build directory). With
// PLENIPO_REFRESH_REFERENCES=1 the references are overwritten instead
// (tests/refresh-highlighting-references.sh); review the diff before committing.

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
namespace KSH = KSyntaxHighlighting;

namespace {

const QString kLanguage = u"Plenipo Markup"_s;

// Writes each highlighted piece as <FormatName>text</FormatName>, "<br/>\n" after each line.
class TestHighlighter : public KSH::AbstractHighlighter
{
public:
    QString highlight(const QString &text)
    {
        QStringList lines = text.split(u'\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast(); // the file's final line break
        m_out.clear();
        KSH::State state;
        for (const QString &line : std::as_const(lines)) {
            m_line = line;
            state = highlightLine(m_line, state);
            m_out += u"<br/>\n"_s;
        }
        return m_out;
    }

protected:
    void applyFormat(int offset, int length, const KSH::Format &format) override
    {
        if (length == 0)
            return; // empty lines
        const QString name = format.name().isEmpty() ? u"dsNormal"_s : format.name();
        m_out += u'<' + name + u'>';
        m_out += QStringView(m_line).mid(offset, length);
        m_out += u"</"_s + name + u'>';
    }

private:
    QString m_out;
    QString m_line;
};

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

} // namespace

class TestMarkupHighlighting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void definitionLoads();
    void onlyDefaultStyles();
    void bracketLevelsDistinct();
    void inlineHighlighting_data();
    void inlineHighlighting();
    void references_data();
    void references();
    void referencesShowThreeLevels();

private:
    KSH::Definition definition() const { return m_repository.definitionForName(kLanguage); }
    QString highlight(const QString &text) const
    {
        TestHighlighter h;
        h.setTheme(m_repository.defaultTheme(KSH::Repository::LightTheme));
        h.setDefinition(definition());
        return h.highlight(text);
    }

    KSH::Repository m_repository;
};

void TestMarkupHighlighting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // no definitions from the user's own folders
    m_repository.addCustomSearchPath(QStringLiteral(PLENIPO_RESOURCES_DIR));
    QVERIFY(QDir().mkpath(QStringLiteral(PLENIPO_HIGHLIGHTING_OUTPUT_DIR)));
}

void TestMarkupHighlighting::init()
{
    // KSyntaxHighlighting reports a broken definition (unknown context, bad regular expression,
    // ...) with warnings while loading and highlighting: any warning fails the test.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestMarkupHighlighting::definitionLoads()
{
    const KSH::Definition def = definition();
    QVERIFY(def.isValid());
    QCOMPARE(def.name(), kLanguage);
    QCOMPARE(QFileInfo(def.filePath()).canonicalFilePath(),
             QFileInfo(QStringLiteral(PLENIPO_RESOURCES_DIR "/syntax/plenipo-markup.xml"))
                 .canonicalFilePath());
    QCOMPARE(def.extensions(), QList<QString>{u"*.plm"_s});
    QCOMPARE(m_repository.definitionForFileName(u"draft.plm"_s).name(), kLanguage);
    QVERIFY(!def.isHidden());

    QStringList names;
    for (const KSH::Format &f : def.formats())
        names.append(f.name());
    names.sort();
    QCOMPARE(names, (QStringList{u"Ad Referendum"_s, u"Alternative Separator"_s, u"Attribution"_s,
                                 u"Bracket 1"_s, u"Bracket 2"_s, u"Bracket 3"_s, u"Deletion"_s,
                                 u"Error"_s, u"Escape"_s, u"Level 1"_s, u"Level 2"_s, u"Level 3"_s,
                                 u"Normal Text"_s, u"Note"_s, u"Option Header"_s}));
}

void TestMarkupHighlighting::onlyDefaultStyles()
{
    // Colours come from the theme (light or dark); the definition may add bold or strike-out.
    for (const KSH::Format &f : definition().formats()) {
        QVERIFY2(!f.hasTextColorOverride(), qPrintable(f.name()));
        QVERIFY2(!f.hasBackgroundColorOverride(), qPrintable(f.name()));
        QVERIFY2(!f.hasSelectedTextColorOverride(), qPrintable(f.name()));
        QVERIFY2(!f.hasSelectedBackgroundColorOverride(), qPrintable(f.name()));
    }
}

void TestMarkupHighlighting::bracketLevelsDistinct()
{
    QHash<QString, KSH::Theme::TextStyle> style;
    for (const KSH::Format &f : definition().formats())
        style.insert(f.name(), f.textStyle());
    QCOMPARE(style.value(u"Error"_s), KSH::Theme::Error);
    QCOMPARE(style.value(u"Normal Text"_s), KSH::Theme::Normal);
    const QList<KSH::Theme::TextStyle> levels = {
        style.value(u"Bracket 1"_s), style.value(u"Bracket 2"_s), style.value(u"Bracket 3"_s)};
    QVERIFY(levels.at(0) != levels.at(1));
    QVERIFY(levels.at(1) != levels.at(2));
    QVERIFY(levels.at(0) != levels.at(2));
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(style.value(u"Level %1"_s.arg(i)), style.value(u"Bracket %1"_s.arg(i)));
        QVERIFY(style.value(u"Level %1"_s.arg(i)) != KSH::Theme::Normal);
    }
    // ... and the themes really draw them differently.
    for (const auto kind : {KSH::Repository::LightTheme, KSH::Repository::DarkTheme}) {
        const KSH::Theme theme = m_repository.defaultTheme(kind);
        QVERIFY(theme.isValid());
        QVERIFY(theme.textColor(levels.at(0)) != theme.textColor(levels.at(1)));
        QVERIFY(theme.textColor(levels.at(1)) != theme.textColor(levels.at(2)));
        QVERIFY(theme.textColor(levels.at(0)) != theme.textColor(levels.at(2)));
    }
}

// Small cases checked here, independent of the reference files.
void TestMarkupHighlighting::inlineHighlighting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("three levels, then level 1 again")
        << u"[a [b [c [d]]]]"_s
        << u"<Bracket 1>[</Bracket 1><Level 1>a </Level 1><Bracket 2>[</Bracket 2>"
           u"<Level 2>b </Level 2><Bracket 3>[</Bracket 3><Level 3>c </Level 3>"
           u"<Bracket 1>[</Bracket 1><Level 1>d</Level 1><Bracket 1>]</Bracket 1>"
           u"<Bracket 3>]</Bracket 3><Bracket 2>]</Bracket 2><Bracket 1>]</Bracket 1><br/>\n"_s;
    QTest::newRow("alternatives")
        << u"x [a][b] [c]{FRA} y"_s
        << u"<Normal Text>x </Normal Text><Bracket 1>[</Bracket 1><Level 1>a</Level 1>"
           u"<Alternative Separator>][</Alternative Separator><Level 1>b</Level 1>"
           u"<Alternative Separator>] [</Alternative Separator><Level 1>c</Level 1>"
           u"<Bracket 1>]</Bracket 1><Attribution>{FRA}</Attribution>"
           u"<Normal Text> y</Normal Text><br/>\n"_s;
    QTest::newRow("stray bracket and misplaced attribution are errors")
        << u"a] {FRA}"_s
        << u"<Normal Text>a</Normal Text><Error>]</Error><Normal Text> </Normal Text>"
           u"<Error>{FRA}</Error><br/>\n"_s;
    QTest::newRow("deletion, note, ad referendum, escape")
        << u"~~x~~{CHN} \\[^[n [1]] {ad ref. FRA}"_s
        << u"<Deletion>~~x~~</Deletion><Attribution>{CHN}</Attribution>"
           u"<Normal Text> </Normal Text><Escape>\\[</Escape><Note>^[n [1]]</Note>"
           u"<Normal Text> </Normal Text><Ad Referendum>{ad ref. FRA}</Ad Referendum><br/>\n"_s;
    QTest::newRow("a blank line closes an unclosed bracket")
        << u"[open\n  \nafter"_s
        << u"<Bracket 1>[</Bracket 1><Level 1>open</Level 1><br/>\n"
           u"<Normal Text>  </Normal Text><br/>\n<Normal Text>after</Normal Text><br/>\n"_s;
    QTest::newRow("an option header closes an unclosed bracket")
        << u"Option 1: [a\nOption 2: b"_s
        << u"<Option Header>Option 1:</Option Header><Normal Text> </Normal Text>"
           u"<Bracket 1>[</Bracket 1><Level 1>a</Level 1><br/>\n"
           u"<Option Header>Option 2:</Option Header><Normal Text> b</Normal Text><br/>\n"_s;
}

void TestMarkupHighlighting::inlineHighlighting()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(highlight(text), expected);
}

void TestMarkupHighlighting::references_data()
{
    QTest::addColumn<QString>("input");
    const QDir dir(QStringLiteral(PLENIPO_TESTDATA_DIR "/highlighting"));
    const QStringList files = dir.entryList({u"*.plm"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(dir.path()));
    for (const QString &file : files)
        QTest::newRow(file.toUtf8().constData()) << dir.filePath(file);
}

void TestMarkupHighlighting::references()
{
    QFETCH(QString, input);
    const QString text = readFile(input);
    QVERIFY2(!text.isEmpty(), qPrintable(input));
    const QString actual = highlight(text);

    const QString name = QFileInfo(input).fileName() + u".ref"_s;
    const QString outputPath = QStringLiteral(PLENIPO_HIGHLIGHTING_OUTPUT_DIR "/") + name;
    QVERIFY2(writeFile(outputPath, actual), qPrintable(outputPath));

    const QString referencePath = input + u".ref"_s;
    if (qEnvironmentVariable("PLENIPO_REFRESH_REFERENCES") == u"1") {
        QVERIFY2(writeFile(referencePath, actual), qPrintable(referencePath));
        qInfo("refreshed %s", qPrintable(referencePath));
    }
    QVERIFY2(QFile::exists(referencePath),
             qPrintable(u"no reference %1: run tests/refresh-highlighting-references.sh and "
                        u"review it"_s.arg(referencePath)));
    const QStringList expectedLines = readFile(referencePath).split(u'\n');
    const QStringList actualLines = actual.split(u'\n');
    for (qsizetype i = 0; i < std::min(expectedLines.size(), actualLines.size()); ++i) {
        QVERIFY2(actualLines.at(i) == expectedLines.at(i),
                 qPrintable(u"%1 line %2 differs (actual output in %3):\n  actual:   %4\n"
                            u"  expected: %5"_s.arg(referencePath)
                                .arg(i + 1)
                                .arg(outputPath, actualLines.at(i), expectedLines.at(i))));
    }
    QCOMPARE(actualLines.size(), expectedLines.size());
}

// Guards the reviewed references against a careless refresh: the nesting sample must keep
// showing brackets of levels 1, 2 and 3 in their own styles, and the stray "]" as an error.
void TestMarkupHighlighting::referencesShowThreeLevels()
{
    const QString ref =
        readFile(QStringLiteral(PLENIPO_TESTDATA_DIR "/highlighting/nesting.plm.ref"));
    for (const QString &piece :
         {u"<Bracket 1>[</Bracket 1><Level 1>States </Level 1><Bracket 2>[</Bracket 2>"
          u"<Level 2>shall </Level 2><Bracket 3>[</Bracket 3><Level 3>not</Level 3>"
          u"<Bracket 3>]</Bracket 3><Bracket 2>]</Bracket 2>"_s,
          u"<Normal Text>A stray </Normal Text><Error>]</Error>"_s,
          u"<Alternative Separator>][</Alternative Separator>"_s}) {
        QVERIFY2(ref.contains(piece), qPrintable(piece));
    }
}

QTEST_GUILESS_MAIN(TestMarkupHighlighting)

#include "tst_markuphighlighting.moc"
