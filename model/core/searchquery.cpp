// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/searchquery.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

// True when the text holds a letter or digit: a term without one matches nothing and is
// dropped (a stray "/" or "-").
bool hasWordCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// The length of the last word (run of letters and digits) of the text: a prefix needs 3 letters,
// as a shorter one (in*, a*) stands for thousands of words and makes the search slow.
qsizetype lastWordLength(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && !text[end - 1].isLetterOrNumber())
        --end;
    qsizetype start = end;
    while (start > 0 && text[start - 1].isLetterOrNumber())
        --start;
    return end - start;
}

QString shortPrefix(qsizetype column)
{
    return QCoreApplication::translate("Plenipo::SearchQuery",
                                       "the '*' at column %1 needs at least 3 letters before it "
                                       "(infra*)")
        .arg(column);
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    // Hand-written: a dozen lines of scanning; a parser library would add more than it saves.
    SearchQuery q;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        Term term;
        if (text[i] == u'-' && i + 1 < n && !text[i + 1].isSpace()) {
            term.excluded = true;
            ++i;
        }
        if (text[i] == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0) {
                q.m_error =
                    QCoreApplication::translate("Plenipo::SearchQuery",
                                                "the quotation mark at column %1 is not closed")
                        .arg(i + 1);
                break;
            }
            term.phrase = true;
            term.text = text.mid(i + 1, close - i - 1).simplified();
            i = close + 1;
            if (i < n && text[i] == u'*') {
                term.prefix = true;
                ++i;
                if (lastWordLength(term.text) < 3) {
                    q.m_error = shortPrefix(i);
                    break;
                }
            }
        } else {
            qsizetype end = i;
            while (end < n && !text[end].isSpace() && text[end] != u'"')
                ++end;
            QString word = text.mid(i, end - i);
            if (word.endsWith(u'*')) {
                term.prefix = true;
                while (word.endsWith(u'*'))
                    word.chop(1);
                if (lastWordLength(word) < 3) {
                    q.m_error = shortPrefix(end);
                    break;
                }
            }
            term.text = word;
            i = end;
        }
        if (!hasWordCharacter(term.text))
            continue;
        q.m_terms << term;
    }
    if (q.m_error.isEmpty() && !q.m_terms.isEmpty() &&
        std::all_of(q.m_terms.cbegin(), q.m_terms.cend(), [](const Term &t) { return t.excluded; }))
        q.m_error = QCoreApplication::translate(
            "Plenipo::SearchQuery", "only words to leave out: add a word to search for");
    return q;
}

bool SearchQuery::searches(SearchHit::Kind kind) const
{
    if (kind == SearchHit::Kind::Revision)
        return includeRevisions && (kinds.isEmpty() || kinds.contains(SearchHit::Kind::Clause) ||
                                    kinds.contains(SearchHit::Kind::Revision));
    if ((documentId || processId) &&
        (kind == SearchHit::Kind::Norm || kind == SearchHit::Kind::State))
        return false;
    return kinds.isEmpty() || kinds.contains(kind);
}

const QList<SearchHit::Kind> &SearchQuery::allKinds()
{
    static const QList<SearchHit::Kind> kinds{SearchHit::Kind::Clause,   SearchHit::Kind::Revision,
                                              SearchHit::Kind::Document, SearchHit::Kind::Norm,
                                              SearchHit::Kind::Position, SearchHit::Kind::State};
    return kinds;
}

QString SearchQuery::kindKey(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Clause:
        return u"clause"_s;
    case SearchHit::Kind::Revision:
        return u"revision"_s;
    case SearchHit::Kind::Document:
        return u"document"_s;
    case SearchHit::Kind::Norm:
        return u"norm"_s;
    case SearchHit::Kind::Position:
        return u"position"_s;
    case SearchHit::Kind::State:
        return u"state"_s;
    }
    return {};
}

std::optional<SearchHit::Kind> SearchQuery::kindFromKey(QStringView key)
{
    for (const SearchHit::Kind kind : allKinds()) {
        if (key.compare(kindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace Plenipo
