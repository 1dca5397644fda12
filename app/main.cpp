// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clauseview.h"
#include "commandline.h"
#include "comparisonview.h"
#include "core/language.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "preferences.h"
#include "storage/workspace.h"
#include "workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Plenipo"_s);
    QCoreApplication::setApplicationName(u"plenipo"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PLENIPO_VERSION));
    // issue 12 part A: the user's name and delegation sign every change, here and in commands.
    Plenipo::Preferences::load().apply();
}

// The interface language: --language CODE (GUI only), else the `ui/language` setting (set by
// Preferences; empty follows the system), else the system locale (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG). The command line follows the locale only, like other Unix tools.
QString chooseLanguage(const QStringList &arguments, bool commandLine)
{
    if (commandLine)
        return Plenipo::Language::fromLocale(QLocale::system());
    QString choice;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == u"--language" || a == u"-language") && i + 1 < arguments.size())
            choice = arguments.at(i + 1);
        else if (a.startsWith(u"--language="))
            choice = a.section(u'=', 1);
    }
    const QString setting = QSettings().value(u"ui/language"_s).toString();
    return Plenipo::Language::resolve(choice, setting, QLocale::system());
}

// Installs Qt's and Plenipo's catalogues for `language`, makes its locale the default (numbers
// and dates) and, for the GUI, lays the interface out right to left for Arabic.
void installTranslations(QCoreApplication &app, const QString &language)
{
    Plenipo::Language::setCurrent(language);
    const QLocale locale = Plenipo::Language::locale(language);
    QLocale::setDefault(locale);
    if (language != u"en") {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, u"qtbase"_s, u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    if (std::unique_ptr<QTranslator> own = Plenipo::Language::translator(language)) {
        own->setParent(&app);
        QCoreApplication::installTranslator(own.release());
    }
    if (qobject_cast<QGuiApplication *>(&app))
        QGuiApplication::setLayoutDirection(Plenipo::Language::direction(language));
}

// "SYMBOL#NUMBER" -> clause id in the open workspace, 0 when absent.
qint64 findClause(const Plenipo::Workspace &ws, const QString &spec)
{
    const QString symbol = spec.section(u'#', 0, 0);
    const QString number = spec.section(u'#', 1);
    const Plenipo::Document *d = ws.documentBySymbol(symbol);
    if (!d)
        return 0;
    for (const Plenipo::Clause &c : ws.clauses(d->id)) {
        if (c.number == number)
            return c.id;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (Plenipo::CommandLine::isCommandLineInvocation(argc, argv)) {
        std::unique_ptr<QCoreApplication> app;
        if (Plenipo::CommandLine::needsGuiApplication(argc, argv)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setIdentity();
        installTranslations(*app, chooseLanguage(QCoreApplication::arguments(), true));
        return Plenipo::CommandLine::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(u"Plenipo"_s);
    installTranslations(app, chooseLanguage(QCoreApplication::arguments(), false));

    QCommandLineParser parser;
    parser.setApplicationDescription(Plenipo::CommandLine::tr("Plenipo negotiation workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption readOnly(u"read-only"_s,
                                      Plenipo::CommandLine::tr("Open FILE without editing it."));
    const QCommandLineOption screenshot(
        u"screenshot"_s, Plenipo::CommandLine::tr("Save a picture of the window to PNG and quit."),
        u"PNG"_s);
    const QCommandLineOption select(u"select"_s,
                                    Plenipo::CommandLine::tr("Show the clause SYMBOL#NUMBER."),
                                    u"SYMBOL#NUMBER"_s);
    const QCommandLineOption compare(
        u"compare"_s, Plenipo::CommandLine::tr("Open the comparison of A and B."), u"A|B"_s);
    const QCommandLineOption sample(
        u"sample"_s,
        Plenipo::CommandLine::tr("Open the bundled sample workspace (created on first use)."));
    const QCommandLineOption language(
        u"language"_s,
        Plenipo::CommandLine::tr(
            "The interface language: ar, zh, en, fr, ru or es (default: the ui/language setting, "
            "else the system's)."),
        u"CODE"_s);
    const QCommandLineOption view(
        u"view"_s,
        Plenipo::CommandLine::tr("Show the clause, positions, matrix or coalition tab; with "
                                 "--screenshot, export also saves the export dialog to "
                                 "NAME-export.png."),
        u"VIEW"_s);
    parser.addOptions({readOnly, screenshot, select, compare, sample, language, view});
    parser.addPositionalArgument(u"FILE"_s, Plenipo::CommandLine::tr("A workspace to open."),
                                 u"[FILE]"_s);
    parser.process(app);

    Plenipo::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openWorkspace(parser.positionalArguments().first(), parser.isSet(readOnly));
    else if (parser.isSet(sample))
        window.openSampleWorkspace();
    else
        window.openDefaultWorkspace();

    if (parser.isSet(select)) {
        if (Plenipo::Workspace *ws = window.workbench()->workspace()) {
            if (const qint64 id = findClause(*ws, parser.value(select)))
                window.workbench()->selectClause(id);
        }
    }
    if (parser.isSet(compare)) {
        const QString spec = parser.value(compare);
        window.workbench()->showComparison(spec.section(u'|', 0, 0), spec.section(u'|', 1));
    }
    const QStringList tabs{u"clause"_s, u"positions"_s, u"matrix"_s, u"coalition"_s};
    if (const qsizetype tab = tabs.indexOf(parser.value(view)); tab >= 0)
        window.workbench()->centreTabs()->setCurrentIndex(int(tab));
    if (parser.isSet(screenshot)) {
        const QString png = parser.value(screenshot);
        const bool exportDialog = parser.value(view) == u"export";
        QTimer::singleShot(800, &window, [&window, png, exportDialog] {
            bool ok = window.grab().save(png);
            // The export dialog, on the document shown: NAME-export.png.
            if (Plenipo::Workspace *ws = window.workbench()->workspace(); exportDialog && ws) {
                const auto clause = ws->clause(window.workbench()->clauseView()->clause());
                Plenipo::ExportDialog dialog(*ws, clause ? clause->documentId : 0, &window);
                dialog.show();
                QCoreApplication::processEvents();
                ok = dialog.grab().save(QString(png).replace(u".png"_s, u"-export.png"_s)) && ok;
            }
            // The comparison window, when open, goes beside it: NAME-compare.png.
            if (auto *cmp = window.workbench()->comparisonView(); cmp && cmp->isVisible())
                ok = cmp->grab().save(QString(png).replace(u".png"_s, u"-compare.png"_s)) && ok;
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
