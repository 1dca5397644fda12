// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>

namespace Plenipo {

struct Process;
struct StateGroup;

// The names of processes and groups in the five other UN languages, by code, where the UN has
// them: the five UN regional groups, the EU, NATO and the SCO, the GGE and OEWG rounds of the
// sample (UN abbreviations GEG, GTCNL, GTCA, ГПЭ, РГОС with the years). From the bundled
// `names-un-languages.csv` (columns code, ar, zh, fr, ru, es). Anything else keeps the
// workspace's (English) name.
class DomainNames
{
public:
    // Reads a table in that format; throws Error(Invalid) naming the file and line.
    static DomainNames fromCsv(const QString &path);
    static const DomainNames &bundled();

    // The name of `code` in `language`; `fallback` when there is none (always for English).
    QString name(const QString &code, const QString &language, const QString &fallback) const;

    // In the interface language (Language::current()).
    static QString display(const Process &process);
    static QString display(const StateGroup &group);

private:
    QHash<QString, QHash<QString, QString>> m_names; // code -> language -> name
};

} // namespace Plenipo
