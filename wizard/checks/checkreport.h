#pragma once

#include "finding.h"
#include "flows/flow.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace wizard {

// The JSON document `coexplan check --format json` prints (docs/cli.md):
// { "plan": ..., "summary": {errors, warnings, infos, flows, failingFlows},
//   "findings": [...], "flows": [...] }
QByteArray checkReportJson(const QString &planName, const QList<Finding> &findings, const QList<Flow> &flows);
// The same bytes, appended to `out`; `drain` (if set) is called with `out` whenever it
// holds about 1 MB and at the end, and is expected to write and clear it.
void writeCheckReportJson(const QString &planName, const QList<Finding> &findings, const QList<Flow> &flows,
                          QByteArray &out, const std::function<void(QByteArray &)> &drain);

// The human-readable form: one block per finding, then a flow summary.
QString checkReportText(const QString &planName, const QList<Finding> &findings, const QList<Flow> &flows);

} // namespace wizard
