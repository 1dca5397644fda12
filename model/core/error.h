// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <exception>

namespace Plenipo {

// The one exception type of the model layer. Storage and import code throws it; the GUI and the
// command line catch it at their boundary and show message(), which always says what went wrong
// and where (file name, clause, line).
class Error : public std::exception
{
public:
    enum class Kind
    {
        Io,            // a file cannot be read, written or renamed
        NotAWorkspace, // the file exists but is not a Plenipo workspace
        NewerVersion,  // written by a newer Plenipo (schema version above ours)
        Corrupt,       // the database fails its integrity check or cannot be read
        Locked,        // another Plenipo process has the workspace open for editing
        ReadOnly,      // an edit was attempted on a workspace opened read-only
        Invalid,       // bad input: unknown state, malformed data, violated rule
        NotFound,      // a named entity (document symbol, clause number...) does not exist
        Database,      // an SQL statement failed
        Cancelled,     // the user cancelled a long operation (an export) through its callback
    };

    Error(Kind kind, QString message);

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace Plenipo
