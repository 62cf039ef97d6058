#pragma once

// The plan the live-probe lab (probe_lab.py) answers for: one organization whose names
// each meet one case of issue 15 (all good, resolves elsewhere, certificate lacking the
// Autodiscover name, expired, self-signed, no NTLM on a legacy CAS, refused, timeout,
// NXDOMAIN, a redirect to another host).
#include "topology/topology.h"

namespace labplan {

inline wizard::Server server(const QString &name, const QString &fqdn, wizard::ExchangeVersion version)
{
    using namespace wizard;
    using namespace Qt::StringLiterals;
    Server s;
    s.name = name;
    s.fqdn = fqdn;
    s.version = version;
    s.roles.clientAccess = true;
    s.roles.mailbox = !isLegacy(version);
    s.outlookAnywhere = unknownOutlookAnywhereSettings(version);
    s.outlookAnywhere.iisAuthenticationMethods = isLegacy(version)
        ? AuthMethodSet{AuthMethod::Basic, AuthMethod::Ntlm}
        : AuthMethodSet{AuthMethod::Basic, AuthMethod::Ntlm, AuthMethod::Negotiate};
    if (!isLegacy(version)) {
        s.outlookAnywhere.externalHostname = u"mail.contoso.test"_s;
        s.outlookAnywhere.internalHostname = u"internal.contoso.test"_s;
        s.outlookAnywhere.externalClientAuthenticationMethod = AuthMethod::Ntlm;
        s.outlookAnywhere.internalClientAuthenticationMethod = AuthMethod::Ntlm;
    }
    return s;
}

inline wizard::Plan plan()
{
    using namespace wizard;
    using namespace Qt::StringLiterals;
    Plan p;
    p.info.title = u"Probe lab"_s;
    Topology &t = p.topology;
    t.organization.name = u"Contoso"_s;
    t.organization.namespaces.outlookAnywhereExternal = u"mail.contoso.test"_s;
    t.organization.namespaces.outlookAnywhereInternal = u"internal.contoso.test"_s;
    t.organization.namespaces.autodiscover = u"autodiscover.contoso.test"_s;
    t.servers = {
        server(u"EX2013"_s, u"ex2013.contoso.test"_s, ExchangeVersion::Ex2013),
        server(u"EX2013B"_s, u"ex2013b.contoso.test"_s, ExchangeVersion::Ex2013),
        server(u"EX2013C"_s, u"ex2013c.contoso.test"_s, ExchangeVersion::Ex2013),
        server(u"EX2013D"_s, u"ex2013d.contoso.test"_s, ExchangeVersion::Ex2013),
        server(u"EX2010"_s, u"ex2010.contoso.test"_s, ExchangeVersion::Ex2010),
        server(u"EX2010B"_s, u"ex2010b.contoso.test"_s, ExchangeVersion::Ex2010),
        server(u"EX2010C"_s, u"ex2010c.contoso.test"_s, ExchangeVersion::Ex2010),
        server(u"EX2010D"_s, u"gone.contoso.test"_s, ExchangeVersion::Ex2010),
    };
    Certificate cert;
    cert.name = u"Exchange 2013 SAN"_s;
    cert.subject = u"CN=mail.contoso.test"_s;
    cert.names = {u"mail.contoso.test"_s, u"internal.contoso.test"_s, u"autodiscover.contoso.test"_s};
    cert.selfSigned = false;
    cert.servers = {u"EX2013"_s, u"EX2013B"_s, u"EX2013C"_s, u"EX2013D"_s};
    t.certificates = {cert};
    LoadBalancer lb;
    lb.name = u"Gateway"_s;
    lb.hostNames = {u"gateway.contoso.test"_s};
    lb.servers = {u"EX2013"_s};
    t.loadBalancers = {lb};
    ClientGroup sales;
    sales.name = u"Sales"_s;
    sales.outlook = OutlookVersion::Outlook2016;
    sales.location = ClientLocation::External;
    sales.mailboxServers = {u"EX2013"_s};
    sales.headCount = 40;
    t.clientGroups = {sales};
    return p;
}

} // namespace labplan
