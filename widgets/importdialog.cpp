// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "importdialog.h"
#include "commands/commandrunner.h"

#include "combopopup.h"

#include "commands/importdocumentcommand.h"
#include "commands/setpositionscommand.h"
#include "core/error.h"
#include "exchange/fileimporter.h"
#include "exchange/positionscsvimporter.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

ImportDialog::ImportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Import"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("A file to import"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    m_format = new QComboBox(this);
    m_format->addItem(tr("Automatic (from the file name)"), QString());
    m_format->addItem(tr("Akoma Ntoso XML (a Plenipo export or a UN resolution)"), u"akn"_s);
    m_format->addItem(tr("Draft in Word (.docx)"), u"docx"_s);
    m_format->addItem(tr("Draft in plain text (.txt)"), u"txt"_s);
    m_format->addItem(tr("Positions (CSV)"), u"csv"_s);
    form->addRow(tr("F&ormat:"), m_format);

    m_symbol = new QLineEdit(this);
    m_symbol->setPlaceholderText(tr("Default: the file name"));
    form->addRow(tr("Draft &symbol:"), m_symbol);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Default: the first unnumbered paragraph"));
    form->addRow(tr("Draft &title:"), m_title);

    m_status = new QLabel(tr("Choose a file, then Check: nothing is written before Import."), this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setPlaceholderText(tr("The import report appears here."));
    layout->addWidget(m_report, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_checkButton = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_validButton = buttons->addButton(tr("Import &Valid Rows"), QDialogButtonBox::ActionRole);
    m_validButton->setToolTip(tr("For positions in CSV with errors: import the rows without "
                                 "errors and leave out the others"));
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, [this] { importNow(false); });
    connect(m_validButton, &QPushButton::clicked, this, [this] { importNow(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto invalidate = [this] {
        m_importer.reset();
        m_done = false;
        updateButtons();
    };
    connect(m_path, &QLineEdit::textChanged, this, invalidate);
    connect(m_format, &QComboBox::currentIndexChanged, this, invalidate);
    connect(m_symbol, &QLineEdit::textChanged, this, invalidate);
    connect(m_title, &QLineEdit::textChanged, this, invalidate);
    updateButtons();
    resize(760, 520);
    // Lists as wide as their longest item, never elided.
    for (QComboBox *combo : findChildren<QComboBox *>())
        ComboPopup::follow(combo);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), m_path->text(),
        tr("Importable files (*.xml *.akn *.docx *.txt *.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::updateButtons()
{
    const QString key = m_format->currentData().toString();
    const bool draft = key == u"docx" || key == u"txt" ||
                       (key.isEmpty() && !m_path->text().isEmpty() &&
                        (FileImporter::guessFormat(m_path->text()) == FileImporter::Format::Docx ||
                         FileImporter::guessFormat(m_path->text()) == FileImporter::Format::Text));
    m_symbol->setEnabled(draft);
    m_title->setEnabled(draft);
    m_checkButton->setEnabled(!m_path->text().isEmpty() && !m_done);
    m_importButton->setEnabled(m_importer && !m_done && m_importer->canApply(false));
    // Return takes the next step: Check a file, then Import what was checked.
    m_importButton->setDefault(m_importButton->isEnabled());
    m_checkButton->setDefault(!m_importButton->isEnabled() && m_checkButton->isEnabled());
    m_validButton->setEnabled(m_importer && !m_done && m_importer->offersValidRows());
}

void ImportDialog::showReport(const QString &status, bool good)
{
    m_status->setText(status);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     good ? palette.color(QPalette::Text) : QColor(0xb0, 0x00, 0x20));
    m_status->setPalette(palette);
    m_report->setPlainText(m_importer ? m_importer->report().toText() : QString());
    updateButtons();
}

bool ImportDialog::check()
{
    FileImporter::Options options;
    options.draft.symbol = m_symbol->text().trimmed();
    options.draft.title = m_title->text().trimmed();
    m_importer = std::make_unique<FileImporter>(m_workspace, options);
    m_done = false;
    const QString key = m_format->currentData().toString();
    try {
        m_importer->read(m_path->text(),
                         key.isEmpty() ? std::nullopt : FileImporter::formatFromKey(key));
    } catch (const Error &e) {
        m_importer.reset();
        showReport(tr("Refused: %1").arg(e.message()), false);
        m_report->setPlainText(e.message());
        return false;
    }
    const ImportReport &report = m_importer->report();
    if (!report.hasErrors())
        showReport(tr("Ready to import: %n warning(s). Press Import to write it into the "
                      "workspace.",
                      nullptr, report.warningCount()),
                   true);
    else if (m_importer->offersValidRows())
        showReport(tr("%n row(s) have errors. Import the valid rows without them, or close: "
                      "nothing changes.",
                      nullptr, report.errorCount()),
                   false);
    else
        showReport(tr("%n error(s): this file cannot be imported as it is. Nothing was "
                      "written.",
                      nullptr, report.errorCount()),
                   false);
    return true;
}

bool ImportDialog::importNow(bool acceptValid)
{
    if (!m_importer || !m_importer->canApply(acceptValid))
        return false;
    try {
        if (const PositionsCsvImporter *csv = m_importer->csvImporter()) {
            // Positions are an edit like any other: one undoable step.
            auto *command = new SetPositionsCommand(m_workspace, csv->positions());
            command->setText(tr("Import positions from %1").arg(csv->report().fileName()));
            if (const auto failure = CommandRunner::push(m_workspace, command))
                throw Error(Error::Kind::Database, failure->message);
            m_importer->report().setOutcome(acceptValid ? ImportReport::Outcome::ImportedValid
                                                        : ImportReport::Outcome::Imported);
        } else {
            // A new document (and the process or group the file brings): one undoable step.
            auto command = ImportDocumentCommand::run(
                m_workspace, [&] { m_importer->apply(m_workspace, acceptValid); },
                tr("Import %1").arg(m_importer->report().fileName()));
            if (const auto failure = CommandRunner::push(m_workspace, command.release()))
                throw Error(Error::Kind::Database, failure->message);
        }
    } catch (const Error &e) {
        showReport(tr("The import failed; the workspace is unchanged: %1").arg(e.message()), false);
        return false;
    }
    m_done = true;
    showReport(tr("Imported."), true);
    return true;
}

} // namespace Plenipo
