// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Plenipo {

// Folds a state name for lookup: case- and accent-insensitive ("TÜRKİYE" == "Turkiye"),
// punctuation and spacing ignored ("NETHERLANDS (KINGDOM OF THE)" == "Netherlands, Kingdom of
// the"), "&" read as "and", typographic apostrophes as plain ones.
class TextNormalizer
{
public:
    static QString foldName(QStringView name);
};

} // namespace Plenipo
