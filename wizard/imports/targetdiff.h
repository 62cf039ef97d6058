#pragma once

#include "topology/topology.h"

#include <QList>
#include <QString>

namespace wizard {

// One value the plan wants to change on a server: target vs the captured current
// state (what the scripts will change; what a re-import after the change verifies).
struct TargetChange
{
    QString server;
    QString field; // plan key, e.g. "outlookAnywhere.iisAuthenticationMethods"
    QString current; // display form: "{Basic}", "True", "(empty)", "unknown", "n/a"
    QString target;

    friend bool operator==(const TargetChange &, const TargetChange &) = default;
};

struct TargetDiff
{
    QList<TargetChange> changes;
    QStringList notCaptured; // servers with no current state (never imported)
};

// Servers in plan order, fields in the plan file's order.
TargetDiff diffTargetAgainstCurrent(const Topology &topology);

QString targetDiffText(const TargetDiff &diff);

} // namespace wizard
