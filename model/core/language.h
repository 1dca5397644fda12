// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Plenipo {

// The six official languages of the United Nations, as two-letter codes: ar zh en fr ru es.
// English is the source language of the catalogues; the other five are translations compiled
// into the library under :/i18n/plenipo_CODE.qm. This class decides which language the
// interface uses (an explicit choice, else the `ui/language` setting, else the system locale),
// and translates strings into any of the six for exports, independently of the interface.
class Language
{
public:
    // "ar", "zh", "en", "fr", "ru", "es", in the UN's order.
    static const QStringList &codes();
    // True for one of codes().
    static bool isSupported(QStringView code);
    // The supported language of a locale (its first UI language that is one of the six), or
    // "en" when none is.
    static QString fromLocale(const QLocale &locale);
    // The language the interface uses: `choice` when it is supported (a --language option),
    // else `setting` when it is supported (the `ui/language` setting; empty means "follow the
    // system"), else fromLocale(system).
    static QString resolve(const QString &choice, const QString &setting, const QLocale &system);
    // The QLocale used for numbers and dates in `code`: the system locale when it speaks that
    // language (fr_CA stays fr_CA), else the language's main locale (fr_FR, ar_EG, zh_CN...).
    static QLocale locale(const QString &code, const QLocale &system = QLocale::system());
    static Qt::LayoutDirection direction(const QString &code);
    // The language's own name ("Français", "العربية"...).
    static QString nativeName(const QString &code);

    // The interface language chosen at start-up (default "en"): state names and other data are
    // shown in it.
    static QString current();
    static void setCurrent(const QString &code);

    // A translator holding Plenipo's catalogue for `code` (for "en", the plural forms only);
    // nullptr when there is none.
    static std::unique_ptr<QTranslator> translator(const QString &code);
    // `text` (in `context`, with plural count `n`) translated into `code`, or `text` itself when
    // the catalogue has no translation. Thread-safe: catalogues are loaded once and kept.
    static QString translate(const QString &code, const char *context, const char *text,
                             int n = -1);

    // `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (U+2068, U+2069): data
    // (a symbol such as A/70/174, "13(a)", an English title) keeps its own direction inside a
    // label of the other direction, so in an Arabic interface "A/70/174  Report" does not
    // become "Report  A/70/174" and a Latin sentence keeps its full stop at its end. Only when
    // the interface (current()) is right to left: elsewhere `text` is returned as it is.
    static QString isolate(const QString &text);
    // The columns a text takes on a terminal: East Asian wide characters (Chinese, and the
    // full-width colon) take two. For the command line's aligned reports.
    static qsizetype displayWidth(const QString &text);
    // `text` padded with spaces to `width` columns, on the left (right-aligned) or the right.
    static QString pad(const QString &text, qsizetype width, bool alignRight);
};

} // namespace Plenipo
