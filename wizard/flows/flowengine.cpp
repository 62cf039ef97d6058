// RULEBOOK §4: how one client reaches its mailbox. The path is read from the
// topology; the verdicts only from the findings (FindingPlacement), never judged here.
#include "flow.h"
#include "flowfindings.h"
#include "flowtopology.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

// Protocol and method labels are Exchange/HTTP terms, not prose: not translated.
const QString httpsProtocol = u"HTTPS"_s;
const QString rpcOverHttpProtocol = u"RPC over HTTP"_s;
const QString rpcProtocol = u"RPC"_s;
const QString windowsAuthentication = u"NTLM (Windows)"_s; // C3: Windows authentication, NTLM required

QString nameOf(const Server *s)
{
    return s ? s->name : QString();
}

QString hostOf(const Server &s)
{
    return s.fqdn.isEmpty() ? s.name : s.fqdn;
}

// A host name or method the client is given; `missing` explains an absent one.
QString settingText(const Setting<QString> &value, const Server &server, const QString &property, QStringList &missing)
{
    if (value.isKnown() && !value.value().isEmpty())
        return value.value();
    if (value.isKnown())
        missing.append(tr("%1 has no %2.").arg(server.name, property));
    else
        missing.append(tr("%1 of %2 is not recorded.").arg(property, server.name));
    return {};
}

QString methodText(const Setting<AuthMethod> &value, const Server &server, const QString &property,
                   QStringList &missing)
{
    if (value.isKnown())
        return authMethodToken(value.value());
    missing.append(tr("%1 of %2 is not recorded.").arg(property, server.name));
    return {};
}

struct FlowPath
{
    const ClientGroup *group = nullptr;
    ClientLocation location = ClientLocation::Internal;
    const Server *mailbox = nullptr;
    QString client; // "Sales (external)"
    const Server *legacyCas = nullptr; // legacy mailboxes: the CAS that serves them (U8)
    bool legacyCasCrossSite = false;
    NewCasChoice newCas;

    bool legacy() const { return isLegacy(mailbox->version); }
    HopScope scope() const { return HopScope{location, mailbox, group->name, {}, nullptr, {}}; }
};

class FlowBuilder
{
public:
    FlowBuilder(const FlowTopology &topology, const FindingPlacement &placement)
        : m_topology(topology)
        , m_placement(placement)
    { }

    Flow build(const ClientGroup &group, ClientLocation location, const QString &mailboxName) const;

private:
    Hop autodiscoverHop(const FlowPath &p) const;
    Hop partAHop(const FlowPath &p) const;
    Hop rpcTcpHop(const FlowPath &p) const;
    Hop partBHop(const FlowPath &p, const Server *entry) const;
    Hop mailboxHop(const FlowPath &p, const Server *from) const;

    void placeEndpoint(Hop &hop, const HostTarget &target, QStringList &missing) const;
    void finish(Hop &hop, HopScope scope, const QStringList &missing, const QString &context) const;

    const FlowTopology &m_topology;
    const FindingPlacement &m_placement;
};

void FlowBuilder::finish(Hop &hop, HopScope scope, const QStringList &missing, const QString &context) const
{
    hop.fromSite = m_topology.siteOf(m_topology.server(hop.fromServer));
    hop.toSite = m_topology.siteOf(m_topology.server(hop.toServer));
    scope.touched.removeAll(nullptr);
    FindingPlacement::settle(hop, m_placement.findingsFor(hop, scope), missing, context);
}

// Fills to-server, load balancer and CAS array from where the host name lands.
void FlowBuilder::placeEndpoint(Hop &hop, const HostTarget &target, QStringList &missing) const
{
    hop.toServer = nameOf(target.server);
    hop.loadBalancer = target.loadBalancer ? target.loadBalancer->name : QString();
    hop.casArray = target.casArray ? target.casArray->name : QString();
    if (hop.to.isEmpty())
        return;
    if (!target.resolved)
        missing.append(tr("The plan does not say where %1 points (it is not a namespace, a load balancer or a server).")
                           .arg(hop.to));
    else if (!target.server && target.loadBalancer)
        missing.append(tr("No Exchange 2013/2016 Client Access server is behind %1.").arg(target.loadBalancer->name));
    else if (!target.server && target.casArray)
        missing.append(tr("No Exchange 2010 Client Access server is in the site of %1.").arg(target.casArray->name));
    else if (!target.server)
        missing.append(tr("The plan has no Exchange 2013/2016 Client Access server."));
}

Hop FlowBuilder::autodiscoverHop(const FlowPath &p) const
{
    Hop hop;
    hop.kind = HopKind::Autodiscover;
    hop.from = p.client;
    hop.to = m_topology.topology.organization.namespaces.autodiscover;
    hop.protocol = httpsProtocol;
    QStringList missing;
    if (hop.to.isEmpty())
        missing.append(tr("No Autodiscover name is planned."));
    const HostTarget target = m_topology.resolve(hop.to, p.location, p.mailbox);
    placeEndpoint(hop, target, missing);
    QString context;
    if (p.legacy()) {
        hop.answeredBy = nameOf(p.legacyCas);
        if (!p.legacyCas)
            missing.append(tr("No Exchange %1 Client Access server in the plan answers for mailboxes on %2.")
                               .arg(exchangeVersionToken(p.mailbox->version), p.mailbox->name));
        else if (target.server)
            context = tr("%1 proxies the request to %2, whose Outlook Anywhere settings come back (F43).")
                          .arg(target.server->name, p.legacyCas->name);
        if (p.mailbox->version == ExchangeVersion::Ex2007)
            context += (context.isEmpty() ? QString() : u" "_s)
                + tr("Which server answers for Exchange 2007 mailboxes is not confirmed (C7).");
    } else {
        hop.answeredBy = hop.toServer;
    }
    HopScope scope = p.scope();
    scope.touched = {target.server, p.legacy() ? p.legacyCas : nullptr};
    finish(hop, scope, missing, context);
    return hop;
}

Hop FlowBuilder::partAHop(const FlowPath &p) const
{
    Hop hop;
    hop.kind = HopKind::PartA;
    hop.from = p.client;
    hop.protocol = rpcOverHttpProtocol;
    QStringList missing;
    QString context;
    const Server *source = p.legacy() ? p.legacyCas : p.newCas.server;
    const bool internal = p.location == ClientLocation::Internal;
    if (!source && p.legacy()) {
        missing.append(tr("No Exchange %1 Client Access server in the plan hands out settings for mailboxes on %2.")
                           .arg(exchangeVersionToken(p.mailbox->version), p.mailbox->name));
    } else if (!source) {
        missing.append(tr("The plan has no Exchange 2013/2016 Client Access server."));
    } else if (p.legacy()) {
        // F43: Autodiscover for a legacy mailbox returns the legacy CAS's own settings.
        const OutlookAnywhereSettings &oa = source->outlookAnywhere;
        if (oa.enabled.isKnown() && !oa.enabled.value()) {
            missing.append(
                tr("Outlook Anywhere is off on %1, so its users get no Outlook Anywhere settings.").arg(source->name));
        } else {
            hop.to = settingText(oa.externalHostname, *source, u"ExternalHostname"_s, missing);
            hop.authMethod
                = methodText(oa.clientAuthenticationMethod, *source, u"ClientAuthenticationMethod"_s, missing);
        }
        context = tr("The host name and method come from %1 through Autodiscover (F43).").arg(source->name);
    } else {
        // F30: a new-CAS mailbox gets the internal or the external settings.
        const OutlookAnywhereSettings &oa = source->outlookAnywhere;
        hop.to = internal ? settingText(oa.internalHostname, *source, u"InternalHostname"_s, missing)
                          : settingText(oa.externalHostname, *source, u"ExternalHostname"_s, missing);
        hop.authMethod = internal ? methodText(oa.internalClientAuthenticationMethod, *source,
                                               u"InternalClientAuthenticationMethod"_s, missing)
                                  : methodText(oa.externalClientAuthenticationMethod, *source,
                                               u"ExternalClientAuthenticationMethod"_s, missing);
    }
    const HostTarget target = m_topology.resolve(hop.to, p.location, p.mailbox);
    placeEndpoint(hop, target, missing);
    if (source && !p.newCas.byPreference && m_topology.hasSites())
        context += (context.isEmpty() ? QString() : u" "_s)
            + tr("No Exchange 2013/2016 Client Access server is in an internet-facing site, so %1 is "
                 "assumed (F44).")
                  .arg(nameOf(p.newCas.server));
    HopScope scope = p.scope();
    scope.touched = {target.server};
    scope.settingsSource = source;
    finish(hop, scope, missing, context);
    return hop;
}

Hop FlowBuilder::rpcTcpHop(const FlowPath &p) const
{
    Hop hop;
    hop.kind = HopKind::RpcTcp;
    hop.from = p.client;
    hop.protocol = rpcProtocol;
    QStringList missing;
    QString context;
    HopScope scope = p.scope();
    if (p.mailbox->version == ExchangeVersion::Ex2007) {
        // RpcClientAccessServer exists from 2010 on (F48): 2007 clients talk to the mailbox server.
        hop.to = hostOf(*p.mailbox);
        hop.toServer = p.mailbox->name;
        context = tr("Internal Outlook reaches an Exchange 2007 mailbox server directly over RPC/TCP.");
    } else {
        scope.databases = m_topology.databasesOn(*p.mailbox);
        if (scope.databases.isEmpty()) {
            missing.append(tr("No mailbox database on %1 is in the plan, so its RpcClientAccessServer is unknown.")
                               .arg(p.mailbox->name));
        } else {
            const MailboxDatabase *db = scope.databases.constFirst();
            hop.to = settingText(db->rpcClientAccessServer, *p.mailbox, u"RpcClientAccessServer (%1)"_s.arg(db->name),
                                 missing);
        }
        placeEndpoint(hop, m_topology.resolve(hop.to, p.location, p.mailbox), missing);
        context = tr("Internal Outlook keeps using RPC/TCP to the RpcClientAccessServer endpoint and does not pass the "
                     "new CAS (F48).");
    }
    scope.touched = {m_topology.server(hop.toServer)};
    finish(hop, scope, missing, context);
    return hop;
}

Hop FlowBuilder::partBHop(const FlowPath &p, const Server *entry) const
{
    Hop hop;
    hop.kind = HopKind::PartB;
    const Server *from = entry && isNewCas(*entry) ? entry : p.newCas.server;
    hop.from = nameOf(from);
    hop.fromServer = nameOf(from);
    hop.to = p.legacyCas ? hostOf(*p.legacyCas) : QString();
    hop.toServer = nameOf(p.legacyCas);
    hop.protocol = httpsProtocol;
    hop.authMethod = windowsAuthentication;
    QStringList missing;
    QString context;
    if (!from)
        missing.append(tr("The plan has no Exchange 2013/2016 Client Access server."));
    if (!p.legacyCas)
        missing.append(tr("No Exchange %1 Client Access server in the plan serves mailboxes on %2.")
                           .arg(exchangeVersionToken(p.mailbox->version), p.mailbox->name));
    else if (p.legacyCasCrossSite)
        context = tr("No Exchange %1 Client Access server is in site %2, so %3 is assumed (U8).")
                      .arg(exchangeVersionToken(p.mailbox->version), p.mailbox->site, p.legacyCas->name);
    HopScope scope = p.scope();
    scope.touched = {from, p.legacyCas};
    finish(hop, scope, missing, context);
    return hop;
}

Hop FlowBuilder::mailboxHop(const FlowPath &p, const Server *from) const
{
    Hop hop;
    hop.kind = HopKind::Mailbox;
    hop.from = nameOf(from);
    hop.fromServer = nameOf(from);
    hop.to = hostOf(*p.mailbox);
    hop.toServer = p.mailbox->name;
    // A legacy CAS reaches its mailbox server over RPC; a new CAS proxies the
    // Outlook Anywhere request on to the mailbox server (F31).
    hop.protocol = p.legacy() ? rpcProtocol : rpcOverHttpProtocol;
    QStringList missing;
    if (!from)
        missing.append(tr("Which Client Access server reaches %1 is not known.").arg(p.mailbox->name));
    HopScope scope = p.scope();
    scope.touched = {from, p.mailbox};
    finish(hop, scope, missing, from == p.mailbox ? tr("Both roles are on %1.").arg(p.mailbox->name) : QString());
    return hop;
}

Flow FlowBuilder::build(const ClientGroup &group, ClientLocation location, const QString &mailboxName) const
{
    Flow flow;
    flow.clientGroup = group.name;
    flow.location = location;
    flow.mailboxServer = mailboxName;
    FlowPath p;
    p.group = &group;
    p.location = location;
    p.mailbox = m_topology.server(mailboxName);
    p.client = location == ClientLocation::Internal ? tr("%1 (internal)").arg(group.name)
                                                    : tr("%1 (external)").arg(group.name);
    if (!p.mailbox) {
        Hop hop;
        hop.kind = HopKind::Mailbox;
        hop.from = p.client;
        hop.to = mailboxName;
        FindingPlacement::settle(hop, {}, {tr("%1 is not a server in the plan.").arg(mailboxName)}, {});
        flow.hops.append(hop);
    } else {
        if (p.legacy())
            p.legacyCas = m_topology.legacyCasFor(*p.mailbox, &p.legacyCasCrossSite);
        p.newCas = m_topology.chooseNewCas(location, p.mailbox);
        flow.hops.append(autodiscoverHop(p));
        const bool rpcTcp = location == ClientLocation::Internal && p.legacy();
        if (rpcTcp) {
            flow.hops.append(rpcTcpHop(p));
            if (p.mailbox->version != ExchangeVersion::Ex2007)
                flow.hops.append(mailboxHop(p, m_topology.server(flow.hops.constLast().toServer)));
        } else {
            flow.hops.append(partAHop(p));
            const Server *entry = m_topology.server(flow.hops.constLast().toServer);
            if (p.legacy()) {
                flow.hops.append(partBHop(p, entry));
                flow.hops.append(mailboxHop(p, p.legacyCas));
            } else {
                flow.hops.append(mailboxHop(p, entry && isNewCas(*entry) ? entry : p.newCas.server));
            }
        }
    }
    flow.overall = flow.hops.constFirst().verdict;
    for (const Hop &h : std::as_const(flow.hops))
        flow.overall = worse(flow.overall, h.verdict);
    return flow;
}
} // namespace

QList<Flow> computeFlows(const Topology &topology, const QList<Finding> &findings)
{
    const FlowTopology index(topology);
    const FindingPlacement placement(findings, index);
    const FlowBuilder builder(index, placement);
    QList<Flow> flows;
    for (const ClientGroup &group : topology.clientGroups) {
        const bool both = group.location == ClientLocation::Both;
        for (const ClientLocation location : {ClientLocation::Internal, ClientLocation::External}) {
            if (!both && group.location != location)
                continue;
            for (const QString &mailbox : group.mailboxServers)
                flows.append(builder.build(group, location, mailbox));
        }
    }
    return flows;
}

} // namespace wizard
