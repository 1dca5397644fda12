// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "consensussession.h"
#include "commandguard.h"

#include "commands/setpositionscommand.h"
#include "consensus/consensusengine.h"
#include "consensus/whatif.h"
#include "core/domainnames.h"
#include "storage/workspace.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Plenipo {

ConsensusSession::ConsensusSession(QObject *parent)
    : QObject(parent)
{}

ConsensusSession::~ConsensusSession()
{
    // The engine refers to the overlay: it goes first.
    m_engine.reset();
    m_whatIf.reset();
}

void ConsensusSession::setWorkspace(Workspace *workspace)
{
    m_engine.reset();
    m_whatIf.reset();
    m_workspace = workspace;
    m_documentId = 0;
    m_whatIfMode = false;
    if (workspace) {
        m_whatIf = std::make_unique<WhatIf>(*workspace);
        m_engine = std::make_unique<ConsensusEngine>(*workspace);
        m_engine->setWhatIf(m_whatIf.get());
        connect(m_whatIf.get(), &WhatIf::changed, this, &ConsensusSession::whatIfChanged);
        connect(m_whatIf.get(), &WhatIf::discarded, this, [this] { Q_EMIT whatIfChanged(0); });
    }
    m_membersKey = u"all"_s;
    m_members = membersOf(m_membersKey);
    if (m_engine)
        m_engine->setMembers(m_members);
    Q_EMIT workspaceChanged();
    Q_EMIT whatIfModeChanged(false);
    Q_EMIT membersChanged();
    Q_EMIT documentChanged(0);
}

void ConsensusSession::setDocument(qint64 documentId)
{
    if (!m_engine || documentId == m_documentId)
        return;
    m_documentId = documentId;
    const Document *document = m_workspace->document(documentId);
    const Process *process = document ? m_workspace->process(document->processId) : nullptr;
    const QString key = process ? u"process:%1"_s.arg(process->code) : u"all"_s;
    if (key != m_membersKey) {
        m_membersKey = key;
        m_members = membersOf(key);
        // Analyse the new document only once, for its members.
        m_engine->setDocument(0);
        m_engine->setMembers(m_members);
        m_engine->setDocument(documentId);
        Q_EMIT membersChanged();
    } else {
        m_engine->setDocument(documentId);
    }
    Q_EMIT documentChanged(documentId);
}

bool ConsensusSession::setMembersKey(const QString &key)
{
    if (!m_workspace)
        return false;
    if (key == m_membersKey)
        return true;
    bool known = key == u"all"_s;
    for (const MembersChoice &choice : membersChoices())
        known = known || choice.key == key;
    if (!known)
        return false;
    m_membersKey = key;
    m_members = membersOf(key);
    m_engine->setMembers(m_members);
    Q_EMIT membersChanged();
    return true;
}

QString ConsensusSession::membersLabel() const
{
    for (const MembersChoice &choice : membersChoices()) {
        if (choice.key == m_membersKey)
            return choice.label;
    }
    return {};
}

QList<ConsensusSession::MembersChoice> ConsensusSession::membersChoices() const
{
    QList<MembersChoice> choices;
    if (!m_workspace)
        return choices;
    choices.append(
        {u"all"_s, tr("Every state (%n)", nullptr, int(m_workspace->stateOrder().size()))});
    for (const Process &p : m_workspace->processes()) {
        const int count = m_workspace->processMemberSet(p).count();
        if (count == 0)
            continue; // membership not recorded
        choices.append({u"process:%1"_s.arg(p.code),
                        tr("Process %1 (%n)", nullptr, count).arg(DomainNames::display(p))});
    }
    for (const StateGroup &g : m_workspace->groups()) {
        choices.append(
            {u"group:%1"_s.arg(g.code),
             tr("Group %1 (%n)", nullptr, int(g.members.size())).arg(DomainNames::display(g))});
    }
    return choices;
}

StateSet ConsensusSession::membersOf(const QString &key) const
{
    if (!m_workspace)
        return {};
    const int size = int(m_workspace->stateOrder().size());
    if (key == u"all"_s)
        return StateSet::full(size);
    if (key.startsWith(u"process:"_s)) {
        if (const Process *p = m_workspace->processByCode(QStringView(key).mid(8)))
            return m_workspace->processMemberSet(*p);
    } else if (key.startsWith(u"group:"_s)) {
        if (const StateGroup *g = m_workspace->group(QStringView(key).mid(6))) {
            StateSet set(size);
            for (const QString &iso : g->members) {
                const int i = m_workspace->stateIndex(iso);
                if (i >= 0)
                    set.insert(i);
            }
            return set;
        }
    }
    return StateSet(size);
}

std::optional<Stance> ConsensusSession::stance(qint64 clauseId, QStringView alternative,
                                               int stateIndex) const
{
    if (!m_workspace)
        return std::nullopt;
    if (m_whatIf) {
        if (const auto s = m_whatIf->stance(clauseId, alternative, stateIndex))
            return s;
    }
    const StanceMatrix &matrix = m_workspace->stances();
    if (!matrix.hasPosition(clauseId, alternative, stateIndex))
        return std::nullopt;
    return matrix.stance(clauseId, alternative, stateIndex);
}

bool ConsensusSession::isOverridden(qint64 clauseId, QStringView alternative, int stateIndex) const
{
    return m_whatIf && m_whatIf->stance(clauseId, alternative, stateIndex).has_value();
}

void ConsensusSession::setStance(const QStringList &states, qint64 clauseId,
                                 const QString &alternative, Stance stance)
{
    if (!m_workspace || states.isEmpty())
        return;
    if (m_whatIfMode) {
        for (const QString &iso : states)
            m_whatIf->setStance(iso, clauseId, alternative, stance);
        return;
    }
    CommandGuard::push(
        nullptr, *m_workspace,
        SetPositionsCommand::setStance(*m_workspace, clauseId, alternative, states, stance));
}

void ConsensusSession::setWhatIfMode(bool on)
{
    if (on == m_whatIfMode || !m_whatIf)
        return;
    if (!on)
        m_whatIf->discard();
    m_whatIfMode = on;
    Q_EMIT whatIfModeChanged(on);
}

void ConsensusSession::keepWhatIf()
{
    if (!m_whatIf)
        return;
    const QList<Position> keep = m_whatIf->takePositions();
    if (!keep.isEmpty())
        CommandGuard::push(nullptr, *m_workspace, new SetPositionsCommand(*m_workspace, keep));
    setWhatIfMode(false);
}

void ConsensusSession::discardWhatIf()
{
    if (!m_whatIf)
        return;
    m_whatIf->discard();
    setWhatIfMode(false);
}

} // namespace Plenipo
