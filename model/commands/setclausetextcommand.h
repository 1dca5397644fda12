// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUndoCommand>

namespace Plenipo {

class Workspace;

// Saves new text for a clause as a new revision; undo removes that revision and restores the
// previous text, redo saves it again.
class SetClauseTextCommand : public QUndoCommand
{
public:
    SetClauseTextCommand(Workspace &workspace, qint64 clauseId, QString text, QString note,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Workspace &m_workspace;
    qint64 m_clauseId;
    QString m_text;
    QString m_note;
    qint64 m_revisionId = 0;
};

} // namespace Plenipo
