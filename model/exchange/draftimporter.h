// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/document.h"
#include "exchange/importguard.h"
#include "exchange/importreport.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Plenipo {

class Workspace;

// Imports a draft from a Word file (.docx: the paragraphs of word/document.xml, read with
// pugixml from the KZip package) or from plain UTF-8 text (one paragraph per line) as a new
// document of the workspace:
//
// - a paragraph that starts with a clause number starts a clause: "1.", "1)", "13 bis",
//   "13(f)", "4.2", "OP3", "PP2", and "(a)" (a sub-point of the last main number: "13(a)");
//   Word's automatic numbering (w:numPr) counts the same way;
// - before the first number, the first paragraph is the title (unless one is given) and the
//   others are preambular paragraphs PP1, PP2...;
// - an unnumbered paragraph after a numbered one continues that clause on a new line (so
//   whole-clause "Option 1:" lines stay with their clause);
// - the text is kept as written, brackets included; Word footnotes become drafting notes
//   "^[...]", tracked deletions are left out and insertions kept. Each clause is then parsed as
//   markup and every diagnostic goes to the report with its line (text) or paragraph (docx)
//   and column.
//
// read*() write nothing; apply() creates the document and its clauses in one batch.
class DraftImporter
{
public:
    struct Options
    {
        QString symbol; // empty: the file's base name
        QString title;  // empty: the first unnumbered paragraph
        Document::Kind kind = Document::Kind::ZeroDraft;
        QString process; // a process code, or empty
    };

    DraftImporter(const Workspace &workspace, Options options);

    void readText(QByteArrayView data, const QString &fileName);
    void readDocx(QByteArrayView data, const QString &fileName,
                  const ImportGuard::Limits &limits = {});
    void apply(Workspace &workspace);

    ImportReport &report() { return m_report; }
    const ImportReport &report() const { return m_report; }
    const Document &document() const { return m_document; }

    struct PlannedClause
    {
        QString number;
        QString text;
    };
    const QList<PlannedClause> &clauses() const { return m_clauses; }

    // A clause number at the start of a paragraph.
    struct Number
    {
        QString number;        // "13(f)", "13 bis", "OP3", "1"
        qsizetype prefix = 0;  // length of the number and the space after it
        bool subPoint = false; // "(a)": relative to the last main number
    };
    static std::optional<Number> detectNumber(QStringView paragraph, const QString &mainNumber);

private:
    struct Paragraph
    {
        QString text;
        QString place;    // "line 12", "paragraph 4"
        QString numbered; // the number from Word's automatic numbering, if any
        bool autoSub = false;
    };
    void build(const QList<Paragraph> &paragraphs, const QString &fileName);

    const Workspace &m_workspace;
    Options m_options;
    ImportReport m_report;
    Document m_document;
    QList<PlannedClause> m_clauses;
    bool m_read = false;
};

} // namespace Plenipo
