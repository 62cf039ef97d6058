#pragma once

#include <QLatin1String>

// Source URLs from ../shared/domain/FACTS.md (source key). A finding's `source` is one
// of these.
namespace wizard::source {
inline constexpr QLatin1String
    setOutlookAnywhere("https://learn.microsoft.com/powershell/module/exchangepowershell/set-outlookanywhere"); // S1
inline constexpr QLatin1String enableOutlookAnywhere(
    "https://learn.microsoft.com/powershell/module/exchangepowershell/enable-outlookanywhere"); // S3
inline constexpr QLatin1String
    outlookAnywhere2013("https://learn.microsoft.com/exchange/outlook-anywhere-exchange-2013-help"); // S10
inline constexpr QLatin1String casConfiguration2013(
    "https://learn.microsoft.com/exchange/exchange-2013-client-access-server-configuration-exchange-2013-help"); // S11
inline constexpr QLatin1String sslOffloading2013(
    "https://learn.microsoft.com/exchange/configuring-ssl-offloading-in-exchange-2013-exchange-2013-help"); // S12
inline constexpr QLatin1String upgradeFrom2010(
    "https://learn.microsoft.com/exchange/upgrade-from-exchange-2010-to-exchange-2013-exchange-2013-help"); // S16
// FACTS F70: the 2010 -> 2013 checklist's step "configure the service connection point"
// carries the Set-ClientAccessServer -AutoDiscoverServiceInternalUri command (NS-004).
inline constexpr QLatin1String checklistFrom2010(
    "https://learn.microsoft.com/exchange/checklist-upgrade-from-exchange-2010-exchange-2013-help"); // S16
inline constexpr QLatin1String checklistFrom2007(
    "https://learn.microsoft.com/exchange/checklist-upgrade-from-exchange-2007-exchange-2013-help"); // S16
inline constexpr QLatin1String systemRequirements2013(
    "https://learn.microsoft.com/exchange/exchange-2013-system-requirements-exchange-2013-help"); // S17
inline constexpr QLatin1String
    supportabilityMatrix("https://learn.microsoft.com/exchange/plan-and-deploy/supportability-matrix"); // S18
inline constexpr QLatin1String systemRequirements2016(
    "https://learn.microsoft.com/exchange/plan-and-deploy/system-requirements?view=exchserver-2016"); // S19
inline constexpr QLatin1String
    certificates2013("https://learn.microsoft.com/exchange/digital-certificates-and-ssl-exchange-2013-help"); // S22
inline constexpr QLatin1String
    releaseNotes2013("https://learn.microsoft.com/exchange/release-notes-for-exchange-2013-exchange-2013-help"); // S24
inline constexpr QLatin1String
    setOutlookProvider("https://learn.microsoft.com/powershell/module/exchangepowershell/set-outlookprovider"); // S27
inline constexpr QLatin1String
    setMailboxDatabase("https://learn.microsoft.com/powershell/module/exchangepowershell/set-mailboxdatabase"); // S28
inline constexpr QLatin1String
    coexistenceConnectivity2013("https://techcommunity.microsoft.com/t5/exchange-team-blog/"
                                "client-connectivity-in-an-exchange-2013-coexistence-environment/ba-p/587265"); // S29
inline constexpr QLatin1String
    ambiguousUrls("https://techcommunity.microsoft.com/t5/exchange-team-blog/"
                  "ambiguous-urls-and-their-effect-on-exchange-2010-to-exchange/ba-p/593809"); // S31
inline constexpr QLatin1String
    kerberosCoexistence("https://techcommunity.microsoft.com/t5/exchange-team-blog/"
                        "exchange-2013-and-exchange-2010-coexistence-with-kerberos/ba-p/611196"); // S32
inline constexpr QLatin1String namespacePlanning(
    "https://blogs.technet.microsoft.com/exchange/2014/02/28/namespace-planning-in-exchange-2013/"); // S34
inline constexpr QLatin1String exchange2007Coexistence(
    "https://blog.rmilne.ca/2014/03/19/exchange-2007-and-2013-outlook-anywhere-co-existence/"); // S39
inline constexpr QLatin1String
    buildNumbers("https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates"); // S55
inline constexpr QLatin1String
    prerequisites2013("https://learn.microsoft.com/exchange/exchange-2013-prerequisites-exchange-2013-help"); // S58
inline constexpr QLatin1String
    wildcardPrincipal2007("https://unifiedpeople.ru/exchhelp.en/html/c3253af7-0236-4e06-bc94-6e2146fa692c.htm"); // S53
inline constexpr QLatin1String newerShellReadsLegacy(
    "https://learn.microsoft.com/answers/questions/1360935/outlook-anywhere-not-connect-to-exchange-2010-via"); // S51
// FACTS F94: how the RPC over HTTP Proxy Windows component is installed, by operating
// system. 2008 R2 and later: the ServerManager module's Add-WindowsFeature
// (learn.microsoft.com ee662311, high); 2008: ServerManagerCmd.exe; 2003: Windows
// Components > Networking Services (medium in FACTS). The Exchange 2010 prerequisites page
// is the Microsoft source that lists RPC-over-HTTP-proxy among the features.
inline constexpr QLatin1String rpcProxyFeature2008R2(
    "https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/ee662311(v=ws.10)");
inline constexpr QLatin1String prerequisites2010(
    "https://learn.microsoft.com/previous-versions/office/exchange-server-2010/bb691354(v=exchg.141)");
inline constexpr QLatin1String prerequisites2007OnWindows2008(
    "https://learn.microsoft.com/previous-versions/office/exchange-server-2007/bb691354(v=exchg.80)");
inline constexpr QLatin1String enableOutlookAnywhere2007(
    "https://learn.microsoft.com/previous-versions/office/exchange-server-2007/bb123889(v=exchg.80)");
// Tier 2 (RULEBOOK §3 "Tier 2").
inline constexpr QLatin1String kerberosLoadBalanced2013(
    "https://learn.microsoft.com/exchange/"
    "configuring-kerberos-authentication-for-load-balanced-client-access-servers-exchange-2013-help"); // S14
inline constexpr QLatin1String legacyPublicFolders2013(
    "https://learn.microsoft.com/exchange/"
    "configure-legacy-public-folders-where-user-mailboxes-are-on-exchange-2013-servers-exchange-2013-help"); // S23
inline constexpr QLatin1String
    publicFoldersCu7("https://techcommunity.microsoft.com/t5/exchange-team-blog/"
                     "on-premises-legacy-public-folder-coexistence-for-exchange-2013/ba-p/584884"); // S33
inline constexpr QLatin1String kb3140410(
    "https://support.microsoft.com/en-us/topic/outlook-anywhere-users-prompted-for-credentials-when-they-try-to-"
    "connect-to-exchange-server-2013-or-exchange-server-2016-07ec2dce-059f-c817-8650-47c62b9e0f7a"); // S35
inline constexpr QLatin1String kb2832198("https://learn.microsoft.com/troubleshoot/exchange/client-connectivity/"
                                         "outlook-anywhere-clients-not-connect-to-server"); // S36
inline constexpr QLatin1String kb3177600("https://learn.microsoft.com/troubleshoot/exchange/client-connectivity/"
                                         "outlook-cannot-access-legacy-public-folders"); // S37
inline constexpr QLatin1String
    extendedProtection("https://microsoft.github.io/CSS-Exchange/Security/Extended-Protection/"); // S52
inline constexpr QLatin1String
    publicFolderPrompts2013("https://www.gothamtg.com/blog/"
                            "users-constantly-prompted-for-credentials-after-being-migrated-to-exchange-2013"); // S47
} // namespace wizard::source
