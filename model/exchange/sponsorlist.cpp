// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/sponsorlist.h"

#include "core/statedirectory.h"
#include "core/textnormalizer.h"
#include "exchange/importreport.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Plenipo {

// The text splits at commas outside parentheses.
QStringList SponsorList::splitOutsideParentheses(const QString &text)
{
    QStringList parts;
    QString current;
    int depth = 0;
    for (QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')' && depth > 0)
            --depth;
        if (c == u',' && depth == 0) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

namespace {

bool isOfficerOrBody(const QString &text)
{
    static const QRegularExpression re(
        u"^(submitted|introduced|presented)\\b|\\b(chair|vice-chair|chairman|chairperson|"
        u"rapporteur|president|bureau|committee|commission|council|secretariat|"
        u"secretary-general|working group)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

} // namespace

// A state by name; then, for a name broken by a stray space ("Canad a", "L ebanon" in real
// files), by the name without spaces.
const State *SponsorList::resolveState(const QString &name)
{
    const StateDirectory &states = *m_states;
    if (const State *s = states.resolve(name))
        return s;
    if (m_spaceless.isEmpty()) {
        for (const State &s : states.states()) {
            QStringList names{s.name, s.officialName};
            names += s.aliases;
            for (const QString &n : std::as_const(names))
                m_spaceless.insert(TextNormalizer::foldName(n).remove(u' '), s.iso3);
        }
    }
    const QString key = TextNormalizer::foldName(name).remove(u' ');
    const auto it = m_spaceless.constFind(key);
    return it == m_spaceless.cend() || key.size() < 4 ? nullptr : states.byIso3(*it);
}

QString SponsorList::resolveSponsor(QString name)
{
    name = name.simplified();
    if (name.startsWith(u"the "_s, Qt::CaseInsensitive))
        name = name.mid(4);
    const State *s = resolveState(name);
    return s ? s->iso3 : QString();
}

void SponsorList::add(QString name, const QString &place, ImportReport &report)
{
    name = name.simplified();
    // "Zimbabwe. - Lebanon was removed from the list of sponsors of the draft resolution"
    static const QRegularExpression removed(
        u"^(.*?)\\.\\s*-\\s*(.+?)\\s+(was|were) removed from the list of sponsors.*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = removed.match(name); m.hasMatch()) {
        add(m.captured(1), place, report);
        for (const QString &piece : splitOutsideParentheses(m.captured(2))) {
            const QString iso = resolveSponsor(piece);
            if (iso.isEmpty()) {
                report.warning(place, tr("sponsor '%1' (removed from the list) does "
                                         "not resolve to a state")
                                          .arg(piece));
                continue;
            }
            m_sponsors.removeAll(iso);
            report.info(place, tr("%1 was removed from the list of sponsors").arg(iso));
        }
        return;
    }
    // A trailing document reference: "Venezuela (Bolivarian Republic of) (A74/368)".
    static const QRegularExpression reference(u"\\s*\\(A/?\\d+/[\\d.]+\\)\\s*$"_s);
    name.remove(reference);
    // "Nigeria (on behalf of ... the Group of African States) and Portugal": the text before the
    // parenthesis speaks for the group, the text after is more sponsors.
    static const QRegularExpression behalf(u"\\(\\s*on behalf( of)?\\s+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QString group;
    if (const QRegularExpressionMatch m = behalf.match(name); m.hasMatch()) {
        qsizetype close = m.capturedEnd();
        int depth = 1;
        for (; close < name.size() && depth > 0; ++close) {
            if (name.at(close) == u'(')
                ++depth;
            else if (name.at(close) == u')')
                --depth;
        }
        group =
            name.mid(m.capturedEnd(), close - m.capturedEnd() - (depth == 0 ? 1 : 0)).simplified();
        const QString after = name.mid(close);
        name = name.left(m.capturedStart()).simplified();
        static const QRegularExpression members(
            u"^the States (Members of the United Nations )?that are members of (the members of )?"_s,
            QRegularExpression::CaseInsensitiveOption);
        group.remove(members);
        if (!group.startsWith(u"the "_s, Qt::CaseInsensitive))
            group.prepend(u"the "_s);
        if (!after.trimmed().isEmpty()) {
            add(name + u" (on behalf of "_s + group + u')', place, report);
            add(after, place, report);
            return;
        }
    }
    if (name.startsWith(u"and "_s, Qt::CaseInsensitive))
        name = name.mid(4);
    if (name.isEmpty())
        return;
    auto strip = [](QString n) {
        n = n.simplified();
        if (n.startsWith(u"the "_s, Qt::CaseInsensitive))
            n = n.mid(4);
        return n;
    };
    // Longest known name first: the longest prefix ending before an " and " that is a state,
    // then the rest the same way.
    QStringList found;
    QString rest = name;
    while (!rest.isEmpty()) {
        if (const State *s = resolveState(strip(rest))) {
            found << s->iso3;
            rest.clear();
            break;
        }
        bool matched = false;
        for (qsizetype at = rest.lastIndexOf(u" and "_s, -1, Qt::CaseInsensitive); at > 0;
             at = rest.lastIndexOf(u" and "_s, at - 1, Qt::CaseInsensitive)) {
            if (const State *s = resolveState(strip(rest.left(at)))) {
                found << s->iso3;
                rest = rest.mid(at + 5).simplified();
                matched = true;
                break;
            }
        }
        if (!matched) {
            // The rest starts with something unknown: keep the longest known name at its end
            // ("Atlantis and Germany": Germany), and report the unknown part below.
            for (qsizetype at = rest.indexOf(u" and "_s, 0, Qt::CaseInsensitive); at > 0;
                 at = rest.indexOf(u" and "_s, at + 1, Qt::CaseInsensitive)) {
                if (const State *s = resolveState(strip(rest.mid(at + 5)))) {
                    found << s->iso3;
                    rest = rest.left(at).simplified();
                    break;
                }
            }
            break;
        }
    }
    if (!rest.isEmpty()) {
        if (found.isEmpty() && isOfficerOrBody(rest)) {
            QString by = rest;
            by.remove(
                QRegularExpression(u"^(submitted|introduced|presented)( in the \\S+)? by\\s+"_s,
                                   QRegularExpression::CaseInsensitiveOption));
            m_submittedBy = by;
            return;
        }
        report.warning(place, tr("sponsor '%1' does not resolve to a state").arg(rest));
    }
    for (const QString &iso : std::as_const(found)) {
        if (!m_sponsors.contains(iso))
            m_sponsors.append(iso);
    }
    if (!group.isEmpty() && !found.isEmpty())
        m_onBehalfOf.insert(found.last(), group);
}

} // namespace Plenipo
