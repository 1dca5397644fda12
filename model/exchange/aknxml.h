// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <pugixml.hpp>

namespace Plenipo {

// Reading an Akoma Ntoso file's XML (pugixml) for the importer: the text of nodes and
// attributes as QStrings, and where a node is, for the import's messages.
class AknXml
{
    Q_DECLARE_TR_FUNCTIONS(Plenipo::AknImporter)

public:
    // `data` is the file's bytes the document was parsed from (it must outlive this).
    explicit AknXml(QByteArrayView data);

    // The 1-based line a node starts on (0 when pugixml does not know).
    int lineOf(pugi::xml_node node) const;
    // "line 12 (/akomaNtoso/doc/mainBody/paragraph[@eId='para_3'])", translated.
    QString place(pugi::xml_node node) const;

    static QString str(const char *text) { return QString::fromUtf8(text); }
    static QString attr(pugi::xml_node node, const char *name)
    {
        return str(node.attribute(name).value());
    }
    // The element's name without its namespace prefix.
    static QString localName(pugi::xml_node node);
    // Every text node below `node`, in document order.
    static QString allText(pugi::xml_node node);
    // A clause number as written: "1." -> "1", "\t(a)" -> "(a)".
    static QString cleanNumber(const QString &num);

private:
    QList<qsizetype> m_lineStarts{0};
};

} // namespace Plenipo
