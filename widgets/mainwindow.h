// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <KXmlGuiWindow>

#include <QPointer>
#include <QTimer>

#include <memory>

class KRecentFilesAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QUrl;

namespace Plenipo {

class HandbookDialog;
class SearchPanel;
struct SearchHit;
class ServerSession;
class ServerSnapshot;
class Workbench;
class Workspace;

// The workbench's main window, the KDE way (KXmlGuiWindow): every action is in the window's
// KActionCollection under a stable name, the menus and the toolbar are described in
// resources/plenipo.rc (compiled in as :/kxmlgui5/plenipo/plenipo.rc), users change shortcuts
// (Settings > Configure Keyboard Shortcuts) and edit the toolbar, and KXmlGui saves the window
// size, the toolbars and the dock layout. The navigator and the states list are dock widgets
// (View shows and hides each); the workbench reopens on the last clause shown in a workspace.
//
// It lives in plenipo_widgets (not in the app) so that tests drive the real window.
class MainWindow : public KXmlGuiWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace; offers read-only access when another Plenipo is editing it. Shows any
    // error in a message box and returns false.
    bool openWorkspace(const QString &path, bool readOnly = false);
    // The workspace to open when none is named: the last one used, or the bundled sample
    // (created on first run).
    void openDefaultWorkspace();
    // The bundled sample workspace, created on first use.
    bool openSampleWorkspace();
    // File > Connect to Server: reads what `user` (or the address's own login) may read of the
    // server workspace at `address` and shows it read-only, with who and where in a banner and
    // the status bar. Asks for a password when the server wants one libpq did not find; shows
    // any error in a message box and returns false (the open workspace stays).
    bool connectToServer(const QString &address, const QString &user = {});
    // True while the workspace shown is a server's (not a file, nor a copy saved from it).
    bool isServerWorkspace() const;
    static QString sampleWorkspacePath();

    Workbench *workbench() const { return m_workbench; }
    Workspace *workspace() const { return m_workspace.get(); }
    QDockWidget *navigatorDock() const { return m_navigatorDock; }
    QDockWidget *statesDock() const { return m_statesDock; }
    KRecentFilesAction *recentFilesAction() const { return m_recent; }
    // Issue 12 part A: Find in Workspace (a dock) and its toolbar field.
    SearchPanel *searchPanel() const { return m_searchPanel; }
    QDockWidget *searchDock() const { return m_searchDock; }
    QLineEdit *toolbarSearchField() const { return m_searchField; }
    // The action named `name` in the action collection (as in plenipo.rc), or nullptr.
    QAction *action(const QString &name) const;
    using KXmlGuiWindow::action; // KXMLGUIClient's action(const QDomElement &) stays visible

    // Help > Plenipo Handbook: the user guide and the markup reference, in the application.
    HandbookDialog *showHandbook();
    // Help > Keyboard Shortcuts: every shortcut, as the user has set them.
    void showShortcutList();

    // Shows Find in Workspace in front (its first time beside States, as a tab).
    void showSearchDock();

protected:
    bool queryClose() override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void setWorkspace(std::unique_ptr<Workspace> workspace,
                      std::unique_ptr<ServerSnapshot> server = {});
    void connectDialog();
    void updateConnection();
    // Shows a server snapshot's workspace (connecting, refreshing).
    void showSnapshot(std::unique_ptr<ServerSnapshot> snapshot);
    // Somebody changed the server workspace: read it again unless that takes long.
    void serverChanged();
    // Reads the server workspace again, keeping the clause and tab shown.
    void refreshFromServer();
    // What the last clause shown is remembered by: the file, or the server's address.
    QString workspaceKey() const;
    void bindUndoStack();
    void updateTitle();
    void updateActions();
    void addRecent(const QString &path);
    void newWorkspace();
    void openDialog();
    void saveAsDialog();
    void importDialog();
    void exportDialog();
    void saveRevision();
    void rememberClause();
    void restoreClause();
    // Settings > Configure Plenipo: the PreferencesDialog (widgets/preferencesdialog.h).
    void configure();
    // Edit > Find in Workspace (Ctrl+Shift+F): the workspace-wide search panel.
    void findInWorkspace();
    // Edit > Find (Ctrl+F): finds within the clause text shown.
    void findInText();
    void openSearchHit(const SearchHit &hit);

    // A server workspace's snapshot holds the file m_workspace reads: declared first, so that it
    // goes after the workspace.
    std::unique_ptr<ServerSnapshot> m_server;
    std::unique_ptr<ServerSession> m_serverSession; // the open connection, while it works
    QString m_serverLost;         // why the connection went, while what is shown is from before
    QTimer m_refreshRetry;        // a refresh waiting for a dialog or a menu to close
    bool m_serverPending = false; // changed on the server, not read yet (reading takes long)
    QString m_serverFile;         // the snapshot's file, while m_workspace reads it
    std::unique_ptr<Workspace> m_workspace;
    Workbench *m_workbench;
    QDockWidget *m_navigatorDock;
    QDockWidget *m_statesDock;
    KRecentFilesAction *m_recent = nullptr;
    QLabel *m_fileLabel;
    QLabel *m_serverLabel;
    SearchPanel *m_searchPanel = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QLineEdit *m_searchField = nullptr;
    QPointer<HandbookDialog> m_handbook;
    bool m_searchPlaced = false; // Find in Workspace tabbed beside States once
    bool m_docksSized = false;
};

} // namespace Plenipo
