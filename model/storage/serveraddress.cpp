// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serveraddress.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Plenipo {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Plenipo::ServerAddress", text, comment, n);
}

QString decode(QStringView part, const QString &text)
{
    const QByteArray bytes = QByteArray::fromPercentEncoding(part.toUtf8());
    const QString decoded = QString::fromUtf8(bytes);
    if (decoded.toUtf8() != bytes)
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate(
                        "Plenipo::ServerAddress",
                        "the server address \"%1\" has percent-encoded bytes that are not UTF-8")
                        .arg(text));
    return decoded;
}

// libpq's keyword syntax: key = value, values optionally in single quotes with \' and \\.
QMap<QString, QString> parseKeywords(const QString &text)
{
    QMap<QString, QString> out;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= text.size())
            break;
        const qsizetype keyStart = i;
        while (i < text.size() && text.at(i) != u'=' && !text.at(i).isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpace();
        if (i >= text.size() || text.at(i) != u'=' || key.isEmpty())
            throw Error(Error::Kind::Invalid,
                        QCoreApplication::translate(
                            "Plenipo::ServerAddress",
                            "the server address \"%1\": expected keyword=value at character %2")
                            .arg(text, QString::number(keyStart + 1)));
        ++i;
        skipSpace();
        QString value;
        if (i < text.size() && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < text.size()) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                throw Error(Error::Kind::Invalid,
                            QCoreApplication::translate(
                                "Plenipo::ServerAddress",
                                "the server address \"%1\": unterminated quoted value of \"%2\"")
                                .arg(text, key));
        } else {
            while (i < text.size() && !text.at(i).isSpace()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < text.size())
                    value += text.at(i++);
                else
                    value += c;
            }
        }
        out.insert(key, value);
    }
    return out;
}

// A libpq URI, by the grammar of the PostgreSQL manual (34.1.1.2). Written here because Qt's
// QPSQL driver takes keywords only and QUrl cannot read a host list such as "h1:5432,h2:5433".
QMap<QString, QString> parseUri(const QString &text, QString &password)
{
    QMap<QString, QString> out;
    const qsizetype schemeEnd = text.indexOf(u"://"_s);
    QStringView rest = QStringView(text).mid(schemeEnd + 3);
    const qsizetype query = rest.indexOf(u'?');
    QStringView params;
    if (query >= 0) {
        params = rest.mid(query + 1);
        rest = rest.left(query);
    }
    QStringView authority = rest;
    const qsizetype slash = rest.indexOf(u'/');
    if (slash >= 0) {
        authority = rest.left(slash);
        const QString db = decode(rest.mid(slash + 1), text);
        if (!db.isEmpty())
            out.insert(u"dbname"_s, db);
    }
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QStringView userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        const QString user = decode(colon >= 0 ? userInfo.left(colon) : userInfo, text);
        if (!user.isEmpty())
            out.insert(u"user"_s, user);
        if (colon >= 0)
            password = decode(userInfo.mid(colon + 1), text);
    }
    QStringList hosts, ports;
    bool anyPort = false;
    for (QStringView spec : authority.split(u',')) {
        if (spec.isEmpty()) {
            if (authority.isEmpty())
                break;
            throw Error(Error::Kind::Invalid,
                        QCoreApplication::translate(
                            "Plenipo::ServerAddress",
                            "the server address \"%1\" has an empty host in its host list")
                            .arg(text));
        }
        QString host, port;
        if (spec.startsWith(u'[')) {
            const qsizetype close = spec.indexOf(u']');
            if (close < 0)
                throw Error(
                    Error::Kind::Invalid,
                    QCoreApplication::translate(
                        "Plenipo::ServerAddress",
                        "the server address \"%1\" has an IPv6 host without its closing \"]\"")
                        .arg(text));
            host = spec.mid(1, close - 1).toString();
            const QStringView after = spec.mid(close + 1);
            if (after.startsWith(u':'))
                port = after.mid(1).toString();
            else if (!after.isEmpty())
                throw Error(Error::Kind::Invalid,
                            QCoreApplication::translate(
                                "Plenipo::ServerAddress",
                                "the server address \"%1\": unexpected \"%2\" after an IPv6 host")
                                .arg(text, after.toString()));
        } else {
            const qsizetype colon = spec.lastIndexOf(u':');
            host = decode(colon >= 0 ? spec.left(colon) : spec, text);
            if (colon >= 0)
                port = spec.mid(colon + 1).toString();
        }
        if (!port.isEmpty()) {
            bool ok = false;
            const int n = port.toInt(&ok);
            if (!ok || n < 1 || n > 65535)
                throw Error(Error::Kind::Invalid,
                            QCoreApplication::translate(
                                "Plenipo::ServerAddress",
                                "the server address \"%1\" has an invalid port \"%2\"")
                                .arg(text, port));
            anyPort = true;
        }
        hosts << host;
        ports << port;
    }
    if (!hosts.isEmpty() && !(hosts.size() == 1 && hosts.first().isEmpty()))
        out.insert(u"host"_s, hosts.join(u','));
    if (anyPort)
        out.insert(u"port"_s, ports.join(u','));
    if (!params.isEmpty()) {
        for (QStringView pair : params.split(u'&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                throw Error(Error::Kind::Invalid,
                            QCoreApplication::translate(
                                "Plenipo::ServerAddress",
                                "the server address \"%1\": the parameter \"%2\" has no value")
                                .arg(text, pair.toString()));
            const QString key = decode(pair.left(eq), text);
            const QString value = decode(pair.mid(eq + 1), text);
            if (key == u"password")
                password = value;
            else
                out.insert(key, value);
        }
    }
    return out;
}

QString quote(const QString &value)
{
    QString v = value;
    v.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + v + u'\'';
}

} // namespace

bool ServerAddress::looksLikeServer(const QString &text)
{
    return text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s) ||
           text.startsWith(u"service="_s);
}

ServerAddress ServerAddress::parse(const QString &text)
{
    ServerAddress a;
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        a.m_parameters = parseUri(text, a.m_password);
    } else if (text.contains(u'=')) {
        a.m_parameters = parseKeywords(text);
        a.m_password = a.m_parameters.take(u"password"_s);
    } else {
        throw Error(Error::Kind::Invalid, tr("\"%1\" is not a server address: write "
                                             "postgresql://user@host/database or service=NAME")
                                              .arg(text));
    }
    for (auto it = a.m_parameters.cbegin(); it != a.m_parameters.cend(); ++it) {
        // Qt's QPSQL driver separates its connect options with ';'.
        if (it.value().contains(u';') || it.key().contains(u';'))
            throw Error(Error::Kind::Invalid,
                        tr("the server address \"%1\": the value of \"%2\" may not contain \";\"")
                            .arg(a.display(), it.key()));
    }
    return a;
}

ServerAddress ServerAddress::withUser(const QString &login) const
{
    ServerAddress other = *this;
    if (!login.trimmed().isEmpty())
        other.m_parameters.insert(u"user"_s, login.trimmed());
    return other;
}

QString ServerAddress::databaseName() const
{
    const QString db = value(u"dbname"_s);
    return db.isEmpty() ? value(u"service"_s) : db;
}

QString ServerAddress::display() const
{
    QMap<QString, QString> p = m_parameters;
    const QString user = p.take(u"user"_s);
    const QString host = p.take(u"host"_s);
    const QString port = p.take(u"port"_s);
    const QString db = p.take(u"dbname"_s);
    QString out = u"postgresql://"_s;
    if (!user.isEmpty())
        out += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    if (!host.isEmpty() && !host.startsWith(u'/')) {
        const QStringList hosts = host.split(u',');
        const QStringList ports = port.split(u',');
        QStringList specs;
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            QString h = hosts.at(i).contains(u':') ? u'[' + hosts.at(i) + u']' : hosts.at(i);
            const QString pt = ports.size() == hosts.size() ? ports.at(i) : ports.value(0);
            if (!pt.isEmpty())
                h += u':' + pt;
            specs << h;
        }
        out += specs.join(u',');
    } else {
        if (!host.isEmpty())
            p.insert(u"host"_s, host);
        if (!port.isEmpty())
            p.insert(u"port"_s, port);
    }
    out += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(db));
    QStringList query;
    for (auto it = p.cbegin(); it != p.cend(); ++it)
        query << QString::fromUtf8(QUrl::toPercentEncoding(it.key())) + u'=' +
                     QString::fromUtf8(QUrl::toPercentEncoding(it.value(), "/"));
    if (!query.isEmpty())
        out += u'?' + query.join(u'&');
    return out;
}

void ServerAddress::open(QSqlDatabase &db, const QString &password) const
{
    if (!db.isValid())
        throw Error(
            Error::Kind::Database,
            tr("cannot reach %1: Qt's PostgreSQL driver (QPSQL) is not installed").arg(display()));
    // Every keyword goes through the driver's connect options, quoted for libpq, so that host
    // lists, socket folders, services and TLS settings all reach libpq as the user wrote them.
    QStringList options;
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it)
        options << it.key() + u'=' + quote(it.value());
    if (!m_parameters.contains(u"application_name"_s))
        options << u"application_name='plenipo'"_s;
    const QString pw = password.isEmpty() ? m_password : password;
    if (!pw.isEmpty())
        db.setPassword(pw);
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        throw Error(Error::Kind::Database,
                    tr("cannot connect to %1: %2").arg(display(), db.lastError().text().trimmed()));
}

bool ServerAddress::needsPassword(const QString &message)
{
    return message.contains(u"password authentication failed"_s) ||
           message.contains(u"no password supplied"_s) || message.contains(u"fe_sendauth"_s);
}

} // namespace Plenipo
