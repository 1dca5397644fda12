// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every screen and dialog of the workbench (ScreenTour, the same list packaging/screenshots
// photographs) at 1280x720 and 1920x1080, light and dark: fails when a shown label, button,
// header, combo box item or tree cell is cut off (ClippingCheck). A failing screen is saved as
// clipping-SIZE-THEME-SCREEN.png beside the test. With PLENIPO_CLIPPING_LANGUAGE=CODE (the
// tst_clipping_ar, ..._zh... tests) the window speaks that language (Arabic right to left) and
// only the light theme is checked: the colours do not change what fits.
#include "clippingcheck.h"

#include "combopopup.h"
#include "interfacelanguage.h"

#include "mainwindow.h"
#include "screentour.h"

#include "sample/samplebuilder.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Plenipo;

class TestClipping : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ScreenTour> m_tour;
    QString m_language; // empty: English

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Plenipo-tests"_s);
        QCoreApplication::setApplicationName(u"tst_clipping"_s);
        const QString config =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QDir(config).remove(u"tst_clippingrc"_s);
        QDir(config).remove(u"Plenipo-tests/tst_clipping.conf"_s);
        QVERIFY(m_dir.isValid());
        m_language = qEnvironmentVariable("PLENIPO_CLIPPING_LANGUAGE");
        if (!m_language.isEmpty())
            InterfaceLanguage::install(*qApp, m_language);
        const QString path = m_dir.filePath(u"sample.plenipo"_s);
        TestSupport::sampleWorkspace(path);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openWorkspace(path));
        m_tour = std::make_unique<ScreenTour>(*m_window);
    }

    // The check itself finds what it must: a label, a button, a combo item and a cell that
    // do not fit, and nothing in the same widgets made wide enough.
    void theCheckFindsClippedText()
    {
        QWidget w;
        auto *label = new QLabel(u"Reservation on paragraph 13(f)"_s, &w);
        auto *button = new QPushButton(u"Set for Selection"_s, &w);
        auto *tree = new QTreeWidget(&w);
        tree->setHeaderLabels({u"State"_s, u"Fails because of"_s});
        new QTreeWidgetItem(tree, {u"Western European and Others Group"_s, u"x"_s});
        auto *layout = new QVBoxLayout(&w);
        layout->addWidget(label);
        layout->addWidget(button);
        layout->addWidget(tree);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setFixedSize(400, 300);
        tree->resizeColumnToContents(0);
        QTest::qWait(20);
        QVERIFY2(ClippingCheck::problems(&w).isEmpty(),
                 qPrintable(ClippingCheck::problems(&w).join(u'\n')));
        tree->setColumnWidth(0, 40);
        label->setFixedWidth(30);
        button->setFixedWidth(30);
        QTest::qWait(20);
        const QStringList found = ClippingCheck::problems(&w);
        QVERIFY2(found.size() >= 3, qPrintable(found.join(u'\n')));
        QVERIFY(found.join(u'\n').contains(u"Reservation on paragraph"_s));
        QVERIFY(found.join(u'\n').contains(u"Set for Selection"_s));
        QVERIFY(found.join(u'\n').contains(u"Western European"_s));

        // A check box of its full width whose panel is narrower: cut at the panel's edge.
        QWidget panel;
        auto *inner = new QWidget(&panel);
        auto *box = new QCheckBox(u"Earlier revisions of every clause"_s, inner);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setFixedSize(300, 60);
        inner->setGeometry(0, 0, 120, 60);
        box->setGeometry(0, 0, box->sizeHint().width(), box->sizeHint().height());
        QTest::qWait(20);
        const QStringList cut = ClippingCheck::problems(&panel);
        QVERIFY2(cut.join(u'\n').contains(u"cut by its container"_s), qPrintable(cut.join(u'\n')));
        inner->setGeometry(0, 0, 300, 60);
        QTest::qWait(20);
        QVERIFY2(ClippingCheck::problems(&panel).isEmpty(),
                 qPrintable(ClippingCheck::problems(&panel).join(u'\n')));
    }

    // A closed combo box too narrow for its text shows it with an ellipsis (the style alone
    // cuts it mid-letter), the whole text in its items' tooltips; wide enough, the whole text.
    void narrowComboBoxesElide()
    {
        QComboBox combo;
        const QString name = u"Like-minded consultations on consequences (illustrative) (27)"_s;
        combo.addItem(name);
        ComboPopup::follow(&combo);
        combo.setFixedWidth(160);
        combo.show();
        QVERIFY(QTest::qWaitForWindowExposed(&combo));
        const QString shown = ComboPopup::closedText(&combo);
        QVERIFY2(shown.endsWith(QChar(0x2026)) && shown.size() < name.size(), qPrintable(shown));
        QVERIFY(name.startsWith(shown.chopped(1)));
        QCOMPARE(combo.itemData(0, Qt::ToolTipRole).toString(), name);
        combo.setFixedWidth(combo.fontMetrics().horizontalAdvance(name) + 80);
        QCOMPARE(ComboPopup::closedText(&combo), name);
    }

    void screens_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("screen");
        for (const QSize &size : {QSize(1280, 720), QSize(1920, 1080)}) {
            for (bool dark : {false, true}) {
                if (dark && !qEnvironmentVariableIsEmpty("PLENIPO_CLIPPING_LANGUAGE"))
                    continue;
                for (const QString &screen : ScreenTour::screens())
                    QTest::addRow("%dx%d-%s-%s", size.width(), size.height(),
                                  dark ? "dark" : "light", qPrintable(screen))
                        << size << dark << screen;
            }
        }
    }

    void screens()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        QFETCH(QString, screen);
        ScreenTour::setDarkPalette(dark);
        m_window->resize(size);
        QWidget *shown = m_tour->show(screen);
        QVERIFY(shown);
        if (shown != m_window.get() && shown->isWindow())
            shown->resize(shown->size().boundedTo(size));
        QVERIFY(QTest::qWaitForWindowExposed(shown));
        QTest::qWait(30); // layouts and deferred refreshes settle
        const QStringList problems = ClippingCheck::problems(shown);
        if (!problems.isEmpty())
            shown->grab().save(
                QDir(QStringLiteral(PLENIPO_BUILD_DIR))
                    .filePath(u"clipping-%1x%2-%3-%4%5.png"_s.arg(size.width())
                                  .arg(size.height())
                                  .arg(dark ? u"dark"_s : u"light"_s, screen,
                                       m_language.isEmpty() ? QString() : u"-"_s + m_language)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_tour.reset();
        m_window.reset();
        // Objects the dialogs scheduled for deletion (deleteLater) after the last event loop
        // pass: deleted here, not leaked at exit.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!m_language.isEmpty())
            InterfaceLanguage::install(*qApp, u"en"_s);
    }
};

QTEST_MAIN(TestClipping)
#include "tst_clipping.moc"
