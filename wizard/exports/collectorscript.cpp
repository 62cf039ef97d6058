#include "collectorscript.h"

#include "imports/collectorformat.h"
#include "psquote.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
// Each section: the name the importer expects (a cmdlet, optionally followed by its
// argument) and the read-only pipeline that produces it.
struct Section
{
    const char *name;
    const char *pipeline;
};

constexpr Section sections[] = {
    {"Get-ExchangeServer", "Get-ExchangeServer"},   {"Get-ClientAccessServer", "Get-ClientAccessServer"},
    {"Get-OutlookAnywhere", "Get-OutlookAnywhere"}, {"Get-ClientAccessArray", "Get-ClientAccessArray"},
    {"Get-MailboxDatabase", "Get-MailboxDatabase"}, {"Get-OutlookProvider", "Get-OutlookProvider"},
};

// The fixed part. No plan value is ever placed in it: those go into the variables
// assigned at the top with psQuote.
constexpr const char *body = R"ps(
function Write-CollectorLine([string]$line) {
    $line | Out-File -FilePath $OutFile -Append -Encoding UTF8 -Width 4096
}

# Runs one read-only pipeline; a missing cmdlet or an error is written to the file
# and the run goes on (trap works on PowerShell 1.0; the 2.0 error blocks would not).
function Invoke-CollectorSection([string]$name, [scriptblock]$block) {
    $cmdlet = $name.Split(' ')[0]
    if (-not (Get-Command $cmdlet -ErrorAction SilentlyContinue)) {
        Write-CollectorLine ('#coexplan-skipped ' + $name + ': not available in this shell')
        Write-Host ('  skipped ' + $name + ' (not available in this shell)')
        return
    }
    Write-Host ('  ' + $name)
    Write-CollectorLine ('#coexplan-begin ' + $name)
    $script:collectorError = $null
    & {
        trap { $script:collectorError = $_.Exception.Message; continue }
        $ErrorActionPreference = 'Stop'
        & $block | Format-List * | Out-File -FilePath $OutFile -Append -Encoding UTF8 -Width 4096
    }
    Write-CollectorLine ('#coexplan-end ' + $name)
    if ($script:collectorError) {
        $oneLine = ([string]$script:collectorError).Replace("`r", ' ').Replace("`n", ' ')
        Write-CollectorLine ('#coexplan-error ' + $name + ': ' + $oneLine)
        Write-Host ('  ' + $name + ' failed: ' + $oneLine)
    }
}

Write-Host ('CoexPlan collector for ' + $planName + ': reading Exchange settings (nothing is changed).')
'#coexplan-collector 1' | Out-File -FilePath $OutFile -Encoding UTF8 -Width 4096
Write-CollectorLine ('#coexplan-note plan: ' + $planName)
Write-CollectorLine ('#coexplan-note shell: PowerShell ' + $Host.Version + ' on ' + $env:COMPUTERNAME + ' by ' + $env:USERNAME)
Write-CollectorLine ('#coexplan-note started: ' + (Get-Date -Format 's'))
)ps";

constexpr const char *tail = R"ps(
# One certificate section per server: Get-ExchangeCertificate reads one server at a time.
$exchangeServers = @()
& {
    trap { continue }
    $ErrorActionPreference = 'SilentlyContinue'
    $script:exchangeServers = @(Get-ExchangeServer)
}
foreach ($exchangeServer in $exchangeServers) {
    $certificateServer = [string]$exchangeServer.Name
    Invoke-CollectorSection ('Get-ExchangeCertificate ' + $certificateServer) { Get-ExchangeCertificate -Server $certificateServer }
}

# Servers the plan lists that this organisation did not report.
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

QString collectorScript(const Plan &plan)
{
    QStringList out;
    out << u"# CoexPlan collector: reads the Exchange settings CoexPlan plans with. READ-ONLY: it runs only Get-"_s
        << u"# cmdlets and changes nothing. It collects, each as Format-List output:"_s;
    for (const Section &s : sections)
        out << u"#   %1"_s.arg(QString::fromLatin1(s.name));
    out << u"#   Get-ExchangeCertificate, once per server"_s
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
    for (const Section &s : sections) {
        text += u"Invoke-CollectorSection '%1' { %2 }\n"_s.arg(QString::fromLatin1(s.name),
                                                               QString::fromLatin1(s.pipeline));
    }
    text += QString::fromUtf8(tail);
    static_assert(collector::formatVersion == 1, "the script writes '#coexplan-collector 1'");
    return text;
}

} // namespace wizard
