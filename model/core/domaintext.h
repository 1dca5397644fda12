// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/document.h"
#include "core/process.h"
#include "core/stategroup.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Plenipo {

// Conversions between the domain's enumerations and their stable keys (stored in the workspace
// and in files; never change them) and translated labels (shown to the user).
class DomainText
{
public:
    static QString key(Process::Kind kind);
    static QString label(Process::Kind kind);
    static std::optional<Process::Kind> processKind(QStringView key);

    static QString key(Document::Kind kind);
    static QString label(Document::Kind kind);
    static std::optional<Document::Kind> documentKind(QStringView key);

    static QString key(StateGroup::Kind kind);
    static QString label(StateGroup::Kind kind);
    static std::optional<StateGroup::Kind> groupKind(QStringView key);

    // A position's source kind is free text; these are the usual ones (stored as their key,
    // shown as their label). Any other text is its own label.
    static QStringList sourceKinds();
    static QString sourceKindLabel(const QString &key);
};

} // namespace Plenipo
