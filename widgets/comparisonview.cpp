// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "comparisonview.h"

#include "combopopup.h"
#include "findbar.h"

#include "core/error.h"
#include "exchange/atomicfile.h"
#include "exchange/documentcomparison.h"
#include "exchange/docxwriter.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

const auto delStyle = u"background-color:#fbd3d0; color:#8a1010; text-decoration:line-through;"_s;
const auto insStyle = u"background-color:#cdeccf; color:#0b5d1e; text-decoration:underline;"_s;

QString escapeText(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

// One side of a clause as HTML: `changed` pieces marked with `style`.
QString sideHtml(const QList<WordDiff::Piece> &pieces, const QString &style)
{
    QString html;
    bool open = false;
    for (const WordDiff::Piece &p : pieces) {
        if (p.changed && !open) {
            html += escapeText(p.space) + u"<span style=\"%1\">"_s.arg(style);
            open = true;
        } else if (!p.changed && open) {
            html += u"</span>"_s + escapeText(p.space);
            open = false;
        } else {
            html += escapeText(p.space);
        }
        html += escapeText(p.text);
    }
    if (open)
        html += u"</span>"_s;
    return html;
}

QString badge(const Comparison::Entry &e)
{
    QString colour = u"#6b6b6b"_s;
    if (e.pair.match == ClauseAligner::Match::Inserted)
        colour = u"#0b5d1e"_s;
    else if (e.pair.match == ClauseAligner::Match::Deleted)
        colour = u"#8a1010"_s;
    else if (e.changed())
        colour = u"#1f5f8b"_s;
    return u"<span style=\"color:%1; font-size:small;\">[%2]</span>"_s.arg(
        colour, e.statusLabel().toHtmlEscaped());
}

QString numbers(const Comparison::Entry &e)
{
    if (e.pair.match == ClauseAligner::Match::Inserted)
        return e.newNumber.toHtmlEscaped();
    if (e.pair.match == ClauseAligner::Match::Deleted)
        return e.oldNumber.toHtmlEscaped();
    if (e.oldNumber == e.newNumber)
        return e.newNumber.toHtmlEscaped();
    return u"%1 &rarr; %2"_s.arg(e.oldNumber.toHtmlEscaped(), e.newNumber.toHtmlEscaped());
}

} // namespace

QString ComparisonView::inlineHtml(const Comparison &comparison)
{
    QString html;
    for (const Comparison::Entry &e : comparison.entries()) {
        html += u"<p><b>%1</b> %2<br>"_s.arg(numbers(e), badge(e));
        // WordDiff::toHtml() keeps the texts' own spacing around every change; Qt's rich text
        // has no <del>/<ins>, so they become styled spans.
        html += e.diff.toHtml()
                    .replace(u"</del><ins>"_s, u"</del> <ins>"_s) // a replacement reads apart
                    .replace(u"<del>"_s, u"<span style=\"%1\">"_s.arg(delStyle))
                    .replace(u"<ins>"_s, u"<span style=\"%1\">"_s.arg(insStyle))
                    .replace(u"</del>"_s, u"</span>"_s)
                    .replace(u"</ins>"_s, u"</span>"_s)
                    .replace(u'\n', u"<br>"_s);
        html += u"</p>"_s;
    }
    return html;
}

QString ComparisonView::sideBySideHtml(const Comparison &comparison)
{
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"0\">"_s;
    html +=
        u"<tr><th width=\"50%\" align=\"left\">%1</th><th width=\"50%\" align=\"left\">%2</th></tr>"_s
            .arg(comparison.oldSide().label.toHtmlEscaped(),
                 comparison.newSide().label.toHtmlEscaped());
    bool shade = false;
    for (const Comparison::Entry &e : comparison.entries()) {
        const WordDiff::SideBySide sides = e.diff.sideBySide();
        const QString bg = shade ? u" bgcolor=\"#f4f6f8\""_s : QString();
        shade = !shade;
        html += u"<tr%1><td colspan=\"2\"><b>%2</b> %3</td></tr>"_s.arg(bg, numbers(e), badge(e));
        html += u"<tr%1><td valign=\"top\">%2</td><td valign=\"top\">%3</td></tr>"_s.arg(
            bg, sideHtml(sides.left, delStyle), sideHtml(sides.right, insStyle));
    }
    html += u"</table>"_s;
    return html;
}

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_old(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_modeBox(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_browser(new QTextBrowser(this))
    , m_pairingRow(new QWidget(this))
    , m_pairNew(new QComboBox(m_pairingRow))
    , m_pairOld(new QComboBox(m_pairingRow))
    , m_findBar(new FindBar(this))
{
    // Ctrl+F finds within the comparison (issue 12).
    m_findBar->setTextEdit(m_browser);
    m_findBar->install(this);
    m_old->setObjectName(u"oldReference"_s);
    m_new->setObjectName(u"newReference"_s);
    const QString hint = tr("Document symbol, SYMBOL#NUMBER, SYMBOL#NUMBER@REVISION or norm code");
    m_old->setPlaceholderText(hint);
    m_new->setPlaceholderText(hint);
    m_modeBox->addItem(tr("Side by side"), int(Mode::SideBySide));
    m_modeBox->addItem(tr("Inline"), int(Mode::Inline));
    m_summary->setObjectName(u"comparisonSummary"_s);
    m_summary->setWordWrap(true);
    m_browser->setObjectName(u"comparisonText"_s);
    auto *go = new QPushButton(tr("Co&mpare"), this);
    m_exportWord = new QPushButton(tr("Export as &Word with Tracked Changes..."), this);
    m_exportWord->setObjectName(u"exportWordButton"_s);
    m_exportWord->setToolTip(tr("A .docx file in which every difference is a tracked change that "
                                "can be accepted or rejected"));
    m_copyText = new QPushButton(tr("Copy as &Text"), this);
    m_copyText->setObjectName(u"copyTextButton"_s);
    m_copyText->setToolTip(tr("Copy the comparison as plain text, {-deleted-} {+inserted+}"));

    auto *refs = new QHBoxLayout;
    refs->addWidget(new QLabel(tr("Old:"), this));
    refs->addWidget(m_old, 1);
    refs->addWidget(new QLabel(tr("New:"), this));
    refs->addWidget(m_new, 1);
    refs->addWidget(m_modeBox);
    refs->addWidget(go);
    // Overriding a pairing (documents): new clause, old clause or none, Pair, Reset.
    m_pairNew->setObjectName(u"pairNewClause"_s);
    m_pairOld->setObjectName(u"pairOldClause"_s);
    m_pairNew->setToolTip(tr("A clause of the newer document"));
    m_pairOld->setToolTip(tr("The clause of the older document it corresponds to, or none"));
    auto *pair = new QPushButton(tr("&Pair"), m_pairingRow);
    pair->setObjectName(u"pairClauses"_s);
    pair->setToolTip(tr("Compare these two clauses with each other, whatever lineage and "
                        "content say"));
    auto *reset = new QPushButton(tr("Reset Pairings"), m_pairingRow);
    reset->setObjectName(u"resetPairings"_s);
    auto *pairing = new QHBoxLayout(m_pairingRow);
    pairing->setContentsMargins(0, 0, 0, 0);
    pairing->addWidget(new QLabel(tr("Pair new clause"), m_pairingRow));
    pairing->addWidget(m_pairNew, 1);
    pairing->addWidget(new QLabel(tr("with old clause"), m_pairingRow));
    pairing->addWidget(m_pairOld, 1);
    pairing->addWidget(pair);
    pairing->addWidget(reset);
    m_pairingRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(refs);
    layout->addWidget(m_summary);
    layout->addWidget(m_pairingRow);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_findBar);

    connect(pair, &QPushButton::clicked, this, [this] {
        if (m_pairNew->currentIndex() >= 0)
            setPairing(m_pairNew->currentData().toLongLong(),
                       m_pairOld->currentData().toLongLong());
    });
    connect(reset, &QPushButton::clicked, this, &ComparisonView::clearPairings);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_copyText);
    actions->addWidget(m_exportWord);
    layout->addLayout(actions);

    connect(m_copyText, &QPushButton::clicked, this, &ComparisonView::copyAsText);
    connect(m_exportWord, &QPushButton::clicked, this, [this] {
        if (!m_comparison)
            return;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString name =
            m_comparison->oldSide().reference + u"-vs-"_s + m_comparison->newSide().reference;
        name.replace(QRegularExpression(u"[^A-Za-z0-9.@-]+"_s), u"_"_s);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison as Word"),
                                                          QDir(dir).filePath(name + u".docx"_s),
                                                          tr("Word documents (*.docx)"));
        if (path.isEmpty())
            return;
        if (exportWord(path))
            Q_EMIT statusMessage(
                tr("Wrote %1 with tracked changes").arg(QDir::toNativeSeparators(path)));
    });
    // A secondary window closes with Esc and Ctrl+W, as dialogs and tabs do.
    for (const QKeySequence &key :
         {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (isWindow())
                close();
        });
    }

    connect(go, &QPushButton::clicked, this, [this] { compare(m_old->text(), m_new->text()); });
    connect(m_new, &QLineEdit::returnPressed, go, &QPushButton::click);
    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this] { setMode(Mode(m_modeBox->currentData().toInt())); });
    // Lists as wide as their longest item, never elided.
    for (QComboBox *combo : findChildren<QComboBox *>())
        ComboPopup::follow(combo);
}

void ComparisonView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_comparison.reset();
    QStringList refs;
    if (workspace) {
        for (const Document &d : workspace->documents()) {
            refs << d.symbol;
            for (const Clause &c : workspace->clauses(d.id))
                refs << u"%1#%2"_s.arg(d.symbol, c.number);
        }
        for (const Norm &n : workspace->norms())
            refs << n.code;
    }
    for (QLineEdit *e : {m_old, m_new}) {
        auto *completer = new QCompleter(refs, e);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        e->setCompleter(completer);
    }
    render();
}

bool ComparisonView::exportWord(const QString &path)
{
    if (!m_workspace || !m_comparison)
        return false;
    try {
        // The Word comparison tracks every difference, so it ignores nothing (as the CLI).
        const Comparison full = Comparison::compare(*m_workspace, m_comparison->oldSide().reference,
                                                    m_comparison->newSide().reference);
        const ExportDocument document = DocumentComparison::build(*m_workspace, full);
        AtomicFile::write(path, [&](QIODevice &device) { DocxWriter::write(document, device); });
    } catch (const Error &e) {
        QMessageBox::critical(this, tr("Cannot export the comparison"), e.message());
        return false;
    }
    return true;
}

void ComparisonView::copyAsText()
{
    if (m_comparison)
        QApplication::clipboard()->setText(m_comparison->toText());
}

bool ComparisonView::compare(const QString &oldReference, const QString &newReference)
{
    m_old->setText(oldReference);
    m_new->setText(newReference);
    if (oldReference != m_oldReference || newReference != m_newReference)
        m_pairings.clear();
    m_oldReference = oldReference;
    m_newReference = newReference;
    return recompare();
}

void ComparisonView::setPairing(qint64 newClauseId, qint64 oldClauseId)
{
    m_pairings.insert(newClauseId, oldClauseId);
    recompare();
}

void ComparisonView::clearPairings()
{
    m_pairings.clear();
    recompare();
}

bool ComparisonView::recompare()
{
    if (!m_workspace)
        return false;
    try {
        m_comparison =
            Comparison::compare(*m_workspace, m_oldReference, m_newReference, {}, m_pairings);
    } catch (const Error &e) {
        m_comparison.reset();
        render();
        m_summary->setText(
            u"<span style=\"color:#8a1010\">%1</span>"_s.arg(e.message().toHtmlEscaped()));
        return false;
    }
    render();
    refillPairing();
    return true;
}

void ComparisonView::refillPairing()
{
    const bool documents = m_comparison && m_comparison->isDocumentComparison();
    m_pairingRow->setVisible(documents);
    const qint64 previous = m_pairNew->currentData().toLongLong();
    m_pairNew->clear();
    m_pairOld->clear();
    if (!documents)
        return;
    m_pairOld->addItem(tr("(no counterpart)"), qint64(0));
    QList<std::pair<QString, qint64>> olds;
    for (const Comparison::Entry &e : m_comparison->entries()) {
        if (e.newClauseId)
            m_pairNew->addItem(e.newNumber, e.newClauseId);
        if (e.oldClauseId)
            olds.append({e.oldNumber, e.oldClauseId});
    }
    for (const auto &[number, id] : std::as_const(olds))
        m_pairOld->addItem(number, id);
    const int keep = m_pairNew->findData(previous);
    if (keep >= 0)
        m_pairNew->setCurrentIndex(keep);
}

void ComparisonView::setMode(Mode mode)
{
    m_mode = mode;
    const int i = m_modeBox->findData(int(mode));
    if (i != m_modeBox->currentIndex())
        m_modeBox->setCurrentIndex(i);
    render();
}

QString ComparisonView::summaryText() const
{
    return m_summary->text();
}

QString ComparisonView::html() const
{
    if (!m_comparison)
        return {};
    return m_mode == Mode::Inline ? inlineHtml(*m_comparison) : sideBySideHtml(*m_comparison);
}

void ComparisonView::render()
{
    m_exportWord->setEnabled(m_comparison.has_value());
    m_copyText->setEnabled(m_comparison.has_value());
    if (!m_comparison) {
        m_summary->clear();
        m_browser->clear();
        return;
    }
    const Comparison::Totals &t = m_comparison->totals();
    QStringList parts;
    if (m_comparison->isDocumentComparison()) {
        parts << tr("%n clause(s) matched through lineage or content", nullptr, t.clausesMatched)
              << tr("%n changed", nullptr, t.clausesChanged)
              << tr("%n renumbered", nullptr, t.clausesRenumbered)
              << tr("%n moved", nullptr, t.clausesMoved)
              << tr("%n inserted", nullptr, t.clausesInserted)
              << tr("%n deleted", nullptr, t.clausesDeleted);
    }
    parts << tr("<b>%n word(s) added</b>", nullptr, t.words.wordsAdded)
          << tr("<b>%n removed</b>", nullptr, t.words.wordsRemoved)
          << tr("%n unchanged", nullptr, t.words.wordsUnchanged)
          << tr("brackets: %1 introduced, %2 resolved")
                 .arg(t.words.bracketsIntroduced)
                 .arg(t.words.bracketsResolved)
          << tr("alternative groups: %1 introduced, %2 resolved")
                 .arg(t.words.alternativesIntroduced)
                 .arg(t.words.alternativesResolved);
    m_summary->setText(u"<b>%1</b> &rarr; <b>%2</b>: %3"_s.arg(
        m_comparison->oldSide().label.toHtmlEscaped(),
        m_comparison->newSide().label.toHtmlEscaped(), parts.join(u", "_s)));
    m_browser->setHtml(html());
}

} // namespace Plenipo
