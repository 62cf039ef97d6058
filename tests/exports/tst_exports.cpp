// Behaviour of the exports beyond the goldens: quoting of hostile plan values, the
// version rules of RULEBOOK §5, target-vs-current differences, rollback without a
// capture, and the checklist's choice of items and progress.
#include "checks/checkengine.h"
#include "exports/checklist.h"
#include "exports/checklistformats.h"
#include "exports/scripts.h"
#include "exports/testplan.h"
#include "flows/flow.h"
#include "flows/plancheck.h"
#include "planfile/planfile.h"
#include "powershell/psquote.h"

#include "pstokens.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const wizard::ScriptOptions options{QDate(2026, 1, 15), {}};

wizard::Plan load(const QString &path)
{
    const wizard::PlanLoadResult loaded = wizard::loadPlanFile(path);
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.error->toString()));
    return *loaded.plan;
}

QString hostilePlanPath()
{
    return QStringLiteral(COEXPLAN_TEST_DATA) + u"/exports/hostile-values/plan.coexplan"_s;
}

QStringList samplePaths()
{
    QStringList out;
    const QDir dir(QStringLiteral(COEXPLAN_SAMPLES));
    for (const QString &f : dir.entryList({u"*.coexplan"_s}, QDir::Files))
        out.append(dir.filePath(f));
    out.append(hostilePlanPath());
    return out;
}

// A 2010 CAS and a 2013 CAS whose target equals the captured state except `changed`.
wizard::Plan smallPlan(bool captured)
{
    using namespace wizard;
    Plan plan;
    plan.info.title = u"Small"_s;
    Server legacy;
    legacy.name = u"LEG"_s;
    legacy.version = ExchangeVersion::Ex2010;
    legacy.roles.clientAccess = true;
    legacy.outlookAnywhere = unknownOutlookAnywhereSettings(ExchangeVersion::Ex2010);
    legacy.outlookAnywhere.enabled = true;
    legacy.outlookAnywhere.externalHostname = u"mail.contoso.com"_s;
    legacy.outlookAnywhere.clientAuthenticationMethod = AuthMethod::Basic;
    legacy.outlookAnywhere.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Basic, AuthMethod::Ntlm};
    legacy.outlookAnywhere.sslOffloading = false;
    if (captured) {
        CapturedState before;
        before.outlookAnywhere = legacy.outlookAnywhere;
        before.outlookAnywhere.externalHostname = u"old.contoso.com"_s;
        legacy.current = before;
    }
    plan.topology.servers.append(legacy);
    return plan;
}
} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private:
    static QString hostile(const QString &tag)
    {
        return u"HOSTILE-"_s
            + tag
            // No line breaks: names and hosts refuse control characters at load (issue 18).
            + u" ' \u2018 \u2019 \u201a \u201b '' \" $(Remove-Item C:\\ -Recurse) `n ; Stop-Computer "
              u"# #> <i>tag</i> @{a=1} ${env:PATH} | & .  Stop-Service MSExchangeIS \u2028 end'"_s;
    }

private slots:
    void psQuote_doublesEveryQuoteCharacter_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << u"mail.contoso.com"_s << u"'mail.contoso.com'"_s;
        QTest::addRow("apostrophe") << u"O'Brien"_s << u"'O''Brien'"_s;
        QTest::addRow("typographic quotes")
            << u"a\u2018b\u2019c\u201ad\u201be"_s << u"'a\u2018\u2018b\u2019\u2019c\u201a\u201ad\u201b\u201be'"_s;
        QTest::addRow("subexpression stays literal") << u"$(x)`;"_s << u"'$(x)`;'"_s;
        QTest::addRow("empty") << QString() << u"''"_s;
    }
    void psQuote_doublesEveryQuoteCharacter()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(wizard::psQuote(value), expected);
        const PsScan scan = scanPowerShell(wizard::psQuote(value));
        QCOMPARE(scan.literals, QStringList{value});
        QVERIFY(!scan.unterminated);
    }

    void tokenizer_detectsAnUnquotedTypographicQuote()
    {
        // The scanner must be able to fail: a value pasted with one quote doubled
        // but not the typographic one ends the literal early.
        const PsScan scan = scanPowerShell(u"Set-X -Name 'a\u2019; Stop-Computer; \u2019'"_s);
        QVERIFY(scan.code.contains(u"Stop-Computer"_s));
    }

    void hostileValues_stayOneStringLiteral_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addRow("change") << 0;
        QTest::addRow("rollback") << 1;
        QTest::addRow("verify") << 2;
    }
    void hostileValues_stayOneStringLiteral()
    {
        QFETCH(int, kind);
        const wizard::Plan plan = load(hostilePlanPath());
        const QString script = kind == 0 ? wizard::changeScript(plan, options)
            : kind == 1                  ? wizard::rollbackScript(plan, options)
                                         : wizard::verifyScript(plan, options);
        const PsScan scan = scanPowerShell(script);
        QVERIFY(!scan.unterminated);
        for (const char *payload : {"HOSTILE", "Remove-Item", "Stop-Computer", "Stop-Service", "<i>", "env:PATH"})
            QVERIFY2(!scan.code.contains(QLatin1String(payload)),
                     qPrintable(u"%1 escaped its string literal"_s.arg(QLatin1String(payload))));
        // Each value that reaches the script arrives whole, as one literal.
        QStringList expected{hostile(u"new"_s), hostile(u"cas2010"_s), hostile(u"off2010"_s), hostile(u"cas2007"_s)};
        if (kind == 0) {
            expected += {hostile(u"new-ext"_s), hostile(u"new-int"_s), hostile(u"cas2010-ext"_s), hostile(u"scp-new"_s),
                         hostile(u"scp-2010"_s)};
        } else if (kind == 1) {
            expected += {hostile(u"new-ext-before"_s), hostile(u"cas2010-ext-before"_s), hostile(u"scp-new-before"_s)};
        } else {
            expected += {hostile(u"new-ext"_s), hostile(u"off2010-ext"_s), hostile(u"cas2007-ext"_s)};
        }
        for (const QString &value : expected)
            QVERIFY2(scan.literals.contains(value), qPrintable(u"not one literal: "_s + value.left(20)));
    }

    void hostileValues_areEscapedInHtmlAndMarkdown()
    {
        const wizard::Plan plan = load(hostilePlanPath());
        const wizard::Checklist list = wizard::buildChecklist(plan, wizard::runChecks(plan.topology), options.date);
        const QString html = wizard::checklistHtml(list);
        QVERIFY(!html.contains(u"<i>tag"_s));
        QVERIFY(html.contains(u"&lt;i&gt;tag"_s));
        const QString md = wizard::checklistMarkdown(list);
        // Outside code blocks a value's markup is escaped and its newline never starts
        // a Markdown line (inside a fenced block it is the literal command).
        bool inCode = false;
        for (const QString &line : md.split(u'\n')) {
            if (line.startsWith(u"```"_s)) {
                inCode = !inCode;
            } else if (!inCode) {
                QVERIFY2(!line.startsWith(u"Stop-Service"_s) && !line.startsWith(u"# #>"_s), qPrintable(line));
                QVERIFY2(!line.contains(u"<i>tag"_s), qPrintable(line));
            }
        }
    }

    void commands_followTheServerVersion_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : samplePaths())
            QTest::addRow("%s", qPrintable(QFileInfo(p).completeBaseName())) << p;
    }
    void commands_followTheServerVersion()
    {
        QFETCH(QString, path);
        const wizard::Plan plan = load(path);
        for (const QString &script : {wizard::changeScript(plan, options), wizard::rollbackScript(plan, options),
                                      wizard::verifyScript(plan, options)}) {
            // F14: never in code (the comment explaining why may name it).
            QVERIFY(!scanPowerShell(script).code.contains(u"DefaultAuthenticationMethod"_s));
            QString guard;
            for (const QString &line : psLogicalLines(script)) {
                static const QRegularExpression guardLine(u"^\\s*if \\(\\$ExchangeShell -eq '(\\d{4})'\\)"_s);
                const QRegularExpressionMatch g = guardLine.match(line);
                if (g.hasMatch())
                    guard = g.captured(1);
                static const QRegularExpression writeCommand(
                    u"^\\s*(Set-OutlookAnywhere|Enable-OutlookAnywhere|Disable-OutlookAnywhere|Set-ClientAccessServer|Set-ClientAccessService) "_s);
                const bool writes = writeCommand.match(line).hasMatch();
                if (!writes || line.trimmed().startsWith(u'#'))
                    continue;
                // -ErrorAction Stop: the 2010-2016 cmdlets are remoting proxies that ignore
                // the script's $ErrorActionPreference (issue 13, FACTS F91).
                QVERIFY2(line.endsWith(u" -ErrorAction Stop -WhatIf:$WhatIf"_s), qPrintable(line));
                const PsScan scan = scanPowerShell(line);
                QString server = scan.literals.value(0);
                if (server.endsWith(u"\\Rpc (Default Web Site)"_s))
                    server.chop(23);
                const wizard::Server *s = plan.topology.findServer(server);
                QVERIFY2(s, qPrintable(u"no server for: "_s + line.left(80)));
                QCOMPARE(guard, wizard::exchangeVersionToken(s->version)); // U4: its own shell
                if (wizard::isLegacy(s->version)) {
                    for (const char *p : {"-InternalHostname", "-ExternalClientAuthenticationMethod",
                                          "-InternalClientAuthenticationMethod", "ClientsRequireSsl"})
                        QVERIFY2(!scan.code.contains(QLatin1String(p)), qPrintable(line));
                } else {
                    QVERIFY2(!scan.code.contains(u" -ClientAuthenticationMethod"_s), qPrintable(line)); // U5
                    QVERIFY2(!scan.code.contains(u"Enable-OutlookAnywhere"_s), qPrintable(line)); // F1
                    QVERIFY2(!scan.code.contains(u"Disable-OutlookAnywhere"_s), qPrintable(line));
                }
            }
        }
    }

    // Issue 13, defect 2: a read-back that differs stops the change and the rollback
    // (outside -WhatIf, inside Assert-CoexReadBack); the verify script only reports.
    void readBack_differenceStopsChangeAndRollbackOnly()
    {
        const QString change = wizard::changeScript(smallPlan(true), options);
        const QString rollback = wizard::rollbackScript(smallPlan(true), options);
        const QString verify = wizard::verifyScript(smallPlan(true), options);
        for (const QString *script : {&change, &rollback}) {
            const QStringList lines = psLogicalLines(*script);
            const qsizetype show = lines.indexOf(QRegularExpression(u"^\\s*Show-CoexValue -Server 'LEG'.*"_s));
            QVERIFY(show >= 0);
            bool stopped = false;
            for (qsizetype i = show; i < lines.size() && !stopped; ++i)
                stopped = lines[i].trimmed() == u"Assert-CoexReadBack -Server 'LEG'"_s;
            QVERIFY(stopped);
            QVERIFY(script->contains(u"if ((-not $WhatIf) -and ($script:coexDifferences -gt 0))"_s));
        }
        QVERIFY(!verify.contains(u"Assert-CoexReadBack -Server"_s));
    }

    // Issue 13, defect 7: captured values the cmdlet refuses on that version (Negotiate as
    // a 2010 client method, an empty IIS list) are not written back: a warning names them.
    void rollback_capturedValuesTheVersionRefuses_areNotWrittenBack()
    {
        wizard::Plan plan = smallPlan(true);
        wizard::OutlookAnywhereSettings &before = plan.topology.servers[0].current->outlookAnywhere;
        before.clientAuthenticationMethod = wizard::AuthMethod::Negotiate;
        before.iisAuthenticationMethods = wizard::AuthMethodSet{};
        const QString rollback = wizard::rollbackScript(plan, options);
        QVERIFY(!rollback.contains(u"-ClientAuthenticationMethod 'Negotiate'"_s));
        for (const QString &line : psLogicalLines(rollback))
            QVERIFY2(!line.contains(u"-IISAuthenticationMethods -"_s)
                         && !line.trimmed().endsWith(u"-IISAuthenticationMethods"_s),
                     qPrintable(line));
        QVERIFY(rollback.contains(u"ClientAuthenticationMethod = Negotiate"_s));
        QVERIFY(rollback.contains(u"IISAuthenticationMethods = (none)"_s));
        // The captured host name is still restored.
        QVERIFY(rollback.contains(u"-ExternalHostname 'old.contoso.com'"_s));
    }

    void capturedState_onlyDifferencesAreWritten()
    {
        const QString withCapture = wizard::changeScript(smallPlan(true), options);
        QVERIFY(withCapture.contains(
            u"Set-OutlookAnywhere -Identity 'LEG\\Rpc (Default Web Site)' -ExternalHostname 'mail.contoso.com' "
            u"-ErrorAction Stop -WhatIf:$WhatIf"_s));
        QVERIFY(!withCapture.contains(u"-ClientAuthenticationMethod"_s));
        QVERIFY(!withCapture.contains(u"Enable-OutlookAnywhere"_s));
        const QString rollback = wizard::rollbackScript(smallPlan(true), options);
        QVERIFY(rollback.contains(u"-ExternalHostname 'old.contoso.com' -ErrorAction Stop -WhatIf:$WhatIf"_s));

        const QString withoutCapture = wizard::changeScript(smallPlan(false), options);
        QVERIFY(
            withoutCapture.contains(u"-ClientAuthenticationMethod 'Basic' -IISAuthenticationMethods 'Basic','Ntlm'"_s));
        QVERIFY(withoutCapture.contains(u"Enable-OutlookAnywhere -Server 'LEG'"_s));
    }

    // Exchange 2016 sets the SCP with Set-ClientAccessService (Set-ClientAccessServer is
    // its older name); 2007-2013 have only Set-ClientAccessServer. NS-004 agrees.
    void scpCommand_usesTheVersionsCmdlet_data()
    {
        QTest::addColumn<wizard::ExchangeVersion>("version");
        QTest::addColumn<QString>("setCmdlet");
        QTest::addColumn<QString>("getCmdlet");
        QTest::addRow("2010") << wizard::ExchangeVersion::Ex2010 << u"Set-ClientAccessServer"_s
                              << u"Get-ClientAccessServer"_s;
        QTest::addRow("2013") << wizard::ExchangeVersion::Ex2013 << u"Set-ClientAccessServer"_s
                              << u"Get-ClientAccessServer"_s;
        QTest::addRow("2016") << wizard::ExchangeVersion::Ex2016 << u"Set-ClientAccessService"_s
                              << u"Get-ClientAccessService"_s;
    }
    void scpCommand_usesTheVersionsCmdlet()
    {
        QFETCH(wizard::ExchangeVersion, version);
        QFETCH(QString, setCmdlet);
        QFETCH(QString, getCmdlet);
        wizard::Plan plan;
        plan.topology.organization.namespaces.autodiscover = u"autodiscover.contoso.com"_s;
        wizard::Server cas;
        cas.name = u"CAS1"_s;
        cas.version = version;
        cas.roles.clientAccess = true;
        cas.outlookAnywhere = wizard::unknownOutlookAnywhereSettings(version);
        cas.autodiscoverServiceInternalUri = u"https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml"_s;
        wizard::CapturedState before;
        before.outlookAnywhere = cas.outlookAnywhere;
        before.autodiscoverServiceInternalUri = u"https://cas1.contoso.local/Autodiscover/Autodiscover.xml"_s;
        cas.current = before;
        plan.topology.servers.append(cas);
        const QString script = wizard::changeScript(plan, options);
        QVERIFY2(script.contains(setCmdlet + u" -Identity 'CAS1' -AutoDiscoverServiceInternalUri "_s),
                 qPrintable(script));
        QVERIFY2(script.contains(getCmdlet + u" -Identity 'CAS1'"_s), qPrintable(script));
        const QString other
            = setCmdlet.endsWith(u"Service"_s) ? u"Set-ClientAccessServer "_s : u"Set-ClientAccessService "_s;
        QVERIFY(!script.contains(other));
    }

    void rollbackWithoutCapture_saysSoAndInventsNothing()
    {
        const QString rollback = wizard::rollbackScript(smallPlan(false), options);
        QVERIFY(rollback.contains(u"no values were captured before the change"_s));
        QVERIFY(!rollback.contains(u"Set-OutlookAnywhere -Identity"_s));
        QVERIFY(!rollback.contains(u"Disable-OutlookAnywhere -Identity"_s));
    }

    void checklist_leavesOutItemsThatDoNotApply()
    {
        const auto ids = [](const QString &path) {
            const wizard::Plan plan = load(path);
            QStringList out;
            for (const auto &phase :
                 wizard::buildChecklist(plan, wizard::runChecks(plan.topology), options.date).phases) {
                for (const auto &item : phase.items)
                    out.append(item.id);
            }
            return out;
        };
        const QStringList contoso = ids(QStringLiteral(COEXPLAN_SAMPLES) + u"/contoso-before.coexplan"_s);
        QVERIFY(!contoso.contains(u"namespaces/legacy"_s)); // no Exchange 2007 in Contoso (F50)
        QVERIFY(contoso.contains(u"legacy-oa/EX2010CAS"_s));
        QVERIFY(!contoso.contains(u"legacy-oa/EX2010MBX"_s)); // not a Client Access server
        const QStringList fabrikam = ids(QStringLiteral(COEXPLAN_SAMPLES) + u"/fabrikam-mixed-2007-2010.coexplan"_s);
        QVERIFY(fabrikam.contains(u"namespaces/legacy"_s));
        QStringList unique = contoso;
        QCOMPARE(unique.removeDuplicates(), 0); // ids are unique keys of Plan::checklist
    }

    void checklist_keepsIdsUniqueWhenARuleFiresTwiceOnOneSubject()
    {
        wizard::Finding f;
        f.ruleId = u"PB-002"_s;
        f.subject = {wizard::SubjectKind::Server, u"EX1"_s};
        f.message = u"m"_s;
        const wizard::Checklist list = wizard::buildChecklist(smallPlan(false), {f, f}, options.date);
        QStringList ids;
        for (const auto &phase : list.phases) {
            for (const auto &item : phase.items)
                ids.append(item.id);
        }
        QVERIFY(ids.contains(u"finding/PB-002/server/EX1"_s));
        QVERIFY(ids.contains(u"finding/PB-002/server/EX1#2"_s));
    }

    // Issue 19: a large plan's checklist groups many findings of one rule about named
    // subjects, and sends the reader to the test plan for many scenarios; a small plan
    // keeps one item each.
    void checklist_ofALargePlan_groupsRepeatedFindingsAndTests()
    {
        const auto finding = [](const QString &rule, wizard::SubjectKind kind, const QString &name) {
            wizard::Finding f;
            f.ruleId = rule;
            f.severity = wizard::Severity::Warning;
            f.subject = {kind, name};
            f.message = u"%1 needs a change"_s.arg(name);
            f.fix = u"Correct the value of %1."_s.arg(name);
            return f;
        };
        QList<wizard::Finding> findings;
        for (int i = 0; i < 250; ++i)
            findings.append(finding(u"PA-004"_s, wizard::SubjectKind::Server, u"EX%1"_s.arg(i)));
        for (int i = 0; i < 5; ++i)
            findings.append(finding(u"PB-002"_s, wizard::SubjectKind::Server, u"CAS%1"_s.arg(i)));
        for (int i = 0; i < 12; ++i)
            findings.append(finding(u"NS-005"_s, wizard::SubjectKind::Organization, QString()));
        const auto items = [](const wizard::Checklist &list) {
            QList<wizard::ChecklistItem> all;
            for (const auto &phase : list.phases)
                all += phase.items;
            return all;
        };
        const auto count = [](const QList<wizard::ChecklistItem> &all, const QString &prefix) {
            return std::count_if(all.cbegin(), all.cend(),
                                 [&](const wizard::ChecklistItem &i) { return i.id.startsWith(prefix); });
        };
        const QList<wizard::ChecklistItem> large
            = items(wizard::buildChecklist(smallPlan(false), findings, {}, options.date));
        QCOMPARE(count(large, u"finding-group/PA-004/warning"_s), 1);
        QCOMPARE(count(large, u"finding/PA-004/"_s), 0);
        QCOMPARE(count(large, u"finding/PB-002/"_s), 5); // few: one item each
        QCOMPARE(count(large, u"finding/NS-005/"_s), 12); // organization-wide: never grouped
        const auto group = std::find_if(large.cbegin(), large.cend(), [](const wizard::ChecklistItem &i) {
            return i.id == u"finding-group/PA-004/warning"_s;
        });
        QVERIFY(group->title.startsWith(u"EX0 needs a change (and 249 more like it)"_s));
        QCOMPARE(group->details.size(), 1);
        QCOMPARE(group->details[0].lines.size(), 25); // 250 names, ten to a line
        QVERIFY(group->details[0].lines.last().endsWith(u"EX249"_s));
        QVERIFY(group->action.startsWith(u"For EX0: Correct the value of EX0."_s));
        // The same rule in a small plan: one item per finding.
        findings.resize(150);
        QCOMPARE(
            count(items(wizard::buildChecklist(smallPlan(false), findings, {}, options.date)), u"finding/PA-004/"_s),
            150);

        // Connectivity tests: the test plan's when there are many scenarios.
        wizard::Plan plan = load(samplePaths().first());
        const wizard::PlanCheck check = wizard::checkPlan(plan.topology);
        QList<wizard::Flow> flows;
        while (flows.size() <= wizard::maxChecklistConnectivityTests)
            flows += check.flows;
        const QList<wizard::ChecklistItem> many
            = items(wizard::buildChecklist(plan, check.findings, flows, options.date));
        QCOMPARE(count(many, u"test/"_s), 0);
        QCOMPARE(count(many, u"verify/connectivity-tests"_s), 1);
        const QList<wizard::ChecklistItem> few
            = items(wizard::buildChecklist(plan, check.findings, check.flows, options.date));
        QCOMPARE(count(few, u"test/"_s), qsizetype(check.flows.size()));
        QCOMPARE(count(few, u"verify/connectivity-tests"_s), 0);
    }

    void checklist_showsProgressSavedInThePlan()
    {
        const wizard::Plan plan = load(hostilePlanPath());
        const wizard::Checklist list = wizard::buildChecklist(plan, {}, options.date);
        QCOMPARE(list.doneCount(), 1);
        QVERIFY(wizard::checklistHtml(list).contains(u" checked aria-label"_s));
        QVERIFY(wizard::checklistMarkdown(list).contains(u"- [x] "_s));
    }

    // Issue 17: one test per scenario, in the form of the mailbox's version.
    void testPlan_usesTheTestsOfEachMailboxVersion()
    {
        const wizard::Plan plan = load(QStringLiteral(COEXPLAN_SAMPLES) + u"/fabrikam-mixed-2007-2010.coexplan"_s);
        const QList<wizard::Finding> findings = wizard::runChecks(plan.topology);
        const QList<wizard::Flow> flows = wizard::computeFlows(plan.topology, findings);
        const QList<wizard::ChecklistItem> tests = wizard::connectivityTestItems(plan.topology, flows);
        QCOMPARE(tests.size(), flows.size());
        QHash<QString, wizard::ChecklistItem> byId;
        for (const wizard::ChecklistItem &t : tests) {
            QVERIFY(t.recordsResult);
            byId.insert(t.id, t);
        }
        // Exchange 2010 mailbox from outside: the 2010 form, Autodiscover defaults, the
        // method the legacy CAS hands out, Test-OutlookWebServices against that CAS.
        const wizard::ChecklistItem legacy = byId.value(u"test/Field sales/external/MAN-EX10-MBX"_s);
        QVERIFY(legacy.command.contains(u"Test-OutlookConnectivity -Identity $TestMailbox -MailboxCredential "
                                        u"$Credential -GetDefaultsFromAutodiscover $true"_s));
        QVERIFY(legacy.command.contains(u"-RpcProxyAuthenticationType 'Basic'"_s));
        QVERIFY(legacy.verifyCommand.startsWith(u"Test-OutlookWebServices -Identity $TestMailbox -ClientAccessServer "
                                                u"'MAN-EX10-CAS'"_s));
        QCOMPARE(legacy.shell, u"Exchange 2010 Management Shell"_s);
        QVERIFY(!legacy.details.isEmpty());
        QVERIFY(legacy.details.first().lines.contains(u"RPC proxy server: mail.fabrikam.com"_s));
        // Exchange 2013 mailbox: the probe form with the database, no Test-OutlookWebServices.
        const wizard::ChecklistItem modern = byId.value(u"test/London office/internal/LON-EX13-01"_s);
        QVERIFY(modern.command.contains(
            u"-ProbeIdentity 'Outlook.Protocol\\OutlookRpcDeepTestProbe\\LON-DB13-01' -MailboxId $TestMailbox"_s));
        QVERIFY(modern.verifyCommand.isEmpty());
        // Exchange 2007 mailbox: no cmdlet form exists.
        const wizard::ChecklistItem old = byId.value(u"test/London office/internal/LON-EX07-MBX"_s);
        QVERIFY(old.command.isEmpty());
        QVERIFY(old.shell.isEmpty());
        // Internal users of a 2010 mailbox stay on RPC/TCP.
        const wizard::ChecklistItem tcp = byId.value(u"test/Manchester office/internal/MAN-EX10-MBX"_s);
        QVERIFY(tcp.command.contains(u"-Protocol 'TCP'"_s));
    }

    // Issue 17: the verify script runs the test plan's cmdlets where a cmdlet can check a
    // scenario: only with -TestConnectivity, each from the shell of the mailbox's version,
    // each in its own try so a failed test is counted (exit 1) and the next still runs; a
    // command that several scenarios share runs once and names them all; a 2007 mailbox
    // is said to be untested by cmdlet.
    void verifyScript_runsTheConnectivityTestsOfEachMailboxServer()
    {
        const wizard::Plan plan = load(QStringLiteral(COEXPLAN_SAMPLES) + u"/fabrikam-mixed-2007-2010.coexplan"_s);
        const QString verify = wizard::verifyScript(plan, options);
        QVERIFY(verify.contains(u"    [switch]$TestConnectivity,"_s));
        const QStringList lines = psLogicalLines(verify);
        QString guard; // the innermost `if (...)` seen last
        bool inSwitch = false; // inside `if ($TestConnectivity) {`
        QHash<QString, int> runs; // command -> how often it is written
        int tries = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.startsWith(u"if ("_s))
                guard = line;
            if (line == u"if ($TestConnectivity) {"_s)
                inSwitch = true;
            if (line == u"try {"_s)
                ++tries;
            if (!line.startsWith(u"$coexOutput = @(Test-Outlook"_s))
                continue;
            runs[line] += 1;
            QVERIFY2(line.endsWith(u" -ErrorAction Stop)"_s), qPrintable(line));
            QVERIFY2(lines.value(i - 1).trimmed() == u"try {"_s, qPrintable(line));
            QVERIFY2(lines.value(i + 1).trimmed().startsWith(u"Write-CoexConnectivity -Server "_s), qPrintable(line));
            QVERIFY2(lines.value(i + 2).trimmed() == u"} catch {"_s, qPrintable(line));
            QVERIFY2(lines.value(i + 3).trimmed().endsWith(u"-Output $null -Failure $_.Exception.Message"_s),
                     qPrintable(line));
            const bool probe = line.contains(u"-ProbeIdentity"_s);
            QVERIFY2(guard == (probe ? u"if ($ExchangeShell -eq '2013') {"_s : u"if ($ExchangeShell -eq '2010') {"_s),
                     qPrintable(guard + u" / "_s + line));
            QVERIFY(inSwitch);
        }
        QVERIFY(tries >= 4);
        // MAN-EX10-MBX: RPC/TCP inside, Outlook Anywhere from outside, one
        // Test-OutlookWebServices for all three scenarios; LON-EX13-01: the probe.
        QCOMPARE(runs.size(), 4);
        for (auto it = runs.cbegin(); it != runs.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QVERIFY(verify.contains(u"-Test 'Test-OutlookWebServices' -Scenarios 'Manchester office inside the network, "
                                u"Field sales inside the network, Field sales from outside' -Output $coexOutput"_s));
        QVERIFY(verify.contains(u"-f 'LON-EX07-MBX', 'London office inside the network"_s));
        QCOMPARE(verify.count(u"$TestMailbox = Read-Host -Prompt"_s), 2);
        // A failed test is counted and makes the exit code 1; without the switch nothing runs.
        QVERIFY(verify.contains(u"$script:coexTestFailures++"_s));
        QVERIFY(verify.contains(u"if (($coexDifferences + $coexTestFailures) -gt 0) { exit 1 }"_s));
        QVERIFY(verify.contains(u"Connectivity tests not run: add -TestConnectivity"_s));
        // A plan without client scenarios says so instead of testing nothing silently.
        const QString small = wizard::verifyScript(smallPlan(true), options);
        QVERIFY(small.contains(u"The plan has no client scenario: no connectivity test to run."_s));
        QVERIFY(!small.contains(u"Test-OutlookConnectivity -"_s));
    }

    void testPlan_keepsTheResultsSavedInThePlan()
    {
        wizard::Plan plan = load(QStringLiteral(COEXPLAN_SAMPLES) + u"/contoso-before.coexplan"_s);
        const QList<wizard::Flow> flows = wizard::computeFlows(plan.topology, wizard::runChecks(plan.topology));
        QVERIFY(!flows.isEmpty());
        const QString id = wizard::connectivityTestId(flows.first());
        plan.checklist[id].done = true;
        plan.checklist[id].result = u"Connection Status: HTTPS, Nego*"_s;
        const wizard::Checklist testPlan = wizard::buildTestPlan(plan, flows, options.date);
        QCOMPARE(testPlan.kind, wizard::ChecklistKind::TestPlan);
        QCOMPARE(testPlan.doneCount(), 1);
        QVERIFY(wizard::checklistMarkdown(testPlan).contains(u"**Result:** Connection Status: HTTPS, Nego\\*"_s));
        QVERIFY(wizard::checklistHtml(testPlan).contains(u"Connection Status: HTTPS, Nego*"_s));
        // The checklist's Verification phase carries the same tests, with the same state.
        const wizard::Checklist checklist = wizard::buildChecklist(plan, {}, flows, options.date);
        bool found = false;
        for (const auto &phase : checklist.phases) {
            for (const auto &item : phase.items) {
                if (item.id == id) {
                    found = true;
                    QCOMPARE(phase.id, wizard::ChecklistPhaseId::Verification);
                    QCOMPARE(item.state.result, u"Connection Status: HTTPS, Nego*"_s);
                }
                QVERIFY(item.id != u"verify/connectivity"_s);
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
