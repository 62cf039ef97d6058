#pragma once

#include "checks/finding.h"
#include "serverchanges.h"

#include <QList>

namespace wizard {

// Issue 13: a change script never writes a value that the plan's own checks call an
// error, unless the user asks for it by name; then each such command is preceded by a
// comment naming the finding. These functions tell which error findings a command (or
// the whole change script) runs into.

// The plan-file key of an Outlook Anywhere parameter, e.g. "outlookAnywhere.iisAuthenticationMethods".
QLatin1String oaFieldKey(OaParameter p);

// The error findings on c's server about one of `written`. When `enables` is true the
// command turns Outlook Anywhere on, so the server's PB-001/PB-006 errors count as well
// (Enable-OutlookAnywhere needs the RPC over HTTP Proxy feature, FACTS F3, F73).
QList<Finding> errorsAgainstCommand(const ServerChanges &c, const QList<ParameterChange> &written, bool enables,
                                    const QList<Finding> &findings);

// Every error finding the change script of `plan` would run into, in findings order,
// each once.
QList<Finding> changeScriptBlockingFindings(const Plan &plan, const QList<Finding> &findings);

// "PB-002 (error) on EX2010: <message>": how the refusal and the script comments name one.
QString flaggedFindingLine(const Finding &finding);

} // namespace wizard
