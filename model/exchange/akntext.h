// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <pugixml.hpp>

namespace Plenipo {

// Clause text in Plenipo's negotiation markup from Akoma Ntoso's inline and block elements:
// <inline name="bracket"> becomes [...], <del class="proposedDeletion"> ~~...~~, an
// attribution or ad referendum note {...}, another note ^[...], <eol/> a line break; the rest
// is text, escaped for the markup. A file Plenipo wrote keeps its exact markup (the
// plenipo:raw attribute) and its white space; text from elsewhere is simplified.
class AknText
{
public:
    // `plenipoPrefix`: "plenipo:" as the file declares it (empty when it does not).
    AknText(QString plenipoPrefix, bool plenipoFile)
        : m_plenipoPrefix(std::move(plenipoPrefix))
        , m_plenipo(plenipoFile)
    {}

    // The markup of a container's children (a <p>, a <num>'s neighbour).
    QString inlineMarkup(pugi::xml_node container) const;
    // The lines of a block (its <p>, <block> and <heading> children, nested blocks in turn).
    QString blockText(pugi::xml_node block) const;

private:
    void inlineNode(pugi::xml_node node, QString &out) const;
    QString noteText(pugi::xml_node note) const;

    QString m_plenipoPrefix;
    bool m_plenipo;
};

} // namespace Plenipo
