// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/textdocumentbuilder.h"

#include "core/language.h"

#include <QCoreApplication>
#include <QFont>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

// The Word export's tab stop and hanging indent, 851 twips = 15 mm, in document units (1/96 in).
constexpr qreal hangingIndent = 851.0 / 1440.0 * 96.0;

QTextCharFormat baseFormat(qreal points = 12, bool bold = false)
{
    QTextCharFormat f;
    f.setFontFamilies({u"Times New Roman"_s, u"Liberation Serif"_s, u"DejaVu Serif"_s});
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return f;
}

// Right to left (Arabic): Qt mirrors AlignLeft/AlignRight itself for a right-to-left block, and
// the hanging indent goes on the right.
QTextBlockFormat blockFormat(ExportDocument::Style style, bool rightToLeft)
{
    QTextBlockFormat b;
    b.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    b.setBottomMargin(6);
    switch (style) {
    case ExportDocument::Style::Symbol:
        b.setAlignment(Qt::AlignRight);
        break;
    case ExportDocument::Style::Title:
        b.setAlignment(Qt::AlignHCenter);
        b.setTopMargin(12);
        b.setBottomMargin(12);
        break;
    case ExportDocument::Style::CoverLine:
        b.setAlignment(Qt::AlignHCenter);
        b.setBottomMargin(3);
        break;
    case ExportDocument::Style::Heading:
        b.setTopMargin(12);
        b.setHeadingLevel(1);
        break;
    case ExportDocument::Style::Body:
        b.setAlignment(Qt::AlignJustify);
        break;
    case ExportDocument::Style::Clause:
        b.setAlignment(Qt::AlignJustify);
        if (rightToLeft)
            b.setRightMargin(hangingIndent);
        else
            b.setLeftMargin(hangingIndent);
        b.setTextIndent(-hangingIndent);
        b.setTabPositions({QTextOption::Tab(hangingIndent, QTextOption::LeftTab)});
        b.setBottomMargin(8);
        break;
    }
    return b;
}

QTextCharFormat charFormat(ExportDocument::Style style)
{
    switch (style) {
    case ExportDocument::Style::Symbol:
        return baseFormat(14, true);
    case ExportDocument::Style::Title:
        return baseFormat(16, true);
    case ExportDocument::Style::Heading:
        return baseFormat(13, true);
    default:
        return baseFormat();
    }
}

} // namespace

std::unique_ptr<QTextDocument> TextDocumentBuilder::build(const ExportDocument &document)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setMetaInformation(QTextDocument::DocumentTitle, document.title);
    doc->setDefaultFont(QFont(u"Times New Roman"_s, 12));
    // Each paragraph's direction follows its text (ExportDocument::startsRightToLeft); the
    // headings of the labels' language follow the document's.
    const bool rtl = document.rightToLeft;
    const QString language = document.language.section(u'-', 0, 0);
    QTextCursor cursor(doc.get());
    bool first = true;
    auto block = [&](ExportDocument::Style style, bool rightToLeft) {
        if (first)
            cursor.setBlockFormat(blockFormat(style, rightToLeft));
        else
            cursor.insertBlock(blockFormat(style, rightToLeft), charFormat(style));
        cursor.setBlockCharFormat(charFormat(style));
        first = false;
    };

    for (const ExportDocument::Paragraph &p : document.paragraphs) {
        block(p.style, ExportDocument::startsRightToLeft(ExportDocument::plainText(p.runs)));
        const QTextCharFormat base = charFormat(p.style);
        if (!p.number.isEmpty()) {
            QTextCharFormat number = base;
            number.setFontWeight(QFont::Bold);
            cursor.insertText(p.number, number);
            cursor.insertText(u"\t"_s, base);
        }
        // Two references in a row would read as one number ("23" for notes 2 and 3): a
        // superscript comma separates them, as in print.
        bool afterReference = false;
        for (const ExportDocument::Run &run : p.runs) {
            QTextCharFormat f = base;
            if (run.bold)
                f.setFontWeight(QFont::Bold);
            if (run.bracketed)
                f.setBackground(QColor(0xD9, 0xD9, 0xD9));
            if (run.struck || run.change == ExportDocument::Change::Deleted)
                f.setFontStrikeOut(true);
            if (run.change == ExportDocument::Change::Inserted)
                f.setFontUnderline(true);
            if (run.lineBreak)
                cursor.insertText(QString(QChar::LineSeparator), f);
            if (run.footnote >= 0) {
                QTextCharFormat ref = base;
                ref.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
                cursor.insertText(
                    (afterReference ? u","_s : QString()) + QString::number(run.footnote + 1), ref);
                afterReference = true;
            } else {
                cursor.insertText(run.text, f);
                afterReference = afterReference && run.text.isEmpty() && !run.lineBreak;
            }
        }
        for (const int c : p.comments) {
            QTextCharFormat ref = base;
            ref.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
            cursor.insertText(u"[C%1]"_s.arg(c + 1), ref);
        }
    }

    if (!document.footnotes.isEmpty()) {
        block(ExportDocument::Style::Heading, rtl);
        cursor.insertText(
            Language::translate(language, "Plenipo::ExportDocument",
                                QT_TRANSLATE_NOOP("Plenipo::ExportDocument", "Notes")),
            charFormat(ExportDocument::Style::Heading));
        for (qsizetype i = 0; i < document.footnotes.size(); ++i) {
            QTextBlockFormat b =
                blockFormat(ExportDocument::Style::Clause,
                            ExportDocument::startsRightToLeft(document.footnotes.at(i)));
            b.setBottomMargin(2);
            cursor.insertBlock(b, baseFormat(10));
            cursor.insertText(u"%1\t%2"_s.arg(i + 1).arg(document.footnotes.at(i)), baseFormat(10));
        }
    }
    if (!document.comments.isEmpty()) {
        block(ExportDocument::Style::Heading, rtl);
        cursor.insertText(Language::translate(language, "Plenipo::ExportDocument",
                                              QT_TRANSLATE_NOOP("Plenipo::ExportDocument",
                                                                "Internal notes (not for "
                                                                "circulation)")),
                          charFormat(ExportDocument::Style::Heading));
        for (qsizetype i = 0; i < document.comments.size(); ++i) {
            QTextBlockFormat b =
                blockFormat(ExportDocument::Style::Clause,
                            ExportDocument::startsRightToLeft(document.comments.at(i).text));
            b.setBottomMargin(2);
            cursor.insertBlock(b, baseFormat(10));
            cursor.insertText(u"C%1\t%2"_s.arg(i + 1).arg(document.comments.at(i).text),
                              baseFormat(10));
        }
    }
    return doc;
}

} // namespace Plenipo
