#pragma once

#include "cutover.h"
#include "exchangeversion.h"
#include "outlookanywhere.h"
#include "probeobservation.h"
#include "setting.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace wizard {

// The host names the plan uses (RULEBOOK "the namespace"). An empty string means
// "not planned".
struct Namespaces
{
    QString outlookAnywhereExternal; // e.g. mail.contoso.com
    QString outlookAnywhereInternal; // often the same name
    QString autodiscover; // e.g. autodiscover.contoso.com
    QString legacy; // e.g. legacy.contoso.com, only with Exchange 2007 (F50)

    friend bool operator==(const Namespaces &, const Namespaces &) = default;
};

// A service principal name and the Active Directory account it is registered on, as
// `setspn -L <account>` or `setspn -Q http/<name>` prints them (KRB-001, KRB-004; F63).
struct ServicePrincipalName
{
    QString name; // "http/mail.contoso.com"
    QString account; // "EXCH2013ASA$", "CONTOSO\EXCH2013ASA$" or the account's DN

    friend bool operator==(const ServicePrincipalName &, const ServicePrincipalName &) = default;
};

// The account an SPN or an ASA names, in one comparable form: setspn prints the
// account's DN ("CN=EXCH2013ASA,CN=Computers,DC=contoso,DC=com"), Exchange prints
// "CONTOSO\EXCH2013ASA$", people type "EXCH2013ASA$" or "EXCH2013ASA". All four give
// "exch2013asa" (sAMAccountName without the computer account's trailing $).
QString servicePrincipalAccountKey(const QString &account);

// The SPNs Kerberos needs for the plan's namespaces (F63): http/<Outlook Anywhere
// namespaces> and http/<autodiscover>, each host lower case without a trailing dot,
// without duplicates, in that order. The rules (KRB-001, KRB-004) check these and the
// collector asks setspn for these.
QStringList requiredServicePrincipalNames(const Namespaces &ns);

// One of Get-OrganizationConfig's RemotePublicFolderMailboxes: a hidden proxy mailbox in
// an empty database on a legacy public folder server (F57, PF-002, PF-003).
struct PublicFolderProxyMailbox
{
    QString name;
    QString database; // name of a MailboxDatabase in the plan, empty when not recorded

    friend bool operator==(const PublicFolderProxyMailbox &, const PublicFolderProxyMailbox &) = default;
};

struct Organization
{
    QString name;
    Namespaces namespaces;
    // Set-OutlookProvider EXPR -CertPrincipalName (F32, CERT-002), e.g. "msstd:*.contoso.com".
    Setting<QString> expressCertPrincipalName;
    // Every http/ SPN of the forest that names one of the namespaces (known and empty:
    // none registered). Unknown when never captured.
    Setting<QList<ServicePrincipalName>> servicePrincipalNames;
    // Set-OrganizationConfig -RemotePublicFolderMailboxes (F57; known and empty: none).
    Setting<QList<PublicFolderProxyMailbox>> remotePublicFolderMailboxes;

    friend bool operator==(const Organization &, const Organization &) = default;
};

struct Site
{
    QString name;
    bool internetFacing = false; // F44

    friend bool operator==(const Site &, const Site &) = default;
};

struct ServerRoles
{
    bool clientAccess = false;
    bool mailbox = false;
    bool publicFolders = false; // hosts public folder databases (2007/2010)

    friend bool operator==(const ServerRoles &, const ServerRoles &) = default;
};

enum class WindowsServer { WS2003, WS2008, WS2008R2, WS2012, WS2012R2, WS2016, WS2019, WS2022 };
QString windowsServerToken(WindowsServer w); // "2008R2"
std::optional<WindowsServer> parseWindowsServerToken(QStringView text);

// ExtendedProtectionTokenChecking values (Set-OutlookAnywhere, F23).
enum class ExtendedProtection { None, Allow, Require };
QString extendedProtectionToken(ExtendedProtection e); // "None", "Allow", "Require"
std::optional<ExtendedProtection> parseExtendedProtectionToken(QStringView text);

// Values a server had when they were captured (an import), before any planned change.
// The scripts change target vs this; a re-import after the change verifies it.
struct CapturedState
{
    OutlookAnywhereSettings outlookAnywhere;
    Setting<QString> autodiscoverServiceInternalUri;

    friend bool operator==(const CapturedState &, const CapturedState &) = default;
};

struct Server
{
    QString name; // unique in a plan, compared case-insensitively (NetBIOS name, e.g. EX2010CAS)
    QString fqdn;
    QString site; // name of a Site, or empty when unknown
    ExchangeVersion version = ExchangeVersion::Ex2013;
    Setting<BuildNumber> build;
    Setting<int> rollup; // 2007/2010 update rollup when recorded (F39: builds may not show it)
    ServerRoles roles;
    Setting<WindowsServer> operatingSystem;
    // The RPC over HTTP Proxy Windows feature (F3, F73); 2013 installs it at setup (F3).
    Setting<bool> rpcOverHttpProxyInstalled;
    // Set-ClientAccessServer -AutoDiscoverServiceInternalUri, the SCP (F70).
    Setting<QString> autodiscoverServiceInternalUri;
    // Target state: what the plan wants. Checks run on this.
    OutlookAnywhereSettings outlookAnywhere;
    // Current state as captured by an import; absent when never captured.
    std::optional<CapturedState> current;
    // The object was read from a 2013+ shell (new-schema fields on a legacy server, F37).
    bool readFromNewerShell = false;
    // Identity of the front-end Rpc virtual directory as captured (Get-OutlookAnywhere),
    // e.g. "EX1\Rpc (Exchange Site)" on a renamed web site; empty when not captured, and
    // the commands use Exchange's default "EX1\Rpc (Default Web Site)" (F24, F33).
    QString rpcVirtualDirectoryIdentity;
    // Tier 2 (RULEBOOK §3).
    // The alternate service account of the Client Access server (Get-ClientAccessServer
    // -IncludeAlternateServiceAccountCredentialStatus, AlternateServiceAccountConfiguration;
    // 2010 SP1 and later, F63, F88). Known and empty: none configured.
    Setting<QString> alternateServiceAccount;
    // Extended Protection of the Client Access server's front end, as its /rpc virtual
    // directory's ExtendedProtectionTokenChecking reports it (F23, F69).
    Setting<ExtendedProtection> extendedProtection;
    // Security update KB3140410 (MS16-031) on a Windows Server 2008 R2 legacy CAS (F61).
    Setting<bool> kb3140410Installed;
    // ASP.NET processModel requestQueueLimit in machine.config of a 2010 CAS (F62, KB 2832198).
    Setting<int> requestQueueLimit;

    friend bool operator==(const Server &, const Server &) = default;
};

// An Exchange 2010 Client Access array (its FQDN is what RpcClientAccessServer names).
struct CasArray
{
    QString name;
    QString fqdn;
    QString site;

    friend bool operator==(const CasArray &, const CasArray &) = default;
};

struct MailboxDatabase
{
    QString name;
    QString server; // name of a Server
    Setting<QString> rpcClientAccessServer; // 2010: a CAS array FQDN or server FQDN (F48)
    QString publicFolderDatabase; // default public folder database, empty if none
    bool isPublicFolderDatabase = false;
    // Mailboxes in the database, from the collector's count (Get-Mailbox grouped by
    // Database) or typed in; the user count of the waves that move it (issue 16).
    Setting<int> mailboxCount;

    friend bool operator==(const MailboxDatabase &, const MailboxDatabase &) = default;
};

struct Certificate
{
    QString name; // friendly name or thumbprint; unique in a plan
    QString subject; // e.g. "CN=mail.contoso.com"
    QStringList names; // CertificateDomains (SANs), e.g. {"mail.contoso.com", "*.contoso.com"}
    Setting<bool> selfSigned;
    QStringList servers; // names of the Servers that use it for IIS
    QString notAfter; // ISO 8601 date, empty when unknown

    bool isWildcard() const;
    // True when `host` is one of names (case-insensitive), or matches a "*.domain"
    // name for exactly one label.
    bool covers(const QString &host) const;

    friend bool operator==(const Certificate &, const Certificate &) = default;
};

enum class TlsMode { Passthrough, Offload, Bridging };
QString tlsModeToken(TlsMode m);
std::optional<TlsMode> parseTlsModeToken(QStringView text);

// A load balancer or reverse proxy in front of the new Client Access servers.
struct LoadBalancer
{
    QString name;
    QStringList hostNames; // names it answers for (the namespaces)
    Setting<TlsMode> tls;
    QStringList servers; // names of the Servers behind it

    friend bool operator==(const LoadBalancer &, const LoadBalancer &) = default;
};

enum class OutlookVersion {
    Outlook2003,
    Outlook2007,
    Outlook2010,
    Outlook2013,
    Outlook2016,
    Outlook2019,
    Microsoft365
};
QString outlookVersionToken(OutlookVersion v); // "2007", "365"
std::optional<OutlookVersion> parseOutlookVersionToken(QStringView text);
QString outlookVersionDisplayName(OutlookVersion v);

enum class ClientLocation { Internal, External, Both };
QString clientLocationToken(ClientLocation l);
std::optional<ClientLocation> parseClientLocationToken(QStringView text);
// As people read it in scenario names, tables and documents: "Internal", "External",
// "Both". The plan file and the JSON report keep the token.
QString clientLocationDisplayName(ClientLocation l);
// A display name or a token, in any case ("External", "external").
std::optional<ClientLocation> parseClientLocationName(QStringView text);

struct ClientGroup
{
    QString name;
    OutlookVersion outlook = OutlookVersion::Outlook2016;
    Setting<int> servicePack; // 0 = RTM
    ClientLocation location = ClientLocation::Both;
    QStringList mailboxServers; // names of the Servers holding their mailboxes
    int headCount = 0;
    // Outlook 2013 SP1 with the December 2014 update, or Outlook 2010 SP2 with the
    // January 2015 update (or later) installed: what Kerberos in coexistence needs (F65).
    Setting<bool> kerberosCoexistenceUpdate;

    friend bool operator==(const ClientGroup &, const ClientGroup &) = default;
};

struct Topology
{
    Organization organization;
    QList<Site> sites;
    QList<Server> servers;
    QList<CasArray> casArrays;
    QList<MailboxDatabase> databases;
    QList<Certificate> certificates;
    QList<LoadBalancer> loadBalancers;
    QList<ClientGroup> clientGroups;
    // Dated milestones and mailbox-move waves (docs/cutover.md); empty in older plans.
    CutoverPlan cutover;

    // Case-insensitive lookups (Exchange names are case-insensitive). nullptr if absent.
    const Server *findServer(QStringView name) const;
    Server *findServer(QStringView name);
    const Site *findSite(QStringView name) const;

    friend bool operator==(const Topology &, const Topology &) = default;
};

// Gives a server another version: its Outlook Anywhere settings (target and captured)
// keep what both versions have (reshapeOutlookAnywhereSettings); a build or rollup that
// does not belong to the new version becomes unknown.
void changeServerVersion(Server &server, ExchangeVersion version);

// Whether the server is a Client Access server of the new generation (2013 and later).
inline bool isNewCas(const Server &s)
{
    return isNewGeneration(s.version) && s.roles.clientAccess;
}
inline bool isLegacyCas(const Server &s)
{
    return isLegacy(s.version) && s.roles.clientAccess;
}
// A Client Access server whose version is not known: neither a legacy nor a new CAS
// until the user says which; the rules that tell them apart cannot evaluate it (RULEBOOK §1).
inline bool isCasOfUnknownVersion(const Server &s)
{
    return s.version == ExchangeVersion::Unknown && s.roles.clientAccess;
}

// Checklist progress saved in the plan (issue: exports). Keyed by checklist item id.
struct ChecklistItemState
{
    bool done = false;
    QString owner;
    QString date;
    QString signOff;
    QString note;
    // Connectivity test items: what the test showed ("pass", "fail" or the tester's words).
    QString result;

    friend bool operator==(const ChecklistItemState &, const ChecklistItemState &) = default;
};

struct PlanInfo
{
    QString title;
    QString author;
    QString created; // ISO 8601
    QString modified; // ISO 8601
    QString notes;

    friend bool operator==(const PlanInfo &, const PlanInfo &) = default;
};

struct Plan
{
    PlanInfo info;
    Topology topology;
    QMap<QString, ChecklistItemState> checklist;
    // The last live probe saved with the plan (`coexplan probe --save`); empty when none.
    ProbeRecord lastProbe;

    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace wizard
