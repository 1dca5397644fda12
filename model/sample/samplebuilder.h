// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Plenipo {

class Workspace;

// Fills a new workspace with the bundled reference data and sample: the 193 UN member states
// with their regional groups and aliases, political groups and coalitions, the GGE and OEWG
// processes, the 2015 norms, the 2015 report's paragraph 13 as clauses, and an illustrative
// coalition draft with positions. The data lives in resources/data/ (compiled in).
class SampleBuilder
{
public:
    // Reference data only: the 193 UN member states, regional groups, aliases, and the observer
    // states (Holy See, State of Palestine: State::unMember false, in no regional group).
    static void addStates(Workspace &workspace);
    // States plus everything in sample.json.
    static void addSample(Workspace &workspace);
    // The notice that marks a workspace's positions as illustrative (Workspace::
    // illustrativeNotice(), stored in English), in the interface language when it is the
    // bundled sample's or a synthetic workspace's; any other notice as it was written.
    static QString displayNotice(const QString &stored);

    // Same, from files (tests use these to feed broken data).
    static void addStates(Workspace &workspace, const QString &statesCsvPath,
                          const QString &aliasesCsvPath);
    // Observer states from a CSV (iso3, name, official_name, aliases separated by ';').
    static void addObserverStates(Workspace &workspace, const QString &observersCsvPath);
    static void addSampleContent(Workspace &workspace, const QString &sampleJsonPath);

    // Code of the UN regional group named in the states CSV ("WEOG" for "Western European and
    // Others Group"); empty for an unknown name.
    static QString regionalGroupCode(const QString &name);
};

} // namespace Plenipo
