// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/tablecopy.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::TableCopy", text, comment, n);
}

} // namespace

QSqlQuery TableCopy::run(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         const QString &what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = ok && q.exec();
    }
    if (!ok) {
        QString message = q.lastError().databaseText().trimmed();
        if (message.isEmpty())
            message = q.lastError().text();
        throw Error(q.lastError().nativeErrorCode() == u"42501"_s ? Error::Kind::ReadOnly
                                                                  : Error::Kind::Database,
                    //: %1 is what was being done ("copying table clause"), %2 the database's
                    //: message.
                    tr("%1: %2").arg(what.isEmpty() ? tr("the database refused a statement") : what,
                                     message));
    }
    return q;
}

QStringList TableCopy::columns(QSqlDatabase &db, const QString &table)
{
    QStringList out;
    const QSqlRecord r = db.record(table);
    for (int i = 0; i < r.count(); ++i)
        out << r.fieldName(i);
    return out;
}

qint64 TableCopy::copy(QSqlDatabase &source, QSqlDatabase &target, const Spec &spec)
{
    //: What was being done when the database refused a statement: %1 is a table's name.
    const QString what = tr("copying table %1").arg(spec.table);
    QStringList insertColumns = spec.columns;
    if (!spec.extraColumn.isEmpty())
        insertColumns << spec.extraColumn;
    const int width = int(insertColumns.size());
    // 400 rows a statement: few round trips, and far below PostgreSQL's 65,535 parameters and
    // SQLite's 32,766.
    const int batch = std::max(1, std::min(400, 30000 / std::max(1, width)));
    const QString rowPlaceholders = u'(' + QStringList(width, u"?"_s).join(u", "_s) + u')';
    const QString head = u"INSERT INTO %1%2 (%3) VALUES "_s.arg(spec.targetPrefix, spec.table,
                                                                insertColumns.join(u", "_s));
    const QString tail = spec.onConflict.isEmpty() ? QString() : u' ' + spec.onConflict;
    QSqlQuery read =
        run(source,
            u"SELECT %1 FROM %2%3"_s.arg(spec.columns.join(u", "_s), spec.sourcePrefix, spec.table),
            {}, what);
    const int idColumn = int(spec.columns.indexOf(u"id"_s));
    QVariantList values;
    QList<QVariantList> later; // the self references, then the id
    int rows = 0;
    qint64 total = 0;
    const auto flush = [&] {
        if (rows == 0)
            return;
        run(target, head + QStringList(rows, rowPlaceholders).join(u", "_s) + tail, values, what);
        values.clear();
        rows = 0;
    };
    while (read.next()) {
        QVariantList refs;
        bool anyRef = false;
        for (int i = 0; i < spec.columns.size(); ++i) {
            QVariant v = read.value(i);
            if (spec.selfReferences.contains(spec.columns.at(i))) {
                anyRef = anyRef || !v.isNull();
                refs << v;
                v = QVariant(QMetaType::fromType<qint64>());
            }
            values << v;
        }
        if (!spec.extraColumn.isEmpty())
            values << spec.extraValue;
        if (anyRef && idColumn >= 0)
            later.append(refs << read.value(idColumn));
        ++total;
        if (++rows == batch)
            flush();
    }
    flush();
    if (!later.isEmpty()) {
        QStringList sets;
        for (const QString &c : spec.selfReferences)
            sets << c + u" = ?"_s;
        const QString update = u"UPDATE %1%2 SET %3 WHERE id = ?"_s.arg(
            spec.targetPrefix, spec.table, sets.join(u", "_s));
        for (const QVariantList &v : std::as_const(later))
            run(target, update, v, what);
    }
    return total;
}

} // namespace Plenipo
