// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "preferencesdialog.h"

#include "core/authorprovider.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

PreferencesDialog::PreferencesDialog(const Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_delegation(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Configure Plenipo"));
    setObjectName(u"preferencesDialog"_s);
    const Preferences p = Preferences::load();

    m_name->setObjectName(u"preferencesName"_s);
    m_name->setPlaceholderText(AuthorProvider::systemName());
    m_name->setToolTip(tr("Recorded as the author of your revisions and position changes. "
                          "Empty: the name of your account (%1).")
                           .arg(AuthorProvider::systemName()));
    m_name->setText(p.name);

    m_delegation->setObjectName(u"preferencesDelegation"_s);
    m_delegation->setEditable(true);
    m_delegation->setInsertPolicy(QComboBox::NoInsert);
    m_delegation->addItem(tr("(none)"), QString());
    if (workspace) {
        for (const State &s : workspace->states().states())
            m_delegation->addItem(tr("%1 (%2)").arg(s.name, s.iso3), s.iso3);
        for (const StateGroup &g : workspace->groups())
            m_delegation->addItem(tr("%1 (%2)").arg(g.name, g.code), g.code);
    }
    m_delegation->completer()->setFilterMode(Qt::MatchContains);
    m_delegation->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    if (const int i = m_delegation->findData(p.delegation); i >= 0)
        m_delegation->setCurrentIndex(i);
    else
        m_delegation->setEditText(p.delegation);

    m_folder->setObjectName(u"preferencesExportFolder"_s);
    m_folder->setPlaceholderText(Preferences().effectiveExportFolder());
    m_folder->setText(p.exportFolder);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Default Export Folder"), preferences().effectiveExportFolder());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_language->setObjectName(u"preferencesLanguage"_s);
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : Preferences::languages()) {
        const QLocale locale(code);
        m_language->addItem(tr("%1 (%2)").arg(locale.nativeLanguageName(), code), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));

    m_preview->setObjectName(u"preferencesAuthor"_s);
    m_preview->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Your &delegation:"), m_delegation);
    form->addRow(QString(), m_preview);
    form->addRow(tr("Default &export folder:"), folderRow);
    form->addRow(tr("Interface &language:"), m_language);
    auto *languageNote = new QLabel(tr("The interface language changes at the next start."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);

    m_problem->setObjectName(u"preferencesProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    connect(m_folder, &QLineEdit::textChanged, m_problem, &QLabel::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PreferencesDialog::updatePreview);
    connect(m_delegation, &QComboBox::currentTextChanged, this, &PreferencesDialog::updatePreview);
    updatePreview();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.name = m_name->text().trimmed();
    // A chosen entry gives its code; typed text is taken as a code or name as written.
    const int i = m_delegation->currentIndex();
    const QString typed = m_delegation->currentText().trimmed();
    p.delegation = (i >= 0 && m_delegation->itemText(i) == typed)
                       ? m_delegation->itemData(i).toString()
                       : typed;
    p.exportFolder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    p.language = m_language->currentData().toString();
    return p;
}

void PreferencesDialog::updatePreview()
{
    const Preferences p = preferences();
    m_preview->setText(
        tr("Your changes will be signed: %1").arg(AuthorProvider::format(p.name, p.delegation)));
}

void PreferencesDialog::accept()
{
    const Preferences p = preferences();
    if (!p.exportFolder.isEmpty() && !QDir(p.exportFolder).exists()) {
        m_problem->setText(tr("The export folder %1 does not exist. Choose an existing folder "
                              "or leave the field empty for your Documents folder.")
                               .arg(QDir::toNativeSeparators(p.exportFolder)));
        m_problem->show();
        m_folder->setFocus();
        return;
    }
    p.save();
    p.apply();
    QDialog::accept();
}

} // namespace Plenipo
