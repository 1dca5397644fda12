// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "researchwindow.h"

#include "consensus/clauseshape.h"

#include "agreementheatmap.h"
#include "compare/worddiff.h"
#include "consensus/clauseshape.h"
#include "core/error.h"
#include "exchange/atomicfile.h"
#include "exchange/csvwriter.h"
#include "research/hierarchicalclustering.h"
#include "research/normtracer.h"
#include "research/stancepredictor.h"
#include "research/votemap.h"
#include "storage/workspace.h"
#include "votemapview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString regionalGroupOf(const Workspace &ws, const QString &iso)
{
    for (const StateGroup &g : ws.groups()) {
        if (g.kind == StateGroup::Kind::Regional && g.members.contains(iso))
            return g.code;
    }
    return {};
}

QString choiceLabel(VoteMatrix::Cell c)
{
    return StanceText::label(StancePredictor::stanceOf(c));
}

} // namespace

ResearchWindow::ResearchWindow(Workspace &workspace, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Research \u2014 Plenipo"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_since = new QSpinBox;
    m_since->setRange(0, 200);
    m_since->setSpecialValueText(tr("any"));
    m_until = new QSpinBox;
    m_until->setRange(0, 200);
    m_until->setSpecialValueText(tr("any"));
    m_match = new QLineEdit;
    m_match->setPlaceholderText(tr("Title or text contains..."));
    m_match->setClearButtonEnabled(true);
    m_symbols = new QLineEdit;
    m_symbols->setPlaceholderText(tr("Only these resolutions (A/RES/74/10, ...)"));
    m_symbols->setClearButtonEnabled(true);
    auto *apply = new QPushButton(tr("&Apply"));
    bar->addWidget(new QLabel(tr("Sessions from")));
    bar->addWidget(m_since);
    bar->addWidget(new QLabel(tr("to")));
    bar->addWidget(m_until);
    bar->addWidget(m_match, 1);
    bar->addWidget(m_symbols, 1);
    bar->addWidget(apply);
    layout->addLayout(bar);
    m_summary = new QLabel;
    layout->addWidget(m_summary);
    m_tabs = new QTabWidget;
    layout->addWidget(m_tabs, 1);

    // Agreement: heat map and closest states.
    auto *agreement = new QSplitter;
    m_heatMap = new AgreementHeatMap;
    agreement->addWidget(m_heatMap);
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    m_state = new QComboBox;
    sideLayout->addWidget(new QLabel(tr("Closest and most distant to:")));
    sideLayout->addWidget(m_state);
    m_closest = new QTreeWidget;
    m_closest->setHeaderLabels({tr("State"), tr("Agreement"), tr("Votes in common")});
    m_closest->setRootIsDecorated(false);
    sideLayout->addWidget(m_closest, 1);
    agreement->addWidget(side);
    // Halves: the square heat map fills its half's height, the list gets the rest.
    agreement->setSizes({1000, 1000});
    m_tabs->addTab(agreement, tr("&Agreement"));

    // Vote map.
    auto *mapPage = new QWidget;
    auto *mapLayout = new QVBoxLayout(mapPage);
    auto *mapBar = new QHBoxLayout;
    m_colourBy = new QComboBox;
    m_colourBy->addItem(tr("Regional groups"), u"regional"_s);
    m_colourBy->addItem(tr("Blocs (clustering)"), u"blocs"_s);
    for (const StateGroup &g : workspace.groups()) {
        if (g.kind != StateGroup::Kind::Regional)
            m_colourBy->addItem(tr("Members of %1").arg(g.name), u"group:%1"_s.arg(g.code));
    }
    m_blocs = new QSpinBox;
    m_blocs->setRange(2, 20);
    m_blocs->setValue(6);
    m_blocsInfo = new QLabel;
    mapBar->addWidget(new QLabel(tr("Colour by")));
    mapBar->addWidget(m_colourBy, 1);
    mapBar->addWidget(new QLabel(tr("Blocs")));
    mapBar->addWidget(m_blocs);
    mapLayout->addLayout(mapBar);
    mapLayout->addWidget(m_blocsInfo);
    m_map = new VoteMapView;
    mapLayout->addWidget(m_map, 1);
    m_tabs->addTab(mapPage, tr("Vote &map"));

    // Likely stances.
    auto *likely = new QWidget;
    auto *likelyLayout = new QVBoxLayout(likely);
    m_showPredictions = new QCheckBox(tr("Show likely stances of the silent members"));
    m_showPredictions->setChecked(true);
    m_target = new QComboBox;
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(40);
    m_predictionInfo = new QLabel;
    m_predictionInfo->setWordWrap(true);
    m_predictions = new QTableWidget(0, 3);
    m_predictions->setHorizontalHeaderLabels(
        {tr("State"), tr("Likely stance (predicted)"), tr("Confidence")});
    // The header and the longest name in full, rows or none.
    m_predictions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_predictions->horizontalHeader()->setStretchLastSection(true);
    m_predictions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    likelyLayout->addWidget(m_showPredictions);
    auto *targetBar = new QHBoxLayout;
    auto *targetLabel = new QLabel(tr("&For:"));
    targetLabel->setBuddy(m_target);
    targetBar->addWidget(targetLabel);
    targetBar->addWidget(m_target, 1);
    likelyLayout->addLayout(targetBar);
    likelyLayout->addWidget(m_predictionInfo);
    likelyLayout->addWidget(m_predictions, 1);
    m_tabs->addTab(likely, tr("&Likely stances"));
    m_likelyPage = likely;

    // Norm tracing.
    auto *norms = new QSplitter(Qt::Vertical);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    auto *normBar = new QHBoxLayout;
    m_minSimilarity = new QSpinBox;
    m_minSimilarity->setRange(5, 100);
    m_minSimilarity->setValue(30);
    m_minSimilarity->setSuffix(u" %"_s);
    auto *exportCsv = new QPushButton(tr("Export &CSV..."));
    normBar->addWidget(new QLabel(tr("Minimum similarity")));
    normBar->addWidget(m_minSimilarity);
    normBar->addStretch(1);
    normBar->addWidget(exportCsv);
    topLayout->addLayout(normBar);
    m_normTable = new QTableWidget;
    m_normTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    topLayout->addWidget(m_normTable, 1);
    norms->addWidget(top);
    m_trace = new QTextBrowser;
    norms->addWidget(m_trace);
    m_tabs->addTab(norms, tr("&Norm tracing"));

    connect(apply, &QPushButton::clicked, this, &ResearchWindow::refresh);
    connect(m_match, &QLineEdit::returnPressed, this, &ResearchWindow::refresh);
    connect(m_symbols, &QLineEdit::returnPressed, this, &ResearchWindow::refresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ResearchWindow::updateClosest);
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, &ResearchWindow::updateMap);
    connect(m_blocs, &QSpinBox::valueChanged, this, &ResearchWindow::updateMap);
    connect(m_showPredictions, &QCheckBox::toggled, this, &ResearchWindow::updatePredictions);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ResearchWindow::updatePredictions);
    connect(m_minSimilarity, &QSpinBox::valueChanged, this, &ResearchWindow::updateNorms);
    connect(m_normTable, &QTableWidget::cellClicked, this,
            [this](int row, int) { showTrace(row); });
    connect(exportCsv, &QPushButton::clicked, this, &ResearchWindow::exportNormTable);
    resize(1100, 750);
    // The window reads the workspace: it goes when the workspace does.
    connect(&workspace, &QObject::destroyed, this, [this] {
        hide();
        deleteLater();
    });
    refresh();
}

ResearchWindow::~ResearchWindow() = default;

void ResearchWindow::setClause(qint64 clauseId)
{
    m_clauseId = clauseId;
    fillTargets();
    updatePredictions();
}

// The whole clause, each alternative of its bracketed groups, and its document as a whole.
// Item data: the alternative id, or "#document".
void ResearchWindow::fillTargets()
{
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    const auto clause = m_workspace.clause(m_clauseId);
    const Document *d = clause ? m_workspace.document(clause->documentId) : nullptr;
    if (!clause || !d) {
        m_target->setEnabled(false);
        return;
    }
    m_target->setEnabled(true);
    m_target->addItem(tr("The whole of %1#%2").arg(d->symbol, clause->number), QString());
    const ClauseShape shape = ClauseShape::of(clause->text);
    for (const ClauseShape::Group &g : shape.groups()) {
        for (const ClauseShape::Alternative &a : g.alternatives) {
            const QString text = a.text.simplified();
            m_target->addItem(tr("Alternative %1: %2")
                                  .arg(a.id, text.size() > 60 ? text.left(59) + u'\u2026' : text),
                              a.id);
            m_target->setItemData(m_target->count() - 1, a.text, Qt::ToolTipRole);
        }
    }
    m_target->addItem(tr("Document %1 as a whole").arg(d->symbol), u"#document"_s);
}

bool ResearchWindow::setPredictionTarget(const QString &alternative, bool document)
{
    const int i = m_target->findData(document ? u"#document"_s : alternative);
    if (i < 0)
        return false;
    m_target->setCurrentIndex(i);
    updatePredictions();
    return true;
}

void ResearchWindow::refresh()
{
    try {
        VoteMatrix::Selection s;
        s.sinceSession = m_since->value();
        s.untilSession = m_until->value();
        s.match = m_match->text();
        // A hand-picked list: symbols separated by commas or semicolons.
        static const QRegularExpression separators(u"[,;]"_s);
        for (const QString &symbol : m_symbols->text().split(separators, Qt::SkipEmptyParts)) {
            if (!symbol.trimmed().isEmpty())
                s.symbols << symbol.trimmed();
        }
        m_votes = VoteMatrix::fromWorkspace(m_workspace, s);
        m_agreement = AgreementMatrix(m_votes);
        m_tracer = std::make_unique<NormTracer>(NormTracer::fromWorkspace(m_workspace));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Research"), e.message());
        return;
    }
    m_summary->setText(tr("%n recorded vote(s) selected", nullptr, m_votes.voteCount()));
    const HierarchicalClustering clustering(m_agreement);
    m_heatMap->setMatrix(m_agreement, m_votes.voteCount() ? clustering.leafOrder() : QList<int>());
    const QString previous = m_state->currentData().toString();
    m_state->blockSignals(true);
    m_state->clear();
    for (const QString &iso : m_votes.states()) {
        const State *st = m_workspace.states().byIso3(iso);
        m_state->addItem(u"%1 (%2)"_s.arg(st ? st->name : iso, iso), iso);
    }
    const int i = m_state->findData(previous);
    m_state->setCurrentIndex(i >= 0 ? i : 0);
    m_state->blockSignals(false);
    updateClosest();
    updateMap();
    updatePredictions();
    updateNorms();
}

void ResearchWindow::updateClosest()
{
    m_closest->clear();
    const int index = m_votes.stateIndex(m_state->currentData().toString());
    if (index < 0 || !m_votes.voteCount())
        return;
    // Every other member state, those with no vote in common last.
    const QList<AgreementMatrix::Neighbour> list = m_agreement.neighbours(index, 0);
    for (const AgreementMatrix::Neighbour &n : list) {
        const State *st = m_workspace.states().byIso3(n.iso3);
        auto *item =
            new QTreeWidgetItem(m_closest, {u"%1 (%2)"_s.arg(st ? st->name : n.iso3, n.iso3),
                                            n.commonVotes ? QString::number(n.agreement, 'f', 3)
                                                          : tr("no vote in common"),
                                            QString::number(n.commonVotes)});
        item->setData(0, Qt::UserRole, n.iso3);
    }
    for (int column = 0; column < m_closest->columnCount(); ++column)
        m_closest->resizeColumnToContents(column); // long names ("United Kingdom ...") in full
}

void ResearchWindow::updateMap()
{
    if (!m_votes.voteCount()) {
        m_map->setMap(VoteMap(), {}, tr("No recorded vote in the selection"));
        m_blocsInfo->clear();
        return;
    }
    const VoteMap map(m_votes);
    QStringList regional;
    for (const QString &iso : m_votes.states())
        regional << regionalGroupOf(m_workspace, iso);
    const HierarchicalClustering clustering(m_agreement);
    const QList<int> cut = clustering.cut(m_blocs->value());
    const HierarchicalClustering::Comparison cmp = HierarchicalClustering::compare(cut, regional);
    // The political groups: how much of each sits in one bloc.
    QStringList political;
    for (const StateGroup &g : m_workspace.groups()) {
        if (g.kind != StateGroup::Kind::Political)
            continue;
        QList<int> members;
        for (const QString &iso : g.members)
            members << m_votes.stateIndex(iso);
        const HierarchicalClustering::Cohesion c = HierarchicalClustering::cohesion(cut, members);
        if (c.members >= 2)
            political
                << tr("%1 %2% in bloc %3").arg(g.code).arg(qRound(c.share * 100)).arg(c.bloc + 1);
    }
    m_blocsInfo->setWordWrap(true);
    m_blocsInfo->setText(tr("%n bloc(s) by clustering; compared with the regional groups: "
                            "adjusted Rand index %1, purity %2",
                            nullptr, m_blocs->value())
                             .arg(cmp.adjustedRand, 0, 'f', 2)
                             .arg(cmp.purity, 0, 'f', 2) +
                         (political.isEmpty()
                              ? QString()
                              : u"; "_s + tr("political groups: %1").arg(political.join(u", "_s))));
    const QString by = m_colourBy->currentData().toString();
    QStringList groupOf;
    if (by == u"blocs") {
        for (int b : cut)
            groupOf << tr("Bloc %1").arg(b + 1);
    } else if (by.startsWith(u"group:"_s)) {
        const StateGroup *g = m_workspace.group(QStringView(by).mid(6));
        for (const QString &iso : m_votes.states())
            groupOf << (g && g->members.contains(iso) ? g->code : tr("Others"));
    } else {
        groupOf = regional;
    }
    m_map->setMap(map, groupOf,
                  tr("States by their votes (%n recorded vote(s))", nullptr, m_votes.voteCount()));
}

void ResearchWindow::updatePredictions()
{
    m_predictions->setRowCount(0);
    const auto clause = m_workspace.clause(m_clauseId);
    if (!m_showPredictions->isChecked()) {
        m_predictionInfo->setText(tr("Likely stances are switched off."));
        return;
    }
    if (!clause) {
        m_predictionInfo->setText(tr("Select a clause in the workbench to see the likely stances "
                                     "of its silent members."));
        return;
    }
    if (!m_votes.voteCount()) {
        m_predictionInfo->setText(tr("No recorded vote in the selection to predict from."));
        return;
    }
    const Document *d = m_workspace.document(clause->documentId);
    const bool wholeDocument = m_target->currentData().toString() == u"#document";
    const QString alternative = wholeDocument ? QString() : m_target->currentData().toString();
    // "A/RES/75/32#3", "A/RES/75/32#3, alternative g1.2" or "A/RES/75/32".
    const QString target = wholeDocument ? (d ? d->symbol : QString())
                           : alternative.isEmpty()
                               ? u"%1#%2"_s.arg(d ? d->symbol : QString(), clause->number)
                               : tr("%1#%2, alternative %3")
                                     .arg(d ? d->symbol : QString(), clause->number, alternative);
    const StancePredictor::Silent silent =
        StancePredictor::silentMembers(m_workspace, m_votes, m_agreement, clause->documentId,
                                       wholeDocument ? 0 : clause->id, alternative);
    const QList<StancePredictor::Prediction> &list = silent.predictions;
    const QStringList &unpredicted = silent.unpredicted;
    if (silent.nobodySpoke) {
        m_predictionInfo->setText(
            tr("%1: no state has a recorded position here, so there is nothing to predict "
               "from (adopted without a vote, or no statement recorded yet).")
                .arg(target));
        return;
    }
    m_predictionInfo->setText(
        tr("%1: %n silent member(s) with a likely stance. Predicted from the states that vote "
           "most like each one: not a recorded position, never counted by consensus, coalitions "
           "or exports.",
           nullptr, int(list.size()))
            .arg(target) +
        (unpredicted.isEmpty()
             ? QString()
             : u" "_s + tr("%n other silent member(s) without one: no state shares enough of "
                           "the selected votes with it.",
                           nullptr, int(unpredicted.size()))));
    QFont italic = m_predictions->font();
    italic.setItalic(true);
    for (const StancePredictor::Prediction &p : list) {
        const int row = m_predictions->rowCount();
        m_predictions->insertRow(row);
        const State *st = m_workspace.states().byIso3(p.iso3);
        m_predictions->setItem(
            row, 0, new QTableWidgetItem(u"%1 (%2)"_s.arg(st ? st->name : p.iso3, p.iso3)));
        // Its own mark, in the neutral text colour: never a recorded stance's colour.
        auto *stance = new QTableWidgetItem(tr("\u2248 %1 (predicted)").arg(choiceLabel(p.choice)));
        stance->setFont(italic);
        stance->setToolTip(
            tr("Predicted from the %n state(s) that vote most like it", nullptr, p.basis));
        m_predictions->setItem(row, 1, stance);
        m_predictions->setItem(row, 2,
                               new QTableWidgetItem(u"%1 %"_s.arg(qRound(p.confidence * 100))));
    }
    for (const QString &iso : std::as_const(unpredicted)) {
        const int row = m_predictions->rowCount();
        m_predictions->insertRow(row);
        const State *st = m_workspace.states().byIso3(iso);
        m_predictions->setItem(row, 0,
                               new QTableWidgetItem(u"%1 (%2)"_s.arg(st ? st->name : iso, iso)));
        auto *none = new QTableWidgetItem(tr("no likely stance"));
        none->setFont(italic);
        none->setToolTip(tr("No state with a position here shares enough of the selected votes "
                            "with it"));
        m_predictions->setItem(row, 1, none);
        m_predictions->setItem(row, 2, new QTableWidgetItem(QString()));
    }
}

void ResearchWindow::updateNorms()
{
    m_normTable->clear();
    m_trace->clear();
    if (!m_tracer)
        return;
    if (m_workspace.norms().isEmpty()) {
        m_trace->setHtml(u"<p>%1</p>"_s.arg(
            tr("This workspace has no norms catalogue to trace (the sample workspace has the "
               "eleven 2015 norms). Any clause can be traced from the command line: plenipo "
               "trace WORKSPACE SYMBOL#NUMBER.")
                .toHtmlEscaped()));
        return;
    }
    QList<NormTracer::Source> sources;
    for (const Norm &n : m_workspace.norms())
        sources << NormTracer::source(m_workspace, n);
    QList<qint64> docs;
    for (const Document &d : m_workspace.documents())
        docs << d.id;
    const double min = m_minSimilarity->value() / 100.0;
    const auto rows = m_tracer->table(sources, docs, min);
    // Only the documents where some norm has a match.
    QList<int> shown;
    for (int c = 0; c < docs.size(); ++c) {
        for (const auto &row : rows) {
            if (row[c].best.paragraph >= 0) {
                shown << c;
                break;
            }
        }
    }
    m_normTable->setRowCount(int(sources.size()));
    m_normTable->setColumnCount(int(shown.size()));
    QStringList headers;
    for (int c : shown)
        headers << m_workspace.document(docs[c])->symbol;
    m_normTable->setHorizontalHeaderLabels(headers);
    QStringList labels;
    for (const NormTracer::Source &s : sources)
        labels << s.label;
    m_normTable->setVerticalHeaderLabels(labels);
    for (int r = 0; r < rows.size(); ++r) {
        for (int k = 0; k < shown.size(); ++k) {
            const NormTracer::Cell &cell = rows[r][shown[k]];
            if (cell.best.paragraph < 0)
                continue;
            const NormTracer::Paragraph &p = m_tracer->paragraphs()[cell.best.paragraph];
            auto *item = new QTableWidgetItem(
                u"%1 (%2)"_s.arg(p.number).arg(cell.best.similarity, 0, 'f', 2));
            item->setToolTip(tr("Best match: paragraph %1, similarity %2")
                                 .arg(p.number)
                                 .arg(cell.best.similarity, 0, 'f', 3));
            m_normTable->setItem(r, k, item);
        }
    }
    m_normTable->resizeColumnsToContents();
    // The first norm's matches below the table, so that the view is never blank.
    showTrace(0);
}

void ResearchWindow::showTrace(int normRow)
{
    if (!m_tracer || normRow < 0 || normRow >= m_workspace.norms().size())
        return;
    const NormTracer::Source s = NormTracer::source(m_workspace, m_workspace.norms()[normRow]);
    showTraceOf(s.label, s.text);
}

void ResearchWindow::traceNorm(qint64 normId)
{
    const QList<Norm> &norms = m_workspace.norms();
    for (int row = 0; row < norms.size(); ++row) {
        if (norms[row].id == normId) {
            m_tabs->setCurrentWidget(m_trace->parentWidget());
            m_normTable->selectRow(row);
            showTrace(row);
            return;
        }
    }
}

QString ResearchWindow::predictionInfo() const
{
    return m_predictionInfo->text();
}

void ResearchWindow::showLikelyStances()
{
    m_tabs->setCurrentWidget(m_likelyPage);
}

void ResearchWindow::traceClause(qint64 clauseId)
{
    const auto clause = m_workspace.clause(clauseId);
    const Document *d = clause ? m_workspace.document(clause->documentId) : nullptr;
    if (!clause || !d)
        return;
    m_tabs->setCurrentWidget(m_trace->parentWidget());
    m_normTable->clearSelection();
    showTraceOf(u"%1#%2"_s.arg(d->symbol, clause->number), clause->text);
}

void ResearchWindow::showTraceOf(const QString &label, const QString &text)
{
    if (!m_tracer)
        return;
    const NormTracer::Source s{label, text};
    const QList<NormTracer::Match> matches =
        m_tracer->trace(s.text, m_minSimilarity->value() / 100.0);
    QString html = u"<h3>%1</h3><p>%2</p>"_s.arg(
        s.label.toHtmlEscaped(),
        tr("%n paragraph(s) derive from it, best first:", nullptr, int(matches.size())));
    for (const NormTracer::Match &m : matches) {
        const NormTracer::Paragraph &p = m_tracer->paragraphs()[m.paragraph];
        html += u"<p><b>%1#%2</b> &nbsp; %3<br/>%4</p>"_s.arg(
            p.symbol.toHtmlEscaped(), p.number.toHtmlEscaped(),
            tr("similarity %1").arg(m.similarity, 0, 'f', 3), WordDiff(s.text, p.text).toHtml());
    }
    html.replace(u"<del>"_s, u"<span style=\"color:#b2182b; text-decoration:line-through\">"_s);
    html.replace(u"</del>"_s, u"</span>"_s);
    html.replace(u"<ins>"_s, u"<span style=\"color:#1b7837; text-decoration:underline\">"_s);
    html.replace(u"</ins>"_s, u"</span>"_s);
    m_trace->setHtml(html);
}

void ResearchWindow::exportNormTable()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Norm Table"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty() || !m_tracer)
        return;
    QByteArray bytes = CsvWriter::byteOrderMark();
    bytes += CsvWriter::record({u"norm"_s, u"document"_s, u"best_paragraph"_s, u"similarity"_s});
    QList<NormTracer::Source> sources;
    for (const Norm &n : m_workspace.norms())
        sources << NormTracer::source(m_workspace, n);
    QList<qint64> docs;
    for (const Document &d : m_workspace.documents())
        docs << d.id;
    const auto rows = m_tracer->table(sources, docs, m_minSimilarity->value() / 100.0);
    for (int r = 0; r < rows.size(); ++r) {
        for (const NormTracer::Cell &c : rows[r]) {
            if (c.best.paragraph < 0)
                continue;
            const NormTracer::Paragraph &p = m_tracer->paragraphs()[c.best.paragraph];
            bytes += CsvWriter::record(
                {sources[r].label, p.symbol, p.number, QString::number(c.best.similarity, 'f', 3)});
        }
    }
    try {
        AtomicFile::write(path, [&bytes](QIODevice &device) { device.write(bytes); });
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export Norm Table"), e.message());
    }
}

} // namespace Plenipo
