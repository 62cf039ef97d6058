#pragma once

#include "checks/finding.h"
#include "flows/flow.h"
#include "topology/namekey.h"
#include "topology/topology.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <optional>

namespace ui {

// The one document of the wizard (ARCHITECTURE.md invariant 4): it owns the plan, its
// file path and the undo stack. Every edit is a TopologyEditCommand pushed through
// edit(); after each change the engine's checks and flows are re-run synchronously and
// analysisChanged() tells every view. Views never change the plan themselves.
class PlanSession : public QObject
{
    Q_OBJECT

public:
    using PlanChange = std::function<void(wizard::Plan &)>;

    explicit PlanSession(QObject *parent = nullptr);

    const wizard::Plan &plan() const { return m_plan; }
    const wizard::Topology &topology() const { return m_plan.topology; }
    const QList<wizard::Finding> &findings() const { return m_findings; }
    const QList<wizard::Flow> &flows() const { return m_flows; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Indexed once per change (every server field set asks on every edit): the server
    // with that name, case-insensitively (the first of duplicates), or nullptr; and the
    // findings whose subject is that server, in the engine's order.
    const wizard::Server *findServer(QStringView name) const;
    QList<wizard::Finding> findingsOfServer(QStringView name) const;

    QString filePath() const { return m_filePath; }
    // A short name for titles: the file name, or "Untitled".
    QString displayName() const;
    bool isDirty() const { return !m_undoStack.isClean(); }

    // Pushes one undoable command named `commandName` ("Change IIS authentication
    // methods of EX2010CAS"). Consecutive edits with the same non-empty mergeKey (typing
    // in one field) merge into one command. An edit that changes nothing is dropped.
    void edit(const QString &commandName, const PlanChange &change, const QString &mergeKey = {});

    // Replaces the document (no undo across documents). The new plan is clean.
    void newPlan();
    void replacePlan(const wizard::Plan &plan, const QString &filePath);
    // Loads a plan file; on failure the session is unchanged and the message names the
    // place (file, line or JSON pointer).
    std::optional<QString> open(const QString &path);
    // Saves atomically and marks the session clean; returns an error message on failure.
    std::optional<QString> saveAs(const QString &path);

    // The one function that changes the plan (used by the undo commands).
    void applyPlan(const wizard::Plan &plan);

Q_SIGNALS:
    void planChanged();
    void analysisChanged(const QList<wizard::Finding> &findings, const QList<wizard::Flow> &flows);
    void filePathChanged(const QString &path);
    void dirtyChanged(bool dirty);
    // A whole new document (new, open, restore): views drop their per-document state.
    void documentReplaced();

private:
    void analyse();
    void indexServers();

    wizard::Plan m_plan;
    QString m_filePath;
    QUndoStack m_undoStack;
    QList<wizard::Finding> m_findings;
    QList<wizard::Flow> m_flows;
    // Keys view the names in m_plan and m_findings: rebuilt whenever those change.
    QHash<wizard::NameKey, qsizetype> m_serverIndex;
    QHash<wizard::NameKey, QList<qsizetype>> m_findingsOfServer;
};

} // namespace ui
