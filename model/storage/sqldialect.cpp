// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sqldialect.h"

namespace Plenipo {

SqlDialect::~SqlDialect() = default;

} // namespace Plenipo
