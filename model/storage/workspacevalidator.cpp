// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/workspacevalidator.h"

#include "core/domaintext.h"
#include "storage/stancematrix.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

// One check: a query that returns the first offending row (at most one, LIMIT 1) and the
// message it becomes, with %1, %2... replaced by the row's columns (translated when it is shown:
// the messages end up in "%1 is damaged: %2").
struct Check
{
    const char16_t *sql;
    const char *message;
};

// Every reference Workspace::load follows, and the duplicates it would merge. Each query runs
// on an index (primary keys, clause_document), so the checks take a few milliseconds on the
// 193 x 2,000 synthetic workspace.
constexpr Check kChecks[] = {
    {u"SELECT id FROM state WHERE iso3 = '' LIMIT 1",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator", "table state: state %1 has no code")},
    {u"SELECT a.state_id, a.alias FROM state_alias a LEFT JOIN state s ON s.id = a.state_id "
     u"WHERE s.id IS NULL LIMIT 1",
     QT_TRANSLATE_NOOP(
         "Plenipo::WorkspaceValidator",
         "table state_alias: the alias '%2' belongs to state %1, which does not exist")},
    {u"SELECT m.group_id, m.state_id FROM group_member m LEFT JOIN state s ON s.id = m.state_id "
     u"WHERE s.id IS NULL LIMIT 1",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator",
                       "table group_member: group %1 lists state %2, which does not exist")},
    {u"SELECT m.group_id, m.state_id FROM group_member m LEFT JOIN state_group g ON g.id = "
     u"m.group_id WHERE g.id IS NULL LIMIT 1",
     QT_TRANSLATE_NOOP(
         "Plenipo::WorkspaceValidator",
         "table group_member: state %2 is a member of group %1, which does not exist")},
    {u"SELECT m.process_id, m.state_id FROM process_member m LEFT JOIN state s ON s.id = "
     u"m.state_id WHERE s.id IS NULL LIMIT 1",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator",
                       "table process_member: process %1 lists state %2, which does not exist")},
    {u"SELECT m.process_id, m.state_id FROM process_member m LEFT JOIN process p ON p.id = "
     u"m.process_id WHERE p.id IS NULL LIMIT 1",
     QT_TRANSLATE_NOOP(
         "Plenipo::WorkspaceValidator",
         "table process_member: state %2 is a member of process %1, which does not exist")},
    {u"SELECT d.id, d.process_id FROM document d LEFT JOIN process p ON p.id = d.process_id "
     u"WHERE d.process_id IS NOT NULL AND d.process_id <> 0 AND p.id IS NULL LIMIT 1",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator",
                       "table document: document %1 belongs to process %2, which does not exist")},
    {u"SELECT d.id, d.predecessor_id FROM document d LEFT JOIN document p ON p.id = "
     u"d.predecessor_id WHERE d.predecessor_id IS NOT NULL AND d.predecessor_id <> 0 AND p.id IS "
     u"NULL LIMIT 1",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator",
                       "table document: document %1 follows document %2, which does not exist")},
    {u"SELECT c.id, c.document_id FROM clause c LEFT JOIN document d ON d.id = c.document_id "
     u"WHERE d.id IS NULL LIMIT 1",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator",
                       "table clause: clause %1 belongs to document %2, which does not exist")},
    {u"SELECT c.id, c.origin_id FROM clause c LEFT JOIN clause o ON o.id = c.origin_id WHERE "
     u"c.origin_id IS NOT NULL AND c.origin_id <> 0 AND o.id IS NULL LIMIT 1",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator",
                       "table clause: clause %1 descends from clause %2, which does not exist")},
    {u"SELECT document_id, ordinal FROM clause GROUP BY document_id, ordinal HAVING COUNT(*) > 1 "
     u"LIMIT 1",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator",
                       "table clause: document %1 has two clauses at place %2")},
    {u"SELECT n.clause_id, n.norm_id FROM clause_norm n LEFT JOIN clause c ON c.id = n.clause_id "
     u"LEFT JOIN norm m ON m.id = n.norm_id WHERE c.id IS NULL OR m.id IS NULL LIMIT 1",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator",
                       "table clause_norm: clause %1 or norm %2 does not exist")},
    {u"SELECT r.id, r.clause_id FROM clause_revision r LEFT JOIN clause c ON c.id = r.clause_id "
     u"WHERE c.id IS NULL LIMIT 1",
     QT_TRANSLATE_NOOP(
         "Plenipo::WorkspaceValidator",
         "table clause_revision: revision %1 belongs to clause %2, which does not exist")},
    {u"SELECT v.clause_id, v.alternative FROM stance_vector v LEFT JOIN clause c ON c.id = "
     u"v.clause_id WHERE c.id IS NULL LIMIT 1",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator",
                       "table stance_vector: positions on clause %1, which does not exist")},
    {u"SELECT a.document_id, a.state_id FROM document_adherent a LEFT JOIN document d ON d.id = "
     u"a.document_id LEFT JOIN state s ON s.id = a.state_id WHERE d.id IS NULL OR s.id IS NULL "
     u"LIMIT 1",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator",
                       "table document_adherent: document %1 or state %2 does not exist")},
};

// Kinds stored as text that the domain must know: an unknown one would load as "other".
struct KindCheck
{
    const char16_t *sql;
    const char *message;
    bool (*known)(QStringView);
};

const KindCheck kKindChecks[] = {
    {u"SELECT DISTINCT kind FROM document",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator", "table document: unknown document kind '%1'"),
     [](QStringView k) {
         return DomainText::documentKind(k).has_value();
     }},
    {u"SELECT DISTINCT kind FROM process",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator", "table process: unknown process kind '%1'"),
     [](QStringView k) {
         return DomainText::processKind(k).has_value();
     }},
    {u"SELECT DISTINCT kind FROM state_group",
     QT_TRANSLATE_NOOP("Plenipo::WorkspaceValidator", "table state_group: unknown group kind '%1'"),
     [](QStringView k) {
         return DomainText::groupKind(k).has_value();
     }},
};

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::WorkspaceValidator", text, comment, n);
}

QString format(QString message, const QSqlQuery &q, int columns)
{
    for (int i = 0; i < columns; ++i)
        message = message.arg(q.value(i).toString().left(40));
    return message;
}

} // namespace

QString WorkspaceValidator::problem(QSqlDatabase &db)
{
    for (const Check &check : kChecks) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QString::fromUtf16(check.sql)))
            return tr("the file cannot be checked (%1)").arg(q.lastError().text());
        if (q.next()) {
            const QString message = tr(check.message);
            int columns = 0;
            while (message.contains(u"%"_s + QString::number(columns + 1)))
                ++columns;
            return format(message, q, columns);
        }
    }
    for (const KindCheck &check : kKindChecks) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QString::fromUtf16(check.sql)))
            return tr("the file cannot be checked (%1)").arg(q.lastError().text());
        while (q.next()) {
            const QString kind = q.value(0).toString();
            if (!check.known(kind))
                return tr(check.message).arg(kind.left(40));
        }
    }
    return {};
}

QString WorkspaceValidator::stanceVectorProblem(qint64 clauseId, const QString &alternative,
                                                QByteArrayView stances, QByteArrayView details,
                                                int stateCount)
{
    const QString where =
        alternative.isEmpty()
            ? tr("clause %1").arg(clauseId)
            : tr("clause %1, alternative %2").arg(clauseId).arg(alternative.left(40));
    if (stances.size() > stateCount)
        //: %1 is the clause (and alternative), %2 the number of stances ("200 stances"), %3
        //: the number of states ("193 states").
        return tr("table stance_vector: %1 has %2 for %3")
            .arg(where, tr("%n stances", nullptr, int(stances.size())),
                 tr("%n states", nullptr, stateCount));
    for (qsizetype i = 0; i < stances.size(); ++i) {
        if (stances[i] != 0 && !StanceMatrix::decode(quint8(stances[i])))
            //: %1 is the clause (and alternative), %2 a byte value, %3 the state's index.
            return tr("table stance_vector: %1: byte %2 for state %3 is not a stance")
                .arg(where)
                .arg(int(quint8(stances[i])))
                .arg(i + 1);
    }
    const std::optional<quint64> covered = StanceMatrix::coveredStates(details);
    if (!covered)
        return tr("table stance_vector: %1: the detail vector is malformed").arg(where);
    if (*covered > quint64(std::max(stateCount, 0)))
        //: %1 is the clause (and alternative), %2 the number of states in the workspace.
        return tr("table stance_vector: %1: the detail vector covers %n states of %2", nullptr,
                  int(*covered))
            .arg(where)
            .arg(stateCount);
    return {};
}

} // namespace Plenipo
