// The change script (RULEBOOK §5): phases as in the checklist, each server's commands
// for its version, read back after each change.
#include "checklist.h"
#include "flaggedvalues.h"
#include "oacommands.h"
#include "powershell/psquote.h"
#include "scriptcommon.h"

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString phaseLabel(ChecklistPhaseId id)
{
    return u"Phase %1 - %2"_s.arg(checklistPhaseNumber(id)).arg(checklistPhaseTitle(id));
}

// Before a command that writes a value a check flags as an error (only when the user
// asked for it: ScriptOptions::writeFlagged), one comment per finding.
void writeFlaggedComments(PsScriptWriter &w, const ServerChanges &c, const QList<ParameterChange> &written,
                          bool enables, const QList<Finding> &flagged)
{
    for (const Finding &f : errorsAgainstCommand(c, written, enables, flagged))
        w.comment(u"Flagged by CoexPlan's own check, written because it was asked for: "_s + flaggedFindingLine(f));
}

void writeRefused(PsScriptWriter &w, const ServerChanges &c)
{
    for (const QString &reason : c.refused) {
        w.comment(u"Not written: "_s + reason);
        w.line(u"Write-Warning "_s + psQuote(QString(c.server + u": "_s + reason)));
    }
}

void writeEnable(PsScriptWriter &w, const ServerChanges &c, const QList<Finding> &flagged)
{
    if (!c.cannotEnableReason.isEmpty()) {
        w.line(u"throw "_s + psQuote(QString(c.server + u": "_s + c.cannotEnableReason)));
        return;
    }
    writeFlaggedComments(w, c, c.outlookAnywhere, true, flagged);
    w.line(enableOutlookAnywhereCommand(c, CommandStyle::Script));
    w.line(u"$coexEnabledNow[%1] = $true"_s.arg(psQuote(c.server)));
    const QString iis2007 = enable2007IisCommand(c, CommandStyle::Script);
    w.open(u"if ($WhatIf)"_s);
    w.line(u"Write-Host "_s + psFormat(u"WhatIf: Outlook Anywhere would be enabled on {0}."_s, {c.server}));
    w.close();
    // The read-back needs the new vdir: only after a real run.
    w.open(u"if (-not $WhatIf)"_s);
    if (!iis2007.isEmpty())
        w.line(iis2007); // 2007: IIS methods follow the enable (RULEBOOK PB-001)
    writeOutlookAnywhereReadBack(w, c, c.outlookAnywhere, ReadBack::StopOnDifference);
    w.close();
}

void legacyPhase(ScriptFrame &f, const ServerChanges &c, const QList<Finding> &flagged)
{
    PsScriptWriter &w = f.writer();
    const QString set = legacyOutlookAnywhereCommand(c, CommandStyle::Script);
    const QList<ParameterChange> setValues = c.writesOf({OaParameter::ExternalHostname, OaParameter::SSLOffloading});
    switch (c.activation) {
    case LegacyActivation::AlreadyOn:
        if (set.isEmpty())
            return;
        f.openServer(c, phaseLabel(ChecklistPhaseId::LegacyOutlookAnywhere));
        f.step(u"Outlook Anywhere on {0}: host name and SSL offloading"_s, {c.server});
        writeFlaggedComments(w, c, setValues, false, flagged);
        w.line(set);
        writeOutlookAnywhereReadBack(w, c, setValues, ReadBack::StopOnDifference);
        break;
    case LegacyActivation::Enable:
        f.openServer(c, phaseLabel(ChecklistPhaseId::LegacyOutlookAnywhere));
        f.step(u"Enable Outlook Anywhere on {0}"_s, {c.server});
        writeEnable(w, c, flagged);
        break;
    case LegacyActivation::EnableIfMissing: {
        f.openServer(c, phaseLabel(ChecklistPhaseId::LegacyOutlookAnywhere));
        f.step(u"Outlook Anywhere on {0}: enable it when off, else set host name and SSL offloading"_s, {c.server});
        PsCommand probe("Get-OutlookAnywhere"_L1, c.version);
        probe.text("Server"_L1, c.server);
        probe.stopOnError();
        w.open(u"if (@(%1).Count -eq 0)"_s.arg(probe.toString()));
        writeEnable(w, c, flagged);
        w.close();
        if (!set.isEmpty()) {
            w.open(u"if (-not $coexEnabledNow.ContainsKey(%1))"_s.arg(psQuote(c.server)));
            writeFlaggedComments(w, c, setValues, false, flagged);
            w.line(set);
            writeOutlookAnywhereReadBack(w, c, setValues, ReadBack::StopOnDifference);
            w.close();
        }
        break;
    }
    case LegacyActivation::NotLegacy:
    case LegacyActivation::KeepAsIs:
        return;
    }
    f.closeServer(c);
}

void authenticationPhase(ScriptFrame &f, const ServerChanges &c, const QList<Finding> &flagged)
{
    if (c.activation == LegacyActivation::Enable)
        return; // Enable-OutlookAnywhere wrote the methods in the previous phase
    const QString set = legacyAuthenticationCommand(c, CommandStyle::Script);
    if (set.isEmpty() && c.refused.isEmpty())
        return;
    PsScriptWriter &w = f.writer();
    f.openServer(c, phaseLabel(ChecklistPhaseId::IisAndClientAuthentication));
    writeRefused(w, c);
    if (!set.isEmpty()) {
        f.step(u"Client and IIS authentication on {0}"_s, {c.server});
        w.comment(u"Never -DefaultAuthenticationMethod on a legacy server: it would drop NTLM from IIS."_s);
        const QList<ParameterChange> written
            = c.writesOf({OaParameter::ClientAuthenticationMethod, OaParameter::IISAuthenticationMethods});
        w.open(u"if (-not $coexEnabledNow.ContainsKey(%1))"_s.arg(psQuote(c.server)));
        writeFlaggedComments(w, c, written, false, flagged);
        w.line(set);
        writeOutlookAnywhereReadBack(w, c, written, ReadBack::StopOnDifference);
        w.close();
    }
    f.closeServer(c);
}

void newCasPhase(ScriptFrame &f, const ServerChanges &c, const QList<Finding> &flagged)
{
    const QString set = newCasOutlookAnywhereCommand(c, CommandStyle::Script);
    if (set.isEmpty() && c.refused.isEmpty())
        return;
    PsScriptWriter &w = f.writer();
    f.openServer(c, phaseLabel(ChecklistPhaseId::NewCasOutlookAnywhere));
    writeRefused(w, c);
    if (!set.isEmpty()) {
        f.step(u"Outlook Anywhere on {0}"_s, {c.server});
        writeFlaggedComments(w, c, c.writes(), false, flagged);
        w.line(set);
        writeOutlookAnywhereReadBack(w, c, c.writes(), ReadBack::StopOnDifference);
    }
    f.closeServer(c);
}

void autodiscoverPhase(ScriptFrame &f, const ServerChanges &c)
{
    const QString set = autodiscoverUriCommand(c, CommandStyle::Script);
    if (set.isEmpty())
        return;
    PsScriptWriter &w = f.writer();
    f.openServer(c, phaseLabel(ChecklistPhaseId::Autodiscover));
    f.step(u"Autodiscover service connection point of {0}"_s, {c.server});
    w.line(set);
    writeAutodiscoverReadBack(w, c, c.autodiscoverUri->target, ReadBack::StopOnDifference);
    f.closeServer(c);
}
} // namespace

QString changeScript(const Plan &plan, const ScriptOptions &options)
{
    const QList<ServerChanges> servers = planServerChanges(plan.topology);
    ScriptFrame frame(plan, options, ScriptKind::Change, servers);
    frame.writer().line(u"$coexEnabledNow = @{}"_s);
    frame.preflight();
    for (const ServerChanges &c : servers) {
        if (c.isLegacy())
            legacyPhase(frame, c, options.writeFlagged);
    }
    for (const ServerChanges &c : servers) {
        if (c.isLegacy())
            authenticationPhase(frame, c, options.writeFlagged);
    }
    for (const ServerChanges &c : servers) {
        if (!c.isLegacy())
            newCasPhase(frame, c, options.writeFlagged);
    }
    for (const ServerChanges &c : servers)
        autodiscoverPhase(frame, c);
    return frame.finish();
}

} // namespace wizard
