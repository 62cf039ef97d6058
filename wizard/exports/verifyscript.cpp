// The verification script (RULEBOOK §5, issue "exports"): read-only; prints each
// planned value next to the live one and exits 1 when any differs.
#include "checklist.h"
#include "oacommands.h"
#include "powershell/psquote.h"
#include "scriptcommon.h"

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
} // namespace

QString verifyScript(const Plan &plan, const ScriptOptions &options)
{
    const QList<ServerChanges> servers = planServerChanges(plan.topology);
    ScriptFrame frame(plan, options, ScriptKind::Verify, servers);
    frame.preflight();
    for (const ServerChanges &c : servers)
        verifyServer(frame, c);
    return frame.finish();
}

} // namespace wizard
