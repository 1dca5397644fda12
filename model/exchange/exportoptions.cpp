// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/exportoptions.h"

#include "storage/workspace.h"

#include "core/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::ExportOptions", text, comment, n);
}

} // namespace

void ExportOptions::step(qint64 done, qint64 total) const
{
    if (progress && !progress(done, total))
        throw Error(Error::Kind::Cancelled, tr("the export was cancelled"));
}

const Document &ExportOptions::document(const Workspace &workspace) const
{
    const Document *d = workspace.document(documentId);
    if (!d)
        throw Error(
            Error::Kind::NotFound,
            tr("export: no document with id %1 in %2").arg(documentId).arg(workspace.filePath()));
    return *d;
}

const StateGroup *ExportOptions::coalitionGroup(const Workspace &workspace) const
{
    if (coalition.isEmpty())
        return nullptr;
    const StateGroup *group = workspace.group(coalition);
    if (!group || group->kind != StateGroup::Kind::Coalition)
        throw Error(Error::Kind::NotFound,
                    tr("export: no coalition '%1' in %2").arg(coalition, workspace.filePath()));
    return group;
}

} // namespace Plenipo
