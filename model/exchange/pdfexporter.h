// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/documentexporter.h"

namespace Plenipo {

// PDF document (.pdf) export: ExportDocument::build(), then TextDocumentBuilder and QPdfWriter.
class PdfExporter : public DocumentExporter
{
public:
    QString format() const override;
    QString suffix() const override;
    QString displayName() const override;
    void write(const Workspace &workspace, const ExportOptions &options,
               QIODevice &device) const override;
};

} // namespace Plenipo
