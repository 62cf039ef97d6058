// The verification script (RULEBOOK §5, issue "exports"): read-only; prints each
// planned value next to the live one and exits 1 when any differs. With
// -TestConnectivity it also runs the connectivity test plan's Test-OutlookConnectivity
// (and, for Exchange 2010 mailboxes, Test-OutlookWebServices) per mailbox server of the
// client scenarios (issue 17), from the shell of the mailbox's version.
#include "checklist.h"
#include "checks/checkengine.h"
#include "flows/flow.h"
#include "oacommands.h"
#include "powershell/psquote.h"
#include "scriptcommon.h"
#include "testplan.h"

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
void verifyServer(ScriptFrame &f, const ServerChanges &c)
{
    const bool outlookAnywhere = c.activation != LegacyActivation::KeepAsIs && !c.outlookAnywhere.isEmpty();
    if (!outlookAnywhere && !c.autodiscoverUri)
        return;
    PsScriptWriter &w = f.writer();
    f.openServer(c, u"Verification"_s);
    if (outlookAnywhere) {
        f.step(u"Outlook Anywhere on {0}: planned and live values"_s, {c.server});
        PsCommand probe("Get-OutlookAnywhere"_L1, c.version);
        probe.text("Server"_L1, c.server);
        probe.stopOnError();
        if (c.isLegacy()) {
            // No Rpc vdir means Outlook Anywhere is off on a legacy server (F1).
            PsCommand show = PsCommand::scriptFunction("Show-CoexValue"_L1);
            show.text("Server"_L1, c.server);
            show.text("Property"_L1, u"Outlook Anywhere"_s);
            w.line(u"$found = @(%1).Count"_s.arg(probe.toString()));
            w.line(show.toString() + u" -Planned 'on' -Live $(if ($found -eq 0) { 'off' } else { 'on' })"_s);
            w.open(u"if ($found -gt 0)"_s);
            writeOutlookAnywhereReadBack(w, c, c.outlookAnywhere, ReadBack::Report);
            w.close();
        } else {
            writeOutlookAnywhereReadBack(w, c, c.outlookAnywhere, ReadBack::Report);
        }
    }
    if (c.autodiscoverUri) {
        f.step(u"Autodiscover service connection point of {0}"_s, {c.server});
        writeAutodiscoverReadBack(w, c, c.autodiscoverUri->target, ReadBack::Report);
    }
    f.closeServer(c);
}

// One cmdlet run inside its own try/catch: a failed test is reported and counted, and the
// next test still runs (the tests change no setting, so going on is safe).
void writeConnectivityRun(PsScriptWriter &w, const ConnectivityCheck &c)
{
    PsCommand report = PsCommand::scriptFunction("Write-CoexConnectivity"_L1);
    report.text("Server"_L1, c.mailboxServer).text("Test"_L1, c.cmdlet).text("Scenarios"_L1, c.scenarios.join(u", "_s));
    w.open(u"try"_s);
    w.line(u"$coexOutput = @(%1)"_s.arg(c.command));
    w.line(report.toString() + u" -Output $coexOutput"_s);
    w.close(u" catch {"_s);
    w.line(u"    "_s + report.toString() + u" -Output $null -Failure $_.Exception.Message"_s);
    w.line(u"}"_s);
}

void writeConnectivitySection(ScriptFrame &f, const QList<ConnectivityCheck> &checks)
{
    PsScriptWriter &w = f.writer();
    w.blank();
    w.comment(u"Connectivity tests (-TestConnectivity): the test plan's cmdlets per mailbox server"_s);
    w.open(u"if ($TestConnectivity)"_s);
    if (checks.isEmpty())
        w.line(u"Write-Host 'The plan has no client scenario: no connectivity test to run.'"_s);
    QString current;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const ConnectivityCheck &c = checks.at(i);
        if (c.command.isEmpty()) {
            // Test-OutlookConnectivity has no Exchange 2007 form (Applicable: 2010 and later).
            w.line(u"Write-Host "_s
                   + psFormat(u"Not tested {0}: no cmdlet tests an Exchange 2007 mailbox; use the test plan's "
                              u"Remote Connectivity Analyzer and Outlook steps ({1})."_s,
                              {c.mailboxServer, c.scenarios.join(u", "_s)}));
            continue;
        }
        const QString shell = exchangeVersionToken(c.version);
        const bool first = c.mailboxServer != current;
        current = c.mailboxServer;
        const bool last = i + 1 == checks.size() || checks.at(i + 1).mailboxServer != c.mailboxServer;
        if (first) {
            w.open(u"if ($ExchangeShell -eq %1)"_s.arg(psQuote(shell)));
            f.step(u"Connectivity of a test mailbox on {0}"_s, {c.mailboxServer});
            w.raw(connectivityPromptLines(c.mailboxServer).trimmed());
        }
        writeConnectivityRun(w, c);
        if (last) {
            w.close(u" else {"_s);
            w.line(u"    Write-Host %1"_s.arg(psFormat(u"Skipped the connectivity tests of {0}: run this script from "
                                                       u"the Exchange {1} Management Shell with -ExchangeShell {1} "
                                                       u"-TestConnectivity."_s,
                                                       {c.mailboxServer, shell})));
            w.line(u"}"_s);
        }
    }
    w.close(u" else {"_s);
    w.line(u"    Write-Host ''"_s);
    w.line(u"    Write-Host 'Connectivity tests not run: add -TestConnectivity (asks for a test mailbox and its "
           u"password on each mailbox server).'"_s);
    w.line(u"}"_s);
}
} // namespace

QString verifyScript(const Plan &plan, const ScriptOptions &options)
{
    const QList<ServerChanges> servers = planServerChanges(plan.topology);
    ScriptFrame frame(plan, options, ScriptKind::Verify, servers);
    frame.preflight();
    for (const ServerChanges &c : servers)
        verifyServer(frame, c);
    const QList<Finding> findings = runChecks(plan.topology);
    writeConnectivitySection(frame, connectivityChecks(plan.topology, computeFlows(plan.topology, findings)));
    return frame.finish();
}

} // namespace wizard
