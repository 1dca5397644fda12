// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/workspaceinfo.h"

#include "storage/workspace.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Plenipo {

WorkspaceInfo WorkspaceInfo::of(const Workspace &workspace)
{
    WorkspaceInfo info;
    info.file = workspace.filePath();
    info.schemaVersion = workspace.schemaVersion();
    info.sample = workspace.meta(u"sample"_s) == u"1";
    info.illustrativeNotice = workspace.illustrativeNotice();
    info.unMemberStates = int(workspace.states().size());
    info.observerStates = int(workspace.states().observers().size());
    info.groups = int(workspace.groups().size());
    info.processes = int(workspace.processes().size());
    for (const Process &p : workspace.processes())
        info.processNames << p.name;
    info.norms = int(workspace.norms().size());
    info.documents = int(workspace.documents().size());
    info.clauses = int(workspace.clauseCount());
    info.positions = int(workspace.positionCount());
    return info;
}

QJsonObject WorkspaceInfo::toJson() const
{
    return QJsonObject{
        {u"file"_s, file},
        {u"schemaVersion"_s, schemaVersion},
        {u"sample"_s, sample},
        {u"illustrativePositions"_s, illustrativeNotice},
        {u"states"_s,
         QJsonObject{{u"unMembers"_s, unMemberStates}, {u"observers"_s, observerStates}}},
        {u"groups"_s, groups},
        {u"processes"_s, processes},
        {u"processNames"_s, QJsonArray::fromStringList(processNames)},
        {u"norms"_s, norms},
        {u"documents"_s, documents},
        {u"clauses"_s, clauses},
        {u"positions"_s, positions},
    };
}

QString WorkspaceInfo::toText() const
{
    QString out;
    out += u"Workspace:      %1\n"_s.arg(file);
    out += u"Format version: %1\n"_s.arg(schemaVersion);
    out += u"States:         %1 UN member states, %2 observers\n"_s.arg(unMemberStates)
               .arg(observerStates);
    out += u"Groups:         %1\n"_s.arg(groups);
    out += u"Processes:      %1\n"_s.arg(processes);
    for (const QString &p : processNames)
        out += u"                - %1\n"_s.arg(p);
    out += u"Norms:          %1\n"_s.arg(norms);
    out += u"Documents:      %1\n"_s.arg(documents);
    out += u"Clauses:        %1\n"_s.arg(clauses);
    out += u"Positions:      %1\n"_s.arg(positions);
    if (!illustrativeNotice.isEmpty())
        out += u"Note:           %1\n"_s.arg(illustrativeNotice);
    return out;
}

} // namespace Plenipo
