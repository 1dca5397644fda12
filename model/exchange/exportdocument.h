// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "exchange/exportoptions.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Plenipo {

class Workspace;

// The one intermediate form of an exported document: what the Word, PDF and ODT exports show,
// built once from the workspace (or from a comparison of two texts) and written by DocxWriter
// and TextDocumentBuilder, so the three formats have the same content and layout.
//
// A document is a list of paragraphs made of runs. A run is text with a format, a footnote
// reference, a line break, or a tracked change (inserted or deleted text). Comments are
// anchored on whole paragraphs.
struct ExportDocument
{
    enum class Style
    {
        Symbol,    // the document symbol, top right
        Title,     // the document title
        CoverLine, // "Process: ...", "Date: ..."
        Heading,   // "Adherent States", "Text"
        Body,      // ordinary text (the list of adherents)
        Clause,    // a numbered clause: number, tab, text; hanging indent
    };

    enum class Change
    {
        None,
        Inserted,
        Deleted,
    };

    struct Run
    {
        QString text;           // may be empty for a footnote reference or a line break
        bool bracketed = false; // inside [brackets]: shaded
        bool struck = false;    // a proposed deletion (~~text~~)
        bool bold = false;
        bool lineBreak = false; // a line break before the text
        int footnote = -1;      // >= 0: a footnote reference (index into footnotes); text empty
        Change change = Change::None;
        int revision = -1; // index into revisions when change != None
    };

    struct Paragraph
    {
        Style style = Style::Body;
        QString number; // Clause: "13(f)", "3 bis"
        QList<Run> runs;
        QList<int> comments;                // indices into comments, anchored on the paragraph
        Change mark = Change::None;         // the paragraph itself was inserted or deleted
        Change numberChange = Change::None; // the number is shown as deleted old + inserted new
        QString oldNumber;                  // when numberChange != None
        int markRevision = -1;
    };

    struct Comment
    {
        QString author;
        QString initials;
        QDateTime date; // UTC
        QString text;
    };

    // Author and date of a tracked change.
    struct Revision
    {
        QString author;
        QDateTime date; // UTC
    };

    QString symbol;
    QString title;
    QString process;
    QDate date;
    QString language = QStringLiteral("en-GB"); // BCP 47 tag of the labels' language
    bool rightToLeft = false;                   // Arabic: paragraphs laid out right to left
    QList<Paragraph> paragraphs;
    QStringList footnotes;
    QList<Comment> comments;
    QList<Revision> revisions;
    // Fixed time written into the package (core properties): the document's date, so the same
    // workspace always exports the same bytes.
    QDateTime timestamp;

    // The document as ExportOptions asks: cover block, the adherent states (of the coalition,
    // or recorded for a coalition document), the clauses in order with brackets kept,
    // attributions, ad referendum tags and notes as footnotes, and (only when
    // options.mayIncludeInternal()) the internal positions and their notes as comments.
    // For a coalition, a clause every member accepts is its resolved text (CoalitionAnalysis:
    // the alternatives they accept, no brackets); the others stay as they stand with a footnote
    // saying they are not yet agreed. Throws Error(Kind::NotFound) for an unknown document or
    // coalition; calls options.step() before the first clause and after each one.
    static ExportDocument build(const Workspace &workspace, const ExportOptions &options);

    // For a coalition export (options.coalition set; empty otherwise): one line per clause whose
    // coalition text was built from positions that are outdated (given on words that changed
    // since), naming the paragraph and the states, for the export report and dialog. Orphaned
    // positions are never used: they are not on the text (Workspace::detachedPositions).
    static QStringList coalitionNotices(const Workspace &workspace, const ExportOptions &options);

    // The readable text of a run list (no footnotes), as a reader shows it: used by tests and
    // by the comparison.
    static QString plainText(const QList<Run> &runs);
    // True when the text's first letter is right to left (Arabic): its paragraph is then laid
    // out right to left. A paragraph takes its direction from its content, so that clause text
    // in a Latin script stays left to right in an Arabic document (and Arabic text right to left
    // in any document).
    static bool startsRightToLeft(const QString &text);
};

} // namespace Plenipo
