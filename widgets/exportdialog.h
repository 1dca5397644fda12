// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Plenipo {

class Workspace;

// File > Export: a document of the workspace to Word, PDF, ODT (and every other format
// DocumentExporter knows), as it stands or for a coalition, with or without internal material.
// The export shows its progress and can be cancelled (nothing is left behind); when it is done
// the dialog offers to open the file or show its folder.
//
// A coalition export never contains internal material: choosing a coalition unticks and
// disables "Include internal material".
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Workspace &workspace, qint64 documentId, QWidget *parent = nullptr);

    QComboBox *formatBox() const { return m_format; }
    QComboBox *documentBox() const { return m_document; }
    QComboBox *coalitionBox() const { return m_coalition; }
    QCheckBox *internalBox() const { return m_internal; }
    // The export's language (data: ar zh en fr ru es); starts on the interface language.
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *pathEdit() const { return m_path; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *showFolderButton() const { return m_folderButton; }

    // The file written by the last successful export (empty before).
    QString exportedFile() const { return m_exported; }

    // Runs the export with the current choices; returns true when the file was written.
    bool exportNow();
    // Asks a running export to stop (the Cancel button during an export).
    void cancelExport() { m_cancelRequested = true; }
    bool isExporting() const { return m_running; }

Q_SIGNALS:
    // Emitted from the progress callback of a running export (for tests: cancel from here).
    void progressed(qint64 done, qint64 total);

public Q_SLOTS:
    // While an export runs, Cancel (and Escape) cancel it instead of closing the dialog.
    void reject() override;

private:
    void updateChoices();
    void suggestPath();
    void browse();
    void setRunning(bool running);

    const Workspace &m_workspace;
    QComboBox *m_format = nullptr;
    QComboBox *m_document = nullptr;
    QComboBox *m_coalition = nullptr;
    QCheckBox *m_internal = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_folderButton = nullptr;
    QString m_exported;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_pathEdited = false;
};

} // namespace Plenipo
