// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markup/markupreport.h"

#include "core/error.h"
#include "markup/markupparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <cstdio>

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

QString tableRow(const QString &clause, const QString &line, const MarkupStatistics &s)
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n"_s.arg(clause, 6)
        .arg(line, 5)
        .arg(s.bracketedSpans, 6)
        .arg(s.alternativeGroups, 7)
        .arg(s.alternatives, 13)
        .arg(s.words, 6)
        .arg(s.wordsInBrackets, 12)
        .arg(s.agreedWords, 7)
        .arg(percent(s.agreedShare()), 9)
        .arg(s.errors, 7);
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
    QString out = u"%1: %2 clause(s), %3 error(s), %4 warning(s)\n\n"_s.arg(m_displayName)
                      .arg(total.clauses)
                      .arg(total.errors)
                      .arg(total.warnings);
    out += u"clause  line  spans  groups  alternatives  words  in brackets  agreed  agreed %  "
           u"errors\n"_s;
    const QList<MarkupDocument::Clause> &clauses = m_document.clauses();
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        out += tableRow(QString::number(i + 1), QString::number(clauses.at(i).firstLine),
                        clauses.at(i).tree.statistics());
    }
    out += tableRow(u"total"_s, QString(), total);

    const QList<std::pair<QString, QString>> rows = {
        {u"clauses"_s, QString::number(total.clauses)},
        {u"bracketed spans"_s, QString::number(total.bracketedSpans)},
        {u"alternative groups"_s, QString::number(total.alternativeGroups)},
        {u"alternatives"_s, QString::number(total.alternatives)},
        {u"whole-clause options"_s, QString::number(total.clauseOptions)},
        {u"deepest bracket nesting"_s, QString::number(total.maxBracketDepth)},
        {u"words"_s, QString::number(total.words)},
        {u"words in brackets"_s, QString::number(total.wordsInBrackets)},
        {u"words in options"_s, QString::number(total.wordsInOptions)},
        {u"words proposed for deletion"_s, QString::number(total.wordsProposedForDeletion)},
        {u"agreed words"_s, QString::number(total.agreedWords)},
        {u"agreed share"_s, percent(total.agreedShare())},
        {u"deletions"_s, QString::number(total.deletions)},
        {u"notes"_s, QString::number(total.notes)},
        {u"ad referendum marks"_s, QString::number(total.adReferendum)},
        {u"attributions"_s, QString::number(total.attributions)},
        {u"errors"_s, QString::number(total.errors)},
        {u"warnings"_s, QString::number(total.warnings)},
    };
    out += u'\n';
    for (const auto &[label, value] : rows)
        out += u"%1 %2\n"_s.arg(label, -28).arg(value, 8);
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
