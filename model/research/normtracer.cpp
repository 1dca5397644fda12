// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "research/normtracer.h"

#include "compare/worddiff.h"
#include "compare/wordtokenizer.h"
#include "core/norm.h"
#include "storage/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QStringView>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Plenipo {

NormTracer::NormTracer(QList<Paragraph> paragraphs, int shingleSize)
    : m_k(std::max(1, shingleSize))
    , m_paragraphs(std::move(paragraphs))
{
    // (shingle, paragraph) pairs, sorted, then laid out as keys, offsets and postings.
    std::vector<std::pair<quint64, int>> pairs;
    m_sizes.resize(size_t(m_paragraphs.size()));
    for (int p = 0; p < m_paragraphs.size(); ++p) {
        const std::vector<quint64> s = shingles(m_paragraphs[p].text);
        m_sizes[size_t(p)] = int(s.size());
        for (quint64 h : s)
            pairs.emplace_back(h, p);
    }
    std::sort(pairs.begin(), pairs.end());
    m_postings.reserve(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
        if (i == 0 || pairs[i].first != pairs[i - 1].first) {
            m_keys.push_back(pairs[i].first);
            m_offsets.push_back(quint32(m_postings.size()));
        }
        m_postings.push_back(pairs[i].second);
    }
    m_offsets.push_back(quint32(m_postings.size()));
}

// Hand-written rather than WordTokenizer: the index reads every paragraph of the workspace and
// needs words only (no markup structure), lower-cased and hashed as they are found.
std::vector<quint64> NormTracer::shingles(const QString &text) const
{
    std::vector<quint64> words;
    const qsizetype n = text.size();
    qsizetype i = 0;
    QString word;
    while (i < n) {
        char32_t ucs = text.at(i).unicode();
        qsizetype len = 1;
        if (QChar::isHighSurrogate(char16_t(ucs)) && i + 1 < n) {
            ucs = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            len = 2;
        }
        if (WordTokenizer::isIdeograph(ucs)) {
            words.push_back(qHash(QStringView(text).mid(i, len)));
            i += len;
            continue;
        }
        if (!WordTokenizer::isWordChar(ucs)) {
            i += len;
            continue;
        }
        word.clear();
        while (i < n) {
            char32_t c = text.at(i).unicode();
            qsizetype l = 1;
            if (QChar::isHighSurrogate(char16_t(c)) && i + 1 < n) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                l = 2;
            }
            if (!WordTokenizer::isWordChar(c) || WordTokenizer::isIdeograph(c))
                break;
            word += QStringView(text).mid(i, l);
            i += l;
        }
        words.push_back(qHash(word.toLower(), 0x9e3779b9u));
    }
    std::vector<quint64> out;
    if (words.empty())
        return out;
    const size_t k = size_t(std::min<qsizetype>(m_k, qsizetype(words.size())));
    for (size_t s = 0; s + k <= words.size(); ++s) {
        quint64 h = 1469598103934665603ull;
        for (size_t t = 0; t < k; ++t)
            h = (h ^ words[s + t]) * 1099511628211ull;
        out.push_back(h);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

NormTracer NormTracer::fromWorkspace(const Workspace &workspace)
{
    QList<Paragraph> paragraphs;
    for (const Document &d : workspace.documents()) {
        for (const Clause &c : workspace.clauses(d.id))
            paragraphs << Paragraph{c.id, d.id, d.symbol, c.number, c.text};
    }
    return NormTracer(paragraphs);
}

NormTracer::Source NormTracer::source(const Workspace &workspace, const Norm &norm)
{
    Source s;
    s.label = norm.code;
    if (const Document *d = workspace.documentBySymbol(norm.sourceSymbol)) {
        if (const auto c = workspace.clauseByNumber(d->id, norm.paragraph)) {
            s.text = c->text;
            s.clauseId = c->id;
            s.documentId = d->id;
            return s;
        }
    }
    s.text = norm.summary;
    return s;
}

NormTracer::Source NormTracer::source(const Workspace &workspace, const QString &normOrClause)
{
    if (const Norm *n = workspace.normByCode(normOrClause))
        return source(workspace, *n);
    const qsizetype hash = normOrClause.lastIndexOf(u'#');
    if (hash > 0) {
        if (const Document *d = workspace.documentBySymbol(normOrClause.left(hash))) {
            if (const auto c = workspace.clauseByNumber(d->id, normOrClause.mid(hash + 1)))
                return Source{normOrClause, c->text, c->id, d->id};
        }
    }
    return {};
}

QList<NormTracer::Match> NormTracer::trace(const QString &text, double minSimilarity) const
{
    const std::vector<quint64> query = shingles(text);
    QList<Match> out;
    if (query.empty())
        return out;
    std::vector<int> counts(size_t(m_paragraphs.size()), 0);
    std::vector<int> touched;
    for (quint64 h : query) {
        const auto it = std::lower_bound(m_keys.cbegin(), m_keys.cend(), h);
        if (it == m_keys.cend() || *it != h)
            continue;
        const size_t k = size_t(it - m_keys.cbegin());
        for (quint32 p = m_offsets[k]; p < m_offsets[k + 1]; ++p) {
            const int para = m_postings[p];
            if (counts[size_t(para)]++ == 0)
                touched.push_back(para);
        }
    }
    const double q = double(query.size());
    for (int para : touched) {
        const int shared = counts[size_t(para)];
        const double similarity = shared / q;
        if (similarity + 1e-12 < minSimilarity)
            continue;
        const double jaccard = shared / (q + m_sizes[size_t(para)] - shared);
        out << Match{para, similarity, jaccard, shared};
    }
    std::sort(out.begin(), out.end(), [](const Match &a, const Match &b) {
        if (a.similarity != b.similarity)
            return a.similarity > b.similarity;
        if (a.jaccard != b.jaccard)
            return a.jaccard > b.jaccard;
        return a.paragraph < b.paragraph;
    });
    return out;
}

QList<QList<NormTracer::Cell>> NormTracer::table(const QList<Source> &sources,
                                                 const QList<qint64> &documentIds,
                                                 double minSimilarity) const
{
    QList<QList<Cell>> rows;
    for (const Source &s : sources) {
        QHash<qint64, Match> best;
        for (const Match &m : trace(s.text, minSimilarity)) {
            const qint64 doc = m_paragraphs[m.paragraph].documentId;
            if (doc == s.documentId || best.contains(doc))
                continue; // matches come best first
            best.insert(doc, m);
        }
        QList<Cell> row;
        for (qint64 doc : documentIds)
            row << Cell{doc, best.value(doc)};
        rows << row;
    }
    return rows;
}

QJsonObject NormTracer::toJson(const Source &source, const QList<Match> &matches) const
{
    QJsonArray list;
    for (const Match &m : matches) {
        const Paragraph &p = m_paragraphs[m.paragraph];
        list.append(QJsonObject{{u"symbol"_s, p.symbol},
                                {u"number"_s, p.number},
                                {u"similarity"_s, std::round(m.similarity * 1000) / 1000},
                                {u"jaccard"_s, std::round(m.jaccard * 1000) / 1000},
                                {u"sharedShingles"_s, m.shared},
                                {u"diff"_s, WordDiff(source.text, p.text).toInline()}});
    }
    return QJsonObject{{u"source"_s, source.label},
                       {u"text"_s, source.text},
                       {u"shingleSize"_s, m_k},
                       {u"matches"_s, list}};
}

} // namespace Plenipo
