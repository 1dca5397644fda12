// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/alternativecarry.h"
#include "markup/markuptree.h"

#include <QList>

namespace Plenipo {

// Finds where each alternative (bracketed span or whole-clause option) of a clause's old text
// stands in its new text, by its words, so that the positions given on it follow them (issue 10:
// ids such as g2.1 are only places in the text and change when a bracket is inserted before).
//
// 1. The words of both texts (notes left out) are compared with dtl; each alternative's words
//    are those inside it, nested alternatives included.
// 2. Old alternative A and new alternative B overlap by the words of A that dtl matched to words
//    of B. Their share is overlap / max(|A|, |B|): a pair needs a clear majority, share > 0.5,
//    so a bracket split in two or two merged follows the part holding most of its words and is
//    orphaned when no part does. Pairs are taken best share first, each alternative once.
// 3. Alternatives left unpaired on both sides (groups reordered, a bracket moved) are compared
//    word by word with each other (dtl again) under the same rule.
// 4. A paired alternative is Kept when its words are the same (attributions and notes do not
//    count), else Changed (its positions are outdated). An unpaired one is Agreed when most of
//    its words stand in the new text outside any bracket, else Orphaned.
// Alternatives without words are paired only with a wordless alternative of the same id.
class SpanAligner
{
public:
    // One entry per alternative of the old text, in text order.
    static QList<AlternativeCarry> align(const MarkupTree &oldTree, const MarkupTree &newTree);
};

} // namespace Plenipo
