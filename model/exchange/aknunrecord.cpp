// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/aknunrecord.h"

#include "core/domaintext.h"
#include "exchange/aknimporter.h"
#include "exchange/aknxml.h"
#include "exchange/sponsorlist.h"
#include "storage/workspace.h"

#include <QHash>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Plenipo {

AknUnRecord::AknUnRecord(AknImporter &importer, const AknXml &xml, QString fileName)
    : m_imp(importer)
    , m_xml(xml)
    , m_fileName(std::move(fileName))
{}

void AknUnRecord::readMeta(pugi::xml_node top)
{
    Document &doc = m_imp.m_document;
    const QString type = AknXml::attr(top, "name");
    doc.kind = type == u"resolution"
                   ? Document::Kind::Resolution
                   : DomainText::documentKind(type).value_or(Document::Kind::Other);
    const pugi::xml_node ident = top.child("meta").child("identification");
    for (pugi::xml_node d : ident.child("FRBRWork").children("FRBRdate"))
        doc.date = QDate::fromString(AknXml::attr(d, "date"), Qt::ISODate);
    if (!doc.date.isValid()) {
        const pugi::xml_node d =
            top.child("conclusions").find_child_by_attribute("refersTo", "#adoptionDate");
        doc.date = QDate::fromString(AknXml::attr(d, "date"), Qt::ISODate);
    }
    // Symbol: the cover page's docNumber, else FRBRnumber, else "A/RES/" + the preface number.
    pugi::xml_node symbolNode = top.find_node([](pugi::xml_node n) {
        return std::strcmp(n.name(), "docNumber") == 0 &&
               std::strcmp(n.attribute("refersTo").value(), "#symbol") == 0;
    });
    doc.symbol = AknXml::str(symbolNode.child_value()).simplified();
    if (doc.symbol.isEmpty())
        doc.symbol = AknXml::attr(ident.child("FRBRWork").child("FRBRnumber"), "value");
    const pugi::xml_node preface = top.child("preface");
    if (doc.symbol.isEmpty()) {
        QString n = AknXml::cleanNumber(AknXml::str(
            preface
                .find_node([](pugi::xml_node x) { return std::strcmp(x.name(), "docNumber") == 0; })
                .child_value()));
        if (!n.isEmpty())
            doc.symbol = u"A/RES/"_s + n;
    }
    pugi::xml_node title =
        preface.find_node([](pugi::xml_node n) { return std::strcmp(n.name(), "docTitle") == 0; });
    if (!title)
        title =
            top.find_node([](pugi::xml_node n) { return std::strcmp(n.name(), "docTitle") == 0; });
    doc.title = AknXml::allText(title).simplified();
}

void AknUnRecord::readMetaDate(pugi::xml_node top)
{
    const pugi::xml_node ident = top.child("meta").child("identification");
    for (pugi::xml_node d : ident.child("FRBRWork").children("FRBRdate"))
        m_imp.m_document.date = QDate::fromString(AknXml::attr(d, "date"), Qt::ISODate);
}

void AknUnRecord::readVotes(pugi::xml_node voting)
{
    if (!voting || !voting.child("count")) {
        m_imp.m_report.info(QString(), tr("no recorded vote in the file: no positions"));
        return;
    }
    QHash<QString, QString> votedAs; // ISO3 -> "in favour"
    for (pugi::xml_node count : voting.children("count")) {
        const QString kind = AknXml::attr(count, "refersTo").remove(u'#');
        Stance stance;
        QStringList *list = nullptr;
        QString label;
        if (kind == u"inFavour") {
            stance = Stance::Supports;
            list = &m_imp.m_inFavour;
            //: A count of a recorded vote, as it is named in the import's messages.
            label = tr("in favour");
        } else if (kind == u"against") {
            stance = Stance::Objects;
            list = &m_imp.m_against;
            //: A count of a recorded vote, as it is named in the import's messages.
            label = tr("against");
        } else if (kind == u"abstaining") {
            stance = Stance::Reservation;
            list = &m_imp.m_abstaining;
            //: A count of a recorded vote, as it is named in the import's messages.
            label = tr("abstaining");
        } else {
            m_imp.m_report.warning(m_xml.place(count),
                                   tr("vote count '%1' is not in favour, against or abstaining; "
                                      "left out")
                                       .arg(kind));
            continue;
        }
        int names = 0;
        for (pugi::xml_node voters : count.children()) {
            if (AknXml::localName(voters) != u"voters")
                continue;
            for (pugi::xml_node org : voters.children()) {
                if (org.type() != pugi::node_element)
                    continue;
                ++names;
                const QString name = AknXml::str(org.child_value()).simplified();
                const State *state = m_imp.m_workspace.states().resolve(name);
                if (!state) {
                    m_imp.m_report.warning(m_xml.place(org),
                                           //: %1 is the voter's name in the file, %2 the count it
                                           //: is listed in (in favour, against, abstaining).
                                           tr("voter '%1' (%2) does not resolve to a state of the "
                                              "workspace: no position recorded for it")
                                               .arg(name, label));
                    continue;
                }
                if (!state->unMember) {
                    m_imp.m_report.warning(m_xml.place(org),
                                           //: %1 is the state's name in the file, %2 the count
                                           //: it is listed in (in favour, against, abstaining).
                                           tr("%1 (%2) is an observer state, which has no vote: "
                                              "left out of the recorded vote")
                                               .arg(name, label));
                    continue;
                }
                if (votedAs.contains(state->iso3)) {
                    m_imp.m_report.warning(
                        m_xml.place(org),
                        //: %1 is the state's name in the file, %2 its ISO code, %3 and %4 the
                        //: counts it is listed in (in favour, against, abstaining).
                        tr("%1 (%2) is listed both %3 and %4; "
                           "the first is kept")
                            .arg(name, state->iso3, votedAs.value(state->iso3), label));
                    continue;
                }
                votedAs.insert(state->iso3, label);
                list->append(state->iso3);
            }
        }
        const int declared = AknXml::attr(count, "value").toInt();
        if (declared != names)
            m_imp.m_report.warning(
                m_xml.place(count),
                //: %1 is the number the file declares, %2 the count (in favour, against,
                //: abstaining): "the count says 163 in favour but 162 names are listed".
                tr("the count says %1 %2 but %n names are listed", nullptr, names)
                    .arg(declared)
                    .arg(label));
        Q_UNUSED(stance)
    }
}

// Sponsor lists (research, issue 15): "A, B, Bosnia and Herzegovina and C", a state speaking for
// a group ("Uganda (on behalf of ... the Group of 77 and China)"), or an officer or body
// ("submitted by the Chair of the Committee"). Hand-written: a name can contain "and", so the list
// is cut at commas outside parentheses and each piece is matched longest known state name first.
void AknUnRecord::readSponsors(pugi::xml_node workflow)
{
    QString draft;
    pugi::xml_node first;
    for (pugi::xml_node step : workflow.children("step")) {
        const QString outcome = AknXml::attr(step, "outcome");
        if (outcome != u"draftResolution" && outcome != u"draftResolutionAdditionalSponsors")
            continue;
        if (outcome == u"draftResolution") {
            draft = AknXml::attr(step, "as");
            first = step;
        }
        const QString where = m_xml.place(step);
        for (const QString &piece : SponsorList::splitOutsideParentheses(AknXml::attr(step, "by")))
            m_imp.m_sponsors.add(piece, where, m_imp.m_report);
    }
    const QString symbol = m_imp.m_document.symbol;
    if (!m_imp.m_sponsors.submittedBy().isEmpty())
        //: An item the import creates: %1 is who submitted the draft ("the Chair of the
        //: Committee").
        m_imp.m_report.addCreated(
            tr("submitted by %1 (no state sponsors)").arg(m_imp.m_sponsors.submittedBy()));
    for (auto it = m_imp.m_sponsors.onBehalfOf().cbegin();
         it != m_imp.m_sponsors.onBehalfOf().cend(); ++it)
        //: An item the import creates: %1 is a state's ISO code, %2 the group it speaks for.
        m_imp.m_report.addCreated(tr("sponsor %1 on behalf of %2").arg(it.key(), it.value()));
    if (m_imp.m_sponsors.sponsors().isEmpty())
        return;
    StateGroup group;
    group.code = symbol + u" sponsors"_s;
    group.name = draft.isEmpty() ? u"Sponsors of %1"_s.arg(symbol)
                                 : u"Sponsors of %1 (draft %2)"_s.arg(symbol, draft);
    group.kind = StateGroup::Kind::Coalition;
    group.description =
        u"The sponsors of draft resolution %1, as listed in the Akoma Ntoso file %2."_s.arg(
            draft, m_fileName);
    for (auto it = m_imp.m_sponsors.onBehalfOf().cbegin();
         it != m_imp.m_sponsors.onBehalfOf().cend(); ++it)
        group.description += u" %1 sponsored it on behalf of %2."_s.arg(it.key(), it.value());
    group.members = m_imp.m_sponsors.sponsors();
    std::sort(group.members.begin(), group.members.end());
    if (m_imp.m_workspace.group(group.code) && !m_imp.m_replaceExisting) {
        // The sponsors of a document already in the workspace: the same resolution again,
        // which the document's own "already has" error reports (a bulk import skips it); a
        // second error would make it look like a failure.
        if (!m_imp.m_workspace.documentBySymbol(symbol))
            m_imp.m_report.error(m_xml.place(first),
                                 tr("the workspace already has a group '%1'").arg(group.code));
        return;
    }
    m_imp.m_newGroup = group;
    //: An item the import creates: %1 is the group's name ("Sponsors of A/RES/75/32").
    m_imp.m_report.addCreated(
        tr("group '%1' (coalition): %n sponsor(s)", nullptr, int(group.members.size()))
            .arg(group.name));
}

// The recorded vote as the vote it is: every UN member state of the workspace yes, no, abstain
// or absent (not listed). Observer states never vote and are not recorded.
void AknUnRecord::recordVote(pugi::xml_node top)
{
    if (m_imp.m_inFavour.isEmpty() && m_imp.m_against.isEmpty() && m_imp.m_abstaining.isEmpty())
        return;
    RecordedVote vote;
    vote.date = m_imp.m_document.date;
    for (pugi::xml_node step : top.child("meta").child("workflow").children("step")) {
        if (AknXml::attr(step, "outcome") == u"adopted")
            vote.meeting = AknXml::attr(step, "as");
    }
    for (const State &s : m_imp.m_workspace.states().states()) {
        if (s.unMember)
            vote.choices.insert(s.iso3, RecordedVote::Choice::Absent);
    }
    const QList<std::pair<const QStringList *, RecordedVote::Choice>> lists{
        {&m_imp.m_inFavour, RecordedVote::Choice::Yes},
        {&m_imp.m_against, RecordedVote::Choice::No},
        {&m_imp.m_abstaining, RecordedVote::Choice::Abstain}};
    for (const auto &[list, choice] : lists) {
        for (const QString &iso : *list)
            vote.choices.insert(iso, choice);
    }
    m_imp.m_vote = vote;
    //: An item the import creates: %1 to %4 are the numbers of states that voted yes, no,
    //: abstained and were absent.
    m_imp.m_report.addCreated(tr("recorded vote kept as a vote: %1 yes, %2 no, %3 abstaining, %4 "
                                 "absent")
                                  .arg(vote.count(RecordedVote::Choice::Yes))
                                  .arg(vote.count(RecordedVote::Choice::No))
                                  .arg(vote.count(RecordedVote::Choice::Abstain))
                                  .arg(vote.count(RecordedVote::Choice::Absent)));
}

} // namespace Plenipo
