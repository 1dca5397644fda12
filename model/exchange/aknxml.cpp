// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exchange/aknxml.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Plenipo {

AknXml::AknXml(QByteArrayView data)
{
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\n')
            m_lineStarts.append(i + 1);
    }
}

int AknXml::lineOf(pugi::xml_node node) const
{
    const ptrdiff_t offset = node.offset_debug();
    if (offset < 0)
        return 0;
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), qsizetype(offset));
    return int(it - m_lineStarts.cbegin()) + 1;
}

QString AknXml::place(pugi::xml_node node) const
{
    QStringList parts;
    for (pugi::xml_node n = node; n && n.type() == pugi::node_element; n = n.parent()) {
        QString part = str(n.name());
        const QString eId = attr(n, "eId");
        if (!eId.isEmpty())
            part += u"[@eId='%1']"_s.arg(eId);
        parts.prepend(part);
    }
    //: The place of a problem in an Akoma Ntoso file: %1 is the line, %2 the element's path
    //: ("line 12 (/akomaNtoso/doc/mainBody/paragraph[@eId='para_3'])").
    return tr("line %1 (/%2)").arg(lineOf(node)).arg(parts.join(u'/'));
}

QString AknXml::localName(pugi::xml_node node)
{
    const char *name = node.name();
    const char *colon = std::strrchr(name, ':');
    return str(colon ? colon + 1 : name);
}

QString AknXml::allText(pugi::xml_node node)
{
    QString text;
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata)
        return str(node.value());
    for (pugi::xml_node c : node.children())
        text += allText(c);
    return text;
}

QString AknXml::cleanNumber(const QString &num)
{
    QString n = num.simplified();
    while (n.endsWith(u'.'))
        n.chop(1);
    return n;
}

} // namespace Plenipo
