// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// File > Export: the dialog's choices, an export, a cancelled export, and a picture of it.
#include "exportdialog.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_draftId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ws = TestSupport::sampleWorkspace(m_dir.filePath(u"sample.plenipo"_s));
        m_draftId = m_ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1")->id;
    }

    void choices()
    {
        ExportDialog dialog(*m_ws, m_draftId);
        QCOMPARE(dialog.documentBox()->currentData().toLongLong(), m_draftId);
        QCOMPARE(dialog.documentBox()->count(), m_ws->documents().size());
        QStringList formats;
        for (int i = 0; i < dialog.formatBox()->count(); ++i)
            formats.append(dialog.formatBox()->itemData(i).toString());
        QVERIFY(formats.contains(u"docx"_s) && formats.contains(u"pdf"_s) &&
                formats.contains(u"odt"_s));
        // the suggested file follows the format and the document
        QVERIFY2(dialog.pathEdit()->text().endsWith(u"SAMPLE-CONSEQ-2026-Rev.1.docx"_s),
                 qPrintable(dialog.pathEdit()->text()));
        dialog.formatBox()->setCurrentIndex(int(formats.indexOf(u"pdf"_s)));
        QVERIFY(dialog.pathEdit()->text().endsWith(u".pdf"_s));

        // a coalition never takes internal material: the box is cleared and disabled
        dialog.internalBox()->setChecked(true);
        const int js = dialog.coalitionBox()->findData(u"JS2019"_s);
        QVERIFY(js > 0);
        dialog.coalitionBox()->setCurrentIndex(js);
        QVERIFY(!dialog.internalBox()->isChecked());
        QVERIFY(!dialog.internalBox()->isEnabled());
        QVERIFY(dialog.pathEdit()->text().endsWith(u"-JS2019.pdf"_s));
        dialog.coalitionBox()->setCurrentIndex(0);
        QVERIFY(dialog.internalBox()->isEnabled());
    }

    void exportWritesTheFile()
    {
        ExportDialog dialog(*m_ws, m_draftId);
        const QString file = m_dir.filePath(u"out.docx"_s);
        dialog.pathEdit()->setText(file);
        QVERIFY(!dialog.openButton()->isEnabled());
        QVERIFY(dialog.exportNow());
        QVERIFY(QFile::exists(file));
        QCOMPARE(dialog.pathEdit()->text(), file); // still shows where the file went
        QCOMPARE(dialog.exportedFile(), file);
        QVERIFY(dialog.openButton()->isEnabled());
        QVERIFY(dialog.showFolderButton()->isEnabled());
        QVERIFY(dialog.resultLabel()->text().contains(u"Exported to"_s));
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString png = QDir::temp().filePath(u"plenipo-exportdialog.png"_s);
        QVERIFY(dialog.grab().save(png));
        qInfo("screenshot: %s", qPrintable(png));
    }

    // Cancel during the export (as the Cancel button does): no file, and the dialog says so.
    void cancelLeavesNoFile()
    {
        ExportDialog dialog(*m_ws, m_draftId);
        const QString file = m_dir.filePath(u"cancelled.odt"_s);
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"odt"_s));
        dialog.pathEdit()->setText(file);
        bool sawRunning = false;
        connect(&dialog, &ExportDialog::progressed, &dialog, [&](qint64 done, qint64) {
            if (done == 2) {
                sawRunning = dialog.isExporting() && !dialog.formatBox()->isEnabled();
                dialog.reject(); // Escape / Cancel while running cancels, it does not close
            }
        });
        QVERIFY(!dialog.exportNow());
        QVERIFY(sawRunning);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled*"_s}), QStringList());
        QVERIFY(dialog.resultLabel()->text().contains(u"cancelled"_s));
        QVERIFY(!dialog.openButton()->isEnabled());
        QVERIFY(dialog.formatBox()->isEnabled());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
