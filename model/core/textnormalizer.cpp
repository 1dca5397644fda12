// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/textnormalizer.h"

using namespace Qt::StringLiterals;

namespace Plenipo {

QString TextNormalizer::foldName(QStringView name)
{
    // NFKD splits letters from their accents (Ü -> U + combining diaeresis, İ -> I + dot above);
    // the marks are then dropped.
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
            continue;
        if (c == u'\u0131') // dotless i (Turkish)
            c = u'i';
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            out += c.toCaseFolded();
        } else if (c == u'&') {
            if (!out.isEmpty())
                out += u' ';
            out += u"and"_s;
            pendingSpace = true;
        } else if (c == u'\'' || c == u'\u2019' || c == u'\u02bc') {
            // Apostrophes join: "D'IVOIRE" and "d’Ivoire" both fold to "divoire".
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

} // namespace Plenipo
