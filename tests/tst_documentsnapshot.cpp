// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Undoing a command that created a document (derive a revision, derive a coalition document,
// import) and redoing it puts back the same document: ids, revisions with their authors and
// times, positions with their details, detached positions (DocumentSnapshot). A command pushed
// after it, undone and redone with it, still finds its clause.

#include "commands/commandrunner.h"
#include "commands/derivecoalitiondocumentcommand.h"
#include "commands/derivedocumentcommand.h"
#include "commands/documentsnapshot.h"
#include "commands/importdocumentcommand.h"
#include "commands/setpositionscommand.h"
#include "consensus/coalitionanalysis.h"
#include "testsupport.h"

#include <QThread>
#include <QUndoStack>

#include <functional>

using namespace Plenipo;
using namespace Qt::StringLiterals;

namespace {

const QString rev1Symbol = u"SAMPLE/CONSEQ/2026/Rev.1"_s;

QStringList cells(const QList<QVariantList> &rows)
{
    QStringList out;
    for (const QVariantList &row : rows) {
        QStringList values;
        for (const QVariant &v : row)
            values << (v.isNull() ? u"NULL"_s : v.toString());
        out << values.join(u'|');
    }
    return out;
}

// Every record of the document, ids and authors and times included.
QStringList record(const Workspace &ws, qint64 documentId)
{
    QStringList out;
    const Document *d = ws.document(documentId);
    if (!d)
        return {u"no document %1"_s.arg(documentId)};
    out << u"document %1 %2 %3 %4 predecessor %5 adherents %6"_s.arg(d->id)
               .arg(d->symbol, d->title, d->date.toString(Qt::ISODate))
               .arg(d->predecessorId)
               .arg(ws.adherents(documentId).join(u','));
    for (const Clause &c : ws.clauses(documentId)) {
        out << u"clause %1 #%2 %3 origin %4 revision %5: %6"_s.arg(c.id)
                   .arg(c.ordinal)
                   .arg(c.number)
                   .arg(c.originId)
                   .arg(c.revisionId)
                   .arg(c.text);
        for (const ClauseRevision &r : ws.revisions(c.id))
            out << u"  revision %1 by %2 at %3 (%4): %5"_s.arg(r.id).arg(
                r.author, r.created.toString(Qt::ISODateWithMs), r.note, r.text);
        const PositionSnapshot s = ws.positionSnapshot(c.id);
        out << u"  positions"_s << cells(s.positions) << u"  detached"_s << cells(s.detached)
            << u"  details"_s << cells(s.details) << u"  vectors"_s << cells(s.vectors);
    }
    return out;
}

} // namespace

class TestDocumentSnapshot : public QObject
{
    Q_OBJECT

    using Create = std::function<qint64(Workspace &)>; // pushes the command; the new document

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void undoRedoGivesTheSameDocument_data()
    {
        QTest::addColumn<Create>("create");
        QTest::newRow("derive revision") << Create([](Workspace &ws) -> qint64 {
            Document d;
            d.symbol = u"SAMPLE/CONSEQ/2026/Rev.2"_s;
            d.title = u"Rev.2"_s;
            d.kind = Document::Kind::Revision;
            auto *command = new DeriveDocumentCommand(ws, ws.documentBySymbol(rev1Symbol)->id, d);
            return CommandRunner::push(ws, command) ? 0 : ws.documentBySymbol(d.symbol)->id;
        });
        QTest::newRow("derive coalition document") << Create([](Workspace &ws) -> qint64 {
            const CoalitionAnalysis analysis(ws, ws.documentBySymbol(rev1Symbol)->id,
                                             ws.stateSet(ws.group(u"JS2019"_s)->members));
            Document d;
            d.symbol = u"SAMPLE/CONSEQ/2026/JS"_s;
            d.title = u"Joint statement"_s;
            auto *command = new DeriveCoalitionDocumentCommand(ws, analysis, d);
            return CommandRunner::push(ws, command) ? 0 : ws.documentBySymbol(d.symbol)->id;
        });
        QTest::newRow("import") << Create([](Workspace &ws) -> qint64 {
            auto command = ImportDocumentCommand::run(
                ws,
                [&ws] {
                    auto batch = ws.beginBatch();
                    Document d;
                    d.symbol = u"A/RES/99/1"_s;
                    d.title = u"Imported"_s;
                    d.kind = Document::Kind::Resolution;
                    const qint64 id = ws.addDocument(d);
                    for (int i = 1; i <= 3; ++i) {
                        Clause c;
                        c.documentId = id;
                        c.number = QString::number(i);
                        c.text = u"Imported text %1."_s.arg(i);
                        Position p;
                        p.clauseId = ws.addClause(c, u"imported"_s);
                        p.state = u"FRA"_s;
                        p.stance = Stance::Supports;
                        p.sourceKind = u"vote"_s;
                        ws.setPositions({p});
                    }
                    RecordedVote vote;
                    vote.documentId = id;
                    vote.choices.insert(u"FRA"_s, RecordedVote::Choice::Yes);
                    ws.addRecordedVote(vote);
                    batch->commit();
                },
                u"Import A/RES/99/1"_s);
            const qint64 id = command->documentId();
            return CommandRunner::push(ws, command.release()) ? 0 : id;
        });
    }

    void undoRedoGivesTheSameDocument()
    {
        QFETCH(Create, create);
        const QString path = m_dir.filePath(u"snapshot-%1.plenipo"_s.arg(++m_files));
        auto ws = TestSupport::sampleWorkspace(m_dir, u"snapshot-%1.plenipo"_s.arg(m_files));
        ws->setAuthor(u"alice"_s);
        const qint64 id = create(*ws);
        QVERIFY(id);
        const QList<Clause> clauses = ws->clauses(id);
        QVERIFY(clauses.size() >= 2);
        // What the document gathers before it is undone: a revision, positions with details,
        // and (through the revision) a detached position.
        const qint64 first = clauses.first().id;
        ws->reviseClause(first, u"States [shall][should] protect [healthcare]."_s, u"r2"_s);
        Position p;
        p.clauseId = first;
        p.state = u"BRA"_s;
        p.stance = Stance::Objects;
        p.alternative = u"g2.1"_s;
        p.note = u"capital's instructions"_s;
        p.internal = true;
        ws->setPositions({p});
        ws->carryPositions(
            first,
            {AlternativeCarry{u"g2.1"_s, {}, AlternativeCarry::Fate::Orphaned, u"healthcare"_s}}, 0,
            ws->clause(first)->revisionId);
        QVERIFY(!ws->detachedPositions(first).isEmpty());
        const QStringList before = record(*ws, id);
        const QString memory = TestSupport::dump(*ws);
        const QString asFileShowsIt = TestSupport::dump(*ws, false);

        QThread::msleep(5); // a write now would carry another time
        QVERIFY(!CommandRunner::undo(*ws));
        QVERIFY(!ws->document(id));
        QVERIFY(!ws->clause(first));
        QVERIFY(!CommandRunner::redo(*ws));
        QCOMPARE(record(*ws, id), before);
        QCOMPARE(TestSupport::dump(*ws), memory);
        {
            auto reopened = Workspace::open(path, Workspace::Access::ReadOnly);
            QCOMPARE(record(*reopened, id), before);
            QCOMPARE(TestSupport::dump(*reopened, false), asFileShowsIt);
        }

        // A command pushed after the document's, on one of its clauses, undone and redone
        // with it: it finds its clause again.
        const qint64 second = clauses.at(1).id;
        QVERIFY(!CommandRunner::push(*ws, SetPositionsCommand::setStance(*ws, second, {},
                                                                         {u"CHN"_s, u"USA"_s},
                                                                         Stance::Reservation)));
        QVERIFY(!CommandRunner::undo(*ws));
        QVERIFY(!CommandRunner::undo(*ws));
        QVERIFY(!CommandRunner::redo(*ws));
        QVERIFY(!CommandRunner::redo(*ws));
        const auto chn = ws->position(second, u"CHN"_s);
        QVERIFY(chn);
        QCOMPARE(chn->stance, Stance::Reservation);
        QCOMPARE(ws->clause(second)->documentId, id);
    }

    // An import that replaces a document puts the old one back on undo, with the successor
    // that followed it still following it.
    void replacedDocumentKeepsItsSuccessor()
    {
        auto ws = TestSupport::sampleWorkspace(m_dir, u"successor.plenipo"_s);
        const qint64 rev1 = ws->documentBySymbol(rev1Symbol)->id;
        const QList<qint64> successors = ws->successors(rev1);
        Document d;
        d.symbol = u"SAMPLE/CONSEQ/2026/Rev.2"_s;
        d.title = u"Rev.2"_s;
        QVERIFY(!CommandRunner::push(*ws, new DeriveDocumentCommand(*ws, rev1, d)));
        const qint64 rev2 = ws->documentBySymbol(d.symbol)->id;
        QCOMPARE(ws->document(rev2)->predecessorId, rev1);
        const QStringList before = record(*ws, rev1);
        auto command = ImportDocumentCommand::run(
            *ws,
            [&] {
                auto batch = ws->beginBatch();
                ws->removeDocument(rev1);
                Document again;
                again.symbol = rev1Symbol;
                again.title = u"Rev.1 as imported"_s;
                ws->addDocument(again);
                batch->commit();
            },
            u"Import Rev.1 again"_s);
        QVERIFY(!CommandRunner::push(*ws, command.release()));
        QCOMPARE(ws->document(rev2)->predecessorId, 0);
        QVERIFY(!CommandRunner::undo(*ws));
        QCOMPARE(record(*ws, rev1), before);
        QCOMPARE(ws->document(rev2)->predecessorId, rev1);
        QCOMPARE(ws->successors(rev1).size(), successors.size() + 1);
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestDocumentSnapshot)
#include "tst_documentsnapshot.moc"
