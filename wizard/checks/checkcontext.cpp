#include "checkcontext.h"

#include <algorithm>
#include <functional>
#include <iterator>

namespace wizard {

QString lowerCase(const QString &s)
{
    const qsizetype n = s.size();
    const QChar *text = s.constData();
    qsizetype firstUpper = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80)
            return s.toLower();
        if (firstUpper < 0 && c >= u'A' && c <= u'Z')
            firstUpper = i;
    }
    if (firstUpper < 0)
        return s;
    QString lower(n, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(lower.data());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        out[i] = (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
    }
    return lower;
}

CheckContext::CheckContext(const Topology &t)
    : topology(t)
{
    m_byName.reserve(t.servers.size());
    m_byFqdn.reserve(t.servers.size());
    for (const Server &s : t.servers) {
        m_versions[static_cast<int>(s.version)] = true;
        m_byName.insert(NameKey{s.name}, &s);
        if (!s.fqdn.isEmpty())
            m_byFqdn.insert(NameKey{s.fqdn}, &s);
        if (isLegacy(s.version)) {
            m_legacyServers.append(&s);
            if (s.roles.mailbox) {
                LegacyMailboxIndex &index = m_legacyMailbox[s.version == ExchangeVersion::Ex2007 ? 0 : 1];
                index.all.append(&s);
                if (s.site.isEmpty())
                    index.withoutSite.append(&s);
                else
                    index.bySite[NameKey{s.site}].append(&s);
            }
        }
        if (isNewCas(s))
            m_newCas.append(&s);
        else if (isLegacyCas(s))
            m_legacyCas.append(&s);
        else if (isCasOfUnknownVersion(s))
            m_unknownVersionCas.append(&s);
    }
    for (const Certificate &c : t.certificates) {
        for (const QString &server : c.servers)
            m_certsByServer[NameKey{server}].append(&c);
    }
    for (const ClientGroup &g : t.clientGroups) {
        if (g.location != ClientLocation::Internal)
            m_hasExternalClients = true;
    }
}

const Server *CheckContext::server(const QString &name) const
{
    return m_byName.value(NameKey{name}, nullptr);
}

const Server *CheckContext::serverByFqdn(const QString &fqdn) const
{
    return m_byFqdn.value(NameKey{fqdn}, nullptr);
}

QList<const Certificate *> CheckContext::certificatesOf(const Server &server) const
{
    return m_certsByServer.value(NameKey{server.name});
}

QList<const Server *> CheckContext::legacyMailboxServersServedBy(const Server &legacyCas) const
{
    if (!isLegacyCas(legacyCas))
        return {};
    const LegacyMailboxIndex &index = m_legacyMailbox[legacyCas.version == ExchangeVersion::Ex2007 ? 0 : 1];
    if (legacyCas.site.isEmpty())
        return index.all;
    const QList<const Server *> sameSite = index.bySite.value(NameKey{legacyCas.site});
    if (index.withoutSite.isEmpty())
        return sameSite;
    // Both lists point into topology.servers in order, so address order is topology order.
    QList<const Server *> merged;
    merged.reserve(sameSite.size() + index.withoutSite.size());
    std::merge(sameSite.cbegin(), sameSite.cend(), index.withoutSite.cbegin(), index.withoutSite.cend(),
               std::back_inserter(merged), std::less<const Server *>());
    return merged;
}

} // namespace wizard
