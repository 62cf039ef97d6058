#pragma once

// A small coexistence plan built in code for the flow unit tests, independent of the
// rule engine: findings are made by hand.
#include "checks/finding.h"
#include "flows/flow.h"
#include "topology/topology.h"

#include <QStringList>

namespace flowtest {

using namespace wizard;

// HQ (internet-facing): EX2013 (2013 CAS + mailbox), EX2010CAS, EX2010MBX (DB2010, CAS
// array HQ-Array = outlook.contoso.local). Branch: EX2007 (2007 CAS + mailbox).
// New CAS: internal mail.contoso.local / Ntlm, external mail.contoso.com / Basic.
// Legacy CAS hand out mail.contoso.com / Ntlm.
inline Topology coexistencePlan()
{
    using namespace Qt::StringLiterals;
    Topology t;
    t.organization.name = u"Contoso"_s;
    t.organization.namespaces
        = {u"mail.contoso.com"_s, u"mail.contoso.local"_s, u"autodiscover.contoso.com"_s, u"legacy.contoso.com"_s};
    t.sites = {{u"HQ"_s, true}, {u"Branch"_s, false}};

    Server ex2013;
    ex2013.name = u"EX2013"_s;
    ex2013.fqdn = u"ex2013.contoso.local"_s;
    ex2013.site = u"HQ"_s;
    ex2013.version = ExchangeVersion::Ex2013;
    ex2013.roles = {true, true, false};
    OutlookAnywhereSettings &oa = ex2013.outlookAnywhere;
    oa = unknownOutlookAnywhereSettings(ExchangeVersion::Ex2013);
    oa.externalHostname = u"mail.contoso.com"_s;
    oa.internalHostname = u"mail.contoso.local"_s;
    oa.externalClientAuthenticationMethod = AuthMethod::Basic;
    oa.internalClientAuthenticationMethod = AuthMethod::Ntlm;
    oa.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Basic, AuthMethod::Ntlm};

    auto legacyCas = [](const QString &name, ExchangeVersion v, const QString &site, bool mailbox) {
        Server s;
        s.name = name;
        s.fqdn = name.toLower() + u".contoso.local"_s;
        s.site = site;
        s.version = v;
        s.roles = {true, mailbox, false};
        s.outlookAnywhere = unknownOutlookAnywhereSettings(v);
        s.outlookAnywhere.enabled = true;
        s.outlookAnywhere.externalHostname = u"mail.contoso.com"_s;
        s.outlookAnywhere.clientAuthenticationMethod = AuthMethod::Ntlm;
        s.outlookAnywhere.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Basic, AuthMethod::Ntlm};
        return s;
    };
    Server ex2010mbx;
    ex2010mbx.name = u"EX2010MBX"_s;
    ex2010mbx.fqdn = u"ex2010mbx.contoso.local"_s;
    ex2010mbx.site = u"HQ"_s;
    ex2010mbx.version = ExchangeVersion::Ex2010;
    ex2010mbx.roles = {false, true, false};
    ex2010mbx.outlookAnywhere = unknownOutlookAnywhereSettings(ExchangeVersion::Ex2010);

    t.servers = {ex2013, legacyCas(u"EX2010CAS"_s, ExchangeVersion::Ex2010, u"HQ"_s, false), ex2010mbx,
                 legacyCas(u"EX2007"_s, ExchangeVersion::Ex2007, u"Branch"_s, true)};
    t.casArrays = {{u"HQ-Array"_s, u"outlook.contoso.local"_s, u"HQ"_s}};
    MailboxDatabase db;
    db.name = u"DB2010"_s;
    db.server = u"EX2010MBX"_s;
    db.rpcClientAccessServer = u"outlook.contoso.local"_s;
    t.databases = {db};
    Certificate cert;
    cert.name = u"SAN"_s;
    cert.subject = u"CN=mail.contoso.com"_s;
    cert.names = {u"mail.contoso.com"_s, u"autodiscover.contoso.com"_s, u"mail.contoso.local"_s};
    cert.selfSigned = false;
    cert.servers = {u"EX2013"_s};
    t.certificates = {cert};
    return t;
}

inline ClientGroup group(const QString &name, ClientLocation location, const QStringList &mailboxServers)
{
    ClientGroup g;
    g.name = name;
    g.outlook = OutlookVersion::Outlook2016;
    g.location = location;
    g.mailboxServers = mailboxServers;
    g.headCount = 10;
    return g;
}

inline Finding finding(const QString &ruleId, Severity severity, SubjectKind kind, const QString &subject,
                       const QStringList &fields = {})
{
    using namespace Qt::StringLiterals;
    Finding f;
    f.ruleId = ruleId;
    f.severity = severity;
    f.subject = {kind, subject};
    f.fields = fields;
    f.message = u"%1 on %2."_s.arg(ruleId, subject);
    f.why = u"why"_s;
    f.fix = u"fix"_s;
    f.source = u"https://example.invalid/"_s;
    return f;
}

// "autodiscover,partA,partB,mailbox"
inline QString kinds(const Flow &f)
{
    QStringList out;
    for (const Hop &h : f.hops)
        out.append(hopKindToken(h.kind));
    return out.join(u',');
}

// "ok,fail,ok"
inline QString verdicts(const Flow &f)
{
    QStringList out;
    for (const Hop &h : f.hops)
        out.append(verdictToken(h.verdict));
    return out.join(u',');
}

// "-,PB-001 PB-003,-"
inline QString rules(const Flow &f)
{
    QStringList out;
    for (const Hop &h : f.hops)
        out.append(h.ruleIds.isEmpty() ? QStringLiteral("-") : h.ruleIds.join(u' '));
    return out.join(u',');
}

} // namespace flowtest
