// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chartdata.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;

namespace Plenipo {

class ConsensusSession;

// The Charts tab (Qt Charts), on the session's document:
// - Dashboard: clauses by consensus status, and the share of agreed words in the title;
// - Lineage trend: bracketed spans, alternative groups, alternatives and the agreed-word share
//   of every draft along the document's lineage (zero draft, Rev.1 ...);
// - Support by group: the stances of each UN regional group (or political group, or
//   coalition) on the clause shown or the whole document, as stacked bars; clicking a bar
//   segment reports those states (statesSelected).
// Each chart is saved as PNG or SVG. A workspace with illustrative data says so.
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Dashboard,
        Lineage,
        SupportByGroup
    };

    explicit ChartsView(ConsensusSession *session, QWidget *parent = nullptr);
    QSize sizeHint() const override { return QSize(560, 480); }

    void setKind(Kind kind);
    Kind kind() const;
    // The clause "support by group" shows (0: the whole document).
    void setClause(qint64 clauseId);
    // Regional (default), Political or Coalition.
    void setGroupKind(StateGroup::Kind kind);

    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *groupBox() const { return m_groups; }
    QComboBox *scopeBox() const { return m_scope; }
    QLabel *notice() const { return m_notice; }
    const QList<ChartData::GroupSupport> &groupSupport() const { return m_support; }

    // The chart as it is shown, written atomically; false (with the reason in *error) on
    // failure.
    bool savePng(const QString &path, QString *error = nullptr) const;
    bool saveSvg(const QString &path, QString *error = nullptr) const;

    // What clicking segment `stance` of bar `group` does (also for tests).
    void selectSegment(int group, Stance stance);

Q_SIGNALS:
    // States (ISO3) of a clicked bar segment.
    void statesSelected(const QStringList &states);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void scheduleRefresh();
    void showDashboard();
    void showLineage();
    void showSupport();
    void saveDialog(bool svg);
    void replaceChart(QChart *chart);

    ConsensusSession *m_session;
    qint64 m_clauseId = 0;
    bool m_dirty = true;
    QComboBox *m_kind;
    QComboBox *m_groups;
    QComboBox *m_scope;
    QLabel *m_notice;
    QLabel *m_groupsLabel;
    QChartView *m_view;
    QPushButton *m_png;
    QPushButton *m_svg;
    QList<ChartData::GroupSupport> m_support;
};

} // namespace Plenipo
