// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// File > Import: a CSV with errors offers its valid rows, an import is one undoable step; a
// refused file says why; the dialog is looked at (a screenshot in the build folder).
#include "importdialog.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void csvWithErrors()
    {
        auto ws = TestSupport::sampleWorkspace(m_dir.filePath(u"d.plenipo"_s));
        const qsizetype before = ws->positionCount();
        const QString csv =
            write(u"positions.csv"_s, "document,clause,alternative,state,stance,note\r\n"
                                      "SAMPLE/CONSEQ/2026/ZD,1,,BRA,supports,from the dialog\r\n"
                                      "SAMPLE/CONSEQ/2026/ZD,1,,Atlantis,supports,\r\n"
                                      "SAMPLE/CONSEQ/2026/ZD,42,,IND,objects,\r\n");
        ImportDialog dialog(*ws);
        dialog.show();
        QVERIFY(!dialog.checkButton()->isEnabled());
        dialog.setFile(csv);
        QVERIFY(dialog.checkButton()->isEnabled());
        QVERIFY(!dialog.symbolEdit()->isEnabled()); // a draft option
        QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
        const QString report = dialog.reportView()->toPlainText();
        QVERIFY2(report.contains(u"error: line 3: unknown state 'Atlantis'"_s), qPrintable(report));
        QVERIFY2(report.contains(u"error: line 4: unknown clause '42'"_s), qPrintable(report));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.validRowsButton()->isEnabled());
        QVERIFY(dialog.statusLabel()->text().contains(u"2 row(s) have errors"_s));
        QCOMPARE(ws->positionCount(), before);

        const QString shot = QStringLiteral(PLENIPO_BUILD_DIR) + u"/importdialog-csv.png"_s;
        QVERIFY(dialog.grab().save(shot));

        QTest::mouseClick(dialog.validRowsButton(), Qt::LeftButton);
        QCOMPARE(ws->positionCount(), before + 1);
        QVERIFY(!dialog.validRowsButton()->isEnabled());
        QVERIFY(dialog.reportView()->toPlainText().contains(u"imported the valid rows only"_s));
        ws->undoStack()->undo();
        QCOMPARE(ws->positionCount(), before);
    }

    // Return in the file field checks the file; Return again imports it.
    void returnTakesTheNextStep()
    {
        auto ws = Workspace::create(m_dir.filePath(u"f.plenipo"_s),
                                    [](Workspace &w) { SampleBuilder::addStates(w); });
        ImportDialog dialog(*ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFile(write(u"keys.txt"_s, "Keys\n1. States cooperate.\n"));
        QTest::keyClick(dialog.symbolEdit(), Qt::Key_Return);
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(ws->documents().isEmpty()); // checked, nothing written
        QTest::keyClick(dialog.symbolEdit(), Qt::Key_Return);
        QCOMPARE(ws->documents().size(), 1);
        QCOMPARE(ws->documents().first().title, u"Keys"_s);
    }

    void refusedAndDraft()
    {
        auto ws = Workspace::create(m_dir.filePath(u"e.plenipo"_s),
                                    [](Workspace &w) { SampleBuilder::addStates(w); });
        ImportDialog dialog(*ws);
        dialog.show();
        dialog.setFile(write(u"evil.xml"_s, "<?xml version=\"1.0\"?>\n<!DOCTYPE a><a/>"));
        QVERIFY(!dialog.check());
        QVERIFY(dialog.statusLabel()->text().startsWith(u"Refused: "_s));
        QVERIFY(dialog.statusLabel()->text().contains(u"DTD"_s));
        QVERIFY(!dialog.importButton()->isEnabled());

        dialog.setFile(write(u"draft.txt"_s, "A draft\n1. States [shall][should] act.\n"
                                             "2. Second clause.\n"));
        QVERIFY(dialog.symbolEdit()->isEnabled());
        dialog.symbolEdit()->setText(u"DRAFT/7"_s);
        QVERIFY(dialog.check());
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(!dialog.validRowsButton()->isEnabled());
        QVERIFY(dialog.importNow());
        const Document *doc = ws->documentBySymbol(u"DRAFT/7"_s);
        QVERIFY(doc);
        const qint64 id = doc->id;
        QCOMPARE(ws->clauses(id).size(), 2);
        QVERIFY(!dialog.importButton()->isEnabled());
        // One undoable step, like every edit.
        QCOMPARE(ws->undoStack()->undoText(), u"Import draft.txt"_s);
        ws->undoStack()->undo();
        QVERIFY(!ws->documentBySymbol(u"DRAFT/7"_s));
        ws->undoStack()->redo();
        QCOMPARE(ws->documentBySymbol(u"DRAFT/7"_s)->id, id);
        QCOMPARE(ws->clauses(id).size(), 2);
        QVERIFY(
            dialog.grab().save(QStringLiteral(PLENIPO_BUILD_DIR) + u"/importdialog-draft.png"_s));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
