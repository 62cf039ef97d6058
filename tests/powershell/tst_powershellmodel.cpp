// The one PowerShell command model below checks/ and exports/ (issue 13, Shape): the
// command table compiled into the engine is docs/powershell-commands.tsv, and PsCommand
// writes only the cmdlet/parameter/version pairs that table lists; anything else renders
// as a refusal PowerShell does not run.
#include "powershell/commandtable.h"
#include "powershell/outlookanywhereidentity.h"
#include "powershell/pscommand.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using wizard::ExchangeVersion;
using wizard::PsCommand;

class TestPowerShellModel : public QObject
{
    Q_OBJECT

private slots:
    void compiledTable_isTheTableInDocs()
    {
        QFile f(QStringLiteral(COEXPLAN_COMMAND_TABLE));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const wizard::CommandTable fromDocs = wizard::CommandTable::parse(QString::fromUtf8(f.readAll()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const wizard::CommandTable &compiled = wizard::CommandTable::instance();
        QVERIFY(compiled.rows().size() > 60);
        QCOMPARE(compiled.rows().size(), fromDocs.rows().size());
        for (qsizetype i = 0; i < compiled.rows().size(); ++i) {
            const wizard::CommandTableRow &a = compiled.rows().at(i);
            const wizard::CommandTableRow &b = fromDocs.rows().at(i);
            QCOMPARE(a.cmdlet + a.parameter + a.argument + a.source, b.cmdlet + b.parameter + b.argument + b.source);
            QCOMPARE(a.versions, b.versions);
            QCOMPARE(a.anyVersion, b.anyVersion);
        }
    }

    void malformedTable_namesTheLine()
    {
        QString error;
        wizard::CommandTable::parse(u"# comment\nexchange\tSet-X\t-Y\t2010\tvalue\tsrc\nbroken line\n"_s, &error);
        QCOMPARE(error, u"docs/powershell-commands.tsv line 3: 6 tab-separated columns expected, 1 found"_s);
        error.clear();
        wizard::CommandTable::parse(u"exchange\tSet-X\t-Y\t2011\tvalue\tsrc\n"_s, &error);
        QCOMPARE(error, u"docs/powershell-commands.tsv line 1: unknown version \"2011\""_s);
    }

    void command_data()
    {
        QTest::addColumn<QString>("built");
        QTest::addColumn<QString>("expected");
        QTest::addRow("2013 parameter in the 2013 shell")
            << PsCommand("Set-OutlookAnywhere"_L1, ExchangeVersion::Ex2013)
                   .text("Identity"_L1, u"EX1\\Rpc (Default Web Site)"_s)
                   .text("InternalHostname"_L1, u"mail.contoso.com"_s)
                   .boolean("InternalClientsRequireSsl"_L1, true)
                   .toString()
            << u"Set-OutlookAnywhere -Identity 'EX1\\Rpc (Default Web Site)' -InternalHostname 'mail.contoso.com' "
               u"-InternalClientsRequireSsl $true"_s;
        QTest::addRow("legacy parameter with the shell note")
            << PsCommand("Set-OutlookAnywhere"_L1, ExchangeVersion::Ex2010)
                   .text("Identity"_L1, u"O'Brien\\Rpc (Default Web Site)"_s)
                   .token("ClientAuthenticationMethod"_L1, u"Basic"_s)
                   .trailingComment(u"in the Exchange 2010 Management Shell"_s)
                   .toString()
            << u"Set-OutlookAnywhere -Identity 'O''Brien\\Rpc (Default Web Site)' -ClientAuthenticationMethod Basic  "
               u"# in the Exchange 2010 Management Shell"_s;
        QTest::addRow("script switches")
            << PsCommand("Set-ClientAccessService"_L1, ExchangeVersion::Ex2016)
                   .text("Identity"_L1, u"EX16"_s)
                   .null("AutoDiscoverServiceInternalUri"_L1)
                   .stopOnError()
                   .whatIfPassThrough()
                   .toString()
            << u"Set-ClientAccessService -Identity 'EX16' -AutoDiscoverServiceInternalUri $null -ErrorAction Stop "
               u"-WhatIf:$WhatIf"_s;
        QTest::addRow("switch of the 2013 shell")
            << PsCommand("Get-MailboxDatabase"_L1, ExchangeVersion::Ex2013)
                   .switchParameter("IncludePreExchange2013"_L1)
                   .toString()
            << u"Get-MailboxDatabase -IncludePreExchange2013"_s;
        QTest::addRow("script function")
            << PsCommand::scriptFunction("Show-CoexValue"_L1).text("Server"_L1, u"EX1"_s).toString()
            << u"Show-CoexValue -Server 'EX1'"_s;
    }

    void command()
    {
        QFETCH(QString, built);
        QFETCH(QString, expected);
        QCOMPARE(built, expected);
    }

    // What the table does not list for the shell is never written (issue 13: "a
    // cmdlet/parameter/version pair not in the table" cannot be emitted).
    void refused_data()
    {
        QTest::addColumn<QString>("built");
        QTest::addColumn<QString>("why");
        QTest::addRow("2013+ parameter in the 2010 shell (F9)")
            << PsCommand("Set-OutlookAnywhere"_L1, ExchangeVersion::Ex2010)
                   .text("Identity"_L1, u"EX1\\Rpc (Default Web Site)"_s)
                   .text("InternalHostname"_L1, u"mail.contoso.com"_s)
                   .toString()
            << u"Set-OutlookAnywhere -InternalHostname is not listed for the Exchange 2010 shell"_s;
        QTest::addRow("legacy client method in the 2013 shell (U5)")
            << PsCommand("Set-OutlookAnywhere"_L1, ExchangeVersion::Ex2013)
                   .token("ClientAuthenticationMethod"_L1, u"Basic"_s)
                   .toString()
            << u"Set-OutlookAnywhere -ClientAuthenticationMethod is not listed for the Exchange 2013 shell"_s;
        QTest::addRow("-DefaultAuthenticationMethod is in no row (F14)")
            << PsCommand("Set-OutlookAnywhere"_L1, ExchangeVersion::Ex2010)
                   .token("DefaultAuthenticationMethod"_L1, u"Ntlm"_s)
                   .toString()
            << u"Set-OutlookAnywhere -DefaultAuthenticationMethod is not in docs/powershell-commands.tsv"_s;
        QTest::addRow("Enable-OutlookAnywhere on 2013 (F1)")
            << PsCommand("Enable-OutlookAnywhere"_L1, ExchangeVersion::Ex2013).text("Server"_L1, u"EX"_s).toString()
            << u"Enable-OutlookAnywhere is not listed for the Exchange 2013 shell"_s;
        QTest::addRow("2016 cmdlet in the 2013 shell (F95)")
            << PsCommand("Get-ClientAccessService"_L1, ExchangeVersion::Ex2013).toString()
            << u"Get-ClientAccessService is not listed for the Exchange 2013 shell"_s;
        QTest::addRow("-Server of Get-ExchangeCertificate on 2007 (F93)")
            << PsCommand("Get-ExchangeCertificate"_L1, ExchangeVersion::Ex2007).text("Server"_L1, u"EX7"_s).toString()
            << u"Get-ExchangeCertificate -Server is not listed for the Exchange 2007 shell"_s;
        QTest::addRow("cmdlet not in the table")
            << PsCommand("Remove-OutlookAnywhere"_L1, std::nullopt).toString()
            << u"Remove-OutlookAnywhere is not in docs/powershell-commands.tsv"_s;
        QTest::addRow("a cmdlet posing as a script function")
            << PsCommand::scriptFunction("Stop-Service"_L1).toString()
            << u"Stop-Service is not a CoexPlan script function (*-Coex*)"_s;
    }

    void refused()
    {
        QFETCH(QString, built);
        QFETCH(QString, why);
        QCOMPARE(built, u"<CoexPlan did not write this command: "_s + why + u'>');
    }

    void rpcIdentity_comesFromTheCapturedOne_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("captured");
        QTest::addColumn<QString>("expected");
        QTest::addRow("nothing captured: the default")
            << u"EX1"_s << QString() << u"EX1\\Rpc (Default Web Site)"_s;
        QTest::addRow("renamed web site")
            << u"EX1"_s << u"EX1\\Rpc (Exchange Site)"_s << u"EX1\\Rpc (Exchange Site)"_s;
        QTest::addRow("server part in another case")
            << u"EX1"_s << u"ex1\\Rpc (Exchange Site)"_s << u"ex1\\Rpc (Exchange Site)"_s;
        QTest::addRow("another server's directory is not used")
            << u"EX1"_s << u"EX2\\Rpc (Exchange Site)"_s << u"EX1\\Rpc (Default Web Site)"_s;
        QTest::addRow("no directory name") << u"EX1"_s << u"EX1\\"_s << u"EX1\\Rpc (Default Web Site)"_s;
    }

    void rpcIdentity_comesFromTheCapturedOne()
    {
        QFETCH(QString, server);
        QFETCH(QString, captured);
        QFETCH(QString, expected);
        QCOMPARE(wizard::rpcVirtualDirectoryIdentity(server, captured), expected);
    }
};

QTEST_GUILESS_MAIN(TestPowerShellModel)
#include "tst_powershellmodel.moc"
