#pragma once

#include "topology/topology.h"

#include <QList>
#include <QString>

#include <optional>

namespace wizard {

// The Outlook Anywhere parameters CoexPlan writes. The Set-/Get-OutlookAnywhere
// parameter and property names are the same (F9, F34).
enum class OaParameter {
    ExternalHostname,
    InternalHostname,
    ClientAuthenticationMethod, // 2007 SP1+/2010 only (F6, F7; never on 2013+, U5)
    ExternalClientAuthenticationMethod, // 2013+ (F9)
    InternalClientAuthenticationMethod, // 2013+ (F9)
    IISAuthenticationMethods,
    SSLOffloading,
    ExternalClientsRequireSsl, // 2013+ (F9)
    InternalClientsRequireSsl, // 2013+ (F9)
};
QLatin1String oaParameterName(OaParameter p);

// A typed value from the plan. Text is quoted with psQuote, methods are validated
// enum tokens (quoted too), booleans are psBool tokens.
struct PlanValue
{
    enum class Kind { Text, Method, Methods, Boolean };
    Kind kind = Kind::Text;
    QString text;
    AuthMethod method = AuthMethod::Basic;
    AuthMethodSet methods;
    bool boolean = false;

    static PlanValue fromText(const QString &t);
    static PlanValue fromMethod(AuthMethod m);
    static PlanValue fromMethods(AuthMethodSet m);
    static PlanValue fromBool(bool b);

    // How people read it: "mail.contoso.com", "Basic", "Basic, Ntlm", "True", "(empty)".
    QString display() const;
    // The PowerShell expression: 'mail.contoso.com', 'Basic','Ntlm', $true, $null.
    QString powerShell() const;

    friend bool operator==(const PlanValue &, const PlanValue &) = default;
};

struct ParameterChange
{
    OaParameter parameter = OaParameter::ExternalHostname;
    PlanValue target;
    std::optional<PlanValue> current; // when the value was captured before the change

    // True when the change script writes it: differs from the captured value, or
    // nothing was captured (then the planned value is set).
    bool needsWrite() const { return !current || *current != target; }

    friend bool operator==(const ParameterChange &, const ParameterChange &) = default;
};

// What the plan asks of a legacy CAS's Outlook Anywhere as a whole (F1, F8, F72).
enum class LegacyActivation {
    NotLegacy, // 2013+: always on (F1)
    KeepAsIs, // target does not say enabled, or the plan disables it (never scripted)
    AlreadyOn, // captured enabled: Set-OutlookAnywhere only
    Enable, // captured disabled: Enable-OutlookAnywhere
    EnableIfMissing, // not captured: decided when the script runs (no Rpc vdir -> enable)
};

// Everything the scripts and the checklist need to know about one server.
struct ServerChanges
{
    QString server;
    // Server::rpcVirtualDirectoryIdentity: the Rpc vdir Identity the input captured (empty:
    // the default one is used, rpcVdirName).
    QString capturedRpcIdentity;
    ExchangeVersion version = ExchangeVersion::Ex2013;
    Setting<BuildNumber> build;
    Setting<WindowsServer> operatingSystem; // how the pre-flight reads the RPC over HTTP Proxy feature
    bool captured = false; // Server::current was present
    LegacyActivation activation = LegacyActivation::NotLegacy;
    // Every Outlook Anywhere parameter the plan knows a target for, in OaParameter
    // order. Parameters the version does not have are never here.
    QList<ParameterChange> outlookAnywhere;
    // Parameters that cannot be written as planned, with the reason (shown as items
    // and as comments, never sent to Exchange): e.g. Negotiate as a 2010 client method.
    QStringList refused;
    // Enable-OutlookAnywhere needs ExternalHostname, ClientAuthenticationMethod and
    // SSLOffloading (F8); when one is unknown the enable cannot be generated.
    QString cannotEnableReason;
    // Set-ClientAccessServer -AutoDiscoverServiceInternalUri (F70).
    std::optional<ParameterChange> autodiscoverUri;

    bool isLegacy() const { return wizard::isLegacy(version); }
    // The change script may run Enable-OutlookAnywhere here (RULEBOOK PB-001): its
    // pre-flight then checks the RPC over HTTP Proxy Windows feature first (F3, issue 13).
    bool mayEnableOutlookAnywhere() const
    {
        return (activation == LegacyActivation::Enable || activation == LegacyActivation::EnableIfMissing)
            && cannotEnableReason.isEmpty();
    }
    // The cmdlets for the SCP (AutoDiscoverServiceInternalUri): Exchange 2016 has
    // Set-/Get-ClientAccessService and documents the *-ClientAccessServer names as the
    // older ones (office-docs-powershell Set-ClientAccessServer.md and
    // Set-ClientAccessService.md); NS-004's fix uses the same choice.
    QLatin1String setClientAccessCmdlet() const
    {
        return hasClientAccessService(version) ? QLatin1String("Set-ClientAccessService")
                                               : QLatin1String("Set-ClientAccessServer");
    }
    QLatin1String getClientAccessCmdlet() const
    {
        return hasClientAccessService(version) ? QLatin1String("Get-ClientAccessService")
                                               : QLatin1String("Get-ClientAccessServer");
    }
    // Parameters the change script writes.
    QList<ParameterChange> writes() const;
    // Those of `parameters` that the change script writes.
    QList<ParameterChange> writesOf(std::initializer_list<OaParameter> parameters) const;
    bool hasWork() const;
};

// Whether Set-OutlookAnywhere on that version takes the value: a legacy client method is
// Basic or Ntlm (F11, F96: the 2010 cmdlet refuses Negotiate), 2013+ methods are Basic,
// Ntlm or Negotiate (F13), an IIS method list is never empty (an empty one would leave
// the parameter without an argument). The change script refuses such targets; the
// rollback refuses such captured values (issue 13).
bool isWritableValue(ExchangeVersion version, const PlanValue &value);

// One entry per Client Access server of the topology, in topology order.
QList<ServerChanges> planServerChanges(const Topology &topology);

// The versions the scripts write commands for: each one's shell and parameters are
// checked (Exchange 2007 to 2016, RULEBOOK §5). An unknown version gets no command at
// all: which cmdlets and parameters apply depends on it (F5-F15).
constexpr bool isScriptable(ExchangeVersion v)
{
    return isLegacy(v) || v == ExchangeVersion::Ex2013 || v == ExchangeVersion::Ex2016;
}

// A Client Access server the scripts leave alone, and why (said in the scripts and the
// checklist instead of commands).
struct UnscriptedServer
{
    QString server;
    ExchangeVersion version = ExchangeVersion::Unknown;
    QString reason;

    friend bool operator==(const UnscriptedServer &, const UnscriptedServer &) = default;
};
QList<UnscriptedServer> unscriptedServers(const Topology &topology);

// AdminDisplayVersion prefix of a version: "Version 8.", "Version 14.", "Version 15.0",
// "Version 15.1" (F34, F39; 8 = 2007, 14 = 2010, 15.0 = 2013, 15.1 = 2016).
QString adminDisplayVersionPrefix(ExchangeVersion v);

// The legacy parameters written in the "IIS and client authentication" phase; the
// others in the "Outlook Anywhere on every legacy CAS" phase.
bool isAuthenticationParameter(OaParameter p);

} // namespace wizard
