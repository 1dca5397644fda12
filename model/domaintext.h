#pragma once

#include "document.h"
#include "process.h"
#include "stategroup.h"

#include <QString>

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
};

} // namespace Plenipo
