# CoexPlan change script: makes the planned Outlook Anywhere changes.
# Plan: Contoso: Exchange 2013 beside Exchange 2010 (before preparing coexistence)
# Organization: Contoso
# Generated 2026-01-15 by CoexPlan 0.1.0.
# 
# Run it from the Exchange Management Shell of each version, once per version:
#   .\coexplan-change.ps1 -ExchangeShell 2010 -WhatIf   (review first)
#   .\coexplan-change.ps1 -ExchangeShell 2013 -WhatIf   (review first)
# Commands for a legacy server run only from that version's shell.
# Stops at the first failure. Changes apply after AD replication and the Exchange
# Service Host cycle (about 15 minutes); never edit /rpc in IIS Manager.
#Requires -Version 2.0
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('2010', '2013')]
    [string]$ExchangeShell,
    [switch]$WhatIf,
    [string[]]$RpcOverHttpProxyConfirmed = @(),
    [string]$TranscriptPath = ''
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2.0
$coexStep = 'start'
$coexDifferences = 0
$coexFailed = $false

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

if ($TranscriptPath -eq '') {
    $TranscriptPath = Join-Path (Get-Location) ('coexplan-change-{0}-{1:yyyyMMdd-HHmmss}.log' -f $ExchangeShell, (Get-Date))
}
Start-Transcript -Path $TranscriptPath | Out-Null
try {
    Assert-CoexShell -Version $ExchangeShell
    if ($WhatIf) {
        Write-Host 'WhatIf: nothing is changed. Read-backs show the current values.'
    }
    $coexEnabledNow = @{}

    # Phase 1 - Prerequisites and versions: pre-flight
    function Assert-CoexRpcOverHttpProxy {
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
    }
    Write-CoexStep 'Pre-flight: each server is the version the plan says; RPC over HTTP Proxy before Enable-OutlookAnywhere'
    if ($ExchangeShell -eq '2013') {
        Assert-CoexServerVersion -Server 'EX2013CAS' -VersionPrefix 'Version 15.0 ' -PlannedBuild '15.0.1497.2' -PlannedLevel '15.0.1497'
    }
    if ($ExchangeShell -eq '2010') {
        Assert-CoexServerVersion -Server 'EX2010CAS' -VersionPrefix 'Version 14.' -PlannedBuild '14.3.123.4' -PlannedLevel '14.3'
        if (@(Get-OutlookAnywhere -Server 'EX2010CAS' -ErrorAction Stop).Count -eq 0) {
            Assert-CoexRpcOverHttpProxy -Server 'EX2010CAS' -OperatingSystem '2008R2'
        }
    }
    if ($ExchangeShell -eq '2010') {
        Assert-CoexServerVersion -Server 'EX2010BR' -VersionPrefix 'Version 14.' -PlannedBuild '14.3.123.4' -PlannedLevel '14.3'
    }

    # Phase 4 - Outlook Anywhere on every legacy Client Access server - EX2010CAS (Exchange 2010)
    if ($ExchangeShell -eq '2010') {
        Write-CoexStep ('Outlook Anywhere on {0}: enable it when off, else set host name and SSL offloading' -f 'EX2010CAS')
        if (@(Get-OutlookAnywhere -Server 'EX2010CAS' -ErrorAction Stop).Count -eq 0) {
            # Flagged by CoexPlan's own check, written because it was asked for: PB-002 (error) on EX2010CAS: EX2010CAS (Exchange 2010) does not allow NTLM on its Outlook Anywhere virtual directory (IIS methods: Basic).
            # Flagged by CoexPlan's own check, written because it was asked for: PB-003 (error) on EX2010CAS: EX2010CAS (Exchange 2010) gives its Outlook Anywhere clients the host name owa.contoso.com instead of the namespace mail.contoso.com.
            Enable-OutlookAnywhere -Server 'EX2010CAS' -ExternalHostname 'owa.contoso.com' -ClientAuthenticationMethod 'Basic' -IISAuthenticationMethods 'Basic' -SSLOffloading $false -ErrorAction Stop -WhatIf:$WhatIf
            $coexEnabledNow['EX2010CAS'] = $true
            if ($WhatIf) {
                Write-Host ('WhatIf: Outlook Anywhere would be enabled on {0}.' -f 'EX2010CAS')
            }
            if (-not $WhatIf) {
                $oa = Get-OutlookAnywhere -Identity 'EX2010CAS\Rpc (Default Web Site)' -ErrorAction Stop
                Show-CoexValue -Server 'EX2010CAS' -Property 'ExternalHostname' -Planned 'owa.contoso.com' -Live $oa.ExternalHostname
                Show-CoexValue -Server 'EX2010CAS' -Property 'ClientAuthenticationMethod' -Planned 'Basic' -Live $oa.ClientAuthenticationMethod
                Show-CoexValue -Server 'EX2010CAS' -Property 'IISAuthenticationMethods' -Planned 'Basic' -Live $oa.IISAuthenticationMethods
                Show-CoexValue -Server 'EX2010CAS' -Property 'SSLOffloading' -Planned $false -Live $oa.SSLOffloading
                Assert-CoexReadBack -Server 'EX2010CAS'
            }
        }
        if (-not $coexEnabledNow.ContainsKey('EX2010CAS')) {
            # Flagged by CoexPlan's own check, written because it was asked for: PB-003 (error) on EX2010CAS: EX2010CAS (Exchange 2010) gives its Outlook Anywhere clients the host name owa.contoso.com instead of the namespace mail.contoso.com.
            Set-OutlookAnywhere -Identity 'EX2010CAS\Rpc (Default Web Site)' -ExternalHostname 'owa.contoso.com' -SSLOffloading $false -ErrorAction Stop -WhatIf:$WhatIf
            $oa = Get-OutlookAnywhere -Identity 'EX2010CAS\Rpc (Default Web Site)' -ErrorAction Stop
            Show-CoexValue -Server 'EX2010CAS' -Property 'ExternalHostname' -Planned 'owa.contoso.com' -Live $oa.ExternalHostname
            Show-CoexValue -Server 'EX2010CAS' -Property 'SSLOffloading' -Planned $false -Live $oa.SSLOffloading
            Assert-CoexReadBack -Server 'EX2010CAS'
        }
    } else {
        Write-Host ('Skipped {0}: run this script from the Exchange {1} Management Shell with -ExchangeShell {1}.' -f 'EX2010CAS', '2010')
    }

    # Phase 5 - IIS and client authentication - EX2010CAS (Exchange 2010)
    if ($ExchangeShell -eq '2010') {
        Write-CoexStep ('Client and IIS authentication on {0}' -f 'EX2010CAS')
        # Never -DefaultAuthenticationMethod on a legacy server: it would drop NTLM from IIS.
        if (-not $coexEnabledNow.ContainsKey('EX2010CAS')) {
            # Flagged by CoexPlan's own check, written because it was asked for: PB-002 (error) on EX2010CAS: EX2010CAS (Exchange 2010) does not allow NTLM on its Outlook Anywhere virtual directory (IIS methods: Basic).
            Set-OutlookAnywhere -Identity 'EX2010CAS\Rpc (Default Web Site)' -ClientAuthenticationMethod 'Basic' -IISAuthenticationMethods 'Basic' -ErrorAction Stop -WhatIf:$WhatIf
            $oa = Get-OutlookAnywhere -Identity 'EX2010CAS\Rpc (Default Web Site)' -ErrorAction Stop
            Show-CoexValue -Server 'EX2010CAS' -Property 'ClientAuthenticationMethod' -Planned 'Basic' -Live $oa.ClientAuthenticationMethod
            Show-CoexValue -Server 'EX2010CAS' -Property 'IISAuthenticationMethods' -Planned 'Basic' -Live $oa.IISAuthenticationMethods
            Assert-CoexReadBack -Server 'EX2010CAS'
        }
    } else {
        Write-Host ('Skipped {0}: run this script from the Exchange {1} Management Shell with -ExchangeShell {1}.' -f 'EX2010CAS', '2010')
    }

    # Phase 6 - Outlook Anywhere on the new Client Access servers - EX2013CAS (Exchange 2013)
    if ($ExchangeShell -eq '2013') {
        Write-CoexStep ('Outlook Anywhere on {0}' -f 'EX2013CAS')
        # Flagged by CoexPlan's own check, written because it was asked for: PA-001 (error) on EX2013CAS: EX2013CAS (Exchange 2013) does not accept Basic (IIS methods: NTLM, Negotiate), the method the Outlook clients of legacy mailboxes are told to use by EX2010CAS.
        Set-OutlookAnywhere -Identity 'EX2013CAS\Rpc (Default Web Site)' -ExternalHostname 'mail.contoso.com' -InternalHostname 'ex2013cas.contoso.local' -ExternalClientAuthenticationMethod 'Negotiate' -InternalClientAuthenticationMethod 'Ntlm' -IISAuthenticationMethods 'Ntlm','Negotiate' -SSLOffloading $true -ExternalClientsRequireSsl $false -InternalClientsRequireSsl $false -ErrorAction Stop -WhatIf:$WhatIf
        $oa = Get-OutlookAnywhere -Identity 'EX2013CAS\Rpc (Default Web Site)' -ErrorAction Stop
        Show-CoexValue -Server 'EX2013CAS' -Property 'ExternalHostname' -Planned 'mail.contoso.com' -Live $oa.ExternalHostname
        Show-CoexValue -Server 'EX2013CAS' -Property 'InternalHostname' -Planned 'ex2013cas.contoso.local' -Live $oa.InternalHostname
        Show-CoexValue -Server 'EX2013CAS' -Property 'ExternalClientAuthenticationMethod' -Planned 'Negotiate' -Live $oa.ExternalClientAuthenticationMethod
        Show-CoexValue -Server 'EX2013CAS' -Property 'InternalClientAuthenticationMethod' -Planned 'Ntlm' -Live $oa.InternalClientAuthenticationMethod
        Show-CoexValue -Server 'EX2013CAS' -Property 'IISAuthenticationMethods' -Planned 'Ntlm','Negotiate' -Live $oa.IISAuthenticationMethods
        Show-CoexValue -Server 'EX2013CAS' -Property 'SSLOffloading' -Planned $true -Live $oa.SSLOffloading
        Show-CoexValue -Server 'EX2013CAS' -Property 'ExternalClientsRequireSsl' -Planned $false -Live $oa.ExternalClientsRequireSsl
        Show-CoexValue -Server 'EX2013CAS' -Property 'InternalClientsRequireSsl' -Planned $false -Live $oa.InternalClientsRequireSsl
        Assert-CoexReadBack -Server 'EX2013CAS'
    } else {
        Write-Host ('Skipped {0}: run this script from the Exchange {1} Management Shell with -ExchangeShell {1}.' -f 'EX2013CAS', '2013')
    }

    # Phase 7 - Autodiscover and the service connection point - EX2013CAS (Exchange 2013)
    if ($ExchangeShell -eq '2013') {
        Write-CoexStep ('Autodiscover service connection point of {0}' -f 'EX2013CAS')
        Set-ClientAccessServer -Identity 'EX2013CAS' -AutoDiscoverServiceInternalUri 'https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml' -ErrorAction Stop -WhatIf:$WhatIf
        $cas = Get-ClientAccessServer -Identity 'EX2013CAS' -ErrorAction Stop
        Show-CoexValue -Server 'EX2013CAS' -Property 'AutoDiscoverServiceInternalUri' -Planned 'https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml' -Live $cas.AutoDiscoverServiceInternalUri
        Assert-CoexReadBack -Server 'EX2013CAS'
    } else {
        Write-Host ('Skipped {0}: run this script from the Exchange {1} Management Shell with -ExchangeShell {1}.' -f 'EX2013CAS', '2013')
    }

    # Phase 7 - Autodiscover and the service connection point - EX2010CAS (Exchange 2010)
    if ($ExchangeShell -eq '2010') {
        Write-CoexStep ('Autodiscover service connection point of {0}' -f 'EX2010CAS')
        Set-ClientAccessServer -Identity 'EX2010CAS' -AutoDiscoverServiceInternalUri 'https://ex2010cas.contoso.local/Autodiscover/Autodiscover.xml' -ErrorAction Stop -WhatIf:$WhatIf
        $cas = Get-ClientAccessServer -Identity 'EX2010CAS' -ErrorAction Stop
        Show-CoexValue -Server 'EX2010CAS' -Property 'AutoDiscoverServiceInternalUri' -Planned 'https://ex2010cas.contoso.local/Autodiscover/Autodiscover.xml' -Live $cas.AutoDiscoverServiceInternalUri
        Assert-CoexReadBack -Server 'EX2010CAS'
    } else {
        Write-Host ('Skipped {0}: run this script from the Exchange {1} Management Shell with -ExchangeShell {1}.' -f 'EX2010CAS', '2010')
    }

    Write-Host ''
    if ($WhatIf) {
        Write-Host 'WhatIf run finished: nothing was changed.'
    } else {
        Write-Host ('Done. Read-back differences: {0}. Values apply after AD replication and the Service Host cycle (about 15 minutes): run coexplan-verify.ps1 then.' -f $coexDifferences)
    }
} catch {
    $coexFailed = $true
    Write-Host ''
    Write-Host ('STOPPED at: ' + $coexStep) -ForegroundColor Red
    Write-Host ('Error: ' + $_.Exception.Message) -ForegroundColor Red
    Write-Host 'Nothing after this step was run. Fix the cause and run the script again.'
}
Stop-Transcript | Out-Null
if ($coexFailed) { exit 2 }
exit 0
