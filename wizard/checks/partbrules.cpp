// Part B: the new CAS proxies Outlook Anywhere to legacy CAS (RULEBOOK §3, tier 1).
//
// Common reading of the inputs: a legacy CAS whose Outlook Anywhere is known to be off
// is PB-001's subject only (its fix, Enable-OutlookAnywhere, sets the other values);
// PB-002..PB-005 look at legacy CAS whose Outlook Anywhere is on, and say "cannot
// evaluate" when that is not recorded (RULEBOOK §1).
#include "findingbuilder.h"
#include "outlookanywherecommands.h"
#include "powershell/psquote.h"
#include "rule.h"
#include "sources.h"
#include "translationmemo.h"

#include <QHash>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return checkText(text);
}

bool isKnownOff(const OutlookAnywhereSettings &oa)
{
    return oa.enabled.isKnown() && !oa.enabled.value();
}

QString versionName(const Server &s)
{
    return checkVersionName(s.version);
}

// An Exchange 2010 public folder server must run Outlook Anywhere for newer mailboxes to
// open its folders (F57); 2007 public folder servers need no CAS role.
bool hostsPublicFoldersForNewMailboxes(const Server &cas)
{
    return cas.version == ExchangeVersion::Ex2010 && cas.roles.publicFolders;
}

// The names of the legacy mailbox servers a legacy CAS serves on the proxy hop (see
// CheckContext::legacyMailboxServersServedBy: same version, same AD site, U8).
QStringList servedMailboxServers(const CheckContext &context, const Server &cas)
{
    QStringList names;
    for (const Server *s : context.legacyMailboxServersServedBy(cas))
        names.append(s == &cas ? tr("%1 itself").arg(s->name) : s->name);
    return names;
}

// Client groups that reach one of `mailboxServers` from outside (external or both): their
// Outlook Anywhere connections to legacy mailboxes are proxied to a legacy CAS once the
// namespace moves (RULEBOOK C4: a real dependency).
// The client groups that reach mailboxes from outside (external or both), by the mailbox
// server they name: built once per run of the rule, so that each legacy CAS costs a
// lookup per mailbox server it serves rather than a pass over every group's names.
class ExternalGroupsByMailboxServer
{
public:
    explicit ExternalGroupsByMailboxServer(const CheckContext &context)
        : m_groups(context.topology.clientGroups)
    {
        for (qsizetype g = 0; g < m_groups.size(); ++g) {
            if (m_groups[g].location == ClientLocation::Internal)
                continue;
            for (const QString &name : m_groups[g].mailboxServers) {
                // The context's lookup folds case as the plan's names are compared.
                if (const Server *server = context.server(name))
                    m_byServer[server].append(g);
            }
        }
    }

    // The names of the groups that reach any of `mailboxServers`, in plan order.
    QStringList reaching(const QList<const Server *> &mailboxServers) const
    {
        QList<qsizetype> indices;
        for (const Server *server : mailboxServers)
            indices += m_byServer.value(server);
        std::sort(indices.begin(), indices.end());
        indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
        QStringList names;
        names.reserve(indices.size());
        for (qsizetype g : indices)
            names.append(m_groups[g].name);
        return names;
    }

private:
    const QList<ClientGroup> &m_groups;
    QHash<const Server *, QList<qsizetype>> m_byServer;
};

// C4: legacy Outlook Anywhere is required only when something depends on it.
bool outlookAnywhereIsNeeded(const CheckContext &context, const Server &cas)
{
    return hostsPublicFoldersForNewMailboxes(cas) || !context.legacyMailboxServersServedBy(cas).isEmpty();
}

// "Cannot evaluate" text naming exactly what is missing on a legacy CAS.
QString missingOnLegacyCas(const Server &cas, bool enabledUnknown, const QString &field, bool fieldUnknown)
{
    if (enabledUnknown && fieldUnknown)
        return tr("whether Outlook Anywhere is enabled on %1, and its %2, are not recorded").arg(cas.name, field);
    if (enabledUnknown)
        return tr("whether Outlook Anywhere is enabled on %1 is not recorded").arg(cas.name);
    return tr("the %1 of %2 is not recorded").arg(field, cas.name);
}

// PB-001: once the namespace moves, the new CAS proxies Outlook Anywhere for a legacy
// mailbox to the /rpc directory of a legacy CAS, so that CAS must run Outlook Anywhere
// (F1, F3, F41, F72); a 2010 public folder server must run it for newer mailboxes to
// open its folders (F57). C4: an error only when such a dependency exists (see
// CheckContext::legacyMailboxServersServedBy for the reading of "the mailboxes it serves"). Unknown
// "enabled" with a dependency: cannot evaluate.
class LegacyCasOutlookAnywhereOffRule final : public Rule
{
public:
    QString id() const override { return u"PB-001"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        std::optional<ExternalGroupsByMailboxServer> externalGroups; // built for the first CAS that needs it
        for (const Server *cas : context.legacyCas()) {
            const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
            if (oa.enabled.isKnown() && oa.enabled.value())
                continue;
            const QStringList served = servedMailboxServers(context, *cas);
            const bool hostsPublicFolders = hostsPublicFoldersForNewMailboxes(*cas);
            if (served.isEmpty() && !hostsPublicFolders)
                continue;
            const QStringList fields{QString(oafield::enabled)};
            if (oa.enabled.isUnknown()) {
                out.append(
                    cannotEvaluate(id(), serverSubject(*cas), fields,
                                   tr("whether Outlook Anywhere is enabled on %1 is not recorded").arg(cas->name),
                                   QString(source::outlookAnywhere2013)));
                continue;
            }
            if (!externalGroups)
                externalGroups.emplace(context);
            const QStringList external = externalGroups->reaching(context.legacyMailboxServersServedBy(*cas));
            // C4 / F97: an error only with a recorded dependency; otherwise a warning that
            // explains the choice (Microsoft: an organization that does not use Outlook
            // Anywhere need not enable it on legacy servers).
            const bool dependency = hostsPublicFolders || !external.isEmpty();
            out.append(Finding{
                .ruleId = id(),
                .severity = dependency ? Severity::Error : Severity::Warning,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = dependency
                    ? message(*cas, served, hostsPublicFolders, external)
                    : tr("%1 (%2) has Outlook Anywhere disabled; no client group in the plan reaches the mailboxes on "
                         "%3 from outside, so whether it must run Outlook Anywhere depends on how those users "
                         "connect.")
                          .arg(cas->name, versionName(*cas), nameList(served)),
                .why = dependency
                    ? tr("Once the namespace points to Exchange 2013 or later, Outlook Anywhere for a legacy mailbox "
                         "is proxied to the /rpc directory of a legacy Client Access server of the mailbox's "
                         "version, so that server must run Outlook Anywhere; an Exchange 2010 public folder server "
                         "needs it too before newer mailboxes can open its folders.")
                    : tr("Microsoft says an organization that does not use Outlook Anywhere need not enable it on its "
                         "legacy servers. It is needed when users of these mailboxes connect from outside or are "
                         "told to use Outlook Anywhere inside, or when mailboxes on Exchange 2013 or later open "
                         "shared mailboxes on them: then enable it (the fix), else record the client groups and "
                         "leave it off."),
                .fix
                = enableOutlookAnywhereCommand(*cas, context.topology.organization.namespaces.outlookAnywhereExternal),
                .source = QString(source::outlookAnywhere2013),
            });
        }
    }

private:
    static QString message(const Server &cas, const QStringList &served, bool hostsPublicFolders,
                           const QStringList &external)
    {
        if (served.isEmpty()) {
            return tr("%1 (%2) has Outlook Anywhere disabled, but it hosts public folders that mailboxes on Exchange "
                      "2013 or later open through Outlook Anywhere.")
                .arg(cas.name, versionName(cas));
        }
        if (hostsPublicFolders) {
            return tr("%1 (%2) has Outlook Anywhere disabled, but the new Client Access servers must proxy Outlook "
                      "Anywhere to it for the mailboxes on %3, and it hosts public folders that newer mailboxes open.")
                .arg(cas.name, versionName(cas), nameList(served));
        }
        return tr("%1 (%2) has Outlook Anywhere disabled, but the new Client Access servers must proxy Outlook "
                  "Anywhere to it for the mailboxes on %3, which %4 reach from outside.")
            .arg(cas.name, versionName(cas), nameList(served), nameList(external));
    }
};

// PB-002: the new CAS authenticates the user itself and proxies to the legacy /rpc
// vdir with Windows authentication; without Ntlm there, legacy-mailbox users are
// prompted endlessly once the namespace moves (F12, F41, F45, F75; C3).
class LegacyCasLacksNtlmRule final : public Rule
{
public:
    QString id() const override { return u"PB-002"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        for (const Server *cas : context.legacyCas()) {
            const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
            if (isKnownOff(oa))
                continue; // PB-001 covers a disabled Outlook Anywhere
            const QStringList fields{QString(oafield::iisAuthenticationMethods)};
            if (oa.enabled.isUnknown() || oa.iisAuthenticationMethods.isUnknown()) {
                out.append(
                    cannotEvaluate(id(), serverSubject(*cas), fields,
                                   missingOnLegacyCas(*cas, oa.enabled.isUnknown(), u"IISAuthenticationMethods"_s,
                                                      oa.iisAuthenticationMethods.isUnknown()),
                                   QString(source::outlookAnywhere2013)));
                continue;
            }
            if (oa.iisAuthenticationMethods.value().contains(AuthMethod::Ntlm))
                continue;
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Error;
            f.subject = serverSubject(*cas);
            f.fields = fields;
            f.message = tr("%1 (%2) does not allow NTLM on its Outlook Anywhere virtual directory (IIS methods: %3).")
                            .arg(cas->name, versionName(*cas),
                                 oa.iisAuthenticationMethods.value().isEmpty()
                                     ? tr("none")
                                     : oa.iisAuthenticationMethods.value().toProseString());
            f.why = tr("The Exchange 2013 or later Client Access server proxies Outlook Anywhere to the legacy /rpc "
                       "directory with Windows (NTLM) authentication. Without NTLM there, users whose mailboxes are "
                       "still on legacy servers get endless password prompts once the namespace points to the new "
                       "servers.");
            f.fix
                = setOutlookAnywhereCommand(*cas, {PsArgument::token("IISAuthenticationMethods"_L1, u"Basic,NTLM"_s)});
            f.source = QString(source::outlookAnywhere2013);
            out.append(f);
        }
    }
};

// PB-003: Autodiscover answers for a legacy mailbox with the legacy CAS's own Outlook
// Anywhere settings, so its ExternalHostname is the name legacy users are sent to; it
// must be the namespace the new CAS answers on (F41, F43, F51). "The namespace" is
// organization.namespaces.outlookAnywhereExternal. An Exchange 2007 CAS whose
// ExternalHostname is the legacy namespace is left to PB-004 (a warning), so the same
// value is not reported twice with two severities.
class LegacyExternalHostnameNotNamespaceRule final : public Rule
{
public:
    QString id() const override { return u"PB-003"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const Namespaces &ns = context.topology.organization.namespaces;
        if (ns.outlookAnywhereExternal.trimmed().isEmpty()) {
            // Nothing to compare with: one info on the organization, where the value is missing.
            const bool anyCandidate = std::any_of(context.legacyCas().cbegin(), context.legacyCas().cend(),
                                                  [](const Server *s) { return !isKnownOff(s->outlookAnywhere); });
            if (anyCandidate) {
                out.append(cannotEvaluate(id(), organizationSubject(), {u"namespaces.outlookAnywhereExternal"_s},
                                          tr("the Outlook Anywhere namespace (the host name clients will use) is not "
                                             "planned"),
                                          QString(source::outlookAnywhere2013)));
            }
            return;
        }
        for (const Server *cas : context.legacyCas()) {
            const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
            if (isKnownOff(oa))
                continue; // PB-001
            const QStringList fields{QString(oafield::externalHostname)};
            if (oa.enabled.isUnknown() || oa.externalHostname.isUnknown()) {
                out.append(cannotEvaluate(id(), serverSubject(*cas), fields,
                                          missingOnLegacyCas(*cas, oa.enabled.isUnknown(), u"ExternalHostname"_s,
                                                             oa.externalHostname.isUnknown()),
                                          QString(source::outlookAnywhere2013)));
                continue;
            }
            const QString &host = oa.externalHostname.value();
            if (sameHostName(host, ns.outlookAnywhereExternal))
                continue;
            if (cas->version == ExchangeVersion::Ex2007 && !ns.legacy.trimmed().isEmpty()
                && sameHostName(host, ns.legacy))
                continue; // PB-004
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Error,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = host.trimmed().isEmpty()
                    ? tr("%1 (%2) has no Outlook Anywhere ExternalHostname; it must be the namespace %3.")
                          .arg(cas->name, versionName(*cas), ns.outlookAnywhereExternal)
                    : tr("%1 (%2) gives its Outlook Anywhere clients the host name %3 instead of the namespace %4.")
                          .arg(cas->name, versionName(*cas), host, ns.outlookAnywhereExternal),
                .why = tr("Users whose mailboxes are still on a legacy server get the Outlook Anywhere host name from "
                          "that server's own settings, so it must be the namespace that now reaches the Exchange 2013 "
                          "or later Client Access servers."),
                .fix = setOutlookAnywhereCommand(*cas,
                                                 {hostNameArgument("ExternalHostname"_L1, ns.outlookAnywhereExternal)}),
                .source = QString(source::outlookAnywhere2013),
            });
        }
    }
};

// PB-004: Outlook Anywhere for Exchange 2007 mailboxes is always proxied by the new
// CAS, never redirected to the legacy namespace, so a 2007 CAS must not hand out the
// legacy name (F40, F51). Source: "Outlook Anywhere: Exchange 2013 Help" (S10), which
// tells to point the 2007/2010 external host name at the Exchange 2013 one and links the
// 2007 instructions (the 2007 checklist, cited before, names the legacy host name but
// not this). Without a planned legacy namespace there is nothing to compare (NS-003).
class Exchange2007HostnameIsLegacyNamespaceRule final : public Rule
{
public:
    QString id() const override { return u"PB-004"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const Namespaces &ns = context.topology.organization.namespaces;
        if (ns.legacy.trimmed().isEmpty())
            return;
        for (const Server *cas : context.legacyCas()) {
            const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
            if (cas->version != ExchangeVersion::Ex2007 || isKnownOff(oa))
                continue;
            const QStringList fields{QString(oafield::externalHostname)};
            if (oa.enabled.isUnknown() || oa.externalHostname.isUnknown()) {
                out.append(cannotEvaluate(id(), serverSubject(*cas), fields,
                                          missingOnLegacyCas(*cas, oa.enabled.isUnknown(), u"ExternalHostname"_s,
                                                             oa.externalHostname.isUnknown()),
                                          QString(source::outlookAnywhere2013)));
                continue;
            }
            if (!sameHostName(oa.externalHostname.value(), ns.legacy))
                continue;
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Warning,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = tr("%1 (Exchange 2007) gives its Outlook Anywhere clients the legacy namespace %2 instead "
                              "of the namespace %3.")
                               .arg(cas->name, oa.externalHostname.value(),
                                    ns.outlookAnywhereExternal.trimmed().isEmpty() ? tr("(not planned)")
                                                                                   : ns.outlookAnywhereExternal),
                .why
                = tr("The legacy namespace is for the Exchange 2007 workloads that are redirected, such as Outlook "
                     "Web App; Outlook Anywhere for 2007 mailboxes is proxied by the Exchange 2013 servers, and "
                     "Microsoft's Outlook Anywhere page for Exchange 2013 says to point the external host name of "
                     "the 2007 and 2010 Client Access servers at the Exchange 2013 host name."),
                .fix = setOutlookAnywhereCommand(*cas,
                                                 {hostNameArgument("ExternalHostname"_L1, ns.outlookAnywhereExternal)}),
                .source = QString(source::outlookAnywhere2013),
            });
        }
    }
};

// PB-005: a 2007 SP1+/2010 ClientAuthenticationMethod can only be Basic or Ntlm; other
// values of the enum (Negotiate is not one on these versions; NegoEx, MaxValidValue,
// Misconfigured...) make authentication fail (F11).
class LegacyClientMethodInvalidRule final : public Rule
{
public:
    QString id() const override { return u"PB-005"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        for (const Server *cas : context.legacyCas()) {
            const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
            if (isKnownOff(oa))
                continue; // PB-001
            const QStringList fields{QString(oafield::clientAuthenticationMethod)};
            if (oa.enabled.isUnknown() || oa.clientAuthenticationMethod.isUnknown()) {
                out.append(
                    cannotEvaluate(id(), serverSubject(*cas), fields,
                                   missingOnLegacyCas(*cas, oa.enabled.isUnknown(), u"ClientAuthenticationMethod"_s,
                                                      oa.clientAuthenticationMethod.isUnknown()),
                                   QString(source::setOutlookAnywhere)));
                continue;
            }
            const AuthMethod method = oa.clientAuthenticationMethod.value();
            if (method == AuthMethod::Basic || method == AuthMethod::Ntlm)
                continue;
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Error,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = tr("%1 (%2) tells Outlook Anywhere clients to authenticate with %3, which Exchange 2007 "
                              "and 2010 do not support as a client method.")
                               .arg(cas->name, versionName(*cas), authMethodDisplayName(method)),
                .why = tr("For coexistence the Outlook Anywhere client method of Exchange 2007 and 2010 must be "
                          "Basic or NTLM. Set-OutlookAnywhere does not accept Negotiate there (Exchange 2010 takes "
                          "Basic or Ntlm); a value such as NegoEx or Misconfigured can only come from elsewhere (an "
                          "edit outside the cmdlet, or a reading from another version's shell) and makes "
                          "authentication fail."),
                .fix
                = setOutlookAnywhereCommand(*cas, {PsArgument::token("ClientAuthenticationMethod"_L1, u"Basic"_s)}),
                .source = QString(source::setOutlookAnywhere),
            });
        }
    }
};

// How to install the RPC over HTTP Proxy component on the server's Windows (FACTS F94,
// issue 13): 2008 R2 and later have the ServerManager module; 2008 only
// ServerManagerCmd.exe; 2003 has no command-line method in the sources, only Windows
// Components. Each runs locally on that server, not in the Exchange Management Shell.
// With the system not recorded, the choice is given instead of a command that may fail.
QString rpcProxyInstallStep(const Server &cas)
{
    if (!cas.operatingSystem.isKnown()) {
        return tr("On %1 itself (not in the Exchange Management Shell), as an administrator, by its Windows version: "
                  "Windows Server 2008 R2 or later: Import-Module ServerManager; Add-WindowsFeature "
                  "RPC-over-HTTP-proxy. Windows Server 2008: ServerManagerCmd -install RPC-over-HTTP-proxy. Windows "
                  "Server 2003: Control Panel, Add or Remove Programs, Add/Remove Windows Components, Networking "
                  "Services, Details, RPC over HTTP Proxy. Record the operating system in the plan for the one "
                  "command.")
            .arg(cas.name);
    }
    switch (cas.operatingSystem.value()) {
    case WindowsServer::WS2003:
        return tr("On %1 (Windows Server 2003), as an administrator: Control Panel, Add or Remove Programs, "
                  "Add/Remove Windows Components, Networking Services, Details, select RPC over HTTP Proxy, then OK "
                  "and Next.")
            .arg(cas.name);
    case WindowsServer::WS2008:
        return tr("On %1 (Windows Server 2008), in an elevated command prompt on that server: ServerManagerCmd "
                  "-install RPC-over-HTTP-proxy")
            .arg(cas.name);
    default:
        // A command (the checklist shows it as one), with where it runs as a comment.
        // Windows commands (any shell, the table's "windows" rows), run on that server.
        PsCommand import("Import-Module"_L1, std::nullopt);
        import.positionalToken("ServerManager"_L1);
        PsCommand add("Add-WindowsFeature"_L1, std::nullopt);
        add.positionalToken("RPC-over-HTTP-proxy"_L1)
            .trailingComment(
                tr("on %1 itself (Windows Server %2), in an elevated Windows PowerShell there, not in "
                   "the Exchange Management Shell of another server")
                    .arg(cas.name, windowsServerToken(cas.operatingSystem.value()).replace(u"R2"_s, u" R2"_s)));
        return import.toString() + u"; "_s + add.toString();
    }
}

QString rpcProxySource(const Server &cas)
{
    if (!cas.operatingSystem.isKnown())
        return QString(source::rpcProxyFeature2008R2);
    switch (cas.operatingSystem.value()) {
    case WindowsServer::WS2003:
        return QString(source::enableOutlookAnywhere2007);
    case WindowsServer::WS2008:
        return QString(source::prerequisites2007OnWindows2008);
    default:
        return QString(source::rpcProxyFeature2008R2);
    }
}

// PB-006: Outlook Anywhere on 2007/2010 runs on the Windows RPC over HTTP Proxy
// component: Exchange 2010's Enable-OutlookAnywhere page names it as a prerequisite and
// 2007 logs event 2003 without it (F3, F73, F81). "Is to run Outlook Anywhere": enabled
// in the target, or disabled while PB-001 demands it (its Enable-OutlookAnywhere fix
// needs the feature first, F3).
class RpcOverHttpProxyMissingRule final : public Rule
{
public:
    QString id() const override { return u"PB-006"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        for (const Server *cas : context.legacyCas()) {
            const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
            if (isKnownOff(oa) && !outlookAnywhereIsNeeded(context, *cas))
                continue;
            const Setting<bool> &feature = cas->rpcOverHttpProxyInstalled;
            if (feature.isKnown() && feature.value())
                continue;
            const QStringList fields{u"rpcOverHttpProxyInstalled"_s};
            if (oa.enabled.isUnknown() || feature.isUnknown()) {
                out.append(
                    cannotEvaluate(id(), serverSubject(*cas), fields,
                                   missingOnLegacyCas(*cas, oa.enabled.isUnknown(),
                                                      tr("RPC over HTTP Proxy feature state"), feature.isUnknown()),
                                   QString(source::enableOutlookAnywhere)));
                continue;
            }
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Error,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = oa.enabled.value()
                    ? tr("%1 (%2) runs Outlook Anywhere, but the RPC over HTTP Proxy Windows feature is recorded as "
                         "not installed on it.")
                          .arg(cas->name, versionName(*cas))
                    : tr("%1 (%2) must run Outlook Anywhere (PB-001), but the RPC over HTTP Proxy Windows feature is "
                         "recorded as not installed on it; install it before enabling Outlook Anywhere.")
                          .arg(cas->name, versionName(*cas)),
                .why = cas->version == ExchangeVersion::Ex2007
                    ? tr("Outlook Anywhere on Exchange 2007 is served by the Windows RPC over HTTP Proxy component: "
                         "without it Exchange 2007 logs event 2003 and never serves Outlook Anywhere.")
                    : tr("Outlook Anywhere on Exchange 2010 is served by the Windows RPC over HTTP Proxy component, "
                         "which Microsoft lists as a prerequisite of Enable-OutlookAnywhere."),
                .fix = rpcProxyInstallStep(*cas),
                .source = rpcProxySource(*cas),
            });
        }
    }
};
} // namespace

void addPartBRules(RuleList &rules)
{
    rules.push_back(needingClientAccessVersion(std::make_unique<LegacyCasOutlookAnywhereOffRule>()));
    rules.push_back(needingClientAccessVersion(std::make_unique<LegacyCasLacksNtlmRule>()));
    rules.push_back(needingClientAccessVersion(std::make_unique<LegacyExternalHostnameNotNamespaceRule>()));
    rules.push_back(needingClientAccessVersion(std::make_unique<Exchange2007HostnameIsLegacyNamespaceRule>()));
    rules.push_back(needingClientAccessVersion(std::make_unique<LegacyClientMethodInvalidRule>()));
    rules.push_back(needingClientAccessVersion(std::make_unique<RpcOverHttpProxyMissingRule>()));
}

} // namespace wizard
