// Checklist items derived from the topology, phase by phase (F70 orders the phases).
#include "checklistitems.h"
#include "topology/wording.h"

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

QString floorText(const Topology &t)
{
    bool has2007 = false, has2016 = false;
    for (const Server &s : t.servers) {
        has2007 |= s.version == ExchangeVersion::Ex2007;
        has2016 |= s.version == ExchangeVersion::Ex2016;
    }
    // F53 (2013), F54 (2016).
    if (has2016)
        return tr("Beside Exchange 2016 every Exchange 2010 server needs SP3 RU11 (14.3.266.2) or later and every "
                  "Exchange 2013 server CU10 (15.0.1130.7) or later; Exchange 2007 cannot coexist with 2016.");
    if (has2007)
        return tr("Exchange 2013 needs Exchange 2007 SP3 RU10 (8.3.298.3) on every 2007 server, Exchange 2010 SP3 "
                  "(14.3.123.4) on every 2010 server and CU2 (15.0.712.24) or later on every 2013 server.");
    return tr("Exchange 2013 needs Exchange 2010 SP3 (14.3.123.4) on every 2010 server and CU2 (15.0.712.24) or "
              "later on every 2013 server.");
}

QList<ChecklistItem> prerequisites(const Topology &t)
{
    QList<ChecklistItem> out;
    const QString floor = floorText(t);
    for (const Server &s : t.servers) {
        if (s.version == ExchangeVersion::Unknown) {
            ChecklistItem i
                = checklistItem(u"versions/"_s + s.name, tr("Find out which Exchange version %1 runs").arg(s.name),
                                {u"VER-001"_s, u"F37"_s});
            i.action = tr("Read its AdminDisplayVersion and record the version in the plan. Until then CoexPlan "
                          "cannot evaluate the rules that depend on it and writes no command for %1.")
                           .arg(s.name);
            i.why = floor;
            // Read from the new servers' shell: Get-ExchangeServer lists every version's
            // servers there, and this server's own shell is what is not known yet.
            i.verifyCommand = getExchangeServerVersionCommand(s.name, ExchangeVersion::Ex2013);
            i.verify = tr("The plan names the version that AdminDisplayVersion shows (never the ExchangeVersion of "
                          "an object, which is its schema version).");
            i.server = s.name;
            out.append(i);
            continue;
        }
        ChecklistItem i = checklistItem(
            u"versions/"_s + s.name,
            s.build.isKnown()
                ? tr("Confirm %1 runs %2, build %3")
                      .arg(s.name, exchangeVersionDisplayName(s.version), s.build.value().toString())
                : tr("Confirm the version and build of %1 (%2)").arg(s.name, exchangeVersionDisplayName(s.version)),
            {u"VER-001"_s, u"F53"_s, u"F54"_s, u"F39"_s});
        i.action = tr("Read the installed version before anything is changed, and record the update rollup "
                      "installed on 2007/2010 servers.");
        i.why = floor;
        i.verifyCommand = getExchangeServerVersionCommand(s.name, s.version);
        i.verify = tr("AdminDisplayVersion starts with \"%1\". The build does not always show the update rollup: "
                      "check it in Programs and Features.")
                       .arg(adminDisplayVersionPrefix(s.version).trimmed());
        i.server = s.name;
        out.append(i);
    }
    for (const Server &s : t.servers) {
        if (!isLegacyCas(s) || !s.outlookAnywhere.enabled.valueOr(false))
            continue;
        if (s.rpcOverHttpProxyInstalled.valueOr(false))
            continue; // recorded as installed: nothing to do
        ChecklistItem i
            = checklistItem(u"rpc-proxy/"_s + s.name,
                            s.rpcOverHttpProxyInstalled.isKnown()
                                ? tr("Install the RPC over HTTP Proxy feature on %1").arg(s.name)
                                : tr("Confirm the RPC over HTTP Proxy feature is installed on %1").arg(s.name),
                            {u"PB-006"_s, u"F3"_s, u"F73"_s});
        i.action = tr("Install the Windows feature before Outlook Anywhere is enabled or changed on this server.");
        i.why = tr("Enable-OutlookAnywhere only succeeds when the RPC over HTTP Proxy component is installed; "
                   "without it Outlook Anywhere never works on that server.");
        i.command = u"Import-Module ServerManager; Add-WindowsFeature RPC-over-HTTP-proxy"_s;
        i.shell = tr("Windows PowerShell on %1, as administrator").arg(s.name);
        i.verify = tr("The feature shows as installed.");
        i.verifyCommand = u"Import-Module ServerManager; Get-WindowsFeature RPC-over-HTTP-proxy"_s;
        i.server = s.name;
        out.append(i);
    }
    for (const Server &s : t.servers) {
        if (!isLegacyCas(s) || !s.operatingSystem.isKnown() || s.operatingSystem.value() != WindowsServer::WS2008R2)
            continue;
        ChecklistItem i = checklistItem(u"kb3140410/"_s + s.name,
                                        tr("Install security update KB3140410 on %1 and restart it").arg(s.name),
                                        {u"OPS-001"_s, u"F61"_s, u"F76"_s});
        i.action = tr("Install KB3140410 (MS16-031) on this Windows Server 2008 R2 Client Access server.");
        i.why = tr("Without it, once the computer password changes, users proxied through the new Client Access "
                   "servers are prompted for credentials again and again.");
        i.verify = tr("The update is listed under Installed Updates on %1.").arg(s.name);
        i.server = s.name;
        out.append(i);
    }
    if (!t.clientGroups.isEmpty()) {
        QStringList groups;
        for (const ClientGroup &g : t.clientGroups) {
            const QString sp = g.servicePack.isKnown()
                ? (g.servicePack.value() == 0 ? tr(" RTM") : tr(" SP%1").arg(g.servicePack.value()))
                : QString();
            groups.append(tr("%1: %2%3, %4")
                              .arg(g.name, outlookVersionDisplayName(g.outlook), sp,
                                   counted(g.headCount, tr("user"), tr("users"))));
        }
        ChecklistItem i
            = checklistItem(u"clients/outlook"_s, tr("Confirm every Outlook client meets the minimum version"),
                            {u"CLI-001"_s, u"CLI-002"_s, u"F42"_s, u"F56"_s});
        i.action = tr("Update clients before the namespace moves. Client groups in this plan: %1.")
                       .arg(groups.join(u"; "_s));
        i.why = tr("Exchange 2013 supports Outlook 2007 SP3 and Outlook 2010 SP1 or later, with the latest updates; "
                   "Exchange 2016 supports Outlook 2010 SP2 or later. Outlook 2003 cannot connect at all.");
        i.verify = tr("Help > About in Outlook, or your software inventory, shows the version and service pack.");
        out.append(i);
    }
    return out;
}

QList<ChecklistItem> namespaces(const Topology &t)
{
    QList<ChecklistItem> out;
    const Namespaces &ns = t.organization.namespaces;
    QStringList names;
    if (!ns.outlookAnywhereExternal.isEmpty())
        names.append(tr("Outlook Anywhere (External): %1").arg(ns.outlookAnywhereExternal));
    if (!ns.outlookAnywhereInternal.isEmpty())
        names.append(tr("Outlook Anywhere (Internal): %1").arg(ns.outlookAnywhereInternal));
    if (!ns.autodiscover.isEmpty())
        names.append(tr("Autodiscover: %1").arg(ns.autodiscover));
    if (!names.isEmpty()) {
        ChecklistItem i
            = checklistItem(u"namespaces/plan"_s, tr("Agree the host names clients will use"), {u"F50"_s, u"F34"_s});
        i.action = tr("Confirm these names with the DNS and firewall owners: %1.").arg(names.join(u"; "_s));
        i.why = tr("Every Outlook client reaches Exchange through these names once the namespace moves; they must "
                   "be on the certificate and resolve to the new Client Access servers.");
        i.verify = tr("The names are in DNS (internal and external as planned) and on the certificate order.");
        out.append(i);
    }
    if (!ns.legacy.isEmpty()) {
        bool has2007 = false;
        for (const Server &s : t.servers)
            has2007 |= s.version == ExchangeVersion::Ex2007;
        if (has2007) {
            ChecklistItem i = checklistItem(u"namespaces/legacy"_s,
                                            tr("Create the legacy host name %1 for Exchange 2007").arg(ns.legacy),
                                            {u"NS-003"_s, u"F40"_s, u"F50"_s, u"F51"_s});
            i.action = tr("Create DNS records for %1 pointing to the Exchange 2007 Client Access servers, before "
                          "Exchange 2013 is installed, and use it for the 2007 external URLs.")
                           .arg(ns.legacy);
            i.why = tr("Exchange 2013 redirects Exchange 2007 web clients to the legacy name (Outlook Anywhere itself "
                       "is proxied, so the 2007 Outlook Anywhere host name stays the new namespace).");
            i.verify = tr("nslookup %1 answers with the Exchange 2007 Client Access servers.").arg(ns.legacy);
            out.append(i);
        }
    }
    for (const CasArray &a : t.casArrays) {
        ChecklistItem i
            = checklistItem(u"cas-array/"_s + a.name,
                            tr("Keep the CAS array name %1 internal and apart from the new namespace").arg(a.fqdn),
                            {u"NS-001"_s, u"F48"_s, u"F49"_s, u"F78"_s});
        i.action = tr("Confirm %1 (%2) resolves only inside the network and is not a name that moves to the new "
                      "Client Access servers.")
                       .arg(a.fqdn, a.name);
        i.why = tr("Internal Outlook clients of Exchange 2010 mailboxes keep using RPC over TCP to the CAS array; if "
                   "its name moves to Exchange 2013 they lose their connection.");
        i.verify = tr("nslookup %1 answers with the Exchange 2010 Client Access servers only.").arg(a.fqdn);
        out.append(i);
    }
    return out;
}

QList<ChecklistItem> certificates(const Topology &t)
{
    QList<ChecklistItem> out;
    const Namespaces &ns = t.organization.namespaces;
    QStringList needed;
    for (const QString &n : {ns.outlookAnywhereExternal, ns.outlookAnywhereInternal, ns.autodiscover}) {
        if (!n.isEmpty() && !needed.contains(n, Qt::CaseInsensitive))
            needed.append(n);
    }
    for (const Server &s : t.servers) {
        if (!isNewCas(s))
            continue;
        QStringList planned;
        for (const Certificate &c : t.certificates) {
            if (c.servers.contains(s.name, Qt::CaseInsensitive))
                planned.append(c.notAfter.isEmpty() ? c.name : tr("%1 (valid until %2)").arg(c.name, c.notAfter));
        }
        ChecklistItem i
            = checklistItem(u"certificate/"_s + s.name, tr("Enable a CA-issued certificate for IIS on %1").arg(s.name),
                            {u"CERT-001"_s, u"F2"_s, u"F50"_s, u"F60"_s});
        i.action = planned.isEmpty()
            ? tr("Install a certificate from a trusted CA that covers %1 and enable it for IIS.")
                  .arg(needed.join(u", "_s))
            : tr("Install %1, which must cover %2, and enable it for IIS.")
                  .arg(planned.join(u", "_s), needed.join(u", "_s));
        i.why = tr("Outlook Anywhere does not work with the self-signed certificate; every name clients use must be "
                   "on the certificate.");
        PsCommand get("Get-ExchangeCertificate"_L1, s.version);
        get.text("Server"_L1, s.name);
        i.verify = tr("IsSelfSigned is False, Services include IIS and CertificateDomains list every name above.");
        i.verifyCommand = get.toString()
            + u" | Format-List FriendlyName,Subject,CertificateDomains,Services,IsSelfSigned,NotAfter"_s;
        i.shell = managementShellName(s.version);
        i.server = s.name;
        out.append(i);
    }
    if (!ns.legacy.isEmpty()) {
        for (const Server &s : t.servers) {
            if (s.version != ExchangeVersion::Ex2007 || !s.roles.clientAccess)
                continue;
            ChecklistItem i = checklistItem(u"certificate-legacy/"_s + s.name,
                                            tr("Put %1 on the certificate of %2").arg(ns.legacy, s.name),
                                            {u"CERT-003"_s, u"F50"_s, u"F60"_s});
            i.action = tr("Re-issue the Exchange 2007 certificate so that it also covers %1.").arg(ns.legacy);
            i.why = tr("Clients redirected to the legacy host name must find it on the certificate of the Exchange "
                       "2007 Client Access server.");
            i.verify = tr("The certificate's names include %1.").arg(ns.legacy);
            i.server = s.name;
            out.append(i);
        }
    }
    return out;
}

} // namespace

ChecklistItem checklistItem(const QString &id, const QString &title, const QStringList &references)
{
    ChecklistItem i;
    i.id = id;
    i.title = title;
    i.references = references;
    return i;
}

QString managementShellName(ExchangeVersion v)
{
    return tr("%1 Management Shell").arg(exchangeVersionDisplayName(v));
}

QList<ChecklistItem> topologyItems(const Topology &topology, ChecklistPhaseId phase)
{
    switch (phase) {
    case ChecklistPhaseId::Prerequisites:
        return prerequisites(topology);
    case ChecklistPhaseId::NamespacesAndDns:
        return namespaces(topology);
    case ChecklistPhaseId::Certificates:
        return certificates(topology);
    case ChecklistPhaseId::LegacyOutlookAnywhere:
    case ChecklistPhaseId::IisAndClientAuthentication:
    case ChecklistPhaseId::NewCasOutlookAnywhere:
    case ChecklistPhaseId::Autodiscover:
        return outlookAnywhereItems(topology, phase);
    default:
        return laterItems(topology, phase);
    }
}

} // namespace wizard
