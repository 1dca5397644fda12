// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Item models of the workbench, checked by QAbstractItemModelTester on the sample workspace;
// the navigator and the consensus engine follow the workspace's precise change signals.
#include "commands/changeclausecommand.h"
#include "commands/commandrunner.h"
#include "commands/derivecoalitiondocumentcommand.h"
#include "commands/derivedocumentcommand.h"
#include "commands/importdocumentcommand.h"
#include "commands/insertclausecommand.h"
#include "commands/removeclausecommand.h"
#include "commands/setclausetextcommand.h"
#include "commands/setpositionscommand.h"
#include "consensus/coalitionanalysis.h"
#include "consensus/consensusengine.h"
#include "navigatormodel.h"
#include "sample/samplebuilder.h"
#include "statefilterproxymodel.h"
#include "statetablemodel.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestNavigatorModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    static QStringList childTexts(const QAbstractItemModel &m, const QModelIndex &parent)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(parent); ++r)
            out << m.index(r, 0, parent).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = TestSupport::sampleWorkspace(m_dir.filePath(u"nav.plenipo"_s));
    }

    void structure()
    {
        NavigatorModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws.get());
        QCOMPARE(childTexts(model, {}), QStringList({u"Processes"_s, u"Norms catalogue"_s}));
        const QModelIndex processes = model.index(0, 0);
        QCOMPARE(model.rowCount(processes), 8);
        QVERIFY(childTexts(model, processes).contains(u"OEWG (2021-25)"_s));

        const Document *report = m_ws->documentBySymbol(u"A/70/174"_s);
        const QModelIndex doc = model.find(NavigatorModel::NodeKind::Document, report->id);
        QVERIFY(doc.isValid());
        QCOMPARE(doc.parent().data().toString(), u"GGE (2014-15)"_s);
        QCOMPARE(model.rowCount(doc), 11);
        QVERIFY(model.index(5, 0, doc).data().toString().startsWith(u"13(f)  "_s));

        const QModelIndex norms = model.index(1, 0);
        QCOMPARE(model.rowCount(norms), 11);
        const QModelIndex f =
            model.find(NavigatorModel::NodeKind::Norm, m_ws->normByCode(u"GGE2015-13f"_s)->id);
        QVERIFY(f.isValid());
        QVERIFY(model.rowCount(f) >= 2);
        const QStringList linked = childTexts(model, f);
        QVERIFY(linked.first().startsWith(u"A/70/174 13(f)"_s));
        QVERIFY(std::any_of(linked.cbegin(), linked.cend(),
                            [](const QString &t) { return t.startsWith(u"SAMPLE/CONSEQ"_s); }));
    }

    void followsWorkspaceChanges()
    {
        auto ws = TestSupport::sampleWorkspace(m_dir.filePath(u"changes.plenipo"_s));
        NavigatorModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(ws.get());
        const Document *rev1 = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        const int before = model.rowCount(model.find(NavigatorModel::NodeKind::Document, rev1->id));
        Clause c;
        c.documentId = rev1->id;
        c.number = u"10"_s;
        c.text = u"New closing paragraph."_s;
        const qint64 id = ws->addClause(c);
        const QModelIndex doc = model.find(NavigatorModel::NodeKind::Document, rev1->id);
        QCOMPARE(model.rowCount(doc), before + 1);
        QVERIFY(model.find(NavigatorModel::NodeKind::Clause, id).isValid());
        ws->reviseClause(id, u"Revised closing paragraph."_s, {});
        QVERIFY(model.find(NavigatorModel::NodeKind::Clause, id)
                    .data()
                    .toString()
                    .contains(u"Revised"_s));
        model.setWorkspace(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // Every kind of edit, its undo and its redo: the model inserts, removes and updates rows
    // (QAbstractItemModelTester checks each step), never resets, and a tree view keeps what
    // was expanded and selected. The consensus engine, which analyses again only the clauses a
    // change touches, says at each step what a new engine on the same document says.
    void keepsExpansionAndSelectionThroughEveryEdit()
    {
        auto ws = TestSupport::sampleWorkspace(m_dir, u"script.plenipo"_s);
        NavigatorModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(ws.get());
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QTreeView view;
        view.setModel(&model);

        const Document *zd = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/ZD"_s);
        const Document *rev1 = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        const qint64 rev1Id = rev1->id, zdId = zd->id;
        ConsensusEngine engine(*ws);
        engine.setDocument(rev1Id);
        engine.setMembers(ws->processMemberSet(*ws->process(rev1->processId)));
        const QModelIndex zdIndex = model.find(NavigatorModel::NodeKind::Document, zdId);
        const QModelIndex rev1Index = model.find(NavigatorModel::NodeKind::Document, rev1Id);
        view.expand(zdIndex.parent());
        view.expand(zdIndex);
        view.expand(rev1Index);
        const Clause selected = TestSupport::clauseByNumber(*ws, rev1->symbol, u"3"_s);
        QVERIFY(selected.id);
        view.setCurrentIndex(model.find(NavigatorModel::NodeKind::Clause, selected.id));

        const auto describe = [](const ConsensusEngine &e) {
            QStringList out;
            for (const ClauseConsensus &c : e.clauses())
                out << u"%1 #%2 %3 blockers %4 silent %5"_s.arg(c.clauseId)
                           .arg(c.ordinal)
                           .arg(int(c.status))
                           .arg(c.blockers.count())
                           .arg(c.silent.count());
            const DocumentConsensus &s = e.summary();
            out << u"counts %1 %2 %3 %4 %5 clauses %6 spans %7 blocked %8"_s.arg(s.counts[0])
                       .arg(s.counts[1])
                       .arg(s.counts[2])
                       .arg(s.counts[3])
                       .arg(s.counts[4])
                       .arg(s.clauseCount)
                       .arg(s.bracketedSpans)
                       .arg(s.blockedClauses.size());
            for (qint64 id : s.blockedClauses)
                out << u"blocked %1"_s.arg(id);
            return out.join(u'\n');
        };
        const auto check = [&](const char *step) {
            QVERIFY2(resets.isEmpty(), step);
            const QModelIndex zdNow = model.find(NavigatorModel::NodeKind::Document, zdId);
            const QModelIndex rev1Now = model.find(NavigatorModel::NodeKind::Document, rev1Id);
            QVERIFY2(view.isExpanded(zdNow) && view.isExpanded(rev1Now), step);
            QVERIFY2(view.isExpanded(zdNow.parent()), step);
            QCOMPARE(view.currentIndex().data(NavigatorModel::IdRole).toLongLong(), selected.id);
            // The rows under Rev.1 are its clauses, in order, with their numbers.
            QStringList want, have;
            for (const Clause &c : ws->clauses(rev1Id))
                want << u"%1 %2"_s.arg(c.id).arg(c.number);
            for (int r = 0; r < model.rowCount(rev1Now); ++r) {
                const QModelIndex i = model.index(r, 0, rev1Now);
                have << u"%1 %2"_s.arg(i.data(NavigatorModel::IdRole).toLongLong())
                            .arg(i.data()
                                     .toString()
                                     .section(u"  "_s, 0, 0)
                                     .remove(QRegularExpression(u"[\\x{2066}-\\x{2069}]"_s)));
            }
            QCOMPARE(have, want);
            ConsensusEngine fresh(*ws);
            fresh.setDocument(rev1Id);
            fresh.setMembers(engine.members());
            QCOMPARE(describe(engine), describe(fresh));
        };

        const Clause first = TestSupport::clauseByNumber(*ws, rev1->symbol, u"1"_s);
        const Clause second = TestSupport::clauseByNumber(*ws, rev1->symbol, u"2"_s);
        const qint64 norm = ws->normByCode(u"GGE2015-13b"_s)->id;
        Clause inserted;
        inserted.documentId = rev1Id;
        inserted.number = u"1 bis"_s;
        inserted.text = u"States [shall][should] not object to the inserted text."_s;
        Document derived;
        derived.symbol = u"SAMPLE/CONSEQ/2026/Rev.2"_s;
        derived.title = u"Rev.2"_s;
        derived.kind = Document::Kind::Revision;
        Document coalition;
        coalition.symbol = u"SAMPLE/CONSEQ/2026/JS"_s;
        coalition.title = u"Joint statement"_s;
        const CoalitionAnalysis analysis(*ws, rev1Id,
                                         ws->stateSet(ws->group(u"JS2019"_s)->members));
        QList<QUndoCommand *> commands = {
            new SetClauseTextCommand(*ws, first.id, u"Edited [text]."_s, {}),
            new ChangeClauseCommand(*ws, first.id, ChangeClauseCommand::Property::Number,
                                    u"1 (new)"_s),
            new ChangeClauseCommand(*ws, first.id, ChangeClauseCommand::Property::Norms,
                                    QVariant::fromValue(QList<qint64>{norm})),
            new InsertClauseCommand(*ws, inserted, 1),
            new RemoveClauseCommand(*ws, second.id),
            SetPositionsCommand::setStance(*ws, first.id, {}, {u"FRA"_s}, Stance::Objects),
            new DeriveDocumentCommand(*ws, rev1Id, derived),
            new DeriveCoalitionDocumentCommand(*ws, analysis, coalition),
        };
        // A row whose text changes tells the view to repaint it (the first two edits).
        QSignalSpy repainted(&model, &QAbstractItemModel::dataChanged);
        const auto repaintedClause = [&](qint64 id) {
            for (const QList<QVariant> &args : std::as_const(repainted)) {
                if (args.at(0).toModelIndex().data(NavigatorModel::IdRole).toLongLong() == id)
                    return true;
            }
            return false;
        };
        for (qsizetype i = 0; i < commands.size(); ++i) {
            const QByteArray step = commands[i]->text().toUtf8();
            repainted.clear();
            const auto failure = CommandRunner::push(*ws, commands[i]);
            QVERIFY2(!failure, failure ? qPrintable(failure->message) : step.constData());
            check(step.constData());
            if (i < 2)
                QVERIFY2(repaintedClause(first.id), step.constData());
        }
        auto import = ImportDocumentCommand::run(
            *ws,
            [&] {
                Process p;
                p.code = u"IMPORTED"_s;
                p.name = u"Imported process"_s;
                Document d;
                d.symbol = u"A/RES/99/1"_s;
                d.title = u"Imported"_s;
                d.processId = ws->addProcess(p);
                Clause c;
                c.documentId = ws->addDocument(d);
                c.number = u"1"_s;
                c.text = u"Imported."_s;
                ws->addClause(c);
            },
            u"Import"_s);
        QVERIFY(!CommandRunner::push(*ws, import.release()));
        check("import");
        QVERIFY(
            model
                .find(NavigatorModel::NodeKind::Document, ws->documentBySymbol(u"A/RES/99/1"_s)->id)
                .isValid());
        while (ws->undoStack()->canUndo()) {
            const QByteArray step = "undo " + ws->undoStack()->undoText().toUtf8();
            QVERIFY2(!CommandRunner::undo(*ws), step.constData());
            check(step.constData());
        }
        QVERIFY(!ws->documentBySymbol(u"A/RES/99/1"_s));
        while (ws->undoStack()->canRedo()) {
            const QByteArray step = "redo " + ws->undoStack()->redoText().toUtf8();
            QVERIFY2(!CommandRunner::redo(*ws), step.constData());
            check(step.constData());
        }
        QVERIFY(model
                    .find(NavigatorModel::NodeKind::Document,
                          ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/JS"_s)->id)
                    .isValid());
    }

    void stateTableAndFilter()
    {
        StateTableModel table;
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setWorkspace(m_ws.get());
        QCOMPARE(table.rowCount(), 193);
        StateFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&table);
        const StateGroup *js = m_ws->group(u"JS2019"_s);
        proxy.setMembers(QSet<QString>(js->members.cbegin(), js->members.cend()));
        QCOMPARE(proxy.rowCount(), 27);
        proxy.setSearchText(u"KINGDOM"_s);
        // Belgium? no: official names matched — Kingdom of Belgium, Denmark, Netherlands, Norway,
        // Spain, Sweden, United Kingdom.
        QCOMPARE(proxy.rowCount(), 7);
        proxy.setMembers(std::nullopt);
        proxy.setSearchText(u"TURKIYE"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, StateTableModel::CodeColumn).data().toString(), u"TUR"_s);

        // Stances on a clause appear in the last column.
        const Document *rev1 = m_ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        qint64 clauseId = 0;
        Position sample;
        for (const Clause &c : m_ws->clauses(rev1->id)) {
            for (const Position &p : m_ws->positions(c.id)) {
                if (p.alternative.isEmpty() && p.stance == Stance::Objects) {
                    clauseId = c.id;
                    sample = p;
                }
            }
        }
        QVERIFY(clauseId);
        table.setClause(clauseId);
        for (int r = 0; r < table.rowCount(); ++r) {
            if (table.index(r, 0).data(StateTableModel::Iso3Role).toString() == sample.state) {
                QCOMPARE(table.index(r, StateTableModel::StanceColumn).data().toString(),
                         u"objects"_s);
                return;
            }
        }
        QFAIL("state not found");
    }
};

QTEST_MAIN(TestNavigatorModel)
#include "tst_navigatormodel.moc"
