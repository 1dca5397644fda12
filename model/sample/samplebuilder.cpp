// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sample/samplebuilder.h"

#include "core/csvreader.h"
#include "core/domaintext.h"
#include "core/error.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

// The notices that sample.json and SyntheticWorkspace store, for lupdate; they must stay the
// same text as there (tst_samplebuilder checks the sample's).
[[maybe_unused]] const char *const storedNotices[] = {
    QT_TRANSLATE_NOOP("Plenipo::SampleBuilder",
                      "The positions in this sample are illustrative: they are derived from "
                      "publicly reported lines of disagreement and are not recorded statements "
                      "of any State."),
    QT_TRANSLATE_NOOP("Plenipo::SampleBuilder",
                      "Synthetic workspace generated for benchmarking: the positions are random, "
                      "not statements of any State."),
};

} // namespace

QString SampleBuilder::displayNotice(const QString &stored)
{
    return QCoreApplication::translate("Plenipo::SampleBuilder", stored.toUtf8().constData());
}

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::SampleBuilder", text, comment, n);
}

QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("Plenipo::SampleBuilder", "cannot read %1: %2")
                        .arg(path, f.errorString()));
    return f.readAll();
}

QList<CsvReader::Record> readCsv(const QString &path, int columns)
{
    const CsvReader::Result r = CsvReader::parse(readResource(path));
    if (!r.ok())
        throw Error(Error::Kind::Invalid, u"%1:%2: %3"_s.arg(path).arg(r.errorLine).arg(r.error));
    QList<CsvReader::Record> records = r.records;
    if (!records.isEmpty())
        records.removeFirst(); // header
    for (const CsvReader::Record &rec : std::as_const(records)) {
        if (rec.fields.size() != columns)
            throw Error(Error::Kind::Invalid,
                        QCoreApplication::translate("Plenipo::SampleBuilder",
                                                    "%1:%2: expected %n fields, found %3", nullptr,
                                                    columns)
                            .arg(path)
                            .arg(rec.line)
                            .arg(rec.fields.size()));
    }
    return records;
}

struct RegionalGroup
{
    const char16_t *code;
    const char16_t *csvName;
    const char16_t *name;
};

constexpr RegionalGroup regionalGroups[] = {
    {u"AFRICAN", u"African Group", u"African Group"},
    {u"ASIA-PACIFIC", u"Asia and the Pacific Group", u"Asia-Pacific Group"},
    {u"EEG", u"Eastern European Group", u"Eastern European Group"},
    {u"GRULAC", u"Latin American and Caribbean Group",
     u"Latin American and Caribbean Group (GRULAC)"},
    {u"WEOG", u"Western European and Others Group", u"Western European and Others Group"},
};

// Reads sample.json with precise messages: "sample.json: documents[2].clauses[4]: ...".
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(Plenipo::SampleBuilder)

public:
    explicit JsonReader(QString file)
        : m_file(std::move(file))
    {}
    [[noreturn]] void fail(const QString &where, const QString &what) const
    {
        throw Error(Error::Kind::Invalid, u"%1: %2: %3"_s.arg(m_file, where, what));
    }
    QString string(const QJsonObject &o, const QString &key, const QString &where,
                   bool required = true) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(where, tr("'%1' is missing").arg(key));
            return {};
        }
        if (!v.isString())
            fail(where, tr("'%1' must be text").arg(key));
        return v.toString();
    }
    QStringList strings(const QJsonObject &o, const QString &key, const QString &where) const
    {
        QStringList out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray())
            fail(where, tr("'%1' must be a list").arg(key));
        for (const QJsonValue e : v.toArray()) {
            if (!e.isString())
                fail(where, tr("'%1' must be a list of text").arg(key));
            out << e.toString();
        }
        return out;
    }
    QJsonArray array(const QJsonObject &o, const QString &key) const
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            fail(tr("top level"), tr("'%1' must be a list").arg(key));
        return v.toArray();
    }

private:
    QString m_file;
};

} // namespace

QString SampleBuilder::regionalGroupCode(const QString &name)
{
    for (const RegionalGroup &g : regionalGroups) {
        if (name.compare(QStringView(g.csvName), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(g.code);
    }
    return {};
}

void SampleBuilder::addStates(Workspace &workspace)
{
    auto batch = workspace.beginBatch();
    addStates(workspace, u":/plenipo/data/un-member-states.csv"_s,
              u":/plenipo/data/state-aliases.csv"_s);
    addObserverStates(workspace, u":/plenipo/data/un-observer-states.csv"_s);
    batch->commit();
}

void SampleBuilder::addObserverStates(Workspace &workspace, const QString &observersCsvPath)
{
    QList<State> states;
    for (const CsvReader::Record &r : readCsv(observersCsvPath, 4)) {
        State s;
        s.iso3 = r.fields[0].trimmed().toUpper();
        s.name = r.fields[1].trimmed();
        s.officialName = r.fields[2].trimmed();
        for (const QString &alias : r.fields[3].split(u';', Qt::SkipEmptyParts))
            s.aliases << alias.trimmed();
        s.unMember = false; // observers: never members, never counted among the 193
        states << s;
    }
    workspace.addStates(states);
}

void SampleBuilder::addSample(Workspace &workspace)
{
    const QString author = workspace.author();
    workspace.setAuthor(u"Plenipo sample data"_s);
    auto batch = workspace.beginBatch();
    addStates(workspace);
    addSampleContent(workspace, u":/plenipo/data/sample.json"_s);
    batch->commit();
    workspace.setAuthor(author);
}

void SampleBuilder::addStates(Workspace &workspace, const QString &statesCsvPath,
                              const QString &aliasesCsvPath)
{
    auto batch = workspace.beginBatch();
    QMap<QString, QStringList> aliases;
    for (const CsvReader::Record &r : readCsv(aliasesCsvPath, 2))
        aliases[r.fields[0].trimmed().toUpper()] << r.fields[1].trimmed();

    QList<State> states;
    QMap<QString, QStringList> regional;
    for (const CsvReader::Record &r : readCsv(statesCsvPath, 4)) {
        State s;
        s.iso3 = r.fields[0].trimmed().toUpper();
        s.name = r.fields[1].trimmed();
        s.officialName = r.fields[2].trimmed();
        s.aliases = aliases.take(s.iso3);
        const QString group = regionalGroupCode(r.fields[3].trimmed());
        if (group.isEmpty())
            throw Error(Error::Kind::Invalid, tr("%1:%2: unknown UN regional group '%3'")
                                                  .arg(statesCsvPath)
                                                  .arg(r.line)
                                                  .arg(r.fields[3]));
        regional[group] << s.iso3;
        states << s;
    }
    if (!aliases.isEmpty())
        throw Error(Error::Kind::Invalid, tr("%1: aliases for unknown states: %2")
                                              .arg(aliasesCsvPath, aliases.keys().join(u", "_s)));
    workspace.addStates(states);
    for (const RegionalGroup &g : regionalGroups) {
        StateGroup group;
        group.code = QString::fromUtf16(g.code);
        group.name = QString::fromUtf16(g.name);
        group.kind = StateGroup::Kind::Regional;
        group.description = u"United Nations regional group"_s;
        group.members = regional.value(group.code);
        workspace.addGroup(group);
    }
    batch->commit();
}

void SampleBuilder::addSampleContent(Workspace &workspace, const QString &sampleJsonPath)
{
    const QString file = sampleJsonPath.section(u'/', -1);
    JsonReader j(file);
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(readResource(sampleJsonPath), &perr);
    if (perr.error != QJsonParseError::NoError)
        throw Error(Error::Kind::Invalid,
                    tr("%1: offset %2: %3").arg(file).arg(perr.offset).arg(perr.errorString()));
    const QJsonObject root = doc.object();

    auto batch = workspace.beginBatch();
    const QString notice = j.string(root, u"illustrative"_s, tr("top level"), false);
    workspace.setMeta(u"sample"_s, u"1"_s);
    if (!notice.isEmpty())
        workspace.setMeta(u"illustrative"_s, notice);

    // Expands group codes to their members; checks ISO3 codes.
    auto expand = [&](const QStringList &codes, const QString &where) {
        QStringList out;
        for (const QString &code : codes) {
            if (workspace.states().byIso3(code)) {
                out << code.toUpper();
            } else if (const StateGroup *g = workspace.group(code)) {
                out << g->members;
            } else {
                j.fail(where, tr("unknown state or group '%1'").arg(code));
            }
        }
        out.removeDuplicates();
        return out;
    };

    const QJsonArray groups = j.array(root, u"groups"_s);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString where = u"groups[%1]"_s.arg(i);
        const QJsonObject o = groups[i].toObject();
        StateGroup g;
        g.code = j.string(o, u"code"_s, where);
        g.name = j.string(o, u"name"_s, where);
        const auto kind = DomainText::groupKind(j.string(o, u"kind"_s, where));
        if (!kind)
            j.fail(where, tr("unknown group kind"));
        g.kind = *kind;
        g.description = j.string(o, u"description"_s, where, false);
        g.members = expand(j.strings(o, u"members"_s, where), where);
        workspace.addGroup(g);
    }

    const QJsonArray processes = j.array(root, u"processes"_s);
    for (qsizetype i = 0; i < processes.size(); ++i) {
        const QString where = u"processes[%1]"_s.arg(i);
        const QJsonObject o = processes[i].toObject();
        Process p;
        p.code = j.string(o, u"code"_s, where);
        p.name = j.string(o, u"name"_s, where);
        const auto kind = DomainText::processKind(j.string(o, u"kind"_s, where));
        if (!kind)
            j.fail(where, tr("unknown process kind"));
        p.kind = *kind;
        p.startYear = o.value(u"startYear"_s).toInt();
        p.endYear = o.value(u"endYear"_s).toInt();
        p.chair = j.string(o, u"chair"_s, where, false);
        p.outcome = j.string(o, u"outcome"_s, where, false);
        p.note = j.string(o, u"note"_s, where, false);
        p.allUnMembers = o.value(u"allUnMembers"_s).toBool();
        p.members = expand(j.strings(o, u"members"_s, where), where);
        workspace.addProcess(p);
    }

    const QJsonArray norms = j.array(root, u"norms"_s);
    for (qsizetype i = 0; i < norms.size(); ++i) {
        const QString where = u"norms[%1]"_s.arg(i);
        const QJsonObject o = norms[i].toObject();
        workspace.addNorm(Norm{0, j.string(o, u"code"_s, where), j.string(o, u"title"_s, where),
                               j.string(o, u"summary"_s, where),
                               j.string(o, u"sourceSymbol"_s, where),
                               j.string(o, u"paragraph"_s, where)});
    }

    // (document symbol, clause key) -> clause id
    QHash<QString, qint64> clauseIds;
    const auto clauseKey = [](const QString &symbol, const QString &key) {
        return symbol + u'\x1f' + key;
    };
    const QJsonArray documents = j.array(root, u"documents"_s);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QJsonObject o = documents[i].toObject();
        Document d;
        d.symbol = j.string(o, u"symbol"_s, u"documents[%1]"_s.arg(i));
        //: A place in the sample data: %1 is a document's symbol.
        const QString where = tr("document %1").arg(d.symbol);
        d.title = j.string(o, u"title"_s, where);
        const auto kind = DomainText::documentKind(j.string(o, u"kind"_s, where));
        if (!kind)
            j.fail(where, tr("unknown document kind"));
        d.kind = *kind;
        d.date = QDate::fromString(j.string(o, u"date"_s, where), Qt::ISODate);
        if (!d.date.isValid())
            j.fail(where, tr("'date' must be YYYY-MM-DD"));
        const QString processCode = j.string(o, u"process"_s, where, false);
        if (!processCode.isEmpty()) {
            const Process *p = workspace.processByCode(processCode);
            if (!p)
                j.fail(where, tr("unknown process '%1'").arg(processCode));
            d.processId = p->id;
        }
        const QString predecessor = j.string(o, u"predecessor"_s, where, false);
        const Document *pred = nullptr;
        if (!predecessor.isEmpty()) {
            pred = workspace.documentBySymbol(predecessor);
            if (!pred)
                j.fail(where, tr("unknown predecessor '%1'").arg(predecessor));
            d.predecessorId = pred->id;
        }
        const QString predSymbol = pred ? pred->symbol : QString();
        d.id = workspace.addDocument(d);

        const QJsonArray clauses = o.value(u"clauses"_s).toArray();
        for (qsizetype k = 0; k < clauses.size(); ++k) {
            const QJsonObject co = clauses[k].toObject();
            //: A place in the sample data: %1 is a document ("document A/78/1"), %2 the clause's
            //: position in it.
            const QString cwhere = tr("%1 clause %2").arg(where).arg(k + 1);
            const QString key = j.string(co, u"key"_s, cwhere);
            Clause c;
            c.documentId = d.id;
            c.number = j.string(co, u"number"_s, cwhere);
            c.text = j.string(co, u"text"_s, cwhere);
            for (const QString &code : j.strings(co, u"norms"_s, cwhere)) {
                const Norm *n = workspace.normByCode(code);
                if (!n)
                    j.fail(cwhere, tr("unknown norm '%1'").arg(code));
                c.normIds << n->id;
            }
            const QString origin = j.string(co, u"origin"_s, cwhere, false);
            if (!origin.isEmpty()) {
                c.originId = clauseIds.value(clauseKey(predSymbol, origin));
                if (!c.originId)
                    j.fail(cwhere,
                           tr("origin '%1' is not a clause of the predecessor").arg(origin));
            }
            if (clauseIds.contains(clauseKey(d.symbol, key)))
                j.fail(cwhere, tr("duplicate clause key '%1'").arg(key));
            clauseIds.insert(clauseKey(d.symbol, key), workspace.addClause(c));
        }
    }

    const QJsonArray positions = root.value(u"positions"_s).toArray();
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const QString where = u"positions[%1]"_s.arg(i);
        const QJsonObject o = positions[i].toObject();
        const QString symbol = j.string(o, u"document"_s, where);
        const QString key = j.string(o, u"clause"_s, where);
        const qint64 clauseId = clauseIds.value(clauseKey(symbol, key));
        if (!clauseId)
            j.fail(where, tr("no clause '%1' in document %2").arg(key, symbol));
        const auto stance = StanceText::fromKey(j.string(o, u"stance"_s, where));
        if (!stance)
            j.fail(where, tr("unknown stance"));
        const QJsonObject source = o.value(u"source"_s).toObject();
        Position p;
        p.clauseId = clauseId;
        p.alternative = j.string(o, u"alternative"_s, where, false);
        p.stance = *stance;
        p.sourceKind = j.string(source, u"kind"_s, where, false);
        p.sourceText = j.string(source, u"text"_s, where, false);
        p.sourceSymbol = j.string(source, u"symbol"_s, where, false);
        p.sourceDate = QDate::fromString(j.string(source, u"date"_s, where, false), Qt::ISODate);
        p.note = j.string(o, u"note"_s, where, false);
        p.internal = o.value(u"internal"_s).toBool();
        const std::optional<Clause> clause = workspace.clause(clauseId);
        if (!clause)
            throw Error(Error::Kind::Invalid,
                        tr("%1: clause %2 is not in the workspace").arg(where).arg(clauseId));
        p.revisionId = clause->revisionId;
        for (const QString &iso : expand(j.strings(o, u"states"_s, where), where)) {
            p.state = iso;
            workspace.setPosition(p);
        }
    }
    batch->commit();
}

} // namespace Plenipo
