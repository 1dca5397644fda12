// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/csvwriter.h"

using namespace Qt::StringLiterals;

namespace Plenipo {

QByteArray CsvWriter::record(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        const QString &f = fields[i];
        const bool quote = f.contains(u',') || f.contains(u'"') || f.contains(u'\n') ||
                           f.contains(u'\r') || f.startsWith(u' ') || f.endsWith(u' ');
        if (!quote) {
            out += f.toUtf8();
            continue;
        }
        QString q = f;
        q.replace(u"\""_s, u"\"\""_s);
        out += '"' + q.toUtf8() + '"';
    }
    out += "\r\n";
    return out;
}

} // namespace Plenipo
