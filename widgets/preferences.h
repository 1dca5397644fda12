// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace Plenipo {

// The user's preferences, kept in QSettings (Settings > Configure Plenipo):
//   user/name        your name, recorded as the author of revisions and position changes
//                    (empty: the account's full name from the system)
//   user/delegation  your delegation: a state's or a group's code ("FRA", "EU"), or empty
//   export/folder    where exports are offered (empty: the Documents folder)
//   ui/language      ar, zh, en, fr, ru, es, or empty for the system's language (read at
//                    start-up)
// apply() makes the name and delegation the author of every change (AuthorProvider).
class Preferences
{
public:
    QString name;
    QString delegation;
    QString exportFolder;
    QString language;

    static Preferences load();
    void save() const;
    // Sets AuthorProvider from name and delegation.
    void apply() const;

    // exportFolder, else the Documents folder, else the home folder.
    QString effectiveExportFolder() const;
    // The interface languages offered: the six UN languages' codes.
    static const QStringList &languages();
};

} // namespace Plenipo
