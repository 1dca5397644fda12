// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Plenipo {

class Workspace;

// Settings > Configure Plenipo: who you are (your name and delegation, recorded as the author
// of every revision and position change), the default export folder, and the interface
// language (used from the next start). OK saves to QSettings and applies the author at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `workspace` (may be null) offers its states and groups as delegations.
    explicit PreferencesDialog(const Workspace *workspace, QWidget *parent = nullptr);

    // What the dialog shows now.
    Preferences preferences() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *delegationCombo() const { return m_delegation; }
    QLineEdit *exportFolderEdit() const { return m_folder; }
    QComboBox *languageCombo() const { return m_language; }
    QLabel *authorPreview() const { return m_preview; }
    // Says why OK did not close the dialog (an export folder that does not exist).
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void updatePreview();

    QLineEdit *m_name;
    QComboBox *m_delegation;
    QLineEdit *m_folder;
    QComboBox *m_language;
    QLabel *m_preview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Plenipo
