// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "commandguard.h"

#include "clauseview.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "workspaceopener.h"

#include "core/error.h"
#include "core/language.h"
#include "core/searchhit.h"
#include "navigatormodel.h"
#include "positionpanel.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "recentfiles.h"
#include "sample/samplebuilder.h"
#include "searchpanel.h"
#include "statesview.h"
#include "storage/workspace.h"
#include "workbench.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {
const auto fileFilter = QT_TRANSLATE_NOOP("Plenipo::MainWindow", "Plenipo workspaces (*.plenipo)");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workbench(new Workbench(this))
    , m_recent(new RecentFiles(this))
    , m_fileLabel(new QLabel(this))
{
    setCentralWidget(m_workbench);
    setWindowIcon(QIcon(u":/plenipo/icons/plenipo.svg"_s));
    statusBar()->addPermanentWidget(m_fileLabel);
    connect(m_workbench, &Workbench::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    createActions();
    installSearchAndPreferences(); // issue 12 part A

    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    m_workbench->splitter()->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_workbench->setWorkspace(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace..."), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Sample Workspace"), this, &MainWindow::openSampleWorkspace);
    file->addSeparator();
    m_saveAs =
        file->addAction(tr("Save &As..."), QKeySequence::SaveAs, this, &MainWindow::saveAsDialog);
    file->addAction(tr("&Import..."), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] {
        Workspace *ws = m_workbench->workspace();
        if (!ws || ws->isReadOnly())
            return;
        ImportDialog dialog(*ws, this);
        dialog.exec();
    });
    file->addAction(tr("&Export..."), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        const Workspace *ws = m_workbench->workspace();
        if (!ws)
            return;
        const auto clause = ws->clause(m_workbench->clauseView()->clause());
        ExportDialog dialog(*ws, clause ? clause->documentId : 0, this);
        dialog.exec();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Compare Texts..."), QKeySequence(Qt::CTRL | Qt::Key_D), this,
                     [this] { m_workbench->showComparison(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Plenipo"), this, &MainWindow::about)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);

    connect(m_recent, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    int n = 0;
    for (const QString &f : files) {
        QAction *a =
            m_recentMenu->addAction(u"&%1  %2"_s.arg(++n % 10).arg(QDir::toNativeSeparators(f)),
                                    this, [this, f] { openWorkspace(f); });
        a->setEnabled(QFileInfo::exists(f));
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), m_recent, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

QString MainWindow::sampleWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sample.plenipo"_s;
}

void MainWindow::openDefaultWorkspace()
{
    const QStringList recent = m_recent->files();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first())) {
        if (openWorkspace(recent.first()))
            return;
    }
    openSampleWorkspace();
}

bool MainWindow::openSampleWorkspace()
{
    const QString sample = sampleWorkspacePath();
    if (!QFileInfo::exists(sample)) {
        QDir().mkpath(QFileInfo(sample).absolutePath());
        try {
            Workspace::create(sample, &SampleBuilder::addSample);
        } catch (const Error &e) {
            QMessageBox::critical(this, tr("Cannot create the sample workspace"), e.message());
            return false;
        }
    }
    return openWorkspace(sample);
}

bool MainWindow::openWorkspace(const QString &path, bool readOnly)
{
    WorkspaceOpener::Result opened = WorkspaceOpener::open(this, path, readOnly);
    if (!opened.workspace) {
        if (opened.failure == Error::Kind::Io)
            m_recent->remove(path);
        return false;
    }
    setWorkspace(std::move(opened.workspace));
    m_recent->add(path);
    return true;
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_workbench->setWorkspace(nullptr);
    m_searchPanel->setWorkspace(nullptr); // issue 12 part A
    m_editMenu->clear();
    m_workspace = std::move(workspace);
    m_workbench->setWorkspace(m_workspace.get());
    m_searchPanel->setWorkspace(m_workspace.get()); // issue 12 part A
    if (m_workspace) {
        // Undo and Redo as QUndoStack's own actions show them (text and state follow the
        // stack), but run through CommandGuard so that a failing undo is reported, not thrown
        // out of the event loop.
        QUndoStack *stack = m_workspace->undoStack();
        auto *undo = new QAction(m_editMenu);
        auto *redo = new QAction(m_editMenu);
        undo->setShortcut(QKeySequence::Undo);
        redo->setShortcut(QKeySequence::Redo);
        const auto follow = [this, stack, undo, redo] {
            undo->setEnabled(stack->canUndo());
            undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
            redo->setEnabled(stack->canRedo());
            redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
        };
        follow();
        connect(stack, &QUndoStack::indexChanged, undo, follow);
        connect(stack, &QUndoStack::cleanChanged, undo, follow);
        connect(undo, &QAction::triggered, this, [this] {
            if (m_workspace)
                CommandGuard::undo(this, *m_workspace);
        });
        connect(redo, &QAction::triggered, this, [this] {
            if (m_workspace)
                CommandGuard::redo(this, *m_workspace);
        });
        m_editMenu->addAction(undo);
        m_editMenu->addAction(redo);
        // issue 12 part A: Edit > Find in Workspace.
        m_editMenu->addSeparator();
        m_editMenu->addAction(m_findInWorkspace);
        // The document count in the status bar follows imports, derivations and their undo.
        connect(m_workspace.get(), &Workspace::structureChanged, this, &MainWindow::updateTitle);
        connect(m_workspace.get(), &Workspace::filePathChanged, this, [this](const QString &p) {
            m_recent->add(p);
            updateTitle();
        });
        statusBar()->showMessage(
            tr("Opened %1")
                .arg(Language::isolate(QDir::toNativeSeparators(m_workspace->filePath()))),
            5000);
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    m_saveAs->setEnabled(m_workspace != nullptr);
    if (!m_workspace) {
        setWindowTitle(u"Plenipo"_s);
        m_fileLabel->setText(tr("No workspace"));
        return;
    }
    const QString name = QFileInfo(m_workspace->filePath()).fileName();
    const QString ro = m_workspace->isReadOnly() ? tr(" [read-only]") : QString();
    setWindowTitle(u"%1%2 \u2014 Plenipo"_s.arg(name, ro));
    m_fileLabel->setText(
        //: %1 is the file, %2 " [read-only]" or nothing, %3 "193 states", %4 "5 documents"
        tr("%1%2 \u2022 %3 \u2022 %4")
            .arg(Language::isolate(QDir::toNativeSeparators(m_workspace->filePath())), ro,
                 tr("%n state(s)", nullptr, int(m_workspace->states().size())),
                 tr("%n document(s)", nullptr, int(m_workspace->documents().size()))));
}

void MainWindow::newWorkspace()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Workspace"), QDir::homePath(), tr(fileFilter));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".plenipo"_s))
        path += u".plenipo"_s;
    try {
        if (QFileInfo::exists(path))
            throw Error(Error::Kind::Io, tr("%1 exists already; choose another name.").arg(path));
        Workspace::create(path, [](Workspace &w) { SampleBuilder::addStates(w); });
    } catch (const Error &e) {
        QMessageBox::critical(this, tr("Cannot create workspace"), e.message());
        return;
    }
    openWorkspace(path);
}

void MainWindow::openDialog()
{
    const QString dir =
        m_workspace ? QFileInfo(m_workspace->filePath()).absolutePath() : QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir, tr(fileFilter));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveAsDialog()
{
    if (!m_workspace)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Workspace As"),
                                                m_workspace->filePath(), tr(fileFilter));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".plenipo"_s))
        path += u".plenipo"_s;
    try {
        m_workspace->saveAs(path);
    } catch (const Error &e) {
        QMessageBox::critical(this, tr("Cannot save workspace"), e.message());
        return;
    }
    statusBar()->showMessage(
        tr("Saved a copy as %1; you are now working on it.").arg(QDir::toNativeSeparators(path)),
        8000);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Plenipo"),
        tr("<h3>Plenipo %1</h3><p>A workbench for negotiating norms and treaty texts: bracketed "
           "drafts, the positions of states on every paragraph, consensus and coalitions.</p>"
           "<p>State data derived from the mledoze/countries data set (ODbL 1.0). Sample "
           "positions are illustrative.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

// ---- issue 12 part A: Find in Workspace, Settings > Configure Plenipo (hook) ------------------

void MainWindow::installSearchAndPreferences()
{
    Preferences::load().apply(); // who you are: the author of every change

    m_searchPanel = new SearchPanel(this);
    m_searchDock = new QDockWidget(tr("Find in Workspace"), this);
    m_searchDock->setObjectName(u"searchDock"_s);
    m_searchDock->setWidget(m_searchPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    connect(m_searchPanel, &SearchPanel::openRequested, this, &MainWindow::openSearchHit);

    m_findInWorkspace =
        new QAction(QIcon::fromTheme(u"edit-find"_s), tr("Find in &Workspace..."), this);
    m_findInWorkspace->setObjectName(u"findInWorkspace"_s);
    m_findInWorkspace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_findInWorkspace->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_findInWorkspace, &QAction::triggered, this, &MainWindow::showSearch);
    addAction(m_findInWorkspace); // the shortcut works with the menu bar hidden too
    m_editMenu->addAction(m_findInWorkspace);

    QToolBar *bar = addToolBar(tr("Search"));
    bar->setObjectName(u"searchToolBar"_s);
    m_searchField = new QLineEdit(bar);
    m_searchField->setObjectName(u"toolbarSearch"_s);
    m_searchField->setPlaceholderText(tr("Find in workspace (Ctrl+Shift+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(m_searchField->fontMetrics().averageCharWidth() * 36);
    bar->addWidget(m_searchField);
    connect(m_searchField, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_searchDock->show();
        m_searchPanel->setQueryText(text);
    });
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        m_searchDock->show();
        m_searchPanel->setQueryText(m_searchField->text());
        if (!m_searchPanel->hits().isEmpty())
            openSearchHit(m_searchPanel->hits().first());
    });

    // Settings > Configure Plenipo, before Help.
    auto *settings = new QMenu(tr("&Settings"), this);
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), settings);
    QAction *configure = settings->addAction(QIcon::fromTheme(u"configure"_s),
                                             tr("&Configure Plenipo..."), this, [this] {
                                                 PreferencesDialog dialog(m_workspace.get(), this);
                                                 dialog.exec();
                                             });
    configure->setMenuRole(QAction::PreferencesRole);
    configure->setObjectName(u"configurePlenipo"_s);
}

void MainWindow::showSearch()
{
    m_searchDock->show();
    m_searchDock->raise();
    m_searchPanel->focusQuery();
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Clause:
    case SearchHit::Kind::Revision:
        if (m_workbench->selectClause(hit.clauseId)) {
            m_workbench->centreTabs()->setCurrentWidget(m_workbench->clauseView());
            // An earlier revision: select it in the history, which shows its text.
            QTreeWidget *history = m_workbench->clauseView()->history();
            if (hit.kind == SearchHit::Kind::Revision && hit.revisionNumber > 0 &&
                hit.revisionNumber <= history->topLevelItemCount())
                history->setCurrentItem(history->topLevelItem(hit.revisionNumber - 1));
        }
        break;
    case SearchHit::Kind::Position:
        if (m_workbench->selectClause(hit.clauseId))
            m_workbench->centreTabs()->setCurrentWidget(m_workbench->positionPanel());
        break;
    case SearchHit::Kind::Document:
    case SearchHit::Kind::Norm: {
        const QModelIndex index = m_workbench->navigatorModel()->find(
            hit.kind == SearchHit::Kind::Document ? NavigatorModel::NodeKind::Document
                                                  : NavigatorModel::NodeKind::Norm,
            hit.id);
        if (index.isValid()) {
            m_workbench->navigator()->scrollTo(index);
            m_workbench->navigator()->setCurrentIndex(index);
        }
        break;
    }
    case SearchHit::Kind::State:
        m_workbench->statesView()->setSearchText(hit.states.value(0));
        break;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/splitter"_s, m_workbench->splitter()->saveState());
    event->accept();
}

} // namespace Plenipo
