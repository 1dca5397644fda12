// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QTextBrowser;
class QUrl;

namespace Plenipo {

// Help > Plenipo Handbook: the user guide (docs/guide.md) and the markup reference
// (docs/markup.md), compiled in as resources and shown as Markdown in the application, with
// links between them, back and forward.
class HandbookDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page
    {
        Guide,
        Markup
    };

    explicit HandbookDialog(QWidget *parent = nullptr);

    void showPage(Page page);
    QTextBrowser *browser() const { return m_browser; }
    static QUrl pageUrl(Page page);

private:
    QTextBrowser *m_browser;
};

} // namespace Plenipo
