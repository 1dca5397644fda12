// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/importreport.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

ImportReport::ImportReport(QString fileName, QString format)
    : m_fileName(std::move(fileName))
    , m_format(std::move(format))
{}

void ImportReport::addProblem(Severity severity, const QString &place, const QString &message)
{
    m_problems.append({severity, place, message});
}

int ImportReport::count(Severity severity) const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                             [severity](const Problem &p) { return p.severity == severity; }));
}

QString ImportReport::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        break;
    }
    return u"error"_s;
}

QString ImportReport::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Checked:
        return u"checked"_s;
    case Outcome::Imported:
        return u"imported"_s;
    case Outcome::ImportedValid:
        return u"imported-valid-rows"_s;
    case Outcome::NotImported:
        break;
    }
    return u"not-imported"_s;
}

QString ImportReport::toText() const
{
    QString text;
    QString outcome;
    switch (m_outcome) {
    case Outcome::Checked:
        outcome = u"checked, nothing written yet"_s;
        break;
    case Outcome::Imported:
        outcome = u"imported"_s;
        break;
    case Outcome::ImportedValid:
        outcome = u"imported the valid rows only; the rows with errors were left out"_s;
        break;
    case Outcome::NotImported:
        outcome = u"NOT imported: the workspace is unchanged"_s;
        break;
    }
    text += u"%1 (%2): %3\n"_s.arg(m_fileName, m_format, outcome);
    if (!m_created.isEmpty()) {
        text += m_outcome == Outcome::Checked || m_outcome == Outcome::NotImported
                    ? u"Would create:\n"_s
                    : u"Created:\n"_s;
        for (const QString &c : m_created)
            text += u"  "_s + c + u'\n';
    }
    const int errors = errorCount();
    const int warnings = warningCount();
    text += u"%1 error(s), %2 warning(s)\n"_s.arg(errors).arg(warnings);
    for (const Problem &p : m_problems) {
        text += u"  "_s + severityKey(p.severity) + u": "_s;
        if (!p.place.isEmpty())
            text += p.place + u": "_s;
        text += p.message + u'\n';
    }
    return text;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray problems;
    for (const Problem &p : m_problems) {
        problems.append(QJsonObject{{u"severity"_s, severityKey(p.severity)},
                                    {u"place"_s, p.place},
                                    {u"message"_s, p.message}});
    }
    return QJsonObject{{u"file"_s, m_fileName},
                       {u"format"_s, m_format},
                       {u"outcome"_s, outcomeKey(m_outcome)},
                       {u"created"_s, QJsonArray::fromStringList(m_created)},
                       {u"errors"_s, errorCount()},
                       {u"warnings"_s, warningCount()},
                       {u"problems"_s, problems}};
}

} // namespace Plenipo
