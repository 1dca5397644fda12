// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Item models of the workbench, checked by QAbstractItemModelTester on the sample workspace.
#include "navigatormodel.h"
#include "sample/samplebuilder.h"
#include "statefilterproxymodel.h"
#include "statetablemodel.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

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
        m_ws = Workspace::create(m_dir.filePath(u"nav.plenipo"_s), SampleBuilder::addSample);
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
        auto ws = Workspace::create(m_dir.filePath(u"changes.plenipo"_s), SampleBuilder::addSample);
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
