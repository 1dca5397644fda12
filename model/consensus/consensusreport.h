// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QIODevice>
#include <QJsonObject>
#include <QString>

namespace Plenipo {

class ConsensusEngine;

// The analysis of a ConsensusEngine as JSON or text: what `plenipo consensus` prints. States
// are ISO3 codes; statuses use ConsensusStatusText keys.
//
// JSON: {"document", "title", "members": {"process", "count"}, "summary": {"clauses", "counts":
// {status: n}, "shares": {status: 0..1}, "bracketedSpans", "alternativeGroups",
// "alternatives", "deletions", "adReferendum", "blocked": [{"number", "blockers"}]},
// "clauses": [{"number", "status", "blockers", "objectors", "reservations", "silent",
// "adReferendum", "groups": [{"id", "optional", "parentAlternative", "landingZone",
// "minimalBlockingSet", "alternatives": [{"id", "text", "supporters", "acceptors",
// "reservations", "objectors"}]}]}]}
class ConsensusReport
{
public:
    // `processLabel`: how the members were chosen (a process code, or empty for "all states").
    static QJsonObject toJson(const ConsensusEngine &engine, const QString &processLabel);
    // Writes QJsonDocument(toJson(...)).toJson(QJsonDocument::Indented), byte for byte, clause
    // by clause: never more than one clause's JSON in memory (a 193 x 2,000 x 3 analysis is
    // 49 MB of JSON, which toJson() would hold several times over). Returns false when the
    // device refuses to write.
    static bool writeJson(const ConsensusEngine &engine, const QString &processLabel,
                          QIODevice &device);
    static QString toText(const ConsensusEngine &engine, const QString &processLabel);
};

} // namespace Plenipo
