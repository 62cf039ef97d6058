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
    indexServers();
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
    indexServers();
    Q_EMIT planChanged();
    analyse();
}

void PlanSession::analyse()
{
    // The rules, and the plan's last saved live probe compared with it (docs/probes.md).
    wizard::PlanCheck checked = wizard::checkPlanWithLastProbe(m_plan);
    m_findings = std::move(checked.findings);
    m_flows = std::move(checked.flows);
    m_findingsOfServer.clear();
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const wizard::Finding &f = m_findings.at(i);
        if (f.subject.kind == wizard::SubjectKind::Server)
            m_findingsOfServer[wizard::NameKey{f.subject.name}].append(i);
    }
    Q_EMIT analysisChanged(m_findings, m_flows);
}

void PlanSession::indexServers()
{
    m_serverIndex.clear();
    m_serverIndex.reserve(m_plan.topology.servers.size());
    for (qsizetype i = 0; i < m_plan.topology.servers.size(); ++i) {
        const wizard::NameKey key{m_plan.topology.servers.at(i).name};
        if (!m_serverIndex.contains(key))
            m_serverIndex.insert(key, i);
    }
}

const wizard::Server *PlanSession::findServer(QStringView name) const
{
    const auto it = m_serverIndex.constFind(wizard::NameKey{name});
    return it == m_serverIndex.cend() ? nullptr : &m_plan.topology.servers.at(it.value());
}

QList<wizard::Finding> PlanSession::findingsOfServer(QStringView name) const
{
    QList<wizard::Finding> out;
    for (const qsizetype i : m_findingsOfServer.value(wizard::NameKey{name}))
        out.append(m_findings.at(i));
    return out;
}

} // namespace ui
