// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markupsyntax.h"

#include <KSyntaxHighlighting/Repository>

#include <QPalette>

using namespace Qt::StringLiterals;

namespace Plenipo {

KSyntaxHighlighting::Repository &MarkupSyntax::repository()
{
    static KSyntaxHighlighting::Repository *repo = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        r->addCustomSearchPath(u":/plenipo"_s); // finds :/plenipo/syntax/plenipo-markup.xml
        return r;
    }();
    return *repo;
}

KSyntaxHighlighting::Definition MarkupSyntax::definition()
{
    return repository().definitionForName(u"Plenipo Markup"_s);
}

KSyntaxHighlighting::Theme MarkupSyntax::themeFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace Plenipo
