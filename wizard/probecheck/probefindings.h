#pragma once

#include "checks/finding.h"
#include "flows/plancheck.h"
#include "probetargets.h"
#include "topology/probeobservation.h"
#include "topology/topology.h"

#include <QList>
#include <QString>

namespace wizard {

// The verdict of one probed name, from its findings (the table's last column).
enum class ProbeVerdict { Ok, Warning, Error, Unreachable };
QString probeVerdictToken(ProbeVerdict v); // "ok", "warning", "error", "unreachable"

struct NameProbeResult
{
    QString name;
    ProbeVerdict verdict = ProbeVerdict::Ok;
    QList<Finding> findings;
};

struct ProbeEvaluation
{
    QList<NameProbeResult> names; // in the record's order
    QList<Finding> findings; // every name's findings, then the SRV record's
};

// The PRB-... findings (docs/probes.md): what the network answered compared with what
// the plan says, each message ending "observed at <time> from <host>". Pure: the same
// plan and record give the same findings. A name the probe could not reach is an info;
// a name that resolves to another place than planned is a warning.
ProbeEvaluation evaluateProbe(const Topology &topology, const ProbeRecord &record);

// checkPlan(plan.topology) with the plan's last saved probe (Plan::lastProbe): its
// findings appended after the rules' (so `coexplan check` and the wizard show them with
// the rest), and each Autodiscover / Part A hop's `observed` filled in with what
// answered its host name. The flows' verdicts stay the rules' alone.
PlanCheck checkPlanWithLastProbe(const Plan &plan);

// Where a finding about `target` is marked: the server whose FQDN it is, the
// organization's namespace field, or the load balancer naming it.
SubjectRef probeSubject(const Topology &topology, const ProbeTarget &target, QStringList *fields);

// In words, for the findings, the report and the GUI's table: how far a step got
// ("connection refused (detail)") and one certificate chain problem token of
// TlsObservation::errors ("the certificate has expired").
QString statusText(ReachStatus s, const QString &detail);
QString tlsErrorText(const QString &token);

} // namespace wizard
