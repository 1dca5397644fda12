// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Plenipo {

// A synthetic workspace for benchmarks and stress tests (`plenipo generate`): `states` states
// (the UN member states first, then made-up ones "XAA", "XAB"...), one document "SYNTH/1" of
// `clauses` clauses, each with one bracketed group of `alternatives` alternatives, and every
// state positioned on every clause and every alternative: states x clauses x (1 +
// alternatives) positions. The stances are pseudo-random from `seed` (same seed, same file):
// mostly support, a few objections, so that some clauses are blocked and some groups have no
// landing zone. The workspace is marked illustrative. Written in one transaction.
class SyntheticWorkspace
{
public:
    struct Parameters
    {
        int states = 193;
        int clauses = 2000;
        int alternatives = 3;
        quint32 seed = 20260101;
    };
    // Creates the file (which must not exist). Throws Error.
    static void generate(const QString &path, const Parameters &parameters);
};

} // namespace Plenipo
