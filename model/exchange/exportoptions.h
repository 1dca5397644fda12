// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <functional>

namespace Plenipo {

class Workspace;
struct Document;
struct StateGroup;

// What to export and how: shared by every DocumentExporter (docx, pdf, odt, akn, csv).
struct ExportOptions
{
    // The document to export (Workspace::document()).
    qint64 documentId = 0;

    // Code of a coalition (a StateGroup of kind Coalition, e.g. "JS2019"); empty: the document as
    // it stands. A coalition export is the text as that coalition accepts it, with its adherents,
    // and NEVER contains internal material, whatever includeInternal says.
    QString coalition;

    // Internal material: positions with internal=true, internal position notes, internal notes in
    // the markup. Only honoured when coalition is empty (see mayIncludeInternal()).
    bool includeInternal = false;

    // The language of the cover block, labels, footnote texts and state names: one of
    // Language::codes() (ar zh en fr ru es). The clause text stays as written. Arabic lays the
    // document out right to left.
    QString language = QStringLiteral("en");

    // Called as the export advances (`done` of `total` steps; total may be 0 when unknown).
    // Returning false cancels: the exporter throws Error(Error::Kind::Cancelled) and, through
    // DocumentExporter::exportToFile(), leaves no file behind.
    std::function<bool(qint64 done, qint64 total)> progress;

    // The one place that decides whether internal material may go out.
    bool mayIncludeInternal() const { return includeInternal && coalition.isEmpty(); }

    // Calls progress (if set); throws Error(Error::Kind::Cancelled) when it asks to stop.
    void step(qint64 done, qint64 total) const;
    // The document to export; throws Error(NotFound) naming the workspace when it is not there.
    const Document &document(const Workspace &workspace) const;
    // The coalition named by `coalition` (nullptr when empty); throws Error(NotFound) naming the
    // workspace when there is no coalition group of that code.
    const StateGroup *coalitionGroup(const Workspace &workspace) const;
};

} // namespace Plenipo
