#pragma once

#include "authmethod.h"
#include "exchangeversion.h"
#include "setting.h"

#include <QString>

namespace wizard {

// The Outlook Anywhere (RPC over HTTP) settings of one Client Access server, as
// Get-OutlookAnywhere reports them. Which fields exist depends on the version of the
// server object (FACTS F36): 2007 SP1+/2010 have Enabled (no /rpc vdir = disabled),
// ExternalHostname, ClientAuthenticationMethod, IISAuthenticationMethods and
// SSLOffloading; 2013+ have Internal/ExternalHostname, Internal/ExternalClient-
// AuthenticationMethod, IISAuthenticationMethods, SSLOffloading and
// Internal/ExternalClientsRequireSsl and are always enabled (F1, F2). A field that
// does not exist on the version is NotApplicable.
struct OutlookAnywhereSettings
{
    Setting<bool> enabled;
    Setting<QString> externalHostname;
    Setting<QString> internalHostname;
    Setting<AuthMethod> clientAuthenticationMethod;
    Setting<AuthMethod> externalClientAuthenticationMethod;
    Setting<AuthMethod> internalClientAuthenticationMethod;
    Setting<AuthMethodSet> iisAuthenticationMethods;
    Setting<bool> sslOffloading;
    Setting<bool> externalClientsRequireSsl;
    Setting<bool> internalClientsRequireSsl;

    friend bool operator==(const OutlookAnywhereSettings &, const OutlookAnywhereSettings &) = default;
};

// All fields that exist on `version` unknown, the others NotApplicable. With an unknown
// version every field is unknown; Exchange 2003 has none of them.
OutlookAnywhereSettings unknownOutlookAnywhereSettings(ExchangeVersion version);

// The same settings on another version: the values both versions have are kept, fields
// that do not exist on `version` become NotApplicable, fields that appear become
// unknown (F36).
OutlookAnywhereSettings reshapeOutlookAnywhereSettings(const OutlookAnywhereSettings &settings,
                                                       ExchangeVersion version);

// The documented out-of-the-box values for a freshly installed server of `version`,
// for the wizard's "new server" rows. Only defaults the facts establish are set; the
// rest stay unknown:
//  - 2007/2010: Outlook Anywhere is not enabled until Enable-OutlookAnywhere runs
//    (F1, F3), so enabled = false and the other values are unknown.
//  - 2013/2016: IISAuthenticationMethods = {Basic, Ntlm, Negotiate} (F20),
//    InternalHostname = the server FQDN (F18), ExternalHostname empty (F19),
//    SSLOffloading = true (F17, C1), Internal/ExternalClientsRequireSsl = false (F22).
//    Client methods: External = Negotiate, Internal = Ntlm (F21; medium for 2013, C2).
OutlookAnywhereSettings defaultOutlookAnywhereSettings(ExchangeVersion version, const QString &serverFqdn);

// Field keys, as used in the plan file and in Finding::fields
// ("outlookAnywhere.iisAuthenticationMethods", ...).
namespace oafield {
inline constexpr QLatin1String enabled("outlookAnywhere.enabled");
inline constexpr QLatin1String externalHostname("outlookAnywhere.externalHostname");
inline constexpr QLatin1String internalHostname("outlookAnywhere.internalHostname");
inline constexpr QLatin1String clientAuthenticationMethod("outlookAnywhere.clientAuthenticationMethod");
inline constexpr QLatin1String externalClientAuthenticationMethod("outlookAnywhere.externalClientAuthenticationMethod");
inline constexpr QLatin1String internalClientAuthenticationMethod("outlookAnywhere.internalClientAuthenticationMethod");
inline constexpr QLatin1String iisAuthenticationMethods("outlookAnywhere.iisAuthenticationMethods");
inline constexpr QLatin1String sslOffloading("outlookAnywhere.sslOffloading");
inline constexpr QLatin1String externalClientsRequireSsl("outlookAnywhere.externalClientsRequireSsl");
inline constexpr QLatin1String internalClientsRequireSsl("outlookAnywhere.internalClientsRequireSsl");
} // namespace oafield

} // namespace wizard
