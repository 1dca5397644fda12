// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markup/markupparser.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

using Kind = MarkupNodeKind;
using Code = MarkupDiagnostic::Code;
using Severity = MarkupDiagnostic::Severity;

// ASCII characters that may start markup (or, for '\n', an option header on the next line).
constexpr std::array<bool, 128> makeSpecialTable()
{
    std::array<bool, 128> table{};
    for (const char c : {'[', ']', '{', '}', '~', '^', '\\', '\n'})
        table[static_cast<unsigned char>(c)] = true;
    return table;
}
constexpr std::array<bool, 128> kSpecial = makeSpecialTable();

bool isSpecial(char16_t c)
{
    return c < 128 && kSpecial[c];
}

bool isEscapable(char16_t c)
{
    switch (c) {
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u'~':
    case u'^':
    case u'\\':
        return true;
    default:
        return false;
    }
}

bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t';
}

bool isSpace(char16_t c)
{
    return c < 128 ? (c == u' ' || (c >= u'\t' && c <= u'\r')) : QChar::isSpace(c);
}

bool isCodeSeparator(char16_t c)
{
    return c == u',' || c == u';' || isSpace(c);
}

bool matchesAt(QStringView text, qsizetype at, QStringView word)
{
    return at + word.size() <= text.size() &&
           text.sliced(at, word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

class Run
{
    // The diagnostics' messages are for people: in the interface language.
    Q_DECLARE_TR_FUNCTIONS(Plenipo::MarkupParser)

public:
    Run(const QString &text, const MarkupParser::CodeValidator &validator)
        : m_text(text)
        , m_s(reinterpret_cast<const char16_t *>(text.constData()))
        , m_n(text.size())
        , m_validator(validator)
    {}

    void parse();

    QList<MarkupNode> nodes;
    QList<MarkupDiagnostic> diagnostics;
    QList<int> spans;
    QList<int> groups;

private:
    int addNode(Kind kind, qsizetype begin, int parent);
    void diagnose(Severity severity, Code code, qsizetype offset, qsizetype length,
                  QString message);
    void markText(qsizetype i)
    {
        if (m_textStart < 0)
            m_textStart = i;
    }
    void flushText(qsizetype end);

    qsizetype openSpan(qsizetype i);
    qsizetype closingBracket(qsizetype i);
    qsizetype attachTags(int owner, qsizetype p);
    qsizetype brace(qsizetype i);
    qsizetype findBraceClose(qsizetype open) const;
    void tag(qsizetype open, qsizetype close, int owner);
    void checkCodes(qsizetype begin, qsizetype end, bool adReferendum);
    qsizetype tildes(qsizetype i);
    qsizetype note(qsizetype i);
    qsizetype startOption(qsizetype cut, qsizetype headerBegin, qsizetype headerEnd, int number);
    void closeFramesAbove(int container, qsizetype at);
    void closeUnterminated(int node, qsizetype at);
    void finishOption(qsizetype at);
    void finish();
    bool isBlankRange(qsizetype begin, qsizetype end) const;
    bool endsClause(qsizetype p) const;
    void computeLineColumns();

    int top() const { return m_stack.back(); }

    const QString &m_text;
    const char16_t *m_s;
    qsizetype m_n;
    const MarkupParser::CodeValidator &m_validator;

    QVarLengthArray<int, 16> m_stack; // open containers: root, option, spans, deletions
    qsizetype m_textStart = -1;
    int m_spanDepth = 0;
    int m_deletionDepth = 0;
    int m_optionGroup = -1;
    int m_option = -1;
    int m_joinGroup = -1; // the group a "[" at the current position continues
    int m_excess = 0;     // "[" kept as text beyond maxNesting whose "]" is not yet seen
    bool m_reportedDepth = false;

    // True (and reported once) when one more span or deletion would nest beyond maxNesting.
    bool tooDeep(qsizetype i, qsizetype length);
};

bool Run::tooDeep(qsizetype i, qsizetype length)
{
    if (m_spanDepth + m_deletionDepth < MarkupParser::maxNesting)
        return false;
    if (!m_reportedDepth) {
        m_reportedDepth = true;
        diagnose(Severity::Error, Code::NestingTooDeep, i, length,
                 tr("brackets and deletions nested more than %1 levels deep: the deeper ones are "
                    "kept as text")
                     .arg(MarkupParser::maxNesting));
    }
    return true;
}

int Run::addNode(Kind kind, qsizetype begin, int parent)
{
    MarkupNode node;
    node.kind = kind;
    node.begin = begin;
    node.end = begin;
    node.contentBegin = begin;
    node.contentEnd = begin;
    node.parent = parent;
    const int depth = m_spanDepth + (kind == Kind::BracketedSpan ? 1 : 0);
    node.bracketDepth = quint16(std::min(depth, 0xFFFF)); // saturates on absurd nesting
    if (m_option >= 0 || kind == Kind::Option)
        node.flags |= MarkupNode::InOption;
    if (m_deletionDepth > 0 || kind == Kind::Deletion)
        node.flags |= MarkupNode::InDeletion;
    const int index = int(nodes.size());
    nodes.append(node);
    if (parent >= 0) {
        MarkupNode &p = nodes[parent];
        if (p.lastChild >= 0)
            nodes[p.lastChild].nextSibling = index;
        else
            p.firstChild = index;
        p.lastChild = index;
    }
    return index;
}

void Run::diagnose(Severity severity, Code code, qsizetype offset, qsizetype length,
                   QString message)
{
    MarkupDiagnostic d;
    d.severity = severity;
    d.code = code;
    d.offset = offset;
    d.length = length;
    d.message = std::move(message);
    diagnostics.append(std::move(d));
}

void Run::flushText(qsizetype end)
{
    if (m_textStart >= 0 && end > m_textStart) {
        const int t = addNode(Kind::Text, m_textStart, top());
        MarkupNode &node = nodes[t];
        node.end = node.contentEnd = end;
    }
    m_textStart = -1;
}

bool Run::isBlankRange(qsizetype begin, qsizetype end) const
{
    for (qsizetype j = begin; j < end; ++j) {
        if (!isSpace(m_s[j]))
            return false;
    }
    return true;
}

// True if only white space follows p up to the end of the clause or of the current option.
bool Run::endsClause(qsizetype p) const
{
    qsizetype lastNewline = -1;
    qsizetype j = p;
    for (; j < m_n && isSpace(m_s[j]); ++j) {
        if (m_s[j] == u'\n')
            lastNewline = j;
    }
    if (j == m_n)
        return true;
    qsizetype b = 0, e = 0;
    int number = 0;
    return lastNewline >= 0 &&
           MarkupParser::matchOptionHeader(m_text, lastNewline + 1, &b, &e, &number);
}

void Run::parse()
{
    nodes.reserve(16 + m_n / 32);
    const int root = addNode(Kind::Clause, 0, -1);
    m_stack.append(root);

    qsizetype i = 0;
    {
        qsizetype hb = 0, he = 0;
        int number = 0;
        if (MarkupParser::matchOptionHeader(m_text, 0, &hb, &he, &number))
            i = startOption(0, hb, he, number);
    }

    while (i < m_n) {
        const char16_t c = m_s[i];
        if (!isSpecial(c)) {
            markText(i);
            ++i;
            while (i < m_n && !isSpecial(m_s[i]))
                ++i;
            continue;
        }
        switch (c) {
        case u'\\':
            markText(i);
            i += (i + 1 < m_n && isEscapable(m_s[i + 1])) ? 2 : 1;
            break;
        case u'\n': {
            markText(i);
            qsizetype hb = 0, he = 0;
            int number = 0;
            if (MarkupParser::matchOptionHeader(m_text, i + 1, &hb, &he, &number))
                i = startOption(i, hb, he, number);
            else
                ++i;
            break;
        }
        case u'[':
            if (m_joinGroup < 0 && tooDeep(i, 1)) {
                ++m_excess;
                markText(i);
                ++i;
                break;
            }
            flushText(i);
            i = openSpan(i);
            break;
        case u']':
            if (m_excess > 0) {
                --m_excess; // closes a "[" kept as text
                markText(i);
                ++i;
                break;
            }
            i = closingBracket(i);
            break;
        case u'{':
            i = brace(i);
            break;
        case u'}':
            diagnose(Severity::Error, Code::UnmatchedClosingBrace, i, 1,
                     tr("'}' without a matching '{'"));
            markText(i);
            ++i;
            break;
        case u'~':
            if (i + 1 < m_n && m_s[i + 1] == u'~') {
                if (nodes.at(top()).kind != Kind::Deletion && tooDeep(i, 2)) {
                    markText(i);
                    i += 2;
                    break;
                }
                flushText(i);
                i = tildes(i);
            } else {
                markText(i);
                ++i;
            }
            break;
        case u'^':
            if (i + 1 < m_n && m_s[i + 1] == u'[') {
                flushText(i);
                i = note(i);
            } else {
                markText(i);
                ++i;
            }
            break;
        default:
            markText(i);
            ++i;
            break;
        }
    }
    finish();
}

qsizetype Run::openSpan(qsizetype i)
{
    int group = m_joinGroup;
    m_joinGroup = -1;
    if (group < 0) {
        group = addNode(Kind::AlternativeGroup, i, top());
        groups.append(group);
        nodes[group].number = int(groups.size());
        nodes[group].contentBegin = i;
    }
    const int span = addNode(Kind::BracketedSpan, i, group);
    spans.append(span);
    MarkupNode &node = nodes[span];
    node.number = int(spans.size());
    node.alternative = ++nodes[group].alternative;
    node.contentBegin = i + 1;
    ++m_spanDepth;
    m_stack.append(span);
    return i + 1;
}

// Ends an alternative (span) at `end`: the group reaches at least that far.
static void extendGroup(QList<MarkupNode> &nodes, int span, qsizetype end)
{
    MarkupNode &group = nodes[nodes.at(span).parent];
    group.end = group.contentEnd = end;
}

qsizetype Run::closingBracket(qsizetype i)
{
    int k = int(m_stack.size()) - 1;
    while (k > 0 && nodes.at(m_stack[k]).kind != Kind::BracketedSpan &&
           nodes.at(m_stack[k]).kind != Kind::Option)
        --k;
    if (k <= 0 || nodes.at(m_stack[k]).kind != Kind::BracketedSpan) {
        diagnose(Severity::Error, Code::UnmatchedClosingBracket, i, 1,
                 tr("']' without a matching '['"));
        markText(i);
        return i + 1;
    }
    flushText(i);
    const int span = m_stack[k];
    while (top() != span)
        closeUnterminated(top(), i); // deletions opened inside the span

    MarkupNode &node = nodes[span];
    node.contentEnd = i;
    node.end = i + 1;
    if (isBlankRange(node.contentBegin, node.contentEnd)) {
        diagnose(Severity::Error, Code::EmptyAlternative, node.begin, node.end - node.begin,
                 tr("empty alternative"));
    }
    const qsizetype p = attachTags(span, i + 1);
    nodes[span].end = p;
    extendGroup(nodes, span, p);
    m_stack.pop_back();
    --m_spanDepth;

    // Adjacent alternatives: only white space between this span (with its tags) and a "[".
    qsizetype q = p;
    while (q < m_n && isSpace(m_s[q]))
        ++q;
    if (q < m_n && m_s[q] == u'[') {
        const int group = nodes.at(span).parent;
        if (q > p) {
            const int sep = addNode(Kind::Separator, p, group);
            nodes[sep].end = nodes[sep].contentEnd = q;
        }
        m_joinGroup = group;
        return q;
    }
    return p;
}

qsizetype Run::attachTags(int owner, qsizetype p)
{
    while (p < m_n && m_s[p] == u'{') {
        const qsizetype close = findBraceClose(p);
        if (close < 0)
            break; // the main loop reports it and keeps the "{" as text
        tag(p, close, owner);
        p = close + 1;
    }
    return p;
}

qsizetype Run::findBraceClose(qsizetype open) const
{
    for (qsizetype j = open + 1; j < m_n; ++j) {
        switch (m_s[j]) {
        case u'}':
            return j;
        case u'\n':
        case u'{':
        case u'[':
        case u']':
            return -1;
        default:
            break;
        }
    }
    return -1;
}

qsizetype Run::brace(qsizetype i)
{
    const qsizetype close = findBraceClose(i);
    if (close < 0) {
        diagnose(Severity::Error, Code::UnterminatedAttribution, i, 1,
                 tr("unterminated attribution '{': missing '}' on the same line"));
        markText(i);
        return i + 1;
    }
    flushText(i);
    tag(i, close, -1);
    return close + 1;
}

void Run::tag(qsizetype open, qsizetype close, int owner)
{
    const QStringView content = QStringView(m_text).sliced(open + 1, close - open - 1);
    const qsizetype adRef = MarkupParser::adReferendumCodes(content);
    const bool isAdRef = adRef >= 0;
    const int node =
        addNode(isAdRef ? Kind::AdReferendum : Kind::Attribution, open, owner >= 0 ? owner : top());
    MarkupNode &n = nodes[node];
    n.contentBegin = open + 1 + (isAdRef ? adRef : 0);
    n.contentEnd = close;
    n.end = close + 1;
    if (owner >= 0)
        n.flags |= MarkupNode::Attached;
    const qsizetype codesBegin = n.contentBegin;

    if (!isAdRef) {
        if (owner < 0) {
            diagnose(Severity::Error, Code::MisplacedAttribution, open, close + 1 - open,
                     tr("attribution must follow a bracketed span or a deletion"));
        }
        bool hasCode = false;
        for (qsizetype j = codesBegin; j < close && !hasCode; ++j)
            hasCode = !isCodeSeparator(m_s[j]);
        if (!hasCode) {
            diagnose(Severity::Error, Code::EmptyAttribution, open, close + 1 - open,
                     tr("empty attribution '{}'"));
            return;
        }
    } else if (owner < 0 && !endsClause(close + 1)) {
        diagnose(Severity::Warning, Code::MisplacedAdReferendum, open, close + 1 - open,
                 tr("ad referendum mark must follow a bracketed span or end the clause"));
    }
    checkCodes(codesBegin, close, isAdRef);
}

void Run::checkCodes(qsizetype begin, qsizetype end, bool adReferendum)
{
    QVarLengthArray<QStringView, 8> seen;
    qsizetype j = begin;
    while (j < end) {
        while (j < end && isCodeSeparator(m_s[j]))
            ++j;
        const qsizetype start = j;
        while (j < end && !isCodeSeparator(m_s[j]))
            ++j;
        if (j == start)
            break;
        const QStringView code = QStringView(m_text).sliced(start, j - start);
        if (!MarkupParser::isWellFormedCode(code)) {
            diagnose(Severity::Error, Code::MalformedCode, start, j - start,
                     (adReferendum ? tr("malformed code '%1' in ad referendum mark (expected an "
                                        "upper-case state or group code such as FRA or EU)")
                                   : tr("malformed code '%1' in attribution (expected an "
                                        "upper-case state or group code such as FRA or EU)"))
                         .arg(code));
        } else if (m_validator && !m_validator(code)) {
            diagnose(Severity::Error, Code::UnknownCode, start, j - start,
                     (adReferendum ? tr("unknown state or group '%1' in ad referendum mark")
                                   : tr("unknown state or group '%1' in attribution"))
                         .arg(code));
        } else if (std::find(seen.cbegin(), seen.cend(), code) != seen.cend()) {
            diagnose(Severity::Warning, Code::DuplicateCode, start, j - start,
                     (adReferendum ? tr("'%1' appears twice in the ad referendum mark")
                                   : tr("'%1' appears twice in the attribution"))
                         .arg(code));
        }
        seen.append(code);
    }
}

qsizetype Run::tildes(qsizetype i)
{
    if (nodes.at(top()).kind == Kind::Deletion) {
        const int deletion = top();
        MarkupNode &node = nodes[deletion];
        node.contentEnd = i;
        node.end = i + 2;
        if (isBlankRange(node.contentBegin, node.contentEnd)) {
            diagnose(Severity::Error, Code::EmptyDeletion, node.begin, node.end - node.begin,
                     tr("empty deletion"));
        }
        const qsizetype p = attachTags(deletion, i + 2);
        nodes[deletion].end = p;
        m_stack.pop_back();
        --m_deletionDepth;
        return p;
    }
    const int deletion = addNode(Kind::Deletion, i, top());
    nodes[deletion].contentBegin = i + 2;
    ++m_deletionDepth;
    m_stack.append(deletion);
    return i + 2;
}

qsizetype Run::note(qsizetype i)
{
    int depth = 1;
    qsizetype j = i + 2;
    while (j < m_n) {
        const char16_t c = m_s[j];
        if (c == u'\\' && j + 1 < m_n && isEscapable(m_s[j + 1])) {
            j += 2;
            continue;
        }
        if (c == u'\n')
            break;
        if (c == u'[') {
            ++depth;
        } else if (c == u']') {
            if (--depth == 0)
                break;
        }
        ++j;
    }
    const int n = addNode(Kind::Note, i, top());
    MarkupNode &node = nodes[n];
    node.contentBegin = i + 2;
    node.contentEnd = j;
    if (depth == 0) {
        node.end = j + 1;
    } else {
        node.end = j;
        node.flags |= MarkupNode::Unterminated;
        diagnose(Severity::Error, Code::UnterminatedNote, i, 2, tr("unterminated note"));
    }
    return node.end;
}

void Run::closeUnterminated(int index, qsizetype at)
{
    MarkupNode &node = nodes[index];
    node.contentEnd = node.end = at;
    node.flags |= MarkupNode::Unterminated;
    if (node.kind == Kind::BracketedSpan) {
        diagnose(Severity::Error, Code::UnclosedBracket, node.begin, 1,
                 tr("unclosed bracket opened here"));
        --m_spanDepth;
        extendGroup(nodes, index, at);
    } else {
        diagnose(Severity::Error, Code::UnterminatedDeletion, node.begin, 2,
                 tr("unterminated deletion '~~'"));
        --m_deletionDepth;
    }
    m_stack.pop_back();
}

void Run::closeFramesAbove(int container, qsizetype at)
{
    while (top() != container)
        closeUnterminated(top(), at);
}

void Run::finishOption(qsizetype at)
{
    MarkupNode &option = nodes[m_option];
    option.contentEnd = option.end = at;
    if (isBlankRange(option.contentBegin, option.contentEnd)) {
        diagnose(Severity::Error, Code::EmptyAlternative, option.begin,
                 option.contentBegin - option.begin, tr("empty alternative"));
    }
    MarkupNode &group = nodes[m_optionGroup];
    group.end = group.contentEnd = at;
    m_stack.pop_back();
    m_option = -1;
}

// An option header at [headerBegin, headerEnd); `cut` is the newline before it (or the header
// itself at the start of the clause): everything open ends there.
qsizetype Run::startOption(qsizetype cut, qsizetype headerBegin, qsizetype headerEnd, int number)
{
    flushText(cut);
    m_excess = 0; // an option ends everything open, the brackets kept as text too
    const int root = MarkupTree::root();
    closeFramesAbove(m_option >= 0 ? m_option : root, cut);
    if (m_option >= 0) {
        finishOption(cut);
        if (headerBegin > cut) {
            const int sep = addNode(Kind::Separator, cut, m_optionGroup);
            nodes[sep].end = nodes[sep].contentEnd = headerBegin;
        }
    } else {
        if (headerBegin > cut) {
            const int t = addNode(Kind::Text, cut, root); // the newline ending the chapeau
            nodes[t].end = nodes[t].contentEnd = headerBegin;
        }
        m_optionGroup = addNode(Kind::AlternativeGroup, headerBegin, root);
        groups.append(m_optionGroup);
        nodes[m_optionGroup].number = int(groups.size());
        nodes[m_optionGroup].contentBegin = headerBegin;
    }
    m_option = addNode(Kind::Option, headerBegin, m_optionGroup);
    MarkupNode &option = nodes[m_option];
    option.number = number;
    option.alternative = ++nodes[m_optionGroup].alternative;
    option.contentBegin = option.contentEnd = option.end = headerEnd;
    if (number != option.alternative) {
        diagnose(Severity::Warning, Code::OptionOutOfSequence, headerBegin, headerEnd - headerBegin,
                 //: 'Option %1:' is the markup of an option header: keep it in English.
                 tr("options out of sequence: expected 'Option %1:'").arg(option.alternative));
    }
    m_stack.append(m_option);
    return headerEnd;
}

void Run::finish()
{
    flushText(m_n);
    closeFramesAbove(m_option >= 0 ? m_option : MarkupTree::root(), m_n);
    if (m_option >= 0)
        finishOption(m_n);
    MarkupNode &root = nodes[MarkupTree::root()];
    root.end = root.contentEnd = m_n;
    std::stable_sort(
        diagnostics.begin(), diagnostics.end(),
        [](const MarkupDiagnostic &a, const MarkupDiagnostic &b) { return a.offset < b.offset; });
    computeLineColumns();
}

void Run::computeLineColumns()
{
    if (diagnostics.isEmpty())
        return;
    // Diagnostics are sorted by offset: one forward scan finds every line.
    qsizetype line = 1;
    qsizetype lineStart = 0;
    qsizetype j = 0;
    for (MarkupDiagnostic &d : diagnostics) {
        for (; j < d.offset && j < m_n; ++j) {
            if (m_s[j] == u'\n') {
                ++line;
                lineStart = j + 1;
            }
        }
        d.line = line;
        d.column = d.offset - lineStart + 1;
    }
}

} // namespace

MarkupParser::MarkupParser(CodeValidator validator)
    : m_validator(std::move(validator))
{}

MarkupTree MarkupParser::parse(const QString &text) const
{
    Run run(text, m_validator);
    run.parse();
    MarkupTree tree;
    tree.m_text = text;
    tree.m_nodes = std::move(run.nodes);
    tree.m_diagnostics = std::move(run.diagnostics);
    tree.m_spans = std::move(run.spans);
    tree.m_groups = std::move(run.groups);
    tree.m_statistics = MarkupStatistics::of(tree);
    return tree;
}

bool MarkupParser::isWellFormedCode(QStringView code)
{
    if (code.size() < 2 || code.size() > 16)
        return false;
    for (qsizetype j = 0; j < code.size(); ++j) {
        const char16_t c = code[j].unicode();
        const bool upper = c >= u'A' && c <= u'Z';
        const bool digit = c >= u'0' && c <= u'9';
        if (!(upper || (digit && j > 0)))
            return false;
    }
    return true;
}

QString MarkupParser::unescape(QStringView text)
{
    if (!text.contains(u'\\'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype j = 0; j < text.size(); ++j) {
        if (text[j] == u'\\' && j + 1 < text.size() && isEscapable(text[j + 1].unicode()))
            ++j;
        out.append(text[j]);
    }
    return out;
}

QString MarkupParser::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype j = 0; j < text.size(); ++j) {
        const QChar c = text[j];
        bool needs = false;
        switch (c.unicode()) {
        case u'[':
        case u']':
        case u'{':
        case u'}':
        case u'\\':
            needs = true;
            break;
        case u'~':
            needs = (j > 0 && text[j - 1] == u'~') || (j + 1 < text.size() && text[j + 1] == u'~');
            break;
        default:
            break;
        }
        if (needs)
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

bool MarkupParser::matchOptionHeader(QStringView text, qsizetype offset, qsizetype *headerBegin,
                                     qsizetype *headerEnd, int *number)
{
    const qsizetype n = text.size();
    qsizetype j = offset;
    while (j < n && isBlank(text[j].unicode()))
        ++j;
    const qsizetype begin = j;
    if (!matchesAt(text, j, u"option"))
        return false;
    j += 6;
    while (j < n && isBlank(text[j].unicode()))
        ++j;
    const qsizetype digits = j;
    int value = 0;
    while (j < n && text[j] >= u'0' && text[j] <= u'9' && j - digits < 6) {
        value = value * 10 + (text[j].unicode() - u'0');
        ++j;
    }
    if (j == digits)
        return false;
    while (j < n && isBlank(text[j].unicode()))
        ++j;
    if (j >= n || text[j] != u':')
        return false;
    *headerBegin = begin;
    *headerEnd = j + 1;
    *number = value;
    return true;
}

qsizetype MarkupParser::adReferendumCodes(QStringView content)
{
    qsizetype j = 0;
    const qsizetype n = content.size();
    while (j < n && isSpace(content[j].unicode()))
        ++j;
    if (!matchesAt(content, j, u"ad"))
        return -1;
    j += 2;
    const qsizetype afterAd = j;
    while (j < n && isSpace(content[j].unicode()))
        ++j;
    if (j == afterAd || !matchesAt(content, j, u"ref"))
        return -1;
    j += 3;
    if (matchesAt(content, j, u"erendum"))
        j += 7;
    if (j < n && content[j] == u'.')
        ++j;
    if (j < n && !isCodeSeparator(content[j].unicode()))
        return -1; // "{ad reform}" is not a mark
    return j;
}

} // namespace Plenipo
