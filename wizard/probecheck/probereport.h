#pragma once

#include "probefindings.h"
#include "topology/probeobservation.h"

#include <QByteArray>
#include <QString>

namespace wizard {

// `coexplan probe --format json` (docs/cli.md): { "plan", "probe": {the record, as
// saved in the plan}, "summary": {errors, warnings, infos, names, unreachable},
// "names": [{name, verdict, rules}], "findings": [...] } with findings shaped as in
// `coexplan check --format json`.
QByteArray probeReportJson(const QString &planName, const ProbeRecord &record, const ProbeEvaluation &evaluation);

// The human-readable form: one line per name (DNS, certificate, IIS methods, answered
// by, verdict), then one block per finding.
QString probeReportText(const QString &planName, const ProbeRecord &record, const ProbeEvaluation &evaluation);

// Short cell texts of one name, shared by the text report and the wizard's table.
struct NameSummary
{
    QString dns; // "127.0.0.2 (via mail.contoso.com)" or the failure
    QString certificate; // "CN=mail.contoso.com, until 2027-01-01" or the errors
    QString iisMethods; // "Negotiate, NTLM, Basic" from /rpc's 401
    QString answeredBy; // X-FEServer
};
NameSummary summarizeName(const NameObservation &observation);

} // namespace wizard
