// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "markup/markupdocument.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Plenipo {

class MarkupParser;

// What `plenipo markup check FILE|-` and `plenipo markup stats FILE|- [--json]` print: a markup
// file (MarkupDocument: clauses separated by blank lines) parsed and its diagnostics and
// statistics formatted.
//
//   const MarkupReport report = MarkupReport::fromFile(path, parser); // throws Error (Io)
//   out << report.diagnosticsText();           // check: exit status 1 if report.hasErrors()
//   out << report.statisticsText();            // stats
//   QJsonDocument(report.statisticsJson());    // stats --json
class MarkupReport
{
public:
    MarkupReport() = default;

    // Reads the file as UTF-8 (a byte order mark is dropped); "-" reads standard input, shown
    // as "<stdin>" in messages. Throws Plenipo::Error of kind Io if it cannot be read.
    static MarkupReport fromFile(const QString &path, const MarkupParser &parser);
    // Parses text already read; displayName is used in messages.
    static MarkupReport fromText(const QString &displayName, const QString &text,
                                 const MarkupParser &parser);

    const QString &displayName() const { return m_displayName; }
    const MarkupDocument &document() const { return m_document; }
    const QList<MarkupDiagnostic> &diagnostics() const { return m_diagnostics; }
    int errorCount() const { return m_document.statistics().errors; }
    int warningCount() const { return m_document.statistics().warnings; }
    bool hasErrors() const { return errorCount() > 0; }

    // One line per diagnostic, "FILE:LINE:COL: error: message" (or "warning:"), LINE and COL
    // 1-based in the file, COL in UTF-16 code units.
    QStringList diagnosticLines() const;
    // diagnosticLines(), each ended by "\n"; empty when there is nothing to report.
    QString diagnosticsText() const;

    // Statistics for people: a table with a row per clause and a total row, then the document
    // totals one per line. Ends with "\n".
    QString statisticsText() const;
    // {"file": NAME, "clauses": [{"index": 1, "line": 1, <MarkupStatistics::toJson()>}, ...],
    //  "total": <MarkupStatistics::toJson() of the sum>}
    QJsonObject statisticsJson() const;

private:
    QString m_displayName;
    MarkupDocument m_document;
    QList<MarkupDiagnostic> m_diagnostics;
};

} // namespace Plenipo
