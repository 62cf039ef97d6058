// The fix commands of the Part A / Part B rules: the right cmdlet and parameters for the
// subject's version (RULEBOOK §3, §5), and plan values that stay inside one quoted
// PowerShell literal however hostile they are.
#include "checks/checkengine.h"
#include "checks/rule.h"
#include "topology/topology.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace wizard;

Q_DECLARE_METATYPE(wizard::Topology)

namespace {
const QString hostileName = u"EX'; Remove-Item C:\\ -Recurse; '"_s;
const QString hostileHost = u"mail.fabrikam.com'; Stop-Computer -Force; '"_s;

Topology organization(const QString &ns = u"mail.fabrikam.com"_s, const QString &legacyNs = QString())
{
    Topology t;
    t.organization.name = u"Fabrikam"_s;
    t.organization.namespaces.outlookAnywhereExternal = ns;
    t.organization.namespaces.legacy = legacyNs;
    return t;
}

// A legacy CAS that passes every Part B rule; tests spoil one value.
Server legacyCas(const QString &name, ExchangeVersion version)
{
    Server s;
    s.name = name;
    s.fqdn = name.toLower() + u".fabrikam.local"_s;
    s.version = version;
    s.roles.clientAccess = true;
    s.rpcOverHttpProxyInstalled = true;
    s.outlookAnywhere = unknownOutlookAnywhereSettings(version);
    s.outlookAnywhere.enabled = true;
    s.outlookAnywhere.externalHostname = u"mail.fabrikam.com"_s;
    s.outlookAnywhere.clientAuthenticationMethod = AuthMethod::Basic;
    s.outlookAnywhere.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Basic, AuthMethod::Ntlm};
    s.outlookAnywhere.sslOffloading = false;
    return s;
}

Server mailboxServer(const QString &name, ExchangeVersion version)
{
    Server s;
    s.name = name;
    s.version = version;
    s.roles.mailbox = true;
    s.outlookAnywhere = unknownOutlookAnywhereSettings(version);
    return s;
}

// Outlook Anywhere off on a legacy CAS that serves a mailbox server of its version (PB-001).
Topology legacyOutlookAnywhereOff(ExchangeVersion version, const QString &casName = u"CAS"_s,
                                  const QString &ns = u"mail.fabrikam.com"_s)
{
    Topology t = organization(ns);
    Server cas = legacyCas(casName, version);
    cas.outlookAnywhere = unknownOutlookAnywhereSettings(version);
    cas.outlookAnywhere.enabled = false;
    t.servers = {cas, mailboxServer(u"MBX"_s, version)};
    return t;
}

Topology withLegacyCas(Server cas, const QString &legacyNs = QString())
{
    Topology t = organization(u"mail.fabrikam.com"_s, legacyNs);
    t.servers = {std::move(cas)};
    return t;
}

Server legacyCasWithIis(const QString &name, ExchangeVersion version, AuthMethodSet iis)
{
    Server s = legacyCas(name, version);
    s.outlookAnywhere.iisAuthenticationMethods = iis;
    return s;
}

Server legacyCasWithHost(const QString &name, ExchangeVersion version, const QString &host)
{
    Server s = legacyCas(name, version);
    s.outlookAnywhere.externalHostname = host;
    return s;
}

Server legacyCasWithClientMethod(const QString &name, ExchangeVersion version, AuthMethod method)
{
    Server s = legacyCas(name, version);
    s.outlookAnywhere.clientAuthenticationMethod = method;
    return s;
}

// A new CAS that passes every Part A rule (with the certificate of `withCertificate`);
// tests spoil one value.
Server newCas(const QString &name, ExchangeVersion version = ExchangeVersion::Ex2013)
{
    Server s;
    s.name = name;
    s.fqdn = name.toLower() + u".fabrikam.local"_s;
    s.version = version;
    s.roles.clientAccess = true;
    s.roles.mailbox = true;
    OutlookAnywhereSettings &oa = s.outlookAnywhere;
    oa = unknownOutlookAnywhereSettings(version);
    oa.externalHostname = u"mail.fabrikam.com"_s;
    oa.internalHostname = u"mail.fabrikam.com"_s;
    oa.externalClientAuthenticationMethod = AuthMethod::Basic;
    oa.internalClientAuthenticationMethod = AuthMethod::Ntlm;
    oa.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Basic, AuthMethod::Ntlm, AuthMethod::Negotiate};
    oa.sslOffloading = false;
    oa.externalClientsRequireSsl = true;
    oa.internalClientsRequireSsl = true;
    return s;
}

// The servers, a certificate for mail.fabrikam.com on every new CAS, and external clients.
Topology withServers(const QList<Server> &servers)
{
    Topology t = organization();
    t.servers = servers;
    Certificate cert;
    cert.name = u"MailCert"_s;
    cert.names = {u"mail.fabrikam.com"_s};
    cert.selfSigned = false;
    for (const Server &s : servers) {
        if (isNewCas(s))
            cert.servers.append(s.name);
    }
    t.certificates = {cert};
    ClientGroup external;
    external.name = u"Road warriors"_s;
    external.location = ClientLocation::External;
    t.clientGroups = {external};
    return t;
}

template <typename Change> Server changed(Server s, Change change)
{
    change(s.outlookAnywhere);
    return s;
}

QList<Finding> findingsOf(const Topology &t, const QString &ruleId)
{
    QList<Finding> selected;
    for (const Finding &f : runChecks(t)) {
        if (f.ruleId == ruleId && f.severity != Severity::Info)
            selected.append(f);
    }
    return selected;
}

// Splits a PowerShell command into its single-quoted literals (decoded: '' is one ')
// and the text outside them.
QStringList singleQuotedLiterals(const QString &command, QString &outside)
{
    QStringList literals;
    outside.clear();
    QString current;
    bool inside = false;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (!inside) {
            if (c == u'\'')
                inside = true;
            else
                outside.append(c);
            continue;
        }
        if (c == u'\'') {
            if (i + 1 < command.size() && command.at(i + 1) == u'\'') {
                current.append(c);
                ++i;
                continue;
            }
            literals.append(current);
            current.clear();
            inside = false;
            continue;
        }
        current.append(c);
    }
    if (inside)
        outside.append(u"<unterminated literal>"_s);
    return literals;
}
} // namespace

class TestPartRules : public QObject
{
    Q_OBJECT

private slots:
    void fix_matchesSubjectVersion_data()
    {
        QTest::addColumn<Topology>("topology");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("fix");

        QTest::addRow("PB-001 on 2010: Enable-OutlookAnywhere with IIS methods")
            << legacyOutlookAnywhereOff(ExchangeVersion::Ex2010) << u"PB-001"_s
            << u"Enable-OutlookAnywhere -Server 'CAS' -ExternalHostname 'mail.fabrikam.com' "
               "-ClientAuthenticationMethod Basic -IISAuthenticationMethods Basic,NTLM -SSLOffloading $false"
               "  # in the Exchange 2010 Management Shell"_s;
        QTest::addRow("PB-001 on 2007 SP3: enable, then Set-OutlookAnywhere for IIS")
            << legacyOutlookAnywhereOff(ExchangeVersion::Ex2007) << u"PB-001"_s
            << u"Enable-OutlookAnywhere -Server 'CAS' -ExternalHostname 'mail.fabrikam.com' "
               "-ClientAuthenticationMethod Basic -SSLOffloading $false; "
               "Set-OutlookAnywhere -Identity 'CAS\\Rpc (Default Web Site)' -IISAuthenticationMethods Basic,NTLM"
               "  # in the Exchange 2007 Management Shell"_s;
        QTest::addRow("PB-001 without a planned namespace: a placeholder PowerShell cannot run")
            << legacyOutlookAnywhereOff(ExchangeVersion::Ex2010, u"CAS"_s, QString()) << u"PB-001"_s
            << u"Enable-OutlookAnywhere -Server 'CAS' -ExternalHostname <Outlook Anywhere host name> "
               "-ClientAuthenticationMethod Basic -IISAuthenticationMethods Basic,NTLM -SSLOffloading $false"
               "  # in the Exchange 2010 Management Shell"_s;
        QTest::addRow("PB-002 on 2010")
            << withLegacyCas(legacyCasWithIis(u"CAS"_s, ExchangeVersion::Ex2010, {AuthMethod::Basic})) << u"PB-002"_s
            << u"Set-OutlookAnywhere -Identity 'CAS\\Rpc (Default Web Site)' -IISAuthenticationMethods Basic,NTLM"
               "  # in the Exchange 2010 Management Shell"_s;
        // Issue 13, defect 8: a renamed web site's Identity, as imported, addresses the vdir.
        Server renamed = legacyCasWithIis(u"CAS"_s, ExchangeVersion::Ex2010, {AuthMethod::Basic});
        renamed.rpcVirtualDirectoryIdentity = u"CAS\\Rpc (Exchange Site)"_s;
        QTest::addRow("PB-002 on a renamed web site: the captured Identity")
            << withLegacyCas(renamed) << u"PB-002"_s
            << u"Set-OutlookAnywhere -Identity 'CAS\\Rpc (Exchange Site)' -IISAuthenticationMethods Basic,NTLM"
               "  # in the Exchange 2010 Management Shell"_s;
        QTest::addRow("PB-003 on 2007")
            << withLegacyCas(legacyCasWithHost(u"CAS"_s, ExchangeVersion::Ex2007, u"owa.fabrikam.com"_s)) << u"PB-003"_s
            << u"Set-OutlookAnywhere -Identity 'CAS\\Rpc (Default Web Site)' -ExternalHostname 'mail.fabrikam.com'"
               "  # in the Exchange 2007 Management Shell"_s;
        QTest::addRow("PB-004 on 2007")
            << withLegacyCas(legacyCasWithHost(u"CAS"_s, ExchangeVersion::Ex2007, u"legacy.fabrikam.com"_s),
                             u"legacy.fabrikam.com"_s)
            << u"PB-004"_s
            << u"Set-OutlookAnywhere -Identity 'CAS\\Rpc (Default Web Site)' -ExternalHostname 'mail.fabrikam.com'"
               "  # in the Exchange 2007 Management Shell"_s;
        QTest::addRow("PB-005 on 2010")
            << withLegacyCas(legacyCasWithClientMethod(u"CAS"_s, ExchangeVersion::Ex2010, AuthMethod::Negotiate))
            << u"PB-005"_s
            << u"Set-OutlookAnywhere -Identity 'CAS\\Rpc (Default Web Site)' -ClientAuthenticationMethod Basic"
               "  # in the Exchange 2010 Management Shell"_s;
        Server noFeature = legacyCas(u"CAS"_s, ExchangeVersion::Ex2007);
        noFeature.rpcOverHttpProxyInstalled = false;
        // Issue 13, defect 5: the method of the server's Windows version, run on that server.
        noFeature.operatingSystem = WindowsServer::WS2008;
        QTest::addRow("PB-006 on 2007, Windows Server 2008")
            << withLegacyCas(noFeature) << u"PB-006"_s
            << u"On CAS (Windows Server 2008), in an elevated command prompt on that server: ServerManagerCmd -install "
               "RPC-over-HTTP-proxy"_s;
        noFeature.operatingSystem = WindowsServer::WS2003;
        QTest::addRow("PB-006 on 2007, Windows Server 2003")
            << withLegacyCas(noFeature) << u"PB-006"_s
            << u"On CAS (Windows Server 2003), as an administrator: Control Panel, Add or Remove Programs, "
               "Add/Remove Windows Components, Networking Services, Details, select RPC over HTTP Proxy, then OK and "
               "Next."_s;
        Server noFeature2010 = legacyCas(u"CAS"_s, ExchangeVersion::Ex2010);
        noFeature2010.rpcOverHttpProxyInstalled = false;
        noFeature2010.operatingSystem = WindowsServer::WS2008R2;
        QTest::addRow("PB-006 on 2010, Windows Server 2008 R2")
            << withLegacyCas(noFeature2010) << u"PB-006"_s
            << u"Import-Module ServerManager; Add-WindowsFeature RPC-over-HTTP-proxy  # on CAS itself (Windows Server "
               "2008 R2), in an elevated Windows PowerShell there, not in the Exchange Management Shell of another "
               "server"_s;
        noFeature2010.operatingSystem = Setting<WindowsServer>();
        QTest::addRow("PB-006 on 2010, Windows not recorded: the choice")
            << withLegacyCas(noFeature2010) << u"PB-006"_s
            << u"On CAS itself (not in the Exchange Management Shell), as an administrator, by its Windows version: "
               "Windows Server 2008 R2 or later: Import-Module ServerManager; Add-WindowsFeature RPC-over-HTTP-proxy. "
               "Windows Server 2008: ServerManagerCmd -install RPC-over-HTTP-proxy. Windows Server 2003: Control "
               "Panel, Add or Remove Programs, Add/Remove Windows Components, Networking Services, Details, RPC over "
               "HTTP Proxy. Record the operating system in the plan for the one command."_s;
    }
    void fix_newCasUsesItsOwnParameters_data()
    {
        QTest::addColumn<Topology>("topology");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("fix");

        const Server legacy = legacyCas(u"CAS2010"_s, ExchangeVersion::Ex2010);
        for (const ExchangeVersion v : {ExchangeVersion::Ex2013, ExchangeVersion::Ex2016}) {
            const QString tag = exchangeVersionToken(v);
            const QString identity = u"Set-OutlookAnywhere -Identity 'EX\\Rpc (Default Web Site)' "_s;
            QTest::addRow("PA-001 on %s: add the legacy method to IIS", qPrintable(tag)) << withServers(
                {legacy, changed(newCas(u"EX"_s, v), [](OutlookAnywhereSettings &oa) {
                     oa.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Ntlm};
                     oa.externalClientAuthenticationMethod = AuthMethod::Ntlm;
                 })}) << u"PA-001"_s << identity + u"-IISAuthenticationMethods Basic,Ntlm"_s;
            QTest::addRow("PA-002 on %s", qPrintable(tag)) << withServers(
                {changed(newCas(u"EX"_s, v), [](OutlookAnywhereSettings &oa) {
                    oa.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Ntlm};
                })}) << u"PA-002"_s << identity + u"-IISAuthenticationMethods Basic,Ntlm"_s;
            QTest::addRow("PA-003 on %s", qPrintable(tag)) << withServers(
                {changed(newCas(u"EX"_s, v), [](OutlookAnywhereSettings &oa) {
                    oa.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Basic};
                })}) << u"PA-003"_s << identity + u"-IISAuthenticationMethods Basic,Ntlm"_s;
            QTest::addRow("PA-004 on %s: the new side takes the legacy method", qPrintable(tag)) << withServers(
                {legacy, changed(newCas(u"EX"_s, v), [](OutlookAnywhereSettings &oa) {
                     oa.externalClientAuthenticationMethod = AuthMethod::Ntlm;
                 })}) << u"PA-004"_s << identity + u"-ExternalClientAuthenticationMethod Basic"_s;
            QTest::addRow("PA-005 on %s: both client methods", qPrintable(tag))
                << withServers({mailboxServer(u"MBX2010"_s, ExchangeVersion::Ex2010),
                                changed(newCas(u"EX"_s, v),
                                        [](OutlookAnywhereSettings &oa) {
                                            oa.externalClientAuthenticationMethod = AuthMethod::Negotiate;
                                            oa.internalClientAuthenticationMethod = AuthMethod::Negotiate;
                                        })})
                << u"PA-005"_s
                << identity + u"-ExternalClientAuthenticationMethod Basic -InternalClientAuthenticationMethod Ntlm"_s;
            QTest::addRow("PA-006 on %s", qPrintable(tag)) << withServers(
                {changed(newCas(u"EX"_s, v), [](OutlookAnywhereSettings &oa) { oa.externalHostname = QString(); })})
                                                           << u"PA-006"_s
                                                           << identity
                    + u"-ExternalHostname 'mail.fabrikam.com' -ExternalClientAuthenticationMethod Basic "
                      "-ExternalClientsRequireSsl $true"_s;
            QTest::addRow("PA-007 on %s", qPrintable(tag))
                << withServers({changed(newCas(u"EX"_s, v),
                                        [](OutlookAnywhereSettings &oa) { oa.internalClientsRequireSsl = false; })})
                << u"PA-007"_s << identity + u"-InternalClientsRequireSsl $true"_s;
            QTest::addRow("PA-008 on %s", qPrintable(tag)) << withServers(
                {changed(newCas(u"EX"_s, v), [](OutlookAnywhereSettings &oa) {
                    oa.externalClientsRequireSsl = false;
                    oa.sslOffloading = true;
                })}) << u"PA-008"_s << identity + u"-ExternalClientsRequireSsl $true"_s;
            QTest::addRow("PA-010 on %s: InternalHostname is the server FQDN", qPrintable(tag)) << withServers({changed(
                newCas(u"EX"_s, v), [](OutlookAnywhereSettings &oa) { oa.internalHostname = u"ex.fabrikam.local"_s; })})
                                                                                                << u"PA-010"_s
                                                                                                << identity
                    + u"-InternalHostname 'mail.fabrikam.com' -InternalClientsRequireSsl $true"_s;
        }
        QTest::addRow("PA-011 on 2016 behind a 2013 reference")
            << withServers({newCas(u"EXA"_s),
                            changed(newCas(u"EX"_s, ExchangeVersion::Ex2016),
                                    [](OutlookAnywhereSettings &oa) {
                                        oa.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Ntlm};
                                        oa.internalClientsRequireSsl = false;
                                    })})
            << u"PA-011"_s
            << u"Set-OutlookAnywhere -Identity 'EX\\Rpc (Default Web Site)' -IISAuthenticationMethods "
               "Basic,Ntlm,Negotiate -InternalClientsRequireSsl $true"_s;
    }
    void fix_newCasUsesItsOwnParameters()
    {
        QFETCH(Topology, topology);
        QFETCH(QString, ruleId);
        QFETCH(QString, fix);
        const QList<Finding> findings = findingsOf(topology, ruleId);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().fix, fix);
    }

    // Issue 13, defect 1: the first server in plan order is the broken one (Negotiate as
    // the external method with IIS Ntlm only: PA-002; ExternalClientsRequireSsl $false).
    // PA-011 must not hand its values to the healthy server: the broken one is told to
    // take the healthy one's values instead.
    void consistencyFix_neverCopiesAServerWithErrors()
    {
        const Server broken = changed(newCas(u"EXA"_s), [](OutlookAnywhereSettings &oa) {
            oa.externalClientAuthenticationMethod = AuthMethod::Negotiate;
            oa.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Ntlm};
            oa.externalClientsRequireSsl = false;
        });
        const Topology t = withServers({broken, newCas(u"EXB"_s)});
        const QList<Finding> all = runChecks(t);
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const Finding &f) {
            return f.severity == Severity::Error && f.subject.name == u"EXA"_s;
        }));
        const QList<Finding> findings = findingsOf(t, u"PA-011"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().subject.name, u"EXA"_s);
        QCOMPARE(findings.first().fix,
                 u"Set-OutlookAnywhere -Identity 'EXA\\Rpc (Default Web Site)' -ExternalClientAuthenticationMethod "
                 "Basic -IISAuthenticationMethods Basic,Ntlm,Negotiate -ExternalClientsRequireSsl $true"_s);
        // The rule on its own (no engine pass) gives the same answer.
        QList<Finding> alone;
        for (const auto &rule : allRules()) {
            if (rule->id() == u"PA-011"_s)
                rule->evaluate(CheckContext(t), alone);
        }
        alone.removeIf([](const Finding &f) { return f.severity == Severity::Info; });
        QCOMPARE(alone, findings);
    }
    void consistencyFix_everyServerBroken_namesNoValues()
    {
        const auto spoil = [](OutlookAnywhereSettings &oa) {
            oa.externalClientAuthenticationMethod = AuthMethod::Negotiate;
            oa.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Ntlm};
        };
        Server second = changed(newCas(u"EXB"_s), spoil);
        second.outlookAnywhere.sslOffloading = true;
        const QList<Finding> findings
            = findingsOf(withServers({changed(newCas(u"EXA"_s), spoil), second}), u"PA-011"_s);
        QCOMPARE(findings.size(), 1);
        QVERIFY2(!findings.first().fix.contains(u"Set-OutlookAnywhere"_s), qPrintable(findings.first().fix));
        QVERIFY2(findings.first().fix.contains(u"EXA"_s), qPrintable(findings.first().fix));
    }

    // RULEBOOK §5 / U5 / F14: every fix of a topology where every Part A and B rule fires
    // uses only its subject's parameters.
    void everyFix_usesOnlyParametersOfTheSubjectsVersion()
    {
        Server legacy2007 = legacyCasWithClientMethod(u"CAS2007"_s, ExchangeVersion::Ex2007, AuthMethod::NegoEx);
        legacy2007.outlookAnywhere.externalHostname = u"legacy.fabrikam.com"_s;
        legacy2007.outlookAnywhere.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Basic};
        Server legacy2010 = legacyOutlookAnywhereOff(ExchangeVersion::Ex2010, u"CAS2010"_s).servers.first();
        legacy2010.rpcOverHttpProxyInstalled = false;
        const Server broken2013 = changed(newCas(u"EX2013"_s), [](OutlookAnywhereSettings &oa) {
            oa.externalHostname = QString();
            oa.internalHostname = u"ex2013.fabrikam.local"_s;
            oa.externalClientAuthenticationMethod = AuthMethod::Negotiate;
            oa.internalClientAuthenticationMethod = AuthMethod::Negotiate;
            oa.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Ntlm};
            oa.externalClientsRequireSsl = false;
            oa.internalClientsRequireSsl = false;
        });
        const Server other2016 = changed(newCas(u"EX2016"_s, ExchangeVersion::Ex2016),
                                         [](OutlookAnywhereSettings &oa) { oa.sslOffloading = true; });
        Topology t = withServers(
            {legacy2007, legacy2010, mailboxServer(u"MBX2010"_s, ExchangeVersion::Ex2010), broken2013, other2016});
        t.organization.namespaces.legacy = u"legacy.fabrikam.com"_s;
        LoadBalancer lb;
        lb.name = u"LB1"_s;
        lb.tls = TlsMode::Passthrough;
        lb.servers = {u"EX2013"_s, u"EX2016"_s};
        t.loadBalancers = {lb};

        QSet<QString> fired;
        for (const Finding &f : runChecks(t)) {
            if (f.severity == Severity::Info && f.message.startsWith(u"Cannot evaluate"_s))
                continue;
            if (!f.ruleId.startsWith(u"PA-"_s) && !f.ruleId.startsWith(u"PB-"_s))
                continue;
            fired.insert(f.ruleId);
            const Server *subject = t.findServer(f.subject.name);
            QVERIFY(subject);
            QVERIFY2(!f.fix.contains(u"-DefaultAuthenticationMethod"_s), qPrintable(f.fix));
            if (isLegacy(subject->version)) {
                for (const QString &newOnly : {u"-InternalHostname"_s, u"-ExternalClientAuthenticationMethod"_s,
                                               u"-InternalClientAuthenticationMethod"_s, u"ClientsRequireSsl"_s})
                    QVERIFY2(!f.fix.contains(newOnly), qPrintable(f.ruleId + u": "_s + f.fix));
            } else {
                for (const QString &legacyOnly : {u"-ClientAuthenticationMethod"_s, u"Enable-OutlookAnywhere"_s})
                    QVERIFY2(!f.fix.contains(legacyOnly), qPrintable(f.ruleId + u": "_s + f.fix));
            }
        }
        // The topology really exercises every rule (PA-009 is an info, PA-011 compares EX2016 to EX2013).
        const QStringList expected{u"PB-001"_s, u"PB-002"_s, u"PB-004"_s, u"PB-005"_s, u"PB-006"_s,
                                   u"PA-002"_s, u"PA-003"_s, u"PA-005"_s, u"PA-006"_s, u"PA-007"_s,
                                   u"PA-008"_s, u"PA-009"_s, u"PA-010"_s, u"PA-011"_s};
        for (const QString &id : expected)
            QVERIFY2(fired.contains(id), qPrintable(id));
    }

    void fix_matchesSubjectVersion()
    {
        QFETCH(Topology, topology);
        QFETCH(QString, ruleId);
        QFETCH(QString, fix);
        const QList<Finding> findings = findingsOf(topology, ruleId);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().fix, fix);
    }

    void hostileLegacyValues_stayInsideOneLiteral_data()
    {
        QTest::addColumn<Topology>("topology");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("literal");

        const QString vdir = hostileName + u"\\Rpc (Default Web Site)"_s;
        QTest::addRow("PB-001 server name, 2010")
            << legacyOutlookAnywhereOff(ExchangeVersion::Ex2010, hostileName) << u"PB-001"_s << hostileName;
        QTest::addRow("PB-001 server name, 2007 vdir identity")
            << legacyOutlookAnywhereOff(ExchangeVersion::Ex2007, hostileName) << u"PB-001"_s << vdir;
        QTest::addRow("PB-001 namespace")
            << legacyOutlookAnywhereOff(ExchangeVersion::Ex2010, u"CAS"_s, hostileHost) << u"PB-001"_s << hostileHost;
        QTest::addRow("PB-002 vdir identity")
            << withLegacyCas(legacyCasWithIis(hostileName, ExchangeVersion::Ex2010, {AuthMethod::Basic})) << u"PB-002"_s
            << vdir;
        Topology hostileNamespace
            = withLegacyCas(legacyCasWithHost(u"CAS"_s, ExchangeVersion::Ex2010, u"owa.fabrikam.com"_s));
        hostileNamespace.organization.namespaces.outlookAnywhereExternal = hostileHost;
        QTest::addRow("PB-003 namespace") << hostileNamespace << u"PB-003"_s << hostileHost;
        QTest::addRow("PB-005 vdir identity")
            << withLegacyCas(legacyCasWithClientMethod(hostileName, ExchangeVersion::Ex2007, AuthMethod::NegoEx))
            << u"PB-005"_s << vdir;
    }
    void hostileNewCasValues_stayInsideOneLiteral_data()
    {
        QTest::addColumn<Topology>("topology");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("literal");

        const QString vdir = hostileName + u"\\Rpc (Default Web Site)"_s;
        QTest::addRow("PA-001 vdir identity") << withServers(
            {legacyCas(u"CAS2010"_s, ExchangeVersion::Ex2010),
             changed(newCas(hostileName), [](OutlookAnywhereSettings &oa) {
                 oa.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Ntlm};
                 oa.externalClientAuthenticationMethod = AuthMethod::Ntlm;
             })}) << u"PA-001"_s << vdir;
        Topology noExternalHost = withServers(
            {changed(newCas(u"EX"_s), [](OutlookAnywhereSettings &oa) { oa.externalHostname = QString(); })});
        noExternalHost.organization.namespaces.outlookAnywhereExternal = hostileHost;
        QTest::addRow("PA-006 namespace") << noExternalHost << u"PA-006"_s << hostileHost;
        Topology fqdnInternal = withServers({changed(
            newCas(u"EX"_s), [](OutlookAnywhereSettings &oa) { oa.internalHostname = u"ex.fabrikam.local"_s; })});
        fqdnInternal.organization.namespaces.outlookAnywhereInternal = hostileHost;
        QTest::addRow("PA-010 internal namespace") << fqdnInternal << u"PA-010"_s << hostileHost;
        // A hostile host name is no host name (NS-005, an error), so its server is never
        // the reference PA-011 re-applies: the fix names the other server's value.
        QTest::addRow("PA-011 hostile host name not re-applied") << withServers(
            {changed(newCas(u"EXA"_s), [](OutlookAnywhereSettings &oa) { oa.internalHostname = hostileHost; }),
             changed(newCas(u"EXB"_s), [](OutlookAnywhereSettings &oa) {
                 oa.internalHostname = u"other.fabrikam.com"_s;
             })}) << u"PA-011"_s << u"other.fabrikam.com"_s;
    }
    void hostileNewCasValues_stayInsideOneLiteral() { verifyHostileValueStaysQuoted(); }

    void hostileLegacyValues_stayInsideOneLiteral() { verifyHostileValueStaysQuoted(); }

private:
    // Shared body of the two hostile-value tests (same data columns).
    static void verifyHostileValueStaysQuoted()
    {
        QFETCH(Topology, topology);
        QFETCH(QString, ruleId);
        QFETCH(QString, literal);
        const QList<Finding> findings = findingsOf(topology, ruleId);
        QCOMPARE(findings.size(), 1);
        QString outside;
        const QStringList literals = singleQuotedLiterals(findings.first().fix, outside);
        QVERIFY2(literals.contains(literal), qPrintable(findings.first().fix));
        QVERIFY2(!outside.contains(u"Remove-Item"_s) && !outside.contains(u"Stop-Computer"_s)
                     && !outside.contains(u"<unterminated"_s),
                 qPrintable(findings.first().fix));
    }
};

QTEST_GUILESS_MAIN(TestPartRules)
#include "tst_partrules.moc"
