// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/stateset.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Plenipo {

class WhatIf;
class Workspace;

// A document as a choice problem for coalition suggestions (CoalitionSuggester): each clause
// has versions (one alternative per group that matters, see CoalitionAnalysis), each with the
// states that accept it under the accept rule of CoalitionAnalysis. A text is a choice, per
// clause, of one version or none; the states that accept a text are the intersection of the
// acceptors of its versions.
struct CoalitionProblem
{
    struct Version
    {
        QHash<QString, QString> choice; // group id -> alternative id ("" dropped)
        StateSet acceptors;
        int words = 0; // words of the resolved text: among versions equally accepted, the longer
    };
    struct Clause
    {
        qint64 clauseId = 0;
        QString number;
        QList<Version> versions;
    };

    int stateCount = 0;
    QList<Clause> clauses;

    // Builds the problem for a document over every state of the workspace. A clause with more
    // than `maxVersions` versions keeps the first `maxVersions` in enumeration order (groups in
    // id order, alternatives left to right, a dropped span last).
    static CoalitionProblem fromDocument(const Workspace &workspace, qint64 documentId,
                                         const WhatIf *whatIf = nullptr, int maxVersions = 256);
};

} // namespace Plenipo
