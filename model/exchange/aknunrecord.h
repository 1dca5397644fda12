// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

#include <pugixml.hpp>

namespace Plenipo {

class AknImporter;
class AknXml;

// The UN record in an Akoma Ntoso resolution (research, issue 15), read into an AknImporter's
// plan: the document's kind, symbol, date and title, the recorded vote with each voter resolved
// to a state, and the sponsors from the workflow (see SponsorList). A file-local helper of
// AknImporter, like its reader.
class AknUnRecord
{
    // Its messages go into the importer's report.
    Q_DECLARE_TR_FUNCTIONS(Plenipo::AknImporter)

public:
    AknUnRecord(AknImporter &importer, const AknXml &xml, QString fileName);

    // Kind, date, symbol and title from the meta, cover page and preface of `top`.
    void readMeta(pugi::xml_node top);
    // Only the date (a collection's part takes the rest from the collection).
    void readMetaDate(pugi::xml_node top);
    // The counts of <voting>: in favour, against, abstaining, each name resolved.
    void readVotes(pugi::xml_node voting);
    // The sponsors of the draft, from the workflow's steps; a coalition group of them.
    void readSponsors(pugi::xml_node workflow);
    // The counts read as the recorded vote of the document (meeting from `top`'s workflow).
    void recordVote(pugi::xml_node top);

private:
    AknImporter &m_imp;
    const AknXml &m_xml;
    QString m_fileName;
};

} // namespace Plenipo
