// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "preferences.h"

#include "core/authorprovider.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Plenipo {

Preferences Preferences::load()
{
    const QSettings s;
    Preferences p;
    p.name = s.value(u"user/name"_s).toString();
    p.delegation = s.value(u"user/delegation"_s).toString();
    p.exportFolder = s.value(u"export/folder"_s).toString();
    p.language = s.value(u"ui/language"_s).toString();
    if (!languages().contains(p.language))
        p.language.clear();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(u"user/name"_s, name.trimmed());
    s.setValue(u"user/delegation"_s, delegation.trimmed());
    s.setValue(u"export/folder"_s, exportFolder.trimmed());
    s.setValue(u"ui/language"_s, language);
}

void Preferences::apply() const
{
    AuthorProvider::set(name, delegation);
}

QString Preferences::effectiveExportFolder() const
{
    if (!exportFolder.trimmed().isEmpty() && QDir(exportFolder.trimmed()).exists())
        return exportFolder.trimmed();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

const QStringList &Preferences::languages()
{
    static const QStringList codes{u"ar"_s, u"zh"_s, u"en"_s, u"fr"_s, u"ru"_s, u"es"_s};
    return codes;
}

} // namespace Plenipo
