// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "bulkimportprogress.h"
#include "clauseeditor.h"
#include "clauseview.h"
#include "commandguard.h"
#include "comparisonview.h"
#include "connectserverdialog.h"
#include "exportdialog.h"
#include "handbookdialog.h"
#include "importdialog.h"
#include "interfacelanguage.h"
#include "shortcutlistdialog.h"
#include "statesview.h"
#include "workbench.h"
#include "workspaceopener.h"

#include "core/error.h"
#include "core/language.h"
#include "sample/samplebuilder.h"
#include "storage/serversession.h"
#include "storage/serversnapshot.h"
#include "storage/workspace.h"

#include "navigatormodel.h"
#include "positionpanel.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "searchpanel.h"

#include "core/searchhit.h"

#include <KActionCollection>
#include <KConfigGroup>
#include <KRecentFilesAction>
#include <KSharedConfig>
#include <KStandardAction>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QWidgetAction>

#include <QUndoStack>

#include <algorithm>
#include <ranges>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {
const auto fileFilter = QT_TRANSLATE_NOOP("Plenipo::MainWindow", "Plenipo workspaces (*.plenipo)");
const auto lastClausesKey = u"workbench/lastClauses"_s;
// A change on the server is brought in unasked when reading the workspace takes less than this
// (PLENIPO_SERVER_AUTO_REFRESH_MS overrides it).
constexpr qint64 autoRefreshLimitMs = 2000;

KConfigGroup recentGroup()
{
    return KSharedConfig::openConfig()->group(u"Recent Files"_s);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : KXmlGuiWindow(parent)
    , m_workbench(new Workbench(this))
    , m_navigatorDock(new QDockWidget(tr("Navigator"), this))
    , m_statesDock(new QDockWidget(tr("States"), this))
    , m_fileLabel(new QLabel(this))
    , m_serverLabel(new QLabel(this))
{
    // The .rc file is looked up by component name; tests run under their own application name.
    setComponentName(u"plenipo"_s, tr("Plenipo"));
    setObjectName(u"plenipoMainWindow"_s);
    setCentralWidget(m_workbench);
    setWindowIcon(QIcon(u":/plenipo/icons/plenipo.svg"_s));

    // The side panels become dock widgets; the centre keeps the clause, positions, matrix,
    // coalition and chart tabs.
    m_navigatorDock->setObjectName(u"navigatorDock"_s);
    m_navigatorDock->setWidget(m_workbench->navigator());
    // A navigator narrower than this shows no usable name: the centre gives way first.
    m_workbench->navigator()->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    m_statesDock->setObjectName(u"statesDock"_s);
    m_statesDock->setWidget(m_workbench->statesView());
    if (auto *title = m_workbench->statesView()->findChild<QLabel *>(u"statesTitle"_s))
        title->hide(); // the dock's title bar says "States"
    addDockWidget(Qt::RightDockWidgetArea, m_statesDock);

    // Issue 12 part A: Find in Workspace is a dock too (hidden until asked for).
    Preferences::load().apply(); // who you are: the author of every change
    m_searchPanel = new SearchPanel(this);
    m_searchDock = new QDockWidget(tr("Find in Workspace"), this);
    m_searchDock->setObjectName(u"searchDock"_s);
    m_searchDock->setWidget(m_searchPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    connect(m_searchPanel, &SearchPanel::openRequested, this, &MainWindow::openSearchHit);

    m_serverLabel->setObjectName(u"serverIdentity"_s);
    m_serverLabel->hide();
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_fileLabel);
    m_refreshRetry.setSingleShot(true);
    connect(&m_refreshRetry, &QTimer::timeout, this, &MainWindow::refreshFromServer);
    connect(m_workbench, &Workbench::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    createActions();
    // Toolbar, shortcuts and toolbar editing, status bar, saved window state; the menus from
    // plenipo.rc. The size is the first run's; later runs get the user's own.
    setupGUI(QSize(1280, 800), Default, u"plenipo.rc"_s);
    // Arabic: KDE's menus put some accelerators inside a word, which breaks its joining.
    if (Language::current() == u"ar") {
        for (QAction *title : menuBar()->actions()) {
            title->setText(InterfaceLanguage::wordStartAccelerator(title->text()));
            if (QMenu *menu = title->menu()) {
                for (QAction *a : menu->actions())
                    a->setText(InterfaceLanguage::wordStartAccelerator(a->text()));
            }
        }
    }
    // The handbook replaces KHelpMenu's "help_contents" (it would look for KHelpCenter).
    if (QAction *contents = action(u"help_contents"_s)) {
        disconnect(contents, &QAction::triggered, nullptr, nullptr);
        contents->setText(tr("Plenipo &Handbook"));
        connect(contents, &QAction::triggered, this, [this] { showHandbook(); });
    }
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Nothing may call back into this window while its parts go: the views first forget the
    // workspace, then the workspace (and its undo stack, whose clearing emits) goes while the
    // window is whole.
    m_workbench->disconnect(this);
    m_workbench->clauseView()->disconnect(this);
    m_workbench->setWorkspace(nullptr);
    m_searchPanel->setWorkspace(nullptr);
    if (m_workspace) {
        m_workspace->undoStack()->disconnect(this);
        m_workspace->undoStack()->disconnect(action(u"edit_undo"_s));
        m_workspace->undoStack()->disconnect(action(u"edit_redo"_s));
        m_workspace->disconnect(this);
    }
    m_workspace.reset();
    m_server.reset();
    m_serverSession.reset();
}

QAction *MainWindow::action(const QString &name) const
{
    return actionCollection()->action(name);
}

void MainWindow::createActions()
{
    KActionCollection *ac = actionCollection();
    const auto add = [this, ac](const QString &name, const QString &text, const QKeySequence &key,
                                auto slot) {
        QAction *a = ac->addAction(name, this, slot);
        a->setText(text);
        if (!key.isEmpty())
            ac->setDefaultShortcut(a, key);
        return a;
    };

    // File
    KStandardAction::openNew(this, &MainWindow::newWorkspace, ac)->setText(tr("&New Workspace..."));
    KStandardAction::open(this, &MainWindow::openDialog, ac)->setText(tr("&Open Workspace..."));
    m_recent = KStandardAction::openRecent(
        this, [this](const QUrl &url) { openWorkspace(url.toLocalFile()); }, ac);
    m_recent->setMaxItems(10);
    m_recent->loadEntries(recentGroup());
    if (m_recent->urls().isEmpty()) {
        // The list an earlier Plenipo kept in QSettings (newest first) carries over once.
        const QStringList old = QSettings().value(u"recentFiles"_s).toStringList();
        for (const QString &file : old | std::views::reverse)
            m_recent->addUrl(QUrl::fromLocalFile(file));
    }
    connect(m_recent, &KRecentFilesAction::recentListCleared, this,
            [this] { m_recent->saveEntries(recentGroup()); });
    add(u"file_open_sample"_s, tr("Open &Sample Workspace"), {}, [this] { openSampleWorkspace(); });
    add(u"file_connect_server"_s, tr("&Connect to Server..."), {}, &MainWindow::connectDialog)
        ->setIcon(
            QIcon::fromTheme(u"network-server-database"_s, QIcon::fromTheme(u"network-server"_s)));
    add(u"file_reload_server"_s, tr("&Reload from Server"), {}, [this] {
        if (!isServerWorkspace())
            return;
        if (m_serverSession && m_serverSession->isConnected())
            refreshFromServer();
        else
            connectToServer(m_server->location());
    })->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    KStandardAction::saveAs(this, &MainWindow::saveAsDialog, ac);
    add(u"file_import"_s, tr("&Import..."), QKeySequence(Qt::CTRL | Qt::Key_I),
        &MainWindow::importDialog)
        ->setIcon(QIcon::fromTheme(u"document-import"_s));
    add(u"file_export"_s, tr("&Export..."), QKeySequence(Qt::CTRL | Qt::Key_E),
        &MainWindow::exportDialog)
        ->setIcon(QIcon::fromTheme(u"document-export"_s));
    // Issue 15: a folder of UN resolutions (Akoma Ntoso), one transaction per file.
    add(u"file_import_folder"_s, tr("Import &Folder..."), {}, [this] {
        if (m_workspace && !m_workspace->isReadOnly())
            BulkImportProgress::importFolder(this, *m_workspace);
    })->setIcon(QIcon::fromTheme(u"folder-open"_s));
    KStandardAction::quit(this, &QWidget::close, ac);

    // Edit: undo and redo follow the open workspace's undo stack, and run through CommandGuard
    // (CommandRunner) so that a failing undo is reported, not thrown out of the event loop.
    KStandardAction::undo(
        this,
        [this] {
            if (m_workspace)
                CommandGuard::undo(this, *m_workspace);
        },
        ac);
    KStandardAction::redo(
        this,
        [this] {
            if (m_workspace)
                CommandGuard::redo(this, *m_workspace);
        },
        ac);
    QAction *save = add(u"clause_save_revision"_s, tr("&Save Revision"),
                        QKeySequence(Qt::CTRL | Qt::Key_S), &MainWindow::saveRevision);
    save->setIcon(QIcon::fromTheme(u"document-save"_s));
    save->setToolTip(tr("Record the edited clause text as a new revision (Ctrl+S, or Ctrl+Return "
                        "in the editor)"));
    // Ctrl+F belongs to the find bar of the view that has the focus (FindBar::install); the
    // menu entry opens the clause view's.
    QAction *find = KStandardAction::find(this, &MainWindow::findInText, ac);
    find->setText(tr("&Find in Clause..."));
    ac->setDefaultShortcut(find, QKeySequence());
    QAction *findAll =
        add(u"edit_find_in_workspace"_s, tr("Find in &Workspace..."),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), &MainWindow::findInWorkspace);
    findAll->setIcon(QIcon::fromTheme(u"edit-find"_s));
    // The toolbar's search field (issue 12 part A): results as you type in the search dock.
    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(u"toolbarSearch"_s);
    m_searchField->setPlaceholderText(tr("Find in workspace (Ctrl+Shift+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(m_searchField->fontMetrics().averageCharWidth() * 36);
    auto *fieldAction = new QWidgetAction(this);
    fieldAction->setText(tr("Search Field"));
    fieldAction->setDefaultWidget(m_searchField);
    ac->addAction(u"edit_search_field"_s, fieldAction);
    connect(m_searchField, &QLineEdit::textEdited, this, [this](const QString &text) {
        showSearchDock();
        m_searchPanel->setQueryText(text);
    });
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        showSearchDock();
        m_searchPanel->setQueryText(m_searchField->text());
        if (!m_searchPanel->hits().isEmpty())
            openSearchHit(m_searchPanel->hits().first());
    });

    // Go
    add(u"go_next_clause"_s, tr("&Next Clause"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] {
        m_workbench->selectAdjacentClause(1);
    })->setIcon(QIcon::fromTheme(u"go-down"_s));
    add(u"go_previous_clause"_s, tr("&Previous Clause"), QKeySequence(Qt::ALT | Qt::Key_Up),
        [this] { m_workbench->selectAdjacentClause(-1); })
        ->setIcon(QIcon::fromTheme(u"go-up"_s));

    // View: each panel, each tab of the centre.
    QAction *nav = m_navigatorDock->toggleViewAction();
    nav->setText(tr("Show &Navigator"));
    ac->addAction(u"view_navigator"_s, nav);
    ac->setDefaultShortcut(nav, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *states = m_statesDock->toggleViewAction();
    states->setText(tr("Show &States"));
    ac->addAction(u"view_states"_s, states);
    ac->setDefaultShortcut(states, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QTabWidget *tabs = m_workbench->centreTabs();
    const QStringList tabNames = {u"view_tab_clause"_s, u"view_tab_positions"_s,
                                  u"view_tab_matrix"_s, u"view_tab_coalition"_s,
                                  u"view_tab_charts"_s};
    for (int i = 0; i < tabs->count() && i < tabNames.size(); ++i) {
        QAction *a = ac->addAction(tabNames[i], this, [tabs, i] { tabs->setCurrentIndex(i); });
        a->setText(tr("Go to %1 Tab").arg(tabs->tabText(i)));
        ac->setDefaultShortcut(
            a, QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + i))));
    }

    // Tools
    add(u"tools_compare"_s, tr("&Compare Texts..."), QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        m_workbench->showComparison();
    })->setIcon(QIcon::fromTheme(u"kompare"_s, QIcon::fromTheme(u"document-compare"_s)));
    // Issue 15: voting alignment, the vote map, likely stances and norm tracing.
    add(u"tools_research"_s, tr("&Research..."), {}, [this] { m_workbench->showResearch(); });

    // Settings
    QAction *prefs = KStandardAction::preferences(this, &MainWindow::configure, ac);
    prefs->setText(tr("&Configure Plenipo..."));
    QAction *search = m_searchDock->toggleViewAction();
    search->setText(tr("Show &Find in Workspace"));
    ac->addAction(u"view_search"_s, search);

    // Help (KXmlGuiWindow adds KHelpMenu's About actions)
    add(u"help_keyboard_shortcuts"_s, tr("&Keyboard Shortcuts"), {}, &MainWindow::showShortcutList);

    // The toolbar's words: short forms of the menus' texts, so that the toolbar and its search
    // field fit a 1280-pixel window in every language (Russian's "Открыть рабочее пространство"
    // and "Предыдущее положение" pushed the search field into the overflow menu).
    const std::pair<const char *, const char *> toolbarTexts[] = {
        {"file_open", QT_TRANSLATE_NOOP("Plenipo::MainWindow", "Open")},
        {"clause_save_revision", QT_TRANSLATE_NOOP("Plenipo::MainWindow", "Save")},
        {"go_previous_clause", QT_TRANSLATE_NOOP("Plenipo::MainWindow", "Previous")},
        {"go_next_clause", QT_TRANSLATE_NOOP("Plenipo::MainWindow", "Next")},
        {"tools_compare", QT_TRANSLATE_NOOP("Plenipo::MainWindow", "Compare")},
    };
    for (const auto &[name, text] : toolbarTexts) {
        if (QAction *a = action(QString::fromLatin1(name)))
            a->setIconText(tr(text));
    }

    connect(m_workbench->clauseView(), &ClauseView::modifiedChanged, this,
            &MainWindow::updateActions);
    connect(m_workbench, &Workbench::clauseShown, this, &MainWindow::rememberClause);
}

void MainWindow::updateActions()
{
    const bool open = m_workspace != nullptr;
    const bool writable = open && !m_workspace->isReadOnly();
    if (QAction *a = action(u"clause_save_revision"_s))
        a->setEnabled(m_workbench->clauseView()->isModified());
    if (QAction *a = action(u"file_save_as"_s))
        a->setEnabled(open);
    if (QAction *a = action(u"file_reload_server"_s))
        a->setEnabled(isServerWorkspace());
    if (QAction *a = action(u"file_import"_s))
        a->setEnabled(writable);
    if (QAction *a = action(u"file_import_folder"_s))
        a->setEnabled(writable);
    if (QAction *a = action(u"tools_research"_s))
        a->setEnabled(open);
    if (QAction *a = action(u"file_export"_s))
        a->setEnabled(open);
    if (QAction *a = action(u"tools_compare"_s))
        a->setEnabled(open);
}

void MainWindow::bindUndoStack()
{
    QAction *undo = action(u"edit_undo"_s);
    QAction *redo = action(u"edit_redo"_s);
    if (!m_workspace) {
        undo->setEnabled(false);
        redo->setEnabled(false);
        return;
    }
    // The slots take the values the signals carry: QUndoStack::clear() emits while it deletes
    // its commands, when asking the stack back is not safe.
    QUndoStack *stack = m_workspace->undoStack();
    const auto undoText = [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(text));
    };
    const auto redoText = [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("Re&do") : tr("Re&do: %1").arg(text));
    };
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, undoText);
    connect(stack, &QUndoStack::redoTextChanged, this, redoText);
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    undoText(stack->undoText());
    redoText(stack->redoText());
}

void MainWindow::addRecent(const QString &path)
{
    m_recent->addUrl(QUrl::fromLocalFile(path));
    m_recent->saveEntries(recentGroup());
    recentGroup().sync();
}

QString MainWindow::sampleWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sample.plenipo"_s;
}

void MainWindow::openDefaultWorkspace()
{
    const QList<QUrl> recent = m_recent->urls(); // oldest first
    if (!recent.isEmpty() && QFileInfo::exists(recent.last().toLocalFile())) {
        if (openWorkspace(recent.last().toLocalFile()))
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
    if (!m_workbench->clauseView()->confirmLeave())
        return false;
    // The open path with its messages (locked, read-only medium, damaged, newer version):
    // WorkspaceOpener, shared with the tests that open bad files through the workbench.
    WorkspaceOpener::Result opened = WorkspaceOpener::open(this, path, readOnly);
    if (!opened.workspace) {
        if (opened.failure == Error::Kind::Io) {
            m_recent->removeUrl(QUrl::fromLocalFile(path));
            m_recent->saveEntries(recentGroup());
        }
        return false;
    }
    setWorkspace(std::move(opened.workspace));
    addRecent(path);
    restoreClause();
    return true;
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace,
                              std::unique_ptr<ServerSnapshot> server)
{
    m_workbench->setWorkspace(nullptr);
    m_searchPanel->setWorkspace(nullptr);
    // The old workspace goes before the snapshot whose file it may read.
    m_workspace.reset();
    if (!server)
        m_serverSession.reset(); // a file now: the server's connection goes
    m_server = std::move(server);
    m_workspace = std::move(workspace);
    m_serverFile = m_server && m_workspace ? m_workspace->filePath() : QString();
    m_workbench->setWorkspace(m_workspace.get());
    m_searchPanel->setWorkspace(m_workspace.get());
    bindUndoStack();
    if (m_workspace) {
        // The document count in the status bar follows imports, derivations and their undo.
        connect(m_workspace.get(), &Workspace::documentAdded, this, &MainWindow::updateTitle);
        connect(m_workspace.get(), &Workspace::documentRemoved, this, &MainWindow::updateTitle);
        connect(m_workspace.get(), &Workspace::reloaded, this, &MainWindow::updateTitle);
        connect(m_workspace.get(), &Workspace::filePathChanged, this, [this](const QString &p) {
            // A copy saved from a server workspace is a file like any other.
            if (!isServerWorkspace())
                m_serverSession.reset();
            addRecent(p);
            updateConnection();
            updateTitle();
        });
        statusBar()->showMessage(
            tr("Opened %1")
                .arg(Language::isolate(m_server
                                           ? m_server->location()
                                           : QDir::toNativeSeparators(m_workspace->filePath()))),
            5000);
    }
    updateConnection();
    updateTitle();
}

bool MainWindow::isServerWorkspace() const
{
    return m_server && m_workspace && m_workspace->filePath() == m_serverFile;
}

QString MainWindow::workspaceKey() const
{
    if (!m_workspace)
        return {};
    return isServerWorkspace() ? m_server->location()
                               : QFileInfo(m_workspace->filePath()).absoluteFilePath();
}

void MainWindow::connectDialog()
{
    ConnectServerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        connectToServer(dialog.address(), dialog.user());
}

bool MainWindow::connectToServer(const QString &address, const QString &user)
{
    if (!m_workbench->clauseView()->confirmLeave())
        return false;
    std::unique_ptr<ServerSession> session;
    std::unique_ptr<ServerSnapshot> snapshot;
    // Reading a workspace from a server takes a moment (a second for the sample over a
    // network): the window says so and waits.
    struct WaitCursor
    {
        WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
        ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    };
    try {
        const ServerAddress parsed = ServerAddress::parse(address).withUser(user);
        statusBar()->showMessage(
            tr("Connecting to %1...").arg(Language::isolate(parsed.display())));
        WaitCursor wait;
        session = std::make_unique<ServerSession>(parsed, [this](const QString &who) {
            QApplication::setOverrideCursor(Qt::ArrowCursor);
            const QString password = QInputDialog::getText(
                this, tr("Password"),
                tr("The server asks for the password of %1:").arg(Language::isolate(who)),
                QLineEdit::Password);
            QApplication::restoreOverrideCursor();
            return password;
        });
        snapshot = session->read();
    } catch (const Error &e) {
        statusBar()->clearMessage();
        QMessageBox::critical(this, tr("Cannot connect to the server"), e.message());
        return false;
    }
    ConnectServerDialog::rememberServer(snapshot->location());
    // Queued: a refresh may drop the session (its connection lost), which must not happen
    // inside the session's own signal.
    connect(session.get(), &ServerSession::changed, this, &MainWindow::serverChanged,
            Qt::QueuedConnection);
    m_serverSession = std::move(session);
    m_serverLost.clear();
    showSnapshot(std::move(snapshot));
    restoreClause();
    return true;
}

void MainWindow::showSnapshot(std::unique_ptr<ServerSnapshot> snapshot)
{
    m_serverPending = false;
    std::unique_ptr<Workspace> workspace = snapshot->takeWorkspace();
    setWorkspace(std::move(workspace), std::move(snapshot));
}

void MainWindow::serverChanged()
{
    if (!isServerWorkspace() || !m_serverSession)
        return;
    // Reading the whole workspace again is what brings a change in: quick for a delegation's
    // workspace, long for a very large one (38 s for the 1.54 M-position synthetic workspace,
    // bench_serveropen), when the window would stop answering on every change somebody makes.
    // Then the banner says so and the user reloads when it suits them.
    bool set = false;
    const int limit = qEnvironmentVariableIntValue("PLENIPO_SERVER_AUTO_REFRESH_MS", &set);
    if (m_serverSession->lastReadMs() > (set ? limit : autoRefreshLimitMs)) {
        m_serverPending = true;
        updateConnection();
        return;
    }
    refreshFromServer();
}

void MainWindow::refreshFromServer()
{
    if (!isServerWorkspace() || !m_serverSession)
        return;
    // The workspace is replaced: not while a dialog or a menu works on it (an export dialog, a
    // context menu on a navigator item); then once they are closed.
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        m_refreshRetry.start(500); // several changes meanwhile: one refresh
        return;
    }
    QStringList who;
    std::unique_ptr<ServerSnapshot> snapshot;
    try {
        who = m_serverSession->changeAuthorsSinceRead();
        snapshot = m_serverSession->read();
    } catch (const Error &e) {
        // What is shown stays, as of when it was read; the banner says the connection is gone.
        m_serverLost = e.message();
        m_serverPending = false;
        m_serverSession.reset();
        updateConnection();
        return;
    }
    const qint64 clause = m_workbench->clauseView()->clause();
    const int tab = m_workbench->centreTabs()->currentIndex();
    showSnapshot(std::move(snapshot));
    if (clause && m_workspace->clause(clause))
        m_workbench->selectClause(clause);
    m_workbench->centreTabs()->setCurrentIndex(tab);
    const int changes = int(who.size());
    who.removeDuplicates();
    statusBar()->showMessage(
        //: %1 the logins who made the changes, comma-separated
        tr("Updated from the server: %n change(s) by %1", nullptr, changes)
            .arg(Language::isolate(who.join(u", "_s))),
        8000);
}

void MainWindow::updateConnection()
{
    if (!isServerWorkspace()) {
        m_serverLabel->hide();
        m_serverLabel->clear();
        m_workbench->setConnectionNotice(QString());
        return;
    }
    const ServerIdentity &who = m_server->identity();
    const QString role = ServerIdentity::capabilityText(who.capability());
    const QString where = Language::isolate(m_server->location());
    const QString login = Language::isolate(who.login());
    const QString asOf = QLocale().toString(who.serverTime().toLocalTime(), QLocale::ShortFormat);
    //: %1 the login, %2 its delegation (ISO3), %3 its role (viewer, editor...)
    const QString identity = who.delegation().isEmpty()
                                 ? tr("%1 (%2)").arg(login, role)
                                 : tr("%1 (%2, %3)").arg(login, who.delegation(), role);
    m_serverLabel->setText(tr("Connected as %1").arg(identity));
    m_serverLabel->setToolTip(tr("%1 on %2, read as of %3").arg(identity, where, asOf));
    m_serverLabel->show();
    QString what = who.readsOnly()
                       ? tr("Your role lets you read, not change.")
                       : tr("The workbench does not write to server workspaces yet; File > Save As "
                            "keeps a copy as a file.");
    if (!m_serverLost.isEmpty())
        what = tr("The connection to the server is lost (%1): File > Reload from Server "
                  "connects again.")
                   .arg(m_serverLost) +
               u' ' + what;
    else if (m_serverPending && m_serverSession)
        what = tr("The workspace has changed on the server: File > Reload from Server shows "
                  "the changes (reading it took %1 s).")
                   .arg(QLocale().toString(m_serverSession->lastReadMs() / 1000.0, 'f', 1)) +
               u' ' + what;
    else if (m_serverSession && m_serverSession->announcesChanges())
        what = tr("What others change there and may share with you appears here as they "
                  "change it.") +
               u' ' + what;
    m_workbench->setConnectionNotice(
        tr("<b>Server workspace, read-only.</b> You are %1 on %2. This is what the server lets "
           "your login read, as of %3: it withholds other delegations' internal material. %4")
            .arg(identity.toHtmlEscaped(), where.toHtmlEscaped(), asOf.toHtmlEscaped(),
                 what.toHtmlEscaped()));
}

void MainWindow::rememberClause()
{
    const qint64 id = m_workbench->clauseView()->clause();
    if (!m_workspace || !id)
        return;
    QSettings settings;
    QVariantMap last = settings.value(lastClausesKey).toMap();
    last.insert(workspaceKey(), id);
    settings.setValue(lastClausesKey, last);
}

void MainWindow::restoreClause()
{
    if (!m_workspace)
        return;
    const QVariantMap last = QSettings().value(lastClausesKey).toMap();
    const qint64 id = last.value(workspaceKey()).toLongLong();
    if (id && m_workspace->clause(id))
        m_workbench->selectClause(id);
}

void MainWindow::updateTitle()
{
    updateActions();
    if (!m_workspace) {
        setWindowTitle(u"Plenipo"_s);
        m_fileLabel->setText(tr("No workspace"));
        m_fileLabel->setToolTip(QString());
        return;
    }
    QString name = QFileInfo(m_workspace->filePath()).fileName();
    if (isServerWorkspace()) {
        // The database (or the service) and the host: the whole address is in the tooltip and
        // the banner.
        const QString db = m_server->address().databaseName();
        const QString host = m_server->address().value(u"host"_s);
        //: a server workspace: %1 the database, %2 the server's host name
        name = host.isEmpty() || host.startsWith(u'/') ? db : tr("%1 on %2").arg(db, host);
    }
    const QString ro = m_workspace->isReadOnly() ? tr(" [read-only]") : QString();
    // KMainWindow adds " — Plenipo" (the application display name).
    setCaption(name + ro);
    // UN member states and observers counted apart: observers (the Holy See, the State of
    // Palestine) are in the state directory but never among the 193.
    const int members = int(m_workspace->states().size());
    const int observers = int(m_workspace->states().observers().size());
    // The file's name (its whole path in the tooltip): a long path must not widen the window
    // beyond the screen and squeeze the docks.
    m_fileLabel->setToolTip(isServerWorkspace()
                                ? m_server->location()
                                : QDir::toNativeSeparators(m_workspace->filePath()));
    m_fileLabel->setText(
        //: %1 is the file, %2 " [read-only]" or nothing, %3 "193 UN member states" (and
        //: " • 2 observer states" when there are any), %4 "5 documents"
        tr("%1%2 \u2022 %3 \u2022 %4")
            .arg(Language::isolate(name), ro,
                 observers ? //: %1 "193 UN member states", %2 "2 observer states"
                     tr("%1 \u2022 %2")
                         .arg(tr("%n UN member state(s)", nullptr, members),
                              tr("%n observer state(s)", nullptr, observers))
                           : tr("%n UN member state(s)", nullptr, members),
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
    const QString dir = m_workspace && !isServerWorkspace()
                            ? QFileInfo(m_workspace->filePath()).absolutePath()
                            : QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir, tr(fileFilter));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveAsDialog()
{
    if (!m_workspace)
        return;
    // A server workspace is saved as what `plenipo server pull` makes: a file with what your
    // login may read, named after the database, in your home folder.
    const QString suggested =
        isServerWorkspace() ? QDir::home().filePath((m_server->address().databaseName().isEmpty()
                                                         ? u"server"_s
                                                         : m_server->address().databaseName()) +
                                                    u".plenipo"_s)
                            : m_workspace->filePath();
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Workspace As"), suggested, tr(fileFilter));
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

void MainWindow::importDialog()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    ImportDialog dialog(*m_workspace, this);
    dialog.exec();
}

void MainWindow::exportDialog()
{
    if (!m_workspace)
        return;
    const auto clause = m_workspace->clause(m_workbench->clauseView()->clause());
    ExportDialog dialog(*m_workspace, clause ? clause->documentId : 0, this);
    dialog.exec();
}

void MainWindow::saveRevision()
{
    if (m_workbench->clauseView()->saveEditedRevision())
        statusBar()->showMessage(tr("Saved a new revision of paragraph %1")
                                     .arg(m_workspace->clause(m_workbench->clauseView()->clause())
                                              .value_or(Clause{})
                                              .number),
                                 5000);
}

void MainWindow::configure()
{
    PreferencesDialog dialog(m_workspace.get(), this);
    dialog.exec();
}

void MainWindow::showSearchDock()
{
    // The first time in a session, when the two share the right column: the results get the
    // whole column (a tab beside States) rather than its lower third, where at 1280x720 three
    // results and half their context showed. A layout the user makes afterwards stays.
    m_searchDock->show();
    if (!m_searchPlaced && !m_searchDock->isFloating() && !m_statesDock->isFloating() &&
        dockWidgetArea(m_searchDock) == dockWidgetArea(m_statesDock) &&
        !tabifiedDockWidgets(m_statesDock).contains(m_searchDock))
        tabifyDockWidget(m_statesDock, m_searchDock);
    m_searchPlaced = true;
    m_searchDock->raise();
}

void MainWindow::findInWorkspace()
{
    showSearchDock();
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

void MainWindow::findInText()
{
    // The clause view's find bar (Ctrl+F in the view).
    m_workbench->centreTabs()->setCurrentWidget(m_workbench->clauseView());
    if (QAction *find = m_workbench->clauseView()->findChild<QAction *>(u"findInText"_s))
        find->trigger();
}

HandbookDialog *MainWindow::showHandbook()
{
    if (!m_handbook) {
        m_handbook = new HandbookDialog(this);
        m_handbook->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_handbook->show();
    m_handbook->raise();
    m_handbook->activateWindow();
    return m_handbook;
}

void MainWindow::showShortcutList()
{
    ShortcutListDialog dialog(actionCollection(), this);
    dialog.exec();
}

void MainWindow::showEvent(QShowEvent *event)
{
    KXmlGuiWindow::showEvent(event);
    if (m_docksSized)
        return;
    m_docksSized = true;
    // The first time (no layout saved yet): the side panels share the width with the centre,
    // which keeps at least half of it (at 1024 px as at 1920 px).
    // Once the window has its size and the workspace opened with it has filled the panels
    // (their size hints change with it), so the first layout is the same on every start.
    const KConfigGroup state = stateConfigGroup();
    if (!autoSaveConfigGroup().hasKey("State") && !(state.isValid() && state.hasKey("State"))) {
        QTimer::singleShot(0, this, [this] {
            const int w = width();
            resizeDocks({m_navigatorDock, m_statesDock},
                        {std::clamp(w * 20 / 100, 200, 320), std::clamp(w * 24 / 100, 240, 440)},
                        Qt::Horizontal);
        });
    }
}

bool MainWindow::queryClose()
{
    if (!m_workbench->clauseView()->confirmLeave())
        return false;
    rememberClause();
    return true;
}

} // namespace Plenipo
