// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Plenipo {

class ConsensusSession;

// The what-if controls shared by the support matrix, the position panel and the coalition
// view: a toggle for what-if mode, the number of temporary stances, Keep (records them as one
// undoable step) and Discard.
class WhatIfBar : public QFrame
{
    Q_OBJECT

public:
    explicit WhatIfBar(ConsensusSession *session, QWidget *parent = nullptr);

    QPushButton *toggleButton() const { return m_toggle; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *discardButton() const { return m_discard; }
    QLabel *label() const { return m_label; }

private:
    void update();

    ConsensusSession *m_session;
    QPushButton *m_toggle;
    QLabel *m_label;
    QPushButton *m_keep;
    QPushButton *m_discard;
};

} // namespace Plenipo
