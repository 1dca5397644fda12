// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/akntext.h"

#include "exchange/aknxml.h"
#include "markup/markupparser.h"

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Plenipo {

QString AknText::noteText(pugi::xml_node note) const
{
    QStringList parts;
    for (pugi::xml_node p : note.children()) {
        if (p.type() == pugi::node_element)
            parts.append(AknXml::allText(p));
    }
    return parts.join(u' ');
}

void AknText::inlineNode(pugi::xml_node node, QString &out) const
{
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
        out += MarkupParser::escape(AknXml::str(node.value()));
        return;
    }
    if (node.type() != pugi::node_element)
        return;
    const QString name = AknXml::localName(node);
    const bool unterminated =
        AknXml::attr(node, (m_plenipoPrefix + u"unterminated"_s).toUtf8().constData()) == u"true";
    auto isAttachedTag = [&](pugi::xml_node child) {
        return AknXml::localName(child) == u"authorialNote" &&
               (AknXml::attr(child, "class") == u"attribution" ||
                AknXml::attr(child, "class") == u"adReferendum");
    };
    // Content, then "]" or "~~", then the tags that follow it (attributions at the end).
    auto wrapped = [&](const QString &open, const QString &close) {
        out += open;
        QList<pugi::xml_node> kids;
        for (pugi::xml_node c : node.children())
            kids.append(c);
        qsizetype tail = kids.size();
        while (tail > 0) {
            const pugi::xml_node c = kids[tail - 1];
            if (isAttachedTag(c) || ((c.type() == pugi::node_pcdata) && *c.value() == 0)) {
                --tail;
                continue;
            }
            break;
        }
        for (qsizetype i = 0; i < tail; ++i)
            inlineNode(kids[i], out);
        if (!unterminated)
            out += close;
        for (qsizetype i = tail; i < kids.size(); ++i)
            inlineNode(kids[i], out);
    };
    const QString raw = AknXml::attr(node, (m_plenipoPrefix + u"raw"_s).toUtf8().constData());
    if (!m_plenipoPrefix.isEmpty() &&
        node.attribute((m_plenipoPrefix + u"raw"_s).toUtf8().constData())) {
        out += raw;
    } else if (name == u"eol" || name == u"br") {
        out += u'\n';
    } else if (name == u"inline" && AknXml::attr(node, "name") == u"bracket") {
        wrapped(u"["_s, u"]"_s);
    } else if (name == u"inline" && AknXml::attr(node, "name") == u"option") {
        QString header = AknXml::attr(node, (m_plenipoPrefix + u"header"_s).toUtf8().constData());
        out += header;
        for (pugi::xml_node c : node.children())
            inlineNode(c, out);
    } else if (name == u"del" && AknXml::attr(node, "class") == u"proposedDeletion") {
        wrapped(u"~~"_s, u"~~"_s);
    } else if (name == u"authorialNote") {
        const QString cls = AknXml::attr(node, "class");
        if (cls == u"attribution" || cls == u"adReferendum") {
            out += u'{' + noteText(node) + u'}';
        } else {
            QString text = noteText(node);
            if (!m_plenipo)
                text = text.simplified();
            out += u"^["_s + MarkupParser::escape(text);
            if (!unterminated)
                out += u']';
        }
    } else if (name == u"noteRef") {
        // a reference to a note kept elsewhere: nothing in the clause text
    } else {
        for (pugi::xml_node c : node.children())
            inlineNode(c, out);
    }
}

QString AknText::inlineMarkup(pugi::xml_node container) const
{
    QString out;
    for (pugi::xml_node c : container.children())
        inlineNode(c, out);
    return out;
}

QString AknText::blockText(pugi::xml_node block) const
{
    QStringList lines;
    for (pugi::xml_node c : block.children()) {
        if (c.type() != pugi::node_element)
            continue;
        const QString name = AknXml::localName(c);
        if (name == u"p" || name == u"block" || name == u"heading")
            lines.append(inlineMarkup(c));
        else
            lines.append(blockText(c));
    }
    lines.removeAll(QString());
    QString text = lines.join(u'\n');
    if (!m_plenipo)
        text = text.simplified();
    return text;
}

} // namespace Plenipo
