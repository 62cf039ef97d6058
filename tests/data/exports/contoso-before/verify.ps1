# CoexPlan verification script: read-only, prints planned and live values.
# Plan: Contoso: Exchange 2013 beside Exchange 2010 (before preparing coexistence)
# Organization: Contoso
# Generated 2026-01-15 by CoexPlan 0.1.0.
# 
# Run it from the Exchange Management Shell of each version, once per version:
#   .\coexplan-verify.ps1 -ExchangeShell 2010
#   .\coexplan-verify.ps1 -ExchangeShell 2013
# Commands for a legacy server run only from that version's shell.
#Requires -Version 2.0
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('2010', '2013')]
    [string]$ExchangeShell,
    [switch]$TestConnectivity,
    [string]$TranscriptPath = ''
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2.0
$coexStep = 'start'
$coexDifferences = 0
$coexFailed = $false
$coexTestFailures = 0
$WhatIf = $false

function Write-CoexStep {
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
}

function Write-CoexConnectivity {
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
}

if ($TranscriptPath -eq '') {
    $TranscriptPath = Join-Path (Get-Location) ('coexplan-verify-{0}-{1:yyyyMMdd-HHmmss}.log' -f $ExchangeShell, (Get-Date))
}
Start-Transcript -Path $TranscriptPath | Out-Null
try {
    Assert-CoexShell -Version $ExchangeShell

    # Phase 1 - Prerequisites and versions: pre-flight
    Write-CoexStep 'Pre-flight: each server is the version the plan says'
    if ($ExchangeShell -eq '2013') {
        Assert-CoexServerVersion -Server 'EX2013CAS' -VersionPrefix 'Version 15.0 ' -PlannedBuild '15.0.1497.2' -PlannedLevel '15.0.1497'
    }
    if ($ExchangeShell -eq '2010') {
        Assert-CoexServerVersion -Server 'EX2010CAS' -VersionPrefix 'Version 14.' -PlannedBuild '14.3.123.4' -PlannedLevel '14.3'
    }
    if ($ExchangeShell -eq '2010') {
        Assert-CoexServerVersion -Server 'EX2010BR' -VersionPrefix 'Version 14.' -PlannedBuild '14.3.123.4' -PlannedLevel '14.3'
    }

    # Verification - EX2013CAS (Exchange 2013)
    if ($ExchangeShell -eq '2013') {
        Write-CoexStep ('Outlook Anywhere on {0}: planned and live values' -f 'EX2013CAS')
        $oa = Get-OutlookAnywhere -Identity 'EX2013CAS\Rpc (Default Web Site)' -ErrorAction Stop
        Show-CoexValue -Server 'EX2013CAS' -Property 'ExternalHostname' -Planned 'mail.contoso.com' -Live $oa.ExternalHostname
        Show-CoexValue -Server 'EX2013CAS' -Property 'InternalHostname' -Planned 'ex2013cas.contoso.local' -Live $oa.InternalHostname
        Show-CoexValue -Server 'EX2013CAS' -Property 'ExternalClientAuthenticationMethod' -Planned 'Negotiate' -Live $oa.ExternalClientAuthenticationMethod
        Show-CoexValue -Server 'EX2013CAS' -Property 'InternalClientAuthenticationMethod' -Planned 'Ntlm' -Live $oa.InternalClientAuthenticationMethod
        Show-CoexValue -Server 'EX2013CAS' -Property 'IISAuthenticationMethods' -Planned 'Ntlm','Negotiate' -Live $oa.IISAuthenticationMethods
        Show-CoexValue -Server 'EX2013CAS' -Property 'SSLOffloading' -Planned $true -Live $oa.SSLOffloading
        Show-CoexValue -Server 'EX2013CAS' -Property 'ExternalClientsRequireSsl' -Planned $false -Live $oa.ExternalClientsRequireSsl
        Show-CoexValue -Server 'EX2013CAS' -Property 'InternalClientsRequireSsl' -Planned $false -Live $oa.InternalClientsRequireSsl
        Write-CoexStep ('Autodiscover service connection point of {0}' -f 'EX2013CAS')
        $cas = Get-ClientAccessServer -Identity 'EX2013CAS' -ErrorAction Stop
        Show-CoexValue -Server 'EX2013CAS' -Property 'AutoDiscoverServiceInternalUri' -Planned 'https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml' -Live $cas.AutoDiscoverServiceInternalUri
    } else {
        Write-Host ('Skipped {0}: run this script from the Exchange {1} Management Shell with -ExchangeShell {1}.' -f 'EX2013CAS', '2013')
    }

    # Verification - EX2010CAS (Exchange 2010)
    if ($ExchangeShell -eq '2010') {
        Write-CoexStep ('Outlook Anywhere on {0}: planned and live values' -f 'EX2010CAS')
        $found = @(Get-OutlookAnywhere -Server 'EX2010CAS' -ErrorAction Stop).Count
        Show-CoexValue -Server 'EX2010CAS' -Property 'Outlook Anywhere' -Planned 'on' -Live $(if ($found -eq 0) { 'off' } else { 'on' })
        if ($found -gt 0) {
            $oa = Get-OutlookAnywhere -Identity 'EX2010CAS\Rpc (Default Web Site)' -ErrorAction Stop
            Show-CoexValue -Server 'EX2010CAS' -Property 'ExternalHostname' -Planned 'owa.contoso.com' -Live $oa.ExternalHostname
            Show-CoexValue -Server 'EX2010CAS' -Property 'ClientAuthenticationMethod' -Planned 'Basic' -Live $oa.ClientAuthenticationMethod
            Show-CoexValue -Server 'EX2010CAS' -Property 'IISAuthenticationMethods' -Planned 'Basic' -Live $oa.IISAuthenticationMethods
            Show-CoexValue -Server 'EX2010CAS' -Property 'SSLOffloading' -Planned $false -Live $oa.SSLOffloading
        }
        Write-CoexStep ('Autodiscover service connection point of {0}' -f 'EX2010CAS')
        $cas = Get-ClientAccessServer -Identity 'EX2010CAS' -ErrorAction Stop
        Show-CoexValue -Server 'EX2010CAS' -Property 'AutoDiscoverServiceInternalUri' -Planned 'https://ex2010cas.contoso.local/Autodiscover/Autodiscover.xml' -Live $cas.AutoDiscoverServiceInternalUri
    } else {
        Write-Host ('Skipped {0}: run this script from the Exchange {1} Management Shell with -ExchangeShell {1}.' -f 'EX2010CAS', '2010')
    }

    # Connectivity tests (-TestConnectivity): the test plan's cmdlets per mailbox server
    if ($TestConnectivity) {
        if ($ExchangeShell -eq '2013') {
            Write-CoexStep ('Connectivity of a test mailbox on {0}' -f 'EX2013CAS')
            $TestMailbox = Read-Host -Prompt ('A test mailbox on {0} (alias or address)' -f 'EX2013CAS')
            $Credential = Get-Credential
            try {
                $coexOutput = @(Test-OutlookConnectivity -ProbeIdentity 'Outlook.Protocol\OutlookRpcDeepTestProbe\DB2013-01' -MailboxId $TestMailbox -Credential $Credential -RunFromServerId 'EX2013CAS' -ErrorAction Stop)
                Write-CoexConnectivity -Server 'EX2013CAS' -Test 'Test-OutlookConnectivity' -Scenarios 'Head office inside the network' -Output $coexOutput
            } catch {
                Write-CoexConnectivity -Server 'EX2013CAS' -Test 'Test-OutlookConnectivity' -Scenarios 'Head office inside the network' -Output $null -Failure $_.Exception.Message
            }
        } else {
            Write-Host ('Skipped the connectivity tests of {0}: run this script from the Exchange {1} Management Shell with -ExchangeShell {1} -TestConnectivity.' -f 'EX2013CAS', '2013')
        }
        if ($ExchangeShell -eq '2010') {
            Write-CoexStep ('Connectivity of a test mailbox on {0}' -f 'EX2010MBX')
            $TestMailbox = Read-Host -Prompt ('A test mailbox on {0} (alias or address)' -f 'EX2010MBX')
            $Credential = Get-Credential
            try {
                $coexOutput = @(Test-OutlookConnectivity -Identity $TestMailbox -MailboxCredential $Credential -Protocol 'TCP' -ErrorAction Stop)
                Write-CoexConnectivity -Server 'EX2010MBX' -Test 'Test-OutlookConnectivity' -Scenarios 'Head office inside the network' -Output $coexOutput
            } catch {
                Write-CoexConnectivity -Server 'EX2010MBX' -Test 'Test-OutlookConnectivity' -Scenarios 'Head office inside the network' -Output $null -Failure $_.Exception.Message
            }
            try {
                $coexOutput = @(Test-OutlookWebServices -Identity $TestMailbox -ClientAccessServer 'EX2010CAS' -ErrorAction Stop)
                Write-CoexConnectivity -Server 'EX2010MBX' -Test 'Test-OutlookWebServices' -Scenarios 'Head office inside the network, Road warriors from outside' -Output $coexOutput
            } catch {
                Write-CoexConnectivity -Server 'EX2010MBX' -Test 'Test-OutlookWebServices' -Scenarios 'Head office inside the network, Road warriors from outside' -Output $null -Failure $_.Exception.Message
            }
            try {
                $coexOutput = @(Test-OutlookConnectivity -Identity $TestMailbox -MailboxCredential $Credential -GetDefaultsFromAutodiscover $true -RpcProxyAuthenticationType 'Basic' -ErrorAction Stop)
                Write-CoexConnectivity -Server 'EX2010MBX' -Test 'Test-OutlookConnectivity' -Scenarios 'Road warriors from outside' -Output $coexOutput
            } catch {
                Write-CoexConnectivity -Server 'EX2010MBX' -Test 'Test-OutlookConnectivity' -Scenarios 'Road warriors from outside' -Output $null -Failure $_.Exception.Message
            }
        } else {
            Write-Host ('Skipped the connectivity tests of {0}: run this script from the Exchange {1} Management Shell with -ExchangeShell {1} -TestConnectivity.' -f 'EX2010MBX', '2010')
        }
        if ($ExchangeShell -eq '2010') {
            Write-CoexStep ('Connectivity of a test mailbox on {0}' -f 'EX2010BR')
            $TestMailbox = Read-Host -Prompt ('A test mailbox on {0} (alias or address)' -f 'EX2010BR')
            $Credential = Get-Credential
            try {
                $coexOutput = @(Test-OutlookConnectivity -Identity $TestMailbox -MailboxCredential $Credential -GetDefaultsFromAutodiscover $true -ErrorAction Stop)
                Write-CoexConnectivity -Server 'EX2010BR' -Test 'Test-OutlookConnectivity' -Scenarios 'Road warriors from outside' -Output $coexOutput
            } catch {
                Write-CoexConnectivity -Server 'EX2010BR' -Test 'Test-OutlookConnectivity' -Scenarios 'Road warriors from outside' -Output $null -Failure $_.Exception.Message
            }
            try {
                $coexOutput = @(Test-OutlookWebServices -Identity $TestMailbox -ClientAccessServer 'EX2010BR' -ErrorAction Stop)
                Write-CoexConnectivity -Server 'EX2010BR' -Test 'Test-OutlookWebServices' -Scenarios 'Road warriors from outside' -Output $coexOutput
            } catch {
                Write-CoexConnectivity -Server 'EX2010BR' -Test 'Test-OutlookWebServices' -Scenarios 'Road warriors from outside' -Output $null -Failure $_.Exception.Message
            }
        } else {
            Write-Host ('Skipped the connectivity tests of {0}: run this script from the Exchange {1} Management Shell with -ExchangeShell {1} -TestConnectivity.' -f 'EX2010BR', '2010')
        }
    } else {
        Write-Host ''
        Write-Host 'Connectivity tests not run: add -TestConnectivity (asks for a test mailbox and its password on each mailbox server).'
    }

    Write-Host ''
    Write-Host ('Done. Differences: {0}. Connectivity tests failed: {1}' -f $coexDifferences, $coexTestFailures)
} catch {
    $coexFailed = $true
    Write-Host ''
    Write-Host ('STOPPED at: ' + $coexStep) -ForegroundColor Red
    Write-Host ('Error: ' + $_.Exception.Message) -ForegroundColor Red
    Write-Host 'Nothing was changed (this script only reads).'
}
Stop-Transcript | Out-Null
if ($coexFailed) { exit 2 }
if (($coexDifferences + $coexTestFailures) -gt 0) { exit 1 }
