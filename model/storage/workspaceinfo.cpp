// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/workspaceinfo.h"

#include "core/language.h"

#include "storage/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::WorkspaceInfo", text, comment, n);
}

} // namespace

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
    // One line per label, the values lined up one column after the longest label (the labels
    // are translated, so the column is counted rather than written into them).
    QList<std::pair<QString, QString>> lines;
    //: A label of `plenipo info`, followed by the workspace's file name.
    lines.append({tr("Workspace:"), file});
    //: A label of `plenipo info`, followed by the workspace's schema version (a number).
    lines.append({tr("Format version:"), QString::number(schemaVersion)});
    //: A label of `plenipo info`, followed by the number of states.
    lines.append({tr("States:"),
                  //: %1 is the number of UN member states ("193 UN member states"), %2 the
                  //: number of observer states ("2 observers").
                  tr("%1, %2").arg(tr("%n UN member state(s)", nullptr, unMemberStates),
                                   tr("%n observer(s)", nullptr, observerStates))});
    //: A label of `plenipo info`, followed by the number of state groups.
    lines.append({tr("Groups:"), QString::number(groups)});
    //: A label of `plenipo info`, followed by the number of negotiation processes (and their
    //: names, one per line).
    lines.append({tr("Processes:"), QString::number(processes)});
    const qsizetype processLine = lines.size();
    //: A label of `plenipo info`, followed by the number of norms.
    lines.append({tr("Norms:"), QString::number(norms)});
    //: A label of `plenipo info`, followed by the number of documents.
    lines.append({tr("Documents:"), QString::number(documents)});
    //: A label of `plenipo info`, followed by the number of clauses.
    lines.append({tr("Clauses:"), QString::number(clauses)});
    //: A label of `plenipo info`, followed by the number of recorded positions.
    lines.append({tr("Positions:"), QString::number(positions)});
    if (!illustrativeNotice.isEmpty())
        //: A label of `plenipo info`, followed by the workspace's note on its positions.
        lines.append({tr("Note:"), illustrativeNotice});
    qsizetype width = 0;
    for (const auto &[label, value] : std::as_const(lines))
        width = std::max(width, Language::displayWidth(label) + 1);
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == processLine) {
            for (const QString &p : processNames)
                out += QString(width, u' ') + u"- "_s + p + u'\n';
        }
        const QString &label = lines.at(i).first;
        out += label + QString(width - Language::displayWidth(label), u' ') + lines.at(i).second +
               u'\n';
    }
    return out;
}

} // namespace Plenipo
