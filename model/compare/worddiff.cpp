// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compare/worddiff.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <dtl/dtl.hpp>
#include <list>
#include <vector>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

using Kind = WordTokenizer::Kind;

// A stretch of the edit script: unchanged tokens (the same count on both sides, except when
// punctuation changes are ignored) or changed ones (old tokens deleted, new tokens inserted).
struct Segment
{
    bool equal = true;
    qsizetype oldBegin = 0;
    qsizetype oldEnd = 0;
    qsizetype newBegin = 0;
    qsizetype newEnd = 0;

    qsizetype oldSize() const { return oldEnd - oldBegin; }
    qsizetype newSize() const { return newEnd - newBegin; }
    qsizetype size() const { return std::max(oldSize(), newSize()); }
};

bool isPunctuationKind(Kind kind)
{
    return kind == Kind::Punctuation || kind == Kind::Escape;
}

// Maps each token to an int so that dtl compares ints, not strings: tokens with the same
// comparison key get the same id. (dtl's O(NP) search calls its comparator for every step of
// every snake; comparing QStrings there costs a multiple of comparing ints.)
class Interner
{
public:
    explicit Interner(const WordDiff::Options &options)
        : m_options(options)
    {}

    std::vector<int> ids(const WordTokenizer &tokens)
    {
        std::vector<int> out;
        out.reserve(size_t(tokens.size()));
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (m_options.ignorePunctuation && isPunctuationKind(tokens.at(i).kind)) {
                out.push_back(PunctuationId);
                continue;
            }
            QStringView key = tokens.tokenText(i);
            if (m_options.ignoreCase) {
                QString folded = key.toString().toCaseFolded();
                if (folded != key) {
                    m_folded.push_back(std::move(folded));
                    key = m_folded.back();
                }
            }
            const auto it = m_ids.constFind(key);
            if (it != m_ids.cend()) {
                out.push_back(*it);
            } else {
                const int id = int(m_ids.size()) + 1;
                m_ids.insert(key, id);
                out.push_back(id);
            }
        }
        return out;
    }

private:
    static constexpr int PunctuationId = 0;
    WordDiff::Options m_options;
    QHash<QStringView, int> m_ids;
    // Case-folded keys; a std::list keeps them in place while m_ids points into them.
    std::list<QString> m_folded;
};

// Is the unchanged segment inside a bracket pair whose two brackets are both changed?
bool enclosedByChangedBrackets(const WordTokenizer &tokens, const QList<bool> &changed,
                               qsizetype begin, qsizetype end)
{
    if (begin >= end)
        return false;
    for (qsizetype open = tokens.at(begin).enclosing; open >= 0; open = tokens.at(open).enclosing) {
        const qsizetype close = tokens.at(open).partner;
        if (close >= end && changed.at(open) && changed.at(close))
            return true;
    }
    return false;
}

void markChanged(QList<bool> &changed, qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i)
        changed[i] = true;
}

struct TextRange
{
    qsizetype offset = 0;
    qsizetype length = 0;
};

TextRange textRange(const WordTokenizer &tokens, qsizetype begin, qsizetype end)
{
    if (begin >= end)
        return {tokens.positionBefore(begin), 0};
    const WordTokenizer::Token &first = tokens.at(begin);
    const WordTokenizer::Token &last = tokens.at(end - 1);
    return {first.offset, last.offset + last.length - first.offset};
}

// The readability clean-up folds unchanged stretches of at most this many words into the changes
// beside them.
constexpr int maxFoldedWords = 2;

int countKind(const WordTokenizer &tokens, qsizetype begin, qsizetype end, Kind kind)
{
    int n = 0;
    for (qsizetype i = begin; i < end; ++i)
        n += tokens.at(i).kind == kind ? 1 : 0;
    return n;
}

} // namespace

WordDiff::WordDiff(const QString &oldText, const QString &newText)
    : WordDiff(oldText, newText, Options())
{}

WordDiff::WordDiff(const QString &oldText, const QString &newText, const Options &options)
    : m_options(options)
    , m_old(oldText)
    , m_new(newText)
{
    compute();
}

void WordDiff::compute()
{
    const qsizetype m = m_old.size();
    const qsizetype n = m_new.size();

    Interner interner(m_options);
    const std::vector<int> a = interner.ids(m_old);
    const std::vector<int> b = interner.ids(m_new);

    // The common prefix and suffix need no search.
    qsizetype prefix = 0;
    while (prefix < m && prefix < n && a[size_t(prefix)] == b[size_t(prefix)])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < m - prefix && suffix < n - prefix &&
           a[size_t(m - 1 - suffix)] == b[size_t(n - 1 - suffix)])
        ++suffix;

    QList<Segment> segments;
    const auto extend = [&segments](bool equal, qsizetype oldCount, qsizetype newCount,
                                    qsizetype oldPos, qsizetype newPos) {
        if (segments.isEmpty() || segments.last().equal != equal)
            segments.append(Segment{equal, oldPos, oldPos, newPos, newPos});
        segments.last().oldEnd += oldCount;
        segments.last().newEnd += newCount;
    };

    if (prefix > 0)
        extend(true, prefix, prefix, 0, 0);
    qsizetype i = prefix;
    qsizetype j = prefix;
    const std::vector<int> middleA(a.begin() + prefix, a.end() - suffix);
    const std::vector<int> middleB(b.begin() + prefix, b.end() - suffix);
    if (!middleA.empty() && !middleB.empty()) {
        dtl::Diff<int, std::vector<int>> diff(middleA, middleB);
        diff.compose();
        const auto ses = diff.getSes().getSequence();
        for (const auto &element : ses) {
            switch (element.second.type) {
            case dtl::SES_COMMON:
                extend(true, 1, 1, i, j);
                ++i;
                ++j;
                break;
            case dtl::SES_DELETE:
                extend(false, 1, 0, i, j);
                ++i;
                break;
            case dtl::SES_ADD:
                extend(false, 0, 1, i, j);
                ++j;
                break;
            default:
                break;
            }
        }
    }
    // Whatever the script did not cover (all of one side when the other is empty).
    if (i < m - suffix || j < n - suffix) {
        extend(false, m - suffix - i, n - suffix - j, i, j);
        i = m - suffix;
        j = n - suffix;
    }
    if (suffix > 0)
        extend(true, suffix, suffix, i, j);

    // Ignored punctuation: a change made only of punctuation is unchanged text.
    if (m_options.ignorePunctuation) {
        for (Segment &s : segments) {
            if (s.equal)
                continue;
            bool onlyPunctuation = true;
            for (qsizetype k = s.oldBegin; k < s.oldEnd && onlyPunctuation; ++k)
                onlyPunctuation = isPunctuationKind(m_old.at(k).kind);
            for (qsizetype k = s.newBegin; k < s.newEnd && onlyPunctuation; ++k)
                onlyPunctuation = isPunctuationKind(m_new.at(k).kind);
            s.equal = onlyPunctuation;
        }
        QList<Segment> merged;
        for (const Segment &s : std::as_const(segments)) {
            if (!merged.isEmpty() && merged.last().equal == s.equal) {
                merged.last().oldEnd = s.oldEnd;
                merged.last().newEnd = s.newEnd;
            } else {
                merged.append(s);
            }
        }
        segments = merged;
    }

    QList<bool> oldChanged(m, false);
    QList<bool> newChanged(n, false);
    for (const Segment &s : std::as_const(segments)) {
        if (!s.equal) {
            markChanged(oldChanged, s.oldBegin, s.oldEnd);
            markChanged(newChanged, s.newBegin, s.newEnd);
        }
    }

    // Fold short unchanged stretches between two changes into them, until nothing changes.
    // Each fold shows its words as removed and added again; all folds together may add at most
    // 5% of the words the minimal script changes (and at least one two-word fold), so the
    // counts stay those of a minimal edit script (issue 10).
    int minimalWords = 0;
    for (const Segment &s : std::as_const(segments)) {
        if (!s.equal)
            minimalWords += countKind(m_old, s.oldBegin, s.oldEnd, Kind::Word) +
                            countKind(m_new, s.newBegin, s.newEnd, Kind::Word);
    }
    const double foldBudget = std::max(2.0, 0.05 * minimalWords);
    int foldedWords = 0;
    for (bool folded = true; folded;) {
        folded = false;
        qsizetype k = 1;
        while (k + 1 < segments.size()) {
            const Segment &before = segments.at(k - 1);
            const Segment &middle = segments.at(k);
            const Segment &after = segments.at(k + 1);
            if (!middle.equal || before.equal || after.equal) {
                ++k;
                continue;
            }
            const qsizetype length = middle.size();
            // Never more than two unchanged words: a longer run that both texts share is
            // shown as shared, whatever the changes beside it (issue 10).
            const int middleWords = countKind(m_new, middle.newBegin, middle.newEnd, Kind::Word);
            const int cost =
                middleWords + countKind(m_old, middle.oldBegin, middle.oldEnd, Kind::Word);
            if (middleWords > maxFoldedWords || foldedWords + cost > foldBudget) {
                ++k;
                continue;
            }
            const bool shortEquality = length < before.size() && length < after.size();
            const bool insideChangedBrackets =
                length <= before.size() + after.size() &&
                (enclosedByChangedBrackets(m_new, newChanged, middle.newBegin, middle.newEnd) ||
                 enclosedByChangedBrackets(m_old, oldChanged, middle.oldBegin, middle.oldEnd));
            if (!shortEquality && !insideChangedBrackets) {
                ++k;
                continue;
            }
            foldedWords += cost;
            markChanged(oldChanged, middle.oldBegin, middle.oldEnd);
            markChanged(newChanged, middle.newBegin, middle.newEnd);
            segments[k - 1].oldEnd = after.oldEnd;
            segments[k - 1].newEnd = after.newEnd;
            segments.remove(k, 2);
            folded = true;
        }
    }

    // Ops and summary.
    m_ops.clear();
    m_summary = Summary();
    const auto addOp = [this](OpType type, qsizetype ob, qsizetype oe, qsizetype nb, qsizetype ne) {
        Op op;
        op.type = type;
        op.oldBegin = ob;
        op.oldEnd = oe;
        op.newBegin = nb;
        op.newEnd = ne;
        const TextRange oldRange = textRange(m_old, ob, oe);
        const TextRange newRange = textRange(m_new, nb, ne);
        op.oldOffset = oldRange.offset;
        op.oldLength = oldRange.length;
        op.newOffset = newRange.offset;
        op.newLength = newRange.length;
        m_ops.append(op);
    };
    for (const Segment &s : std::as_const(segments)) {
        if (s.equal) {
            if (s.oldSize() == 0 && s.newSize() == 0)
                continue;
            addOp(OpType::Equal, s.oldBegin, s.oldEnd, s.newBegin, s.newEnd);
            m_summary.wordsUnchanged += countKind(m_new, s.newBegin, s.newEnd, Kind::Word);
            continue;
        }
        if (s.oldSize() > 0) {
            addOp(OpType::Delete, s.oldBegin, s.oldEnd, s.newBegin, s.newBegin);
            m_summary.wordsRemoved += countKind(m_old, s.oldBegin, s.oldEnd, Kind::Word);
            m_summary.bracketsResolved += countKind(m_old, s.oldBegin, s.oldEnd, Kind::OpenBracket);
        }
        if (s.newSize() > 0) {
            addOp(OpType::Insert, s.oldEnd, s.oldEnd, s.newBegin, s.newEnd);
            m_summary.wordsAdded += countKind(m_new, s.newBegin, s.newEnd, Kind::Word);
            m_summary.bracketsIntroduced +=
                countKind(m_new, s.newBegin, s.newEnd, Kind::OpenBracket);
        }
    }

    const auto allChanged = [](const QList<qsizetype> &group, const QList<bool> &changed) {
        return std::all_of(group.cbegin(), group.cend(),
                           [&changed](qsizetype t) { return changed.at(t); });
    };
    for (const QList<qsizetype> &group : m_old.alternativeGroups())
        m_summary.alternativesResolved += allChanged(group, oldChanged) ? 1 : 0;
    for (const QList<qsizetype> &group : m_new.alternativeGroups())
        m_summary.alternativesIntroduced += allChanged(group, newChanged) ? 1 : 0;
}

bool WordDiff::isIdentical() const
{
    return std::all_of(m_ops.cbegin(), m_ops.cend(),
                       [](const Op &op) { return op.type == OpType::Equal; });
}

QString WordDiff::opText(const Op &op) const
{
    if (op.type == OpType::Delete)
        return m_old.textOf(op.oldBegin, op.oldEnd).toString();
    return m_new.textOf(op.newBegin, op.newEnd).toString();
}

QString WordDiff::render(QStringView delOpen, QStringView delClose, QStringView insOpen,
                         QStringView insClose, bool html) const
{
    const auto escaped = [html](QStringView text) {
        return html ? text.toString().toHtmlEscaped() : text.toString();
    };
    QString out;
    for (qsizetype k = 0; k < m_ops.size(); ++k) {
        const Op &op = m_ops.at(k);
        switch (op.type) {
        case OpType::Equal: {
            // After a deletion with nothing inserted, the new text may have lost the space
            // before the next word (a deleted first word): keep the old one so words do not run
            // into the marker ("{-Further,-} States", not "{-Further,-}States").
            const bool afterBareDelete = k > 0 && m_ops.at(k - 1).type == OpType::Delete;
            for (qsizetype t = op.newBegin; t < op.newEnd; ++t) {
                QStringView space = m_new.spaceBefore(t);
                if (t == op.newBegin && afterBareDelete && space.isEmpty() &&
                    op.oldBegin < op.oldEnd)
                    space = m_old.spaceBefore(op.oldBegin);
                out += space;
                out += escaped(m_new.tokenText(t));
            }
            break;
        }
        case OpType::Delete:
            out += m_old.spaceBefore(op.oldBegin);
            out += delOpen;
            out += escaped(m_old.textOf(op.oldBegin, op.oldEnd));
            out += delClose;
            break;
        case OpType::Insert:
            if (k == 0 || m_ops.at(k - 1).type != OpType::Delete)
                out += m_new.spaceBefore(op.newBegin);
            out += insOpen;
            out += escaped(m_new.textOf(op.newBegin, op.newEnd));
            out += insClose;
            break;
        }
    }
    out += m_new.trailingSpace();
    return out;
}

QString WordDiff::toInline() const
{
    return render(u"{-", u"-}", u"{+", u"+}", false);
}

QString WordDiff::toHtml() const
{
    return render(u"<del>", u"</del>", u"<ins>", u"</ins>", true);
}

WordDiff::SideBySide WordDiff::sideBySide() const
{
    SideBySide result;
    const auto piece = [](const WordTokenizer &tokens, qsizetype t, qsizetype op, bool changed) {
        Piece p;
        p.token = t;
        p.op = op;
        p.space = tokens.spaceBefore(t).toString();
        p.text = tokens.tokenText(t).toString();
        p.kind = tokens.at(t).kind;
        p.changed = changed;
        return p;
    };
    for (qsizetype k = 0; k < m_ops.size(); ++k) {
        const Op &op = m_ops.at(k);
        if (op.type != OpType::Insert) {
            for (qsizetype t = op.oldBegin; t < op.oldEnd; ++t)
                result.left.append(piece(m_old, t, k, op.type == OpType::Delete));
        }
        if (op.type != OpType::Delete) {
            for (qsizetype t = op.newBegin; t < op.newEnd; ++t)
                result.right.append(piece(m_new, t, k, op.type == OpType::Insert));
        }
    }
    return result;
}

QString WordDiff::opTypeName(OpType type)
{
    switch (type) {
    case OpType::Equal:
        return u"equal"_s;
    case OpType::Delete:
        return u"delete"_s;
    case OpType::Insert:
        return u"insert"_s;
    }
    return QString();
}

QJsonObject WordDiff::summaryToJson(const Summary &summary)
{
    return QJsonObject{
        {u"wordsAdded"_s, summary.wordsAdded},
        {u"wordsRemoved"_s, summary.wordsRemoved},
        {u"wordsUnchanged"_s, summary.wordsUnchanged},
        {u"bracketsIntroduced"_s, summary.bracketsIntroduced},
        {u"bracketsResolved"_s, summary.bracketsResolved},
        {u"alternativesIntroduced"_s, summary.alternativesIntroduced},
        {u"alternativesResolved"_s, summary.alternativesResolved},
    };
}

QJsonObject WordDiff::toJson() const
{
    QJsonArray ops;
    for (const Op &op : m_ops) {
        ops.append(QJsonObject{
            {u"type"_s, opTypeName(op.type)},
            {u"oldBegin"_s, qint64(op.oldBegin)},
            {u"oldEnd"_s, qint64(op.oldEnd)},
            {u"newBegin"_s, qint64(op.newBegin)},
            {u"newEnd"_s, qint64(op.newEnd)},
            {u"oldOffset"_s, qint64(op.oldOffset)},
            {u"oldLength"_s, qint64(op.oldLength)},
            {u"newOffset"_s, qint64(op.newOffset)},
            {u"newLength"_s, qint64(op.newLength)},
            {u"text"_s, opText(op)},
        });
    }
    return QJsonObject{
        {u"ops"_s, ops},
        {u"summary"_s, summaryToJson(m_summary)},
        {u"options"_s, QJsonObject{{u"ignoreCase"_s, m_options.ignoreCase},
                                   {u"ignorePunctuation"_s, m_options.ignorePunctuation}}},
        {u"identical"_s, isIdentical()},
        {u"inline"_s, toInline()},
    };
}

} // namespace Plenipo
