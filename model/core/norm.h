// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Plenipo {

// A catalogue entry for a norm, e.g. GGE2015-13f from A/70/174 paragraph 13(f).
struct Norm
{
    qint64 id = 0;
    QString code;         // "GGE2015-13f"
    QString title;        // short title
    QString summary;      // paraphrase
    QString sourceSymbol; // "A/70/174"
    QString paragraph;    // "13(f)"
};

} // namespace Plenipo
