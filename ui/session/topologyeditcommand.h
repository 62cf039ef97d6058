#pragma once

#include "topology/topology.h"

#include <QUndoCommand>

namespace ui {

class PlanSession;

// One edit of the plan: the plan before and after (Qt's implicit sharing keeps the
// copies cheap: only the lists an edit touches are detached).
class TopologyEditCommand : public QUndoCommand
{
public:
    TopologyEditCommand(PlanSession *session, const QString &name, wizard::Plan before, wizard::Plan after,
                        QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanSession *m_session;
    wizard::Plan m_before;
    wizard::Plan m_after;
    QString m_mergeKey;
};

} // namespace ui
