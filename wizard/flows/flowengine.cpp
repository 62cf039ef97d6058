// RULEBOOK §4: how one client reaches its mailbox. The path is read from the
// topology; the verdicts only from the findings (FindingPlacement), never judged here.
#include "flowbuilder.h"

#include <QCoreApplication>

#include <algorithm>

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

} // namespace

QString FlowBuilder::sentence(const char *text, std::initializer_list<QStringView> args) const
{
    auto it = m_sentences.constFind(text);
    if (it == m_sentences.cend())
        it = m_sentences.insert(text, SentenceTemplate(wizard::tr(text), qsizetype(args.size())));
    return it->fill(args);
}

QString FlowBuilder::tr(const char *text) const
{
    auto it = m_translated.constFind(text);
    if (it == m_translated.cend())
        it = m_translated.insert(text, wizard::tr(text));
    return *it;
}

size_t qHash(const SharedHopKey &key, size_t seed) noexcept
{
    // A multiply-xorshift per field: qHashMulti's per-field hashing was a tenth of the
    // cost of building a path.
    quint64 h = quint64(seed) ^ 0x9e3779b97f4a7c15ULL;
    const auto mix = [&h](quint64 value) {
        h = (h ^ value) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    };
    mix(quint64(key.kind) | quint64(key.location) << 8 | quint64(key.version) << 16 | quint64(key.flag) << 24
        | quint64(key.resolved) << 25);
    for (const void *p : {static_cast<const void *>(key.first), static_cast<const void *>(key.second),
                          static_cast<const void *>(key.mailbox), static_cast<const void *>(key.target),
                          static_cast<const void *>(key.loadBalancer), static_cast<const void *>(key.casArray)})
        mix(reinterpret_cast<quintptr>(p));
    return size_t(h);
}

// Settles a drafted hop on the findings that reach it (without client-group findings).
void FlowBuilder::finish(HopDraft &d, const Server *from) const
{
    d.hop.from = nameOf(from);
    d.hop.fromServer = d.hop.from;
    d.hop.fromSite = m_topology.siteOf(from);
    d.hop.toServer = nameOf(d.toServer);
    d.hop.toSite = m_topology.siteOf(d.toServer);
    d.findings = m_placement.findingsFor(d.hop, d.scope);
    m_placement.settle(d.hop, d.findings, d.missing, d.context, m_settled);
}

bool FlowBuilder::appendShared(const SharedHopKey &key, DraftList &hops) const
{
    const auto it = m_sharedHops.constFind(key);
    if (it == m_sharedHops.cend())
        return false;
    hops.append(*it);
    return true;
}

// The load balancer and CAS array of where the host name lands, and what the plan
// lacks to follow it.
void FlowBuilder::placeEndpoint(HopDraft &d, const HostTarget &target) const
{
    d.hop.loadBalancer = target.loadBalancer ? target.loadBalancer->name : QString();
    d.hop.casArray = target.casArray ? target.casArray->name : QString();
    d.scope.loadBalancer = target.loadBalancer;
    d.scope.casArray = target.casArray;
    d.toServer = target.server;
    if (d.hop.to.isEmpty())
        return;
    if (!target.resolved)
        d.missing.append(sentence(
            QT_TRANSLATE_NOOP("wizard",
                              "The plan does not say where %1 points (it is not a namespace, a load balancer or a "
                              "server)."),
            {d.hop.to}));
    else if (!target.server && target.loadBalancer)
        d.missing.append(
            sentence(QT_TRANSLATE_NOOP("wizard", "No Exchange 2013/2016 Client Access server is behind %1."),
                     {target.loadBalancer->name}));
    else if (!target.server && target.casArray)
        d.missing.append(
            sentence(QT_TRANSLATE_NOOP("wizard", "No Exchange 2010 Client Access server is in the site of %1."),
                     {target.casArray->name}));
    else if (!target.server)
        d.missing.append(tr("The plan has no Exchange 2013/2016 Client Access server."));
}

namespace {
void keyTarget(SharedHopKey &key, const HostTarget &target)
{
    key.target = target.server;
    key.loadBalancer = target.loadBalancer;
    key.casArray = target.casArray;
    key.resolved = target.resolved;
}
} // namespace

void FlowBuilder::autodiscoverHop(const FlowPath &p, DraftList &hops) const
{
    const QString &host = m_topology.topology.organization.namespaces.autodiscover;
    const HostTarget target = m_topology.resolve(host, p.location, p.mailbox, m_hostNames);
    SharedHopKey key;
    key.kind = HopKind::Autodiscover;
    key.location = p.location;
    key.version = p.mailbox->version;
    key.first = p.legacyCas;
    key.mailbox = p.legacy() && !p.legacyCas ? p.mailbox : nullptr;
    keyTarget(key, target);
    if (appendShared(key, hops))
        return;
    const auto draft = std::make_shared<HopDraft>();
    HopDraft &d = *draft;
    hops.append(draft);
    d.fromClient = true;
    d.scope = p.scope();
    d.hop.kind = HopKind::Autodiscover;
    d.hop.to = host;
    d.hop.protocol = httpsProtocol;
    if (d.hop.to.isEmpty())
        d.missing.append(tr("No Autodiscover name is planned."));
    placeEndpoint(d, target);
    const Server *answeredBy = d.toServer;
    if (p.legacy()) {
        // F43: the new CAS proxies a legacy mailbox's request to a legacy CAS.
        answeredBy = p.legacyCas;
        if (!p.legacyCas)
            d.missing.append(
                sentence(QT_TRANSLATE_NOOP(
                             "wizard", "No Exchange %1 Client Access server in the plan answers for mailboxes on %2."),
                         {exchangeVersionToken(p.mailbox->version), p.mailbox->name}));
        else if (d.toServer)
            d.context = sentence(
                QT_TRANSLATE_NOOP("wizard",
                                  "%1 proxies the request to %2, whose Outlook Anywhere settings come back."), // F43
                {d.toServer->name, p.legacyCas->name});
        if (p.mailbox->version == ExchangeVersion::Ex2007)
            d.context += (d.context.isEmpty() ? QString() : u" "_s)
                // C7 (FACTS.md): an MVP table reviewed by Microsoft says an Exchange 2013
                // Mailbox server answers; the 2013 SSL-offloading doc says the request is
                // proxied to the earlier version. Unverified for Exchange 2007.
                + tr("Sources differ on which server answers Autodiscover for Exchange 2007 mailboxes (an "
                     "Exchange 2013 Mailbox server, or the Exchange 2007 servers by proxy): this diagram assumes "
                     "the legacy Client Access server's settings come back.");
    }
    d.hop.answeredBy = nameOf(answeredBy);
    d.scope.touched = {d.toServer, answeredBy};
    finish(d, nullptr);
    m_sharedHops.insert(key, draft);
}

// The host name the client is given for Part A (F30, F43), without the sentences
// settingText() adds when it is missing.
QString FlowBuilder::partAHost(const FlowPath &p, const Server *source) const
{
    if (!source)
        return {};
    const OutlookAnywhereSettings &oa = source->outlookAnywhere;
    const Setting<QString> *host = nullptr;
    if (p.legacy())
        host = oa.enabled.isKnown() && !oa.enabled.value() ? nullptr : &oa.externalHostname;
    else
        host = p.location == ClientLocation::Internal ? &oa.internalHostname : &oa.externalHostname;
    return host && host->isKnown() ? host->value() : QString();
}

void FlowBuilder::partAHop(const FlowPath &p, DraftList &hops) const
{
    const Server *source = p.legacy() ? p.legacyCas : p.newCas.server;
    // The key holds every input: the host name follows from the source and location.
    SharedHopKey key;
    key.kind = HopKind::PartA;
    key.location = p.location;
    key.version = p.mailbox->version;
    key.flag = p.newCas.byPreference;
    key.first = p.legacyCas;
    key.second = p.newCas.server;
    key.mailbox = !source && p.legacy() ? p.mailbox : nullptr;
    keyTarget(key, m_topology.resolve(partAHost(p, source), p.location, p.mailbox, m_hostNames));
    if (appendShared(key, hops))
        return;
    const auto draft = std::make_shared<HopDraft>();
    HopDraft &d = *draft;
    hops.append(draft);
    d.fromClient = true;
    d.scope = p.scope();
    d.hop.kind = HopKind::PartA;
    d.hop.protocol = rpcOverHttpProtocol;
    const bool internal = p.location == ClientLocation::Internal;
    if (!source && p.legacy()) {
        d.missing.append(sentence(
            QT_TRANSLATE_NOOP(
                "wizard", "No Exchange %1 Client Access server in the plan hands out settings for mailboxes on %2."),
            {exchangeVersionToken(p.mailbox->version), p.mailbox->name}));
    } else if (!source) {
        d.missing.append(tr("The plan has no Exchange 2013/2016 Client Access server."));
    } else if (p.legacy()) {
        // F43: Autodiscover for a legacy mailbox returns the legacy CAS's own settings.
        const OutlookAnywhereSettings &oa = source->outlookAnywhere;
        if (oa.enabled.isKnown() && !oa.enabled.value()) {
            d.scope.settingsGiven = false;
            d.missing.append(
                sentence(QT_TRANSLATE_NOOP(
                             "wizard", "Outlook Anywhere is off on %1, so its users get no Outlook Anywhere settings."),
                         {source->name}));
        } else {
            d.hop.to = settingText(oa.externalHostname, *source, u"ExternalHostname"_s, d.missing);
            d.hop.authMethod
                = methodText(oa.clientAuthenticationMethod, *source, u"ClientAuthenticationMethod"_s, d.missing);
        }
        d.context = sentence(
            QT_TRANSLATE_NOOP("wizard", "The host name and method come from %1 through Autodiscover."), // F43
            {source->name});
    } else {
        // F30: a new-CAS mailbox gets the internal or the external settings.
        const OutlookAnywhereSettings &oa = source->outlookAnywhere;
        d.hop.to = internal ? settingText(oa.internalHostname, *source, u"InternalHostname"_s, d.missing)
                            : settingText(oa.externalHostname, *source, u"ExternalHostname"_s, d.missing);
        d.hop.authMethod = internal ? methodText(oa.internalClientAuthenticationMethod, *source,
                                                 u"InternalClientAuthenticationMethod"_s, d.missing)
                                    : methodText(oa.externalClientAuthenticationMethod, *source,
                                                 u"ExternalClientAuthenticationMethod"_s, d.missing);
    }
    Q_ASSERT(d.hop.to == partAHost(p, source));
    placeEndpoint(d, m_topology.resolve(d.hop.to, p.location, p.mailbox, m_hostNames));
    if (p.newCas.server && !p.newCas.byPreference && m_topology.hasSites())
        d.context += (d.context.isEmpty() ? QString() : u" "_s)
            + sentence(QT_TRANSLATE_NOOP(
                           "wizard",
                           "No Exchange 2013/2016 Client Access server is in an internet-facing site, so %1 is "
                           "assumed."), // F44
                       {p.newCas.server->name});
    // When the host name leads nowhere the plan knows, the new CAS meant to answer it
    // (the one that proxies Part B) stays on the path: its findings concern these users.
    d.scope.touched = {d.toServer ? d.toServer : p.newCas.server};
    d.scope.settingsSource = source;
    finish(d, nullptr);
    m_sharedHops.insert(key, draft);
}

void FlowBuilder::rpcTcpHop(const FlowPath &p, DraftList &hops) const
{
    const auto draft = std::make_shared<HopDraft>();
    HopDraft &d = *draft;
    hops.append(draft);
    d.fromClient = true;
    d.scope = p.scope();
    d.hop.kind = HopKind::RpcTcp;
    d.hop.protocol = rpcProtocol;
    if (p.mailbox->version == ExchangeVersion::Ex2007) {
        // RpcClientAccessServer exists from 2010 on (F48): 2007 clients talk to the mailbox server.
        d.hop.to = hostOf(*p.mailbox);
        d.toServer = p.mailbox;
        d.context = tr("Internal Outlook reaches an Exchange 2007 mailbox server directly over RPC/TCP.");
    } else {
        d.scope.databases = m_topology.databasesOn(*p.mailbox);
        if (d.scope.databases.isEmpty()) {
            d.missing.append(sentence(
                QT_TRANSLATE_NOOP("wizard",
                                  "No mailbox database on %1 is in the plan, so its RpcClientAccessServer is unknown."),
                {p.mailbox->name}));
        } else {
            const MailboxDatabase *db = d.scope.databases.constFirst();
            const Setting<QString> &endpoint = db->rpcClientAccessServer;
            // The property is named (for the sentence) only when the endpoint is missing.
            d.hop.to = endpoint.isKnown() && !endpoint.value().isEmpty()
                ? endpoint.value()
                : settingText(endpoint, *p.mailbox, u"RpcClientAccessServer (%1)"_s.arg(db->name), d.missing);
        }
        placeEndpoint(d,
                      m_topology.resolve(d.hop.to, p.location, p.mailbox, m_hostNames, FlowTopology::HostUse::RpcTcp));
        d.context = tr("Internal Outlook keeps using RPC/TCP to the RpcClientAccessServer endpoint and does not "
                       "pass the new CAS."); // F48
    }
    d.scope.touched = {d.toServer};
    finish(d, nullptr);
}

void FlowBuilder::partBHop(const FlowPath &p, const Server *entry, DraftList &hops) const
{
    const Server *from = entry && isNewCas(*entry) ? entry : p.newCas.server;
    SharedHopKey key;
    key.kind = HopKind::PartB;
    key.location = p.location;
    key.version = p.mailbox->version;
    key.flag = p.legacyCasCrossSite;
    key.first = p.legacyCas;
    key.second = from;
    key.mailbox = !p.legacyCas || p.legacyCasCrossSite ? p.mailbox : nullptr;
    if (appendShared(key, hops))
        return;
    const auto draft = std::make_shared<HopDraft>();
    HopDraft &d = *draft;
    hops.append(draft);
    d.scope = p.scope();
    d.hop.kind = HopKind::PartB;
    d.hop.to = p.legacyCas ? hostOf(*p.legacyCas) : QString();
    d.toServer = p.legacyCas;
    d.hop.protocol = httpsProtocol;
    // C3: the new CAS authenticates to the legacy CAS with Windows authentication, which
    // needs NTLM among the legacy CAS's IIS methods (PB-002). The token, as Part A's hops
    // carry theirs; views show its display name.
    d.hop.authMethod = authMethodToken(AuthMethod::Ntlm);
    if (!from)
        d.missing.append(tr("The plan has no Exchange 2013/2016 Client Access server."));
    if (!p.legacyCas)
        d.missing.append(sentence(
            QT_TRANSLATE_NOOP("wizard", "No Exchange %1 Client Access server in the plan serves mailboxes on %2."),
            {exchangeVersionToken(p.mailbox->version), p.mailbox->name}));
    else if (p.legacyCasCrossSite)
        d.context = sentence(
            QT_TRANSLATE_NOOP("wizard", "No Exchange %1 Client Access server is in site %2, so %3 is assumed."), // U8
            {exchangeVersionToken(p.mailbox->version), p.mailbox->site, p.legacyCas->name});
    d.scope.touched = {from, p.legacyCas};
    finish(d, from);
    m_sharedHops.insert(key, draft);
}

void FlowBuilder::mailboxHop(const FlowPath &p, const Server *from, DraftList &hops) const
{
    const auto draft = std::make_shared<HopDraft>();
    HopDraft &d = *draft;
    hops.append(draft);
    d.scope = p.scope();
    d.hop.kind = HopKind::Mailbox;
    d.hop.to = hostOf(*p.mailbox);
    d.toServer = p.mailbox;
    // A legacy CAS reaches its mailbox server over RPC; a new CAS proxies the
    // Outlook Anywhere request on to the mailbox server (F31).
    d.hop.protocol = p.legacy() ? rpcProtocol : rpcOverHttpProtocol;
    if (!from)
        d.missing.append(sentence(QT_TRANSLATE_NOOP("wizard", "Which Client Access server reaches %1 is not known."),
                                  {p.mailbox->name}));
    if (from == p.mailbox)
        d.context = sentence(QT_TRANSLATE_NOOP("wizard", "Both roles are on %1."), {p.mailbox->name});
    d.scope.touched = {from, p.mailbox};
    finish(d, from);
}

DraftList FlowBuilder::path(ClientLocation location, const Server &mailbox) const
{
    FlowPath p;
    p.location = location;
    p.mailbox = &mailbox;
    if (p.legacy())
        p.legacyCas = m_topology.legacyCasFor(mailbox, &p.legacyCasCrossSite);
    p.newCas = m_topology.chooseNewCas(location, &mailbox);
    DraftList hops;
    // Exactly as many as the path has.
    if (location == ClientLocation::Internal && p.legacy())
        hops.reserve(mailbox.version == ExchangeVersion::Ex2007 ? 2 : 3);
    else
        hops.reserve(p.legacy() ? 4 : 3);
    autodiscoverHop(p, hops);
    if (location == ClientLocation::Internal && p.legacy()) {
        rpcTcpHop(p, hops);
        if (mailbox.version != ExchangeVersion::Ex2007)
            mailboxHop(p, hops.constLast()->toServer, hops);
        return hops;
    }
    partAHop(p, hops);
    const Server *entry = hops.constLast()->toServer;
    if (p.legacy()) {
        partBHop(p, entry, hops);
        mailboxHop(p, p.legacyCas, hops);
    } else {
        mailboxHop(p, entry && isNewCas(*entry) ? entry : p.newCas.server, hops);
    }
    return hops;
}

Flow FlowBuilder::build(const ClientGroup &group, const QList<int> *aboutGroup, ClientLocation location,
                        const QString &client, const QString &mailboxName, const DraftList *drafts) const
{
    Flow flow;
    flow.clientGroup = group.name;
    flow.location = location;
    flow.mailboxServer = mailboxName;
    if (!drafts) {
        Hop hop;
        hop.kind = HopKind::Mailbox;
        hop.from = client;
        hop.to = mailboxName;
        const Server *known = m_topology.server(mailboxName);
        const char *why = !known ? QT_TRANSLATE_NOOP("wizard", "%1 is not a server in the plan.")
            : known->version == ExchangeVersion::Ex2003
            ? QT_TRANSLATE_NOOP("wizard", "%1 runs Exchange 2003, which cannot coexist with Exchange 2013 (VER-001).")
            : QT_TRANSLATE_NOOP("wizard",
                                "The Exchange version of %1 is not recorded: the path to its mailboxes cannot be "
                                "decided until it is supplied.");
        m_placement.settle(hop, {}, {sentence(why, {mailboxName})}, {}, m_settled);
        flow.hops.append(hop);
        flow.overall = hop.verdict;
        return flow;
    }
    flow.hops.reserve(drafts->size());
    flow.overall = Verdict::Ok;
    for (const std::shared_ptr<const HopDraft> &draft : *drafts) {
        const HopDraft &d = *draft;
        Hop &hop = flow.hops.emplaceBack(d.hop); // copied in place: no temporary to move and destroy
        if (d.fromClient)
            hop.from = client;
        if (aboutGroup) {
            const QList<int> extra = m_placement.groupFindingsFor(*aboutGroup, hop, d.scope);
            if (!extra.isEmpty()) {
                QList<int> all = d.findings + extra;
                std::sort(all.begin(), all.end());
                m_placement.settle(hop, all, d.missing, d.context, m_settled);
            }
        }
        flow.overall = worse(flow.overall, hop.verdict);
    }
    return flow;
}

} // namespace wizard
