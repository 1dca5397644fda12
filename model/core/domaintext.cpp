// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/domaintext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(QStringView key, const Enum (&all)[N])
{
    for (Enum e : all) {
        if (key.compare(DomainText::key(e), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

const Process::Kind allProcessKinds[] = {Process::Kind::Gge, Process::Kind::Oewg,
                                         Process::Kind::Initiative, Process::Kind::Coalition,
                                         Process::Kind::Other};
const Document::Kind allDocumentKinds[] = {
    Document::Kind::Report,   Document::Kind::ZeroDraft,      Document::Kind::Revision,
    Document::Kind::Proposal, Document::Kind::JointStatement, Document::Kind::Resolution,
    Document::Kind::Other};
const StateGroup::Kind allGroupKinds[] = {StateGroup::Kind::Regional, StateGroup::Kind::Political,
                                          StateGroup::Kind::Coalition};

QString tr(const char *text)
{
    return QCoreApplication::translate("Plenipo::DomainText", text);
}

} // namespace

QString DomainText::key(Process::Kind kind)
{
    switch (kind) {
    case Process::Kind::Gge:
        return u"gge"_s;
    case Process::Kind::Oewg:
        return u"oewg"_s;
    case Process::Kind::Initiative:
        return u"initiative"_s;
    case Process::Kind::Coalition:
        return u"coalition"_s;
    case Process::Kind::Other:
        break;
    }
    return u"other"_s;
}

QString DomainText::label(Process::Kind kind)
{
    switch (kind) {
    case Process::Kind::Gge:
        return tr("Group of Governmental Experts");
    case Process::Kind::Oewg:
        return tr("Open-Ended Working Group");
    case Process::Kind::Initiative:
        return tr("Initiative");
    case Process::Kind::Coalition:
        return tr("Coalition");
    case Process::Kind::Other:
        break;
    }
    return tr("Other process");
}

std::optional<Process::Kind> DomainText::processKind(QStringView key)
{
    return fromKey(key, allProcessKinds);
}

QString DomainText::key(Document::Kind kind)
{
    switch (kind) {
    case Document::Kind::Report:
        return u"report"_s;
    case Document::Kind::ZeroDraft:
        return u"zero-draft"_s;
    case Document::Kind::Revision:
        return u"revision"_s;
    case Document::Kind::Proposal:
        return u"proposal"_s;
    case Document::Kind::JointStatement:
        return u"joint-statement"_s;
    case Document::Kind::Resolution:
        return u"resolution"_s;
    case Document::Kind::Other:
        break;
    }
    return u"other"_s;
}

QString DomainText::label(Document::Kind kind)
{
    switch (kind) {
    case Document::Kind::Report:
        return tr("Report");
    case Document::Kind::ZeroDraft:
        return tr("Zero draft");
    case Document::Kind::Revision:
        return tr("Revision");
    case Document::Kind::Proposal:
        return tr("Proposal");
    case Document::Kind::JointStatement:
        return tr("Joint statement");
    case Document::Kind::Resolution:
        return tr("Resolution");
    case Document::Kind::Other:
        break;
    }
    return tr("Other document");
}

std::optional<Document::Kind> DomainText::documentKind(QStringView key)
{
    return fromKey(key, allDocumentKinds);
}

QString DomainText::key(StateGroup::Kind kind)
{
    switch (kind) {
    case StateGroup::Kind::Regional:
        return u"regional"_s;
    case StateGroup::Kind::Political:
        return u"political"_s;
    case StateGroup::Kind::Coalition:
        break;
    }
    return u"coalition"_s;
}

QString DomainText::label(StateGroup::Kind kind)
{
    switch (kind) {
    case StateGroup::Kind::Regional:
        return tr("UN regional group");
    case StateGroup::Kind::Political:
        return tr("Political group");
    case StateGroup::Kind::Coalition:
        break;
    }
    return tr("Coalition");
}

std::optional<StateGroup::Kind> DomainText::groupKind(QStringView key)
{
    return fromKey(key, allGroupKinds);
}

namespace {

// The usual source kinds of a position: the key stored, the label shown.
struct SourceKind
{
    const char *key;
    struct
    {
        const char *source;
        const char *comment;
    } label;
};
constexpr SourceKind usualSourceKinds[] = {
    {"statement", QT_TRANSLATE_NOOP3("Plenipo::DomainText", "statement", "source of a position")},
    {"document", QT_TRANSLATE_NOOP3("Plenipo::DomainText", "document", "source of a position")},
    {"vote", QT_TRANSLATE_NOOP3("Plenipo::DomainText", "vote", "source of a position")},
    {"informal", QT_TRANSLATE_NOOP3("Plenipo::DomainText", "informal", "source of a position")},
    {"illustrative",
     QT_TRANSLATE_NOOP3("Plenipo::DomainText", "illustrative", "source of a position")},
};

} // namespace

QStringList DomainText::sourceKinds()
{
    QStringList out;
    for (const SourceKind &kind : usualSourceKinds)
        out << QString::fromLatin1(kind.key);
    return out;
}

QString DomainText::sourceKindLabel(const QString &key)
{
    for (const SourceKind &kind : usualSourceKinds) {
        if (key == QLatin1StringView(kind.key))
            return QCoreApplication::translate("Plenipo::DomainText", kind.label.source,
                                               kind.label.comment);
    }
    return key;
}

} // namespace Plenipo
