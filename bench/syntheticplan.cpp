#include "syntheticplan.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace wizard;

namespace bench {

namespace {
constexpr int serversPerSite = 20;
const QString ns = u"mail.contoso.com"_s;
const QString autodiscover = u"autodiscover.contoso.com"_s;
const QString legacyNs = u"legacy.contoso.com"_s;
const QString scp = u"https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml"_s;

// The SCP a server has before it is pointed at the Autodiscover namespace (F70).
QString ownScp(const QString &fqdn)
{
    return u"https://%1/Autodiscover/Autodiscover.xml"_s.arg(fqdn);
}

// Ten slots repeat through every site: 20% multi-role 2013, 30% 2010 mailbox, 10%
// each of 2010 CAS, 2010 CAS + mailbox and 2007 CAS, 20% 2007 mailbox.
enum class Kind { New, Cas2010, Mbx2010, Combined2010, Cas2007, Mbx2007 };
constexpr Kind slotKinds[10] = {Kind::New,     Kind::New,     Kind::Cas2010, Kind::Mbx2010,      Kind::Mbx2010,
                                Kind::Mbx2010, Kind::Cas2007, Kind::Mbx2007, Kind::Combined2010, Kind::Mbx2007};

QString prefixOf(Kind k)
{
    switch (k) {
    case Kind::New:
        return u"EX13"_s;
    case Kind::Cas2010:
        return u"CAS10"_s;
    case Kind::Mbx2010:
        return u"MBX10"_s;
    case Kind::Combined2010:
        return u"EX10"_s;
    case Kind::Cas2007:
        return u"CAS07"_s;
    case Kind::Mbx2007:
        return u"MBX07"_s;
    }
    return {};
}

ExchangeVersion versionOf(Kind k)
{
    if (k == Kind::New)
        return ExchangeVersion::Ex2013;
    if (k == Kind::Cas2007 || k == Kind::Mbx2007)
        return ExchangeVersion::Ex2007;
    return ExchangeVersion::Ex2010;
}

// Builds from FACTS F39: 2013 CU23 / CU2, 2010 SP3 / SP3 RU11, 2007 SP3 RU10 / SP3.
void setBuild(Server &s, int i)
{
    switch (s.version) {
    case ExchangeVersion::Ex2013:
    case ExchangeVersion::Ex2016:
        s.build = i % 7 == 0 ? BuildNumber{15, 0, 712, 24} : BuildNumber{15, 0, 1497, 2};
        break;
    case ExchangeVersion::Ex2010:
        if (i % 4 == 0) {
            s.build = BuildNumber{14, 3, 123, 4};
        } else {
            s.build = BuildNumber{14, 3, 266, 2};
            s.rollup = 11;
        }
        break;
    case ExchangeVersion::Ex2007:
        if (i % 5 == 0) {
            s.build = BuildNumber{8, 3, 83, 6};
        } else {
            s.build = BuildNumber{8, 3, 298, 3};
            s.rollup = 10;
        }
        break;
    case ExchangeVersion::Ex2003:
    case ExchangeVersion::Ex2019:
    case ExchangeVersion::ExSE:
    case ExchangeVersion::Unknown:
        break; // the generator makes only 2007-2016 servers
    }
}

void setOutlookAnywhere(Server &s, int i)
{
    if (!s.roles.clientAccess) {
        s.outlookAnywhere = unknownOutlookAnywhereSettings(s.version);
        return;
    }
    if (!isLegacy(s.version)) {
        OutlookAnywhereSettings oa = defaultOutlookAnywhereSettings(s.version, s.fqdn);
        oa.externalHostname = ns;
        if (i % 4 != 0)
            oa.internalHostname = ns;
        oa.externalClientAuthenticationMethod = i % 6 == 0 ? AuthMethod::Negotiate : AuthMethod::Basic;
        oa.externalClientsRequireSsl = true;
        oa.internalClientsRequireSsl = i % 5 != 0;
        s.current = CapturedState{defaultOutlookAnywhereSettings(s.version, s.fqdn), Setting<QString>(ownScp(s.fqdn))};
        s.outlookAnywhere = oa;
        return;
    }
    OutlookAnywhereSettings oa = unknownOutlookAnywhereSettings(s.version);
    oa.enabled = i % 11 != 0;
    if (i % 7 != 0)
        oa.externalHostname = i % 13 == 0 ? u"owa.contoso.com"_s : ns;
    oa.clientAuthenticationMethod = i % 17 == 0 ? AuthMethod::Ntlm : AuthMethod::Basic;
    oa.iisAuthenticationMethods
        = i % 3 == 0 ? AuthMethodSet{AuthMethod::Basic} : AuthMethodSet{AuthMethod::Basic, AuthMethod::Ntlm};
    oa.sslOffloading = false;
    s.outlookAnywhere = oa;
    if (i % 2 == 0) {
        CapturedState before{unknownOutlookAnywhereSettings(s.version), Setting<QString>(ownScp(s.fqdn))};
        before.outlookAnywhere.enabled = false;
        s.current = before;
    }
}

Server makeServer(Kind kind, int i, const QString &site)
{
    Server s;
    s.name = u"%1-%2"_s.arg(prefixOf(kind)).arg(i, 5, 10, QChar(u'0'));
    s.fqdn = s.name.toLower() + u".contoso.local"_s;
    s.site = site;
    s.version = versionOf(kind);
    s.roles.clientAccess
        = kind == Kind::New || kind == Kind::Cas2010 || kind == Kind::Combined2010 || kind == Kind::Cas2007;
    s.roles.mailbox = kind == Kind::New || kind == Kind::Mbx2010 || kind == Kind::Combined2010 || kind == Kind::Mbx2007;
    setBuild(s, i);
    s.operatingSystem = s.version == ExchangeVersion::Ex2013 ? WindowsServer::WS2012R2
        : s.version == ExchangeVersion::Ex2010               ? WindowsServer::WS2008R2
                                                             : WindowsServer::WS2008;
    if (s.roles.clientAccess) {
        if (i % 9 != 0)
            s.rpcOverHttpProxyInstalled = i % 19 != 0;
        s.autodiscoverServiceInternalUri = i % 8 == 0 ? ownScp(s.fqdn) : scp;
    }
    setOutlookAnywhere(s, i);
    return s;
}

void addSite(Topology &t, int site, int first, int last)
{
    const QString siteName = u"Site-%1"_s.arg(site, 3, 10, QChar(u'0'));
    t.sites.append(Site{siteName, site % 4 == 0});
    const QString arrayFqdn = u"outlook-%1.contoso.local"_s.arg(site);
    t.casArrays.append(CasArray{u"Array-%1"_s.arg(site), arrayFqdn, siteName});

    QStringList newServers, legacyCas2007, legacyCas2010, mailboxServers;
    for (int i = first; i < last; ++i) {
        const Kind kind = slotKinds[i % 10];
        Server s = makeServer(kind, i, siteName);
        if (kind == Kind::New)
            newServers.append(s.name);
        if (kind == Kind::Cas2007)
            legacyCas2007.append(s.name);
        if (kind == Kind::Cas2010 || kind == Kind::Combined2010)
            legacyCas2010.append(s.name);
        if (s.roles.mailbox) {
            mailboxServers.append(s.name);
            for (int d = 1; d <= 2; ++d) {
                MailboxDatabase db;
                db.name = u"DB-%1-%2"_s.arg(s.name).arg(d);
                db.server = s.name;
                if (s.version == ExchangeVersion::Ex2010)
                    db.rpcClientAccessServer = i % 29 == 0 ? ns : arrayFqdn;
                t.databases.append(db);
            }
        }
        t.servers.append(std::move(s));
    }

    const QString expiry = u"2027-06-30"_s;
    if (!newServers.isEmpty()) {
        t.certificates.append(Certificate{u"SAN-%1"_s.arg(site),
                                          u"CN="_s + ns,
                                          {ns, autodiscover},
                                          Setting<bool>(site % 10 == 9),
                                          newServers,
                                          expiry});
        t.loadBalancers.append(LoadBalancer{u"LB-%1"_s.arg(site),
                                            {ns, autodiscover},
                                            site % 2 == 0 ? TlsMode::Offload : TlsMode::Passthrough,
                                            newServers});
    }
    if (!legacyCas2007.isEmpty())
        t.certificates.append(Certificate{u"Legacy-%1"_s.arg(site),
                                          u"CN="_s + legacyNs,
                                          {legacyNs, autodiscover},
                                          Setting<bool>(false),
                                          legacyCas2007,
                                          expiry});
    if (!legacyCas2010.isEmpty())
        t.certificates.append(Certificate{
            u"E2010-%1"_s.arg(site), u"CN="_s + ns, {ns, autodiscover}, Setting<bool>(false), legacyCas2010, expiry});
    if (mailboxServers.isEmpty())
        return;
    const int people = 25 * static_cast<int>(mailboxServers.size());
    t.clientGroups.append(ClientGroup{u"Office-%1"_s.arg(site),
                                      OutlookVersion::Outlook2016,
                                      {},
                                      ClientLocation::Internal,
                                      mailboxServers,
                                      people * 6,
                                      {}});
    t.clientGroups.append(ClientGroup{u"Remote-%1"_s.arg(site), OutlookVersion::Outlook2010, Setting<int>(site % 3),
                                      ClientLocation::External, mailboxServers, people, {}});
    t.clientGroups.append(ClientGroup{u"Mobile-%1"_s.arg(site), OutlookVersion::Outlook2013, Setting<int>(1),
                                      ClientLocation::Both, mailboxServers, people * 2, {}});
}
} // namespace

Plan makeSyntheticPlan(int serverCount)
{
    Plan plan;
    plan.info.title = u"Synthetic organization of %1 servers"_s.arg(serverCount);
    plan.info.author = u"coexplan_bench"_s;
    Topology &t = plan.topology;
    t.organization.name = u"Contoso"_s;
    t.organization.namespaces = Namespaces{ns, ns, autodiscover, legacyNs};
    t.organization.expressCertPrincipalName = QString(u"msstd:"_s + ns);
    for (int first = 0, site = 0; first < serverCount; first += serversPerSite, ++site)
        addSite(t, site, first, std::min(serverCount, first + serversPerSite));
    return plan;
}

} // namespace bench
