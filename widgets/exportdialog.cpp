// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exportdialog.h"

#include "combopopup.h"
#include "exchange/exportdocument.h"
#include "preferences.h"

#include "core/error.h"
#include "core/language.h"
#include "exchange/documentexporter.h"
#include "storage/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

ExportDialog::ExportDialog(const Workspace &workspace, qint64 documentId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Export Document"));

    m_format = new QComboBox(this);
    for (const QString &format : DocumentExporter::formats()) {
        const auto exporter = DocumentExporter::create(format);
        m_format->addItem(u"%1 (.%2)"_s.arg(exporter->displayName(), exporter->suffix()), format);
    }

    m_document = new QComboBox(this);
    for (const Document &d : workspace.documents())
        m_document->addItem(u"%1 \u2014 %2"_s.arg(d.symbol, d.title), d.id);
    if (const int i = m_document->findData(documentId); i >= 0)
        m_document->setCurrentIndex(i);
    m_document->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_document->setMinimumContentsLength(40);

    m_coalition = new QComboBox(this);
    m_coalition->addItem(tr("None: the document as it stands"), QString());
    for (const StateGroup &g : workspace.groups()) {
        if (g.kind == StateGroup::Kind::Coalition)
            m_coalition->addItem(u"%1 (%2)"_s.arg(g.name, g.code), g.code);
    }

    m_language = new QComboBox(this);
    for (const QString &code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    m_language->setToolTip(tr("The language of the cover block, labels and state names; the "
                              "clause text stays as written."));

    m_internal = new QCheckBox(tr("Include internal material (internal notes and positions, "
                                  "as comments)"),
                               this);

    m_path = new QLineEdit(this);
    m_browse = new QPushButton(tr("Browse..."), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Document:"), m_document);
    form->addRow(tr("&Coalition:"), m_coalition);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_internal);
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_openButton = m_buttons->addButton(tr("&Open File"), QDialogButtonBox::ActionRole);
    m_folderButton = m_buttons->addButton(tr("Show in &Folder"), QDialogButtonBox::ActionRole);
    m_buttons->addButton(QDialogButtonBox::Close);
    m_openButton->setEnabled(false);
    m_folderButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_buttons);

    for (QComboBox *box : {m_format, m_document, m_coalition}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateChoices();
            suggestPath();
        });
    }
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_exported)); });
    connect(m_folderButton, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_exported).absolutePath()));
    });
    updateChoices();
    suggestPath();
    // Lists as wide as their longest item, never elided.
    for (QComboBox *combo : findChildren<QComboBox *>())
        ComboPopup::follow(combo);
}

void ExportDialog::updateChoices()
{
    const bool coalition = !m_coalition->currentData().toString().isEmpty();
    if (coalition)
        m_internal->setChecked(false);
    m_internal->setEnabled(!coalition && !m_running);
    m_internal->setToolTip(coalition ? tr("A coalition export never contains internal material.")
                                     : QString());
    m_exportButton->setEnabled(m_document->count() > 0 && !m_running);
}

// A file name from the symbol ("A/70/174" -> "A-70-174.docx") in the export folder, until
// the user types or browses to a path of their own; then only the suffix follows the format.
void ExportDialog::suggestPath()
{
    const auto exporter = DocumentExporter::create(m_format->currentData().toString());
    if (!exporter)
        return;
    const QString suffix = exporter->suffix();
    if (m_pathEdited && !m_path->text().isEmpty()) {
        const QFileInfo info(m_path->text());
        m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + u'.' + suffix));
        return;
    }
    const Document *d = m_workspace.document(m_document->currentData().toLongLong());
    if (!d)
        return;
    QString base = d->symbol;
    base.replace(QRegularExpression(u"[^A-Za-z0-9._-]+"_s), u"-"_s);
    const QString coalition = m_coalition->currentData().toString();
    if (!coalition.isEmpty())
        base += u'-' + coalition;
    // The default export folder of the preferences (issue 12), else the Documents folder.
    const QString folder = Preferences::load().effectiveExportFolder();
    m_path->setText(QDir(folder).filePath(base + u'.' + suffix));
}

void ExportDialog::browse()
{
    const auto exporter = DocumentExporter::create(m_format->currentData().toString());
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export To"), m_path->text(),
        u"%1 (*.%2)"_s.arg(exporter->displayName(), exporter->suffix()));
    if (file.isEmpty())
        return;
    m_path->setText(file);
    m_pathEdited = true;
}

void ExportDialog::setRunning(bool running)
{
    m_running = running;
    for (QWidget *w : std::initializer_list<QWidget *>{m_format, m_document, m_coalition,
                                                       m_language, m_path, m_browse})
        w->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
    updateChoices();
}

bool ExportDialog::exportNow()
{
    if (m_running)
        return false;
    const auto exporter = DocumentExporter::create(m_format->currentData().toString());
    const QString file = m_path->text().trimmed();
    if (!exporter || file.isEmpty()) {
        m_result->setText(tr("Choose a file to export to."));
        return false;
    }
    ExportOptions options;
    options.documentId = m_document->currentData().toLongLong();
    options.coalition = m_coalition->currentData().toString();
    options.includeInternal = m_internal->isChecked() && options.coalition.isEmpty();
    options.language = m_language->currentData().toString();
    // The export runs here, in the GUI thread, reading the workspace as the user sees it;
    // events are processed at every step so the window repaints and Cancel can be pressed.
    options.progress = [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(qMin(done, qMax<qint64>(total, 1))));
        Q_EMIT progressed(done, total);
        QCoreApplication::processEvents();
        return !m_cancelRequested;
    };

    m_cancelRequested = false;
    m_openButton->setEnabled(false);
    m_folderButton->setEnabled(false);
    m_result->setText(tr("Exporting..."));
    setRunning(true);
    bool ok = false;
    try {
        exporter->exportToFile(m_workspace, options, file);
        ok = true;
        m_exported = file;
        QString result = tr("Exported to %1.").arg(QDir::toNativeSeparators(file));
        // Text identity (issue 10): say when the coalition text relied on outdated positions.
        const QStringList notices = ExportDocument::coalitionNotices(m_workspace, options);
        if (!notices.isEmpty())
            result +=
                u"\n"_s +
                tr("The coalition text relies on outdated positions in %n paragraph(s):", nullptr,
                   int(notices.size())) +
                u"\n"_s + notices.join(u'\n');
        m_result->setText(result);
    } catch (const Error &e) {
        m_progress->setValue(0);
        m_result->setText(e.kind() == Error::Kind::Cancelled
                              ? tr("Export cancelled: no file was written.")
                              : tr("Export failed: %1").arg(e.message()));
    }
    setRunning(false);
    m_openButton->setEnabled(ok);
    m_folderButton->setEnabled(ok);
    return ok;
}

void ExportDialog::reject()
{
    if (m_running) {
        cancelExport(); // the export stops at its next step and exportNow() reports it
        return;
    }
    QDialog::reject();
}

} // namespace Plenipo
