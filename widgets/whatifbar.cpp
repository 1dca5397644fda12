// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "whatifbar.h"

#include "consensus/whatif.h"
#include "consensussession.h"
#include "stancestyle.h"
#include "storage/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Plenipo {

WhatIfBar::WhatIfBar(ConsensusSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_toggle(new QPushButton(tr("What-if Mode"), this))
    , m_label(new QLabel(this))
    , m_keep(new QPushButton(tr("Keep"), this))
    , m_discard(new QPushButton(tr("Discard"), this))
{
    setObjectName(u"whatIfBar"_s);
    m_toggle->setObjectName(u"whatIfToggle"_s);
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Change stances temporarily and see every status update at once, "
                            "without touching the saved positions"));
    m_keep->setObjectName(u"whatIfKeep"_s);
    m_keep->setToolTip(tr("Record the temporary stances as positions (one undoable step)"));
    m_discard->setObjectName(u"whatIfDiscard"_s);
    m_discard->setToolTip(tr("Drop the temporary stances: the saved positions show again"));
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_keep);
    layout->addWidget(m_discard);

    connect(m_toggle, &QPushButton::toggled, session, &ConsensusSession::setWhatIfMode);
    connect(m_keep, &QPushButton::clicked, session, &ConsensusSession::keepWhatIf);
    connect(m_discard, &QPushButton::clicked, session, &ConsensusSession::discardWhatIf);
    connect(session, &ConsensusSession::whatIfModeChanged, this, &WhatIfBar::update);
    connect(session, &ConsensusSession::whatIfChanged, this, &WhatIfBar::update);
    connect(session, &ConsensusSession::workspaceChanged, this, &WhatIfBar::update);
    update();
}

void WhatIfBar::update()
{
    const bool on = m_session->isWhatIfMode();
    const int n = m_session->whatIf() ? m_session->whatIf()->size() : 0;
    {
        const QSignalBlocker blocker(m_toggle);
        m_toggle->setChecked(on);
    }
    const Workspace *ws = m_session->workspace();
    m_toggle->setEnabled(ws != nullptr);
    m_keep->setEnabled(on && n > 0 && ws && !ws->isReadOnly());
    m_discard->setEnabled(on);
    if (on) {
        m_label->setText(u"<span style='color:%1'><b>%2</b></span>"_s.arg(
            StanceStyle::whatIfColour().name(),
            tr("What-if: %n temporary stance(s), not saved", nullptr, n)));
    } else {
        m_label->setText(tr("Stance edits are saved (Edit > Undo reverts them)"));
    }
}

} // namespace Plenipo
