// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window in each of the six languages: KXmlGui builds the menus and the toolbar from
// plenipo.rc through KLocalizedString (the kxmlgui6 domain), the standard actions and the Help
// menu come from KDE's catalogues, Plenipo's own actions from its Qt catalogues; all of them
// follow InterfaceLanguage::install(), and Arabic lays the window out right to left.

#include "core/language.h"
#include "handbookdialog.h"
#include "interfacelanguage.h"
#include "mainwindow.h"

#include <KActionCollection>
#include <KLocalizedString>
#include <KToolBar>

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDomDocument>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

// Menu titles by the menu's name (file, edit, view, go, tools, settings, help).
QMap<QString, QString> menuTitles(const MainWindow &w)
{
    QMap<QString, QString> titles;
    for (QAction *a : w.menuBar()->actions()) {
        if (a->menu())
            titles.insert(a->menu()->objectName(), a->menu()->title());
    }
    return titles;
}

// Every action's text by its name in the action collection.
QMap<QString, QString> actionTexts(const MainWindow &w)
{
    QMap<QString, QString> texts;
    for (QAction *a : w.actionCollection()->actions()) {
        if (!a->text().isEmpty())
            texts.insert(a->objectName(), a->text());
    }
    return texts;
}

} // namespace

class TestInterfaceLanguage : public QObject
{
    Q_OBJECT

    QMap<QString, QString> m_englishMenus;
    QMap<QString, QString> m_englishActions;
    QString m_englishToolBar;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Plenipo"_s);
        QCoreApplication::setApplicationName(u"tst_interfacelanguage"_s);
        InterfaceLanguage::install(*qApp, u"en"_s);
        MainWindow english;
        m_englishMenus = menuTitles(english);
        m_englishActions = actionTexts(english);
        m_englishToolBar = english.toolBar(u"mainToolBar"_s)->windowTitle();
        QCOMPARE(m_englishMenus.value(u"view"_s), u"&View"_s);
        QCOMPARE(m_englishMenus.value(u"go"_s), u"&Go"_s);
        QCOMPARE(m_englishMenus.value(u"tools"_s), u"&Tools"_s);
        QCOMPARE(m_englishToolBar, u"Main Toolbar"_s);
        QVERIFY(m_englishMenus.contains(u"file"_s) && m_englishMenus.contains(u"help"_s));
    }
    void cleanupTestCase() { InterfaceLanguage::install(*qApp, u"en"_s); }

    // Every <text> of plenipo.rc has a translation in the domain KXmlGui reads it from.
    void rcTextsHaveTranslations_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : Language::codes()) {
            if (code != u"en")
                QTest::newRow(qPrintable(code)) << code;
        }
    }
    void rcTextsHaveTranslations()
    {
        QFETCH(QString, language);
        QFile rc(u":/kxmlgui5/plenipo/plenipo.rc"_s);
        QVERIFY(rc.open(QIODevice::ReadOnly));
        QDomDocument doc;
        QVERIFY(doc.setContent(&rc));
        const QString rootDomain = doc.documentElement().attribute(u"translationDomain"_s);
        const QDomNodeList texts = doc.elementsByTagName(u"text"_s);
        QVERIFY(texts.size() >= 4);
        for (int i = 0; i < texts.size(); ++i) {
            const QDomElement text = texts.at(i).toElement();
            QString domain = text.attribute(u"translationDomain"_s, rootDomain);
            QVERIFY2(!domain.isEmpty(), qPrintable(text.text()));
            const QByteArray source = text.text().toUtf8();
            const QString translated = ki18nd(domain.toUtf8().constData(), source.constData())
                                           .toString(InterfaceLanguage::kdeLanguages(language));
            QVERIFY2(translated != text.text(), qPrintable(u"%1 has no %2 translation in %3"_s.arg(
                                                    text.text(), language, domain)));
        }
    }

    void windowFollowsTheLanguage_data() { rcTextsHaveTranslations_data(); }
    void windowFollowsTheLanguage()
    {
        QFETCH(QString, language);
        InterfaceLanguage::install(*qApp, language);
        MainWindow w;
        const auto menus = menuTitles(w);
        QCOMPARE(menus.keys(), m_englishMenus.keys());
        for (auto it = menus.cbegin(); it != menus.cend(); ++it)
            QVERIFY2(it.value() != m_englishMenus.value(it.key()), qPrintable(it.value()));
        const QString toolBar = w.toolBar(u"mainToolBar"_s)->windowTitle();
        QVERIFY2(toolBar != m_englishToolBar, qPrintable(toolBar));
        // Every action (Plenipo's, KDE's standard ones, the Help menu's) speaks the language.
        const auto actions = actionTexts(w);
        QStringList english;
        for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
            if (it.value() == m_englishActions.value(it.key()))
                english << u"%1 (%2)"_s.arg(it.key(), it.value());
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u", "_s)));
        // No accelerator inside a word in Arabic: it would break the letters' joining.
        if (language == u"ar") {
            for (const QString &title : menus) {
                const qsizetype amp = title.indexOf(u'&');
                QVERIFY2(amp <= 0 || !title.at(amp - 1).isLetter(), qPrintable(title));
            }
        }
        QCOMPARE(InterfaceLanguage::wordStartAccelerator(u"ت&حرير"_s), u"&تحرير"_s);
        QCOMPARE(InterfaceLanguage::wordStartAccelerator(u"Save && &Close"_s), u"Save && &Close"_s);
        const bool rtl = language == u"ar";
        QCOMPARE(QGuiApplication::layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
        QCOMPARE(w.isRightToLeft(), rtl);
        QCOMPARE(w.menuBar()->isRightToLeft(), rtl);
    }

    // --language (or the ui/language setting) goes into LANGUAGE before QApplication starts,
    // where KDE's catalogues look; Chinese under KDE's name.
    void explicitChoiceGoesToTheEnvironment()
    {
        const QByteArray saved = qgetenv("LANGUAGE");
        char arg0[] = "plenipo";
        char arg1[] = "--language";
        char arg2[] = "zh";
        char *argv[] = {arg0, arg1, arg2};
        InterfaceLanguage::exportToEnvironment(3, argv);
        QCOMPARE(qgetenv("LANGUAGE"), QByteArray("zh_CN:zh"));
        QCOMPARE(InterfaceLanguage::choose({u"plenipo"_s, u"--language=ar"_s}, false), u"ar"_s);
        QCOMPARE(InterfaceLanguage::choose({u"plenipo"_s, u"--language"_s, u"xx"_s}, false),
                 Language::fromLocale(QLocale::system()));
        qputenv("LANGUAGE", saved);
    }

    // Qt's standard buttons (Close, Cancel...) in the interface language: Qt's own catalogues
    // (qt6-translations-l10n) are part of the environment and recommended by the package.
    void standardButtonsFollowTheLanguage()
    {
        for (const QString &lang : {u"ar"_s, u"zh"_s, u"fr"_s, u"ru"_s, u"es"_s}) {
            InterfaceLanguage::install(*qApp, lang);
            QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
            const QString close = box.button(QDialogButtonBox::Close)->text().remove(u'&');
            QVERIFY2(close != u"Close" && !close.isEmpty(),
                     qPrintable(lang + u": Qt's catalogue qtbase_"_s + lang +
                                u".qm is missing (qt6-translations-l10n)"_s));
        }
        InterfaceLanguage::install(*qApp, u"en"_s);
    }

    // Help > Plenipo Handbook in the interface language: both pages, with links between them.
    void handbookFollowsTheLanguage()
    {
        for (const QString &lang : {u"ar"_s, u"zh"_s, u"fr"_s, u"ru"_s, u"es"_s}) {
            InterfaceLanguage::install(*qApp, lang);
            HandbookDialog book;
            QVERIFY2(book.browser()->source().path().endsWith(u"guide.%1.md"_s.arg(lang)),
                     qPrintable(book.browser()->source().toString()));
            QVERIFY(!book.browser()->toPlainText().contains(u"Plenipo user guide"_s));
            book.showPage(HandbookDialog::Page::Markup);
            QVERIFY(book.browser()->source().path().endsWith(u"markup.%1.md"_s.arg(lang)));
            QVERIFY(book.browser()->toPlainText().size() > 2000);
        }
        InterfaceLanguage::install(*qApp, u"en"_s);
        HandbookDialog book;
        QVERIFY(book.browser()->toPlainText().contains(u"Plenipo user guide"_s));
    }

    // Russian chosen on a system whose formats are American: the dates are written the Russian
    // way ("03.12.2026"), not "12/3/26 12:04 PM" (what QLocale::system() does once the choice
    // is in LANGUAGE). A system in the chosen language keeps its own formats.
    void datesFollowTheChosenLanguage()
    {
        const QByteArray lcAll = qgetenv("LC_ALL");
        qputenv("LC_ALL", "en_US.UTF-8");
        QCOMPARE(InterfaceLanguage::formatsLocale().language(), QLocale::English);
        InterfaceLanguage::install(*qApp, u"ru"_s);
        const QDateTime when(QDate(2026, 12, 3), QTime(12, 4));
        QCOMPARE(QLocale().toString(when, QLocale::ShortFormat), u"03.12.2026 12:04"_s);
        InterfaceLanguage::install(*qApp, u"fr"_s);
        QCOMPARE(QLocale().toString(when.date(), QLocale::ShortFormat), u"03/12/2026"_s);
        qputenv("LC_ALL", "ru_RU.UTF-8");
        QCOMPARE(InterfaceLanguage::formatsLocale().language(), QLocale::Russian);
        qputenv("LC_ALL", lcAll);
        InterfaceLanguage::install(*qApp, u"en"_s);
    }
};

QTEST_MAIN(TestInterfaceLanguage)
#include "tst_interfacelanguage.moc"
