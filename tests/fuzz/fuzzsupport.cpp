// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fuzzsupport.h"

#include "core/clause.h"
#include "core/position.h"
#include "core/state.h"
#include "sample/samplebuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Plenipo::Fuzz {

namespace {

QTemporaryDir *temporaryDir()
{
    static QTemporaryDir *dir = new QTemporaryDir(); // lives as long as the process
    return dir;
}

} // namespace

void initialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*=false");
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    if (!temporaryDir()->isValid()) {
        std::fprintf(stderr, "fuzz: no temporary folder\n");
        std::abort();
    }
}

QString scratchPath(const char *name)
{
    return temporaryDir()->filePath(QString::fromUtf8(name));
}

const Workspace &sampleWorkspace()
{
    static std::unique_ptr<Workspace> ws = [] {
        const QString path = scratchPath("sample.plenipo");
        Workspace::create(path, [](Workspace &w) { SampleBuilder::addSample(w); });
        return Workspace::open(path, Workspace::Access::ReadOnly);
    }();
    return *ws;
}

const QByteArray &smallWorkspaceBytes()
{
    static const QByteArray bytes = [] {
        const QString path = scratchPath("small.plenipo");
        {
            auto ws = Workspace::create(path, [](Workspace &w) {
                QList<State> states;
                for (const char *code : {"AAA", "BBB", "CCC"}) {
                    State s;
                    s.iso3 = QString::fromLatin1(code);
                    s.name = s.officialName = u"State "_s + s.iso3;
                    s.aliases = {s.iso3.toLower()};
                    states << s;
                }
                w.addStates(states);
                Document d;
                d.symbol = u"FUZZ/1"_s;
                d.title = u"Fuzz"_s;
                d.kind = Document::Kind::ZeroDraft;
                d.id = w.addDocument(d);
                const QStringList texts = {u"States [shall][should] act."_s,
                                           u"[Text]{AAA} ~~gone~~ ^[note]"_s, u"Plain."_s,
                                           u"Option 1: a\nOption 2: b"_s};
                QList<Position> positions;
                for (int i = 0; i < texts.size(); ++i) {
                    Clause c;
                    c.documentId = d.id;
                    c.number = QString::number(i + 1);
                    c.text = texts[i];
                    const qint64 id = w.addClause(c, u"fuzz"_s);
                    for (const QString &state : {u"AAA"_s, u"BBB"_s}) {
                        Position p;
                        p.clauseId = id;
                        p.state = state;
                        p.stance = i % 2 ? Stance::Objects : Stance::Supports;
                        p.note = u"n"_s;
                        positions << p;
                    }
                    if (i == 0) {
                        Position p;
                        p.clauseId = id;
                        p.state = u"CCC"_s;
                        p.alternative = u"g1.2"_s;
                        p.stance = Stance::Reservation;
                        positions << p;
                    }
                }
                w.setPositions(positions);
            });
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            std::abort();
        return f.readAll();
    }();
    return bytes;
}

void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz: invariant broken at %s:%d: %s\n", file, line, what);
    std::abort();
}

} // namespace Plenipo::Fuzz
