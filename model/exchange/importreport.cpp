// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/importreport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::ImportReport", text, comment, n);
}

} // namespace

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

QString ImportReport::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        //: The severity of a problem in an import report ("info: line 3: ...").
        return tr("info");
    case Severity::Warning:
        //: The severity of a problem in an import report ("warning: line 3: ...").
        return tr("warning");
    case Severity::Error:
        break;
    }
    //: The severity of a problem in an import report ("error: line 3: ...").
    return tr("error");
}

QString ImportReport::toText() const
{
    QString text;
    QString outcome;
    switch (m_outcome) {
    case Outcome::Checked:
        outcome = tr("checked, nothing written yet");
        break;
    case Outcome::Imported:
        //: The outcome of an import: everything was written into the workspace.
        outcome = tr("imported");
        break;
    case Outcome::ImportedValid:
        outcome = tr("imported the valid rows only; the rows with errors were left out");
        break;
    case Outcome::NotImported:
        outcome = tr("NOT imported: the workspace is unchanged");
        break;
    }
    //: %1 is the file name, %2 its format (CSV, Akoma Ntoso...), %3 the outcome of the import.
    text += tr("%1 (%2): %3").arg(m_fileName, m_format, outcome) + u'\n';
    if (!m_created.isEmpty()) {
        text += m_outcome == Outcome::Checked || m_outcome == Outcome::NotImported
                    ? tr("Would create:")
                    : tr("Created:");
        text += u'\n';
        for (const QString &c : m_created)
            text += u"  "_s + c + u'\n';
    }
    //: %1 is the number of errors ("3 errors"), %2 the number of warnings ("1 warning").
    text += tr("%1, %2").arg(tr("%n error(s)", nullptr, errorCount()),
                             tr("%n warning(s)", nullptr, warningCount())) +
            u'\n';
    for (const Problem &p : m_problems) {
        QString line;
        if (p.place.isEmpty()) {
            //: One problem of an import report: %1 is its severity (error, warning, info), %2
            //: the message ("error: unknown state 'Atlantis'").
            line = tr("%1: %2").arg(severityLabel(p.severity), p.message);
        } else {
            //: One problem of an import report: %1 is its severity (error, warning, info), %2
            //: its place in the file ("line 12"), %3 the message.
            line = tr("%1: %2: %3").arg(severityLabel(p.severity), p.place, p.message);
        }
        text += u"  "_s + line + u'\n';
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
