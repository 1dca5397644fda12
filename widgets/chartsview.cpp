// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartsview.h"

#include "combopopup.h"

#include "consensussession.h"
#include "stancestyle.h"

#include "consensus/consensusengine.h"
#include "core/error.h"
#include "core/language.h"
#include "exchange/atomicfile.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

constexpr Stance stanceOrder[] = {Stance::Supports, Stance::CanAccept, Stance::Reservation,
                                  Stance::Objects, Stance::NoPosition};

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + u"\u202f%"_s;
}

} // namespace

ChartsView::ChartsView(ConsensusSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_groups(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_notice(new QLabel(this))
    , m_groupsLabel(new QLabel(tr("Groups:"), this))
    , m_view(new QChartView(this))
    , m_png(new QPushButton(tr("Save as &PNG..."), this))
    , m_svg(new QPushButton(tr("Save as S&VG..."), this))
{
    setObjectName(u"chartsView"_s);
    m_kind->setObjectName(u"chartKind"_s);
    m_kind->addItem(tr("Document dashboard"), int(Kind::Dashboard));
    m_kind->addItem(tr("Trend along the lineage"), int(Kind::Lineage));
    m_kind->addItem(tr("Support by group"), int(Kind::SupportByGroup));
    m_groups->setObjectName(u"chartGroups"_s);
    m_groups->addItem(tr("UN regional groups"), int(StateGroup::Kind::Regional));
    m_groups->addItem(tr("Political groups"), int(StateGroup::Kind::Political));
    m_groups->addItem(tr("Coalitions"), int(StateGroup::Kind::Coalition));
    m_scope->setObjectName(u"chartScope"_s);
    m_scope->addItem(tr("Clause shown"), 0);
    m_scope->addItem(tr("Whole document"), 1);
    m_notice->setObjectName(u"chartNotice"_s);
    m_notice->setWordWrap(true);
    m_view->setObjectName(u"chart"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_png->setObjectName(u"savePng"_s);
    m_svg->setObjectName(u"saveSvg"_s);

    auto *controls = new QHBoxLayout;
    auto *chartLabel = new QLabel(tr("&Chart:"), this);
    chartLabel->setBuddy(m_kind);
    controls->addWidget(chartLabel);
    controls->addWidget(m_kind);
    controls->addWidget(m_groupsLabel);
    controls->addWidget(m_groups);
    controls->addWidget(m_scope);
    controls->addStretch(1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_notice, 1);
    saveRow->addWidget(m_png);
    saveRow->addWidget(m_svg);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addLayout(saveRow);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartsView::refresh);
    connect(m_groups, &QComboBox::currentIndexChanged, this, &ChartsView::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ChartsView::refresh);
    connect(m_png, &QPushButton::clicked, this, [this] { saveDialog(false); });
    connect(m_svg, &QPushButton::clicked, this, [this] { saveDialog(true); });

    const auto followEngine = [this] {
        if (ConsensusEngine *engine = m_session->engine()) {
            connect(engine, &ConsensusEngine::clauseUpdated, this, &ChartsView::scheduleRefresh);
            connect(engine, &ConsensusEngine::recomputed, this, &ChartsView::scheduleRefresh);
        }
        if (Workspace *ws = m_session->workspace())
            connect(ws, &Workspace::clauseChanged, this, &ChartsView::scheduleRefresh);
    };
    connect(session, &ConsensusSession::workspaceChanged, this, [this, followEngine] {
        followEngine();
        m_clauseId = 0;
        scheduleRefresh();
    });
    connect(session, &ConsensusSession::documentChanged, this, &ChartsView::scheduleRefresh);
    connect(session, &ConsensusSession::membersChanged, this, &ChartsView::scheduleRefresh);
    connect(session, &ConsensusSession::whatIfChanged, this, &ChartsView::scheduleRefresh);
    refresh();
    // Lists as wide as their longest item, never elided.
    for (QComboBox *combo : findChildren<QComboBox *>())
        ComboPopup::follow(combo);
}

void ChartsView::setKind(Kind kind)
{
    const QSignalBlocker blocker(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    refresh();
}

ChartsView::Kind ChartsView::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void ChartsView::setClause(qint64 clauseId)
{
    if (clauseId == m_clauseId)
        return;
    m_clauseId = clauseId;
    if (kind() == Kind::SupportByGroup)
        scheduleRefresh();
}

void ChartsView::setGroupKind(StateGroup::Kind kind)
{
    const QSignalBlocker blocker(m_groups);
    m_groups->setCurrentIndex(m_groups->findData(int(kind)));
    refresh();
}

QChart *ChartsView::chart() const
{
    return m_view->chart();
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ChartsView::scheduleRefresh()
{
    // Hidden charts are redrawn when shown; shown ones once per burst of changes.
    if (m_dirty)
        return;
    m_dirty = true;
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_dirty)
                refresh();
        });
}

void ChartsView::refresh()
{
    m_dirty = false;
    const bool support = kind() == Kind::SupportByGroup;
    m_groupsLabel->setVisible(support);
    m_groups->setVisible(support);
    m_scope->setVisible(support);
    const Workspace *ws = m_session->workspace();
    const QString illustrative =
        ws ? SampleBuilder::displayNotice(ws->illustrativeNotice()) : QString();
    // The lineage counts brackets in the texts: only the other charts show positions.
    m_notice->setText(illustrative.isEmpty() || kind() == Kind::Lineage
                          ? QString()
                          : tr("Illustrative values: the sample's positions are not recorded "
                               "statements of any State."));
    switch (kind()) {
    case Kind::Dashboard:
        showDashboard();
        break;
    case Kind::Lineage:
        showLineage();
        break;
    case Kind::SupportByGroup:
        showSupport();
        break;
    }
    const bool hasData = chart() && !chart()->series().isEmpty();
    m_png->setEnabled(hasData);
    m_svg->setEnabled(hasData);
}

void ChartsView::showDashboard()
{
    auto *chart = new QChart;
    const ChartData::Dashboard d = ChartData::dashboard(*m_session);
    if (d.clauseCount) {
        auto *series = new QStackedBarSeries;
        for (ConsensusStatus s : allConsensusStatuses) {
            auto *set = new QBarSet(ConsensusStatusText::label(s));
            *set << d.clausesByStatus[std::size_t(s)];
            set->setColor(StanceStyle::statusColour(s));
            set->setLabelColor(StanceStyle::statusTextColour(s));
            series->append(set);
        }
        series->setLabelsVisible(true);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(tr("Clauses"));
        auto *y = new QValueAxis;
        y->setRange(0, d.clauseCount);
        y->setTickCount(std::min(d.clauseCount, 10) + 1);
        y->setLabelFormat(u"%d"_s);
        y->setTitleText(tr("clauses"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->setTitle(
            tr("%1 \u2014 %n clause(s) by status; agreed words: %2", nullptr, d.clauseCount)
                .arg(Language::isolate(
                         m_session->workspace()->document(m_session->documentId())->symbol),
                     Language::isolate(percent(d.statistics.agreedShare()))));
    } else {
        chart->setTitle(tr("Choose a document in the navigator"));
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(chart);
}

void ChartsView::showLineage()
{
    auto *chart = new QChart;
    const Workspace *ws = m_session->workspace();
    const QList<ChartData::Draft> drafts =
        ws ? ChartData::lineage(*ws, m_session->documentId()) : QList<ChartData::Draft>();
    if (!drafts.isEmpty()) {
        auto *spans = new QLineSeries;
        spans->setName(tr("Bracketed spans"));
        auto *groups = new QLineSeries;
        groups->setName(tr("Alternative groups"));
        auto *options = new QLineSeries;
        options->setName(tr("Alternatives"));
        auto *agreed = new QLineSeries;
        agreed->setName(tr("Agreed words (%)"));
        QStringList symbols;
        int most = 1;
        for (int i = 0; i < drafts.size(); ++i) {
            const MarkupStatistics &s = drafts[i].statistics;
            spans->append(i, s.bracketedSpans);
            groups->append(i, s.alternativeGroups);
            options->append(i, s.alternatives);
            agreed->append(i, s.agreedShare() * 100.0);
            most = std::max({most, s.bracketedSpans, s.alternativeGroups, s.alternatives});
            symbols << drafts[i].symbol;
        }
        auto *x = new QBarCategoryAxis;
        x->append(symbols);
        x->setTruncateLabels(false);
        auto *counts = new QValueAxis;
        counts->setRange(0, most + 1);
        counts->setLabelFormat(u"%d"_s);
        counts->setTitleText(tr("count"));
        auto *share = new QValueAxis;
        share->setRange(0, 100);
        share->setLabelFormat(u"%d%%"_s);
        share->setTitleText(tr("agreed words"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(counts, Qt::AlignLeft);
        chart->addAxis(share, Qt::AlignRight);
        for (QLineSeries *series : {spans, groups, options, agreed}) {
            series->setPointsVisible(true);
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(series == agreed ? share : counts);
        }
        chart->setTitle(tr("Brackets and agreed words along the lineage (%n draft(s))", nullptr,
                           int(drafts.size())));
    } else {
        chart->setTitle(tr("Choose a document in the navigator"));
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(chart);
}

void ChartsView::showSupport()
{
    auto *chart = new QChart;
    const auto groupKind = StateGroup::Kind(m_groups->currentData().toInt());
    const bool document = m_scope->currentData().toInt() == 1 || !m_clauseId;
    m_support = m_session->workspace()
                    ? ChartData::supportByGroup(*m_session, groupKind, document ? 0 : m_clauseId)
                    : QList<ChartData::GroupSupport>();
    if (!m_support.isEmpty() && m_session->documentId()) {
        auto *series = new QStackedBarSeries;
        int most = 1;
        for (Stance stance : stanceOrder) {
            // "No position" counts both an explicit no position and nothing recorded.
            auto *set = new QBarSet(StanceStyle::label(stance));
            set->setColor(StanceStyle::colour(stance));
            for (const ChartData::GroupSupport &g : m_support)
                *set << g.states[std::size_t(stance)].size();
            connect(set, &QBarSet::clicked, this,
                    [this, stance](int index) { selectSegment(index, stance); });
            series->append(set);
        }
        QStringList codes;
        for (const ChartData::GroupSupport &g : m_support) {
            codes << g.code;
            most = std::max(most, g.total());
        }
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(codes);
        x->setTruncateLabels(false);
        auto *y = new QValueAxis;
        y->setRange(0, most);
        y->applyNiceNumbers();
        y->setLabelFormat(u"%d"_s);
        y->setTitleText(document ? tr("members × paragraphs") : tr("members"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        const Workspace *ws = m_session->workspace();
        const Document *d = ws->document(m_session->documentId());
        const auto c = document ? std::nullopt : ws->clause(m_clauseId);
        chart->setTitle(
            c ? tr("Stances on paragraph %1 of %2, by group (click a bar to select "
                   "its states)")
                    .arg(Language::isolate(c->number), Language::isolate(d ? d->symbol : QString()))
              : tr("Stances on every paragraph of %1, by group (click a bar to "
                   "select its states)")
                    .arg(Language::isolate(d ? d->symbol : QString())));
    } else {
        chart->setTitle(tr("No groups of this kind in the workspace"));
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(chart);
}

void ChartsView::replaceChart(QChart *chart)
{
    // QChartView gives up the old chart without deleting it.
    QChart *old = m_view->chart();
    // A chart's title takes its direction from its first letter: in a right-to-left interface
    // a title that starts with a symbol (A/70/174 — ...) would read left to right.
    if (isRightToLeft() && !chart->title().isEmpty())
        chart->setTitle(QChar(0x200F) + chart->title()); // RIGHT-TO-LEFT MARK
    m_view->setChart(chart);
    delete old;
}

void ChartsView::selectSegment(int group, Stance stance)
{
    if (group < 0 || group >= m_support.size())
        return;
    QStringList states = m_support[group].states[std::size_t(stance)];
    states.removeDuplicates();
    Q_EMIT statesSelected(states);
}

bool ChartsView::savePng(const QString &path, QString *error) const
{
    try {
        const QImage image = m_view->grab().toImage();
        AtomicFile::write(path, [&](QIODevice &device) {
            if (!image.save(&device, "PNG"))
                throw Error(Error::Kind::Io, tr("Cannot write the PNG image %1").arg(path));
        });
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

bool ChartsView::saveSvg(const QString &path, QString *error) const
{
    try {
        AtomicFile::write(path, [&](QIODevice &device) {
            QSvgGenerator generator;
            generator.setOutputDevice(&device);
            generator.setSize(m_view->size());
            generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
            generator.setTitle(chart() ? chart()->title() : QString());
            generator.setDescription(tr("Chart from Plenipo"));
            QPainter painter(&generator);
            m_view->render(&painter);
        });
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

void ChartsView::saveDialog(bool svg)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suffix = svg ? u".svg"_s : u".png"_s;
    QString path =
        QFileDialog::getSaveFileName(this, svg ? tr("Save Chart as SVG") : tr("Save Chart as PNG"),
                                     QDir(dir).filePath(u"plenipo-chart"_s + suffix),
                                     svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QString error;
    if (!(svg ? saveSvg(path, &error) : savePng(path, &error)))
        QMessageBox::critical(this, tr("Cannot save the chart"), error);
}

} // namespace Plenipo
