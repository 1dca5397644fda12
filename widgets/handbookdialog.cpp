// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "handbookdialog.h"

#include "core/language.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

HandbookDialog::HandbookDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Plenipo Handbook"));
    setObjectName(u"handbookDialog"_s);
    resize(900, 680);
    m_browser->setObjectName(u"handbookBrowser"_s);
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({u":/plenipo/docs/i18n"_s, u":/plenipo/docs"_s});

    auto *guide = new QPushButton(tr("&User Guide"), this);
    auto *markup = new QPushButton(tr("&Markup Reference"), this);
    auto *back = new QPushButton(QIcon::fromTheme(u"go-previous"_s), tr("&Back"), this);
    auto *forward = new QPushButton(QIcon::fromTheme(u"go-next"_s), tr("&Forward"), this);
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(guide, &QPushButton::clicked, this, [this] { showPage(Page::Guide); });
    connect(markup, &QPushButton::clicked, this, [this] { showPage(Page::Markup); });
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QWidget::setEnabled);

    auto *bar = new QHBoxLayout;
    bar->addWidget(guide);
    bar->addWidget(markup);
    bar->addStretch(1);
    bar->addWidget(back);
    bar->addWidget(forward);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *closeW = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this);
    connect(closeW, &QShortcut::activated, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    showPage(Page::Guide);
}

QUrl HandbookDialog::pageUrl(Page page)
{
    // The page in the interface language (docs/i18n/guide.fr.md), else the English one.
    const QString name = page == Page::Guide ? u"guide"_s : u"markup"_s;
    const QString code = Language::current();
    const QString translated = u":/plenipo/docs/i18n/%1.%2.md"_s.arg(name, code);
    if (code != u"en" && QFile::exists(translated))
        return QUrl(u"qrc"_s + translated);
    return QUrl(u"qrc:/plenipo/docs/%1.md"_s.arg(name));
}

void HandbookDialog::showPage(Page page)
{
    m_browser->setSource(pageUrl(page), QTextDocument::MarkdownResource);
}

} // namespace Plenipo
