// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Deriving documents and editing their structure keeps lineage, and every step is undoable.
#include "commands/changeclausecommand.h"
#include "commands/derivedocumentcommand.h"
#include "commands/insertclausecommand.h"
#include "commands/removeclausecommand.h"
#include "commands/setclausetextcommand.h"
#include "compare/comparison.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestLineage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Workspace> sample()
    {
        return TestSupport::sampleWorkspace(m_dir.filePath(u"w%1.plenipo"_s.arg(++m_files)));
    }
    static const Clause *byNumber(const QList<Clause> &clauses, const QString &number)
    {
        for (const Clause &c : clauses)
            if (c.number == number)
                return &c;
        return nullptr;
    }
    static QStringList numbers(const QList<Clause> &clauses)
    {
        QStringList out;
        for (const Clause &c : clauses)
            out << c.number;
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void deriveKeepsLineage()
    {
        auto ws = sample();
        const Document *rev1 = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        const QList<Clause> source = ws->clauses(rev1->id);
        Document rev2;
        rev2.symbol = u"SAMPLE/CONSEQ/2026/Rev.2"_s;
        rev2.title = u"Revision 2"_s;
        rev2.kind = Document::Kind::Revision;
        rev2.date = QDate(2026, 6, 1);
        auto *cmd = new DeriveDocumentCommand(*ws, rev1->id, rev2);
        ws->undoStack()->push(cmd);
        const Document *d = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.2"_s);
        QVERIFY(d);
        QCOMPARE(d->predecessorId, rev1->id);
        QCOMPARE(d->processId, rev1->processId);
        const QList<Clause> derived = ws->clauses(d->id);
        QCOMPARE(numbers(derived), numbers(source));
        for (qsizetype i = 0; i < derived.size(); ++i) {
            QCOMPARE(derived[i].originId, source[i].id);
            QCOMPARE(derived[i].text, source[i].text);
            QCOMPARE(derived[i].normIds, source[i].normIds);
        }
        // The 13(f)-derived clause of Rev.2 is linked to the norm too.
        const Norm *f = ws->normByCode(u"GGE2015-13f"_s);
        bool linked = false;
        for (const Clause &c : ws->clausesLinkedToNorm(f->id))
            linked |= c.documentId == d->id;
        QVERIFY(linked);

        // Undo removes the document; redo brings it back with the same ids.
        const qint64 docId = d->id;
        const qint64 firstClause = derived.first().id;
        ws->undoStack()->undo();
        QVERIFY(!ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.2"_s));
        QVERIFY(!ws->clause(firstClause));
        ws->undoStack()->redo();
        QCOMPARE(ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.2"_s)->id, docId);
        QCOMPARE(ws->clauses(docId).first().id, firstClause);
    }

    void structureEditsAndComparisonThroughLineage()
    {
        auto ws = sample();
        QUndoStack *stack = ws->undoStack();
        const Document *rev1 = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        Document rev2;
        rev2.symbol = u"R2"_s;
        rev2.title = u"Revision 2"_s;
        rev2.kind = Document::Kind::Revision;
        auto *derive = new DeriveDocumentCommand(*ws, rev1->id, rev2);
        stack->push(derive);
        const qint64 r2 = derive->documentId();

        // Insert "3 ter" after "3 bis", renumber 9 -> 10 (twice: one undo step), delete 8.
        QList<Clause> cl = ws->clauses(r2);
        const int afterBis = int(byNumber(cl, u"3 bis"_s)->ordinal) + 1;
        Clause ter;
        ter.documentId = r2;
        ter.number = u"3 ter"_s;
        ter.text = u"States [will][may] review these principles every two years."_s;
        stack->push(new InsertClauseCommand(*ws, ter, afterBis));
        const qint64 nine = byNumber(cl, u"9"_s)->id;
        stack->push(
            new ChangeClauseCommand(*ws, nine, ChangeClauseCommand::Property::Number, u"99"_s));
        stack->push(
            new ChangeClauseCommand(*ws, nine, ChangeClauseCommand::Property::Number, u"10"_s));
        QCOMPARE(stack->count(), 3); // derive, insert, renumber (merged)
        stack->push(new RemoveClauseCommand(*ws, byNumber(cl, u"8"_s)->id));

        cl = ws->clauses(r2);
        QVERIFY(!byNumber(cl, u"8"_s));
        QCOMPARE(cl.at(afterBis).number, u"3 ter"_s);
        QCOMPARE(cl.last().number, u"10"_s);
        for (int i = 0; i < cl.size(); ++i)
            QCOMPARE(cl[i].ordinal, i);

        // Comparing Rev.1 with R2 aligns through lineage despite renumbering.
        Comparison c = Comparison::compare(*ws, u"SAMPLE/CONSEQ/2026/Rev.1"_s, u"R2"_s);
        QCOMPARE(c.totals().clausesInserted, 1);
        QCOMPARE(c.totals().clausesDeleted, 1);
        QCOMPARE(c.totals().clausesRenumbered, 1);
        QCOMPARE(c.totals().clausesChanged, 0);
        // ... and the zero draft with R2 through Rev.1 (lineage over two generations).
        c = Comparison::compare(*ws, u"SAMPLE/CONSEQ/2026/ZD"_s, u"R2"_s);
        const Comparison cz =
            Comparison::compare(*ws, u"SAMPLE/CONSEQ/2026/ZD"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        QCOMPARE(c.totals().clausesMatched, cz.totals().clausesMatched - 1); // 8 is gone

        // Undo everything step by step: the workspace is as it was.
        stack->undo(); // delete
        cl = ws->clauses(r2);
        QVERIFY(byNumber(cl, u"8"_s));
        QCOMPARE(byNumber(cl, u"8"_s)->originId, byNumber(ws->clauses(rev1->id), u"8"_s)->id);
        stack->undo(); // renumber
        QVERIFY(byNumber(ws->clauses(r2), u"9"_s));
        stack->undo(); // insert
        QVERIFY(!byNumber(ws->clauses(r2), u"3 ter"_s));
        stack->undo(); // derive
        QVERIFY(!ws->documentBySymbol(u"R2"_s));
        while (stack->canRedo())
            stack->redo();
        cl = ws->clauses(ws->documentBySymbol(u"R2"_s)->id);
        QVERIFY(byNumber(cl, u"3 ter"_s) && byNumber(cl, u"10"_s) && !byNumber(cl, u"8"_s));
    }

    void deletingRestoresRevisionsPositionsAndDescendants()
    {
        auto ws = sample();
        const Document *zd = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/ZD"_s);
        const Document *rev1 = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        // Rev.1's clause 2 descends from zero-draft clause 2, which has positions.
        const Clause zd2 = *byNumber(ws->clauses(zd->id), u"2"_s);
        const qint64 rev1Clause2 = byNumber(ws->clauses(rev1->id), u"2"_s)->id;
        QCOMPARE(ws->clause(rev1Clause2)->originId, zd2.id);
        ws->undoStack()->push(
            new SetClauseTextCommand(*ws, zd2.id, zd2.text + u" Amended."_s, u"n"_s));
        const QList<ClauseRevision> revisions = ws->revisions(zd2.id);
        const qsizetype positions = ws->positions(zd2.id).size();
        const qsizetype total = ws->positionCount();

        ws->undoStack()->push(new RemoveClauseCommand(*ws, zd2.id));
        QVERIFY(!ws->clause(zd2.id));
        QCOMPARE(ws->clause(rev1Clause2)->originId, 0);
        QCOMPARE(ws->positionCount(), total - positions);

        ws->undoStack()->undo();
        const auto back = ws->clause(zd2.id);
        QVERIFY(back);
        QCOMPARE(back->ordinal, zd2.ordinal);
        QCOMPARE(back->text, zd2.text + u" Amended."_s);
        QCOMPARE(ws->clause(rev1Clause2)->originId, zd2.id);
        const QList<ClauseRevision> again = ws->revisions(zd2.id);
        QCOMPARE(again.size(), revisions.size());
        for (qsizetype i = 0; i < again.size(); ++i) {
            QCOMPARE(again[i].id, revisions[i].id);
            QCOMPARE(again[i].text, revisions[i].text);
            QCOMPARE(again[i].author, revisions[i].author);
        }
        QCOMPARE(ws->positions(zd2.id).size(), positions);
        QCOMPARE(ws->positionCount(), total);
        // Undo of the text edit still works after the round trip.
        ws->undoStack()->undo();
        QCOMPARE(ws->clause(zd2.id)->text, zd2.text);
    }

    void linkingToNorms()
    {
        auto ws = sample();
        const Document *zd = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/ZD"_s);
        const Clause c = ws->clauses(zd->id).first();
        const Norm *a = ws->normByCode(u"GGE2015-13a"_s);
        const qsizetype before = ws->clausesLinkedToNorm(a->id).size();
        ws->undoStack()->push(new ChangeClauseCommand(*ws, c.id,
                                                      ChangeClauseCommand::Property::Norms,
                                                      QVariant::fromValue(QList<qint64>{a->id})));
        QCOMPARE(ws->clausesLinkedToNorm(a->id).size(), before + 1);
        ws->undoStack()->undo();
        QCOMPARE(ws->clausesLinkedToNorm(a->id).size(), before);
        QCOMPARE(ws->clause(c.id)->normIds, c.normIds);
    }
};

QTEST_GUILESS_MAIN(TestLineage)
#include "tst_lineage.moc"
