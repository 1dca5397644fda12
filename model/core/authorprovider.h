// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Plenipo {

// Who the user is: the name every workspace records as the author of revisions and position
// changes. The application sets it from its preferences (name and delegation); until then, and
// when the name is empty, it is the account's full name from the system (the GECOS field on
// Unix), else its login name, else the computer's name: never "unknown". PLENIPO_AUTHOR in the
// environment overrides the system default (scripts, tests).
class AuthorProvider
{
public:
    // "Jane Doe (FRA)": the name with the delegation (a state's or group's code), or the name.
    static QString author();
    // The user's own name and delegation (either may be empty).
    static void set(const QString &name, const QString &delegation);
    static QString name();
    static QString delegation();
    // The name the system knows for this account (never empty).
    static QString systemName();
    // How a name and a delegation are recorded: "Jane Doe (FRA)", "Jane Doe", "(FRA)" never:
    // an empty name takes systemName().
    static QString format(const QString &name, const QString &delegation);
};

} // namespace Plenipo
