// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Plenipo {

class FileImporter;
class Workspace;

// File > Import: choose a file and its format (Akoma Ntoso, a Word or text draft, positions in
// CSV), check it, read the import report (what would be created, every problem with its line),
// then import. Nothing is written before the user presses Import. A CSV file with errors offers
// "Import Valid Rows" (enabled only then; the rows with errors are left out) or Close (nothing
// changes).
// Positions from CSV go through the undo stack (Edit > Undo takes them back).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportDialog() override;

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *symbolEdit() const { return m_symbol; }
    QPlainTextEdit *reportView() const { return m_report; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *checkButton() const { return m_checkButton; }
    QPushButton *importButton() const { return m_importButton; }
    QPushButton *validRowsButton() const { return m_validButton; }

    void setFile(const QString &path);
    // Reads and checks the chosen file and shows the report; returns false when it is refused.
    bool check();
    // Imports what check() read (the valid rows only when acceptValid); returns true on success.
    bool importNow(bool acceptValid = false);

private:
    void browse();
    void updateButtons();
    void showReport(const QString &status, bool good);

    Workspace &m_workspace;
    std::unique_ptr<FileImporter> m_importer;
    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_symbol = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_validButton = nullptr;
    bool m_done = false;
};

} // namespace Plenipo
