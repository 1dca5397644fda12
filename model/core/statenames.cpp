// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/statenames.h"

#include "core/csvreader.h"
#include "core/error.h"
#include "core/language.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::StateNames", text, comment, n);
}

} // namespace

StateNames StateNames::fromCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("cannot read %1: %2").arg(path, f.errorString()));
    const CsvReader::Result r = CsvReader::parse(f.readAll());
    if (!r.ok())
        throw Error(Error::Kind::Invalid, u"%1:%2: %3"_s.arg(path).arg(r.errorLine).arg(r.error));
    if (r.records.isEmpty())
        throw Error(Error::Kind::Invalid, tr("%1: empty file").arg(path));
    const QStringList header = r.records.first().fields;
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed(), i);
    if (!column.contains(u"iso3"_s))
        throw Error(Error::Kind::Invalid, tr("%1:1: no iso3 column").arg(path));
    for (const QString &lang : Language::codes()) {
        for (const QString &kind : {u"common"_s, u"official"_s}) {
            if (!column.contains(lang + u'_' + kind))
                throw Error(Error::Kind::Invalid,
                            tr("%1:1: no %2_%3 column").arg(path, lang, kind));
        }
    }
    StateNames table;
    for (qsizetype i = 1; i < r.records.size(); ++i) {
        const CsvReader::Record &rec = r.records.at(i);
        if (rec.fields.size() != header.size())
            throw Error(Error::Kind::Invalid,
                        tr("%1:%2: %n fields, expected %3", nullptr, int(rec.fields.size()))
                            .arg(path)
                            .arg(rec.line)
                            .arg(header.size()));
        const QString iso3 = rec.fields.at(column.value(u"iso3"_s)).trimmed().toUpper();
        if (iso3.size() != 3 || table.m_names.contains(iso3))
            throw Error(
                Error::Kind::Invalid,
                tr("%1:%2: bad or repeated ISO3 code '%3'").arg(path).arg(rec.line).arg(iso3));
        QHash<QString, Names> &byLanguage = table.m_names[iso3];
        for (const QString &lang : Language::codes()) {
            Names n;
            n.common = rec.fields.at(column.value(lang + u"_common"_s)).trimmed();
            n.official = rec.fields.at(column.value(lang + u"_official"_s)).trimmed();
            if (n.common.isEmpty() || n.official.isEmpty())
                throw Error(Error::Kind::Invalid,
                            tr("%1:%2: %3 has no %4 name").arg(path).arg(rec.line).arg(iso3, lang));
            byLanguage.insert(lang, n);
        }
    }
    return table;
}

const StateNames &StateNames::bundled()
{
    static const StateNames table = fromCsv(u":/plenipo/data/state-names-un-languages.csv"_s);
    return table;
}

StateNames::Names StateNames::names(const QString &iso3, const QString &language) const
{
    return m_names.value(iso3.toUpper()).value(language);
}

QStringList StateNames::allNames(const QString &iso3) const
{
    QStringList out;
    const QHash<QString, Names> byLanguage = m_names.value(iso3.toUpper());
    for (const QString &lang : Language::codes()) {
        const Names n = byLanguage.value(lang);
        for (const QString &name : {n.common, n.official}) {
            if (!name.isEmpty() && !out.contains(name))
                out.append(name);
        }
    }
    return out;
}

QString StateNames::shortName(const State &state, const QString &language)
{
    if (language == u"en" || !Language::isSupported(language))
        return state.name;
    const QString name = bundled().names(state.iso3, language).common;
    return name.isEmpty() ? state.name : name;
}

QString StateNames::display(const State &state)
{
    return shortName(state, Language::current());
}

QString StateNames::officialName(const State &state, const QString &language)
{
    if (language == u"en" || !Language::isSupported(language))
        return state.officialName;
    const QString name = bundled().names(state.iso3, language).official;
    return name.isEmpty() ? state.officialName : name;
}

QString StateNames::displayOfficial(const State &state)
{
    return officialName(state, Language::current());
}

} // namespace Plenipo
