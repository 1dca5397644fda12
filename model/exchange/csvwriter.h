// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QStringList>

namespace Plenipo {

// Writes RFC 4180 CSV in UTF-8: fields are quoted when they hold a comma, a double quote, a line
// break or leading/trailing spaces (quotes doubled inside), records end with CRLF. libcsv has a
// writer too (csv_fwrite), but it writes to a FILE* and quotes every field; this is the
// counterpart of CsvReader in a dozen lines.
class CsvWriter
{
public:
    static QByteArray record(const QStringList &fields);
    // The UTF-8 byte order mark, written first so that spreadsheet programs read UTF-8.
    static QByteArray byteOrderMark() { return QByteArray("\xEF\xBB\xBF"); }
};

} // namespace Plenipo
