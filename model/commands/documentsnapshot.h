// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/clausesnapshot.h"
#include "core/document.h"
#include "core/recordedvote.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Plenipo {

class Workspace;

// Everything a document has, taken before a command removes it (the undo of deriving a
// document or a coalition document, of an import, or an import that replaces a document), so
// that putting it back gives the same document: its id, its clauses in order with their ids,
// every revision with its id, author and time, the positions with their details and the
// detached ones, the adherents, the recorded vote, and the links that pointed at it (a
// successor's predecessor, a later clause's origin). Redo therefore never depends on the
// database handing out the same row ids again, and commands pushed later still find their
// clauses.
class DocumentSnapshot
{
public:
    // Reads the document `documentId` (throws Error when there is none).
    static DocumentSnapshot take(const Workspace &workspace, qint64 documentId);

    // Writes it back in one batch; throws Error (the workspace then unchanged).
    void restore(Workspace &workspace) const;

    const Document &document() const { return m_document; }
    qint64 documentId() const { return m_document.id; }

private:
    Document m_document;
    QList<ClauseSnapshot> m_clauses; // in order
    QStringList m_adherents;
    std::optional<RecordedVote> m_vote;
    QList<qint64> m_successors; // documents whose predecessor it was
};

} // namespace Plenipo
