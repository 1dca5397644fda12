// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "commands/workspacecommand.h"

#include <QVariant>

namespace Plenipo {

class Workspace;

// The generic value change of a clause property (like Tiled's ChangeValue command): the number
// ("13 bis" -> "14") or the norms it derives from. Successive changes of the same property of the
// same clause merge into one undo step.
class ChangeClauseCommand : public WorkspaceCommand
{
public:
    enum class Property
    {
        Number,
        Norms
    };

    // Number: a QString; Norms: a QList<qint64>.
    ChangeClauseCommand(Workspace &workspace, qint64 clauseId, Property property, QVariant value,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);

    qint64 m_clauseId;
    Property m_property;
    QVariant m_old;
    QVariant m_new;
};

} // namespace Plenipo
