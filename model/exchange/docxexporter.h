// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/documentexporter.h"

namespace Plenipo {

// Word document (.docx) export: ExportDocument::build(), then DocxWriter.
class DocxExporter : public DocumentExporter
{
public:
    QString format() const override;
    QString suffix() const override;
    QString displayName() const override;
    void write(const Workspace &workspace, const ExportOptions &options,
               QIODevice &device) const override;
};

} // namespace Plenipo
