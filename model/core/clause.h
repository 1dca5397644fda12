// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace Plenipo {

// A numbered paragraph of a document. `text` is the current text (the latest revision's);
// `originId` links it to the clause of the predecessor document it descends from (lineage).
struct Clause
{
    qint64 id = 0;
    qint64 documentId = 0;
    int ordinal = 0; // position in the document, 0-based
    QString number;  // as negotiators number it: "13(f)", "13 bis", "4.2"
    QString text;
    qint64 originId = 0;
    qint64 revisionId = 0; // id of the current (latest) revision
    QList<qint64> normIds; // the norms it derives from
};

} // namespace Plenipo
