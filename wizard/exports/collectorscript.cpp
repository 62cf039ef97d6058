#include "collectorscript.h"

#include "imports/collectorformat.h"
#include "powershell/pscommand.h"
#include "powershell/psquote.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
// Each section: the name the importer expects (a cmdlet, optionally followed by its
// argument) and the read-only pipeline that produces it. Every Exchange cmdlet has
// -ErrorAction Stop: in the 2010-2016 shells they are implicit-remoting proxy functions
// that ignore the script's $ErrorActionPreference (FACTS F91), so an error would only be
// printed; the section's trap and its $Error scan then record it.
// The commands come from the command model (powershell/pscommand.h): the collector runs
// in any version's shell, so each is checked against the table for "any shell", and the
// Get-MailboxDatabase switches for the shells they belong to.
constexpr QLatin1String sections[] = {
    "Get-ExchangeServer"_L1,    "Get-ClientAccessServer"_L1,   "Get-OutlookAnywhere"_L1,
    "Get-ClientAccessArray"_L1, "Get-MailboxDatabase"_L1,      "Get-OutlookProvider"_L1,
    "Get-Mailbox"_L1,           "Get-PublicFolderDatabase"_L1, "Get-OrganizationConfig"_L1,
};

QString readCommand(QLatin1String cmdlet, std::optional<ExchangeVersion> shell = std::nullopt,
                    QLatin1String includeSwitch = {})
{
    PsCommand cmd(cmdlet, shell);
    if (!includeSwitch.isEmpty())
        cmd.switchParameter(includeSwitch);
    return cmd.stopOnError().toString();
}

// Mailboxes per database, the cutover waves' user counts (issue 16): one GroupInfo per
// database, Name and Count only (its Group would list every mailbox). Get-Mailbox
// returns 1000 by default; -ResultSize Unlimited returns all (office-docs-powershell
// Get-Mailbox.md, Applicable: 2010 and later). Where the shell does not offer
// -ResultSize the default is used and the count may stop at 1000.
QString mailboxCountPipeline()
{
    const QString count = u" | "_s
        + PsCommand("Group-Object"_L1, std::nullopt).text("Property"_L1, u"Database"_s).toString() + u" | "_s
        + PsCommand("Select-Object"_L1, std::nullopt).texts("Property"_L1, {u"Name"_s, u"Count"_s}).toString();
    PsCommand all("Get-Mailbox"_L1, ExchangeVersion::Ex2010);
    all.text("ResultSize"_L1, u"Unlimited"_s);
    return u"if (Test-CollectorParameter 'Get-Mailbox' 'ResultSize') { "_s + all.stopOnError().toString() + count
        + u" } else { "_s + readCommand("Get-Mailbox"_L1) + count + u" }"_s;
}

// Legacy public folder databases (tier 2, PF-001..003): Get-PublicFolderDatabase lists
// the 2010 ones; the 2010 shell lists 2007's only with -IncludePreExchange2010
// (office-docs-powershell Get-PublicFolderDatabase.md, that switch Applicable: 2010).
QString publicFolderDatabasePipeline()
{
    return u"if (Test-CollectorParameter 'Get-PublicFolderDatabase' 'IncludePreExchange2010') { "_s
        + readCommand("Get-PublicFolderDatabase"_L1, ExchangeVersion::Ex2010, "IncludePreExchange2010"_L1)
        + u" } else { "_s + readCommand("Get-PublicFolderDatabase"_L1) + u" }"_s;
}

// The organization's public folder settings only (its full Format-List runs to hundreds
// of lines): RemotePublicFolderMailboxes exists from Exchange 2013 on
// (Set-OrganizationConfig.md, Applicable: 2013 and later); an older shell's Select-Object
// prints it empty, which the importer leaves unknown.
QString organizationConfigPipeline()
{
    return readCommand("Get-OrganizationConfig"_L1) + u" | "_s
        + PsCommand("Select-Object"_L1, std::nullopt)
              .texts("Property"_L1, {u"Name"_s, u"PublicFoldersEnabled"_s, u"RemotePublicFolderMailboxes"_s})
              .toString();
}

QString sectionPipeline(QLatin1String cmdlet)
{
    if (cmdlet == "Get-Mailbox"_L1)
        return mailboxCountPipeline();
    if (cmdlet == "Get-PublicFolderDatabase"_L1)
        return publicFolderDatabasePipeline();
    if (cmdlet == "Get-OrganizationConfig"_L1)
        return organizationConfigPipeline();
    if (cmdlet != "Get-MailboxDatabase"_L1)
        return readCommand(cmdlet);
    // Get-MailboxDatabase returns older versions' databases only when asked (FACTS F92,
    // office-docs-powershell Get-MailboxDatabase.md): -IncludePreExchange2010 in the 2010
    // shell (2007 databases), -IncludePreExchange2013 from 2013 on (2010 databases). The
    // shell is told by the parameters it offers; the 2007 shell has neither.
    return u"if (Test-CollectorParameter 'Get-MailboxDatabase' 'IncludePreExchange2013') { "_s
        + readCommand(cmdlet, ExchangeVersion::Ex2013, "IncludePreExchange2013"_L1)
        + u" } elseif (Test-CollectorParameter 'Get-MailboxDatabase' 'IncludePreExchange2010') { "_s
        + readCommand(cmdlet, ExchangeVersion::Ex2010, "IncludePreExchange2010"_L1) + u" } else { "_s
        + readCommand(cmdlet) + u" }"_s;
}

// The fixed part. No plan value is ever placed in it: those go into the variables
// assigned at the top with psQuote.
constexpr const char *body = R"ps(
function Write-CollectorLine([string]$line) {
    $line | Out-File -FilePath $OutFile -Append -Encoding UTF8 -Width 4096
}

# Whether a command offers a parameter (ParameterSets exists on PowerShell 1.0 and on the
# proxy functions of the 2010+ shells alike).
function Test-CollectorParameter([string]$command, [string]$parameter) {
    $info = Get-Command $command -ErrorAction SilentlyContinue
    if ($null -eq $info) { return $false }
    foreach ($set in @($info.ParameterSets)) {
        foreach ($p in @($set.Parameters)) {
            if ($p.Name -eq $parameter) { return $true }
        }
    }
    return $false
}

# One error line per error, on one line.
function Write-CollectorError([string]$name, $errorRecord) {
    $oneLine = ([string]$errorRecord).Replace("`r", ' ').Replace("`n", ' ')
    Write-CollectorLine ('#coexplan-error ' + $name + ': ' + $oneLine)
    Write-Host ('  ' + $name + ' failed: ' + $oneLine)
}

# Runs one read-only pipeline; a missing cmdlet or an error is written to the file and
# the run goes on. PowerShell 1.0 (Exchange 2007) has only trap for terminating errors,
# which stops the section; errors a remoted cmdlet only wrote (2010+ shells: implicit remoting, PowerShell issue 4568) are
# found in $Error, newest first, down to the newest one from before the section.
function Invoke-CollectorSection([string]$name, [scriptblock]$block) {
    $cmdlet = $name.Split(' ')[0]
    if (-not (Get-Command $cmdlet -ErrorAction SilentlyContinue)) {
        Write-CollectorLine ('#coexplan-skipped ' + $name + ': not available in this shell')
        Write-Host ('  skipped ' + $name + ' (not available in this shell)')
        return
    }
    Write-Host ('  ' + $name)
    Write-CollectorLine ('#coexplan-begin ' + $name)
    $newestBefore = $null
    if ($Error.Count -gt 0) { $newestBefore = $Error[0] }
    & {
        trap { continue }
        $ErrorActionPreference = 'Stop'
        & $block | Format-List * | Out-File -FilePath $OutFile -Append -Encoding UTF8 -Width 4096
    }
    Write-CollectorLine ('#coexplan-end ' + $name)
    $sectionErrors = @()
    foreach ($e in $Error) {
        if (($null -ne $newestBefore) -and [object]::ReferenceEquals($e, $newestBefore)) { break }
        $sectionErrors += $e
    }
    [array]::Reverse($sectionErrors)
    foreach ($e in $sectionErrors) { Write-CollectorError $name $e }
}

# Runs a read-only Windows program (setspn.exe) the same way: its output as printed, a
# program that is not on this computer recorded as skipped, a failure to start as an error.
function Invoke-CollectorProgramSection([string]$name, [string]$program, [string[]]$arguments) {
    if (-not (Get-Command $program -ErrorAction SilentlyContinue)) {
        Write-CollectorLine ('#coexplan-skipped ' + $name + ': ' + $program + ' is not on this computer')
        Write-Host ('  skipped ' + $name + ' (' + $program + ' is not on this computer)')
        return
    }
    Write-Host ('  ' + $name)
    Write-CollectorLine ('#coexplan-begin ' + $name)
    $global:LASTEXITCODE = 0
    & {
        trap { Write-CollectorError $name $_; continue }
        & $program $arguments | Out-File -FilePath $OutFile -Append -Encoding UTF8 -Width 4096
    }
    Write-CollectorLine ('#coexplan-end ' + $name)
    if ($LASTEXITCODE -ne 0) { Write-CollectorLine ('#coexplan-note ' + $name + ' exited with ' + $LASTEXITCODE) }
}

Write-Host ('CoexPlan collector for ' + $planName + ': reading Exchange settings (nothing is changed).')
'#coexplan-collector 1' | Out-File -FilePath $OutFile -Encoding UTF8 -Width 4096
Write-CollectorLine ('#coexplan-note plan: ' + $planName)
Write-CollectorLine ('#coexplan-note shell: PowerShell ' + $Host.Version + ' on ' + $env:COMPUTERNAME + ' by ' + $env:USERNAME)
Write-CollectorLine ('#coexplan-note started: ' + (Get-Date -Format 's'))
)ps";

constexpr const char *tail = R"ps(
# Get-ExchangeCertificate reads one server at a time. From 2010 on it takes -Server
# (office-docs-powershell Get-ExchangeCertificate.md); Exchange 2007's has no -Server and
# reads the local computer's store only (TechNet bb124950(v=exchg.80)): there
# the section is this computer's, and the others' must be collected on each of them.
$exchangeServers = @()
$newestBefore = $null
if ($Error.Count -gt 0) { $newestBefore = $Error[0] }
& {
    trap { continue }
    $script:exchangeServers = @(Get-ExchangeServer -ErrorAction Stop)
}
foreach ($e in $Error) {
    if (($null -ne $newestBefore) -and [object]::ReferenceEquals($e, $newestBefore)) { break }
    Write-CollectorError 'Get-ExchangeServer (server list for certificates)' $e
}
if (Test-CollectorParameter 'Get-ExchangeCertificate' 'Server') {
    foreach ($exchangeServer in $exchangeServers) {
        $certificateServer = [string]$exchangeServer.Name
        Invoke-CollectorSection ('Get-ExchangeCertificate ' + $certificateServer) { Get-ExchangeCertificate -Server $certificateServer -ErrorAction Stop }
    }
} else {
    Write-CollectorLine ('#coexplan-note Get-ExchangeCertificate has no -Server in this shell (Exchange 2007): only ' + $env:COMPUTERNAME + ' was read; run the collector on each other Exchange 2007 server for its certificates')
    Invoke-CollectorSection ('Get-ExchangeCertificate ' + $env:COMPUTERNAME) { Get-ExchangeCertificate -ErrorAction Stop }
}

)ps";

// After the per-server sections: what the run could not reconcile with the plan.
constexpr const char *closing = R"ps(# Servers the plan lists that this organisation did not report.
$seenNames = @($exchangeServers | ForEach-Object { ([string]$_.Name).ToUpper() })
foreach ($plannedServer in $plannedServers) {
    if ($seenNames -notcontains $plannedServer.ToUpper()) {
        Write-CollectorLine ('#coexplan-note not reported by Get-ExchangeServer: ' + $plannedServer)
    }
}
Write-CollectorLine ('#coexplan-note finished: ' + (Get-Date -Format 's'))
Write-Host ('Done. Send this file to your CoexPlan consultant: ' + $OutFile)
)ps";
} // namespace

// The alternate service account of each Client Access server (tier 2, KRB-001..004):
// Get-ClientAccessServer shows it only with -IncludeAlternateServiceAccountCredentialStatus
// (2010 SP1 and later, office-docs-powershell Get-ClientAccessServer.md; F63, F88), which
// reads each server, so each is its own section: one that cannot be reached does not
// cost the others. -IncludeAlternateServiceAccountCredentialPassword is never used.
QString alternateServiceAccountSections()
{
    PsCommand read("Get-ClientAccessServer"_L1, std::nullopt);
    read.variable("Identity"_L1, "casName"_L1)
        .switchParameter("IncludeAlternateServiceAccountCredentialStatus"_L1)
        .stopOnError();
    const QString select = PsCommand("Select-Object"_L1, std::nullopt)
                               .texts("Property"_L1, {u"Name"_s, u"AlternateServiceAccountConfiguration"_s})
                               .toString();
    static constexpr const char *section
        = R"ps(# The alternate service account of each Client Access server, read one server at a time.
if (Test-CollectorParameter 'Get-ClientAccessServer' 'IncludeAlternateServiceAccountCredentialStatus') {
    foreach ($exchangeServer in @($exchangeServers | Where-Object { $_.IsClientAccessServer })) {
        $casName = [string]$exchangeServer.Name
        Invoke-CollectorSection ('Get-ClientAccessServer ' + $casName) { %1 | %2 }
    }
} else {
    Write-CollectorLine '#coexplan-note Get-ClientAccessServer has no -IncludeAlternateServiceAccountCredentialStatus in this shell (Exchange 2007): alternate service accounts not read'
}
)ps";
    return QString::fromUtf8(section).arg(read.toString(), select);
}

// The database of each public folder proxy mailbox (tier 2, PF-002, PF-003; F57: a hidden
// proxy mailbox in an empty database on each legacy public folder server):
// Get-OrganizationConfig names them in RemotePublicFolderMailboxes (Exchange 2013 and
// later, office-docs-powershell Set-OrganizationConfig.md), and Get-Mailbox -Identity
// (Applicable: 2010 and later, Get-Mailbox.md) gives each one's Database. One section per
// mailbox, printed as its AD id (the canonical name, which -Identity takes); an older
// shell, which has no such property, gets a note.
QString publicFolderProxyMailboxSections()
{
    PsCommand read("Get-Mailbox"_L1, ExchangeVersion::Ex2013);
    read.variable("Identity"_L1, "proxyMailbox"_L1).stopOnError();
    const QString select
        = PsCommand("Select-Object"_L1, std::nullopt).texts("Property"_L1, {u"Name"_s, u"Database"_s}).toString();
    static constexpr const char *section
        = R"ps(# The database of each public folder proxy mailbox, read one mailbox at a time.
$proxyMailboxes = $null
$newestBefore = $null
if ($Error.Count -gt 0) { $newestBefore = $Error[0] }
& {
    trap { continue }
    $organizationConfig = %1
    if ($null -ne $organizationConfig.PSObject.Properties['RemotePublicFolderMailboxes']) {
        $script:proxyMailboxes = @($organizationConfig.RemotePublicFolderMailboxes | ForEach-Object { [string]$_ })
    }
}
foreach ($e in $Error) {
    if (($null -ne $newestBefore) -and [object]::ReferenceEquals($e, $newestBefore)) { break }
    Write-CollectorError 'Get-OrganizationConfig (public folder proxy mailboxes)' $e
}
if ($null -eq $proxyMailboxes) {
    Write-CollectorLine '#coexplan-note Get-OrganizationConfig has no RemotePublicFolderMailboxes in this shell (before Exchange 2013): proxy mailboxes not read'
} else {
    foreach ($proxyMailbox in $proxyMailboxes) {
        Invoke-CollectorSection ('Get-Mailbox -Identity ' + $proxyMailbox) { %2 | %3 }
    }
}
)ps";
    return QString::fromUtf8(section).arg(readCommand("Get-OrganizationConfig"_L1), read.toString(), select);
}

// The http/ SPNs the plan's namespaces need (F63: the Outlook Anywhere and Autodiscover
// names), each looked up forest-wide with setspn -F -Q (read-only; learn.microsoft.com/
// windows-server/administration/windows-commands/setspn), for KRB-001 and KRB-004. The
// import reads the output back (imports/setspnoutput.h). setspn.exe comes with the AD DS
// tools (RSAT-ADDS); where it is missing the section is recorded as skipped.
QString servicePrincipalNameSections(const Namespaces &ns)
{
    const QStringList spns = requiredServicePrincipalNames(ns);
    if (spns.isEmpty())
        return u"\nWrite-CollectorLine '#coexplan-note the plan names no namespace: setspn not run'\n\n"_s;
    QStringList quoted;
    for (const QString &spn : spns)
        quoted.append(psQuote(spn));
    return u"\n# Where the http/ service principal names of the plan's namespaces are registered, forest-wide.\n"
           "foreach ($spn in @(%1)) {\n"
           "    Invoke-CollectorProgramSection ('setspn -F -Q ' + $spn) 'setspn.exe' @('-F', '-Q', $spn)\n"
           "}\n\n"_s.arg(quoted.join(u", "_s));
}

QString collectorScript(const Plan &plan)
{
    QStringList out;
    out << u"# CoexPlan collector: reads the Exchange settings CoexPlan plans with. READ-ONLY: it runs only Get-"_s
        << u"# cmdlets (and setspn -Q, a query) and changes nothing. It collects, each as Format-List output:"_s;
    for (QLatin1String s : sections)
        out << u"#   %1"_s.arg(s);
    out << u"#   Get-ClientAccessServer -IncludeAlternateServiceAccountCredentialStatus, once per Client Access server"_s
        << u"#   Get-ExchangeCertificate, once per server"_s
        << u"#   Get-Mailbox -Identity <proxy>, Name and Database of each public folder proxy mailbox"_s
        << u"#   setspn -F -Q http/<name>, once per namespace of the plan (setspn.exe reads Active Directory)"_s
        << u"# (Other mailboxes are only counted per database: no user's name or address is written.)"_s
        << u"# Run it once in the Exchange Management Shell (2007, 2010, 2013 or 2016):"_s
        << u"#   .\\coexplan-collector.ps1 [-OutFile coexplan-collected.txt]"_s
        << u"# It writes one UTF-8 text file; import it with: coexplan import coexplan-collected.txt -o PLAN"_s
        << u"# Works on Windows PowerShell 1.0 (Exchange 2007) and later. A cmdlet that does not exist on a"_s
        << u"# version is recorded as skipped; the run goes on."_s
        << u"param([string]$OutFile = 'coexplan-collected.txt')"_s << QString();
    const QString title = plan.info.title.isEmpty() ? plan.topology.organization.name : plan.info.title;
    out << u"$planName = %1"_s.arg(psQuote(title));
    QStringList servers;
    for (const Server &s : plan.topology.servers)
        servers.append(psQuote(s.name));
    out << u"$plannedServers = @(%1)"_s.arg(servers.join(u", "_s));
    QString text = out.join(u'\n') + u'\n' + QString::fromUtf8(body);
    for (QLatin1String s : sections)
        text += u"Invoke-CollectorSection '%1' { %2 }\n"_s.arg(s, sectionPipeline(s));
    text += QString::fromUtf8(tail) + alternateServiceAccountSections() + publicFolderProxyMailboxSections()
        + servicePrincipalNameSections(plan.topology.organization.namespaces) + QString::fromUtf8(closing);
    static_assert(collector::formatVersion == 1, "the script writes '#coexplan-collector 1'");
    return text;
}

} // namespace wizard
