// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/document.h"
#include "core/position.h"
#include "core/process.h"
#include "core/recordedvote.h"
#include "core/stategroup.h"
#include "exchange/importreport.h"
#include "exchange/sponsorlist.h"

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

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
// A resolution adopted in parts (a <documentCollection> whose components are <statement>s) gives
// one document per part ("A/RES/77/256 A", "A/RES/77/256 B"), each with its own paragraphs,
// sponsors and vote (a part without a vote of its own takes the collection's): parts() lists
// them and apply() writes them all in one batch. A recorded vote is also kept as the vote it is
// (recordedVote(): every UN member state's yes, no, abstention or absence).
//
// Sponsors (readSponsors): the longest known state name first, so that "Bosnia and Herzegovina"
// stays whole; "Uganda (on behalf of ... the Group of 77 and China)" makes Uganda the sponsor
// for that group (onBehalfOf()); a draft submitted by a Chair, Vice-Chair, Rapporteur,
// President, Bureau or committee has no state sponsors and that is no warning (submittedBy()).
//
// read() throws Error(Kind::Invalid) for input it refuses outright (a DTD or entities, invalid
// UTF-8, malformed or truncated XML, not Akoma Ntoso), naming the file and line.
class AknImporter
{
public:
    explicit AknImporter(const Workspace &workspace);

    // With replaceExisting, a document whose symbol is already in the workspace is not an error:
    // apply() removes it (with its sponsors' group) and imports the file in its place.
    void setReplaceExisting(bool replace) { m_replaceExisting = replace; }
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
        // The numbers of the sections holding it ("II.B" for section II, subsection B); empty
        // at the top of the body. Used only while reading (see AknReader::finishNumbers).
        QString container;
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
    const QStringList &sponsors() const { return m_sponsors.sponsors(); }
    // ISO3 of a sponsor speaking for a group -> the group's name ("the Group of 77 and China").
    const QMap<QString, QString> &onBehalfOf() const { return m_sponsors.onBehalfOf(); }
    // "the Chair of the Committee" for a draft submitted by an officer or body; else empty.
    const QString &submittedBy() const { return m_sponsors.submittedBy(); }
    const std::optional<RecordedVote> &recordedVote() const { return m_vote; }
    // The parts of a <documentCollection> (empty for a single document); document() and the
    // other readers above then describe the first part.
    QList<const AknImporter *> parts() const;
    // Symbols already in the workspace this file would import again (with or without
    // replaceExisting): a bulk import reports and skips such a file.
    const QStringList &existingSymbols() const { return m_existing; }

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
    SponsorList m_sponsors;
    QStringList m_adherents; // of a coalition document
    std::optional<RecordedVote> m_vote;
    std::vector<std::unique_ptr<AknImporter>> m_parts;
    QStringList m_existing;
    bool m_replaceExisting = false;
    bool m_read = false;

    void applyOne(Workspace &workspace);

    friend class AknReader;
    friend class AknUnRecord;
};

} // namespace Plenipo
