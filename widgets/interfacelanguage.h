// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Plenipo {

// The language the workbench and its command line speak, and everything that has to follow it:
// Plenipo's and Qt's catalogues, KDE's own (KXmlGui's menus from plenipo.rc, whose texts go
// through KLocalizedString and the kxmlgui6 domain; the standard actions; the Help menu), the
// default locale for numbers and dates, and the layout direction (right to left for Arabic).
class InterfaceLanguage
{
public:
    // The language asked for: --language CODE in `arguments`, else the `ui/language` setting
    // (set by Preferences; empty follows the system); empty when neither names one of the six.
    static QString explicitChoice(const QStringList &arguments);
    // The interface language: explicitChoice() for the workbench, else the system locale
    // (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). The command line follows the locale only.
    static QString choose(const QStringList &arguments, bool commandLine);
    // Before QApplication exists: KDE's catalogues load while it starts, in the languages of
    // LANGUAGE, so an explicit choice goes there (KDE keeps Chinese under zh_CN).
    static void exportToEnvironment(int argc, char **argv);
    // KDE's names for a language's catalogues ("zh" -> "zh_CN").
    static QStringList kdeLanguages(const QString &code);
    // Installs the catalogues of `code` (replacing those of an earlier call), sets the default
    // locale and, in a GUI application, KDE's languages and the layout direction.
    static void install(QCoreApplication &app, const QString &code);
    // The locale the system formats dates and numbers with (LC_ALL, LC_TIME or LANG).
    // QLocale::system() takes its language from LANGUAGE, which an explicit choice exports, but
    // keeps the formats of LC_*: under LC_ALL=en_US and LANGUAGE=ru it says "ru_RU" and writes
    // "12/3/26 12:04 PM". A language the formats' locale does not speak gets its own formats.
    static QLocale formatsLocale();
    // `text` with its accelerator (&) moved to the start of its word: inside an Arabic word the
    // underline breaks the letters' joining on screen ("ت&حرير", KDE's Edit menu).
    static QString wordStartAccelerator(const QString &text);
};

} // namespace Plenipo
