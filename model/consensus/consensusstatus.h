// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace Plenipo {

// The consensus status of a clause for a set of members (see ConsensusEngine for the rules and
// their precedence). The order is from best to worst.
enum class ConsensusStatus : quint8
{
    Agreed,
    AgreedAdReferendum,
    Open,
    Contested,
    Blocked,
};

inline constexpr ConsensusStatus allConsensusStatuses[] = {
    ConsensusStatus::Agreed, ConsensusStatus::AgreedAdReferendum, ConsensusStatus::Open,
    ConsensusStatus::Contested, ConsensusStatus::Blocked};

namespace ConsensusStatusText {
// Stable key for files and JSON: "agreed", "agreed-ad-referendum", "open", "contested",
// "blocked".
QString key(ConsensusStatus status);
// Translated label for the user interface.
QString label(ConsensusStatus status);
std::optional<ConsensusStatus> fromKey(QStringView key);
} // namespace ConsensusStatusText

} // namespace Plenipo
