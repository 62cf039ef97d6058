#pragma once

#include "finding.h"
#include "flows/flow.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wizard {

// The JSON document `coexplan check --format json` prints (docs/cli.md):
// { "plan": ..., "summary": {errors, warnings, infos, flows, failingFlows},
//   "findings": [...], "flows": [...] }
QByteArray checkReportJson(const QString &planName, const QList<Finding> &findings, const QList<Flow> &flows);

// The human-readable form: one block per finding, then a flow summary.
QString checkReportText(const QString &planName, const QList<Finding> &findings, const QList<Flow> &flows);

} // namespace wizard
