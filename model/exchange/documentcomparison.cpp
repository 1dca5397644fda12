// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/documentcomparison.h"

#include "compare/comparison.h"
#include "compare/worddiff.h"
#include "core/error.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::DocumentComparison", text, comment, n);
}

using Change = ExportDocument::Change;

// Appends text with a change, merging it into the previous run when that has the same change.
void append(QList<ExportDocument::Run> &runs, const QString &text, Change change, int revision)
{
    if (text.isEmpty())
        return;
    if (!runs.isEmpty() && runs.last().change == change && runs.last().revision == revision) {
        runs.last().text += text;
        return;
    }
    ExportDocument::Run run;
    run.text = text;
    run.change = change;
    run.revision = change == Change::None ? -1 : revision;
    runs.append(run);
}

// Old and new stretch of one place: unchanged when they are the same string, else the old one
// deleted and the new one inserted.
void appendPair(QList<ExportDocument::Run> &runs, const QString &oldText, const QString &newText,
                int revision)
{
    if (oldText == newText) {
        append(runs, newText, Change::None, revision);
    } else {
        append(runs, oldText, Change::Deleted, revision);
        append(runs, newText, Change::Inserted, revision);
    }
}

QList<ExportDocument::Run> diffRuns(const WordDiff &diff, const QString &oldText,
                                    const QString &newText, int revision)
{
    QList<ExportDocument::Run> runs;
    qsizetype oldPos = 0;
    qsizetype newPos = 0;
    for (const WordDiff::Op &op : diff.ops()) {
        switch (op.type) {
        case WordDiff::OpType::Equal:
            appendPair(runs, oldText.mid(oldPos, op.oldOffset - oldPos),
                       newText.mid(newPos, op.newOffset - newPos), revision);
            appendPair(runs, oldText.mid(op.oldOffset, op.oldLength),
                       newText.mid(op.newOffset, op.newLength), revision);
            oldPos = op.oldOffset + op.oldLength;
            newPos = op.newOffset + op.newLength;
            break;
        case WordDiff::OpType::Delete:
            append(runs, oldText.mid(oldPos, op.oldOffset + op.oldLength - oldPos), Change::Deleted,
                   revision);
            oldPos = op.oldOffset + op.oldLength;
            break;
        case WordDiff::OpType::Insert:
            append(runs, newText.mid(newPos, op.newOffset + op.newLength - newPos),
                   Change::Inserted, revision);
            newPos = op.newOffset + op.newLength;
            break;
        }
    }
    appendPair(runs, oldText.mid(oldPos), newText.mid(newPos), revision);
    return runs;
}

ExportDocument::Paragraph coverParagraph(ExportDocument::Style style, const QString &text)
{
    ExportDocument::Paragraph p;
    p.style = style;
    ExportDocument::Run run;
    run.text = text;
    p.runs.append(run);
    return p;
}

QString describe(const Workspace &workspace, const Comparison::Side &side)
{
    QString text = side.label;
    const Document *document = workspace.document(side.documentId);
    if (side.clauseId == 0 && document && document->date.isValid())
        text +=
            u" (%1)"_s.arg(QLocale(QLocale::English).toString(document->date, u"d MMMM yyyy"_s));
    return text;
}

} // namespace

ExportDocument DocumentComparison::build(const Workspace &workspace, const QString &olderReference,
                                         const QString &newerReference)
{
    return build(workspace, Comparison::compare(workspace, olderReference, newerReference));
}

ExportDocument DocumentComparison::build(const Workspace &workspace, const Comparison &comparison)
{
    const Document *newDocument = workspace.document(comparison.newSide().documentId);
    const Document *oldDocument = workspace.document(comparison.oldSide().documentId);
    if (!newDocument || !oldDocument)
        throw Error(Error::Kind::NotFound,
                    tr("compare: a document is missing from %1").arg(workspace.filePath()));
    ExportDocument out;
    out.symbol = newDocument->symbol;
    out.title = newDocument->title;
    if (const Process *process = workspace.process(newDocument->processId))
        out.process = process->name;
    out.date = newDocument->date;
    out.timestamp =
        QDateTime(out.date.isValid() ? out.date : QDate(2000, 1, 1), QTime(0, 0), QTimeZone::UTC);
    out.paragraphs.append(coverParagraph(ExportDocument::Style::Symbol, newDocument->symbol));
    out.paragraphs.append(coverParagraph(ExportDocument::Style::Title, newDocument->title));
    if (!out.process.isEmpty())
        out.paragraphs.append(
            coverParagraph(ExportDocument::Style::CoverLine, u"Process: "_s + out.process));
    out.paragraphs.append(
        coverParagraph(ExportDocument::Style::CoverLine,
                       u"Changes from %1 to %2"_s.arg(describe(workspace, comparison.oldSide()),
                                                      describe(workspace, comparison.newSide()))));
    out.paragraphs.append(coverParagraph(ExportDocument::Style::Heading, u"Text"_s));

    // One Revision per (author, time); the fallback is the newer document's date.
    QHash<QString, int> revisionIndex;
    auto revisionOf = [&](const QString &author, const QDateTime &date) {
        ExportDocument::Revision r;
        r.author = author.isEmpty() ? u"Plenipo"_s : author;
        r.date = date.isValid() ? date.toUTC() : out.timestamp;
        const QString key = r.author + u'\x1f' + r.date.toString(Qt::ISODate);
        auto it = revisionIndex.constFind(key);
        if (it != revisionIndex.constEnd())
            return it.value();
        out.revisions.append(r);
        const int index = int(out.revisions.size() - 1);
        revisionIndex.insert(key, index);
        return index;
    };
    const int fallback = revisionOf(QString(), QDateTime());
    // The revision shown on the newer side: the one asked for, else the latest.
    auto revisionOfClause = [&](qint64 clauseId) {
        const QList<ClauseRevision> revisions = workspace.revisions(clauseId);
        if (revisions.isEmpty())
            return fallback;
        const int n = comparison.newSide().revision;
        const ClauseRevision &r =
            n >= 1 && n <= revisions.size() ? revisions.at(n - 1) : revisions.last();
        return revisionOf(r.author, r.created);
    };

    // A moved pair becomes a deletion where the old clause stood and an insertion where the
    // new one stands, so that rejecting every change gives the old order back.
    const QList<Comparison::Entry> &entries = comparison.entries();
    struct Item
    {
        qsizetype entry = -1;
        bool showOld = true;
        bool showNew = true;
    };
    QList<Item> items;
    QList<std::pair<qsizetype, qsizetype>> movedOld; // (old index, entry)
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Comparison::Entry &e = entries.at(i);
        if (e.pair.moved && e.pair.isMatched()) {
            items.append({i, false, true});
            movedOld.append({e.pair.oldIndex, i});
        } else {
            items.append({i, e.pair.oldIndex >= 0, e.pair.newIndex >= 0});
        }
    }
    std::sort(movedOld.begin(), movedOld.end());
    for (const auto &[oldIndex, entry] : movedOld) {
        auto at = std::find_if(items.begin(), items.end(), [&, o = oldIndex](const Item &item) {
            return item.showOld && entries.at(item.entry).pair.oldIndex > o;
        });
        items.insert(at, Item{entry, true, false});
    }

    for (const Item &item : items) {
        const Comparison::Entry &e = entries.at(item.entry);
        ExportDocument::Paragraph p;
        p.style = ExportDocument::Style::Clause;
        if (item.showOld && item.showNew) {
            const int rev = revisionOfClause(e.newClauseId);
            p.number = e.newNumber;
            p.markRevision = rev;
            if (e.oldNumber != e.newNumber) {
                p.numberChange = Change::Inserted;
                p.oldNumber = e.oldNumber;
            }
            p.runs = diffRuns(e.diff, e.oldText, e.newText, rev);
        } else if (item.showNew) {
            const int rev = revisionOfClause(e.newClauseId);
            p.number = e.newNumber;
            p.mark = Change::Inserted;
            p.markRevision = rev;
            append(p.runs, e.newText, Change::Inserted, rev);
        } else {
            p.number = e.oldNumber;
            p.mark = Change::Deleted;
            p.markRevision = fallback;
            append(p.runs, e.oldText, Change::Deleted, fallback);
        }
        out.paragraphs.append(p);
    }
    return out;
}

QString DocumentComparison::reading(const ExportDocument::Paragraph &paragraph, Reading which)
{
    const Change hidden = which == Reading::Accepted ? Change::Deleted : Change::Inserted;
    if (paragraph.mark == hidden)
        return {};
    QString text;
    if (paragraph.numberChange != Change::None)
        text = which == Reading::Accepted ? paragraph.number : paragraph.oldNumber;
    else
        text = paragraph.number;
    if (!text.isEmpty())
        text += u'\t';
    for (const ExportDocument::Run &run : paragraph.runs) {
        if (run.change != hidden)
            text += run.text;
    }
    return text;
}

} // namespace Plenipo
