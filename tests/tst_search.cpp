// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Workspace search (issue 12): the query language, what each kind finds on the sample, the
// migration that builds the index for an existing workspace, and the invariant of the index:
// after any sequence of edits, undo, redo and imports, a search gives exactly what a
// brute-force scan of the tables gives.

#include "commands/changeclausecommand.h"
#include "commands/importdocumentcommand.h"
#include "commands/insertclausecommand.h"
#include "commands/removeclausecommand.h"
#include "commands/setclausetextcommand.h"
#include "commands/setpositionscommand.h"
#include "core/authorprovider.h"
#include "core/error.h"
#include "core/searchquery.h"
#include "exchange/fileimporter.h"
#include "sample/samplebuilder.h"
#include "storage/schema.h"
#include "storage/sqlitedialect.h"
#include "storage/workspace.h"

#include "rawsql.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

using Kind = SearchHit::Kind;

// ---- the oracle: an independent reading of the search language -------------------------------

// Folds like SQLite's unicode61 tokenizer with remove_diacritics 2: letters and digits make
// words, everything else separates them; case and accents do not count.
QStringList words(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing ||
            c.category() == QChar::Mark_SpacingCombining || c.category() == QChar::Mark_Enclosing)
            continue;
        folded += c.isLetterOrNumber() ? c.toCaseFolded() : QChar(u' ');
    }
    return folded.split(u' ', Qt::SkipEmptyParts);
}

bool termIn(const SearchQuery::Term &term, const QStringList &column)
{
    const QStringList t = words(term.text);
    if (t.isEmpty() || t.size() > column.size())
        return false;
    for (qsizetype i = 0; i + t.size() <= column.size(); ++i) {
        bool all = true;
        for (qsizetype k = 0; all && k < t.size(); ++k) {
            const bool last = k == t.size() - 1;
            all = (last && term.prefix) ? column[i + k].startsWith(t[k]) : column[i + k] == t[k];
        }
        if (all)
            return true;
    }
    return false;
}

bool rowMatches(const SearchQuery &q, const QStringList &columns)
{
    QList<QStringList> tokenized;
    for (const QString &c : columns)
        tokenized << words(c);
    for (const SearchQuery::Term &term : q.terms()) {
        const bool found = std::any_of(tokenized.cbegin(), tokenized.cend(),
                                       [&](const QStringList &c) { return termIn(term, c); });
        if (found == term.excluded)
            return false;
    }
    return true;
}

// A hit reduced to what the oracle can tell: kind, row, clause, document, and the details.
struct Key
{
    Kind kind;
    qint64 id;
    qint64 clauseId;
    qint64 documentId;
    QString extra; // revision number; positions: alternative, count, states, internal
    auto operator<=>(const Key &) const = default;
};

QString describe(const Key &k)
{
    return u"kind %1 id %2 clause %3 document %4 %5"_s.arg(int(k.kind))
        .arg(k.id)
        .arg(k.clauseId)
        .arg(k.documentId)
        .arg(k.extra);
}

Key keyOf(const SearchHit &h)
{
    QString extra;
    if (h.kind == Kind::Revision)
        extra = QString::number(h.revisionNumber);
    if (h.kind == Kind::Position)
        extra = u"%1|%2|%3|%4|%5"_s.arg(h.alternative)
                    .arg(h.positionCount)
                    .arg(h.clauseCount)
                    .arg(h.states.join(u' '))
                    .arg(int(h.internal));
    return {h.kind, h.id, h.clauseId, h.documentId, extra};
}

class Tables
{
public:
    explicit Tables(const QString &file)
        : m_name(u"oracle-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(file));
    }
    ~Tables() { QSqlDatabase::removeDatabase(m_name); }

    // FTS5's own check that each index holds exactly the terms of the rows of its base table
    // (external content: a wrong removal would leave terms of a text no longer there). Needs a
    // connection that may write, though the check writes nothing. Empty when every index holds;
    // else the first that does not and why.
    static QString integrityProblem(const QString &file, const QStringList &indexes)
    {
        const QString name = u"fts-check"_s;
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(file);
            if (!db.open())
                return db.lastError().text();
            QSqlQuery q(db);
            for (const QString &fts : indexes) {
                if (!q.exec(
                        u"INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)"_s.arg(fts))) {
                    problem = fts + u": "_s + q.lastError().text();
                    break;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return problem;
    }

    QList<QVariantList> rows(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        QList<QVariantList> out;
        while (q.next()) {
            QVariantList r;
            for (int i = 0; i < q.record().count(); ++i)
                r << q.value(i);
            out << r;
        }
        return out;
    }

    // What a search must find: every row of the tables that matches, within the options.
    std::set<Key> expected(const SearchQuery &q) const
    {
        std::set<Key> out;
        if (q.isEmpty())
            return out;
        std::map<qint64, std::pair<qint64, int>> clauses; // id -> document, ordinal
        for (const QVariantList &r : rows(u"SELECT id, document_id, ordinal FROM clause"_s))
            clauses[r[0].toLongLong()] = {r[1].toLongLong(), r[2].toInt()};
        std::map<qint64, qint64> processOf; // document -> process
        for (const QVariantList &r : rows(u"SELECT id, process_id FROM document"_s))
            processOf[r[0].toLongLong()] = r[1].toLongLong();
        const auto inFilter = [&](qint64 documentId) {
            return (!q.documentId || q.documentId == documentId) &&
                   (!q.processId || processOf[documentId] == q.processId);
        };
        if (q.searches(Kind::Clause)) {
            for (const QVariantList &r :
                 rows(u"SELECT id, document_id, number, text FROM clause"_s)) {
                if (inFilter(r[1].toLongLong()) &&
                    rowMatches(q, {r[2].toString(), r[3].toString()}))
                    out.insert({Kind::Clause,
                                r[0].toLongLong(),
                                r[0].toLongLong(),
                                r[1].toLongLong(),
                                {}});
            }
        }
        if (q.searches(Kind::Revision)) {
            std::map<qint64, QList<qint64>> byClause;
            const auto all = rows(u"SELECT id, clause_id, text FROM clause_revision ORDER BY id"_s);
            for (const QVariantList &r : all)
                byClause[r[1].toLongLong()] << r[0].toLongLong();
            for (const QVariantList &r : all) {
                const qint64 clause = r[1].toLongLong();
                const QList<qint64> &history = byClause[clause];
                if (r[0].toLongLong() == history.last())
                    continue; // the current text is the clause's
                const qint64 document = clauses[clause].first;
                if (inFilter(document) && rowMatches(q, {r[2].toString()}))
                    out.insert({Kind::Revision, r[0].toLongLong(), clause, document,
                                QString::number(history.indexOf(r[0].toLongLong()) + 1)});
            }
        }
        if (q.searches(Kind::Document)) {
            for (const QVariantList &r : rows(u"SELECT id, symbol, title FROM document"_s)) {
                if (inFilter(r[0].toLongLong()) &&
                    rowMatches(q, {r[1].toString(), r[2].toString()}))
                    out.insert({Kind::Document, r[0].toLongLong(), 0, r[0].toLongLong(), {}});
            }
        }
        if (q.searches(Kind::Norm)) {
            for (const QVariantList &r : rows(u"SELECT id, code, title, summary FROM norm"_s)) {
                if (rowMatches(q, {r[1].toString(), r[2].toString(), r[3].toString()}))
                    out.insert({Kind::Norm, r[0].toLongLong(), 0, 0, {}});
            }
        }
        if (q.searches(Kind::State)) {
            std::map<qint64, QStringList> aliases;
            for (const QVariantList &r : rows(u"SELECT state_id, alias FROM state_alias"_s))
                aliases[r[0].toLongLong()] << r[1].toString();
            for (const QVariantList &r :
                 rows(u"SELECT id, iso3, name, official_name FROM state"_s)) {
                // The aliases are one column: each alone must match like the others.
                QStringList columns{r[1].toString(), r[2].toString(), r[3].toString()};
                columns << aliases[r[0].toLongLong()];
                if (rowMatches(q, columns))
                    out.insert({Kind::State, r[0].toLongLong(), 0, 0, {}});
            }
        }
        if (q.searches(Kind::Position)) {
            std::map<qint64, QString> iso;
            for (const QVariantList &r : rows(u"SELECT id, iso3 FROM state"_s))
                iso[r[0].toLongLong()] = r[1].toString();
            // detail -> its positions: (document, ordinal, alternative, state id, clause)
            std::map<qint64, QList<std::tuple<qint64, int, QString, qint64, qint64>>> uses;
            for (const QVariantList &r :
                 rows(u"SELECT detail_id, clause_id, alternative, state_id FROM position"_s)) {
                const auto [document, ordinal] = clauses[r[1].toLongLong()];
                uses[r[0].toLongLong()].append(
                    {document, ordinal, r[2].toString(), r[3].toLongLong(), r[1].toLongLong()});
            }
            for (const QVariantList &r : rows(u"SELECT id, source_text, source_symbol, note, "
                                              u"internal FROM position_detail"_s)) {
                const qint64 id = r[0].toLongLong();
                const bool internal = r[4].toBool();
                if ((internal && !q.includeInternal) ||
                    !rowMatches(q, {r[1].toString(), r[2].toString(), r[3].toString()}))
                    continue;
                auto list = uses[id];
                list.removeIf([&](const auto &u) { return !inFilter(std::get<0>(u)); });
                if (list.isEmpty())
                    continue;
                std::sort(list.begin(), list.end());
                const auto &[document, ordinal, alternative, state, clause] = list.first();
                QStringList states;
                for (const auto &u : uses[id]) {
                    if (std::get<4>(u) == clause && std::get<2>(u) == alternative)
                        states << iso[std::get<3>(u)];
                }
                // Positions there (that clause and alternative), and the clauses in the filter.
                const qsizetype there = states.size();
                std::set<qint64> clausesUsed;
                for (const auto &u : list)
                    clausesUsed.insert(std::get<4>(u));
                states.sort();
                states = states.mid(0, 12);
                out.insert({Kind::Position, id, clause, document,
                            u"%1|%2|%3|%4|%5"_s.arg(alternative)
                                .arg(there)
                                .arg(clausesUsed.size())
                                .arg(states.join(u' '))
                                .arg(int(internal))});
            }
        }
        return out;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

// Words for random texts: cases and accents that must fold together, prefixes of each other.
const QStringList vocabulary{
    u"critical"_s,   u"Critical"_s, u"infrastructure"_s, u"INFRASTRUCTURES"_s,
    u"infra"_s,      u"école"_s,    u"ECOLE"_s,          u"naïve"_s,
    u"Naive"_s,      u"Türkiye"_s,  u"turkiye"_s,        u"core"_s,
    u"public"_s,     u"states"_s,   u"State"_s,          u"cyber"_s,
    u"cyberspace"_s, u"13(f)"_s,    u"ransomware"_s,     u"shall"_s,
    u"should"_s,     u"[shall]"_s,  u"A/RES/75/32"_s,    u"res"_s,
    u"vote"_s,
};

QString randomText(QRandomGenerator &rng, int minWords, int maxWords)
{
    const int n = minWords + int(rng.bounded(maxWords - minWords + 1));
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << vocabulary[rng.bounded(int(vocabulary.size()))];
    return out.join(u' ');
}

QString randomQueryText(QRandomGenerator &rng)
{
    QStringList parts;
    const int n = 1 + int(rng.bounded(3));
    for (int i = 0; i < n; ++i) {
        const int shape = int(rng.bounded(10));
        QString w = vocabulary[rng.bounded(int(vocabulary.size()))];
        if (shape == 0)
            w = u"\""_s + w + u' ' + vocabulary[rng.bounded(int(vocabulary.size()))] + u"\""_s;
        else if (shape == 1 || shape == 2)
            w = w.left(3 + int(rng.bounded(int(std::max<qsizetype>(1, w.size() - 3))))) + u'*';
        else if (shape == 3 && i > 0)
            w = u'-' + w;
        parts << w;
    }
    return parts.join(u' ');
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static std::set<Key> found(const Workspace &ws, const SearchQuery &q)
    {
        std::set<Key> out;
        for (const SearchHit &h : ws.search(q))
            out.insert(keyOf(h));
        return out;
    }

    static QString difference(const std::set<Key> &got, const std::set<Key> &want)
    {
        QStringList lines;
        for (const Key &k : got)
            if (!want.contains(k))
                lines << u"  found but should not be: "_s + describe(k);
        for (const Key &k : want)
            if (!got.contains(k))
                lines << u"  missing: "_s + describe(k);
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void parsesTheLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("terms"); // text/phrase/prefix/excluded, ';'-separated
        QTest::addColumn<QString>("error");
        QTest::newRow("words") << u"critical  infrastructure"_s
                               << u"critical/0/0/0;infrastructure/0/0/0"_s << QString();
        QTest::newRow("phrase") << u"\"critical   infrastructure\" core"_s
                                << u"critical infrastructure/1/0/0;core/0/0/0"_s << QString();
        QTest::newRow("prefix") << u"infra*"_s << u"infra/0/1/0"_s << QString();
        QTest::newRow("phrase prefix")
            << u"\"public core\"*"_s << u"public core/1/1/0"_s << QString();
        QTest::newRow("exclusion")
            << u"infrastructure -ransomware -\"public core\""_s
            << u"infrastructure/0/0/0;ransomware/0/0/1;public core/1/0/1"_s << QString();
        QTest::newRow("symbol") << u"A/RES/75/32"_s << u"A/RES/75/32/0/0/0"_s << QString();
        QTest::newRow("stray punctuation") << u"- / critical"_s << u"critical/0/0/0"_s << QString();
        QTest::newRow("unclosed quote")
            << u"core \"critical infra"_s << QString() << u"column 6 is not closed"_s;
        QTest::newRow("lone star") << u"critical *"_s << QString() << u"'*' at column 10"_s;
        QTest::newRow("short prefix")
            << u"in* critical"_s << QString() << u"needs at least 3 letters"_s;
        QTest::newRow("short phrase prefix")
            << u"\"public co\"*"_s << QString() << u"needs at least 3 letters"_s;
        QTest::newRow("only exclusions")
            << u"-ransomware"_s << u"ransomware/0/0/1"_s << u"only words to leave out"_s;
        QTest::newRow("empty") << u"   "_s << QString() << QString();
    }

    void parsesTheLanguage()
    {
        QFETCH(QString, text);
        QFETCH(QString, terms);
        QFETCH(QString, error);
        const SearchQuery q = SearchQuery::parse(text);
        if (error.isEmpty()) {
            QVERIFY2(q.error().isEmpty(), qPrintable(q.error()));
        } else {
            QVERIFY2(q.error().contains(error), qPrintable(q.error()));
            QVERIFY(q.isEmpty());
        }
        if (!terms.isEmpty() || error.isEmpty()) {
            QStringList got;
            for (const SearchQuery::Term &t : q.terms())
                got << u"%1/%2/%3/%4"_s.arg(t.text)
                           .arg(int(t.phrase))
                           .arg(int(t.prefix))
                           .arg(int(t.excluded));
            QCOMPARE(got.join(u';'), terms);
        }
    }

    // What a delegate types, on the sample workspace.
    void findsEachKindOnTheSample()
    {
        const QString file = path(u"sample.plenipo"_s);
        auto ws = TestSupport::sampleWorkspace(file);
        const auto labels = [&](const QString &text, Kind kind) {
            SearchQuery q = SearchQuery::parse(text);
            q.kinds = {kind};
            QStringList out;
            for (const SearchHit &h : ws->search(q))
                out << h.label;
            return out;
        };
        // A phrase finds the clause of norm 13(f), and the norm; case does not count.
        QVERIFY(
            labels(u"\"Critical Infrastructure\""_s, Kind::Clause).contains(u"A/70/174 13(f)"_s));
        QVERIFY(labels(u"\"critical infrastructure\""_s, Kind::Norm).contains(u"GGE2015-13f"_s));
        // Accents do not count, either way; aliases are found.
        QCOMPARE(labels(u"turkiye"_s, Kind::State), QStringList{u"Türkiye (TUR)"_s});
        QCOMPARE(labels(u"TÜRKEY"_s, Kind::State), QStringList{u"Türkiye (TUR)"_s});
        QCOMPARE(labels(u"cote d'ivoire"_s, Kind::State), QStringList{u"Ivory Coast (CIV)"_s});
        // A prefix finds the longer words; a symbol is a phrase of its parts.
        QVERIFY(labels(u"infrastr*"_s, Kind::Clause).size() >=
                labels(u"infrastructure"_s, Kind::Clause).size());
        QVERIFY(labels(u"SAMPLE/CONSEQ/2026/ZD"_s, Kind::Document)
                    .contains(u"SAMPLE/CONSEQ/2026/ZD"_s));

        // The matched words are marked in the context.
        SearchQuery q = SearchQuery::parse(u"infrastr*"_s);
        q.kinds = {Kind::Clause};
        const QList<SearchHit> hits = ws->search(q);
        QVERIFY(!hits.isEmpty());
        for (const SearchHit &h : hits) {
            QVERIFY2(!h.matches.isEmpty(), qPrintable(h.context));
            for (const auto &[start, length] : h.matches)
                QVERIFY2(
                    h.context.mid(start, length).startsWith(u"infrastr"_s, Qt::CaseInsensitive),
                    qPrintable(h.context));
        }

        // Internal notes only when asked for.
        SearchQuery internal = SearchQuery::parse(u"circulat*"_s);
        internal.kinds = {Kind::Position};
        QVERIFY(ws->search(internal).isEmpty());
        internal.includeInternal = true;
        const QList<SearchHit> notes = ws->search(internal);
        QVERIFY(!notes.isEmpty());
        for (const SearchHit &h : notes) {
            QVERIFY(h.internal);
            QVERIFY(h.clauseId);
            QVERIFY(!h.states.isEmpty());
        }

        // A document filter keeps to that document; norms and states drop out.
        const Document *zd = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/ZD");
        QVERIFY(zd);
        SearchQuery filtered = SearchQuery::parse(u"State*"_s);
        filtered.documentId = zd->id;
        const QList<SearchHit> inZd = ws->search(filtered);
        QVERIFY(!inZd.isEmpty());
        for (const SearchHit &h : inZd) {
            QCOMPARE(h.documentId, zd->id);
            QVERIFY(h.kind != Kind::State && h.kind != Kind::Norm);
        }

        // The limit, and the kinds that had more.
        SearchQuery many = SearchQuery::parse(u"rep*"_s); // "Republic of ..."
        many.kinds = {Kind::State};
        many.limit = 5;
        QList<Kind> truncated;
        QCOMPARE(ws->search(many, &truncated).size(), 5);
        QCOMPARE(truncated, QList<Kind>{Kind::State});
    }

    // Revisions: the earlier texts of a clause, only when asked for; the author is the user.
    void searchesEarlierRevisions()
    {
        const QString file = path(u"revisions.plenipo"_s);
        auto ws = Workspace::create(file, [](Workspace &w) { SampleBuilder::addStates(w); });
        AuthorProvider::set(u"Jane Delegate"_s, u"FRA"_s);
        Document d;
        d.symbol = u"REV/1"_s;
        d.title = u"Revisions"_s;
        const qint64 doc = ws->addDocument(d);
        Clause c;
        c.documentId = doc;
        c.number = u"1"_s;
        c.text = u"The zebra clause."_s;
        const qint64 clause = ws->addClause(c);
        ws->undoStack()->push(new SetClauseTextCommand(*ws, clause, u"The yak clause."_s, {}));
        SearchQuery q = SearchQuery::parse(u"zebra"_s);
        QVERIFY(ws->search(q).isEmpty());
        q.includeRevisions = true;
        const QList<SearchHit> hits = ws->search(q);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].kind, Kind::Revision);
        QCOMPARE(hits[0].revisionNumber, 1);
        QCOMPARE(hits[0].clauseId, clause);
        QCOMPARE(ws->revisions(clause).last().author, u"Jane Delegate (FRA)"_s);
        ws->undoStack()->undo();
        QCOMPARE(ws->search(q).size(), 1);
        QCOMPARE(ws->search(q)[0].kind, Kind::Clause);
        AuthorProvider::set({}, {});
        QVERIFY(!AuthorProvider::author().isEmpty());
        QVERIFY(AuthorProvider::author() != u"unknown"_s);
    }

    // A workspace of format 4 gets its index when opened for editing.
    void migrationBuildsTheIndex()
    {
        const QString file = path(u"v4.plenipo"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v4"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            SqliteDialect dialect;
            dialect.configureForWriting(db);
            Schema::migrateTo(db, dialect, 4);
            dialect.markAsWorkspace(db);
            QSqlQuery q(db);
            for (const QString &sql :
                 {u"INSERT INTO state (id, iso3, name, official_name) VALUES (1, 'CIV', "
                  u"'Côte d''Ivoire', 'Republic of Côte d''Ivoire')"_s,
                  u"INSERT INTO state_alias (state_id, alias) VALUES (1, 'IVORY COAST')"_s,
                  u"INSERT INTO document (id, symbol, title, kind) VALUES (1, 'OLD/1', 'An old "
                  u"draft', 'zero-draft')"_s,
                  u"INSERT INTO clause (id, document_id, ordinal, number, text) VALUES (1, 1, 0, "
                  u"'1', 'Protect the électricité grid')"_s,
                  u"INSERT INTO clause_revision (id, clause_id, text, author, created) VALUES "
                  u"(1, 1, 'Protect the électricité grid', 'x', '2026-01-01T00:00:00')"_s})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v4"_s);
        auto ws = Workspace::open(file);
        QCOMPARE(ws->schemaVersion(), Schema::currentVersion());
        QCOMPARE(ws->search(SearchQuery::parse(u"ELECTRICITE"_s)).size(), 1);
        QCOMPARE(ws->search(SearchQuery::parse(u"ivory coast"_s)).size(), 1);
        QCOMPARE(ws->search(SearchQuery::parse(u"ivoire"_s))[0].label, u"Côte d'Ivoire (CIV)"_s);
        QCOMPARE(ws->search(SearchQuery::parse(u"old draft"_s))[0].kind, Kind::Document);
    }

    // A bulk import defers the index to its end: each transaction commits its queue entries
    // with its rows, a search made in between takes them in first, a read-only look sees how
    // many are missing, and an import cut short leaves nothing behind once the file is opened.
    void deferredIndexingCatchesUp()
    {
        const QString file = path(u"deferred.plenipo"_s);
        auto ws = TestSupport::sampleWorkspace(file);
        const Clause first = ws->clauses(ws->documents().constFirst().id).constFirst();
        const auto hits = [](const Workspace &w, const QString &text) {
            return w.search(SearchQuery::parse(text)).size();
        };
        {
            Workspace::DeferredIndexing deferred(*ws);
            QVERIFY_THROWS_EXCEPTION(Error, [&] {
                Workspace::DeferredIndexing second(*ws);
            }());
            ws->undoStack()->push(
                new SetClauseTextCommand(*ws, first.id, u"Quokkas guard the cables"_s, {}));
            QVERIFY(ws->pendingSearchRows() > 0);
            {
                // Another session's read-only look: the change is committed, not yet indexed,
                // and the workspace says so.
                auto reader = Workspace::open(file, Workspace::Access::ReadOnly);
                QCOMPARE(reader->pendingSearchRows(), ws->pendingSearchRows());
                QCOMPARE(hits(*reader, u"quokkas"_s), 0);
            }
            // The writer's own search takes the queue in.
            QCOMPARE(hits(*ws, u"quokkas"_s), 1);
            QCOMPARE(ws->pendingSearchRows(), 0);
            ws->undoStack()->undo();
            QVERIFY(ws->pendingSearchRows() > 0);
            deferred.finish();
            QCOMPARE(ws->pendingSearchRows(), 0);
            QCOMPARE(hits(*ws, u"quokkas"_s), 0);
            // After finish(), each commit indexes again.
            ws->undoStack()->redo();
            QCOMPARE(ws->pendingSearchRows(), 0);
        }
        const QStringList indexes{u"search_clause"_s, u"search_document"_s, u"search_norm"_s,
                                  u"search_position"_s, u"search_revision"_s};
        QCOMPARE(Tables::integrityProblem(file, indexes), QString());
        ws.reset();
        // What a run killed after a commit leaves: the clause's terms out of the index, its id
        // in the queue.
        execOnFile(file,
                   {u"INSERT INTO search_clause (search_clause, rowid, number, text) "
                    u"SELECT 'delete', id, number, text FROM clause WHERE id = %1"_s.arg(first.id),
                    u"INSERT INTO search_queue (kind, row_id) VALUES (1, %1)"_s.arg(first.id)});
        {
            auto reader = Workspace::open(file, Workspace::Access::ReadOnly);
            QCOMPARE(reader->pendingSearchRows(), 1);
            QCOMPARE(hits(*reader, u"quokkas"_s), 0);
        }
        ws = Workspace::open(file);
        QCOMPARE(ws->pendingSearchRows(), 0);
        QCOMPARE(Tables::integrityProblem(file, indexes), QString());
        ws.reset();
        auto reader = Workspace::open(file, Workspace::Access::ReadOnly);
        QCOMPARE(hits(*reader, u"quokkas"_s), 1);
    }

    // A workspace of format 8 indexed each row from its own trigger into a copy of its text;
    // opened for editing it gets the queued triggers of format 9 and the external-content
    // indexes of format 10, made from its rows, and edits are indexed when their transaction
    // commits.
    void formatNineQueuesTheIndex()
    {
        const QString file = path(u"v8.plenipo"_s);
        TestSupport::sampleWorkspace(file);
        const QString name = u"v8"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QStringList statements{u"DROP TABLE search_queue"_s};
            // Format 8's triggers, as that version wrote them.
            for (const auto &[fts, base, columns] :
                 {std::tuple{"search_clause", "clause", QStringList{u"number"_s, u"text"_s}},
                  std::tuple{"search_document", "document", QStringList{u"symbol"_s, u"title"_s}},
                  std::tuple{"search_norm", "norm",
                             QStringList{u"code"_s, u"title"_s, u"summary"_s}},
                  std::tuple{"search_position", "position_detail",
                             QStringList{u"source_text"_s, u"source_symbol"_s, u"note"_s}}}) {
                const QString f = QString::fromLatin1(fts);
                const QString b = QString::fromLatin1(base);
                QStringList fresh, changed;
                for (const QString &c : columns) {
                    fresh << u"new."_s + c;
                    changed << u"old.%1 IS NOT new.%1"_s.arg(c);
                }
                const QString insert = u"INSERT INTO %1 (rowid, %2) VALUES (new.id, %3);"_s.arg(
                    f, columns.join(u", "_s), fresh.join(u", "_s));
                // Format 8's index kept a copy of the texts.
                statements << u"DROP TABLE %1"_s.arg(f)
                           << u"CREATE VIRTUAL TABLE %1 USING fts5(%2, tokenize = 'unicode61 "
                              u"remove_diacritics 2')"_s.arg(f, columns.join(u", "_s))
                           << u"INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3"_s.arg(
                                  f, columns.join(u", "_s), b);
                statements << u"DROP TRIGGER IF EXISTS %1_insert"_s.arg(f)
                           << u"DROP TRIGGER IF EXISTS %1_update"_s.arg(f)
                           << u"DROP TRIGGER IF EXISTS %1_delete"_s.arg(f)
                           << u"CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN %3 END"_s.arg(
                                  f, b, insert)
                           << u"CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 WHEN %4 BEGIN "
                              u"DELETE FROM %1 WHERE rowid = old.id; %5 END"_s.arg(
                                  f, columns.join(u", "_s), b, changed.join(u" OR "_s), insert)
                           << u"CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN DELETE FROM %1 "
                              u"WHERE rowid = old.id; END"_s.arg(f, b);
            }
            const QString earlier =
                u"INSERT INTO search_revision (rowid, text) SELECT r.id, r.text FROM "
                u"clause_revision r WHERE r.clause_id = %1 AND r.id < (SELECT max(m.id) FROM "
                u"clause_revision m WHERE m.clause_id = %1) AND NOT EXISTS (SELECT 1 FROM "
                u"search_revision s WHERE s.rowid = r.id);"_s;
            const QString latestOut = u"DELETE FROM search_revision WHERE rowid = (SELECT "
                                      u"max(m.id) FROM clause_revision m WHERE m.clause_id = "
                                      u"%1);"_s;
            statements
                << u"DROP TRIGGER search_revision_insert"_s
                << u"DROP TRIGGER search_revision_update"_s
                << u"DROP TRIGGER search_revision_delete"_s
                << u"CREATE TRIGGER search_revision_insert AFTER INSERT ON clause_revision BEGIN "_s +
                       earlier.arg(u"new.clause_id"_s) + u" END"_s
                << u"CREATE TRIGGER search_revision_update AFTER UPDATE OF text ON clause_revision "
                   u"WHEN old.text IS NOT new.text BEGIN DELETE FROM search_revision WHERE rowid = "
                   u"old.id; "_s +
                       earlier.arg(u"new.clause_id"_s) + u" "_s +
                       latestOut.arg(u"new.clause_id"_s) + u" END"_s
                << u"CREATE TRIGGER search_revision_delete AFTER DELETE ON clause_revision BEGIN "
                   u"DELETE FROM search_revision WHERE rowid = old.id; "_s +
                       latestOut.arg(u"old.clause_id"_s) + u" END"_s;
            statements << u"PRAGMA user_version = 8"_s;
            for (const QString &sql : std::as_const(statements))
                QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        const SearchQuery q = SearchQuery::parse(u"\"critical infrastructure\""_s);
        auto ws = Workspace::open(file);
        QCOMPARE(ws->schemaVersion(), Schema::currentVersion());
        const qsizetype before = ws->search(q).size();
        QVERIFY(before > 0);
        const Document &d = ws->documents().constFirst();
        Clause c;
        c.documentId = d.id;
        c.number = u"99"_s;
        c.text = u"Protect critical infrastructure and the zyxwvut grid."_s;
        ws->undoStack()->push(new InsertClauseCommand(*ws, c, 0));
        const Tables tables(file);
        QCOMPARE(tables.rows(u"SELECT count(*) FROM search_queue"_s)[0][0].toInt(), 0);
        QCOMPARE(tables
                     .rows(u"SELECT count(*) FROM search_clause WHERE search_clause MATCH "
                           u"'zyxwvut'"_s)[0][0]
                     .toInt(),
                 1);
        QCOMPARE(ws->search(q).size(), before + 1);
        // The earlier revision is found once the clause has a newer one.
        qint64 added = 0;
        for (const Clause &k : ws->clauses(d.id))
            if (k.number == u"99")
                added = k.id;
        ws->undoStack()->push(
            new SetClauseTextCommand(*ws, added, u"Protect the energy grid."_s, u"newer"_s));
        SearchQuery earlier = SearchQuery::parse(u"zyxwvut"_s);
        earlier.includeRevisions = true;
        QCOMPARE(tables.rows(u"SELECT count(*) FROM search_queue"_s)[0][0].toInt(), 0);
        QCOMPARE(ws->search(earlier).size(), 1);
        QCOMPARE(ws->search(earlier)[0].kind, Kind::Revision);
        ws->undoStack()->undo();
        QCOMPARE(ws->search(earlier).size(), 1);
        QCOMPARE(ws->search(earlier)[0].kind, Kind::Clause);
        ws->undoStack()->undo();
        QCOMPARE(ws->search(q).size(), before);
        QCOMPARE(ws->search(SearchQuery::parse(u"zyxwvut"_s)).size(), 0);
    }

    // The invariant: after each random edit, undo, redo or import, every search equals the
    // brute-force scan of the tables (clauses, revisions, documents, norms, position details,
    // states and aliases).
    void indexFollowsEveryChange()
    {
        const QString file = path(u"random.plenipo"_s);
        auto ws = TestSupport::sampleWorkspace(file);
        QUndoStack *stack = ws->undoStack();
        const Tables tables(file);
        QRandomGenerator rng(20261202);
        int imports = 0;
        int checks = 0;
        const auto randomClause = [&]() -> std::optional<Clause> {
            QList<Clause> all;
            for (const Document &d : ws->documents())
                all << ws->clauses(d.id);
            if (all.isEmpty())
                return std::nullopt;
            return all[rng.bounded(int(all.size()))];
        };
        // Part of the time the index is deferred, as during a folder import.
        std::optional<Workspace::DeferredIndexing> deferred;
        for (int step = 0; step < 160; ++step) {
            const int op = int(rng.bounded(10));
            QString what;
            try {
                if (op == 9) {
                    what = deferred ? u"index what was deferred"_s : u"defer the index"_s;
                    if (deferred) {
                        deferred->finish();
                        deferred.reset();
                    } else {
                        deferred.emplace(*ws);
                    }
                } else if (op == 0 || op == 1) {
                    if (const auto c = randomClause()) {
                        what = u"revise clause %1"_s.arg(c->id);
                        stack->push(new SetClauseTextCommand(*ws, c->id, randomText(rng, 3, 14),
                                                             randomText(rng, 0, 3)));
                    }
                } else if (op == 2) {
                    if (const auto c = randomClause()) {
                        what = u"insert after clause %1"_s.arg(c->id);
                        Clause n;
                        n.documentId = c->documentId;
                        n.number = c->number + u" bis"_s;
                        n.text = randomText(rng, 2, 10);
                        stack->push(new InsertClauseCommand(*ws, n, c->ordinal + 1));
                    }
                } else if (op == 3) {
                    if (const auto c = randomClause()) {
                        what = u"remove clause %1"_s.arg(c->id);
                        stack->push(new RemoveClauseCommand(*ws, c->id));
                    }
                } else if (op == 4) {
                    if (const auto c = randomClause()) {
                        what = u"renumber clause %1"_s.arg(c->id);
                        stack->push(new ChangeClauseCommand(*ws, c->id,
                                                            ChangeClauseCommand::Property::Number,
                                                            randomText(rng, 1, 2)));
                    }
                } else if (op == 5) {
                    if (const auto c = randomClause()) {
                        what = u"positions on clause %1"_s.arg(c->id);
                        QList<Position> list;
                        const int n = 1 + int(rng.bounded(4));
                        const Position shared = [&] {
                            Position p;
                            p.clauseId = c->id;
                            p.stance = Stance(rng.bounded(5));
                            p.sourceKind = u"statement"_s;
                            p.sourceText = randomText(rng, 0, 4);
                            p.sourceSymbol = rng.bounded(3) ? QString() : u"A/RES/75/32"_s;
                            p.note = randomText(rng, 0, 5);
                            p.internal = rng.bounded(3) == 0;
                            return p;
                        }();
                        for (int i = 0; i < n; ++i) {
                            Position p = shared;
                            p.state = ws->stateOrder()[rng.bounded(int(ws->stateOrder().size()))];
                            if (std::none_of(list.cbegin(), list.cend(),
                                             [&](const Position &o) { return o.state == p.state; }))
                                list << p;
                        }
                        stack->push(new SetPositionsCommand(*ws, list));
                    }
                } else if (op == 6) {
                    what = u"import a draft"_s;
                    FileImporter::Options options;
                    options.draft.symbol = u"IMPORT/%1"_s.arg(++imports);
                    options.draft.title = randomText(rng, 2, 5);
                    FileImporter importer(*ws, options);
                    QString text = options.draft.title + u"\n"_s;
                    const int clauses = 1 + int(rng.bounded(4));
                    for (int i = 1; i <= clauses; ++i)
                        text += u"%1. %2\n"_s.arg(i).arg(randomText(rng, 3, 12));
                    importer.readData(text.toUtf8(), u"draft.txt"_s, FileImporter::Format::Text);
                    QVERIFY2(importer.canApply(), qPrintable(importer.report().toText()));
                    auto command =
                        ImportDocumentCommand::run(*ws, [&] { importer.apply(*ws); }, u"Import"_s);
                    stack->push(command.release());
                } else if (op == 7) {
                    what = u"undo"_s;
                    stack->undo();
                } else {
                    what = u"redo"_s;
                    stack->redo();
                }
            } catch (const Error &e) {
                QFAIL(qPrintable(u"step %1 (%2): %3"_s.arg(step).arg(what, e.message())));
            }
            // Every transaction indexed what its triggers queued before it committed (a search
            // would index what is left, and hide the omission); deferred, the queue holds what
            // the workspace says is pending.
            const int queued = tables.rows(u"SELECT count(*) FROM search_queue"_s)[0][0].toInt();
            QVERIFY2(
                deferred ? queued == ws->pendingSearchRows() : queued == 0,
                qPrintable(u"step %1 (%2): %3 rows in the search queue"_s.arg(step).arg(what).arg(
                    queued)));
            const auto checkIntegrity = [&] {
                const QString problem = Tables::integrityProblem(
                    file, {u"search_clause"_s, u"search_document"_s, u"search_norm"_s,
                           u"search_position"_s, u"search_revision"_s});
                QVERIFY2(problem.isEmpty(),
                         qPrintable(
                             u"step %1 (%2): an index does not match its rows: %3"_s.arg(step).arg(
                                 what, problem)));
            };
            // Deferred, the index lacks the queued rows until a search takes them in (below).
            if (!deferred)
                checkIntegrity();
            if (QTest::currentTestFailed())
                return;
            for (int k = 0; k < 4; ++k) {
                const QString text = randomQueryText(rng);
                SearchQuery q = SearchQuery::parse(text);
                q.limit = 1000000;
                q.includeRevisions = rng.bounded(2);
                q.includeInternal = rng.bounded(2);
                if (rng.bounded(4) == 0 && !ws->documents().isEmpty())
                    q.documentId = ws->documents()[rng.bounded(int(ws->documents().size()))].id;
                else if (rng.bounded(6) == 0 && !ws->processes().isEmpty())
                    q.processId = ws->processes()[rng.bounded(int(ws->processes().size()))].id;
                const std::set<Key> got = found(*ws, q);
                const std::set<Key> want = tables.expected(q);
                ++checks;
                QVERIFY2(got == want,
                         qPrintable(u"step %1 (%2), query '%3' (revisions %4, internal %5, "
                                    u"document %6, process %7):\n%8"_s.arg(step)
                                        .arg(what)
                                        .arg(text)
                                        .arg(q.includeRevisions)
                                        .arg(q.includeInternal)
                                        .arg(q.documentId)
                                        .arg(q.processId)
                                        .arg(difference(got, want))));
            }
            if (deferred) {
                QCOMPARE(ws->pendingSearchRows(), 0);
                checkIntegrity();
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QVERIFY(imports > 5);
        QCOMPARE(checks, 160 * 4);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
