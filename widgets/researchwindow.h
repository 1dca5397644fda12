// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "research/agreementmatrix.h"
#include "research/votematrix.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace Plenipo {

class AgreementHeatMap;
class NormTracer;
class VoteMapView;
class Workspace;

// Tools > Research: the voting alignment of the recorded votes (a chosen session range and
// text), as a heat map ordered by clustering, the closest and most distant states to one, the
// vote map coloured by regional group, any group or bloc; the likely stances of the silent
// members on the current clause (marked as predicted, switchable off); and the norms catalogue
// traced through the workspace's texts (norm x document table, exportable as CSV, with the word
// diff of each match). It only reads the workspace.
class ResearchWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ResearchWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~ResearchWindow() override;

    // The clause whose silent members get likely stances (0: none); the Likely stances tab
    // offers the whole clause, each of its alternatives and its document as a whole.
    void setClause(qint64 clauseId);
    // What the likely stances are for: the clause set above (alternative empty: the whole
    // clause), one of its alternatives, or (document true) its document as a whole.
    bool setPredictionTarget(const QString &alternative, bool document = false);
    // The Norm tracing tab on a norm of the catalogue, or on any clause: every paragraph that
    // derives from it, best first, with the word diff against it.
    void traceNorm(qint64 normId);
    void traceClause(qint64 clauseId);
    // The Likely stances tab in front.
    void showLikelyStances();
    void refresh();

    // For tests.
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *predictionTable() const { return m_predictions; }
    QTableWidget *normTable() const { return m_normTable; }
    QTreeWidget *closestList() const { return m_closest; }
    QCheckBox *showPredictions() const { return m_showPredictions; }
    QComboBox *predictionTarget() const { return m_target; }
    QString predictionInfo() const;
    QTextBrowser *traceView() const { return m_trace; }
    QComboBox *stateChoice() const { return m_state; }
    QLineEdit *symbolsEdit() const { return m_symbols; }
    const VoteMatrix &votes() const { return m_votes; }

private:
    void updateClosest();
    void updateMap();
    void updatePredictions();
    void updateNorms();
    void showTrace(int normRow);
    void showTraceOf(const QString &label, const QString &text);
    void fillTargets();
    void exportNormTable();

    Workspace &m_workspace;
    QTabWidget *m_tabs = nullptr;
    QSpinBox *m_since = nullptr;
    QSpinBox *m_until = nullptr;
    QLineEdit *m_match = nullptr;
    QLineEdit *m_symbols = nullptr;
    QLabel *m_summary = nullptr;
    AgreementHeatMap *m_heatMap = nullptr;
    QComboBox *m_state = nullptr;
    QTreeWidget *m_closest = nullptr;
    VoteMapView *m_map = nullptr;
    QComboBox *m_colourBy = nullptr;
    QSpinBox *m_blocs = nullptr;
    QLabel *m_blocsInfo = nullptr;
    QCheckBox *m_showPredictions = nullptr;
    QLabel *m_predictionInfo = nullptr;
    QComboBox *m_target = nullptr;
    QTableWidget *m_predictions = nullptr;
    QTableWidget *m_normTable = nullptr;
    QTextBrowser *m_trace = nullptr;
    QWidget *m_likelyPage = nullptr;
    QSpinBox *m_minSimilarity = nullptr;

    VoteMatrix m_votes;
    AgreementMatrix m_agreement;
    std::unique_ptr<NormTracer> m_tracer;
    qint64 m_clauseId = 0;
};

} // namespace Plenipo
