// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/domainnames.h"

#include "core/csvreader.h"
#include "core/error.h"
#include "core/language.h"
#include "core/process.h"
#include "core/stategroup.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::DomainNames", text, comment, n);
}

} // namespace

DomainNames DomainNames::fromCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("cannot read %1: %2").arg(path, f.errorString()));
    const CsvReader::Result r = CsvReader::parse(f.readAll());
    if (!r.ok())
        throw Error(Error::Kind::Invalid, u"%1:%2: %3"_s.arg(path).arg(r.errorLine).arg(r.error));
    if (r.records.isEmpty() || r.records.first().fields.value(0) != u"code")
        throw Error(Error::Kind::Invalid,
                    tr("%1:1: expected a header starting with code").arg(path));
    const QStringList header = r.records.first().fields;
    DomainNames table;
    for (qsizetype i = 1; i < r.records.size(); ++i) {
        const CsvReader::Record &rec = r.records.at(i);
        if (rec.fields.size() != header.size())
            throw Error(Error::Kind::Invalid,
                        tr("%1:%2: %n fields, expected %3", nullptr, int(rec.fields.size()))
                            .arg(path)
                            .arg(rec.line)
                            .arg(header.size()));
        QHash<QString, QString> &byLanguage = table.m_names[rec.fields.at(0).trimmed()];
        for (qsizetype c = 1; c < header.size(); ++c) {
            if (!Language::isSupported(header.at(c)))
                throw Error(Error::Kind::Invalid,
                            tr("%1:1: unknown language column '%2'").arg(path, header.at(c)));
            if (!rec.fields.at(c).trimmed().isEmpty())
                byLanguage.insert(header.at(c), rec.fields.at(c).trimmed());
        }
    }
    return table;
}

const DomainNames &DomainNames::bundled()
{
    static const DomainNames table = fromCsv(u":/plenipo/data/names-un-languages.csv"_s);
    return table;
}

QString DomainNames::name(const QString &code, const QString &language,
                          const QString &fallback) const
{
    if (language == u"en")
        return fallback;
    const QString n = m_names.value(code).value(language);
    return n.isEmpty() ? fallback : n;
}

QString DomainNames::display(const Process &process)
{
    return bundled().name(process.code, Language::current(), process.name);
}

QString DomainNames::display(const StateGroup &group)
{
    return bundled().name(group.code, Language::current(), group.name);
}

} // namespace Plenipo
