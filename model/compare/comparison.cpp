// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compare/comparison.h"

#include "core/error.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::Comparison", text, comment, n);
}

void add(WordDiff::Summary &sum, const WordDiff::Summary &s)
{
    sum.wordsAdded += s.wordsAdded;
    sum.wordsRemoved += s.wordsRemoved;
    sum.wordsUnchanged += s.wordsUnchanged;
    sum.bracketsIntroduced += s.bracketsIntroduced;
    sum.bracketsResolved += s.bracketsResolved;
    sum.alternativesIntroduced += s.alternativesIntroduced;
    sum.alternativesResolved += s.alternativesResolved;
}

const Clause *findClause(const QList<Clause> &clauses, QStringView number)
{
    for (const Clause &c : clauses) {
        if (number.compare(c.number, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QString summaryText(const WordDiff::Summary &s)
{
    //: the counts carry no plural form (several in one line)
    // A free function: lupdate files a bare tr() here under "Plenipo", so the context is named.
    return QCoreApplication::translate(
               "Plenipo::Comparison",
               "%1 words added, %2 removed, %3 unchanged; brackets: %4 introduced, %5 resolved; "
               "alternative groups: %6 introduced, %7 resolved")
        .arg(s.wordsAdded)
        .arg(s.wordsRemoved)
        .arg(s.wordsUnchanged)
        .arg(s.bracketsIntroduced)
        .arg(s.bracketsResolved)
        .arg(s.alternativesIntroduced)
        .arg(s.alternativesResolved);
}

} // namespace

// The status in English (the JSON's key) or in the interface language: one set of words.
QString Comparison::Entry::statusText(bool translated) const
{
    const auto word = [translated](const char *english) {
        return translated ? QCoreApplication::translate("Plenipo::Comparison", english)
                          : QString::fromLatin1(english);
    };
    QString s;
    switch (pair.match) {
    case ClauseAligner::Match::Inserted:
        return splitFromNumber.isEmpty()
                   ? word(QT_TRANSLATE_NOOP("Plenipo::Comparison", "inserted"))
                   : word(QT_TRANSLATE_NOOP("Plenipo::Comparison", "inserted, split from %1"))
                         .arg(splitFromNumber);
    case ClauseAligner::Match::Deleted:
        return mergedIntoNumber.isEmpty()
                   ? word(QT_TRANSLATE_NOOP("Plenipo::Comparison", "deleted"))
                   : word(QT_TRANSLATE_NOOP("Plenipo::Comparison", "deleted, merged into %1"))
                         .arg(mergedIntoNumber);
    case ClauseAligner::Match::Lineage:
    case ClauseAligner::Match::NumberAndText:
    case ClauseAligner::Match::Content:
    case ClauseAligner::Match::User:
        s = changed() ? word(QT_TRANSLATE_NOOP("Plenipo::Comparison", "changed"))
                      : word(QT_TRANSLATE_NOOP("Plenipo::Comparison", "unchanged"));
        break;
    }
    if (pair.renumbered)
        s = word(QT_TRANSLATE_NOOP("Plenipo::Comparison", "%1, renumbered")).arg(s);
    if (pair.moved)
        s = word(QT_TRANSLATE_NOOP("Plenipo::Comparison", "%1, moved")).arg(s);
    return s;
}

QString Comparison::Entry::status() const
{
    return statusText(false);
}

QString Comparison::Entry::statusLabel() const
{
    return statusText(true);
}

Comparison::Side Comparison::resolve(const Workspace &ws, const QString &reference)
{
    Side side;
    side.reference = reference;
    QString ref = reference.trimmed();

    if (!ref.contains(u'#')) {
        if (const Document *d = ws.documentBySymbol(ref)) {
            side.documentId = d->id;
            side.label = d->symbol;
            return side;
        }
        if (const Norm *n = ws.normByCode(ref)) {
            const Document *source = ws.documentBySymbol(n->sourceSymbol);
            // The list the clause pointer points into lives as long as the pointer (clauses()
            // returns a copy; a temporary would be gone at the end of the statement).
            const QList<Clause> clauses = source ? ws.clauses(source->id) : QList<Clause>();
            const Clause *c = source ? findClause(clauses, n->paragraph) : nullptr;
            if (!c)
                throw Error(Error::Kind::NotFound,
                            tr("norm %1: its text (%2 paragraph %3) is not in this workspace")
                                .arg(n->code, n->sourceSymbol, n->paragraph));
            ref = u"%1#%2"_s.arg(source->symbol, c->number);
        } else {
            throw Error(Error::Kind::NotFound,
                        tr("'%1' is neither a document symbol nor a norm code").arg(reference));
        }
    }

    const QString symbol = ref.section(u'#', 0, 0);
    QString number = ref.section(u'#', 1);
    int revision = 0;
    if (const qsizetype at = number.lastIndexOf(u'@'); at >= 0) {
        bool ok = false;
        revision = number.mid(at + 1).toInt(&ok);
        if (!ok || revision < 1)
            throw Error(Error::Kind::Invalid,
                        tr("'%1': a revision is written @1, @2, ...").arg(reference));
        number.truncate(at);
    }
    const Document *d = ws.documentBySymbol(symbol);
    if (!d)
        throw Error(Error::Kind::NotFound, tr("'%1': no document %2").arg(reference, symbol));
    const Clause *c = nullptr;
    const QList<Clause> clauses = ws.clauses(d->id);
    c = findClause(clauses, number);
    if (!c)
        throw Error(Error::Kind::NotFound,
                    tr("'%1': document %2 has no paragraph %3").arg(reference, symbol, number));
    const QList<ClauseRevision> revisions = ws.revisions(c->id);
    if (revision > revisions.size())
        throw Error(Error::Kind::NotFound,
                    tr("'%1': paragraph %2 has %n revision(s)", nullptr, int(revisions.size()))
                        .arg(reference, number));
    side.documentId = d->id;
    side.clauseId = c->id;
    side.revision = revision ? revision : int(revisions.size());
    side.label = u"%1 para. %2"_s.arg(d->symbol, c->number);
    if (revision)
        side.label += u" (revision %1)"_s.arg(revision);
    return side;
}

Comparison Comparison::compare(const Workspace &ws, const QString &oldReference,
                               const QString &newReference, const WordDiff::Options &options,
                               const QHash<qint64, qint64> &pairings)
{
    Comparison result;
    result.m_old = resolve(ws, oldReference);
    result.m_new = resolve(ws, newReference);
    const bool oldIsDocument = result.m_old.clauseId == 0;
    const bool newIsDocument = result.m_new.clauseId == 0;
    if (oldIsDocument != newIsDocument)
        throw Error(Error::Kind::Invalid,
                    tr("compare two documents or two clauses: '%1' and '%2' are not alike")
                        .arg(oldReference, newReference));
    result.m_documents = oldIsDocument;

    if (!result.m_documents) {
        const auto textOf = [&ws](const Side &s) {
            return ws.revisions(s.clauseId).at(s.revision - 1).text;
        };
        const auto clauseOf = [&ws](qint64 id) {
            std::optional<Clause> c = ws.clause(id);
            if (!c)
                throw Error(Error::Kind::NotFound, tr("no clause with id %1").arg(id));
            return *c;
        };
        const Clause oldClause = clauseOf(result.m_old.clauseId);
        const Clause newClause = clauseOf(result.m_new.clauseId);
        const QString oldText = textOf(result.m_old);
        const QString newText = textOf(result.m_new);
        ClauseAligner::Pair pair;
        pair.oldIndex = 0;
        pair.newIndex = 0;
        pair.match = ClauseAligner::Match::Lineage;
        pair.renumbered = oldClause.number != newClause.number;
        result.m_entries << Entry{pair,
                                  oldClause.id,
                                  newClause.id,
                                  oldClause.number,
                                  newClause.number,
                                  oldText,
                                  newText,
                                  WordDiff(oldText, newText, options),
                                  {},
                                  {}};
    } else {
        const QList<Clause> oldClauses = ws.clauses(result.m_old.documentId);
        const QList<Clause> newClauses = ws.clauses(result.m_new.documentId);
        QSet<qint64> oldIds;
        for (const Clause &c : oldClauses)
            oldIds.insert(c.id);
        // Lineage may pass through intermediate drafts (zero draft -> Rev.1 -> Rev.2): follow each
        // new clause's origins until one is in the old document.
        const auto ancestorIn = [&](qint64 originId) -> qint64 {
            for (int guard = 0; originId && guard < 1000; ++guard) {
                if (oldIds.contains(originId))
                    return originId;
                const auto c = ws.clause(originId);
                originId = c ? c->originId : 0;
            }
            return 0;
        };
        QList<ClauseAligner::Clause> a, b;
        for (const Clause &c : oldClauses)
            a << ClauseAligner::Clause{c.id, 0, c.number, c.text};
        for (const Clause &c : newClauses)
            b << ClauseAligner::Clause{c.id, ancestorIn(c.originId), c.number, c.text};
        QList<ClauseAligner::Override> overrides;
        for (auto it = pairings.cbegin(); it != pairings.cend(); ++it) {
            ClauseAligner::Override o;
            for (qsizetype k = 0; k < b.size(); ++k) {
                if (b[k].id == it.key())
                    o.newIndex = k;
            }
            for (qsizetype k = 0; k < a.size(); ++k) {
                if (a[k].id == it.value())
                    o.oldIndex = k;
            }
            if (o.newIndex >= 0)
                overrides << o;
        }
        for (const ClauseAligner::Pair &p : ClauseAligner::align(a, b, overrides)) {
            const ClauseAligner::Clause o =
                p.oldIndex >= 0 ? a[p.oldIndex] : ClauseAligner::Clause{};
            const ClauseAligner::Clause n =
                p.newIndex >= 0 ? b[p.newIndex] : ClauseAligner::Clause{};
            Entry e{p,        o.id,   n.id,   o.number,
                    n.number, o.text, n.text, WordDiff(o.text, n.text, options),
                    {},       {}};
            if (p.splitFrom >= 0)
                e.splitFromNumber = a[p.splitFrom].number;
            if (p.mergedInto >= 0)
                e.mergedIntoNumber = b[p.mergedInto].number;
            result.m_entries << e;
        }
    }

    Totals &t = result.m_totals;
    for (const Entry &e : std::as_const(result.m_entries)) {
        add(t.words, e.diff.summary());
        if (e.pair.isMatched()) {
            ++t.clausesMatched;
            t.clausesChanged += e.changed();
            t.clausesMoved += e.pair.moved;
            t.clausesRenumbered += e.pair.renumbered;
        } else if (e.pair.match == ClauseAligner::Match::Inserted) {
            ++t.clausesInserted;
        } else {
            ++t.clausesDeleted;
        }
    }
    return result;
}

QString Comparison::toText() const
{
    QString out = (m_documents ? tr("Comparing %1 with %2 (clauses aligned through lineage, then "
                                    "content)")
                               : tr("Comparing %1 with %2"))
                      .arg(m_old.label, m_new.label) +
                  u"\n\n"_s;
    for (const Entry &e : m_entries) {
        QString numbers;
        if (e.pair.match == ClauseAligner::Match::Inserted)
            numbers = u"   -> %1"_s.arg(e.newNumber);
        else if (e.pair.match == ClauseAligner::Match::Deleted)
            numbers = u"%1 ->   "_s.arg(e.oldNumber);
        else
            numbers = u"%1 -> %2"_s.arg(e.oldNumber, e.newNumber);
        out += u"%1  [%2]\n"_s.arg(numbers, e.statusLabel());
        out += u"    %1\n\n"_s.arg(e.diff.toInline());
    }
    if (m_documents) {
        out += tr("Clauses: %1 matched (%2 changed, %3 renumbered, %4 moved), %5 inserted, %6 "
                  "deleted")
                   .arg(m_totals.clausesMatched)
                   .arg(m_totals.clausesChanged)
                   .arg(m_totals.clausesRenumbered)
                   .arg(m_totals.clausesMoved)
                   .arg(m_totals.clausesInserted)
                   .arg(m_totals.clausesDeleted) +
               u'\n';
    }
    out += tr("Words: %1").arg(summaryText(m_totals.words)) + u'\n';
    return out;
}

QJsonObject Comparison::toJson() const
{
    const auto side = [](const Side &s) {
        QJsonObject o{{u"reference"_s, s.reference}, {u"label"_s, s.label}};
        if (s.clauseId)
            o.insert(u"revision"_s, s.revision);
        return o;
    };
    QJsonArray entries;
    for (const Entry &e : m_entries) {
        QJsonObject o = e.diff.toJson();
        o.insert(u"oldNumber"_s, e.oldNumber);
        o.insert(u"newNumber"_s, e.newNumber);
        o.insert(u"status"_s, e.status());
        o.insert(u"match"_s, ClauseAligner::matchName(e.pair.match));
        o.insert(u"moved"_s, e.pair.moved);
        o.insert(u"renumbered"_s, e.pair.renumbered);
        if (!e.splitFromNumber.isEmpty())
            o.insert(u"splitFrom"_s, e.splitFromNumber);
        if (!e.mergedIntoNumber.isEmpty())
            o.insert(u"mergedInto"_s, e.mergedIntoNumber);
        entries.append(o);
    }
    const Totals &t = m_totals;
    return QJsonObject{
        {u"kind"_s, m_documents ? u"documents"_s : u"clauses"_s},
        {u"old"_s, side(m_old)},
        {u"new"_s, side(m_new)},
        {u"clauses"_s, entries},
        {u"totals"_s, QJsonObject{{u"clausesMatched"_s, t.clausesMatched},
                                  {u"clausesChanged"_s, t.clausesChanged},
                                  {u"clausesInserted"_s, t.clausesInserted},
                                  {u"clausesDeleted"_s, t.clausesDeleted},
                                  {u"clausesMoved"_s, t.clausesMoved},
                                  {u"clausesRenumbered"_s, t.clausesRenumbered},
                                  {u"words"_s, WordDiff::summaryToJson(t.words)}}},
    };
}

} // namespace Plenipo
