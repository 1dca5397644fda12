// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The subsystem rules of model/ (see the README.md of each folder): which folder may include
// which. The test reads every #include line of model/ and fails naming the file and the include
// that break a rule, or the folders that form a cycle.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// folder -> the folders it may include from (besides itself).
const QHash<QString, QSet<QString>> &rules()
{
    static const QHash<QString, QSet<QString>> r = {
        {u"core"_s, {}},
        {u"markup"_s, {u"core"_s}},
        {u"storage"_s, {u"core"_s}},
        {u"compare"_s, {u"core"_s, u"markup"_s, u"storage"_s}},
        {u"consensus"_s, {u"core"_s, u"markup"_s, u"storage"_s}},
        {u"commands"_s, {u"core"_s, u"markup"_s, u"storage"_s, u"compare"_s, u"consensus"_s}},
        {u"exchange"_s, {u"core"_s, u"markup"_s, u"storage"_s, u"compare"_s, u"consensus"_s}},
        {u"research"_s, {u"core"_s, u"markup"_s, u"storage"_s, u"compare"_s, u"consensus"_s}},
        {u"sample"_s,
         {u"core"_s, u"markup"_s, u"storage"_s, u"compare"_s, u"consensus"_s, u"exchange"_s}},
    };
    return r;
}

struct Findings
{
    QStringList violations;              // "file: #include "x/y.h": folder a may not use folder b"
    QHash<QString, QSet<QString>> graph; // folder -> folders it includes
};

Findings check(const QString &modelDir)
{
    Findings f;
    static const QRegularExpression include(uR"re(^\s*#\s*include\s*"([^"]+)")re"_s);
    QDirIterator it(modelDir, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(modelDir).relativeFilePath(path);
        const QString folder = rel.section(u'/', 0, 0);
        if (!rel.contains(u'/')) {
            f.violations
                << u"%1: a source file at the root of model/, outside every subsystem"_s.arg(rel);
            continue;
        }
        if (!rules().contains(folder)) {
            f.violations << u"%1: folder %2/ is not a known subsystem"_s.arg(rel, folder);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            QTest::qFail(qPrintable(u"cannot read "_s + path), __FILE__, __LINE__);
        int lineNo = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNo;
            const auto m = include.match(line);
            if (!m.hasMatch())
                continue;
            const QString target = m.captured(1);
            if (target.endsWith(u".moc"_s) || target.startsWith(u"moc_"_s) ||
                target.startsWith(u"ui_"_s))
                continue;
            if (!target.contains(u'/')) {
                // A Plenipo header must be written from the model root ("markup/markupparser.h").
                if (QFile::exists(QFileInfo(path).dir().filePath(target)))
                    f.violations << u"%1:%2: #include \"%3\" is not written from the model root"_s
                                        .arg(rel, QString::number(lineNo), target);
                continue;
            }
            const QString to = target.section(u'/', 0, 0);
            if (!rules().contains(to))
                continue; // not a Plenipo header (e.g. <kzip.h> spelt with quotes)
            if (to == folder)
                continue;
            f.graph[folder].insert(to);
            if (!rules().value(folder).contains(to))
                f.violations << u"%1:%2: #include \"%3\": %4/ may not use %5/"_s.arg(
                    rel, QString::number(lineNo), target, folder, to);
        }
    }
    return f;
}

// Folders that lie on a cycle of the include graph (empty when there is none).
QStringList cycle(const QHash<QString, QSet<QString>> &graph)
{
    // Kahn's algorithm: whatever cannot be removed lies on or behind a cycle.
    QHash<QString, int> indegree;
    for (auto it = graph.cbegin(); it != graph.cend(); ++it) {
        indegree.insert(it.key(), indegree.value(it.key()));
        for (const QString &to : it.value())
            indegree[to] += 1;
    }
    QStringList ready;
    for (auto it = indegree.cbegin(); it != indegree.cend(); ++it)
        if (it.value() == 0)
            ready << it.key();
    while (!ready.isEmpty()) {
        const QString n = ready.takeLast();
        indegree.remove(n);
        for (const QString &to : graph.value(n))
            if (--indegree[to] == 0)
                ready << to;
    }
    QStringList left = indegree.keys();
    left.sort();
    return left;
}

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

class TestModelFolders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelFollowsTheRules()
    {
        const QString dir = QStringLiteral(PLENIPO_SOURCE_DIR) + u"/model"_s;
        const Findings f = check(dir);
        QVERIFY2(f.violations.isEmpty(), qPrintable(f.violations.join(u'\n')));
        const QStringList c = cycle(f.graph);
        QVERIFY2(c.isEmpty(), qPrintable(u"include cycle between folders: "_s + c.join(u", "_s)));
        // Every rule's folder exists and explains itself.
        for (auto it = rules().cbegin(); it != rules().cend(); ++it)
            QVERIFY2(QFile::exists(dir + u'/' + it.key() + u"/README.md"_s),
                     qPrintable(u"model/%1/README.md is missing"_s.arg(it.key())));
    }

    // The checker itself: a tree that breaks each rule is reported, file and include named.
    void checkerReportsViolations()
    {
        QTemporaryDir tmp;
        write(tmp.filePath(u"core/a.h"_s), "#include \"markup/b.h\"\n");
        write(tmp.filePath(u"markup/b.h"_s), "#include \"core/a.h\"\n#include <QString>\n");
        write(tmp.filePath(u"commands/c.cpp"_s), "#include \"exchange/d.h\"\n");
        write(tmp.filePath(u"exchange/d.h"_s), "#include \"commands/e.h\"\n");
        write(tmp.filePath(u"commands/e.h"_s), "#include \"e2.h\"\n");
        write(tmp.filePath(u"commands/e2.h"_s), "\n");
        write(tmp.filePath(u"stray.h"_s), "\n");
        const Findings f = check(tmp.path());
        const QString all = f.violations.join(u'\n');
        QVERIFY2(all.contains(u"core/a.h:1: #include \"markup/b.h\": core/ may not use markup/"_s),
                 qPrintable(all));
        QVERIFY2(all.contains(u"commands/c.cpp:1: #include \"exchange/d.h\""_s), qPrintable(all));
        QVERIFY2(all.contains(u"exchange/d.h:1: #include \"commands/e.h\""_s), qPrintable(all));
        QVERIFY2(
            all.contains(u"commands/e.h:1: #include \"e2.h\" is not written from the model root"_s),
            qPrintable(all));
        QVERIFY2(all.contains(u"stray.h: a source file at the root of model/"_s), qPrintable(all));
        QCOMPARE(f.violations.size(), 5);
        QCOMPARE(cycle(f.graph),
                 (QStringList{u"commands"_s, u"core"_s, u"exchange"_s, u"markup"_s}));
    }
};

QTEST_GUILESS_MAIN(TestModelFolders)
#include "tst_modelfolders.moc"
