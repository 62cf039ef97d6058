#pragma once

#include "finding.h"
#include "flows/flow.h"
#include "topology/probeobservation.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace wizard {

// The JSON document `coexplan check --format json` prints (docs/cli.md):
// { "plan": ..., "summary": {errors, warnings, infos, flows, failingFlows},
//   "findings": [...], "flows": [...] }
// With `lastProbe` (a plan saved by `coexplan probe --save`), a "lastProbe" member
// {observedAt, observedFrom, dnsServer, names} says when the PRB findings were observed.
QByteArray checkReportJson(const QString &planName, const QList<Finding> &findings, const QList<Flow> &flows,
                           const ProbeRecord *lastProbe = nullptr);
// The same bytes, appended to `out`; `drain` (if set) is called with `out` whenever it
// holds about 1 MB and at the end, and is expected to write and clear it.
void writeCheckReportJson(const QString &planName, const QList<Finding> &findings, const QList<Flow> &flows,
                          QByteArray &out, const std::function<void(QByteArray &)> &drain,
                          const ProbeRecord *lastProbe = nullptr);

// One finding as `check --format json` prints it (also used by `probe`).
nlohmann::ordered_json findingJson(const Finding &f);
// One finding as the text report prints it: "\n[ERROR] PB-002  server EX1\n  message\n  Why: ...".
QString findingText(const Finding &f);

// The human-readable form: one block per finding, then a flow summary.
QString checkReportText(const QString &planName, const QList<Finding> &findings, const QList<Flow> &flows,
                        const ProbeRecord *lastProbe = nullptr);

} // namespace wizard
