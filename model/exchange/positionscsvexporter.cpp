// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/positionscsvexporter.h"

#include "core/error.h"
#include "exchange/csvwriter.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::PositionsCsvExporter", text, comment, n);
}

} // namespace

QString PositionsCsvExporter::format() const
{
    return u"csv"_s;
}

QString PositionsCsvExporter::suffix() const
{
    return u"csv"_s;
}

QString PositionsCsvExporter::displayName() const
{
    //: The name of an export format, in the export dialog.
    return tr("Positions table (CSV)");
}

const QStringList &PositionsCsvExporter::columns()
{
    static const QStringList list{u"document"_s,    u"clause"_s,        u"alternative"_s,
                                  u"state"_s,       u"stance"_s,        u"source_kind"_s,
                                  u"source_text"_s, u"source_symbol"_s, u"source_date"_s,
                                  u"note"_s,        u"internal"_s};
    return list;
}

void PositionsCsvExporter::write(const Workspace &workspace, const ExportOptions &options,
                                 QIODevice &device) const
{
    const Document *document = &options.document(workspace);
    const StateGroup *coalition = options.coalitionGroup(workspace);
    const bool internal = options.mayIncludeInternal();
    QByteArray out = CsvWriter::byteOrderMark() + CsvWriter::record(columns());
    const QList<Clause> clauses = workspace.clauses(document->id);
    qint64 done = 0;
    options.step(0, clauses.size());
    for (const Clause &clause : clauses) {
        QList<Position> positions = workspace.positions(clause.id);
        std::sort(positions.begin(), positions.end(), [](const Position &a, const Position &b) {
            return std::tie(a.alternative, a.state) < std::tie(b.alternative, b.state);
        });
        for (const Position &p : std::as_const(positions)) {
            if (p.internal && !internal)
                continue;
            if (coalition && !coalition->members.contains(p.state))
                continue;
            out += CsvWriter::record(
                {document->symbol, clause.number, p.alternative, p.state, StanceText::key(p.stance),
                 p.sourceKind, p.sourceText, p.sourceSymbol,
                 p.sourceDate.isValid() ? p.sourceDate.toString(Qt::ISODate) : QString(), p.note,
                 p.internal ? u"yes"_s : u"no"_s});
        }
        options.step(++done, clauses.size());
    }
    if (device.write(out) != out.size())
        throw Error(Error::Kind::Io,
                    tr("export: cannot write the CSV file: %1").arg(device.errorString()));
}

} // namespace Plenipo
