// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/positionscsvimporter.h"

#include "core/csvreader.h"
#include "core/error.h"
#include "exchange/importguard.h"
#include "exchange/positionscsvexporter.h"
#include "markup/markupparser.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::PositionsCsvImporter", text, comment, n);
}

} // namespace

PositionsCsvImporter::PositionsCsvImporter(const Workspace &workspace)
    : m_workspace(workspace)
{}

void PositionsCsvImporter::read(QByteArrayView data, const QString &fileName)
{
    m_report = ImportReport(fileName, u"csv"_s);
    m_rows.clear();
    m_rowCount = 0;
    ImportGuard::requireUtf8(data, fileName);
    const CsvReader::Result csv = CsvReader::parse(data);
    if (!csv.ok())
        throw Error(Error::Kind::Invalid,
                    tr("%1: line %2: not valid CSV (%3); nothing was imported")
                        .arg(fileName)
                        .arg(csv.errorLine)
                        .arg(csv.error));
    if (csv.records.isEmpty())
        throw Error(Error::Kind::Invalid,
                    tr("%1: the file is empty; expected the header line %2")
                        .arg(fileName, PositionsCsvExporter::columns().join(u',')));
    m_read = true;

    // Header: any order; the four identifying columns are required.
    const CsvReader::Record &header = csv.records.first();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        if (!PositionsCsvExporter::columns().contains(name)) {
            m_report.error(
                tr("line %1").arg(header.line),
                tr("unknown column '%1' (the columns are %2)")
                    .arg(header.fields[i], PositionsCsvExporter::columns().join(u", "_s)));
            continue;
        }
        if (column.contains(name))
            m_report.error(tr("line %1").arg(header.line), tr("column '%1' twice").arg(name));
        column.insert(name, i);
    }
    for (const QString &required : {u"document"_s, u"clause"_s, u"state"_s, u"stance"_s}) {
        if (!column.contains(required))
            m_report.error(tr("line %1").arg(header.line),
                           tr("the header has no '%1' column").arg(required));
    }
    if (m_report.hasErrors())
        return;

    const MarkupParser parser;
    QHash<qint64, MarkupTree> trees;
    QHash<QString, int> seen; // clause|alternative|state -> line
    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        const CsvReader::Record &rec = csv.records[r];
        if (rec.fields.size() == 1 && rec.fields.first().trimmed().isEmpty())
            continue; // a blank line
        ++m_rowCount;
        const QString where = tr("line %1").arg(rec.line);
        if (rec.fields.size() != header.fields.size()) {
            //: %n is the number of fields in the row, %1 the number of columns in the header.
            m_report.error(where,
                           tr("%n field(s), the header has %1", nullptr, int(rec.fields.size()))
                               .arg(header.fields.size()));
            continue;
        }
        auto field = [&](const QString &name) {
            return column.contains(name) ? rec.fields.at(column.value(name)).trimmed() : QString();
        };
        const int errorsBefore = m_report.errorCount();
        const QString symbol = field(u"document"_s);
        const Document *document = m_workspace.documentBySymbol(symbol);
        std::optional<Clause> clause;
        if (!document) {
            m_report.error(where, tr("unknown document '%1'").arg(symbol));
        } else {
            const QString number = field(u"clause"_s);
            clause = m_workspace.clauseByNumber(document->id, number);
            if (!clause)
                m_report.error(where, tr("unknown clause '%1' in %2").arg(number, symbol));
        }
        const QString alternative = field(u"alternative"_s);
        if (clause && !alternative.isEmpty()) {
            if (!trees.contains(clause->id))
                trees.insert(clause->id, parser.parse(clause->text));
            const MarkupTree &tree = trees[clause->id];
            const int node = tree.findById(alternative);
            if (node < 0 || !tree.node(node).isAlternative())
                m_report.error(where, tr("clause %1 of %2 has no alternative '%3'")
                                          .arg(clause->number, symbol, alternative));
        }
        const QString stateName = field(u"state"_s);
        const State *state = m_workspace.states().resolve(stateName);
        if (!state)
            m_report.error(where, tr("unknown state '%1'").arg(stateName));
        else if (!state->unMember)
            m_report.error(
                where, tr("%1 is an observer state: observers hold no positions").arg(state->iso3));
        const auto stance = StanceText::fromKey(field(u"stance"_s));
        if (!stance)
            m_report.error(where, tr("bad stance '%1' (expected supports, can-accept, reservation, "
                                     "objects or none)")
                                      .arg(field(u"stance"_s)));
        const QString dateText = field(u"source_date"_s);
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!dateText.isEmpty() && !date.isValid())
            m_report.error(where, tr("bad source_date '%1' (expected YYYY-MM-DD)").arg(dateText));
        const QString internalText = field(u"internal"_s).toLower();
        bool internal = false;
        if (internalText == u"yes" || internalText == u"true" || internalText == u"1")
            internal = true;
        else if (!internalText.isEmpty() && internalText != u"no" && internalText != u"false" &&
                 internalText != u"0")
            m_report.error(
                where, tr("bad internal flag '%1' (expected yes or no)").arg(field(u"internal"_s)));
        if (clause && state) {
            const QString key =
                QString::number(clause->id) + u'|' + alternative + u'|' + state->iso3;
            if (seen.contains(key)) {
                m_report.error(
                    where,
                    //: %1 is the state's ISO code, %2 the clause number, %3 the alternative in
                    //: parentheses (or nothing), %4 the document's symbol, %5 the earlier line.
                    tr("duplicate row: %1 on clause %2%3 of %4 is already on "
                       "line %5")
                        .arg(state->iso3, clause->number,
                             alternative.isEmpty() ? QString() : u" ("_s + alternative + u")"_s,
                             symbol)
                        .arg(seen.value(key)));
            } else {
                seen.insert(key, rec.line);
            }
        }
        if (m_report.errorCount() != errorsBefore || !clause || !state || !stance)
            continue;
        Row row;
        row.line = rec.line;
        Position &p = row.position;
        p.clauseId = clause->id;
        p.alternative = alternative;
        p.state = state->iso3;
        p.stance = *stance;
        p.sourceKind = field(u"source_kind"_s);
        p.sourceText = field(u"source_text"_s);
        p.sourceSymbol = field(u"source_symbol"_s);
        p.sourceDate = date;
        p.note = field(u"note"_s);
        p.internal = internal;
        m_rows.append(row);
    }
    int replacing = 0;
    for (const Row &row : std::as_const(m_rows)) {
        for (const Position &old : m_workspace.positions(row.position.clauseId)) {
            if (old.state == row.position.state && old.alternative == row.position.alternative) {
                ++replacing;
                break;
            }
        }
    }
    //: An item the import creates: %1 is the number of positions ("5 positions").
    QString created = tr("%1 from %n row(s)", nullptr, m_rowCount)
                          .arg(tr("%n position(s)", nullptr, int(m_rows.size())));
    if (replacing)
        //: %1 is the item before ("5 positions from 6 rows").
        created =
            tr("%1, %n of them replacing an earlier position", nullptr, replacing).arg(created);
    m_report.addCreated(created);
    if (m_report.hasErrors())
        m_report.addCreated(
            tr("%n row(s) with errors left out", nullptr, m_rowCount - int(m_rows.size())));
}

QList<Position> PositionsCsvImporter::positions() const
{
    QList<Position> list;
    list.reserve(m_rows.size());
    for (const Row &row : m_rows)
        list.append(row.position);
    return list;
}

void PositionsCsvImporter::apply(Workspace &workspace, bool acceptValid)
{
    if (!m_read || &workspace != &m_workspace)
        throw Error(Error::Kind::Invalid, tr("import: read the file first"));
    if (m_report.hasErrors() && !acceptValid) {
        m_report.setOutcome(ImportReport::Outcome::NotImported);
        throw Error(
            Error::Kind::Invalid,
            //: %1 is the file name, %2 the number of errors ("3 errors").
            tr("%1: %2 found; nothing was imported (accept the %n valid row(s) to import "
               "them)",
               nullptr, int(m_rows.size()))
                .arg(m_report.fileName(), tr("%n error(s)", nullptr, m_report.errorCount())));
    }
    auto batch = workspace.beginBatch();
    workspace.setPositions(positions());
    batch->commit();
    m_report.setOutcome(m_report.hasErrors() ? ImportReport::Outcome::ImportedValid
                                             : ImportReport::Outcome::Imported);
}

} // namespace Plenipo
