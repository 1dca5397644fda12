// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/positionrows.h"

#include "storage/sqlquery.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

QString PositionRows::columns()
{
    return u"p.id, p.clause_id, p.alternative, s.iso3, p.stance, d.source_kind, d.source_text, "
           u"d.source_symbol, d.source_date, d.note, d.internal, d.revision_id, d.author, "
           u"d.modified"_s;
}

QString PositionRows::tables()
{
    return u"position p JOIN state s ON s.id = p.state_id JOIN position_detail d ON d.id = "
           u"p.detail_id"_s;
}

QString PositionRows::historyColumns()
{
    return u"p.id, p.clause_id, p.alternative, s.iso3, p.stance, p.source_kind, p.source_text, "
           u"p.source_symbol, p.source_date, p.note, p.internal, p.revision_id, p.author, "
           u"p.modified"_s;
}

void PositionRows::readDetails(const SqlQuery &q, int first, Position &p)
{
    p.sourceKind = q.value(first + 0).toString();
    p.sourceText = q.value(first + 1).toString();
    p.sourceSymbol = q.value(first + 2).toString();
    p.sourceDate = QDate::fromString(q.value(first + 3).toString(), Qt::ISODate);
    p.note = q.value(first + 4).toString();
    p.internal = q.value(first + 5).toBool();
    p.revisionId = q.value(first + 6).toLongLong();
    p.author = q.value(first + 7).toString();
    p.modified = QDateTime::fromString(q.value(first + 8).toString(), Qt::ISODateWithMs);
}

Position PositionRows::read(const SqlQuery &q)
{
    Position p;
    p.id = q.value(0).toLongLong();
    p.clauseId = q.value(1).toLongLong();
    p.alternative = q.value(2).toString();
    p.state = q.value(3).toString();
    p.stance = static_cast<Stance>(std::clamp(q.value(4).toInt(), 0, 4));
    readDetails(q, 5, p);
    return p;
}

bool PositionRows::sameDetails(const Position &a, const Position &b)
{
    return a.revisionId == b.revisionId && a.internal == b.internal &&
           a.sourceKind == b.sourceKind && a.sourceText == b.sourceText &&
           a.sourceSymbol == b.sourceSymbol && a.sourceDate == b.sourceDate && a.note == b.note;
}

} // namespace Plenipo
