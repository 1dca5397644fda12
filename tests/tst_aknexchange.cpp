// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Akoma Ntoso export and import: real UN resolutions with their recorded votes, schema validity
// of the export (xmllint against the OASIS schema), the round trip export -> import, and what a
// coalition export leaves out.
#include "commands/importdocumentcommand.h"
#include "consensus/coalitionanalysis.h"
#include "core/error.h"
#include "exchange/aknexporter.h"
#include "exchange/aknimporter.h"
#include "exchange/fileimporter.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

namespace {

QString examples()
{
    return QStringLiteral(PLENIPO_SHARED_DIR) + u"/akn/examples/"_s;
}

QByteArray exportAkn(const Workspace &ws, const QString &symbol, const QString &coalition = {},
                     bool internal = false)
{
    const Document *doc = ws.documentBySymbol(symbol);
    if (!doc)
        return {};
    ExportOptions options;
    options.documentId = doc->id;
    options.coalition = coalition;
    options.includeInternal = internal;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AknExporter().write(ws, options, buffer);
    return buffer.data();
}

// Every voter name of a count in the file, read with a regular expression rather than the
// importer under test.
QHash<QString, QStringList> votersInFile(const QByteArray &xml, QHash<QString, int> *declared)
{
    QHash<QString, QStringList> result;
    static const QRegularExpression count(
        u"<count value=\"(\\d+)\" refersTo=\"(\\w+)\">(.*?)</count>"_s,
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression name(u">([^<]+)</organization>"_s);
    const QString text = QString::fromUtf8(xml);
    for (auto it = count.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        declared->insert(m.captured(2), m.captured(1).toInt());
        for (auto n = name.globalMatch(m.captured(3)); n.hasNext();)
            result[m.captured(2)].append(n.next().captured(1).trimmed());
    }
    return result;
}

struct Snapshot
{
    qsizetype documents = 0;
    qsizetype clauses = 0;
    qsizetype positions = 0;
    QByteArray positionSum;
    bool operator==(const Snapshot &) const = default;
};

} // namespace

class TestAknExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Workspace> freshWorkspace(bool sample = false)
    {
        const QString path = m_dir.filePath(u"ws%1.plenipo"_s.arg(++m_counter));
        return Workspace::create(path, [sample](Workspace &w) {
            if (sample)
                SampleBuilder::addSample(w);
            else
                SampleBuilder::addStates(w);
        });
    }

private Q_SLOTS:
    void unResolution_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("subPoint"); // a sub-point number the file has, or empty
        QTest::addColumn<QString>("footnote"); // text of a footnote
        QTest::newRow("A/RES/75/32") << u"75_32_E.xml"_s << u"A/RES/75/32"_s << QDate(2020, 12, 7)
                                     << u"1(a)"_s << u"A/65/201."_s;
        QTest::newRow("A/RES/77/36") << u"A_RES_77_36-2228101E.xml"_s << u"A/RES/77/36"_s
                                     << QDate(2022, 12, 7) << QString() << u"A/77/275."_s;
    }
    void unResolution()
    {
        QFETCH(QString, file);
        QFETCH(QString, symbol);
        QFETCH(QDate, date);
        QFETCH(QString, subPoint);
        QFETCH(QString, footnote);
        const QString path = examples() + file;
        if (!QFile::exists(path))
            QSKIP("../shared/akn/examples is not beside the checkout");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray xml = f.readAll();

        auto ws = freshWorkspace();
        FileImporter importer(*ws);
        const ImportReport &report = importer.read(path);
        QVERIFY2(!report.hasErrors(), qPrintable(report.toText()));
        for (const auto &p : report.problems())
            QVERIFY2(!p.message.contains(u"voter"_s), qPrintable(p.message)); // all resolved
        const AknImporter *akn = importer.aknImporter();
        QHash<QString, int> declared;
        const QHash<QString, QStringList> voters = votersInFile(xml, &declared);
        QCOMPARE(akn->votes(Stance::Supports).size(), declared.value(u"inFavour"_s));
        QCOMPARE(akn->votes(Stance::Objects).size(), declared.value(u"against"_s));
        QCOMPARE(akn->votes(Stance::Reservation).size(), declared.value(u"abstaining"_s));
        QVERIFY(declared.value(u"inFavour"_s) > 50);
        importer.apply(*ws);
        QCOMPARE(importer.report().outcome(), ImportReport::Outcome::Imported);

        const Document *doc = ws->documentBySymbol(symbol);
        QVERIFY(doc);
        QCOMPARE(doc->kind, Document::Kind::Resolution);
        QCOMPARE(doc->date, date);
        QVERIFY(doc->title.contains(u"cyberspace"_s) || doc->title.contains(u"Developments"_s));
        const QList<Clause> clauses = ws->clauses(doc->id);
        QStringList numbers;
        for (const Clause &c : clauses)
            numbers.append(c.number);
        QVERIFY2(numbers.contains(u"PP1"_s), qPrintable(numbers.join(u' ')));
        QVERIFY2(numbers.contains(u"1"_s), qPrintable(numbers.join(u' ')));
        QVERIFY2(numbers.contains(u"7"_s), qPrintable(numbers.join(u' ')));
        if (!subPoint.isEmpty())
            QVERIFY2(numbers.contains(subPoint), qPrintable(numbers.join(u' ')));
        bool hasFootnote = false;
        for (const Clause &c : clauses) {
            QVERIFY2(!c.text.startsWith(u'('), qPrintable(c.number + u": "_s + c.text));
            hasFootnote = hasFootnote || c.text.contains(u"^["_s + footnote + u"]"_s);
        }
        QVERIFY2(hasFootnote, qPrintable(footnote));

        // The vote, state by state, on every paragraph: a recorded vote is on the resolution as
        // a whole, preamble included (so preambular paragraphs do not count as "open").
        const QHash<QString, Stance> stanceOf{{u"inFavour"_s, Stance::Supports},
                                              {u"against"_s, Stance::Objects},
                                              {u"abstaining"_s, Stance::Reservation}};
        int operative = 0;
        int preambular = 0;
        for (const Clause &c : clauses) {
            const QList<Position> positions = ws->positions(c.id);
            if (c.number.startsWith(u"PP"_s))
                ++preambular;
            else
                ++operative;
            QHash<QString, Position> byState;
            for (const Position &p : positions)
                byState.insert(p.state, p);
            for (auto it = voters.cbegin(); it != voters.cend(); ++it) {
                for (const QString &name : it.value()) {
                    const State *state = ws->states().resolve(name);
                    QVERIFY2(state, qPrintable(name));
                    QVERIFY2(byState.contains(state->iso3), qPrintable(name));
                    const Position &p = byState.value(state->iso3);
                    QCOMPARE(p.stance, stanceOf.value(it.key()));
                    QCOMPARE(p.sourceKind, u"vote"_s);
                    QCOMPARE(p.sourceSymbol, symbol);
                    QCOMPARE(p.sourceDate, date);
                }
            }
        }
        QVERIFY(operative >= 7);
        const int total = declared.value(u"inFavour"_s) + declared.value(u"against"_s) +
                          declared.value(u"abstaining"_s);
        QVERIFY(preambular >= 1);
        QCOMPARE(ws->positionCount(), qsizetype(operative + preambular) * total);
        // Sponsors as a coalition group.
        const StateGroup *sponsors = ws->group(symbol + u" sponsors"_s);
        QVERIFY(sponsors);
        QVERIFY(sponsors->members.size() > 10);

        // A second import of the same resolution is refused and changes nothing.
        const qsizetype before = ws->positionCount();
        FileImporter again(*ws);
        QVERIFY(again.read(path).hasErrors());
        QVERIFY(!again.canApply());
        QVERIFY_THROWS_EXCEPTION(Error, again.apply(*ws));
        QCOMPARE(ws->positionCount(), before);
    }

    void schemaValid_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("coalition");
        QTest::newRow("zero draft") << u"SAMPLE/CONSEQ/2026/ZD"_s << QString();
        QTest::newRow("Rev.1") << u"SAMPLE/CONSEQ/2026/Rev.1"_s << QString();
        QTest::newRow("Rev.1 for JS2019") << u"SAMPLE/CONSEQ/2026/Rev.1"_s << u"JS2019"_s;
        QTest::newRow("report A/70/174") << u"A/70/174"_s << QString();
        QTest::newRow("imported A/RES/75/32") << u"A/RES/75/32"_s << QString();
    }
    void schemaValid()
    {
        QFETCH(QString, symbol);
        QFETCH(QString, coalition);
        const QString schema = qEnvironmentVariable("PLENIPO_AKN_SCHEMA");
        if (schema.isEmpty() || !QFile::exists(schema))
            QSKIP("PLENIPO_AKN_SCHEMA is not set to the Akoma Ntoso schema (akomantoso30.xsd)");
        auto ws = freshWorkspace(true);
        if (symbol.startsWith(u"A/RES"_s)) {
            if (!QFile::exists(examples() + u"75_32_E.xml"_s))
                QSKIP("../shared/akn/examples is not beside the checkout");
            FileImporter importer(*ws);
            importer.read(examples() + u"75_32_E.xml"_s);
            importer.apply(*ws);
        }
        const QByteArray xml = exportAkn(*ws, symbol, coalition);
        QVERIFY(!xml.isEmpty());
        const QString out = m_dir.filePath(u"export%1.xml"_s.arg(++m_counter));
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(xml);
        f.close();
        QProcess xmllint;
        xmllint.start(u"xmllint"_s, {u"--noout"_s, u"--schema"_s, schema, out});
        QVERIFY(xmllint.waitForFinished(60000));
        const QString errors = QString::fromUtf8(xmllint.readAllStandardError());
        QVERIFY2(xmllint.exitCode() == 0, qPrintable(errors));
        QVERIFY2(errors.contains(u"validates"_s), qPrintable(errors));
        // AKN4UN shapes.
        QVERIFY(xml.contains("<FRBRWork>"));
        QVERIFY(xml.contains("<paragraph eId=\"para_1"));
        if (symbol.contains(u"A/RES"_s)) {
            QVERIFY(xml.contains("<statement name=\"resolution\">"));
            QVERIFY(xml.contains("eId=\"para_1__list_1__point_a\""));
        } else {
            QVERIFY(xml.contains("<doc name="));
        }
        if (symbol.endsWith(u"ZD"_s)) {
            QVERIFY(xml.contains("<inline name=\"bracket\""));
            QVERIFY(xml.contains("class=\"attribution\""));
        }
        if (!coalition.isEmpty())
            QVERIFY(xml.contains("<docProponent"));
    }

    void coalitionTextIsResolved()
    {
        // A coalition export carries the text as the coalition accepts it: each clause every
        // member accepts with its alternatives resolved (as the Word export does).
        auto ws = freshWorkspace(true);
        const Document *rev1 = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        const StateGroup *js = ws->group(u"JS2019"_s);
        const CoalitionAnalysis analysis(*ws, rev1->id, ws->stateSet(js->members));
        int resolved = 0;
        const QByteArray xml = exportAkn(*ws, rev1->symbol, u"JS2019"_s);
        const QByteArray plain = exportAkn(*ws, rev1->symbol);
        for (const Clause &c : ws->clauses(rev1->id)) {
            const CoalitionAnalysis::Clause *a = analysis.clause(c.id);
            if (!a || !a->accepted || !c.text.contains(u'['))
                continue;
            ++resolved;
            QVERIFY2(xml.contains(a->text.toHtmlEscaped().toUtf8()), qPrintable(a->text));
            QVERIFY(!plain.contains(a->text.toHtmlEscaped().toUtf8()));
        }
        QVERIFY(resolved >= 1);
    }

    void roundTripSample_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::newRow("zero draft") << u"SAMPLE/CONSEQ/2026/ZD"_s;
        QTest::newRow("Rev.1") << u"SAMPLE/CONSEQ/2026/Rev.1"_s;
        QTest::newRow("A/70/174") << u"A/70/174"_s;
    }
    void roundTripSample()
    {
        QFETCH(QString, symbol);
        auto source = freshWorkspace(true);
        const QByteArray xml = exportAkn(*source, symbol, {}, true);
        auto target = freshWorkspace(false);
        FileImporter importer(*target);
        importer.readData(xml, u"export.xml"_s, FileImporter::Format::Akn);
        QVERIFY2(!importer.report().hasErrors(), qPrintable(importer.report().toText()));
        QVERIFY(importer.aknImporter()->isPlenipoFile());
        importer.apply(*target);

        const Document *a = source->documentBySymbol(symbol);
        const Document *b = target->documentBySymbol(symbol);
        QVERIFY(b);
        QCOMPARE(b->title, a->title);
        QCOMPARE(b->kind, a->kind);
        QCOMPARE(b->date, a->date);
        const Process *pa = source->process(a->processId);
        const Process *pb = target->process(b->processId);
        QCOMPARE(bool(pa), bool(pb));
        if (pa) {
            QCOMPARE(pb->code, pa->code);
            QCOMPARE(pb->name, pa->name);
            QCOMPARE(pb->members, pa->members);
            QCOMPARE(pb->kind, pa->kind);
        }
        const QList<Clause> ca = source->clauses(a->id);
        const QList<Clause> cb = target->clauses(b->id);
        QCOMPARE(cb.size(), ca.size());
        int positions = 0;
        for (qsizetype i = 0; i < ca.size(); ++i) {
            QCOMPARE(cb[i].number, ca[i].number);
            QCOMPARE(cb[i].text, ca[i].text);
            auto key = [](const Position &p) {
                return std::make_tuple(p.state, p.alternative, int(p.stance), p.sourceKind,
                                       p.sourceText, p.sourceSymbol, p.sourceDate, p.note,
                                       p.internal);
            };
            QList<decltype(key(Position()))> pa2;
            QList<decltype(key(Position()))> pb2;
            for (const Position &p : source->positions(ca[i].id))
                pa2.append(key(p));
            for (const Position &p : target->positions(cb[i].id))
                pb2.append(key(p));
            std::sort(pa2.begin(), pa2.end());
            std::sort(pb2.begin(), pb2.end());
            QCOMPARE(pb2.size(), pa2.size());
            for (qsizetype k = 0; k < pa2.size(); ++k)
                QVERIFY2(
                    pa2[k] == pb2[k],
                    qPrintable(u"clause %1: %2 %3 %4 / %5 %6 %7"_s.arg(
                        ca[i].number, std::get<0>(pa2[k]), std::get<1>(pa2[k]), std::get<4>(pa2[k]),
                        std::get<0>(pb2[k]), std::get<1>(pb2[k]), std::get<4>(pb2[k]))));
            positions += int(pa2.size());
        }
        if (symbol.contains(u"SAMPLE"_s))
            QVERIFY(positions > 0);
        // The same workspace always exports the same bytes; the import exports the same again.
        QCOMPARE(exportAkn(*source, symbol, {}, true), xml);
    }

    // An import is one undoable step: undo takes away the document with its clauses and
    // positions and the process or sponsors' group the file brought; redo brings them back
    // with the same ids (later commands find their clauses) and the same content.
    void importIsUndoable_data()
    {
        QTest::addColumn<QString>("file"); // in ../shared/akn/examples, or empty: a Plenipo export
        QTest::addColumn<QString>("symbol");
        QTest::newRow("UN resolution, with its sponsors' group")
            << u"75_32_E.xml"_s << u"A/RES/75/32"_s;
        QTest::newRow("Plenipo export, with its process")
            << QString() << u"SAMPLE/CONSEQ/2026/Rev.1"_s;
    }
    void importIsUndoable()
    {
        QFETCH(QString, file);
        QFETCH(QString, symbol);
        auto ws = freshWorkspace(false);
        FileImporter importer(*ws);
        if (file.isEmpty()) {
            auto source = freshWorkspace(true);
            importer.readData(exportAkn(*source, symbol, {}, true), u"export.xml"_s,
                              FileImporter::Format::Akn);
        } else {
            if (!QFile::exists(examples() + file))
                QSKIP("../shared/akn/examples is not beside the checkout");
            importer.read(examples() + file);
        }
        QVERIFY2(!importer.report().hasErrors(), qPrintable(importer.report().toText()));
        const qsizetype groups = ws->groups().size();
        const qsizetype processes = ws->processes().size();
        QVERIFY(ws->documents().isEmpty());

        auto command = ImportDocumentCommand::run(*ws, [&] { importer.apply(*ws); }, u"Import"_s);
        QUndoStack &stack = *ws->undoStack();
        stack.push(command.release());
        const Document *doc = ws->documentBySymbol(symbol);
        QVERIFY(doc);
        const qint64 id = doc->id;
        QList<qint64> clauseIds;
        for (const Clause &c : ws->clauses(id))
            clauseIds << c.id;
        const qsizetype positions = ws->positionCount();
        QVERIFY(positions > 0);
        QCOMPARE(ws->groups().size() + ws->processes().size(), groups + processes + 1);
        const QByteArray imported = exportAkn(*ws, symbol, {}, true);
        QVERIFY(stack.canUndo());
        QCOMPARE(stack.undoText(), u"Import"_s);

        stack.undo();
        QVERIFY(ws->documents().isEmpty());
        QCOMPARE(ws->positionCount(), 0);
        QCOMPARE(ws->groups().size(), groups);
        QCOMPARE(ws->processes().size(), processes);

        stack.redo();
        doc = ws->documentBySymbol(symbol);
        QVERIFY(doc);
        QCOMPARE(doc->id, id);
        QList<qint64> redoneIds;
        for (const Clause &c : ws->clauses(id))
            redoneIds << c.id;
        QCOMPARE(redoneIds, clauseIds);
        QCOMPARE(ws->positionCount(), positions);
        QCOMPARE(exportAkn(*ws, symbol, {}, true), imported);
    }

    void roundTripMarkup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"States should cooperate."_s;
        QTest::newRow("alternatives") << u"States [shall][should] not [knowingly] support."_s;
        QTest::newRow("spaced alternatives") << u"States [shall] [should]\n[may] act."_s;
        QTest::newRow("nested") << u"[States [shall][should] refrain] from [a [x][y]] [b]."_s;
        QTest::newRow("attributed")
            << u"[, including healthcare]{FRA, EU} and [x]{USA}{ad ref. GBR}"_s;
        QTest::newRow("deletion") << u"Do not ~~knowingly~~{CHN} support ~~it~~."_s;
        QTest::newRow("note") << u"critical infrastructure^[See A/70/174, para. 13(f).] here"_s;
        QTest::newRow("ad referendum") << u"States agree. {ad ref. FRA}"_s;
        QTest::newRow("options")
            << u"The Group recommends that:\nOption 1: States [shall][should] act.\n"
               u"Option 2: States may, on a voluntary basis, act."_s;
        QTest::newRow("escapes") << u"A literal \\[bracket\\] and \\{brace\\} and C:\\path"_s;
        QTest::newRow("unicode") << u"Les États [doivent][devraient] coopérer — 中文"_s;
        QTest::newRow("xml characters") << u"a < b & c > d \"quoted\" 'single'"_s;
        QTest::newRow("unclosed") << u"States [shall not act"_s;
    }
    void roundTripMarkup()
    {
        QFETCH(QString, text);
        auto source = freshWorkspace();
        Document d;
        d.symbol = u"TEST/1"_s;
        d.title = u"Markup test"_s;
        d.kind = Document::Kind::Proposal;
        d.date = QDate(2026, 1, 2);
        d.id = source->addDocument(d);
        Clause c;
        c.documentId = d.id;
        c.number = u"13(f)"_s;
        c.text = text;
        source->addClause(c);
        const QByteArray xml = exportAkn(*source, d.symbol);
        auto target = freshWorkspace();
        FileImporter importer(*target);
        importer.readData(xml, u"markup.xml"_s, FileImporter::Format::Akn);
        QVERIFY2(!importer.report().hasErrors(), qPrintable(importer.report().toText()));
        importer.apply(*target);
        const QList<Clause> clauses = target->clauses(target->documentBySymbol(d.symbol)->id);
        QCOMPARE(clauses.size(), 1);
        QCOMPARE(clauses[0].number, u"13(f)"_s);
        QCOMPARE(clauses[0].text, text);
    }

    // The positions on a clause that share everything but the state are one element; every
    // position is in exactly one of them.
    void positionsGrouped()
    {
        auto ws = freshWorkspace(true);
        const Document *doc = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        qsizetype expected = 0;
        for (const Clause &c : ws->clauses(doc->id))
            expected += ws->positions(c.id).size();
        QVERIFY(expected > 0);
        const QString text = QString::fromUtf8(exportAkn(*ws, doc->symbol, {}, true));
        static const QRegularExpression element(u"<plenipo:position ([^>]*)/>"_s);
        static const QRegularExpression states(u" states=\"([^\"]*)\""_s);
        QSet<QString> shared;
        qsizetype elements = 0;
        qsizetype listed = 0;
        for (auto it = element.globalMatch(text); it.hasNext();) {
            const QString attributes = it.next().captured(1);
            const auto m = states.match(attributes);
            QVERIFY2(m.hasMatch(), qPrintable(attributes));
            const QStringList isos = m.captured(1).split(u' ');
            QStringList sorted = isos;
            sorted.sort();
            QCOMPARE(isos, sorted);
            listed += isos.size();
            ++elements;
            QString rest = attributes;
            rest.remove(m.capturedStart(), m.capturedLength());
            QVERIFY2(!shared.contains(rest), qPrintable(u"two elements for: "_s + rest));
            shared.insert(rest);
        }
        QCOMPARE(listed, expected);
        QVERIFY(elements < expected);
        QVERIFY(!text.contains(u" state=\""_s));
    }

    // Position elements as the importer reads them: grouped, one per position (exports before
    // the grouping), and broken ones, reported with what and where.
    void positionElements_data()
    {
        QTest::addColumn<QString>("elements");
        QTest::addColumn<QStringList>("expected"); // "ISO3 stance alternative" of each position
        QTest::addColumn<QString>("error");
        QTest::newRow("grouped") << u"<plenipo:position clause=\"para_1\" alternative=\"g1.2\" "
                                    u"states=\"DEU FRA USA\" stance=\"objects\"/>"_s
                                 << QStringList{u"DEU objects g1.2"_s, u"FRA objects g1.2"_s,
                                                u"USA objects g1.2"_s}
                                 << QString();
        QTest::newRow("one element per position")
            << u"<plenipo:position clause=\"para_1\" state=\"FRA\" stance=\"objects\"/>"
               u"<plenipo:position clause=\"para_1\" state=\"DEU\" stance=\"supports\"/>"_s
            << QStringList{u"DEU supports "_s, u"FRA objects "_s} << QString();
        QTest::newRow("state and states")
            << u"<plenipo:position clause=\"para_1\" state=\"FRA\" states=\"DEU\" "
               u"stance=\"objects\"/>"_s
            << QStringList() << u"position with both state and states"_s;
        QTest::newRow("no state") << u"<plenipo:position clause=\"para_1\" stance=\"objects\"/>"_s
                                  << QStringList() << u"position without state or states"_s;
        QTest::newRow("empty states")
            << u"<plenipo:position clause=\"para_1\" states=\" \" stance=\"objects\"/>"_s
            << QStringList() << u"position with an empty list of states"_s;
        QTest::newRow("unknown state in the list")
            << u"<plenipo:position clause=\"para_1\" states=\"FRA XQZ\" stance=\"objects\"/>"_s
            << QStringList() << u"unknown state 'XQZ'"_s;
        QTest::newRow("state in two elements")
            << u"<plenipo:position clause=\"para_1\" states=\"DEU FRA\" stance=\"objects\"/>"
               u"<plenipo:position clause=\"para_1\" states=\"FRA\" stance=\"supports\"/>"_s
            << QStringList() << u"duplicate position of FRA on paragraph 1"_s;
    }
    void positionElements()
    {
        QFETCH(QString, elements);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        auto source = freshWorkspace();
        Document d;
        d.symbol = u"TEST/2"_s;
        d.title = u"Positions test"_s;
        d.kind = Document::Kind::Proposal;
        d.date = QDate(2026, 1, 2);
        d.id = source->addDocument(d);
        Clause c;
        c.documentId = d.id;
        c.number = u"1"_s;
        c.text = u"States [shall][should] act."_s;
        source->addClause(c);
        QByteArray xml = exportAkn(*source, d.symbol);
        QVERIFY(xml.contains("</proprietary>"));
        xml.replace("</proprietary>", elements.toUtf8() + "</proprietary>");
        auto target = freshWorkspace();
        FileImporter importer(*target);
        importer.readData(xml, u"positions.xml"_s, FileImporter::Format::Akn);
        const QString report = importer.report().toText();
        if (!error.isEmpty()) {
            QVERIFY(importer.report().hasErrors());
            QVERIFY2(report.contains(error), qPrintable(report));
            QVERIFY2(report.contains(u"plenipo:position"_s), qPrintable(report)); // where
            return;
        }
        QVERIFY2(!importer.report().hasErrors(), qPrintable(report));
        importer.apply(*target);
        const Document *b = target->documentBySymbol(d.symbol);
        QVERIFY(b);
        QStringList got;
        for (const Position &p : target->positions(target->clauses(b->id).first().id))
            got << u"%1 %2 %3"_s.arg(p.state, StanceText::key(p.stance), p.alternative);
        got.sort();
        QCOMPARE(got, expected);
    }

    void internalMaterial_data()
    {
        QTest::addColumn<QString>("coalition");
        QTest::addColumn<bool>("includeInternal");
        QTest::addColumn<bool>("expectMarker");
        QTest::newRow("default") << QString() << false << false;
        QTest::newRow("include internal") << QString() << true << true;
        QTest::newRow("coalition") << u"JS2019"_s << false << false;
        QTest::newRow("coalition, include internal asked") << u"JS2019"_s << true << false;
    }
    void internalMaterial()
    {
        QFETCH(QString, coalition);
        QFETCH(bool, includeInternal);
        QFETCH(bool, expectMarker);
        auto ws = freshWorkspace(true);
        const Document *doc = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        const Clause first = ws->clauses(doc->id).first();
        Position p;
        p.clauseId = first.id;
        p.state = u"FRA"_s;
        p.stance = Stance::Objects;
        p.sourceKind = u"statement"_s;
        p.sourceText = u"INTERNAL-MARKER-7Q3 source"_s;
        p.note = u"INTERNAL-MARKER-7Q3 note"_s;
        p.internal = true;
        ws->setPosition(p);
        const QByteArray xml = exportAkn(*ws, doc->symbol, coalition, includeInternal);
        QCOMPARE(xml.contains("INTERNAL-MARKER-7Q3"), expectMarker);
    }
};

QTEST_GUILESS_MAIN(TestAknExchange)
#include "tst_aknexchange.moc"
