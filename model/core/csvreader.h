// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace Plenipo {

// Reads RFC 4180 CSV (UTF-8, with or without a byte order mark) with libcsv, a well-kept
// strict parser, and keeps the line on which each record starts for error reports.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };
    struct Result
    {
        QList<Record> records;
        QString error;     // empty when the whole input was read
        int errorLine = 0; // where the error is
        bool ok() const { return error.isEmpty(); }
    };

    static Result parse(QByteArrayView data);
};

} // namespace Plenipo
