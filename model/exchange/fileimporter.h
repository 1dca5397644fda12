// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/draftimporter.h"
#include "exchange/importguard.h"
#include "exchange/importreport.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Plenipo {

class AknImporter;
class PositionsCsvImporter;
class Workspace;

// The one entry point for importing a file, used by `plenipo import` and the Import dialog:
// picks the importer for the format, reads and checks the file (refusing oversized, malformed
// or hostile input before anything is written), shows what it would do in the report, and
// applies it in one batch when asked.
//
//   akn   Akoma Ntoso XML: a Plenipo export or a UN resolution (AknImporter)
//   docx  a draft in Word (DraftImporter)
//   txt   a draft in plain text (DraftImporter)
//   csv   positions (PositionsCsvImporter); the only format whose valid rows may be imported
//         despite errors in others (acceptValid)
class FileImporter
{
public:
    enum class Format
    {
        Akn,
        Docx,
        Text,
        Csv,
    };
    struct Options
    {
        ImportGuard::Limits limits;
        DraftImporter::Options draft; // docx and txt
        // akn: a document already in the workspace is replaced instead of being an error.
        bool replaceExisting = false;
    };

    explicit FileImporter(const Workspace &workspace);
    FileImporter(const Workspace &workspace, Options options);
    ~FileImporter();

    static QString key(Format format);
    static std::optional<Format> formatFromKey(QStringView key);
    static QStringList formatKeys();
    // From the file name: .xml/.akn -> akn, .docx, .csv, anything else txt.
    static Format guessFormat(const QString &path);

    // Reads and checks the file; writes nothing. Throws Error (Kind::Io, Kind::Invalid) when
    // the input is refused: too large, a zip entry that expands too far, invalid UTF-8, a DTD
    // or entities, malformed XML.
    const ImportReport &read(const QString &path, std::optional<Format> format = {});
    const ImportReport &readData(QByteArrayView data, const QString &name, Format format);

    Format format() const { return m_format; }
    const ImportReport &report() const;
    ImportReport &report();
    // Whether apply() would write something: no errors, or (CSV) valid rows the user accepts.
    bool canApply(bool acceptValid = false) const;
    bool offersValidRows() const;
    // Writes into `workspace` (the one given to the constructor) in one batch; throws Error and
    // changes nothing when there are errors (unless acceptValid for CSV).
    void apply(Workspace &workspace, bool acceptValid = false);

    const AknImporter *aknImporter() const { return m_akn.get(); }
    const PositionsCsvImporter *csvImporter() const { return m_csv.get(); }
    const DraftImporter *draftImporter() const { return m_draft.get(); }

private:
    const Workspace &m_workspace;
    Options m_options;
    Format m_format = Format::Akn;
    std::unique_ptr<AknImporter> m_akn;
    std::unique_ptr<PositionsCsvImporter> m_csv;
    std::unique_ptr<DraftImporter> m_draft;
    ImportReport m_empty;
};

} // namespace Plenipo
