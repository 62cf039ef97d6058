#include "plansession.h"

#include "checks/checkengine.h"
#include "flows/plancheck.h"
#include "planfile/planfile.h"
#include "probecheck/probefindings.h"
#include "topologyeditcommand.h"

#include <QFileInfo>

namespace ui {

PlanSession::PlanSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT dirtyChanged(!clean); });
    analyse();
}

QString PlanSession::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

void PlanSession::edit(const QString &commandName, const PlanChange &change, const QString &mergeKey)
{
    wizard::Plan after = m_plan;
    change(after);
    if (after == m_plan)
        return;
    // push() calls redo(), which applies `after` through applyPlan().
    m_undoStack.push(new TopologyEditCommand(this, commandName, m_plan, std::move(after), mergeKey));
}

void PlanSession::newPlan()
{
    replacePlan(wizard::Plan{}, QString());
}

void PlanSession::replacePlan(const wizard::Plan &plan, const QString &filePath)
{
    m_undoStack.clear();
    m_plan = plan;
    if (m_filePath != filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
    Q_EMIT documentReplaced();
    Q_EMIT planChanged();
    analyse();
    Q_EMIT dirtyChanged(isDirty());
}

std::optional<QString> PlanSession::open(const QString &path)
{
    wizard::PlanLoadResult result = wizard::loadPlanFile(path);
    if (!result.ok())
        return result.error ? result.error->toString() : tr("%1: the plan could not be read.").arg(path);
    replacePlan(*result.plan, path);
    return std::nullopt;
}

std::optional<QString> PlanSession::saveAs(const QString &path)
{
    if (auto error = wizard::savePlanFile(m_plan, path))
        return error;
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(m_filePath);
    }
    m_undoStack.setClean();
    return std::nullopt;
}

void PlanSession::applyPlan(const wizard::Plan &plan)
{
    m_plan = plan;
    Q_EMIT planChanged();
    analyse();
}

void PlanSession::analyse()
{
    // The rules, and the plan's last saved live probe compared with it (docs/probes.md).
    wizard::PlanCheck checked = wizard::checkPlanWithLastProbe(m_plan);
    m_findings = std::move(checked.findings);
    m_flows = std::move(checked.flows);
    Q_EMIT analysisChanged(m_findings, m_flows);
}

} // namespace ui
