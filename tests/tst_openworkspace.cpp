// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The workbench's open path (WorkspaceOpener, used by File > Open, Open Recent and the
// command line's FILE) on bad files, on Qt's offscreen platform: a file from a newer Plenipo,
// a truncated file, a folder, a damaged file that passes SQLite's check, a file without
// permission, a file held by another Plenipo. Each shows a message saying what is wrong (or
// offers read-only), opens nothing else and leaves the file as it was. The command line's
// handling of the same files, and of a read-only medium, is in tst_crashsafety.

#include "rawsql.h"
#include "storage/workspace.h"
#include "workspaceopener.h"

#include "sample/samplebuilder.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace Plenipo;
using namespace Qt::StringLiterals;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Answers the next message box with `button` and records what it said.
struct MessageWatcher
{
    QString title;
    QString text;
    QTimer timer;
    explicit MessageWatcher(QMessageBox::StandardButton button)
    {
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            title = box->windowTitle();
            text = box->text();
            timer.stop();
            if (QAbstractButton *b = box->button(button))
                b->click();
            else
                box->reject();
        });
        timer.start();
    }
};

} // namespace

class TestOpenWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sample;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = path(u"sample.plenipo"_s);
        TestSupport::sampleWorkspace(m_sample);
    }

    void badFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("newer version") << u"newer"_s << u"written by a newer version of Plenipo"_s;
        QTest::newRow("truncated") << u"truncated"_s << u"damaged"_s;
        QTest::newRow("directory") << u"directory"_s << u"it is a folder"_s;
        QTest::newRow("damaged, passes quick_check") << u"damaged"_s << u"is damaged: table"_s;
        QTest::newRow("not a workspace") << u"text"_s << u"not a Plenipo workspace"_s;
        QTest::newRow("no permission") << u"permission"_s << u"permission denied"_s;
    }
    void badFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        const QString file = path(u"bad-%1.plenipo"_s.arg(kind));
        if (kind == u"directory") {
            QVERIFY(QDir().mkpath(file));
        } else if (kind == u"text") {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("1. States should cooperate.\n");
        } else {
            QFile::remove(file);
            QVERIFY(QFile::copy(m_sample, file));
        }
        if (kind == u"newer") {
            execOnFile(file, {u"PRAGMA user_version = 99"_s});
        } else if (kind == u"truncated") {
            QFile f(file);
            QVERIFY(f.resize(f.size() / 3));
        } else if (kind == u"damaged") {
            execOnFile(file, {u"PRAGMA foreign_keys = OFF"_s, u"DELETE FROM state"_s});
        } else if (kind == u"permission") {
            if (::geteuid() == 0)
                QSKIP("running as root, who may read any file: tst_crashsafety covers this "
                      "case through the command line as the user nobody");
            QFile::setPermissions(file, QFileDevice::WriteOwner);
        }
        const QByteArray before = hashOf(file);
        const auto listing = [this] {
            QStringList names = QDir(m_dir.path()).entryList(QDir::Files);
            // SQLite's -wal and -shm companions of a read-only connection are not changes.
            names.removeIf(
                [](const QString &n) { return n.endsWith(u"-wal"_s) || n.endsWith(u"-shm"_s); });
            return names;
        };
        const QStringList entries = listing();
        MessageWatcher watcher(QMessageBox::Ok);
        const WorkspaceOpener::Result result = WorkspaceOpener::open(nullptr, file);
        QVERIFY(!result.workspace);
        QVERIFY(result.failure.has_value());
        QCOMPARE(watcher.title, u"Cannot open workspace"_s);
        QVERIFY2(watcher.text.contains(words), qPrintable(watcher.text));
        QCOMPARE(hashOf(file), before);
        QCOMPARE(listing(), entries);
    }

    // Held by another Plenipo: offered read-only; accepting opens it read-only, cancelling
    // opens nothing.
    void lockedIsOfferedReadOnly()
    {
        const QString file = path(u"held.plenipo"_s);
        QFile::remove(file);
        QVERIFY(QFile::copy(m_sample, file));
        const auto holder = Workspace::open(file, Workspace::Access::ReadWrite);
        {
            MessageWatcher watcher(QMessageBox::Open);
            const WorkspaceOpener::Result result = WorkspaceOpener::open(nullptr, file);
            QCOMPARE(watcher.title, u"Workspace in use"_s);
            QVERIFY(watcher.text.contains(u"Open it read-only?"_s));
            QVERIFY(result.workspace);
            QVERIFY(result.workspace->isReadOnly());
        }
        {
            MessageWatcher watcher(QMessageBox::Cancel);
            const WorkspaceOpener::Result result = WorkspaceOpener::open(nullptr, file);
            QVERIFY(!result.workspace);
            QVERIFY(result.failure == Error::Kind::Locked);
        }
    }
};

QTEST_MAIN(TestOpenWorkspace)
#include "tst_openworkspace.moc"
