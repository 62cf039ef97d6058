#include "flowtopology.h"

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString versionSiteKey(ExchangeVersion v, const QString &site)
{
    return exchangeVersionToken(v) + u'|' + site.toLower();
}

void addName(QHash<QString, bool> &names, const QString &name)
{
    if (!name.isEmpty())
        names.insert(name.toLower(), true);
}

void addHostname(QHash<QString, bool> &names, const Setting<QString> &hostname)
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
    for (const Site &site : t.sites) {
        if (site.internetFacing)
            m_internetFacingSites.insert(site.name.toLower(), true);
    }
    const Namespaces &ns = t.organization.namespaces;
    addName(m_newSideNames, ns.outlookAnywhereExternal);
    addName(m_newSideNames, ns.outlookAnywhereInternal);
    addName(m_newSideNames, ns.autodiscover);
    for (const Server &s : t.servers) {
        m_byName.insert(s.name.toLower(), &s);
        if (!s.fqdn.isEmpty())
            m_byFqdn.insert(s.fqdn.toLower(), &s);
        if (isNewCas(s)) {
            m_newCas.append(&s);
            addHostname(m_newSideNames, s.outlookAnywhere.externalHostname);
            addHostname(m_newSideNames, s.outlookAnywhere.internalHostname);
            if (!s.site.isEmpty() && !m_firstNewCasBySite.contains(s.site.toLower()))
                m_firstNewCasBySite.insert(s.site.toLower(), &s);
            if (!m_firstInternetFacingNewCas && m_internetFacingSites.contains(s.site.toLower()))
                m_firstInternetFacingNewCas = &s;
        } else if (isLegacyCas(s)) {
            const QString siteKey = versionSiteKey(s.version, s.site);
            if (!m_firstLegacyCasByVersionSite.contains(siteKey))
                m_firstLegacyCasByVersionSite.insert(siteKey, &s);
            const QString versionKey = exchangeVersionToken(s.version);
            if (!m_firstLegacyCasByVersion.contains(versionKey))
                m_firstLegacyCasByVersion.insert(versionKey, &s);
        }
    }
    for (const LoadBalancer &lb : t.loadBalancers) {
        for (const QString &host : lb.hostNames) {
            if (!m_loadBalancerByHost.contains(host.toLower()))
                m_loadBalancerByHost.insert(host.toLower(), &lb);
        }
    }
    for (const CasArray &a : t.casArrays) {
        if (!a.fqdn.isEmpty())
            m_casArrayByFqdn.insert(a.fqdn.toLower(), &a);
    }
    for (const MailboxDatabase &db : t.databases) {
        if (!db.isPublicFolderDatabase)
            m_databasesByServer[db.server.toLower()].append(&db);
    }
    for (const Certificate &c : t.certificates) {
        for (const QString &s : c.servers)
            m_certificatesByServer[s.toLower()].append(&c);
    }
}

NewCasChoice FlowTopology::chooseNewCas(ClientLocation location, const Server *mailbox, const QStringList *among) const
{
    const QString mailboxSite = mailbox ? mailbox->site.toLower() : QString();
    const bool internal = location == ClientLocation::Internal;
    if (!among) {
        if (internal && !mailboxSite.isEmpty()) {
            if (const Server *s = m_firstNewCasBySite.value(mailboxSite, nullptr))
                return {s, true};
        }
        if (m_firstInternetFacingNewCas)
            return {m_firstInternetFacingNewCas, true};
        return {m_newCas.value(0, nullptr), false};
    }
    const Server *first = nullptr;
    const Server *internetFacing = nullptr;
    for (const QString &name : *among) {
        const Server *s = server(name);
        if (!s || !isNewCas(*s))
            continue;
        if (internal && !mailboxSite.isEmpty() && s->site.toLower() == mailboxSite)
            return {s, true};
        if (!first)
            first = s;
        if (!internetFacing && m_internetFacingSites.contains(s->site.toLower()))
            internetFacing = s;
    }
    if (internetFacing)
        return {internetFacing, true};
    return {first, false};
}

const Server *FlowTopology::firstCasIn(ExchangeVersion version, const QString &site) const
{
    return m_firstLegacyCasByVersionSite.value(versionSiteKey(version, site), nullptr);
}

const Server *FlowTopology::legacyCasFor(const Server &mailbox, bool *crossSite) const
{
    *crossSite = false;
    if (isLegacyCas(mailbox))
        return &mailbox;
    if (const Server *s = firstCasIn(mailbox.version, mailbox.site))
        return s;
    const Server *any = m_firstLegacyCasByVersion.value(exchangeVersionToken(mailbox.version), nullptr);
    *crossSite = any != nullptr;
    return any;
}

HostTarget FlowTopology::resolve(const QString &host, ClientLocation location, const Server *mailbox) const
{
    HostTarget target;
    if (host.isEmpty())
        return target;
    const QString key = host.toLower();
    if (const Server *s = m_byFqdn.value(key, nullptr)) {
        target.server = s;
        target.resolved = true;
        return target;
    }
    if (const CasArray *a = m_casArrayByFqdn.value(key, nullptr)) {
        target.casArray = a;
        // A 2010 CAS array holds the CAS of its site; prefer the one serving the mailbox.
        bool crossSite = false;
        const Server *own = mailbox ? legacyCasFor(*mailbox, &crossSite) : nullptr;
        target.server = own && own->site.compare(a->site, Qt::CaseInsensitive) == 0
            ? own
            : firstCasIn(ExchangeVersion::Ex2010, a->site);
        target.resolved = true;
        return target;
    }
    if (const LoadBalancer *lb = m_loadBalancerByHost.value(key, nullptr)) {
        target.loadBalancer = lb;
        target.server = chooseNewCas(location, mailbox, &lb->servers).server;
        target.resolved = true;
        return target;
    }
    if (m_newSideNames.contains(key)) {
        target.server = chooseNewCas(location, mailbox).server;
        target.resolved = true;
    }
    return target;
}

QList<const MailboxDatabase *> FlowTopology::databasesOn(const Server &s) const
{
    return m_databasesByServer.value(s.name.toLower());
}

QList<const Certificate *> FlowTopology::certificatesOf(const Server &s) const
{
    return m_certificatesByServer.value(s.name.toLower());
}

} // namespace wizard
