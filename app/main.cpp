// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"
#include "comparisonview.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "preferences.h"
#include "screentour.h"
#include "storage/serveraddress.h"
#include "storage/workspace.h"
#include "workbench.h"

#include <KAboutData>

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QScreen>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
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

// "SYMBOL#NUMBER" -> clause id in the open workspace, 0 when absent.
qint64 findClause(const Plenipo::Workspace &ws, const QString &spec)
{
    const QString symbol = spec.section(u'#', 0, 0);
    const QString number = spec.section(u'#', 1);
    const Plenipo::Document *d = ws.documentBySymbol(symbol);
    const auto c = d ? ws.clauseByNumber(d->id, number) : std::nullopt;
    return c ? c->id : 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (Plenipo::CommandLine::isCommandLineInvocation(argc, argv)) {
        std::unique_ptr<QCoreApplication> app;
        if (Plenipo::CommandLine::needsGuiApplication(argc, argv)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed
            // QApplication (a QGuiApplication): `votes --png` draws the vote map with Qt Charts.
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setIdentity();
        Plenipo::InterfaceLanguage::install(
            *app, Plenipo::InterfaceLanguage::choose(QCoreApplication::arguments(), true));
        return Plenipo::CommandLine::run(QCoreApplication::arguments());
    }

    // KDE's catalogues load while QApplication starts: the language chosen goes first.
    QCoreApplication::setOrganizationName(u"Plenipo"_s);
    QCoreApplication::setApplicationName(u"plenipo"_s);
    Plenipo::InterfaceLanguage::exportToEnvironment(argc, argv);
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(u"Plenipo"_s);
    Plenipo::InterfaceLanguage::install(
        app, Plenipo::InterfaceLanguage::choose(QCoreApplication::arguments(), false));
    // Help > About Plenipo (KHelpMenu) and KXmlGui's file names come from here. No bug address:
    // Help has no "Report Bug" entry that would write to KDE's tracker.
    KAboutData about(
        u"plenipo"_s, u"Plenipo"_s, QStringLiteral(PLENIPO_VERSION),
        QCoreApplication::translate("main",
                                    "A workbench for negotiating norms and treaty texts: bracketed "
                                    "drafts, the positions of states on every paragraph, consensus "
                                    "and coalitions. Sample positions are illustrative."),
        KAboutLicense::GPL_V3, u"\u00a9 2026 Plenipo contributors"_s,
        QCoreApplication::translate(
            "main", "State data derived from the mledoze/countries data set (ODbL 1.0)."),
        QString(), QString());
    KAboutData::setApplicationData(about);

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
    const QCommandLineOption screen(
        u"screen"_s,
        Plenipo::CommandLine::tr(
            "Show a screen (with --screenshot: photograph it); \"list\" lists them."),
        u"NAME"_s);
    const QCommandLineOption size(
        u"size"_s, Plenipo::CommandLine::tr("Window size, e.g. 1280x720."), u"WxH"_s);
    const QCommandLineOption dark(u"dark"_s,
                                  Plenipo::CommandLine::tr("Dark colours (Fusion style)."));
    const QCommandLineOption languageOption(
        u"language"_s,
        Plenipo::CommandLine::tr(
            "The interface language: ar, zh, en, fr, ru or es (default: the ui/language setting, "
            "else the system's)."),
        u"CODE"_s);
    parser.addOptions(
        {readOnly, screenshot, select, compare, sample, screen, size, dark, languageOption});
    parser.addPositionalArgument(
        u"FILE"_s,
        Plenipo::CommandLine::tr("A workspace to open, or a server address (postgresql://..., "
                                 "service=...) to connect to."),
        u"[FILE]"_s);
    parser.process(app);

    if (parser.value(screen) == u"list") {
        for (const QString &name : Plenipo::ScreenTour::screens())
            std::printf("%s\n", qPrintable(name));
        return 0;
    }
    if (parser.isSet(dark))
        Plenipo::ScreenTour::setDarkPalette(true);
    Plenipo::MainWindow window;
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    const QString named = parser.positionalArguments().value(0);
    if (Plenipo::ServerAddress::looksLikeServer(named))
        window.connectToServer(named); // as File > Connect to Server
    else if (!named.isEmpty())
        window.openWorkspace(named, parser.isSet(readOnly));
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
    Plenipo::ScreenTour tour(window);
    QWidget *photographed = &window;
    if (parser.isSet(screen)) {
        photographed = tour.show(parser.value(screen));
        if (!photographed) {
            qCritical("Unknown screen %s", qPrintable(parser.value(screen)));
            return 2;
        }
    }
    if (parser.isSet(screenshot) && parser.isSet(screen)) {
        const QString png = parser.value(screenshot);
        QTimer::singleShot(800, &window, [photographed, png] {
            QCoreApplication::exit(photographed->grab().save(png) ? 0 : 1);
        });
    } else if (parser.isSet(screenshot)) {
        const QString png = parser.value(screenshot);
        QTimer::singleShot(800, &window, [&window, png] {
            bool ok = window.grab().save(png);
            // The comparison window, when open, goes beside it: NAME-compare.png.
            if (auto *cmp = window.workbench()->comparisonView(); cmp && cmp->isVisible())
                ok = cmp->grab().save(QString(png).replace(u".png"_s, u"-compare.png"_s)) && ok;
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
