// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/documentexporter.h"

#include <QString>

namespace Plenipo {

// Exports a document as Akoma Ntoso 3.0 XML following the UN's AKN4UN conventions, valid
// against the OASIS schema:
//
// - the document type follows the kind: <statement name="resolution"> for a resolution,
//   <statement name="jointStatement"> for a joint statement, <doc name="..."> otherwise;
// - FRBR Work / Expression / Manifestation identification with /akn/un/... URIs;
// - clauses are <paragraph eId="para_3"><num>3</num><content><p>...</p></content></paragraph>;
//   a sub-point ("1(a)") that follows its parent clause ("1") is nested the AKN4UN way:
//   para_1 gets <intro> and <list eId="para_1__list_1"><point eId="para_1__list_1__point_a">;
// - the negotiation markup becomes inline elements inside <p>: an alternative group
//   <inline name="alternatives">, a bracketed span <inline name="bracket" class="bracket">, a
//   whole-clause option <inline name="option">, a proposed deletion <del>, attributions and ad
//   referendum marks <authorialNote class="attribution|adReferendum" placement="inline">,
//   drafting notes <authorialNote placement="bottom">, line breaks <eol/>. Each carries its
//   markup id in plenipo: attributes, which the schema allows on every element;
// - process metadata, lineage, norms, the coalition's adherents and the positions of states go
//   in <proprietary source="#plenipo"> in the Plenipo namespace (plenipoNamespace()). The
//   positions on a clause that share everything but the state (alternative, stance, source,
//   note, internal) are one <plenipo:position states="DEU FRA ..."> element: states in ISO3
//   order, elements by alternative then first state.
//
// Internal positions go out only when options.mayIncludeInternal() (never for a coalition).
// The output depends only on the workspace: the same document always gives the same bytes.
class AknExporter : public DocumentExporter
{
public:
    QString format() const override;
    QString suffix() const override;
    QString displayName() const override;
    void write(const Workspace &workspace, const ExportOptions &options,
               QIODevice &device) const override;

    static QString aknNamespace();
    static QString plenipoNamespace();
    // The eId token of a clause number: "3 bis" -> "3bis", "4.2" -> "4-2".
    static QString eIdToken(QStringView number);
};

} // namespace Plenipo
