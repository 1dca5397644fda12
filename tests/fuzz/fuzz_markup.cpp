// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: the negotiation markup parser (MarkupParser::parse) on any UTF-8 text, with
// the tree's invariants: every node lies inside the text and inside its parent, every id finds
// its node back, nesting stays within MarkupParser::maxNesting, diagnostics point into the
// text, and escape() is undone by unescape().

#include "fuzzsupport.h"

#include "markup/markupparser.h"

using namespace Plenipo;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return -1; // a clause is far smaller; larger inputs only slow the search
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const MarkupTree tree = MarkupParser().parse(text);
    FUZZ_CHECK(tree.size() >= 1);
    const qsizetype n = text.size();
    for (int i = 0; i < tree.size(); ++i) {
        const MarkupNode &node = tree.node(i);
        FUZZ_CHECK(0 <= node.begin && node.begin <= node.contentBegin);
        FUZZ_CHECK(node.contentBegin <= node.contentEnd && node.contentEnd <= node.end);
        FUZZ_CHECK(node.end <= n);
        FUZZ_CHECK(node.bracketDepth <= MarkupParser::maxNesting);
        if (i > 0) {
            FUZZ_CHECK(node.parent >= 0 && node.parent < i);
            const MarkupNode &parent = tree.node(node.parent);
            FUZZ_CHECK(parent.begin <= node.begin && node.end <= parent.end);
        }
        const QString id = tree.id(i);
        if (!id.isEmpty())
            FUZZ_CHECK(tree.findById(id) == i);
        // Depth of the tree: two levels per bracket (group, span), one per deletion, plus the
        // clause, an option group and option, and a leaf.
        int depth = 0;
        for (int p = i; p > 0; p = tree.node(p).parent)
            ++depth;
        FUZZ_CHECK(depth <= 2 * MarkupParser::maxNesting + 4);
    }
    for (const MarkupDiagnostic &d : tree.diagnostics()) {
        FUZZ_CHECK(d.offset >= 0 && d.length >= 0 && d.offset + d.length <= n);
        FUZZ_CHECK(d.line >= 1 && d.column >= 1);
    }
    // Any text as an id: no crash, and nothing found unless it is the id of a node.
    const int found = tree.findById(text.left(32));
    if (found >= 0)
        FUZZ_CHECK(tree.id(found) == text.left(32));
    FUZZ_CHECK(MarkupParser::unescape(MarkupParser::escape(text)) == text);
    (void)tree.plainText(MarkupTree::root());
    return 0;
}
