// The rollback script (RULEBOOK §5): restores the values captured before the change,
// in the reverse order of the change script. Without a capture it says so per server.
#include "checklist.h"
#include "oacommands.h"
#include "powershell/psquote.h"
#include "scriptcommon.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

// The change turned around: captured values become the targets. Only parameters the
// change script writes and whose value was captured, and only values the cmdlet takes on
// that version (issue 13: a captured Negotiate on 2010, or an empty IIS list, would be a
// refused or malformed command); the others are named in `notRestorable`.
ServerChanges reversed(const ServerChanges &c, QStringList &notCaptured, QStringList &notRestorable)
{
    ServerChanges r = c;
    r.outlookAnywhere.clear();
    r.refused.clear();
    const QList<ParameterChange> written = c.writes();
    for (const ParameterChange &p : c.outlookAnywhere) {
        const bool isWritten = std::any_of(written.cbegin(), written.cend(),
                                           [&p](const ParameterChange &x) { return x.parameter == p.parameter; });
        if (!p.current) {
            if (isWritten)
                notCaptured.append(oaParameterName(p.parameter));
            continue;
        }
        if (!isWritableValue(c.version, *p.current)) {
            if (isWritten) {
                notRestorable.append(tr("%1 = %2 (not a value Set-OutlookAnywhere takes on %3)")
                                         .arg(oaParameterName(p.parameter), p.current->display(),
                                              exchangeVersionDisplayName(c.version)));
            }
            continue;
        }
        r.outlookAnywhere.append({p.parameter, *p.current, p.target});
    }
    if (c.autodiscoverUri) {
        if (c.autodiscoverUri->current) {
            r.autodiscoverUri = ParameterChange{OaParameter::ExternalHostname, *c.autodiscoverUri->current,
                                                c.autodiscoverUri->target};
        } else {
            r.autodiscoverUri.reset();
            if (c.autodiscoverUri->needsWrite())
                notCaptured.append(u"AutoDiscoverServiceInternalUri"_s);
        }
    }
    return r;
}

QString label(ChecklistPhaseId id)
{
    return u"Rollback of phase %1 - %2"_s.arg(checklistPhaseNumber(id)).arg(checklistPhaseTitle(id));
}

void warnNotCaptured(PsScriptWriter &w, const ServerChanges &c, const QStringList &notCaptured)
{
    if (notCaptured.isEmpty())
        return;
    const QString message = c.captured
        ? tr("%1: no value was captured before the change for %2; this script cannot restore it. "
             "Restore it by hand from your own records.")
              .arg(c.server, notCaptured.join(u", "_s))
        : tr("%1: no values were captured before the change (import the server's current settings "
             "into the plan first); this script restores nothing on it. Restore %2 by hand from your "
             "own records.")
              .arg(c.server, notCaptured.join(u", "_s));
    w.line(u"Write-Warning "_s + psQuote(message));
}

void warnNotRestorable(PsScriptWriter &w, const ServerChanges &c, const QStringList &notRestorable)
{
    if (notRestorable.isEmpty())
        return;
    w.line(u"Write-Warning "_s
           + psQuote(tr("%1: the value captured before the change cannot be written back as it is: %2. Restore "
                        "it by hand with a value this version takes.")
                         .arg(c.server, notRestorable.join(u"; "_s))));
}

void rollbackServer(ScriptFrame &f, const ServerChanges &c, bool autodiscover)
{
    PsScriptWriter &w = f.writer();
    QStringList notCaptured;
    QStringList notRestorable;
    const ServerChanges r = reversed(c, notCaptured, notRestorable);
    if (autodiscover) {
        const QString set = autodiscoverUriCommand(r, CommandStyle::Script);
        const bool missing = notCaptured.contains(u"AutoDiscoverServiceInternalUri"_s);
        if (set.isEmpty() && !missing)
            return;
        f.openServer(c, label(ChecklistPhaseId::Autodiscover));
        if (missing)
            warnNotCaptured(w, c, {u"AutoDiscoverServiceInternalUri"_s});
        if (!set.isEmpty()) {
            f.step(u"Restore the Autodiscover service connection point of {0}"_s, {c.server});
            w.line(set);
            writeAutodiscoverReadBack(w, c, r.autodiscoverUri->target, ReadBack::StopOnDifference);
        }
        f.closeServer(c);
        return;
    }
    notCaptured.removeAll(u"AutoDiscoverServiceInternalUri"_s);
    if (c.isLegacy()) {
        if (c.activation == LegacyActivation::KeepAsIs)
            return;
        const QString set = outlookAnywhereSetCommand(r, r.writes(), CommandStyle::Script);
        if (c.activation == LegacyActivation::AlreadyOn && set.isEmpty() && notCaptured.isEmpty()
            && notRestorable.isEmpty())
            return;
        f.openServer(c, label(ChecklistPhaseId::LegacyOutlookAnywhere));
        if (c.activation == LegacyActivation::Enable) {
            // It was off before: the change enabled it, the rollback disables it (F4).
            f.step(u"Disable Outlook Anywhere on {0} again (it was off before the change)"_s, {c.server});
            PsCommand disable("Disable-OutlookAnywhere"_L1, c.version);
            disable.text("Identity"_L1, rpcVdirName(c));
            disable.stopOnError();
            disable.whatIfPassThrough();
            w.line(disable.toString());
            PsCommand get("Get-OutlookAnywhere"_L1, c.version);
            get.text("Server"_L1, c.server);
            get.stopOnError();
            PsCommand show = PsCommand::scriptFunction("Show-CoexValue"_L1);
            show.text("Server"_L1, c.server);
            show.text("Property"_L1, u"Outlook Anywhere"_s);
            w.line(u"$left = @(%1).Count"_s.arg(get.toString()));
            w.line(show.toString() + u" -Planned 'off' -Live $(if ($left -eq 0) { 'off' } else { 'on' })"_s);
            writeReadBackStop(w, c, ReadBack::StopOnDifference);
        } else if (c.activation == LegacyActivation::EnableIfMissing) {
            notCaptured.prepend(u"Outlook Anywhere on/off"_s);
            warnNotCaptured(w, c, notCaptured);
        } else {
            warnNotCaptured(w, c, notCaptured);
            warnNotRestorable(w, c, notRestorable);
            if (!set.isEmpty()) {
                f.step(u"Restore Outlook Anywhere on {0}"_s, {c.server});
                w.line(set);
                writeOutlookAnywhereReadBack(w, c, r.writes(), ReadBack::StopOnDifference);
            }
        }
        f.closeServer(c);
        return;
    }
    const QString set = newCasOutlookAnywhereCommand(r, CommandStyle::Script);
    if (set.isEmpty() && notCaptured.isEmpty() && notRestorable.isEmpty())
        return;
    f.openServer(c, label(ChecklistPhaseId::NewCasOutlookAnywhere));
    warnNotCaptured(w, c, notCaptured);
    warnNotRestorable(w, c, notRestorable);
    if (!set.isEmpty()) {
        f.step(u"Restore Outlook Anywhere on {0}"_s, {c.server});
        w.line(set);
        writeOutlookAnywhereReadBack(w, c, r.writes(), ReadBack::StopOnDifference);
    }
    f.closeServer(c);
}
} // namespace

QString rollbackScript(const Plan &plan, const ScriptOptions &options)
{
    const QList<ServerChanges> servers = planServerChanges(plan.topology);
    ScriptFrame frame(plan, options, ScriptKind::Rollback, servers);
    frame.preflight();
    // Reverse order of the change script: Autodiscover, new CAS, legacy CAS.
    for (const ServerChanges &c : servers)
        rollbackServer(frame, c, true);
    for (const ServerChanges &c : servers) {
        if (!c.isLegacy())
            rollbackServer(frame, c, false);
    }
    for (const ServerChanges &c : servers) {
        if (c.isLegacy())
            rollbackServer(frame, c, false);
    }
    return frame.finish();
}

} // namespace wizard
