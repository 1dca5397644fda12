// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/position.h"
#include "exchange/importreport.h"

#include <QByteArrayView>
#include <QList>

namespace Plenipo {

class Workspace;

// Imports positions from a CSV table in the format PositionsCsvExporter writes (README, "CSV of
// positions"; UTF-8 with or without a byte order mark). read() checks every row and writes
// nothing: an unknown document, clause, alternative or state, a bad stance, date or internal
// flag, a wrong number of fields and a duplicate row (same document, clause, alternative and
// state as an earlier line) are errors with their line number. apply() then writes the valid
// rows in one batch, each replacing the state's earlier position on that clause or
// alternative; when there are errors it writes nothing unless the caller accepts the valid
// rows (acceptValid: `--accept-valid`, the dialog's "Import valid rows").
class PositionsCsvImporter
{
public:
    explicit PositionsCsvImporter(const Workspace &workspace);

    void read(QByteArrayView data, const QString &fileName);
    void apply(Workspace &workspace, bool acceptValid = false);

    ImportReport &report() { return m_report; }
    const ImportReport &report() const { return m_report; }

    struct Row
    {
        int line = 0;
        Position position; // clauseId set; id 0
    };
    const QList<Row> &validRows() const { return m_rows; }
    // The positions of the valid rows (for SetPositionsCommand: an undoable import).
    QList<Position> positions() const;
    int rowCount() const { return m_rowCount; }

private:
    const Workspace &m_workspace;
    ImportReport m_report;
    QList<Row> m_rows;
    int m_rowCount = 0;
    bool m_read = false;
};

} // namespace Plenipo
