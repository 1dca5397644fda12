// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/exportdocument.h"

#include <QString>

namespace Plenipo {

class Comparison;
class Workspace;

// A Comparison (two documents, two clauses, two revisions of a clause: see comparison.h for the
// references) as one ExportDocument with tracked changes (w:ins / w:del in Word), so a delegate
// can accept or reject each change.
//
// Accepting every change gives exactly the newer text, rejecting every change exactly the older
// one, white space included: a moved clause is deleted where it stood and inserted where it
// stands, and differences WordDiff ignores (spacing, case or punctuation with its options) are
// still tracked. Clause texts are the raw markup negotiators write ("[shall][should]",
// "{FRA}"), so every bracket and attribution change is visible. Each change carries the author
// and time of the newer clause's revision; a deleted clause, the newer document's date.
class DocumentComparison
{
public:
    static ExportDocument build(const Workspace &workspace, const Comparison &comparison);
    // Comparison::compare(workspace, olderReference, newerReference), then build().
    static ExportDocument build(const Workspace &workspace, const QString &olderReference,
                                const QString &newerReference);

    enum class Reading
    {
        Accepted,
        Rejected
    };
    // The text of a clause paragraph after accepting (Accepted) or rejecting (Rejected) every
    // change: number, tab, text; empty for a paragraph that disappears.
    static QString reading(const ExportDocument::Paragraph &paragraph, Reading which);
};

} // namespace Plenipo
