#pragma once

#include "topology/namekey.h"
#include "topology/topology.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace wizard {

// Where a host name lands, as far as the plan can tell.
struct HostTarget
{
    const Server *server = nullptr; // the server that answers the name
    const LoadBalancer *loadBalancer = nullptr; // planned in front of it, when the name is one of its host names
    const CasArray *casArray = nullptr; // the 2010 CAS array the name belongs to
    bool resolved = false; // false: the plan does not say where the name points
};

// The new CAS that answers a client and whether a site preference decided it.
struct NewCasChoice
{
    const Server *server = nullptr;
    bool byPreference = true; // false: no preferred site applied, the first new CAS of the plan was taken
};

// Indexes over a topology, built once per computeFlows call, that answer the path
// questions of RULEBOOK §4 in constant time per question. Internal to wizard/flows.
// Read-only once built: computeFlows shares one between threads (each thread keeps
// its own HostNameMemo).
class FlowTopology
{
public:
    // What a host name is in the plan (any of these may be unset).
    struct HostNames
    {
        const Server *server = nullptr; // by FQDN
        const CasArray *casArray = nullptr; // by FQDN
        const LoadBalancer *loadBalancer = nullptr; // by host name
        bool newSide = false; // a namespace or a new CAS's Internal/ExternalHostname
    };
    // resolve()'s memo, keyed by the exact spelling; one per thread.
    using HostNameMemo = QHash<QString, HostNames>;

    explicit FlowTopology(const Topology &topology);

    const Topology &topology;

    const Server *server(QStringView name) const { return m_byName.value(NameKey{name}, nullptr); }
    // Where `s` is in topology.servers. Every Server pointer given to this index must
    // point into its own topology (they all come from server() or the topology).
    qsizetype positionOf(const Server *s) const;
    QString siteOf(const Server *s) const { return s ? s->site : QString(); }
    bool hasNewCas() const { return !m_newCas.isEmpty(); }
    bool hasSites() const { return !topology.sites.isEmpty(); }

    // The new CAS a client reaches (F44): external clients enter through an
    // internet-facing site; internal clients use a new CAS in their mailbox's site
    // (client groups record no site of their own), else one in an internet-facing
    // site; either way the first in plan order. `among` limits the choice to the
    // servers behind a load balancer; null = every new CAS.
    NewCasChoice chooseNewCas(ClientLocation location, const Server *mailbox,
                              const LoadBalancer *among = nullptr) const;

    // The legacy CAS the new CAS proxies to for a legacy mailbox (U8: same major
    // version, same AD site preferred): the mailbox server itself when it is a CAS,
    // else the first CAS of its version in its site, else the first of its version.
    // `crossSite` tells whether the site preference could not be honoured.
    const Server *legacyCasFor(const Server &mailbox, bool *crossSite) const;
    // The first CAS of `version` in `site` (2010 CAS array members), or null.
    const Server *firstCasIn(ExchangeVersion version, const QString &site) const;

    // Resolves a host name: a server FQDN, a 2010 CAS array FQDN (first for RPC/TCP,
    // last for HTTPS), a load balancer host name, or a name the new CAS publishes (the
    // plan's namespaces and every new CAS's Internal/ExternalHostname), which reaches
    // the chosen new CAS.
    enum class HostUse { Https, RpcTcp };
    HostTarget resolve(const QString &host, ClientLocation location, const Server *mailbox, HostNameMemo &memo,
                       HostUse use = HostUse::Https) const;

    QList<const MailboxDatabase *> databasesOn(const Server &s) const;

private:
    struct Candidate
    {
        const Server *server;
        bool internetFacing;
        int site; // siteIdOf(server), compared instead of the names
    };
    // Per server of the topology (by position; null gives -1 / null): the id of its
    // site (-1: none recorded; equal ids = the same site, names compared
    // case-insensitively) and the first new CAS of that site. Spares chooseNewCas()
    // hashing a site name per call.
    int siteIdOf(const Server *s) const;
    const Server *firstNewCasInSiteOf(const Server *s) const;
    const HostNames &namesOf(const QString &host, HostNameMemo &memo) const;

    static constexpr int versionCount = 4;
    QList<const Server *> m_newCas;
    QHash<const LoadBalancer *, QList<Candidate>> m_newCasBehind;
    QHash<NameKey, const Server *> m_byName;
    QHash<NameKey, const Server *> m_byFqdn;
    QList<int> m_siteIds; // per server position
    QList<const Server *> m_firstNewCasInSite; // per server position
    const Server *m_firstInternetFacingNewCas = nullptr;
    QHash<NameKey, const Server *> m_firstLegacyCasBySite[versionCount]; // per ExchangeVersion
    const Server *m_firstLegacyCas[versionCount] = {nullptr, nullptr, nullptr, nullptr};
    QHash<NameKey, const LoadBalancer *> m_loadBalancerByHost;
    QHash<NameKey, const CasArray *> m_casArrayByFqdn;
    QHash<NameKey, bool> m_newSideNames;
    QHash<NameKey, bool> m_internetFacingSites;
    QHash<NameKey, QList<const MailboxDatabase *>> m_databasesByServer;
};

} // namespace wizard
