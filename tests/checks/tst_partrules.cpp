// The fix commands of the Part A / Part B rules: the right cmdlet and parameters for the
// subject's version (RULEBOOK §3, §5), and plan values that stay inside one quoted
// PowerShell literal however hostile they are.
#include "checks/checkengine.h"
#include "topology/topology.h"

#include <QTest>

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
               "-ClientAuthenticationMethod Basic -IISAuthenticationMethods Basic,NTLM -SSLOffloading $false"_s;
        QTest::addRow("PB-001 on 2007 SP3: enable, then Set-OutlookAnywhere for IIS")
            << legacyOutlookAnywhereOff(ExchangeVersion::Ex2007) << u"PB-001"_s
            << u"Enable-OutlookAnywhere -Server 'CAS' -ExternalHostname 'mail.fabrikam.com' "
               "-ClientAuthenticationMethod Basic -SSLOffloading $false; "
               "Set-OutlookAnywhere -Identity 'CAS\\Rpc (Default Web Site)' -IISAuthenticationMethods Basic,NTLM"_s;
        QTest::addRow("PB-001 without a planned namespace: a placeholder PowerShell cannot run")
            << legacyOutlookAnywhereOff(ExchangeVersion::Ex2010, u"CAS"_s, QString()) << u"PB-001"_s
            << u"Enable-OutlookAnywhere -Server 'CAS' -ExternalHostname <Outlook Anywhere host name> "
               "-ClientAuthenticationMethod Basic -IISAuthenticationMethods Basic,NTLM -SSLOffloading $false"_s;
        QTest::addRow("PB-002 on 2010")
            << withLegacyCas(legacyCasWithIis(u"CAS"_s, ExchangeVersion::Ex2010, {AuthMethod::Basic})) << u"PB-002"_s
            << u"Set-OutlookAnywhere -Identity 'CAS\\Rpc (Default Web Site)' -IISAuthenticationMethods Basic,NTLM"_s;
        QTest::addRow("PB-003 on 2007")
            << withLegacyCas(legacyCasWithHost(u"CAS"_s, ExchangeVersion::Ex2007, u"owa.fabrikam.com"_s)) << u"PB-003"_s
            << u"Set-OutlookAnywhere -Identity 'CAS\\Rpc (Default Web Site)' -ExternalHostname 'mail.fabrikam.com'"_s;
        QTest::addRow("PB-004 on 2007")
            << withLegacyCas(legacyCasWithHost(u"CAS"_s, ExchangeVersion::Ex2007, u"legacy.fabrikam.com"_s),
                             u"legacy.fabrikam.com"_s)
            << u"PB-004"_s
            << u"Set-OutlookAnywhere -Identity 'CAS\\Rpc (Default Web Site)' -ExternalHostname 'mail.fabrikam.com'"_s;
        QTest::addRow("PB-005 on 2010")
            << withLegacyCas(legacyCasWithClientMethod(u"CAS"_s, ExchangeVersion::Ex2010, AuthMethod::Negotiate))
            << u"PB-005"_s
            << u"Set-OutlookAnywhere -Identity 'CAS\\Rpc (Default Web Site)' -ClientAuthenticationMethod Basic"_s;
        Server noFeature = legacyCas(u"CAS"_s, ExchangeVersion::Ex2007);
        noFeature.rpcOverHttpProxyInstalled = false;
        QTest::addRow("PB-006 on 2007") << withLegacyCas(noFeature) << u"PB-006"_s
                                        << u"Import-Module ServerManager; Add-WindowsFeature RPC-over-HTTP-proxy"_s;
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

    void hostilePlanValues_stayInsideOneLiteral_data()
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
    void hostilePlanValues_stayInsideOneLiteral()
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
