#include "flowtopology.h"

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
int versionIndex(ExchangeVersion v)
{
    return static_cast<int>(v);
}

void addName(QHash<NameKey, bool> &names, const QString &name)
{
    if (!name.isEmpty())
        names.insert(NameKey{name}, true);
}

void addHostname(QHash<NameKey, bool> &names, const Setting<QString> &hostname)
{
    if (hostname.isKnown())
        addName(names, hostname.value());
}
} // namespace

FlowTopology::FlowTopology(const Topology &t)
    : topology(t)
{
    m_byName.reserve(t.servers.size());
    m_byFqdn.reserve(t.servers.size());
    m_databasesByServer.reserve(t.servers.size());
    for (const Site &site : t.sites) {
        if (site.internetFacing)
            m_internetFacingSites.insert(NameKey{site.name}, true);
    }
    const Namespaces &ns = t.organization.namespaces;
    addName(m_newSideNames, ns.outlookAnywhereExternal);
    addName(m_newSideNames, ns.outlookAnywhereInternal);
    addName(m_newSideNames, ns.autodiscover);
    QHash<NameKey, const Server *> firstNewCasBySite;
    for (const Server &s : t.servers) {
        m_byName.insert(NameKey{s.name}, &s);
        if (!s.fqdn.isEmpty())
            m_byFqdn.insert(NameKey{s.fqdn}, &s);
        if (isNewCas(s)) {
            m_newCas.append(&s);
            addHostname(m_newSideNames, s.outlookAnywhere.externalHostname);
            addHostname(m_newSideNames, s.outlookAnywhere.internalHostname);
            if (!s.site.isEmpty() && !firstNewCasBySite.contains(NameKey{s.site}))
                firstNewCasBySite.insert(NameKey{s.site}, &s);
            if (!m_firstInternetFacingNewCas && m_internetFacingSites.contains(NameKey{s.site}))
                m_firstInternetFacingNewCas = &s;
        } else if (isLegacyCas(s)) {
            QHash<NameKey, const Server *> &bySite = m_firstLegacyCasBySite[versionIndex(s.version)];
            if (!bySite.contains(NameKey{s.site}))
                bySite.insert(NameKey{s.site}, &s);
            if (!m_firstLegacyCas[versionIndex(s.version)])
                m_firstLegacyCas[versionIndex(s.version)] = &s;
        }
    }
    QHash<NameKey, int> siteIds;
    m_siteIds.reserve(t.servers.size());
    m_firstNewCasInSite.reserve(t.servers.size());
    const QString *previousSite = nullptr; // a site's servers are usually listed together
    for (const Server &s : t.servers) {
        if (s.site.isEmpty()) {
            m_siteIds.append(-1);
            m_firstNewCasInSite.append(nullptr);
            continue;
        }
        if (previousSite && NameKey{s.site} == NameKey{*previousSite}) {
            m_siteIds.append(m_siteIds.constLast());
            m_firstNewCasInSite.append(m_firstNewCasInSite.constLast());
            continue;
        }
        previousSite = &s.site;
        auto id = siteIds.constFind(NameKey{s.site});
        if (id == siteIds.cend())
            id = siteIds.insert(NameKey{s.site}, static_cast<int>(siteIds.size()));
        m_siteIds.append(*id);
        m_firstNewCasInSite.append(firstNewCasBySite.value(NameKey{s.site}, nullptr));
    }
    for (const LoadBalancer &lb : t.loadBalancers) {
        QList<Candidate> &behind = m_newCasBehind[&lb];
        for (const QString &name : lb.servers) {
            const Server *s = server(name);
            if (s && isNewCas(*s))
                behind.append({s, m_internetFacingSites.contains(NameKey{s->site}), siteIdOf(s)});
        }
        for (const QString &host : lb.hostNames) {
            if (!m_loadBalancerByHost.contains(NameKey{host}))
                m_loadBalancerByHost.insert(NameKey{host}, &lb);
        }
    }
    for (const CasArray &a : t.casArrays) {
        if (!a.fqdn.isEmpty())
            m_casArrayByFqdn.insert(NameKey{a.fqdn}, &a);
    }
    // A server's databases are usually listed together: the list of the one before is
    // reused (no insertion since it was taken, so it has not moved).
    const QString *previousServer = nullptr;
    QList<const MailboxDatabase *> *previousList = nullptr;
    for (const MailboxDatabase &db : t.databases) {
        if (db.isPublicFolderDatabase)
            continue;
        if (!previousServer || !(NameKey{db.server} == NameKey{*previousServer})) {
            previousServer = &db.server;
            previousList = &m_databasesByServer[NameKey{db.server}];
        }
        previousList->append(&db);
    }
}

qsizetype FlowTopology::positionOf(const Server *s) const
{
    Q_ASSERT(s && s >= topology.servers.constData() && s < topology.servers.constData() + topology.servers.size());
    return s - topology.servers.constData();
}

int FlowTopology::siteIdOf(const Server *s) const
{
    return s ? m_siteIds.at(positionOf(s)) : -1;
}

const Server *FlowTopology::firstNewCasInSiteOf(const Server *s) const
{
    return s ? m_firstNewCasInSite.at(positionOf(s)) : nullptr;
}

NewCasChoice FlowTopology::chooseNewCas(ClientLocation location, const Server *mailbox, const LoadBalancer *among) const
{
    const Server *ownSite = mailbox && location == ClientLocation::Internal ? mailbox : nullptr;
    if (!among) {
        if (const Server *s = firstNewCasInSiteOf(ownSite))
            return {s, true};
        if (m_firstInternetFacingNewCas)
            return {m_firstInternetFacingNewCas, true};
        return {m_newCas.value(0, nullptr), false};
    }
    const Server *internetFacing = nullptr;
    const auto behind = m_newCasBehind.constFind(among);
    if (behind == m_newCasBehind.cend() || behind->isEmpty())
        return {nullptr, false};
    const int mailboxSite = siteIdOf(ownSite);
    for (const Candidate &c : *behind) {
        if (mailboxSite >= 0 && c.site == mailboxSite)
            return {c.server, true};
        if (!internetFacing && c.internetFacing)
            internetFacing = c.server;
    }
    if (internetFacing)
        return {internetFacing, true};
    return {behind->constFirst().server, false};
}

const Server *FlowTopology::firstCasIn(ExchangeVersion version, const QString &site) const
{
    return m_firstLegacyCasBySite[versionIndex(version)].value(NameKey{site}, nullptr);
}

const Server *FlowTopology::legacyCasFor(const Server &mailbox, bool *crossSite) const
{
    *crossSite = false;
    if (isLegacyCas(mailbox))
        return &mailbox;
    if (const Server *s = firstCasIn(mailbox.version, mailbox.site))
        return s;
    const Server *any = m_firstLegacyCas[versionIndex(mailbox.version)];
    *crossSite = any != nullptr;
    return any;
}

// The few host names of a plan (namespaces, CAS array and server FQDNs) are resolved
// for every path; hashing them case-insensitively in four indexes each time dominated
// resolve() on large plans, so each distinct spelling is looked up once.
const FlowTopology::HostNames &FlowTopology::namesOf(const QString &host, HostNameMemo &memo) const
{
    auto it = memo.constFind(host);
    if (it != memo.cend())
        return *it;
    const NameKey key{host};
    HostNames names;
    names.server = m_byFqdn.value(key, nullptr);
    names.casArray = m_casArrayByFqdn.value(key, nullptr);
    names.loadBalancer = m_loadBalancerByHost.value(key, nullptr);
    names.newSide = m_newSideNames.contains(key);
    return *memo.insert(host, names);
}

HostTarget FlowTopology::resolve(const QString &host, ClientLocation location, const Server *mailbox,
                                 HostNameMemo &memo, HostUse use) const
{
    HostTarget target;
    if (host.isEmpty())
        return target;
    const HostNames &names = namesOf(host, memo);
    if (const Server *s = names.server) {
        target.server = s;
        target.resolved = true;
        return target;
    }
    const CasArray *array = names.casArray;
    // RPC/TCP asks for the CAS array by name; HTTPS follows DNS, which the namespace
    // move points at the new side (a name that is both is NS-001's ambiguous URL, F48).
    if (array && use == HostUse::RpcTcp) {
        target.casArray = array;
        // A 2010 CAS array holds the CAS of its site; prefer the one serving the mailbox.
        bool crossSite = false;
        const Server *own = mailbox ? legacyCasFor(*mailbox, &crossSite) : nullptr;
        target.server = own && NameKey{own->site} == NameKey{array->site}
            ? own
            : firstCasIn(ExchangeVersion::Ex2010, array->site);
        target.resolved = true;
        return target;
    }
    if (const LoadBalancer *lb = names.loadBalancer) {
        target.loadBalancer = lb;
        target.server = chooseNewCas(location, mailbox, lb).server;
        target.resolved = true;
        return target;
    }
    if (names.newSide) {
        target.server = chooseNewCas(location, mailbox).server;
        target.resolved = true;
        return target;
    }
    if (array)
        return resolve(host, location, mailbox, memo, HostUse::RpcTcp);
    return target;
}

QList<const MailboxDatabase *> FlowTopology::databasesOn(const Server &s) const
{
    return m_databasesByServer.value(NameKey{s.name});
}

} // namespace wizard
