#pragma once

#include "finding.h"
#include "topology/topology.h"

#include <QString>
#include <QStringList>

namespace wizard {

inline SubjectRef serverSubject(const Server &s)
{
    return {SubjectKind::Server, s.name};
}
inline SubjectRef organizationSubject()
{
    return {SubjectKind::Organization, {}};
}

// RULEBOOK §1: one info finding "cannot evaluate <rule>: <what is missing>" instead of
// an error or warning when a rule's inputs are unknown.
Finding cannotEvaluate(const QString &ruleId, const SubjectRef &subject, const QStringList &fields,
                       const QString &whatIsMissing, const QString &source);

// "EX1, EX2, EX3" for a message; past `shown` names, "EX1, ... EX5 and 12 more", so a
// message stays readable in a plan of thousands of servers.
QString nameList(const QStringList &names, qsizetype shown = 5);

} // namespace wizard
