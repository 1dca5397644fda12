// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared support for the tests: the bundled sample in a temporary folder, clause lookup by
// number, and a dump of what a workspace holds in memory (to compare with a fresh open).
#include "core/detachedposition.h"
#include "core/stance.h"
#include "sample/samplebuilder.h"
#include "storage/workspace.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace TestSupport {

// A new workspace file at `path` holding the bundled sample, open for editing.
inline std::unique_ptr<Plenipo::Workspace> sampleWorkspace(const QString &path)
{
    return Plenipo::Workspace::create(path, Plenipo::SampleBuilder::addSample);
}

// A new workspace file `name` in `dir` holding the bundled sample.
inline std::unique_ptr<Plenipo::Workspace> sampleWorkspace(const QTemporaryDir &dir,
                                                           const QString &name)
{
    return sampleWorkspace(dir.filePath(name));
}

// The clause `number` of document `symbol`; an empty clause (id 0) when there is none, which
// the caller's QVERIFY(c.id) reports.
inline Plenipo::Clause clauseByNumber(const Plenipo::Workspace &ws, const QString &symbol,
                                      const QString &number)
{
    const Plenipo::Document *d = ws.documentBySymbol(symbol);
    if (!d)
        return {};
    return ws.clauseByNumber(d->id, number).value_or(Plenipo::Clause());
}

// Everything the workspace keeps in memory, as text: meta data aside, the catalogue (states,
// groups, processes, norms, documents, clauses with their current revision) and the position
// store's vectors and detached positions. Two workspaces that dump alike show the same to every
// reader. With `detailIds` false the dump leaves out which detail row each position uses (an undo
// re-records positions under new rows) and lists documents by id (memory appends a new document, a
// fresh open sorts by date).
inline QString dump(const Plenipo::Workspace &ws, bool detailIds = true)
{
    using namespace Qt::StringLiterals;
    QStringList out;
    for (const Plenipo::State &s : ws.states().states())
        out << u"state %1 %2 %3 %4"_s.arg(s.iso3, s.name, s.regionalGroup).arg(s.id);
    for (const Plenipo::StateGroup &g : ws.groups())
        out << u"group %1 %2 %3"_s.arg(g.id).arg(g.code, g.members.join(u','));
    for (const Plenipo::Process &p : ws.processes())
        out << u"process %1 %2 %3"_s.arg(p.id).arg(p.code, p.members.join(u','));
    for (const Plenipo::Norm &n : ws.norms())
        out << u"norm %1 %2"_s.arg(n.id).arg(n.code);
    QList<Plenipo::Document> documents = ws.documents();
    if (!detailIds)
        std::sort(
            documents.begin(), documents.end(),
            [](const Plenipo::Document &a, const Plenipo::Document &b) { return a.id < b.id; });
    for (const Plenipo::Document &d : std::as_const(documents)) {
        out << u"document %1 %2 process %3 predecessor %4 adherents %5"_s.arg(d.id)
                   .arg(d.symbol)
                   .arg(d.processId)
                   .arg(d.predecessorId)
                   .arg(ws.adherents(d.id).join(u','));
        for (const Plenipo::Clause &c : ws.clauses(d.id)) {
            QStringList norms;
            for (qint64 n : c.normIds)
                norms << QString::number(n);
            out << u"  clause %1 #%2 %3 origin %4 revision %5 norms %6: %7"_s.arg(c.id)
                       .arg(c.ordinal)
                       .arg(c.number)
                       .arg(c.originId)
                       .arg(c.revisionId)
                       .arg(norms.join(u','), c.text);
            QStringList alternatives = ws.stances().alternatives(c.id);
            alternatives.sort();
            for (const QString &a : std::as_const(alternatives)) {
                const QByteArray v = ws.stances().vector(c.id, a);
                if (v.count('\0') == v.size())
                    continue; // nothing recorded (the file keeps no such vector)
                out << u"    stances '%1' %2 details %3"_s.arg(
                    a, QString::fromLatin1(v.toHex()),
                    detailIds ? QString::fromLatin1(ws.stances().detailRuns(c.id, a).toHex())
                              : QString());
            }
            for (const Plenipo::DetachedPosition &dp : ws.detachedPositions(c.id))
                out << u"    detached %1 %2 '%3' reason %4: %5"_s
                           .arg(dp.position.state, Plenipo::StanceText::key(dp.position.stance),
                                dp.position.alternative)
                           .arg(int(dp.reason))
                           .arg(dp.words);
        }
    }
    out << u"positions %1"_s.arg(ws.positionCount());
    return out.join(u'\n');
}

} // namespace TestSupport
