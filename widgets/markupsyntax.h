// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Plenipo {

// The KSyntaxHighlighting repository with Plenipo's markup definition
// (resources/syntax/plenipo-markup.xml, compiled in under :/plenipo/syntax), shared by every
// editor of the process.
class MarkupSyntax
{
public:
    static KSyntaxHighlighting::Repository &repository();
    static KSyntaxHighlighting::Definition definition();
    // KSyntaxHighlighting's default light or dark theme, whichever suits the palette.
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);
};

} // namespace Plenipo
