// Checklist items for the Outlook Anywhere phases and what follows them. The commands
// are the ones the change script runs (oacommands.h), so checklist and script agree.
#include "checklistitems.h"

#include "oacommands.h"
#include "powershell/pscommand.h"
#include "serverchanges.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

QString lines(const QStringList &commands)
{
    QStringList kept;
    for (const QString &c : commands) {
        if (!c.isEmpty())
            kept.append(c);
    }
    return kept.join(u'\n');
}

QString valueList(const QList<ParameterChange> &writes)
{
    QStringList parts;
    for (const ParameterChange &w : writes)
        parts.append(u"%1 = %2"_s.arg(oaParameterName(w.parameter), w.target.display()));
    return parts.join(u"; "_s);
}

ChecklistItem serverItem(const ServerChanges &c, const QString &area, const QString &title, const QStringList &refs)
{
    ChecklistItem i;
    i.id = area + u'/' + c.server;
    i.title = title;
    i.references = refs;
    i.server = c.server;
    i.shell = managementShellName(c.version);
    return i;
}

std::optional<ChecklistItem> legacyOutlookAnywhere(const ServerChanges &c, const QString &ns)
{
    const QString set = legacyOutlookAnywhereCommand(c, CommandStyle::Checklist);
    const QString enable = enableOutlookAnywhereCommand(c, CommandStyle::Checklist);
    const QString enableIis = enable2007IisCommand(c, CommandStyle::Checklist);
    const QStringList refs{u"PB-001"_s, u"PB-003"_s, u"F41"_s, u"F72"_s};
    const QString why = tr("The new Client Access servers proxy Outlook Anywhere for legacy mailboxes to this server, "
                           "and Autodiscover hands its Outlook Anywhere host name to legacy users: it must be on "
                           "and point at the new namespace%1.")
                            .arg(ns.isEmpty() ? QString() : tr(" (%1)").arg(ns));
    ChecklistItem i;
    switch (c.activation) {
    case LegacyActivation::AlreadyOn:
        if (set.isEmpty())
            return std::nullopt;
        i = serverItem(c, u"legacy-oa"_s, tr("Point Outlook Anywhere on %1 at the new namespace").arg(c.server), refs);
        i.action
            = tr("Set %1.").arg(valueList(c.writesOf({OaParameter::ExternalHostname, OaParameter::SSLOffloading})));
        i.command = set;
        break;
    case LegacyActivation::Enable:
        i = serverItem(c, u"legacy-oa"_s, tr("Enable Outlook Anywhere on %1").arg(c.server), refs);
        i.action = c.cannotEnableReason.isEmpty() ? tr("Enable it with %1.").arg(valueList(c.outlookAnywhere))
                                                  : c.cannotEnableReason;
        i.command = lines({enable, enableIis});
        break;
    case LegacyActivation::EnableIfMissing:
        i = serverItem(c, u"legacy-oa"_s, tr("Enable or update Outlook Anywhere on %1").arg(c.server), refs);
        i.action = tr("The plan does not record whether Outlook Anywhere is on. If Get-OutlookAnywhere returns "
                      "nothing for %1, enable it (first command); otherwise set the values (last command). "
                      "Planned: %2.")
                       .arg(c.server, valueList(c.outlookAnywhere));
        if (!c.cannotEnableReason.isEmpty())
            i.action += u' ' + c.cannotEnableReason;
        i.command = lines({enable, enableIis, set});
        break;
    case LegacyActivation::NotLegacy:
    case LegacyActivation::KeepAsIs:
        return std::nullopt;
    }
    i.why = why;
    i.verify = tr("The output shows the planned values.");
    i.verifyCommand = getOutlookAnywhereCommand(c);
    return i;
}

std::optional<ChecklistItem> legacyAuthentication(const ServerChanges &c)
{
    if (c.activation == LegacyActivation::KeepAsIs || c.activation == LegacyActivation::NotLegacy)
        return std::nullopt;
    // Enable-OutlookAnywhere already wrote the methods (phase 4) when it runs.
    if (c.activation == LegacyActivation::Enable)
        return std::nullopt;
    const QList<ParameterChange> writes
        = c.writesOf({OaParameter::ClientAuthenticationMethod, OaParameter::IISAuthenticationMethods});
    if (writes.isEmpty())
        return std::nullopt;
    ChecklistItem i = serverItem(c, u"legacy-auth"_s,
                                 tr("Set client and IIS authentication for Outlook Anywhere on %1").arg(c.server),
                                 {u"PB-002"_s, u"PB-005"_s, u"F11"_s, u"F12"_s, u"F14"_s, u"F45"_s});
    i.action = tr("Set %1. Never use -DefaultAuthenticationMethod on a legacy server: it replaces the IIS methods "
                  "with a single one and can drop NTLM.")
                   .arg(valueList(writes));
    i.why = tr("ClientAuthenticationMethod is what Outlook is told to use; IISAuthenticationMethods is what /rpc "
               "accepts. The new Client Access servers reach /rpc with Windows authentication (NTLM), so NTLM must "
               "stay in the IIS methods.");
    i.command = legacyAuthenticationCommand(c, CommandStyle::Checklist);
    i.verify = tr("The output shows the planned values.");
    i.verifyCommand = getOutlookAnywhereCommand(c);
    return i;
}

std::optional<ChecklistItem> newCasOutlookAnywhere(const ServerChanges &c)
{
    if (c.isLegacy())
        return std::nullopt;
    const QString command = newCasOutlookAnywhereCommand(c, CommandStyle::Checklist);
    if (command.isEmpty())
        return std::nullopt;
    ChecklistItem i = serverItem(c, u"new-oa"_s, tr("Configure Outlook Anywhere on %1").arg(c.server),
                                 {u"PA-002"_s, u"PA-006"_s, u"PA-010"_s, u"F9"_s, u"F13"_s, u"F71"_s});
    i.action = tr("Set %1.").arg(valueList(c.writes()));
    i.why = tr("Exchange 2013 and later hand Outlook separate internal and external Outlook Anywhere settings; the "
               "client methods must be among the IIS methods of this server.");
    i.command = command;
    i.verify = tr("The output shows the planned values.");
    i.verifyCommand = getOutlookAnywhereCommand(c);
    return i;
}

std::optional<ChecklistItem> autodiscoverScp(const ServerChanges &c)
{
    const QString command = autodiscoverUriCommand(c, CommandStyle::Checklist);
    if (command.isEmpty())
        return std::nullopt;
    ChecklistItem i = serverItem(c, u"scp"_s, tr("Set the Autodiscover service connection point of %1").arg(c.server),
                                 {u"NS-004"_s, u"F70"_s});
    i.action = tr("Set AutoDiscoverServiceInternalUri to %1.").arg(c.autodiscoverUri->target.display());
    i.why = tr("Domain-joined Outlook clients find Autodiscover through this Active Directory entry; it should point "
               "to the Autodiscover name served by the new Client Access servers.");
    i.command = command;
    PsCommand get(c.getClientAccessCmdlet(), c.version);
    get.text("Identity"_L1, c.server);
    i.verify = tr("The output shows the planned URI.");
    i.verifyCommand = get.toString() + u" | Format-List Name,AutoDiscoverServiceInternalUri"_s;
    return i;
}

QList<ChecklistItem> refusedItems(const ServerChanges &c, ChecklistPhaseId phase)
{
    QList<ChecklistItem> out;
    const bool here = c.isLegacy() ? phase == ChecklistPhaseId::IisAndClientAuthentication
                                   : phase == ChecklistPhaseId::NewCasOutlookAnywhere;
    if (!here)
        return out;
    for (qsizetype n = 0; n < c.refused.size(); ++n) {
        ChecklistItem i = serverItem(c, u"invalid-value"_s, tr("Correct a planned value for %1").arg(c.server),
                                     {u"F11"_s, u"F12"_s, u"F13"_s});
        i.id += u'/' + QString::number(n + 1);
        i.action = c.refused[n];
        i.why = tr("The scripts never send a value that this version of Exchange does not accept.");
        i.verify = tr("Correct the plan and export the scripts again.");
        out.append(i);
    }
    return out;
}
} // namespace

QList<ChecklistItem> outlookAnywhereItems(const Topology &t, ChecklistPhaseId phase)
{
    QList<ChecklistItem> out;
    const QString ns = t.organization.namespaces.outlookAnywhereExternal;
    for (const ServerChanges &c : planServerChanges(t)) {
        std::optional<ChecklistItem> i;
        switch (phase) {
        case ChecklistPhaseId::LegacyOutlookAnywhere:
            i = legacyOutlookAnywhere(c, ns);
            break;
        case ChecklistPhaseId::IisAndClientAuthentication:
            i = legacyAuthentication(c);
            break;
        case ChecklistPhaseId::NewCasOutlookAnywhere:
            i = newCasOutlookAnywhere(c);
            break;
        case ChecklistPhaseId::Autodiscover:
            i = autodiscoverScp(c);
            break;
        default:
            break;
        }
        if (i)
            out.append(*i);
        out += refusedItems(c, phase);
    }
    return out;
}

} // namespace wizard
