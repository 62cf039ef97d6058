#include "checkcontext.h"

namespace wizard {

CheckContext::CheckContext(const Topology &t)
    : topology(t)
{
    m_byName.reserve(t.servers.size());
    m_byFqdn.reserve(t.servers.size());
    for (const Server &s : t.servers) {
        m_versions[static_cast<int>(s.version)] = true;
        m_byName.insert(s.name.toLower(), &s);
        if (!s.fqdn.isEmpty())
            m_byFqdn.insert(s.fqdn.toLower(), &s);
        if (isLegacy(s.version))
            m_legacyServers.append(&s);
        if (isNewCas(s))
            m_newCas.append(&s);
        else if (isLegacyCas(s))
            m_legacyCas.append(&s);
    }
    for (const Certificate &c : t.certificates) {
        for (const QString &server : c.servers)
            m_certsByServer[server.toLower()].append(&c);
    }
    for (const ClientGroup &g : t.clientGroups) {
        if (g.location != ClientLocation::Internal)
            m_hasExternalClients = true;
    }
}

const Server *CheckContext::server(const QString &name) const
{
    return m_byName.value(name.toLower(), nullptr);
}

const Server *CheckContext::serverByFqdn(const QString &fqdn) const
{
    return m_byFqdn.value(fqdn.toLower(), nullptr);
}

QList<const Certificate *> CheckContext::certificatesOf(const Server &server) const
{
    return m_certsByServer.value(server.name.toLower());
}

} // namespace wizard
