// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/language.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString &currentCode()
{
    static QString code = u"en"_s;
    return code;
}

QLocale::Language qtLanguage(QStringView code)
{
    if (code == u"ar")
        return QLocale::Arabic;
    if (code == u"zh")
        return QLocale::Chinese;
    if (code == u"fr")
        return QLocale::French;
    if (code == u"ru")
        return QLocale::Russian;
    if (code == u"es")
        return QLocale::Spanish;
    return QLocale::English;
}

} // namespace

const QStringList &Language::codes()
{
    static const QStringList list{u"ar"_s, u"zh"_s, u"en"_s, u"fr"_s, u"ru"_s, u"es"_s};
    return list;
}

bool Language::isSupported(QStringView code)
{
    return codes().contains(code);
}

QString Language::fromLocale(const QLocale &locale)
{
    // uiLanguages() follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG on Unix ("fr-FR", "fr").
    for (const QString &tag : locale.uiLanguages()) {
        const QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (isSupported(code))
            return code;
    }
    return u"en"_s;
}

QString Language::resolve(const QString &choice, const QString &setting, const QLocale &system)
{
    if (isSupported(choice))
        return choice;
    if (isSupported(setting))
        return setting;
    return fromLocale(system);
}

QLocale Language::locale(const QString &code, const QLocale &system)
{
    const QLocale::Language language = qtLanguage(code);
    if (system.language() == language)
        return system;
    if (language == QLocale::Chinese)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    if (language == QLocale::Arabic)
        return QLocale(QLocale::Arabic, QLocale::Egypt);
    if (language == QLocale::English)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(language);
}

Qt::LayoutDirection Language::direction(const QString &code)
{
    return code == u"ar" ? Qt::RightToLeft : Qt::LeftToRight;
}

QString Language::nativeName(const QString &code)
{
    if (code == u"zh")
        return u"中文"_s;
    // As language menus write them: "Français", "Español", "Русский".
    QString name = QLocale(qtLanguage(code)).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString Language::current()
{
    return currentCode();
}

void Language::setCurrent(const QString &code)
{
    currentCode() = isSupported(code) ? code : u"en"_s;
}

std::unique_ptr<QTranslator> Language::translator(const QString &code)
{
    // English is the source language: its catalogue holds only the plural forms ("1 state",
    // "2 states" for "%n state(s)").
    if (!isSupported(code))
        return nullptr;
    auto t = std::make_unique<QTranslator>();
    if (!t->load(u":/i18n/plenipo_%1.qm"_s.arg(code)))
        return nullptr;
    return t;
}

QString Language::translate(const QString &code, const char *context, const char *text, int n)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    std::shared_ptr<QTranslator> t;
    {
        const QMutexLocker lock(&mutex);
        auto it = loaded.find(code);
        if (it == loaded.end())
            it = loaded.insert(code, std::shared_ptr<QTranslator>(translator(code)));
        t = it.value();
    }
    QString result = t ? t->translate(context, text, nullptr, n) : QString();
    if (result.isEmpty())
        result = QString::fromUtf8(text);
    // Like QCoreApplication::translate(): %n becomes the count (in Western digits, as in the
    // UN's documents in every language).
    if (n >= 0)
        result.replace(u"%n"_s, QString::number(n));
    return result;
}

QString Language::isolate(const QString &text)
{
    if (text.isEmpty() || direction(current()) != Qt::RightToLeft)
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

qsizetype Language::displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString Language::pad(const QString &text, qsizetype width, bool alignRight)
{
    const QString spaces(std::max<qsizetype>(0, width - displayWidth(text)), u' ');
    return alignRight ? spaces + text : text + spaces;
}

} // namespace Plenipo
