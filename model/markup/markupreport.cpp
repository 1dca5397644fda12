// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markup/markupreport.h"

#include "core/language.h"

#include "core/error.h"
#include "markup/markupparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <cstdio>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::MarkupReport", text, comment, n);
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + u'%';
}

// The table's columns: a header and the width the English header needs; a translated header
// wider than that widens its column (Language::displayWidth counts a Chinese character as two).
struct Column
{
    QString header;
    qsizetype width;
};

// (A free function: lupdate files a bare tr() here under "Plenipo", so the context is named.)
QList<Column> tableColumns()
{
    const QList<Column> columns = {
        {QCoreApplication::translate("Plenipo::MarkupReport", "clause"), 6},
        {QCoreApplication::translate("Plenipo::MarkupReport", "line"), 5},
        {QCoreApplication::translate("Plenipo::MarkupReport", "spans"), 6},
        {QCoreApplication::translate("Plenipo::MarkupReport", "groups"), 7},
        {QCoreApplication::translate("Plenipo::MarkupReport", "alternatives"), 13},
        {QCoreApplication::translate("Plenipo::MarkupReport", "words"), 6},
        {QCoreApplication::translate("Plenipo::MarkupReport", "in brackets"), 12},
        {QCoreApplication::translate("Plenipo::MarkupReport", "agreed"), 7},
        {QCoreApplication::translate("Plenipo::MarkupReport", "agreed %"), 9},
        {QCoreApplication::translate("Plenipo::MarkupReport", "errors"), 7},
    };
    QList<Column> out;
    for (const Column &c : columns)
        out << Column{c.header, std::max(c.width, Language::displayWidth(c.header))};
    return out;
}

QString tableLine(const QList<Column> &columns, const QStringList &cells)
{
    QStringList padded;
    for (qsizetype i = 0; i < columns.size(); ++i)
        padded << Language::pad(cells.value(i), columns[i].width, true);
    return padded.join(u' ') + u'\n';
}

QString tableRow(const QList<Column> &columns, const QString &clause, const QString &line,
                 const MarkupStatistics &s)
{
    return tableLine(columns, {clause, line, QString::number(s.bracketedSpans),
                               QString::number(s.alternativeGroups),
                               QString::number(s.alternatives), QString::number(s.words),
                               QString::number(s.wordsInBrackets), QString::number(s.agreedWords),
                               percent(s.agreedShare()), QString::number(s.errors)});
}

} // namespace

MarkupReport MarkupReport::fromFile(const QString &path, const MarkupParser &parser)
{
    QFile file;
    bool opened = false;
    if (path == u"-")
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    const QString displayName = path == u"-" ? u"<stdin>"_s : path;
    if (!opened) {
        throw Error(Error::Kind::Io, tr("cannot read %1: %2").arg(displayName, file.errorString()));
    }
    QString text = QString::fromUtf8(file.readAll());
    if (file.error() != QFileDevice::NoError) {
        throw Error(Error::Kind::Io, tr("cannot read %1: %2").arg(displayName, file.errorString()));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return fromText(displayName, text, parser);
}

MarkupReport MarkupReport::fromText(const QString &displayName, const QString &text,
                                    const MarkupParser &parser)
{
    MarkupReport report;
    report.m_displayName = displayName;
    report.m_document = MarkupDocument::parse(text, parser);
    report.m_diagnostics = report.m_document.diagnostics();
    return report;
}

QStringList MarkupReport::diagnosticLines() const
{
    QStringList lines;
    lines.reserve(m_diagnostics.size());
    for (const MarkupDiagnostic &d : m_diagnostics) {
        lines.append(u"%1:%2:%3: %4: %5"_s.arg(m_displayName)
                         .arg(d.line)
                         .arg(d.column)
                         .arg(d.isError() ? u"error"_s : u"warning"_s, d.message));
    }
    return lines;
}

QString MarkupReport::diagnosticsText() const
{
    QString out;
    for (const QString &line : diagnosticLines())
        out += line + u'\n';
    return out;
}

QString MarkupReport::statisticsText() const
{
    const MarkupStatistics &total = m_document.statistics();
    //: %1 the file; the counts carry no plural form (several in one line)
    QString out = tr("%1: %2 clause(s), %3 error(s), %4 warning(s)")
                      .arg(m_displayName)
                      .arg(total.clauses)
                      .arg(total.errors)
                      .arg(total.warnings) +
                  u"\n\n"_s;
    const QList<Column> columns = tableColumns();
    QStringList headers;
    for (const Column &c : columns)
        headers << c.header;
    out += tableLine(columns, headers);
    const QList<MarkupDocument::Clause> &clauses = m_document.clauses();
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        out += tableRow(columns, QString::number(i + 1), QString::number(clauses.at(i).firstLine),
                        clauses.at(i).tree.statistics());
    }
    out += tableRow(columns, tr("total"), QString(), total);

    const QList<std::pair<QString, QString>> rows = {
        {tr("clauses"), QString::number(total.clauses)},
        {tr("bracketed spans"), QString::number(total.bracketedSpans)},
        {tr("alternative groups"), QString::number(total.alternativeGroups)},
        {tr("alternatives"), QString::number(total.alternatives)},
        {tr("whole-clause options"), QString::number(total.clauseOptions)},
        {tr("deepest bracket nesting"), QString::number(total.maxBracketDepth)},
        {tr("words"), QString::number(total.words)},
        {tr("words in brackets"), QString::number(total.wordsInBrackets)},
        {tr("words in options"), QString::number(total.wordsInOptions)},
        {tr("words proposed for deletion"), QString::number(total.wordsProposedForDeletion)},
        {tr("agreed words"), QString::number(total.agreedWords)},
        {tr("agreed share"), percent(total.agreedShare())},
        {tr("deletions"), QString::number(total.deletions)},
        {tr("notes"), QString::number(total.notes)},
        {tr("ad referendum marks"), QString::number(total.adReferendum)},
        {tr("attributions"), QString::number(total.attributions)},
        {tr("errors"), QString::number(total.errors)},
        {tr("warnings"), QString::number(total.warnings)},
    };
    out += u'\n';
    qsizetype labelWidth = 28;
    for (const auto &row : rows)
        labelWidth = std::max(labelWidth, Language::displayWidth(row.first));
    for (const auto &[label, value] : rows)
        out +=
            Language::pad(label, labelWidth, false) + u' ' + Language::pad(value, 8, true) + u'\n';
    return out;
}

QJsonObject MarkupReport::statisticsJson() const
{
    QJsonArray clauses;
    const QList<MarkupDocument::Clause> &list = m_document.clauses();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject o = list.at(i).tree.statistics().toJson();
        o.insert(u"index"_s, qint64(i + 1));
        o.insert(u"line"_s, qint64(list.at(i).firstLine));
        clauses.append(o);
    }
    return QJsonObject{
        {u"file"_s, m_displayName},
        {u"clauses"_s, clauses},
        {u"total"_s, m_document.statistics().toJson()},
    };
}

} // namespace Plenipo
