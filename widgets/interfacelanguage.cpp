// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interfacelanguage.h"

#include "core/language.h"

#include <KLocalizedString>

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {
// The translators of the last install(), removed by the next one.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}
// The KDE Frameworks the workbench uses that translate through Qt (ecm_create_qm_loader).
constexpr const char *kdeQtCatalogues[] = {
    "kconfig6_qt",      "kwidgetsaddons6_qt", "kcoreaddons6_qt", "kitemviews6_qt",
    "kglobalaccel6_qt", "karchive6_qt",       "kcodecs6_qt",     "syntaxhighlighting6_qt",
};
} // namespace

QString InterfaceLanguage::explicitChoice(const QStringList &arguments)
{
    QString choice;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == u"--language" || a == u"-language") && i + 1 < arguments.size())
            choice = arguments.at(i + 1);
        else if (a.startsWith(u"--language="))
            choice = a.section(u'=', 1);
    }
    if (Language::isSupported(choice))
        return choice;
    const QString setting = QSettings().value(u"ui/language"_s).toString();
    return Language::isSupported(setting) ? setting : QString();
}

QString InterfaceLanguage::choose(const QStringList &arguments, bool commandLine)
{
    if (commandLine)
        return Language::fromLocale(QLocale::system());
    return Language::resolve(explicitChoice(arguments), QString(), QLocale::system());
}

void InterfaceLanguage::exportToEnvironment(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString code = explicitChoice(arguments);
    if (!code.isEmpty())
        qputenv("LANGUAGE", kdeLanguages(code).join(u':').toLatin1());
}

QStringList InterfaceLanguage::kdeLanguages(const QString &code)
{
    return code == u"zh" ? QStringList{u"zh_CN"_s, u"zh"_s} : QStringList{code};
}

QString InterfaceLanguage::wordStartAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') { // a literal ampersand
            ++i;
            continue;
        }
        qsizetype start = i;
        while (start > 0 && text.at(start - 1).isLetter())
            --start;
        if (start == i)
            return text;
        QString moved = text;
        moved.remove(i, 1);
        moved.insert(start, u'&');
        return moved;
    }
    return text;
}

QLocale InterfaceLanguage::formatsLocale()
{
    const QLocale system = QLocale::system();
    for (const char *variable : {"LC_ALL", "LC_TIME", "LANG"}) {
        const QByteArray value = qgetenv(variable);
        if (value.isEmpty())
            continue;
        const QLocale formats(QString::fromLatin1(value.split('.').first()));
        if (formats.language() == QLocale::C)
            return system;
        return formats.language() == system.language() ? system : formats;
    }
    return system;
}

void InterfaceLanguage::install(QCoreApplication &app, const QString &code)
{
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();
    Language::setCurrent(code);
    const QLocale locale = Language::locale(code, formatsLocale());
    QLocale::setDefault(locale);
    if (code != u"en") {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, u"qtbase"_s, u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installed() << qt;
        } else {
            delete qt;
        }
    }
    // KDE's Qt catalogues (the standard actions and shortcuts of KConfigGui, KWidgetsAddons'
    // buttons...), which KDE itself loaded at start-up for the system's language only.
    if (code != u"en") {
        for (const char *catalogue : kdeQtCatalogues) {
            for (const QString &dir : kdeLanguages(code)) {
                const QString file = QStandardPaths::locate(
                    QStandardPaths::GenericDataLocation,
                    u"locale/%1/LC_MESSAGES/%2.qm"_s.arg(dir, QLatin1StringView(catalogue)));
                auto *t = new QTranslator(&app);
                if (!file.isEmpty() && t->load(file)) {
                    QCoreApplication::installTranslator(t);
                    installed() << t;
                    break;
                }
                delete t;
            }
        }
    }
    if (std::unique_ptr<QTranslator> own = Language::translator(code)) {
        own->setParent(&app);
        QCoreApplication::installTranslator(own.get());
        installed() << own.release();
    }
    if (qobject_cast<QGuiApplication *>(&app)) {
        // KXmlGui's menus and KHelpMenu in the same language, whatever LANGUAGE said when
        // KDE's catalogues loaded.
        KLocalizedString::setLanguages(kdeLanguages(code));
        QGuiApplication::setLayoutDirection(Language::direction(code));
    }
}

} // namespace Plenipo
