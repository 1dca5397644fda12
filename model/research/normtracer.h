// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace Plenipo {

class Workspace;
struct Norm;

// Traces a norm or any clause through later texts: every paragraph whose wording derives from
// it, found by shared word sequences. Each paragraph is cut into shingles (every run of
// `shingleSize` consecutive words, lower-cased, punctuation and markup left out), and an
// inverted index maps each shingle to the paragraphs holding it, so a query visits only the
// paragraphs that share a shingle with the source (never all pairs).
//
// The similarity of a paragraph to the source is the share of the source's shingles it contains
// (1: the source's whole wording is there, possibly with more around it); ties are ranked by the
// Jaccard index of the two shingle sets, so the source itself (or an exact copy) comes first.
class NormTracer
{
public:
    struct Paragraph
    {
        qint64 clauseId = 0;
        qint64 documentId = 0;
        QString symbol; // of the document
        QString number;
        QString text;
    };
    struct Match
    {
        int paragraph = -1; // index into paragraphs()
        double similarity = 0;
        double jaccard = 0;
        int shared = 0; // shingles in common
    };
    // What to trace: a clause, or a norm (its source clause when the workspace has it, "A/70/174"
    // paragraph "13(f)", else its summary).
    struct Source
    {
        QString label; // "GGE2015-13f" or "A/RES/75/32#3"
        QString text;
        qint64 clauseId = 0;   // 0 for a norm's summary
        qint64 documentId = 0; // the source's document (left out of the norm x document table)
    };

    static constexpr int defaultShingleSize = 3;

    explicit NormTracer(QList<Paragraph> paragraphs, int shingleSize = defaultShingleSize);
    // Every clause of every document of the workspace.
    static NormTracer fromWorkspace(const Workspace &workspace);
    // A norm, or a clause "SYMBOL#NUMBER"; nullopt-like empty label when neither is found.
    static Source source(const Workspace &workspace, const QString &normOrClause);
    static Source source(const Workspace &workspace, const Norm &norm);

    const QList<Paragraph> &paragraphs() const { return m_paragraphs; }
    int shingleSize() const { return m_k; }

    // Paragraphs with similarity >= minSimilarity, best first.
    QList<Match> trace(const QString &text, double minSimilarity = 0.3) const;

    // The norm x document table: for each source and each document (but the source's own), the
    // best matching paragraph (paragraph -1 when none reaches minSimilarity).
    struct Cell
    {
        qint64 documentId = 0;
        Match best;
    };
    QList<QList<Cell>> table(const QList<Source> &sources, const QList<qint64> &documentIds,
                             double minSimilarity = 0.3) const;

    // {"source", "matches": [{"symbol", "number", "similarity", "jaccard", "diff"}...]}: the word
    // diff (WordDiff inline form) of each match against the source.
    QJsonObject toJson(const Source &source, const QList<Match> &matches) const;

private:
    std::vector<quint64> shingles(const QString &text) const;

    int m_k;
    QList<Paragraph> m_paragraphs;
    std::vector<int> m_sizes;       // distinct shingles per paragraph
    std::vector<quint64> m_keys;    // distinct shingles, sorted
    std::vector<quint32> m_offsets; // postings of m_keys[i]: [m_offsets[i], m_offsets[i + 1])
    std::vector<int> m_postings;    // paragraph indices
};

} // namespace Plenipo
