// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

namespace Plenipo {

class Workspace;

// The summary `plenipo info` prints: what a workspace holds.
struct WorkspaceInfo
{
    QString file;
    int schemaVersion = 0;
    bool sample = false;
    QString illustrativeNotice;
    int unMemberStates = 0;
    int observerStates = 0;
    int groups = 0;
    int processes = 0;
    int norms = 0;
    int documents = 0;
    int clauses = 0;
    int positions = 0;
    QStringList processNames;

    static WorkspaceInfo of(const Workspace &workspace);
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace Plenipo
