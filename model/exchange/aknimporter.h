// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/document.h"
#include "core/position.h"
#include "core/process.h"
#include "core/stategroup.h"
#include "exchange/importreport.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Plenipo {

class Workspace;

// Imports an Akoma Ntoso 3.0 document as a new document of the workspace, in two steps: read()
// parses and checks everything and fills the report without writing anything; apply() writes
// the document, its clauses, positions and metadata in one batch (all or nothing).
//
// Two kinds of input are understood:
// - a file written by AknExporter (it has Plenipo metadata in <proprietary>): clauses, markup
//   (from the inline elements), positions, process, lineage, norms and coalition come back as
//   they were exported; a position element names its states="FRA DEU ..." (or one state="FRA",
//   as exports before the grouping wrote it);
// - a UN General Assembly resolution in AKN4UN: symbol, title, adoption date, preambular
//   paragraphs (numbered PP1, PP2, ...), operative paragraphs with their numbers and sub-points
//   ("1(a)"), footnotes (as drafting notes "^[...]"), sponsors (a coalition group "Sponsors of
//   SYMBOL") and the recorded vote. The vote becomes positions on every operative paragraph:
//   in favour -> supports, against -> objects, abstaining -> reservation, source kind "vote",
//   source symbol the resolution's symbol, source date the adoption date. Every voter is
//   resolved through StateDirectory::resolve(); a name that does not resolve is a warning in
//   the report (with its line), never dropped silently.
//
// read() throws Error(Kind::Invalid) for input it refuses outright (a DTD or entities, invalid
// UTF-8, malformed or truncated XML, not Akoma Ntoso), naming the file and line.
class AknImporter
{
public:
    explicit AknImporter(const Workspace &workspace);

    void read(QByteArrayView data, const QString &fileName);
    // Writes the document into `workspace` (the one given to the constructor, opened
    // read-write) in one batch. Refuses (throws Error) when the report has errors.
    void apply(Workspace &workspace);

    ImportReport &report() { return m_report; }
    const ImportReport &report() const { return m_report; }

    // What read() found.
    bool isPlenipoFile() const { return m_plenipo; }
    const Document &document() const { return m_document; }
    struct PlannedClause
    {
        QString eId;
        QString number;
        QString text;
        QString origin; // "SYMBOL#NUMBER" of the clause it descends from
        QStringList norms;
        bool operative = true; // false for preambular paragraphs
    };
    const QList<PlannedClause> &clauses() const { return m_clauses; }
    struct PlannedPosition
    {
        int clause = -1; // index into clauses()
        Position position;
    };
    const QList<PlannedPosition> &positions() const { return m_positions; }
    // Resolved votes of a UN resolution: ISO3 codes in favour, against, abstaining.
    const QStringList &votes(Stance stance) const;
    const QStringList &sponsors() const { return m_sponsors; }

private:
    const Workspace &m_workspace;
    ImportReport m_report;
    bool m_plenipo = false;
    Document m_document;
    QString m_processCode;
    QString m_predecessor;
    std::optional<Process> m_newProcess;
    std::optional<StateGroup> m_newGroup;
    QList<PlannedClause> m_clauses;
    QList<PlannedPosition> m_positions;
    QStringList m_inFavour;
    QStringList m_against;
    QStringList m_abstaining;
    QStringList m_sponsors;
    QStringList m_adherents; // of a coalition document
    bool m_read = false;

    friend class AknReader;
};

} // namespace Plenipo
