#pragma once

#include "topology/namekey.h"
#include "topology/topology.h"

#include <QHash>
#include <QList>

#include <iterator>

namespace wizard {

// s.toLower(), without Qt's Unicode tables for ASCII text (the usual host, server and
// site names): ASCII lower-cases letter by letter there, and text without an upper-case
// letter is returned as a shared copy. Other text takes toLower() itself.
QString lowerCase(const QString &s);

// Indexes built once per check run so that every rule is linear in the plan size.
// Rules read the topology only through this (or its `topology` member).
class CheckContext
{
public:
    explicit CheckContext(const Topology &topology);

    const Topology &topology;

    const QList<const Server *> &newCas() const { return m_newCas; }
    const QList<const Server *> &legacyCas() const { return m_legacyCas; }
    // Client Access servers whose version is unknown: neither legacy nor new CAS.
    const QList<const Server *> &casOfUnknownVersion() const { return m_unknownVersionCas; }
    const QList<const Server *> &legacyServers() const { return m_legacyServers; }
    bool hasVersion(ExchangeVersion v) const { return m_versions[static_cast<int>(v)]; }
    bool hasLegacy() const { return hasVersion(ExchangeVersion::Ex2007) || hasVersion(ExchangeVersion::Ex2010); }
    bool hasExternalClients() const { return m_hasExternalClients; }

    // Case-insensitive lookups; nullptr when absent.
    const Server *server(const QString &name) const;
    const Server *serverByFqdn(const QString &fqdn) const;
    // Certificates used by a server (by Certificate::servers).
    QList<const Certificate *> certificatesOf(const Server &server) const;
    // The legacy mailbox servers a legacy CAS serves on the proxy hop: same major
    // version, same AD site (U8: the new CAS prefers a same-site CAS), and every one of
    // that version when either site is not recorded. In topology order; empty for a
    // server that is not a legacy CAS. Indexed, so a rule calling it per CAS stays linear.
    QList<const Server *> legacyMailboxServersServedBy(const Server &legacyCas) const;

private:
    QList<const Server *> m_newCas;
    QList<const Server *> m_legacyCas;
    QList<const Server *> m_unknownVersionCas;
    QList<const Server *> m_legacyServers;
    bool m_versions[std::size(allExchangeVersions)] = {};
    bool m_hasExternalClients = false;
    QHash<NameKey, const Server *> m_byName;
    QHash<NameKey, const Server *> m_byFqdn;
    QHash<NameKey, QList<const Certificate *>> m_certsByServer; // by server name
    // Legacy mailbox servers per version (0 = 2007, 1 = 2010): all, those without a
    // recorded site, and by site name.
    struct LegacyMailboxIndex
    {
        QList<const Server *> all;
        QList<const Server *> withoutSite;
        QHash<NameKey, QList<const Server *>> bySite;
    };
    LegacyMailboxIndex m_legacyMailbox[2];
};

} // namespace wizard
