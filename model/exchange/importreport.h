// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Plenipo {

// What an import found and did: the items it creates (or created) and every problem with its
// place in the input ("line 12", "line 3, column 17", "paragraph 4", an element path). Shown by
// `plenipo import` (text or JSON) and by the Import dialog.
class ImportReport
{
public:
    enum class Severity
    {
        Info,
        Warning,
        Error,
    };
    struct Problem
    {
        Severity severity = Severity::Error;
        QString place; // empty: the whole file
        QString message;
    };
    // Where the import stands.
    enum class Outcome
    {
        Checked,       // read and checked; nothing written yet
        Imported,      // everything was written
        ImportedValid, // errors were found; only the valid part was written (the user accepted)
        NotImported,   // errors were found and nothing was written
    };

    ImportReport() = default;
    ImportReport(QString fileName, QString format);

    const QString &fileName() const { return m_fileName; }
    const QString &format() const { return m_format; }

    void addCreated(const QString &what) { m_created.append(what); }
    void addProblem(Severity severity, const QString &place, const QString &message);
    void error(const QString &place, const QString &message)
    {
        addProblem(Severity::Error, place, message);
    }
    void warning(const QString &place, const QString &message)
    {
        addProblem(Severity::Warning, place, message);
    }
    void info(const QString &place, const QString &message)
    {
        addProblem(Severity::Info, place, message);
    }

    const QStringList &created() const { return m_created; }
    const QList<Problem> &problems() const { return m_problems; }
    int count(Severity severity) const;
    int errorCount() const { return count(Severity::Error); }
    int warningCount() const { return count(Severity::Warning); }
    bool hasErrors() const { return errorCount() > 0; }

    Outcome outcome() const { return m_outcome; }
    void setOutcome(Outcome outcome) { m_outcome = outcome; }

    static QString severityKey(Severity severity);
    static QString outcomeKey(Outcome outcome);
    // The severity in the interface language, for people ("error"); severityKey() is the key.
    static QString severityLabel(Severity severity);

    // "FILE (FORMAT): imported" then what was created and the problems, one per line:
    // "error: line 12: unknown state 'Atlantis'".
    QString toText() const;
    QJsonObject toJson() const;

private:
    QString m_fileName;
    QString m_format;
    QStringList m_created;
    QList<Problem> m_problems;
    Outcome m_outcome = Outcome::Checked;
};

} // namespace Plenipo
