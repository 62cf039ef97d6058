#include "scriptcommon.h"

#include "checklist.h"
#include "checklistitems.h"
#include "oacommands.h"
#include "powershell/psquote.h"

#include <coexplan_version.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
// Helper functions every script defines. Constant text: no plan value is in here.
// PowerShell 2.0 syntax only (the Exchange 2010 Management Shell runs on 2.0).
const char16_t helperFunctions[] = uR"ps(function Write-CoexStep {
    param([string]$Text)
    $script:coexStep = $Text
    Write-Host ''
    Write-Host ('== ' + $Text)
}

function ConvertTo-CoexText {
    param($Value)
    if ($null -eq $Value) { return '' }
    if (($Value -is [System.Collections.IEnumerable]) -and -not ($Value -is [string])) {
        $items = @()
        foreach ($item in $Value) { $items += [string]$item }
        return (($items | Sort-Object) -join ',')
    }
    return [string]$Value
}

function Show-CoexValue {
    param([string]$Server, [string]$Property, $Planned, $Live)
    $plannedText = ConvertTo-CoexText $Planned
    $liveText = ConvertTo-CoexText $Live
    if ($plannedText -eq $liveText) {
        $state = 'OK'
    } else {
        $state = 'DIFFERENT'
        $script:coexDifferences++
    }
    Write-Host ('{0,-9} {1,-16} {2,-35} planned: {3,-32} live: {4}' -f $state, $Server, $Property, $plannedText, $liveText)
}

# A read-back that differs after a real change stops the script (issue 13): a failed or
# ignored change must not be followed by the next phase and server. Under -WhatIf
# nothing was changed, so the current values are only shown.
function Assert-CoexReadBack {
    param([string]$Server)
    if ((-not $WhatIf) -and ($script:coexDifferences -gt 0)) {
        throw ('{0}: a value read back differs from the planned one (DIFFERENT above).' -f $Server)
    }
}

# The shell must be the Exchange Management Shell of the version named by -ExchangeShell:
# Set-OutlookAnywhere has -InternalHostname only from 2013 on and -ExtendedProtectionFlags
# from 2010 on (2007 lacks it; office-docs-powershell Set-OutlookAnywhere.md);
# Get-ClientAccessService exists from 2016 on (office-docs-powershell
# Get-ClientAccessService.md), which tells a 2016 shell from a 2013 one. Legacy servers
# are changed from their own version's shell.
function Assert-CoexShell {
    param([string]$Version)
    $command = Get-Command Set-OutlookAnywhere -ErrorAction SilentlyContinue
    if ($null -eq $command) {
        throw 'Set-OutlookAnywhere is not available: run this script from the Exchange Management Shell.'
    }
    $isNew = $command.Parameters.ContainsKey('InternalHostname')
    $has2010 = $command.Parameters.ContainsKey('ExtendedProtectionFlags')
    $has2016 = $null -ne (Get-Command Get-ClientAccessService -ErrorAction SilentlyContinue)
    $ok = $false
    if ($Version -eq '2007') { $ok = (-not $isNew) -and (-not $has2010) }
    elseif ($Version -eq '2010') { $ok = (-not $isNew) -and $has2010 }
    elseif ($Version -eq '2013') { $ok = $isNew -and (-not $has2016) }
    else { $ok = $isNew -and $has2016 }
    if (-not $ok) {
        throw ('This is not the Exchange {0} Management Shell. Run the script from that shell with -ExchangeShell {0}.' -f $Version)
    }
}

# Pre-flight: the server must be the version the plan says (AdminDisplayVersion),
# at the level the plan's checks were made for: $PlannedLevel is the planned build's
# major.minor for 2007/2010 (their AdminDisplayVersion shows the service pack, never the
# rollup, VER-002) and major.minor.build for 2013/2016 (the cumulative update); without a
# planned build, the coexistence service pack (2007 SP3 = 8.3, 2010 SP3 = 14.3, VER-001).
# The rest of the planned build is compared too: a newer live build than planned stops
# (the plan was checked for another build); an older one is what AdminDisplayVersion shows
# when it omits the update (2007/2010 rollups, VER-002; 2013/2016 security
# updates), so it is a warning to confirm the build in Programs and Features.
function Assert-CoexServerVersion {
    param([string]$Server, [string]$VersionPrefix, [string]$PlannedBuild, [string]$PlannedLevel)
    $exchangeServer = Get-ExchangeServer -Identity $Server -ErrorAction Stop
    $actual = [string]$exchangeServer.AdminDisplayVersion
    if (-not $actual.StartsWith($VersionPrefix)) {
        throw ('{0} reports {1}; the plan expects {2}*. Correct the plan before changing this server.' -f $Server, $actual, $VersionPrefix)
    }
    if ($actual -notmatch '^Version (\d+)\.(\d+) \(Build (\d+)\.(\d+)\)') {
        throw ('{0} reports {1}, which is not an AdminDisplayVersion this script can compare with the plan.' -f $Server, $actual)
    }
    $live = @([int]$matches[1], [int]$matches[2], [int]$matches[3], [int]$matches[4])
    $wanted = $PlannedLevel.Split('.')
    for ($i = 0; $i -lt $wanted.Length; $i++) {
        if ($live[$i] -ne [int]$wanted[$i]) {
            throw ('{0} reports {1}; the plan was checked for {2} (level {3}). Correct the plan or update the server first.' -f $Server, $actual, $PlannedBuild, $PlannedLevel)
        }
    }
    if ($PlannedBuild -match '^(\d+)\.(\d+)\.(\d+)\.(\d+)$') {
        $planned = @([int]$matches[1], [int]$matches[2], [int]$matches[3], [int]$matches[4])
        for ($i = $wanted.Length; $i -lt 4; $i++) {
            if ($live[$i] -gt $planned[$i]) {
                throw ('{0} reports {1}, newer than the planned build {2}. Correct the plan (its checks were made for {2}) before changing this server.' -f $Server, $actual, $PlannedBuild)
            }
            if ($live[$i] -lt $planned[$i]) {
                Write-Warning ('{0} reports {1}; the plan says build {2}. AdminDisplayVersion does not show every update (2007/2010 rollups, 2013/2016 security updates): confirm build {2} in Programs and Features on {0}.' -f $Server, $actual, $PlannedBuild)
                break
            }
        }
    }
    Write-Host ('OK        {0,-16} {1} (planned build: {2})' -f $Server, $actual, $PlannedBuild)
})ps";

// Written into a change script that may run Enable-OutlookAnywhere (constant text).
// Enable-OutlookAnywhere needs the Windows RPC over HTTP Proxy component installed first:
// Exchange 2010's Enable-OutlookAnywhere page lists it as a prerequisite and Exchange 2007
// logs event 2003 without it (FACTS F3, F73, F81). How it is read depends on the server's
// Windows (FACTS F94): from Windows Server 2008 R2 on, the ServerManager module's
// Get-WindowsFeature, which reads the computer it runs on (Microsoft's ServerManager page
// for 2008 R2, learn.microsoft.com ee662311); Windows Server 2008 has only
// ServerManagerCmd.exe and 2003 the Windows Components dialog, whose results this script
// cannot read. Where it cannot read it, the script says how to check and stops before
// any change; -RpcOverHttpProxyConfirmed names the servers checked by hand.
const char16_t rpcProxyFunction[] = uR"ps(function Assert-CoexRpcOverHttpProxy {
    param([string]$Server, [string]$OperatingSystem)
    if ($RpcOverHttpProxyConfirmed -contains $Server) {
        Write-Host ('OK        {0,-16} RPC over HTTP Proxy confirmed by hand (-RpcOverHttpProxyConfirmed)' -f $Server)
        return
    }
    $again = ('then run the script again with -RpcOverHttpProxyConfirmed {0}' -f $Server)
    if (@('2008R2', '2012', '2012R2', '2016', '2019', '2022') -contains $OperatingSystem) {
        if ($env:COMPUTERNAME -ne $Server) {
            throw ('{0}: its RPC over HTTP Proxy feature can only be read on {0} itself (Get-WindowsFeature reads the local computer). Run this script on {0}, or there run: Import-Module ServerManager; Get-WindowsFeature RPC-over-HTTP-proxy; when it shows [X] (installed), {1}.' -f $Server, $again)
        }
        Import-Module ServerManager
        $feature = Get-WindowsFeature RPC-over-HTTP-proxy
        if (($null -eq $feature) -or (-not $feature.Installed)) {
            throw ('{0}: the RPC over HTTP Proxy Windows feature is not installed, and Enable-OutlookAnywhere needs it. Install it on {0}: Import-Module ServerManager; Add-WindowsFeature RPC-over-HTTP-proxy' -f $Server)
        }
        Write-Host ('OK        {0,-16} RPC over HTTP Proxy installed' -f $Server)
        return
    }
    if ($OperatingSystem -eq '2008') {
        throw ('{0} (Windows Server 2008): this script cannot read its RPC over HTTP Proxy feature. On {0}, in an elevated command prompt, run ServerManagerCmd -query and look for [X] RPC over HTTP Proxy (install it with ServerManagerCmd -install RPC-over-HTTP-proxy); {1}.' -f $Server, $again)
    }
    if ($OperatingSystem -eq '2003') {
        throw ('{0} (Windows Server 2003): this script cannot read its RPC over HTTP Proxy component. On {0}: Control Panel, Add or Remove Programs, Add/Remove Windows Components, Networking Services, Details: RPC over HTTP Proxy must be selected; {1}.' -f $Server, $again)
    }
    throw ('{0}: the plan does not record its Windows version, so this script cannot tell how to read its RPC over HTTP Proxy feature. Record the operating system in the plan and export the script again, or check the feature on {0} by hand and {1}.' -f $Server, $again)
})ps";

// Writes what one connectivity test gave. The cmdlets' output types are not documented
// (office-docs-powershell Test-OutlookConnectivity.md and Test-OutlookWebServices.md leave
// OUTPUTS blank), so the output is shown whole for the admin to read and record in the
// test plan; a test counts as failed when the cmdlet stops with an error, or when an
// object it returns has a Result or ResultType property whose value contains "Fail".
// Constant text, PowerShell 2.0 syntax.
const char16_t connectivityFunction[] = uR"ps(function Write-CoexConnectivity {
    param([string]$Server, [string]$Test, [string]$Scenarios, $Output, [string]$Failure = '')
    $failed = $Failure -ne ''
    foreach ($item in @($Output)) {
        if ($null -eq $item) { continue }
        foreach ($name in @('Result', 'ResultType')) {
            $property = $item.PSObject.Properties[$name]
            if (($null -ne $property) -and ([string]$property.Value -match 'Fail')) { $failed = $true }
        }
    }
    if ($failed) {
        $script:coexTestFailures++
        Write-Host ('FAILED    {0,-16} {1} ({2})' -f $Server, $Test, $Scenarios) -ForegroundColor Red
        if ($Failure -ne '') { Write-Host ('          ' + $Failure) }
    } else {
        Write-Host ('RAN       {0,-16} {1} ({2}): no failure reported' -f $Server, $Test, $Scenarios)
    }
    if ($null -ne $Output) { $Output | Format-List | Out-String -Width 160 | Write-Host }
})ps";

bool anyMayEnable(const QList<ServerChanges> &servers)
{
    return std::any_of(servers.cbegin(), servers.cend(),
                       [](const ServerChanges &c) { return c.mayEnableOutlookAnywhere(); });
}

// What the pre-flight compares of AdminDisplayVersion (see Assert-CoexServerVersion).
QString plannedLevel(const ServerChanges &c)
{
    if (c.build.isKnown()) {
        const BuildNumber &b = c.build.value();
        return c.isLegacy() ? u"%1.%2"_s.arg(b.major).arg(b.minor)
                            : u"%1.%2.%3"_s.arg(b.major).arg(b.minor).arg(b.build);
    }
    switch (c.version) {
    case ExchangeVersion::Unknown:
    case ExchangeVersion::Ex2003:
    case ExchangeVersion::Ex2019:
    case ExchangeVersion::ExSE:
        return {}; // never scripted (isScriptable)
    case ExchangeVersion::Ex2007:
        return u"8.3"_s; // SP3 (VER-001)
    case ExchangeVersion::Ex2010:
        return u"14.3"_s; // SP3 (VER-001)
    case ExchangeVersion::Ex2013:
        return u"15.0"_s;
    case ExchangeVersion::Ex2016:
        return u"15.1"_s;
    }
    return {};
}

QString kindName(ScriptKind k)
{
    switch (k) {
    case ScriptKind::Change:
        return u"change"_s;
    case ScriptKind::Rollback:
        return u"rollback"_s;
    case ScriptKind::Verify:
        return u"verify"_s;
    }
    return {};
}
} // namespace

QString psFormat(const QString &templateText, const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(psQuote(v));
    return u"(%1 -f %2)"_s.arg(psQuote(templateText), quoted.join(u", "_s));
}

ScriptFrame::ScriptFrame(const Plan &plan, const ScriptOptions &options, ScriptKind kind,
                         const QList<ServerChanges> &servers)
    : m_servers(servers)
    , m_unscripted(unscriptedServers(plan.topology))
    , m_kind(kind)
{
    for (ExchangeVersion v :
         {ExchangeVersion::Ex2007, ExchangeVersion::Ex2010, ExchangeVersion::Ex2013, ExchangeVersion::Ex2016}) {
        for (const ServerChanges &c : servers) {
            if (c.version == v) {
                m_shells.append(exchangeVersionToken(v));
                break;
            }
        }
    }
    header(plan, options);
}

void ScriptFrame::header(const Plan &plan, const ScriptOptions &options)
{
    const QString name = u"coexplan-%1.ps1"_s.arg(kindName(m_kind));
    switch (m_kind) {
    case ScriptKind::Change:
        m_w.comment(u"CoexPlan change script: makes the planned Outlook Anywhere changes."_s);
        break;
    case ScriptKind::Rollback:
        m_w.comment(u"CoexPlan rollback script: restores the values captured before the change."_s);
        break;
    case ScriptKind::Verify:
        m_w.comment(u"CoexPlan verification script: read-only, prints planned and live values."_s);
        break;
    }
    m_w.comment(u"Plan: "_s + plan.info.title);
    m_w.comment(u"Organization: "_s + plan.topology.organization.name);
    m_w.comment(u"Generated %1 by CoexPlan %2."_s.arg(options.date.toString(Qt::ISODate),
                                                      QString::fromLatin1(COEXPLAN_VERSION_STRING)));
    m_w.comment(QString());
    m_w.comment(u"Run it from the Exchange Management Shell of each version, once per version:"_s);
    for (const QString &v : m_shells) {
        m_w.comment(m_kind == ScriptKind::Verify
                        ? u"  .\\%1 -ExchangeShell %2"_s.arg(name, v)
                        : u"  .\\%1 -ExchangeShell %2 -WhatIf   (review first)"_s.arg(name, v));
    }
    m_w.comment(u"Commands for a legacy server run only from that version's shell."_s);
    if (m_kind != ScriptKind::Verify) {
        m_w.comment(u"Stops at the first failure. Changes apply after AD replication and the Exchange"_s);
        m_w.comment(u"Service Host cycle (about 15 minutes); never edit /rpc in IIS Manager."_s);
    }
    m_w.line(u"#Requires -Version 2.0"_s);
    m_w.line(u"param("_s);
    m_w.line(u"    [Parameter(Mandatory = $true)]"_s);
    QStringList set;
    for (const QString &v : m_shells)
        set.append(psQuote(v));
    if (set.isEmpty())
        set.append(psQuote(u"2013"_s));
    m_w.line(u"    [ValidateSet(%1)]"_s.arg(set.join(u", "_s)));
    m_w.line(u"    [string]$ExchangeShell,"_s);
    if (m_kind != ScriptKind::Verify)
        m_w.line(u"    [switch]$WhatIf,"_s);
    else
        m_w.line(u"    [switch]$TestConnectivity,"_s);
    if (m_kind == ScriptKind::Change && anyMayEnable(m_servers))
        m_w.line(u"    [string[]]$RpcOverHttpProxyConfirmed = @(),"_s);
    m_w.line(u"    [string]$TranscriptPath = ''"_s);
    m_w.line(u")"_s);
    m_w.blank();
    m_w.line(u"$ErrorActionPreference = 'Stop'"_s);
    m_w.line(u"Set-StrictMode -Version 2.0"_s);
    m_w.line(u"$coexStep = 'start'"_s);
    m_w.line(u"$coexDifferences = 0"_s);
    m_w.line(u"$coexFailed = $false"_s);
    if (m_kind == ScriptKind::Verify) {
        m_w.line(u"$coexTestFailures = 0"_s);
        m_w.line(u"$WhatIf = $false"_s);
    }
    m_w.blank();
    m_w.raw(QString::fromUtf16(helperFunctions));
    m_w.blank();
    if (m_kind == ScriptKind::Verify) {
        m_w.raw(QString::fromUtf16(connectivityFunction));
        m_w.blank();
    }
    m_w.open(u"if ($TranscriptPath -eq '')"_s);
    m_w.line(
        u"$TranscriptPath = Join-Path (Get-Location) ('coexplan-%1-{0}-{1:yyyyMMdd-HHmmss}.log' -f $ExchangeShell, (Get-Date))"_s
            .arg(kindName(m_kind)));
    m_w.close();
    m_w.line(u"Start-Transcript -Path $TranscriptPath | Out-Null"_s);
    m_w.open(u"try"_s);
    m_w.line(u"Assert-CoexShell -Version $ExchangeShell"_s);
    if (m_kind != ScriptKind::Verify) {
        m_w.open(u"if ($WhatIf)"_s);
        m_w.line(u"Write-Host 'WhatIf: nothing is changed. Read-backs show the current values.'"_s);
        m_w.close();
    }
}

void ScriptFrame::openServer(const ServerChanges &c, const QString &phaseTitle)
{
    m_w.blank();
    m_w.comment(u"%1 - %2 (%3)"_s.arg(phaseTitle, c.server, exchangeVersionDisplayName(c.version)));
    m_w.open(u"if ($ExchangeShell -eq %1)"_s.arg(psQuote(exchangeVersionToken(c.version))));
}

void ScriptFrame::closeServer(const ServerChanges &c)
{
    m_w.close(u" else {"_s);
    m_w.line(u"    Write-Host %1"_s.arg(psFormat(u"Skipped {0}: run this script from the Exchange {1} Management Shell "
                                                 u"with -ExchangeShell {1}."_s,
                                                 {c.server, exchangeVersionToken(c.version)})));
    m_w.line(u"}"_s);
}

void ScriptFrame::step(const QString &templateText, const QStringList &values)
{
    m_w.line(u"Write-CoexStep "_s + psFormat(templateText, values));
}

void ScriptFrame::preflight()
{
    m_w.blank();
    m_w.comment(u"Phase %1 - %2: pre-flight"_s.arg(checklistPhaseNumber(ChecklistPhaseId::Prerequisites))
                    .arg(checklistPhaseTitle(ChecklistPhaseId::Prerequisites)));
    const bool checkRpcProxy = m_kind == ScriptKind::Change && anyMayEnable(m_servers);
    if (checkRpcProxy)
        m_w.raw(QString::fromUtf16(rpcProxyFunction));
    m_w.line(checkRpcProxy
                 ? u"Write-CoexStep 'Pre-flight: each server is the version the plan says; RPC over HTTP Proxy "
                   u"before Enable-OutlookAnywhere'"_s
                 : u"Write-CoexStep 'Pre-flight: each server is the version the plan says'"_s);
    for (const ServerChanges &c : m_servers) {
        m_w.open(u"if ($ExchangeShell -eq %1)"_s.arg(psQuote(exchangeVersionToken(c.version))));
        PsCommand check = PsCommand::scriptFunction("Assert-CoexServerVersion"_L1);
        check.text("Server"_L1, c.server);
        check.text("VersionPrefix"_L1, adminDisplayVersionPrefix(c.version));
        check.text("PlannedBuild"_L1, c.build.isKnown() ? c.build.value().toString() : u"not recorded"_s);
        check.text("PlannedLevel"_L1, plannedLevel(c));
        m_w.line(check.toString());
        if (checkRpcProxy && c.mayEnableOutlookAnywhere())
            rpcProxyPreflight(c);
        m_w.close();
    }
    // Said on every run, whatever the shell: these servers get no command (RULEBOOK §5:
    // commands are for the subject's version, and an unknown version has none).
    for (const UnscriptedServer &u : m_unscripted) {
        const QString text = u"%1 is not changed by this script: %2"_s.arg(u.server, u.reason);
        m_w.comment(text);
        m_w.line(u"Write-Warning "_s + psQuote(text));
    }
}

void ScriptFrame::rpcProxyPreflight(const ServerChanges &c)
{
    PsCommand feature = PsCommand::scriptFunction("Assert-CoexRpcOverHttpProxy"_L1);
    feature.text("Server"_L1, c.server);
    feature.text("OperatingSystem"_L1,
                 c.operatingSystem.isKnown() ? windowsServerToken(c.operatingSystem.value()) : u"not recorded"_s);
    if (c.activation == LegacyActivation::Enable) {
        m_w.line(feature.toString());
        return;
    }
    // Not captured: the change enables Outlook Anywhere only where it finds no Rpc vdir.
    PsCommand probe("Get-OutlookAnywhere"_L1, c.version);
    probe.text("Server"_L1, c.server).stopOnError();
    m_w.open(u"if (@(%1).Count -eq 0)"_s.arg(probe.toString()));
    m_w.line(feature.toString());
    m_w.close();
}

QString ScriptFrame::finish()
{
    m_w.blank();
    m_w.line(u"Write-Host ''"_s);
    switch (m_kind) {
    case ScriptKind::Verify:
        m_w.line(u"Write-Host ('Done. Differences: {0}. Connectivity tests failed: {1}' -f $coexDifferences, "
                 u"$coexTestFailures)"_s);
        break;
    case ScriptKind::Change:
    case ScriptKind::Rollback:
        m_w.open(u"if ($WhatIf)"_s);
        m_w.line(u"Write-Host 'WhatIf run finished: nothing was changed.'"_s);
        m_w.close(u" else {"_s);
        m_w.line(u"    Write-Host ('Done. Read-back differences: {0}. Values apply after AD replication and the "
                 u"Service Host cycle (about 15 minutes): run coexplan-verify.ps1 then.' -f $coexDifferences)"_s);
        m_w.line(u"}"_s);
        break;
    }
    m_w.close(u" catch {"_s);
    m_w.line(u"    $coexFailed = $true"_s);
    m_w.line(u"    Write-Host ''"_s);
    m_w.line(u"    Write-Host ('STOPPED at: ' + $coexStep) -ForegroundColor Red"_s);
    m_w.line(u"    Write-Host ('Error: ' + $_.Exception.Message) -ForegroundColor Red"_s);
    m_w.line(m_kind == ScriptKind::Verify
                 ? u"    Write-Host 'Nothing was changed (this script only reads).'"_s
                 : u"    Write-Host 'Nothing after this step was run. Fix the cause and run the script again.'"_s);
    m_w.line(u"}"_s);
    m_w.line(u"Stop-Transcript | Out-Null"_s);
    m_w.line(u"if ($coexFailed) { exit 2 }"_s);
    m_w.line(m_kind == ScriptKind::Verify ? u"if (($coexDifferences + $coexTestFailures) -gt 0) { exit 1 }"_s
                                          : u"exit 0"_s);
    return m_w.text();
}

void writeReadBackStop(PsScriptWriter &w, const ServerChanges &c, ReadBack mode)
{
    if (mode != ReadBack::StopOnDifference)
        return;
    PsCommand stop = PsCommand::scriptFunction("Assert-CoexReadBack"_L1);
    stop.text("Server"_L1, c.server);
    w.line(stop.toString());
}

void writeOutlookAnywhereReadBack(PsScriptWriter &w, const ServerChanges &c, const QList<ParameterChange> &values,
                                  ReadBack mode)
{
    if (values.isEmpty())
        return;
    PsCommand get("Get-OutlookAnywhere"_L1, c.version);
    get.text("Identity"_L1, rpcVdirName(c));
    get.stopOnError();
    w.line(u"$oa = "_s + get.toString());
    for (const ParameterChange &v : values) {
        PsCommand show = PsCommand::scriptFunction("Show-CoexValue"_L1);
        show.text("Server"_L1, c.server);
        show.text("Property"_L1, oaParameterName(v.parameter));
        w.line(show.toString() + u" -Planned "_s + v.target.powerShell() + u" -Live $oa."_s
               + oaParameterName(v.parameter));
    }
    writeReadBackStop(w, c, mode);
}

void writeAutodiscoverReadBack(PsScriptWriter &w, const ServerChanges &c, const PlanValue &planned, ReadBack mode)
{
    PsCommand get(c.getClientAccessCmdlet(), c.version);
    get.text("Identity"_L1, c.server);
    get.stopOnError();
    w.line(u"$cas = "_s + get.toString());
    PsCommand show = PsCommand::scriptFunction("Show-CoexValue"_L1);
    show.text("Server"_L1, c.server);
    show.text("Property"_L1, u"AutoDiscoverServiceInternalUri"_s);
    w.line(show.toString() + u" -Planned "_s + planned.powerShell() + u" -Live $cas.AutoDiscoverServiceInternalUri"_s);
    writeReadBackStop(w, c, mode);
}

QByteArray scriptFileBytes(const QString &script)
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + script.toUtf8();
}

} // namespace wizard
