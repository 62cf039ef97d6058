// The fix commands of the namespace and certificate rules (NS-002, NS-004, CERT-002):
// the cmdlet for the subject's version, the target the fix chooses, and plan values that
// stay inside one quoted PowerShell literal (RULEBOOK §3, §5).
#include "checks/checkengine.h"
#include "planfile/planfile.h"
#include "topology/topology.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace wizard;

Q_DECLARE_METATYPE(wizard::Topology)

namespace {
Topology organization()
{
    Topology t;
    t.organization.name = u"Fabrikam"_s;
    t.organization.namespaces.outlookAnywhereExternal = u"mail.fabrikam.com"_s;
    t.organization.namespaces.autodiscover = u"autodiscover.fabrikam.com"_s;
    return t;
}

Server server(const QString &name, ExchangeVersion version, bool clientAccess, const QString &site = QString())
{
    Server s;
    s.name = name;
    s.fqdn = name.toLower() + u".fabrikam.local"_s;
    s.site = site;
    s.version = version;
    s.roles.clientAccess = clientAccess;
    s.roles.mailbox = true;
    s.outlookAnywhere = unknownOutlookAnywhereSettings(version);
    return s;
}

// An Exchange 2010 database on MBX whose RpcClientAccessServer is the new namespace.
Topology databaseOnNamespace(const QString &dbName)
{
    Topology t = organization();
    t.servers
        = {server(u"EX13"_s, ExchangeVersion::Ex2013, true), server(u"MBX"_s, ExchangeVersion::Ex2010, false, u"HQ"_s)};
    MailboxDatabase db;
    db.name = dbName;
    db.server = u"MBX"_s;
    db.rpcClientAccessServer = u"mail.fabrikam.com"_s;
    t.databases = {db};
    return t;
}

Topology scpOn(ExchangeVersion version, const QString &name)
{
    Topology t = organization();
    Server s = server(name, version, true);
    s.autodiscoverServiceInternalUri = QString();
    t.servers = {s};
    return t;
}

Topology wildcardCertificate(const QString &subject)
{
    Topology t = organization();
    t.organization.expressCertPrincipalName = u"msstd:mail.fabrikam.com"_s;
    t.servers = {server(u"EX13"_s, ExchangeVersion::Ex2013, true)};
    Certificate c;
    c.name = u"Wildcard"_s;
    c.subject = subject;
    c.names = {u"*.fabrikam.com"_s};
    c.selfSigned = false;
    c.servers = {u"EX13"_s};
    t.certificates = {c};
    return t;
}

QString fixOf(const Topology &t, const QString &ruleId)
{
    const QList<Finding> findings = runChecks(t);
    const auto it = std::find_if(findings.cbegin(), findings.cend(), [&ruleId](const Finding &f) {
        return f.ruleId == ruleId && f.severity != Severity::Info;
    });
    return it == findings.cend() ? QString() : it->fix;
}
} // namespace

class TestNamespaceCertRules : public QObject
{
    Q_OBJECT

private slots:
    void fix_usesVersionCmdletAndQuotesPlanValues_data()
    {
        QTest::addColumn<Topology>("topology");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("expectedFix");

        Topology arrayInSite = databaseOnNamespace(u"Sales's DB"_s);
        arrayInSite.casArrays = {CasArray{u"Other"_s, u"outlook-br.fabrikam.local"_s, u"Branch"_s},
                                 CasArray{u"HQ-Array"_s, u"outlook-hq.fabrikam.local"_s, u"HQ"_s}};
        QTest::addRow("NS-002 points the database at the array of its site")
            << arrayInSite << u"NS-002"_s
            << u"Set-MailboxDatabase -Identity 'Sales''s DB' -RpcClientAccessServer 'outlook-hq.fabrikam.local'"
               "  # in the Exchange 2010 Management Shell"_s;

        Topology casInSite = databaseOnNamespace(u"DB1"_s);
        casInSite.servers.append(server(u"CAS10"_s, ExchangeVersion::Ex2010, true, u"HQ"_s));
        QTest::addRow("NS-002 without an array uses a 2010 CAS of the site")
            << casInSite << u"NS-002"_s
            << u"Set-MailboxDatabase -Identity 'DB1' -RpcClientAccessServer 'cas10.fabrikam.local'"
               "  # in the Exchange 2010 Management Shell"_s;

        QTest::addRow("NS-004 on Exchange 2010")
            << scpOn(ExchangeVersion::Ex2010, u"EX'10"_s) << u"NS-004"_s
            << u"Set-ClientAccessServer -Identity 'EX''10' -AutoDiscoverServiceInternalUri "
               "'https://autodiscover.fabrikam.com/Autodiscover/Autodiscover.xml'"
               "  # in the Exchange 2010 Management Shell"_s;
        QTest::addRow("NS-004 on Exchange 2016 uses Set-ClientAccessService")
            << scpOn(ExchangeVersion::Ex2016, u"EX16"_s) << u"NS-004"_s
            << u"Set-ClientAccessService -Identity 'EX16' -AutoDiscoverServiceInternalUri "
               "'https://autodiscover.fabrikam.com/Autodiscover/Autodiscover.xml'"_s;

        QTest::addRow("CERT-002 names the wildcard subject")
            << wildcardCertificate(u"CN=*.fabrikam.com, O=Fabrikam"_s) << u"CERT-002"_s
            << u"Set-OutlookProvider EXPR -CertPrincipalName 'msstd:*.fabrikam.com'"_s;
        QTest::addRow("CERT-002 quotes a hostile subject")
            << wildcardCertificate(u"CN=*.o'brien.com; Stop-Computer"_s) << u"CERT-002"_s
            << u"Set-OutlookProvider EXPR -CertPrincipalName 'msstd:*.o''brien.com; Stop-Computer'"_s;
    }
    void fix_usesVersionCmdletAndQuotesPlanValues()
    {
        QFETCH(Topology, topology);
        QFETCH(QString, ruleId);
        QFETCH(QString, expectedFix);
        QCOMPARE(fixOf(topology, ruleId), expectedFix);
    }

    void databaseWithoutAlternative_getsManualStepNotPlaceholder()
    {
        const QString fix = fixOf(databaseOnNamespace(u"DB1"_s), u"NS-002"_s);
        QVERIFY2(fix.startsWith(u"Create an Exchange 2010 CAS array"_s), qPrintable(fix));
        QVERIFY(!fix.contains(u'<'));
    }

    // Issue 13, defect 8: -OutlookProviderFlags replaces the whole set, so NS-001's fix
    // reads the flags already set and adds ServerExclusiveConnect to them.
    void ns001Fix_keepsOutlookProviderFlagsAlreadySet()
    {
        const PlanLoadResult loaded = loadPlanFile(QStringLiteral(COEXPLAN_TEST_DATA)
                                                   + u"/checks/ns001-fires-array-name-moves/plan.coexplan"_s);
        QVERIFY(loaded.ok());
        const QString fix = fixOf(loaded.plan->topology, u"NS-001"_s);
        for (const QString &provider : {u"EXPR"_s, u"EXCH"_s}) {
            const QString keep
                = u"$flags = @(([string](Get-OutlookProvider %1 -ErrorAction Stop).OutlookProviderFlags) "
                  "-split ',\\s*' | Where-Object { $_ -and $_ -ne 'None' }) + 'ServerExclusiveConnect' | "
                  "Select-Object -Unique\nSet-OutlookProvider %1 -OutlookProviderFlags ($flags -join ',') "
                  "-ErrorAction Stop"_s.arg(provider);
            QVERIFY2(fix.contains(keep), qPrintable(fix));
        }
        QVERIFY(!fix.contains(u"-OutlookProviderFlags ServerExclusiveConnect"_s));
    }

    void legacyNamespaceFix_suggestsNameInTheOrganizationsDomain()
    {
        Topology t = organization();
        t.servers = {server(u"EX07"_s, ExchangeVersion::Ex2007, true)};
        const QString fix = fixOf(t, u"NS-003"_s);
        QVERIFY2(fix.contains(u"legacy.fabrikam.com"_s), qPrintable(fix));
    }

    // Issue 14: host names are kept as typed; NS-005 says what is wrong with one that no
    // DNS name can be, NS-006 warns of an external name in a domain that is not public.
    void hostNames_invalidOrNotPublic_areFindingsOnTheirField_data()
    {
        QTest::addColumn<QString>("external"); // the Outlook Anywhere namespace
        QTest::addColumn<QString>("certificateName");
        QTest::addColumn<QString>("expected"); // "NS-005 ...words" / "NS-006" / "" (none)
        QTest::addRow("fqdn") << u"mail.fabrikam.com"_s << u"mail.fabrikam.com"_s << QString();
        QTest::addRow("wildcard on a certificate") << u"mail.fabrikam.com"_s << u"*.fabrikam.com"_s << QString();
        QTest::addRow("digits and hyphens") << u"mail-01.fab-rikam2.com"_s << u"mail.fabrikam.com"_s << QString();
        QTest::addRow("space") << u"mail fabrikam.com"_s << u"mail.fabrikam.com"_s << u"NS-005 a space"_s;
        QTest::addRow("trailing space from a paste")
            << u"mail.fabrikam.com "_s << u"mail.fabrikam.com"_s << u"NS-005 a space"_s;
        QTest::addRow("underscore") << u"mail_1.fabrikam.com"_s << u"mail.fabrikam.com"_s << u"NS-005 \"_\""_s;
        QTest::addRow("double dot") << u"mail..com"_s << u"mail.fabrikam.com"_s << u"NS-005 two dots"_s;
        QTest::addRow("final dot") << u"mail.fabrikam.com."_s << u"mail.fabrikam.com"_s << u"NS-005 ends in a dot"_s;
        QTest::addRow("leading hyphen") << u"-mail.fabrikam.com"_s << u"mail.fabrikam.com"_s << u"NS-005 hyphen"_s;
        QTest::addRow("label over 63") << QString(64, u'a') + u".com"_s << u"mail.fabrikam.com"_s
                                       << u"NS-005 at most 63"_s;
        QTest::addRow("wildcard not on a certificate")
            << u"*.fabrikam.com"_s << u"mail.fabrikam.com"_s << u"NS-005 \"*\""_s;
        QTest::addRow("wildcard in the middle of a certificate name")
            << u"mail.fabrikam.com"_s << u"mail.*.com"_s << u"NS-005 wildcard"_s;
        QTest::addRow(".local") << u"mail.fabrikam.local"_s << u"mail.fabrikam.com"_s << u"NS-006 .local"_s;
        QTest::addRow("single label") << u"webmail"_s << u"mail.fabrikam.com"_s << u"NS-006 single label"_s;
        QTest::addRow("home.arpa, any case") << u"mail.Home.ARPA"_s << u"mail.fabrikam.com"_s << u"NS-006 home.arpa"_s;
        QTest::addRow("public domain that ends like one") << u"mail.glocal"_s << u"mail.fabrikam.com"_s << QString();
    }
    void hostNames_invalidOrNotPublic_areFindingsOnTheirField()
    {
        QFETCH(QString, external);
        QFETCH(QString, certificateName);
        QFETCH(QString, expected);
        Topology t = organization();
        t.organization.namespaces.outlookAnywhereExternal = external;
        Certificate c;
        c.name = u"CA cert"_s;
        c.names = {certificateName};
        t.certificates = {c};
        QList<Finding> findings = runChecks(t);
        findings.removeIf([](const Finding &f) { return f.ruleId != u"NS-005"_s && f.ruleId != u"NS-006"_s; });
        if (expected.isEmpty()) {
            QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
            return;
        }
        QCOMPARE(findings.size(), 1);
        const Finding &f = findings.first();
        QCOMPARE(f.ruleId, expected.left(6));
        QCOMPARE(f.severity, expected.startsWith(u"NS-005"_s) ? Severity::Error : Severity::Warning);
        QVERIFY2(f.message.contains(expected.mid(7)), qPrintable(f.message));
        const bool onCertificate = certificateName != u"mail.fabrikam.com"_s;
        QCOMPARE(f.subject.kind, onCertificate ? SubjectKind::Certificate : SubjectKind::Organization);
        QCOMPARE(f.fields, QStringList{onCertificate ? u"names"_s : u"namespaces.outlookAnywhereExternal"_s});
        QVERIFY(!f.why.isEmpty() && !f.fix.isEmpty() && f.source.startsWith(u"https://"_s));
        // The value is quoted as typed, not rewritten.
        QVERIFY2(f.message.contains(onCertificate ? certificateName : external), qPrintable(f.message));
    }

    // Issue 14: a reference to a server or site the plan does not hold is an error on
    // the field that holds it (REF-001); names compare case-insensitively.
    void references_toNamesNotInThePlan_areErrorsOnTheirField()
    {
        Topology t = organization();
        t.sites = {Site{u"HQ"_s, true}};
        t.servers = {server(u"EX2010MBX"_s, ExchangeVersion::Ex2010, true, u"hq"_s),
                     server(u"EX2013"_s, ExchangeVersion::Ex2013, true, u"Branch"_s)};
        ClientGroup g;
        g.name = u"Sales"_s;
        g.mailboxServers = {u"ex2010mbx"_s, u"EX2010MBZ"_s, u"EX2010MBY"_s};
        t.clientGroups = {g};
        MailboxDatabase db;
        db.name = u"DB1"_s;
        db.server = u"EX2010MBX"_s;
        MailboxDatabase gone = db;
        gone.name = u"DB2"_s;
        gone.server = u"OLDMBX"_s;
        t.databases = {db, gone};
        Certificate c;
        c.name = u"Cert"_s;
        c.names = {u"mail.fabrikam.com"_s};
        c.servers = {u"EX2013"_s};
        t.certificates = {c};

        QStringList found;
        for (const Finding &f : runChecks(t)) {
            if (f.ruleId == u"REF-001"_s) {
                QCOMPARE(f.severity, Severity::Error);
                QVERIFY(!f.why.isEmpty() && !f.fix.isEmpty() && f.source.startsWith(u"https://"_s));
                found << u"%1:%2 %3 | %4"_s.arg(subjectKindToken(f.subject.kind), f.subject.name, f.fields.join(u','),
                                                f.message);
            }
        }
        QCOMPARE(
            found,
            QStringList(
                {u"server:EX2013 site | Server EX2013 names the AD site Branch, which is not in the plan."_s,
                 u"database:DB2 server | Database DB2 names the server OLDMBX, which is not in the plan."_s,
                 u"clientGroup:Sales mailboxServers | Client group Sales names servers that are not in the plan: EX2010MBZ, EX2010MBY."_s}));
    }
};

QTEST_GUILESS_MAIN(TestNamespaceCertRules)
#include "tst_namespacecertrules.moc"
