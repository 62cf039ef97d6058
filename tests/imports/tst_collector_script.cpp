// The collector must stay read-only and run on Windows PowerShell 1.0/2.0.
#include "exports/collectorscript.h"
#include "imports/planimport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wizard;

namespace {
Plan samplePlan()
{
    Plan p;
    p.info.title = u"Contoso's migration"_s;
    Server s;
    s.name = u"EX2010"_s;
    s.version = ExchangeVersion::Ex2010;
    p.topology.servers.append(s);
    return p;
}
} // namespace

class TestCollectorScript : public QObject
{
    Q_OBJECT

private slots:
    void script_hasNoChangingVerb()
    {
        const QString script = collectorScript(samplePlan());
        static const QRegularExpression changing(u"\\b(Set|Enable|New|Remove|Disable|Add|Clear|Install|Update|"
                                                 "Restart|Start|Stop|Move|Mount|Dismount|Import|Export)-"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = changing.match(script);
        QVERIFY2(!m.hasMatch(), qPrintable(u"changing verb in the collector: "_s + m.captured(0)));
        QVERIFY(script.contains(u"Get-OutlookAnywhere"_s));
    }

    void script_avoidsPowerShell3Syntax_data()
    {
        QTest::addColumn<QString>("construct");
        for (const char *c : {"ConvertTo-Json", "[ordered]", "-ErrorAction Ignore", "try {", "catch",
                              "[pscustomobject]", "$PSItem", ".ForEach(", ".Where(", " -in ", " -notin ",
                              "$PSScriptRoot", "Get-CimInstance", "utf8NoBOM", "-Encoding Default"})
            QTest::addRow("%s", c) << QString::fromLatin1(c);
    }
    void script_avoidsPowerShell3Syntax()
    {
        QFETCH(QString, construct);
        QVERIFY(!collectorScript(samplePlan()).contains(construct, Qt::CaseInsensitive));
    }

    void script_writesUtf8WithMarkersTheImporterReads()
    {
        const QString script = collectorScript(samplePlan());
        QVERIFY(script.contains(u"-Encoding UTF8"_s));
        QVERIFY(script.contains(u"'#coexplan-collector 1'"_s));
        QVERIFY(script.contains(u"#coexplan-begin "_s));
        QVERIFY(script.contains(u"-ErrorAction SilentlyContinue"_s));
        QVERIFY(script.contains(u"trap {"_s));
    }

    // Issue 13, defect 4: older versions' databases are asked for by the shell's own
    // parameter (office-docs-powershell Get-MailboxDatabase.md), and the 2007 shell's
    // Get-ExchangeCertificate gets no -Server (it has none: TechNet bb124950(v=exchg.80)).
    void script_asksForOlderDatabasesAndKnowsThe2007CertificateCmdlet()
    {
        const QString script = collectorScript(samplePlan());
        QVERIFY(script.contains(u"if (Test-CollectorParameter 'Get-MailboxDatabase' 'IncludePreExchange2013') { "
                                "Get-MailboxDatabase -IncludePreExchange2013 -ErrorAction Stop }"_s));
        QVERIFY(script.contains(u"elseif (Test-CollectorParameter 'Get-MailboxDatabase' 'IncludePreExchange2010') { "
                                "Get-MailboxDatabase -IncludePreExchange2010 -ErrorAction Stop }"_s));
        QVERIFY(script.contains(u"if (Test-CollectorParameter 'Get-ExchangeCertificate' 'Server') {"_s));
        QVERIFY(script.contains(u"{ Get-ExchangeCertificate -ErrorAction Stop }"_s));
        // Errors a remoted cmdlet only writes are recorded from $Error, not left to trap.
        QVERIFY(script.contains(u"foreach ($e in $Error)"_s));
        QVERIFY(script.contains(u"Write-CollectorError $name $e"_s));
    }

    // Issue 17: the tier-2 facts. The alternate service account is read per Client Access
    // server with -IncludeAlternateServiceAccountCredentialStatus where the shell has it
    // (2010 SP1+), never with the switch that prints passwords; public folder databases
    // with -IncludePreExchange2010 in the 2010 shell; the organization's public folder
    // settings only.
    void script_readsTierTwoFactsPerServerAndNeverPasswords()
    {
        const QString script = collectorScript(samplePlan());
        QVERIFY(script.contains(
            u"if (Test-CollectorParameter 'Get-ClientAccessServer' 'IncludeAlternateServiceAccountCredentialStatus') {"_s));
        QVERIFY(script.contains(
            u"foreach ($exchangeServer in @($exchangeServers | Where-Object { $_.IsClientAccessServer }))"_s));
        QVERIFY(
            script.contains(u"Invoke-CollectorSection ('Get-ClientAccessServer ' + $casName) { Get-ClientAccessServer "
                            "-Identity $casName -IncludeAlternateServiceAccountCredentialStatus -ErrorAction Stop | "
                            "Select-Object -Property 'Name','AlternateServiceAccountConfiguration' }"_s));
        QVERIFY(!script.contains(u"IncludeAlternateServiceAccountCredentialPassword"_s, Qt::CaseInsensitive));
        QVERIFY(script.contains(u"if (Test-CollectorParameter 'Get-PublicFolderDatabase' 'IncludePreExchange2010') { "
                                "Get-PublicFolderDatabase -IncludePreExchange2010 -ErrorAction Stop } else { "
                                "Get-PublicFolderDatabase -ErrorAction Stop }"_s));
        QVERIFY(script.contains(u"Get-OrganizationConfig -ErrorAction Stop | Select-Object -Property "
                                "'Name','PublicFoldersEnabled','RemotePublicFolderMailboxes'"_s));
        // The server list the ASA loop walks is read before it.
        QVERIFY(script.indexOf(u"$script:exchangeServers = @(Get-ExchangeServer"_s)
                < script.indexOf(u"foreach ($exchangeServer in @($exchangeServers | Where-Object"_s));
    }

    // Public folder proxy mailboxes (issue 17): named by the live RemotePublicFolderMailboxes
    // (2013+ shells; an older one gets a note), each read by its id with Name and Database
    // only; the importer reads such a section back as the mailbox's database.
    void script_readsEachProxyMailboxsDatabase()
    {
        const QString script = collectorScript(samplePlan());
        QVERIFY(script.contains(
            u"if ($null -ne $organizationConfig.PSObject.Properties['RemotePublicFolderMailboxes']) {"_s));
        QVERIFY(script.contains(
            u"Invoke-CollectorSection ('Get-Mailbox -Identity ' + $proxyMailbox) { Get-Mailbox "
            "-Identity $proxyMailbox -ErrorAction Stop | Select-Object -Property 'Name','Database' }"_s));
        QVERIFY(script.contains(u"proxy mailboxes not read"_s));
        // Every Get-Mailbox outside that section is the per-database count (no user names).
        static const QRegularExpression getMailbox(u"Get-Mailbox (?!-Identity)[^|}]*\\|"_s);
        for (auto it = getMailbox.globalMatch(script); it.hasNext();) {
            const QString call = it.next().captured(0);
            QVERIFY2(script.contains(call + u" Group-Object -Property 'Database'"_s), qPrintable(call));
        }

        const QString collected = u"#coexplan-collector 1\n"
                                  "#coexplan-begin Get-OrganizationConfig\n\n"
                                  "Name                        : Contoso\n"
                                  "PublicFoldersEnabled        : Remote\n"
                                  "RemotePublicFolderMailboxes : {contoso.com/Users/PFProxy1}\n\n"
                                  "#coexplan-end Get-OrganizationConfig\n"
                                  "#coexplan-begin Get-Mailbox -Identity contoso.com/Users/PFProxy1\n\n"
                                  "Name     : PFProxy1\nDatabase : PROXYDB1\n\n"
                                  "#coexplan-end Get-Mailbox -Identity contoso.com/Users/PFProxy1\n"_s;
        const ImportOutcome o
            = importIntoPlan({ImportSource{u"collected.txt"_s, decodeImportBytes(collected.toUtf8())}}, {});
        QVERIFY(o.result.succeeded());
        const QList<PublicFolderProxyMailbox> proxies
            = o.plan.topology.organization.remotePublicFolderMailboxes.value();
        QCOMPARE(proxies.size(), 1);
        QCOMPARE(proxies[0].database, u"PROXYDB1"_s);
    }

    // setspn (issue 17): only the query switches, once per namespace, names single-quoted
    // (a hostile name stays a literal); a plan without namespaces does not run it.
    void script_queriesSpnsOfTheNamespacesOnly()
    {
        Plan p = samplePlan();
        p.topology.organization.namespaces.outlookAnywhereExternal = u"Mail.Contoso.com"_s;
        p.topology.organization.namespaces.outlookAnywhereInternal = u"mail.contoso.com"_s;
        p.topology.organization.namespaces.autodiscover = u"auto'; Remove-Item C:\\ #"_s;
        const QString script = collectorScript(p);
        QVERIFY(
            script.contains(u"foreach ($spn in @('http/mail.contoso.com', 'http/auto''; remove-item c:\\ #')) {"_s));
        QVERIFY(script.contains(
            u"Invoke-CollectorProgramSection ('setspn -F -Q ' + $spn) 'setspn.exe' @('-F', '-Q', $spn)"_s));
        static const QRegularExpression setspnCall(u"setspn(\\.exe)?'?\\s.*"_s);
        for (auto it = setspnCall.globalMatch(script); it.hasNext();) {
            const QString call = it.next().captured(0);
            QVERIFY2(!call.contains(u"'-S'"_s) && !call.contains(u"'-D'"_s) && !call.contains(u"'-A'"_s)
                         && !call.contains(u"'-R'"_s),
                     qPrintable(call));
        }
        const QString none = collectorScript(samplePlan());
        QVERIFY(!none.contains(u"Invoke-CollectorProgramSection ('setspn"_s));
        QVERIFY(none.contains(u"setspn not run"_s));
    }

    void planValues_areSingleQuoted()
    {
        const QString script = collectorScript(samplePlan());
        QVERIFY(script.contains(u"$planName = 'Contoso''s migration'"_s));
        QVERIFY(script.contains(u"$plannedServers = @('EX2010')"_s));
    }
};

QTEST_GUILESS_MAIN(TestCollectorScript)
#include "tst_collector_script.moc"
