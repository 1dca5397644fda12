// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;

namespace Plenipo {

class RecentFiles;
class SearchPanel;
struct SearchHit;
class Workbench;
class Workspace;

class MainWindow : public QMainWindow
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
    static QString sampleWorkspacePath();

    Workbench *workbench() const { return m_workbench; }
    // issue 12 part A: Find in Workspace (a dock) and its toolbar field.
    SearchPanel *searchPanel() const { return m_searchPanel; }
    QDockWidget *searchDock() const { return m_searchDock; }
    QLineEdit *toolbarSearchField() const { return m_searchField; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    void updateTitle();
    void updateRecentMenu();
    void newWorkspace();
    void openDialog();
    void saveAsDialog();
    void about();
    // ---- issue 12 part A (hook): Find in Workspace, the toolbar search field, Settings >
    // Configure Plenipo. Self-contained so that the KXmlGui window can take them over.
    void installSearchAndPreferences();
    void showSearch();
    void openSearchHit(const SearchHit &hit);

    std::unique_ptr<Workspace> m_workspace;
    Workbench *m_workbench;
    RecentFiles *m_recent;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_saveAs = nullptr;
    QLabel *m_fileLabel;
    // issue 12 part A
    SearchPanel *m_searchPanel = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QLineEdit *m_searchField = nullptr;
    QAction *m_findInWorkspace = nullptr;
};

} // namespace Plenipo
