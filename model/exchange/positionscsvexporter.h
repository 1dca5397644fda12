// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/documentexporter.h"

#include <QStringList>

namespace Plenipo {

// Exports every position of a document as a CSV table (RFC 4180, UTF-8 with a byte order mark),
// one row per state and clause (or alternative), in clause order, with the header
//
//   document,clause,alternative,state,stance,source_kind,source_text,source_symbol,
//   source_date,note,internal
//
// (README, "CSV of positions"). Internal rows are written only when
// options.mayIncludeInternal(): never in a coalition export. A coalition export holds the rows
// of the coalition's adherents only. PositionsCsvImporter reads the same format.
class PositionsCsvExporter : public DocumentExporter
{
public:
    QString format() const override;
    QString suffix() const override;
    QString displayName() const override;
    void write(const Workspace &workspace, const ExportOptions &options,
               QIODevice &device) const override;

    // The header, in order.
    static const QStringList &columns();
};

} // namespace Plenipo
