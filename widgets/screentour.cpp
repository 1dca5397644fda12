// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "screentour.h"

#include <QMessageBox>

#include "chartsview.h"
#include "clauseview.h"
#include "coalitionview.h"
#include "comparisonview.h"
#include "connectserverdialog.h"
#include "exportdialog.h"
#include "handbookdialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "navigatormodel.h"
#include "preferencesdialog.h"
#include "researchwindow.h"
#include "searchpanel.h"
#include "shortcutlistdialog.h"
#include "workbench.h"

#include "storage/workspace.h"

#include <KAboutApplicationDialog>
#include <KAboutData>
#include <KActionCollection>
#include <KEditToolBar>
#include <KShortcutsDialog>
#include <KShortcutsEditor>
#include <KXMLGUIFactory>

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QPalette>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

qint64 sampleClause(const Workspace &ws)
{
    const Document *d = ws.documentBySymbol(u"SAMPLE/CONSEQ/2026/ZD"_s);
    if (!d)
        d = ws.documents().isEmpty() ? nullptr : &ws.documents().first();
    if (!d)
        return 0;
    const QList<Clause> clauses = ws.clauses(d->id);
    return clauses.size() > 1 ? clauses[1].id : (clauses.isEmpty() ? 0 : clauses[0].id);
}

} // namespace

ScreenTour::ScreenTour(MainWindow &window)
    : m_window(window)
{}

ScreenTour::~ScreenTour() = default;

QStringList ScreenTour::screens()
{
    return {u"clause"_s,
            u"positions"_s,
            u"matrix"_s,
            u"coalition"_s,
            u"charts-dashboard"_s,
            u"charts-lineage"_s,
            u"charts-support"_s,
            u"search"_s,
            u"comparison"_s,
            u"export"_s,
            u"import"_s,
            u"preferences"_s,
            u"handbook"_s,
            u"shortcuts"_s,
            u"research"_s,
            u"research-likely"_s,
            u"unsaved"_s,
            u"about"_s,
            u"configure-shortcuts"_s,
            u"configure-toolbars"_s,
            u"matrix-blocked"_s,
            u"navigator-menu"_s,
            u"connect-server"_s};
}

QWidget *ScreenTour::show(const QString &name)
{
    m_dialog.reset();
    Workbench *bench = m_window.workbench();
    if (ComparisonView *cmp = bench->comparisonView())
        cmp->hide();
    if (ResearchWindow *research = bench->researchWindow())
        research->hide();
    Workspace *ws = m_window.workspace();
    if (!ws)
        return nullptr;
    const qint64 clause = sampleClause(*ws);
    if (clause && bench->clauseView()->clause() != clause)
        bench->selectClause(clause);
    // The Find in Workspace dock shows on its own screen only, with the results of a search.
    if (name == u"search")
        m_window.showSearchDock();
    else
        m_window.searchDock()->hide();
    QTabWidget *tabs = bench->centreTabs();
    const auto tab = [&](QWidget *page) -> QWidget * {
        tabs->setCurrentWidget(page);
        return &m_window;
    };
    if (name == u"clause")
        return tab(bench->clauseView());
    if (name == u"positions")
        return tab(tabs->widget(1));
    if (name == u"matrix")
        return tab(tabs->widget(2));
    if (name == u"matrix-blocked") {
        // Rev.1, where paragraphs are blocked: the matrix's "Blocked, fewest blockers first"
        // line is shown (and must neither be cut off nor move the controls).
        if (const Document *rev1 = ws->documentBySymbol(u"SAMPLE/CONSEQ/2026/Rev.1"_s)) {
            const QList<Clause> clauses = ws->clauses(rev1->id);
            if (clauses.size() > 1)
                bench->selectClause(clauses[1].id);
        }
        return tab(tabs->widget(2));
    }
    if (name == u"coalition") {
        bench->coalitionView()->setCoalitionKey(u"group:JS2019"_s);
        QWidget *w = tab(bench->coalitionView());
        bench->coalitionView()->explainJoin(u"BRA"_s);
        return w;
    }
    if (name.startsWith(u"charts-")) {
        ChartsView *charts = bench->chartsView();
        charts->setKind(name == u"charts-dashboard" ? ChartsView::Kind::Dashboard
                        : name == u"charts-lineage" ? ChartsView::Kind::Lineage
                                                    : ChartsView::Kind::SupportByGroup);
        return tab(charts);
    }
    if (name == u"search") {
        m_window.searchPanel()->setQueryText(u"critical infrastructure"_s);
        return tab(bench->clauseView());
    }
    if (name == u"research" || name == u"research-likely") {
        // Tools > Research (issue 15) on the sample, sized to the main window.
        ResearchWindow *research = bench->showResearch();
        if (!research)
            return nullptr;
        research->resize(m_window.size());
        if (name == u"research-likely")
            research->showLikelyStances();
        else
            research->tabs()->setCurrentIndex(0);
        return research;
    }
    if (name == u"comparison") {
        ComparisonView *cmp =
            bench->showComparison(u"SAMPLE/CONSEQ/2026/ZD"_s, u"SAMPLE/CONSEQ/2026/Rev.1"_s);
        return cmp;
    }
    if (name == u"navigator-menu") {
        // The navigator's context menu on the shown clause (NavigatorActions).
        auto *menu = new QMenu(&m_window);
        bench->populateNavigatorMenu(
            *menu, bench->navigatorModel()->find(NavigatorModel::NodeKind::Clause, clause));
        m_dialog.reset(menu);
        menu->popup(bench->navigator()->viewport()->mapToGlobal(QPoint(60, 60)));
        return menu;
    }
    QWidget *dialog = nullptr;
    if (name == u"export") {
        const auto shown = ws->clause(clause);
        dialog = new ExportDialog(*ws, shown ? shown->documentId : 0, &m_window);
    } else if (name == u"import")
        dialog = new ImportDialog(*ws, &m_window);
    else if (name == u"preferences")
        dialog = new PreferencesDialog(ws, &m_window);
    else if (name == u"connect-server")
        dialog = new ConnectServerDialog(&m_window);
    else if (name == u"handbook")
        dialog = new HandbookDialog(&m_window);
    else if (name == u"shortcuts")
        dialog = new ShortcutListDialog(m_window.actionCollection(), &m_window);
    else if (name == u"unsaved")
        dialog = bench->clauseView()->unsavedPrompt(&m_window);
    else if (name == u"about")
        dialog = new KAboutApplicationDialog(KAboutData::applicationData(), &m_window);
    else if (name == u"configure-shortcuts") {
        auto *shortcuts = new KShortcutsDialog(KShortcutsEditor::AllActions,
                                               KShortcutsEditor::LetterShortcutsAllowed, &m_window);
        shortcuts->addCollection(m_window.actionCollection());
        dialog = shortcuts;
    } else if (name == u"configure-toolbars")
        dialog = new KEditToolBar(m_window.guiFactory(), &m_window);
    if (!dialog)
        return nullptr;
    m_dialog.reset(dialog);
    dialog->show();
    return dialog;
}

void ScreenTour::setDarkPalette(bool dark)
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (!dark) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

} // namespace Plenipo
