// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Plenipo {

class ImportReport;
class StateDirectory;
struct State;

// The sponsors of a UN draft resolution, read from the names its record lists as UN files
// write them (../shared/domain describes the forms): "Nigeria (on behalf of the Group of
// African States) and Portugal", "Venezuela (Bolivarian Republic of) (A/74/368)",
// "Zimbabwe. - Lebanon was removed from the list of sponsors", "the Chair of the Committee".
// Names resolve through the state directory (then without stray spaces: "Canad a"); what does
// not resolve is reported, never guessed.
class SponsorList
{
    // Its messages were the AKN importer's, in its report.
    Q_DECLARE_TR_FUNCTIONS(Plenipo::AknImporter)

public:
    explicit SponsorList(const StateDirectory *states = nullptr)
        : m_states(states)
    {}

    // Adds what one name of the list gives; problems and notes go to `report` at `place`.
    void add(QString name, const QString &place, ImportReport &report);
    // A record's list split at the commas outside parentheses.
    static QStringList splitOutsideParentheses(const QString &text);

    // ISO3 codes in the order first listed.
    const QStringList &sponsors() const { return m_sponsors; }
    // ISO3 of a sponsor speaking for a group -> the group's name ("the Group of 77 and China").
    const QMap<QString, QString> &onBehalfOf() const { return m_onBehalfOf; }
    // "the Chair of the Committee" for a draft submitted by an officer or body; else empty.
    const QString &submittedBy() const { return m_submittedBy; }

private:
    const State *resolveState(const QString &name);
    QString resolveSponsor(QString name);

    const StateDirectory *m_states;
    QStringList m_sponsors;
    QMap<QString, QString> m_onBehalfOf;
    QString m_submittedBy;
    QHash<QString, QString> m_spaceless; // folded name without spaces -> ISO3
};

} // namespace Plenipo
