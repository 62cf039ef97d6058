// The connectivity test plan (issue 17): one test per client scenario, generated from
// the scenario's flow, so every expected value is the one the plan gives that client.
#include "testplan.h"

#include "checklistitems.h"
#include "powershell/pscommand.h"
#include "scriptcommon.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

// The hops of one flow the tests talk about (each may be absent).
struct ScenarioHops
{
    const Hop *autodiscover = nullptr;
    const Hop *partA = nullptr;
    const Hop *rpcTcp = nullptr;
    const Hop *partB = nullptr;
};

ScenarioHops hopsOf(const Flow &flow)
{
    ScenarioHops h;
    for (const Hop &hop : flow.hops) {
        switch (hop.kind) {
        case HopKind::Autodiscover:
            h.autodiscover = &hop;
            break;
        case HopKind::PartA:
            h.partA = &hop;
            break;
        case HopKind::RpcTcp:
            h.rpcTcp = &hop;
            break;
        case HopKind::PartB:
            h.partB = &hop;
            break;
        case HopKind::Mailbox:
            break;
        }
    }
    return h;
}

QString orNotRecorded(const QString &value)
{
    return value.isEmpty() ? tr("(not recorded in the plan)") : value;
}

// The rule ids behind the flow's verdicts, sorted and unique: what the test proves fixed.
QStringList ruleIdsOf(const Flow &flow)
{
    QStringList ids;
    for (const Hop &hop : flow.hops)
        ids += hop.ruleIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// The TLS principal Outlook checks on the RPC proxy (F32, F60, CERT-002): the EXPR
// CertPrincipalName when the plan sets one, else msstd: and the proxy's host name.
QString principalName(const Topology &t, const QString &host)
{
    const Setting<QString> &cpn = t.organization.expressCertPrincipalName;
    if (cpn.isKnown() && !cpn.value().trimmed().isEmpty())
        return cpn.value();
    return host.isEmpty() ? QString() : u"msstd:"_s + host;
}

// What Outlook's Connection Status shows in its Authn column for the method: Basic is
// sent in the clear inside TLS ("Clear*"), NTLM and Negotiate as "Nego*" (the * marks
// the HTTP layer).
QString authnColumn(const QString &method)
{
    if (method.compare(u"Basic"_s, Qt::CaseInsensitive) == 0)
        return u"Clear*"_s;
    if (method.isEmpty())
        return tr("(the method is not recorded)");
    return u"Nego*"_s;
}

// The database a deep-test probe of 2013/2016 logs on to: the first of the mailbox
// server's databases in the plan (the probe name takes it case-sensitively).
QString firstDatabaseOn(const Topology &t, const QString &server)
{
    for (const MailboxDatabase &db : t.databases) {
        if (!db.isPublicFolderDatabase && db.server.compare(server, Qt::CaseInsensitive) == 0)
            return db.name;
    }
    return {};
}

// Test-OutlookConnectivity in the form of the mailbox's version (office-docs-powershell
// Test-OutlookConnectivity.md): Exchange 2010 takes -Identity with the RpcProxyServer
// set (-GetDefaultsFromAutodiscover, -RpcProxyAuthenticationType) or the Protocol set
// for RPC/TCP; 2013 and later run a monitoring probe (-ProbeIdentity, -MailboxId,
// -Credential, -RunFromServerId). No Exchange 2007 form exists (Applicable: 2010+).
QString outlookConnectivityTest(const Topology &t, const Server &mailbox, const ScenarioHops &hops)
{
    if (mailbox.version == ExchangeVersion::Ex2007)
        return {};
    PsCommand test("Test-OutlookConnectivity"_L1, mailbox.version);
    if (mailbox.version == ExchangeVersion::Ex2010) {
        test.variable("Identity"_L1, "TestMailbox"_L1).variable("MailboxCredential"_L1, "Credential"_L1);
        if (hops.rpcTcp) {
            test.text("Protocol"_L1, u"TCP"_s);
        } else {
            test.boolean("GetDefaultsFromAutodiscover"_L1, true);
            if (hops.partA && !hops.partA->authMethod.isEmpty())
                test.text("RpcProxyAuthenticationType"_L1, hops.partA->authMethod);
        }
    } else {
        const QString database = firstDatabaseOn(t, mailbox.name);
        test.text("ProbeIdentity"_L1,
                  database.isEmpty() ? u"Outlook.Protocol\\OutlookRpcDeepTestProbe"_s
                                     : u"Outlook.Protocol\\OutlookRpcDeepTestProbe\\"_s + database);
        test.variable("MailboxId"_L1, "TestMailbox"_L1).variable("Credential"_L1, "Credential"_L1);
        test.text("RunFromServerId"_L1, mailbox.name);
    }
    return test.stopOnError().toString();
}

// Test-OutlookWebServices is functional only in Exchange 2010: it checks what
// Autodiscover returns for the mailbox (Outlook Anywhere among it). Empty for others.
QString outlookWebServicesTest(const Server &mailbox, const ScenarioHops &hops)
{
    if (mailbox.version != ExchangeVersion::Ex2010)
        return {};
    const QString cas = hops.autodiscover ? hops.autodiscover->answeredBy : QString();
    PsCommand tows("Test-OutlookWebServices"_L1, ExchangeVersion::Ex2010);
    tows.variable("Identity"_L1, "TestMailbox"_L1);
    if (!cas.isEmpty())
        tows.text("ClientAccessServer"_L1, cas);
    return tows.stopOnError().toString();
}

QString scenarioTitle(const Flow &flow)
{
    return flow.location == ClientLocation::External ? tr("%1 from outside").arg(flow.clientGroup)
                                                     : tr("%1 inside the network").arg(flow.clientGroup);
}
} // namespace

QString connectivityPromptLines(const QString &mailboxServer)
{
    // The test mailbox is never guessed; the server name is a value of its own
    // ('...{0}...' -f 'NAME'), never part of the template literal (RULEBOOK §5).
    return u"$TestMailbox = Read-Host -Prompt "_s
        + psFormat(tr("A test mailbox on {0} (alias or address)"), {mailboxServer})
        + u"\n$Credential = Get-Credential\n"_s;
}

QString connectivityTestId(const Flow &flow)
{
    return u"test/%1/%2/%3"_s.arg(flow.clientGroup, clientLocationToken(flow.location), flow.mailboxServer);
}

namespace {
// One scenario's test; nullopt when the flow names a server the plan does not have.
std::optional<ChecklistItem> testItem(const Topology &topology, const Flow &flow)
{
    const Server *mailbox = topology.findServer(flow.mailboxServer);
    if (!mailbox)
        return std::nullopt;
    const ScenarioHops hops = hopsOf(flow);
    const bool external = flow.location == ClientLocation::External;
    const QString version = exchangeVersionDisplayName(mailbox->version);
    ChecklistItem item = checklistItem(
        connectivityTestId(flow),
        external ? tr("%1 from outside: mailbox on %2 (%3)").arg(flow.clientGroup, flow.mailboxServer, version)
                 : tr("%1 inside the network: mailbox on %2 (%3)").arg(flow.clientGroup, flow.mailboxServer, version),
        ruleIdsOf(flow));
    item.server = mailbox->name;
    item.recordsResult = true;
    item.action = external
        ? tr("On a computer outside the network, sign in to Outlook with a test mailbox on %1 and run the "
             "tests below; record what they show.")
              .arg(mailbox->name)
        : tr("On a domain-joined computer inside the network, sign in to Outlook with a test mailbox on %1 and "
             "run the tests below; record what they show.")
              .arg(mailbox->name);
    const QString host = hops.partA ? hops.partA->to : QString();
    const QString method = hops.partA ? hops.partA->authMethod : QString();
    const bool legacy = isLegacy(mailbox->version);
    const QString rpcServer = legacy ? orNotRecorded(mailbox->fqdn)
                                     : tr("the mailbox GUID @ the primary SMTP domain (Get-Mailbox <test "
                                          "mailbox> | Format-List ExchangeGuid)");
    if (external && hops.partA) {
        // F74: the analyzer's Outlook test checks DNS, certificate, firewall and logon.
        item.details.append(ChecklistDetail{
            tr("Remote Connectivity Analyzer (https://testconnectivity.microsoft.com), Outlook Connectivity "
               "test, settings entered by hand:"),
            {tr("Email address and user: a test mailbox on %1 and its password").arg(mailbox->name),
             tr("Exchange server: %1").arg(rpcServer), tr("RPC proxy server: %1").arg(orNotRecorded(host)),
             tr("Mutual authentication principal name: %1").arg(orNotRecorded(principalName(topology, host))),
             tr("RPC proxy authentication method: %1").arg(orNotRecorded(method))}});
        QStringList steps{
            tr("Attempting to resolve the host name %1 in DNS: it answers with %2")
                .arg(orNotRecorded(host),
                     !hops.partA->loadBalancer.isEmpty() ? hops.partA->loadBalancer
                                                         : orNotRecorded(hops.partA->toServer)),
            tr("Testing TCP port 443 on host %1: open").arg(orNotRecorded(host)),
            tr("Testing the SSL certificate: trusted, issued for %1").arg(orNotRecorded(host)),
            tr("Testing HTTP Authentication Methods for URL https://%1/rpc/rpcproxy.dll: the list includes %2")
                .arg(orNotRecorded(host), orNotRecorded(method)),
            tr("Attempting to ping RPC proxy %1 and the Exchange endpoints, then the mailbox logon: all pass")
                .arg(orNotRecorded(host))};
        if (hops.partB) {
            steps.append(tr("Part B, behind the analyzer: %1 proxies to %2 with Windows authentication, so "
                            "Get-OutlookAnywhere -Server %2 must list Ntlm in IISAuthenticationMethods (the "
                            "verification script shows it)")
                             .arg(orNotRecorded(hops.partB->fromServer), orNotRecorded(hops.partB->toServer)));
        }
        item.details.append(ChecklistDetail{tr("Steps the analyzer must pass:"), steps});
    }
    // What Outlook shows (Ctrl + right-click its notification-area icon, Connection Status).
    QStringList status;
    if (hops.rpcTcp) {
        status
            = {tr("Server name: %1 (the RPC endpoint the mailbox database names)").arg(orNotRecorded(hops.rpcTcp->to)),
               tr("Conn: TCP/IP (inside the network, Outlook reaches this legacy mailbox over RPC/TCP, not Outlook "
                  "Anywhere)")};
    } else {
        status
            = {tr("Server name: %1").arg(rpcServer), tr("Proxy server: %1").arg(orNotRecorded(host)), tr("Conn: HTTPS"),
               tr("Authn: %1 (the method %2 gives this client: %3)")
                   .arg(authnColumn(method),
                        hops.autodiscover && !hops.autodiscover->answeredBy.isEmpty() ? hops.autodiscover->answeredBy
                                                                                      : tr("Autodiscover"),
                        orNotRecorded(method))};
    }
    item.details.append(
        ChecklistDetail{tr("Outlook Connection Status (Ctrl + right-click the Outlook icon):"), status});

    const QString test = outlookConnectivityTest(topology, *mailbox, hops);
    if (!test.isEmpty()) {
        item.command = connectivityPromptLines(mailbox->name) + test;
        item.shell = managementShellName(mailbox->version);
    }
    item.verifyCommand = outlookWebServicesTest(*mailbox, hops);
    item.verify = item.command.isEmpty()
        ? tr("No Exchange cmdlet tests an Exchange 2007 mailbox here: the analyzer (from outside) and Outlook's "
             "Connection Status above are the proof.")
        : (item.verifyCommand.isEmpty()
               ? tr("Test-OutlookConnectivity reports Success; Outlook shows the values above.")
               : tr("Test-OutlookConnectivity reports Success, Test-OutlookWebServices reports Success for "
                    "Outlook Anywhere, and Outlook shows the values above."));
    item.why = tr("Proves that this kind of user still reaches the mailbox after the change.");
    return item;
}
} // namespace

QList<ChecklistItem> connectivityTestItems(const Topology &topology, const QList<Flow> &flows)
{
    QList<ChecklistItem> out;
    out.reserve(flows.size());
    for (const Flow &flow : flows) {
        if (std::optional<ChecklistItem> item = testItem(topology, flow))
            out.append(std::move(*item));
    }
    return out;
}

QStringList connectivityTestIds(const Topology &topology, const QList<Flow> &flows)
{
    QStringList out;
    out.reserve(flows.size());
    for (const Flow &flow : flows) {
        if (topology.findServer(flow.mailboxServer)) // as testItem()
            out.append(connectivityTestId(flow));
    }
    return out;
}

QList<ConnectivityCheck> connectivityChecks(const Topology &topology, const QList<Flow> &flows)
{
    QList<ConnectivityCheck> out;
    QStringList servers; // first-seen order of the mailbox servers
    for (const Flow &flow : flows) {
        if (!servers.contains(flow.mailboxServer, Qt::CaseInsensitive))
            servers.append(flow.mailboxServer);
    }
    for (const QString &name : servers) {
        const Server *mailbox = topology.findServer(name);
        if (!mailbox)
            continue;
        const qsizetype first = out.size();
        for (const Flow &flow : flows) {
            if (flow.mailboxServer.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            // (cmdlet, command) pairs; an Exchange 2007 mailbox has one check without a command.
            QList<std::pair<QString, QString>> runs;
            if (mailbox->version == ExchangeVersion::Ex2007) {
                runs.append({QString(), QString()});
            } else {
                const ScenarioHops hops = hopsOf(flow);
                runs.append({u"Test-OutlookConnectivity"_s, outlookConnectivityTest(topology, *mailbox, hops)});
                if (const QString webServices = outlookWebServicesTest(*mailbox, hops); !webServices.isEmpty())
                    runs.append({u"Test-OutlookWebServices"_s, webServices});
            }
            for (const std::pair<QString, QString> &run : runs) {
                auto same = std::find_if(out.begin() + first, out.end(),
                                         [&run](const ConnectivityCheck &c) { return c.command == run.second; });
                if (same == out.end()) {
                    out.append(ConnectivityCheck{mailbox->name, mailbox->version, run.first, run.second, {}});
                    same = out.end() - 1;
                }
                const QString title = scenarioTitle(flow);
                if (!same->scenarios.contains(title))
                    same->scenarios.append(title);
            }
        }
    }
    return out;
}

Checklist buildTestPlan(const Plan &plan, const QList<Flow> &flows, QDate date)
{
    Checklist list;
    list.kind = ChecklistKind::TestPlan;
    list.planTitle = plan.info.title;
    list.organization = plan.topology.organization.name;
    list.date = date;

    QStringList mailboxServers;
    for (const Flow &f : flows) {
        if (!mailboxServers.contains(f.mailboxServer, Qt::CaseInsensitive))
            mailboxServers.append(f.mailboxServer);
    }
    ChecklistPhase prepare;
    prepare.id = ChecklistPhaseId::Verification;
    prepare.number = 1;
    prepare.title = tr("Before testing");
    ChecklistItem mailboxes
        = checklistItem(u"test/prepare/mailboxes"_s, tr("A test mailbox on every mailbox server of the scenarios"), {});
    mailboxes.action = mailboxServers.isEmpty()
        ? tr("The plan has no client scenario yet: add client groups and their mailbox servers.")
        : tr("Pick or create one test mailbox on each of %1 and have its password at hand.")
              .arg(mailboxServers.join(u", "_s));
    mailboxes.why = tr("Each test signs in as a user of that scenario; the commands ask for the mailbox and its "
                       "credential when they run.");
    ChecklistItem wait = checklistItem(u"test/prepare/wait"_s, tr("Wait until the last change has applied"), {});
    wait.action = tr("Allow about 15 minutes (longer across sites) after the last change before testing.");
    wait.why = tr("The values are written to Active Directory; the Exchange Service Host applies them to IIS about "
                  "every 15 minutes.");
    prepare.items = {mailboxes, wait};

    ChecklistPhase internal, external;
    internal.id = external.id = ChecklistPhaseId::Verification;
    internal.number = 2;
    internal.title = tr("Clients inside the network");
    external.number = 3;
    external.title = tr("Clients outside the network");
    external.intro = tr("Run these from the internet, not through a VPN: the Remote Connectivity Analyzer tests "
                        "from Microsoft's servers.");
    for (const Flow &flow : flows) {
        if (std::optional<ChecklistItem> item = testItem(plan.topology, flow))
            (flow.location == ClientLocation::External ? external : internal).items.append(std::move(*item));
    }
    for (ChecklistPhase *phase : {&prepare, &internal, &external}) {
        if (phase->items.isEmpty())
            continue;
        for (ChecklistItem &item : phase->items)
            item.state = plan.checklist.value(item.id);
        list.phases.append(*phase);
    }
    return list;
}

} // namespace wizard
