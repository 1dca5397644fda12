// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Plenipo {

class ServerConnection;

// `plenipo server pull URL FILE`: a file copy of a server workspace for reading on the road,
// holding only what the connected user may see. The rows are read through the server's
// row-level security as that user (no filtering here), the stance and detail vectors are built
// from the position rows that came, and the file appears under its name only when complete.
class ServerPull
{
public:
    struct Result
    {
        int tables = 0;
        qint64 rows = 0;
    };

    // `filePath` must not exist. Throws Error.
    static Result pull(ServerConnection &connection, const QString &filePath);
};

} // namespace Plenipo
