// Behaviour of the merge: versions from the inventory (F37), current vs target,
// conflicts, unknown instead of defaults.
#include "checks/checkengine.h"
#include "imports/planimport.h"
#include "imports/planmerge.h"
#include "imports/targetdiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wizard;

namespace {
ImportSource text(const QString &name, const QString &content)
{
    return ImportSource{name, decodeImportBytes(content.toUtf8())};
}

const QString inventory2010
    = u"Name                : EX2010\nFqdn                : ex2010.contoso.local\n"
      "AdminDisplayVersion : Version 14.3 (Build 123.4)\nServerRole          : Mailbox, "
      "ClientAccess, HubTransport\nSite                : contoso.local/Configuration/Sites/HQ\n"_s;
const QString oa2010 = u"ServerName                 : EX2010\nSSLOffloading              : False\n"
                       "ExternalHostname           : mail.contoso.com\nClientAuthenticationMethod : Basic\n"
                       "IISAuthenticationMethods   : {Basic}\n"_s;
// What a 2016 shell prints for the same 2010 vdir (F37).
const QString oa2010From2016Shell
    = u"ServerName                         : EX2010\nSSLOffloading                      : "
      "False\nExternalHostname                   : mail.contoso.com\nInternalHostname       "
      "            :\nExternalClientAuthenticationMethod : Basic\n"
      "InternalClientAuthenticationMethod : Ntlm\nIISAuthenticationMethods           : "
      "{Basic}\nExternalClientsRequireSsl          : False\n"_s;

const Server &only(const ImportOutcome &o, const QString &name)
{
    const Server *s = o.plan.topology.findServer(name);
    Q_ASSERT(s);
    return *s;
}
} // namespace

class TestImportMerge : public QObject
{
    Q_OBJECT

private slots:
    void legacyServerFromNewerShell_mapsExternalMethodAndWarnsImp001()
    {
        const ImportOutcome o
            = importIntoPlan({text(u"inv.txt"_s, inventory2010), text(u"oa.txt"_s, oa2010From2016Shell)}, {});
        QVERIFY(o.result.succeeded());
        const Server &s = only(o, u"EX2010"_s);
        QCOMPARE(s.version, ExchangeVersion::Ex2010);
        QVERIFY(s.readFromNewerShell);
        QCOMPARE(s.outlookAnywhere.clientAuthenticationMethod, Setting<AuthMethod>(AuthMethod::Basic));
        QVERIFY(s.outlookAnywhere.internalClientAuthenticationMethod.isNotApplicable());
        QVERIFY(s.outlookAnywhere.internalHostname.isNotApplicable());
        const QList<Finding> findings = runChecks(o.plan.topology);
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
            return f.ruleId == u"IMP-001"_s && f.severity == Severity::Warning && f.subject.name == u"EX2010"_s;
        }));
    }

    void legacyShellOutput_isNotFlaggedImp001()
    {
        const ImportOutcome o = importIntoPlan({text(u"inv.txt"_s, inventory2010), text(u"oa.txt"_s, oa2010)}, {});
        QVERIFY(o.result.succeeded());
        QVERIFY(!only(o, u"EX2010"_s).readFromNewerShell);
        const QList<Finding> findings = runChecks(o.plan.topology);
        QVERIFY(std::none_of(findings.cbegin(), findings.cend(),
                             [](const Finding &f) { return f.ruleId == u"IMP-001"_s; }));
    }

    // Issue 12 (shape 4): a server whose version is not in the input is kept with its
    // version unknown (RULEBOOK §1), never guessed and never dropped.
    void versionWithoutInventory_isUnknownNotAGuess()
    {
        const ImportOutcome o = importIntoPlan(
            {text(u"oa.txt"_s,
                  u"ServerName : EX1\nExternalHostname : mail.contoso.com\nIISAuthenticationMethods : {Ntlm}\n"_s)},
            {});
        QVERIFY(o.result.succeeded());
        QCOMPARE(o.plan.topology.servers.size(), 1);
        QCOMPARE(o.plan.topology.servers.first().name, u"EX1"_s);
        QCOMPARE(o.plan.topology.servers.first().version, ExchangeVersion::Unknown);
    }

    void versionFromPlan_isUsedForASubsetImport()
    {
        Plan base;
        Server ex;
        ex.name = u"EX2010"_s;
        ex.version = ExchangeVersion::Ex2010;
        ex.outlookAnywhere = unknownOutlookAnywhereSettings(ex.version);
        base.topology.servers.append(ex);
        const ImportOutcome o = importIntoPlan(
            {text(u"oa.txt"_s, u"ServerName : ex2010\nIISAuthenticationMethods : {Basic, Ntlm}\n"_s)}, base);
        QVERIFY(o.result.succeeded());
        QCOMPARE(o.plan.topology.servers.size(), 1);
        const Server &s = o.plan.topology.servers.first();
        QCOMPARE(s.outlookAnywhere.iisAuthenticationMethods.value(),
                 (AuthMethodSet{AuthMethod::Basic, AuthMethod::Ntlm}));
        // Absent properties stay unknown: never a default.
        QVERIFY(s.outlookAnywhere.sslOffloading.isUnknown());
        QVERIFY(s.outlookAnywhere.externalHostname.isUnknown());
    }

    void twoInputsDisagree_isAConflictAndNothingIsMerged()
    {
        const QString other = QString(oa2010).replace(u"{Basic}"_s, u"{Basic, Ntlm}"_s);
        const ImportOutcome o = importIntoPlan(
            {text(u"inv.txt"_s, inventory2010), text(u"a.txt"_s, oa2010), text(u"b.txt"_s, other)}, {});
        QVERIFY(!o.result.succeeded());
        QCOMPARE(o.result.conflicts.size(), 1);
        const ImportConflict &c = o.result.conflicts.first();
        QCOMPARE(c.field, QString(oafield::iisAuthenticationMethods));
        QCOMPARE(c.first, (SourceRef{u"a.txt"_s, 5}));
        QCOMPARE(c.second, (SourceRef{u"b.txt"_s, 5}));
        QVERIFY(o.plan.topology.servers.isEmpty());
    }

    void outlookAnywhereEnabledFalseWithRpcVdir_isAConflict()
    {
        const QString cas = u"Name : EX2010\nOutlookAnywhereEnabled : False\n"_s;
        const ImportOutcome o = importIntoPlan(
            {text(u"inv.txt"_s, inventory2010), text(u"oa.txt"_s, oa2010), text(u"cas.txt"_s, cas)}, {});
        QCOMPARE(o.result.conflicts.size(), 1);
        QCOMPARE(o.result.conflicts.first().field, QString(oafield::enabled));
    }

    void legacyCasWithoutRpcRecord_staysUnknownUnlessCasSaysSo_data()
    {
        QTest::addColumn<QString>("cas");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("enabled");
        QTest::addRow("no cas output") << QString() << int(SettingState::Unknown) << false;
        QTest::addRow("OutlookAnywhereEnabled False")
            << u"Name : EX2010\nOutlookAnywhereEnabled : False\n"_s << int(SettingState::Known) << false;
        QTest::addRow("OutlookAnywhereEnabled True")
            << u"Name : EX2010\nOutlookAnywhereEnabled : True\n"_s << int(SettingState::Known) << true;
    }
    void legacyCasWithoutRpcRecord_staysUnknownUnlessCasSaysSo()
    {
        QFETCH(QString, cas);
        QFETCH(int, state);
        QFETCH(bool, enabled);
        QList<ImportSource> sources{text(u"inv.txt"_s, inventory2010)};
        if (!cas.isEmpty())
            sources.append(text(u"cas.txt"_s, cas));
        const ImportOutcome o = importIntoPlan(sources, {});
        QVERIFY(o.result.succeeded());
        const Setting<bool> &e = only(o, u"EX2010"_s).outlookAnywhere.enabled;
        QCOMPARE(int(e.state()), state);
        if (e.isKnown())
            QCOMPARE(e.value(), enabled);
    }

    void reimport_updatesCurrentAndKeepsTargetEdits()
    {
        const ImportOutcome first = importIntoPlan({text(u"inv.txt"_s, inventory2010), text(u"oa.txt"_s, oa2010)}, {});
        QVERIFY(first.result.succeeded());
        Plan edited = first.plan;
        Server *s = edited.topology.findServer(u"EX2010");
        s->outlookAnywhere.iisAuthenticationMethods
            = AuthMethodSet{AuthMethod::Basic, AuthMethod::Ntlm}; // planned change
        // The admin changed SSLOffloading meanwhile; IIS methods are still {Basic}.
        const QString after
            = QString(oa2010).replace(u"SSLOffloading              : False"_s, u"SSLOffloading              : True"_s);
        const ImportOutcome second = importIntoPlan({text(u"oa2.txt"_s, after)}, edited);
        QVERIFY(second.result.succeeded());
        const Server &r = only(second, u"EX2010"_s);
        QCOMPARE(r.current->outlookAnywhere.sslOffloading, Setting<bool>(true));
        QCOMPARE(r.outlookAnywhere.sslOffloading, Setting<bool>(true)); // untouched target follows
        QCOMPARE(r.outlookAnywhere.iisAuthenticationMethods.value(),
                 (AuthMethodSet{AuthMethod::Basic, AuthMethod::Ntlm})); // the edit is kept
        const TargetDiff diff = diffTargetAgainstCurrent(second.plan.topology);
        QCOMPARE(diff.changes.size(), 1);
        QCOMPARE(
            diff.changes.first(),
            (TargetChange{u"EX2010"_s, QString(oafield::iisAuthenticationMethods), u"{Basic}"_s, u"{Basic, Ntlm}"_s}));
    }

    void backEndVirtualDirectory_isIgnoredWithANote()
    {
        const QString inv
            = u"Name : EX2013\nAdminDisplayVersion : Version 15.0 (Build 1497.2)\nServerRole : Mailbox, ClientAccess\n"_s;
        const QString oa
            = u"ServerName : EX2013\nIISAuthenticationMethods : {Ntlm}\nIdentity : EX2013\\Rpc (Exchange Back End)\n"_s;
        const ImportOutcome o = importIntoPlan({text(u"inv.txt"_s, inv), text(u"oa.txt"_s, oa)}, {});
        QVERIFY(o.result.succeeded());
        QVERIFY(only(o, u"EX2013"_s).outlookAnywhere.iisAuthenticationMethods.isUnknown());
        QVERIFY(std::any_of(o.result.issues.cbegin(), o.result.issues.cend(), [](const ImportIssue &i) {
            return i.message.contains(u"Back End"_s) && i.where.line == 1;
        }));
    }

    void garbageAndBinary_failWithTheFileNamed()
    {
        const ImportOutcome o
            = importIntoPlan({text(u"notes.txt"_s, u"hello\nthis is not cmdlet output\n"_s),
                              ImportSource{u"bin.dat"_s, decodeImportBytes(QByteArray("\x00\x01\x02", 3))}},
                             {});
        QVERIFY(!o.result.succeeded());
        QCOMPARE(o.result.files.at(1).name, u"bin.dat"_s);
        QVERIFY(!o.result.files.at(1).error.isEmpty());
        QVERIFY(std::any_of(o.result.issues.cbegin(), o.result.issues.cend(), [](const ImportIssue &i) {
            return i.where.file == u"notes.txt"_s && i.where.line == 1 && i.severity == IssueSeverity::Warning;
        }));
    }

    void halfPastedValue_isAnErrorWithItsLine()
    {
        const ImportOutcome o
            = importIntoPlan({text(u"inv.txt"_s, inventory2010),
                              text(u"oa.txt"_s, u"ServerName : EX2010\nIISAuthenticationMethods : {Basic, Nt"_s)},
                             {});
        QVERIFY(!o.result.succeeded());
        QVERIFY(std::any_of(o.result.issues.cbegin(), o.result.issues.cend(), [](const ImportIssue &i) {
            return i.severity == IssueSeverity::Error && i.where == SourceRef{u"oa.txt"_s, 2};
        }));
    }

    void objectsOnUnknownServers_areReportedWithTheirLine()
    {
        const QString db
            = u"Name                  : DB9\nServer                : EX9\nRpcClientAccessServer : outlook.contoso.local\n"_s;
        const QString cert = u"Thumbprint         : 4F2A\nSubject            : CN=mail.contoso.com\n"
                             "CertificateDomains : {mail.contoso.com}\nServices           : IIS\n"
                             "Identity           : EX9\\4F2A\n"_s;
        const ImportOutcome o
            = importIntoPlan({text(u"inv.txt"_s, inventory2010), text(u"db.txt"_s, db), text(u"cert.txt"_s, cert)}, {});
        QVERIFY(o.result.succeeded());
        QVERIFY(o.plan.topology.databases.isEmpty());
        QCOMPARE(o.plan.topology.certificates.size(), 1);
        QVERIFY(o.plan.topology.certificates.first().servers.isEmpty());
        QVERIFY(std::any_of(o.result.issues.cbegin(), o.result.issues.cend(), [](const ImportIssue &i) {
            return i.where == SourceRef{u"db.txt"_s, 1} && i.message.contains(u"EX9"_s);
        }));
        QVERIFY(std::any_of(o.result.issues.cbegin(), o.result.issues.cend(), [](const ImportIssue &i) {
            return i.where == SourceRef{u"cert.txt"_s, 1} && i.message.contains(u"EX9"_s);
        }));
    }

    // Issue 17: AlternateServiceAccountConfiguration as -IncludeAlternateServiceAccountCredentialStatus
    // prints it; without the switch it is empty, which is not "none".
    void alternateServiceAccount_readFromCredentialStatus_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("state"); // 0 unknown, 1 known
        QTest::addColumn<QString>("account");
        QTest::addColumn<bool>("warned");
        QTest::addRow("account") << u"Latest: 2/16/2015 1:55:07 PM, CONTOSO\\EXCH2013ASA$\n"
                                    "                                       Previous: <not set>"_s
                                 << 1 << u"CONTOSO\\EXCH2013ASA$"_s << false;
        QTest::addRow("account, previous flush left")
            << u"Latest: 16.02.2015 13:55:07, CONTOSO\\EXCH2013ASA$\nPrevious: 1/1/2014 9:00:00 AM, CONTOSO\\OLD$"_s
            << 1 << u"CONTOSO\\EXCH2013ASA$"_s << false;
        QTest::addRow("none configured")
            << u"Latest: <not set>\n                                       Previous: <not set>"_s << 1 << QString()
            << false;
        QTest::addRow("without the switch") << QString() << 0 << QString() << false;
        QTest::addRow("garbage")
            << u"Microsoft.Exchange.Data.Directory.Management.AlternateServiceAccountConfiguration"_s << 0 << QString()
            << true;
    }
    void alternateServiceAccount_readFromCredentialStatus()
    {
        QFETCH(QString, value);
        QFETCH(int, state);
        QFETCH(QString, account);
        QFETCH(bool, warned);
        const QString cas = u"Name                                 : EX2010\n"
                            "AlternateServiceAccountConfiguration : "_s
            + value + u"\n"_s;
        const ImportOutcome o = importIntoPlan({text(u"inv.txt"_s, inventory2010), text(u"cas.txt"_s, cas)}, {});
        // A value it cannot read is a warning with its line; the rest is imported.
        QVERIFY(o.result.succeeded());
        QCOMPARE(std::any_of(o.result.issues.cbegin(), o.result.issues.cend(),
                             [](const ImportIssue &i) {
                                 return i.severity == IssueSeverity::Warning && i.where.line == 2
                                     && i.message.contains(u"left unknown"_s);
                             }),
                 warned);
        const Server &s = only(o, u"EX2010"_s);
        QCOMPARE(s.version, ExchangeVersion::Ex2010);
        QCOMPARE(s.alternateServiceAccount.isKnown(), state == 1);
        if (state == 1)
            QCOMPARE(s.alternateServiceAccount.value(), account);
    }

    // Issue 17: Extended Protection from the Rpc directory, and the legacy public folder
    // databases with their servers, and the organization's proxy mailboxes.
    void extendedProtectionAndPublicFolders_areImported()
    {
        const QString oa = oa2010 + u"ExtendedProtectionTokenChecking : Allow\n"_s;
        const QString pf = u"Name                        : PFDB1\nServer                      : EX2010\n"
                           "UseCustomReferralServerList : False\n"_s;
        const QString org = u"PublicFoldersEnabled        : Remote\n"
                            "RemotePublicFolderMailboxes : {contoso.local/Users/PFProxy1, PFProxy2}\n"_s;
        Plan base;
        base.topology.organization.remotePublicFolderMailboxes
            = QList<PublicFolderProxyMailbox>{{u"pfproxy1"_s, u"PFPROXYDB"_s}};
        const ImportOutcome o = importIntoPlan(
            {text(u"inv.txt"_s, inventory2010), text(u"oa.txt"_s, oa), text(u"pf.txt"_s, pf), text(u"org.txt"_s, org)},
            base);
        QVERIFY(o.result.succeeded());
        const Server &s = only(o, u"EX2010"_s);
        QCOMPARE(s.extendedProtection, Setting<ExtendedProtection>(ExtendedProtection::Allow));
        QVERIFY(s.roles.publicFolders);
        const auto db = std::find_if(o.plan.topology.databases.cbegin(), o.plan.topology.databases.cend(),
                                     [](const MailboxDatabase &d) { return d.name == u"PFDB1"_s; });
        QVERIFY(db != o.plan.topology.databases.cend());
        QVERIFY(db->isPublicFolderDatabase);
        QCOMPARE(db->server, u"EX2010"_s);
        const QList<PublicFolderProxyMailbox> proxies
            = o.plan.topology.organization.remotePublicFolderMailboxes.value();
        QCOMPARE(proxies.size(), 2);
        QCOMPARE(proxies[0].name, u"PFProxy1"_s);
        QCOMPARE(proxies[0].database, u"PFPROXYDB"_s); // the plan's database for that mailbox is kept
        QCOMPARE(proxies[1].name, u"PFProxy2"_s);
        QVERIFY(proxies[1].database.isEmpty());
    }

    // Issue 17: Get-Mailbox gives a proxy mailbox's database, whether it comes before or
    // after Get-OrganizationConfig, whole (fl) or as Select-Object Name, Database prints it;
    // the plan's proxy list takes it too; other mailboxes are named in one note.
    void proxyMailboxDatabases_comeFromGetMailbox()
    {
        const QString mailboxes = u"Name     : PFProxy2\nDatabase : PROXYDB2\n\n"
                                  "Name     : jdoe\nDatabase : USERS\n\n"
                                  "Name     : asmith\nDatabase : USERS\n"_s;
        const QString org = u"RemotePublicFolderMailboxes : {contoso.local/Users/PFProxy1, PFProxy2}\n"_s;
        const QString whole = u"Database                      : EX2010\\SG1\\PROXYDB1\n"
                              "HiddenFromAddressListsEnabled : True\nAlias                         : PFProxy1\n"
                              "Name                          : PFProxy1\n"_s;
        ImportOutcome o
            = importIntoPlan({text(u"mbx.txt"_s, mailboxes), text(u"org.txt"_s, org), text(u"whole.txt"_s, whole)}, {});
        QVERIFY(o.result.succeeded());
        QList<PublicFolderProxyMailbox> proxies = o.plan.topology.organization.remotePublicFolderMailboxes.value();
        QCOMPARE(proxies.size(), 2);
        QCOMPARE(proxies[0].database, u"PROXYDB1"_s); // the 2007 identity reduced to the name
        QCOMPARE(proxies[1].database, u"PROXYDB2"_s);
        const auto note = std::find_if(o.result.issues.cbegin(), o.result.issues.cend(), [](const ImportIssue &i) {
            return i.message.startsWith(u"Get-Mailbox: not among"_s);
        });
        QVERIFY(note != o.result.issues.cend());
        QCOMPARE(note->severity, IssueSeverity::Note);
        QVERIFY(note->message.endsWith(u": jdoe, asmith"_s));
        QCOMPARE(note->where.file, u"mbx.txt"_s);

        // Only Get-Mailbox, into a plan that names the proxies: the plan's list is completed.
        Plan base;
        base.topology.organization.remotePublicFolderMailboxes = QList<PublicFolderProxyMailbox>{{u"PFProxy2"_s, {}}};
        o = importIntoPlan({text(u"mbx.txt"_s, mailboxes.left(mailboxes.indexOf(u"\n\n"_s)))}, base);
        QVERIFY(o.result.succeeded());
        proxies = o.plan.topology.organization.remotePublicFolderMailboxes.value();
        QCOMPARE(proxies.size(), 1);
        QCOMPARE(proxies[0].database, u"PROXYDB2"_s);

        // Nobody says which mailboxes are proxies: nothing is guessed, so nothing is placed
        // (the import fails as any import that places nothing), and the note says why.
        o = importIntoPlan({text(u"mbx.txt"_s, mailboxes)}, {});
        QVERIFY(!o.result.succeeded());
        QVERIFY(o.plan.topology.organization.remotePublicFolderMailboxes.isUnknown());
        QVERIFY(std::any_of(o.result.issues.cbegin(), o.result.issues.cend(), [](const ImportIssue &i) {
            return i.message.contains(u"neither the input nor the plan says which mailboxes"_s)
                && i.message.endsWith(u"PFProxy2, jdoe, asmith"_s);
        }));

        // A Database that Format-Table cut off is a warning with its line, left out.
        o = importIntoPlan({text(u"org.txt"_s, org),
                            text(u"cut.txt"_s,
                                 u"Name     Database\n----     --------\n"
                                 "PFProxy1 PROXYDB-WITH-A-VERY-LO...\n"_s)},
                           {});
        QVERIFY(o.result.succeeded());
        QVERIFY(o.plan.topology.organization.remotePublicFolderMailboxes.value()[0].database.isEmpty());
        QVERIFY(std::any_of(o.result.issues.cbegin(), o.result.issues.cend(), [](const ImportIssue &i) {
            return i.severity == IssueSeverity::Warning && i.where.file == u"cut.txt"_s && i.where.line == 3;
        }));
    }

    void extendedProtection_badValueIsLeftUnknownWithItsLine()
    {
        const QString oa = oa2010 + u"ExtendedProtectionTokenChecking : Sometimes\n"_s;
        const ImportOutcome o = importIntoPlan({text(u"inv.txt"_s, inventory2010), text(u"oa.txt"_s, oa)}, {});
        QVERIFY(o.result.succeeded());
        QVERIFY(std::any_of(o.result.issues.cbegin(), o.result.issues.cend(), [](const ImportIssue &i) {
            return i.severity == IssueSeverity::Warning && i.where.line == 6
                && i.message.contains(u"expected None, Allow or Require"_s);
        }));
        const Server &s = only(o, u"EX2010"_s);
        QVERIFY(!s.extendedProtection.isKnown());
        QCOMPARE(s.outlookAnywhere.externalHostname, Setting<QString>(u"mail.contoso.com"_s)); // the rest is kept
    }

    void carryTarget_followsOnlyUntouchedFields()
    {
        OutlookAnywhereSettings previous = unknownOutlookAnywhereSettings(ExchangeVersion::Ex2013);
        previous.sslOffloading = true;
        previous.externalHostname = u"old.contoso.com"_s;
        OutlookAnywhereSettings target = previous;
        target.externalHostname = u"mail.contoso.com"_s;
        OutlookAnywhereSettings captured = previous;
        captured.sslOffloading = false;
        captured.externalHostname = u"other.contoso.com"_s;
        const OutlookAnywhereSettings merged = carryTarget(target, previous, captured);
        QCOMPARE(merged.sslOffloading, Setting<bool>(false));
        QCOMPARE(merged.externalHostname, Setting<QString>(u"mail.contoso.com"_s));
    }
};

QTEST_GUILESS_MAIN(TestImportMerge)
#include "tst_import_merge.moc"
