// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The catalogues: every message of every language is finished and none is obsolete, the
// catalogues hold exactly what lupdate finds in the sources, each translation keeps its
// source's placeholders and plural forms, and no user-visible literal in the sources escapes
// tr() (a heuristic scan, checked on a planted sample).
#include "markup/markupparser.h"
#include "markup/markupreport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString sourceDir = QStringLiteral(PLENIPO_SOURCE_DIR);

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList forms;
};

// Reads a .ts file; `error` gets the XML error, if any.
QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(u"type"_s).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        m.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.forms << xml.readElementText();
            }
            out << m;
            m = Message();
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(u"%L?[1-9]"_s);
    QSet<QString> set;
    for (const auto &m : re.globalMatch(s))
        set.insert(m.captured().remove(u'L'));
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

int formsOf(const QString &language)
{
    if (language == u"ar")
        return 6;
    if (language == u"ru")
        return 3;
    if (language == u"zh")
        return 1;
    return 2; // en, fr, es
}

// The heuristic scan for user-visible literals outside tr(): the arguments of the calls that
// put text on screen or on the terminal (labels, tool tips, titles, actions, message boxes,
// combo box items, command line help, the CLI's fail(), errors thrown by any layer, the import
// reports' error(), warning(), info(), addProblem() and addCreated(), the markup parser's
// diagnostics) must not contain a u"..."_s literal with two or more words once HTML tags are
// removed. Single words (data keys like u"all"_s, the brand "Plenipo") and markup pass.
QStringList untranslatedLiterals(const QString &file, QString text, bool errorsToo)
{
    static const QRegularExpression comment(u"//[^\n]*"_s);
    text.replace(comment, QString());
    QString calls =
        u"setText|setToolTip|setWindowTitle|setPlaceholderText|setStatusTip|setWhatsThis|"
        "setTitle|showMessage|addTab|insertTab|setTabText|addItem|addItems|setLabelText|"
        "setHeaderLabels|setApplicationDescription|addPositionalArgument|QCommandLineOption|"
        "QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|addAction|addMenu|"
        "statusMessage"_s;
    // Message boxes, errors (Error(...) and the fail() helpers) and, in model/, the import
    // reports' messages and the markup diagnostics.
    if (errorsToo)
        calls += u"|information|warning|critical|question|Error|fail|error|info|addProblem|"
                 "addCreated|diagnose"_s;
    const QRegularExpression call(u"\\b(%1)\\s*\\("_s.arg(calls));
    static const QRegularExpression literal(
        uR"re(u"((?:[^"\\]|\\.)*)"(?:\s*u"((?:[^"\\]|\\.)*)")*_s)re"_s);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression words(u"[A-Za-z]{2,}\\s+[A-Za-z]{2,}"_s);
    QStringList found;
    for (const auto &m : call.globalMatch(text)) {
        // The argument list: up to the matching parenthesis, skipping string literals.
        qsizetype i = m.capturedEnd() - 1;
        int depth = 0;
        qsizetype end = i;
        for (qsizetype j = i; j < text.size(); ++j) {
            const QChar c = text.at(j);
            if (c == u'"') {
                for (++j; j < text.size() && text.at(j) != u'"'; ++j) {
                    if (text.at(j) == u'\\')
                        ++j;
                }
            } else if (c == u'(') {
                ++depth;
            } else if (c == u')' && --depth == 0) {
                end = j;
                break;
            }
        }
        const QString arguments = text.mid(i, end - i);
        for (const auto &l : literal.globalMatch(arguments)) {
            QString visible = l.captured();
            visible.remove(tags);
            if (visible.contains(words)) {
                const qsizetype line = text.first(m.capturedStart()).count(u'\n') + 1;
                found << u"%1:%2: %3(... %4 ...)"_s.arg(file).arg(line).arg(m.captured(1),
                                                                            l.captured());
            }
        }
    }
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QStringList tsFiles() const
    {
        return QDir(sourceDir + u"/translations"_s)
            .entryList({u"plenipo_*.ts"_s}, QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void everyLanguageHasItsCatalogue()
    {
        const QStringList files = tsFiles();
        for (const QString &lang : {u"ar"_s, u"zh"_s, u"fr"_s, u"ru"_s, u"es"_s, u"en"_s})
            QVERIFY2(files.contains(u"plenipo_%1.ts"_s.arg(lang)), qPrintable(lang));
    }

    // No unfinished, obsolete or empty entry; plural forms and placeholders as in the source.
    void cataloguesAreFinished()
    {
        QStringList problems;
        int checked = 0;
        for (const QString &name : tsFiles()) {
            const QString lang = name.mid(8, 2);
            QString error;
            const QList<Message> messages = readTs(sourceDir + u"/translations/"_s + name, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(lang == u"en" || messages.size() > 400, qPrintable(name));
            for (const Message &m : messages) {
                const QString where = u"%1 [%2] \"%3\""_s.arg(name, m.context, m.source);
                if (!m.type.isEmpty()) {
                    problems << u"%1: %2"_s.arg(where, m.type);
                    continue;
                }
                if (m.numerus && m.forms.size() != formsOf(lang))
                    problems << u"%1: %2 plural forms, %3 expected"_s.arg(where)
                                    .arg(m.forms.size())
                                    .arg(formsOf(lang));
                for (const QString &form : m.forms) {
                    if (form.trimmed().isEmpty())
                        problems << u"%1: empty translation"_s.arg(where);
                    else if (placeholders(form) != placeholders(m.source))
                        problems << u"%1: placeholders %2 in \"%3\""_s.arg(
                            where, placeholders(form).join(u' '), form);
                }
                ++checked;
            }
        }
        QVERIFY(checked > 2000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // lupdate, run on the sources of the three layers, neither adds nor removes an entry: every
    // string marked for translation is in every catalogue, and none is left over.
    void cataloguesMatchTheSources()
    {
        const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate"_s;
        QVERIFY2(QFile::exists(lupdate), qPrintable(u"no lupdate at "_s + lupdate));
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        for (const QString &name : tsFiles()) {
            const QString original = sourceDir + u"/translations/"_s + name;
            const QString copy = tmp.filePath(name);
            QVERIFY(QFile::copy(original, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QStringList args{u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s};
            if (name == u"plenipo_en.ts")
                args << u"-pluralonly"_s;
            args << sourceDir + u"/app"_s << sourceDir + u"/widgets"_s << sourceDir + u"/model"_s
                 << u"-ts"_s << copy;
            QProcess p;
            p.start(lupdate, args);
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            QString error;
            QSet<QString> before, after;
            for (const Message &m : readTs(original, &error))
                before.insert(m.context + u" | "_s + m.source);
            for (const Message &m : readTs(copy, &error))
                after.insert(m.context + u" | "_s + m.source);
            QStringList missing = QStringList((after - before).begin(), (after - before).end());
            QStringList obsolete = QStringList((before - after).begin(), (before - after).end());
            missing.sort();
            obsolete.sort();
            QVERIFY2(missing.isEmpty(),
                     qPrintable(u"%1 lacks (run update_translations and translate): %2"_s.arg(
                         name, missing.join(u"; "_s))));
            QVERIFY2(obsolete.isEmpty(), qPrintable(u"%1 has obsolete entries: %2"_s.arg(
                                             name, obsolete.join(u"; "_s))));
        }
    }

    // The scan finds planted literals and leaves translated or non-visible ones alone.
    void scanFindsUntranslatedLiterals()
    {
        const QString sample = uR"src(
            label->setText(u"Hello world"_s);
            label->setText(tr("Hello world"));
            box->addItem(tr("All states"), u"all"_s);
            m_html->setText(u"<span style='color:%1'>%2</span>"_s.arg(c, tr("Two words")));
            action->setToolTip(
                u"Spans "
                u"two lines"_s);
            // setText(u"a comment is not code"_s);
            throw Error(Error::Kind::Io, u"cannot read %1"_s.arg(file));
            return fail(u"import: expected FILE"_s, UsageError);
            m_report.warning(u"line %1"_s.arg(line), u"the document has no title"_s);
            m_report.error(tr("line %1").arg(line), tr("unknown state '%1'").arg(code));
            m_report.addCreated(u"%1 position(s)"_s.arg(n));
        )src"_s;
        const QStringList found = untranslatedLiterals(u"sample.cpp"_s, sample, true);
        QCOMPARE(found.size(), 5);
        QVERIFY(found.at(0).startsWith(u"sample.cpp:2: setText"_s));
        QVERIFY(found.at(1).contains(u"setToolTip"_s));
        QVERIFY(found.at(2).contains(u"Error(... u\"cannot read %1\"_s ...)"_s));
        QVERIFY(found.at(3).contains(u"fail"_s));
        QVERIFY(found.at(4).contains(u"warning(... u\"the document has no title\"_s ...)"_s));
        QCOMPARE(untranslatedLiterals(u"sample.cpp"_s, sample, false).size(), 2);
    }

    // Every user-visible literal of app/, widgets/ and model/ goes through tr(), the errors and
    // the import reports' messages of the model included.
    void userVisibleLiteralsAreTranslated()
    {
        QStringList found;
        int files = 0;
        for (const QString &layer : {u"app"_s, u"widgets"_s, u"model"_s}) {
            QDirIterator it(sourceDir + u'/' + layer, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                found += untranslatedLiterals(QDir(sourceDir).relativeFilePath(path),
                                              QString::fromUtf8(f.readAll()), true);
                ++files;
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
