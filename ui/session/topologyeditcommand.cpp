#include "topologyeditcommand.h"

#include "plansession.h"

namespace ui {

namespace {
constexpr int mergeableEditId = 0x434f4558; // any constant; -1 means "never merge"
}

TopologyEditCommand::TopologyEditCommand(PlanSession *session, const QString &name, wizard::Plan before,
                                         wizard::Plan after, QString mergeKey)
    : QUndoCommand(name)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
{ }

void TopologyEditCommand::undo()
{
    m_session->applyPlan(m_before);
}

void TopologyEditCommand::redo()
{
    m_session->applyPlan(m_after);
}

int TopologyEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : mergeableEditId;
}

bool TopologyEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const TopologyEditCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // Typing a value back to where it started leaves nothing to undo.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace ui
