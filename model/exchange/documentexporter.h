// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/exportoptions.h"

#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace Plenipo {

class Workspace;

// One export format (docx, pdf, odt, akn, csv). An exporter is stateless: write() may be called
// for any document of any workspace. Errors are Plenipo::Error (Kind::Invalid for a bad option
// such as an unknown document or coalition, Kind::Io for the file, Kind::Cancelled when
// options.progress asked to stop).
class DocumentExporter
{
public:
    virtual ~DocumentExporter();

    // "docx", "pdf", "odt", "akn", "csv": what `plenipo export --format` takes.
    virtual QString format() const = 0;
    // File name suffix without the dot ("docx", "xml"...).
    virtual QString suffix() const = 0;
    // Human name for the GUI ("Word document").
    virtual QString displayName() const = 0;

    // Writes the export to `device` (open for writing).
    virtual void write(const Workspace &workspace, const ExportOptions &options,
                       QIODevice &device) const = 0;

    // Writes the export to `path` through AtomicFile: a failed or cancelled export leaves no
    // file (and an existing file at `path` untouched).
    void exportToFile(const Workspace &workspace, const ExportOptions &options,
                      const QString &path) const;

    // The exporter for a format name (case ignored), or nullptr when there is none.
    static std::unique_ptr<DocumentExporter> create(QStringView format);
    // Every format create() knows, in the order the GUI and --help list them.
    static QStringList formats();
};

} // namespace Plenipo
