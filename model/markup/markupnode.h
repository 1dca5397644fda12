// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace Plenipo {

// One node of a parsed clause (see MarkupTree and docs/markup.md). Nodes live in a flat list;
// the tree is linked by indices (-1 for none). Offsets are UTF-16 indices into the clause text:
// [begin, end) is everything the node covers, [contentBegin, contentEnd) the part inside its
// delimiters.
//
//   kind            begin .. end                            contentBegin .. contentEnd
//   Clause          whole text                              whole text
//   Text            a run of clause text (raw, escapes kept) same as begin .. end
//   Separator       white space between two alternatives    same
//   AlternativeGroup first alternative .. last alternative  same
//   BracketedSpan   "[" .. "]" and any tags attached to it  inside the brackets
//   Option          "Option 2:" .. end of its text           after the ':'
//   Deletion        "~~" .. "~~" and any tags attached to it inside the "~~"
//   Attribution     "{" .. "}"                              inside the braces
//   AdReferendum    "{" .. "}"                              the codes after "ad ref."
//   Note            "^[" .. "]"                              inside "^[" and "]"
//
// A BracketedSpan or Option is always a child of an AlternativeGroup (a lone span is a group
// with one alternative). Attribution and AdReferendum tags that directly follow a span's "]" or
// a deletion's closing "~~" are children of that span or deletion.
enum class MarkupNodeKind : quint8
{
    Clause,
    Text,
    Separator,
    AlternativeGroup,
    BracketedSpan,
    Option,
    Deletion,
    Attribution,
    AdReferendum,
    Note,
};

struct MarkupNode
{
    enum Flag : quint8
    {
        NoFlags = 0,
        Unterminated = 0x01, // closing delimiter missing: the node was closed by recovery
        InOption = 0x02,     // inside a whole-clause option (or is one)
        InDeletion = 0x04,   // inside a proposed deletion (or is one)
        Attached = 0x08,     // a tag that directly follows a span or deletion (its parent)
    };

    MarkupNodeKind kind = MarkupNodeKind::Text;
    quint8 flags = NoFlags;
    // Number of bracketed spans around the node, the node itself included when it is one: 0 for
    // agreed text, 1 for an outermost span and the text directly inside it, 2 nested, ...
    quint16 bracketDepth = 0;

    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype contentBegin = 0;
    qsizetype contentEnd = 0;

    int parent = -1;
    int firstChild = -1;
    int lastChild = -1;
    int nextSibling = -1;

    // BracketedSpan: n of its id "bn". AlternativeGroup: n of "gn". Option: the number written in
    // its header ("Option 2:" -> 2). 0 otherwise.
    int number = 0;
    // BracketedSpan and Option: 1-based position in its group, m of "gn.m". AlternativeGroup:
    // the number of alternatives. 0 otherwise.
    int alternative = 0;

    bool hasFlag(Flag flag) const { return (flags & flag) != 0; }
    bool isAlternative() const
    {
        return kind == MarkupNodeKind::BracketedSpan || kind == MarkupNodeKind::Option;
    }
};

} // namespace Plenipo
