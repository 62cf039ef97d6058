#include "outlookanywhere.h"

namespace wizard {

OutlookAnywhereSettings unknownOutlookAnywhereSettings(ExchangeVersion version)
{
    OutlookAnywhereSettings s;
    if (isLegacy(version)) {
        s.internalHostname.setNotApplicable();
        s.externalClientAuthenticationMethod.setNotApplicable();
        s.internalClientAuthenticationMethod.setNotApplicable();
        s.externalClientsRequireSsl.setNotApplicable();
        s.internalClientsRequireSsl.setNotApplicable();
    } else {
        // Always on in 2013+; there is no Enable/Disable-OutlookAnywhere (F1).
        s.enabled.setNotApplicable();
        // Documented as available only in Exchange 2010 (F9, U5).
        s.clientAuthenticationMethod.setNotApplicable();
    }
    return s;
}

OutlookAnywhereSettings defaultOutlookAnywhereSettings(ExchangeVersion version, const QString &serverFqdn)
{
    OutlookAnywhereSettings s = unknownOutlookAnywhereSettings(version);
    if (isLegacy(version)) {
        s.enabled = false;
        return s;
    }
    s.iisAuthenticationMethods = AuthMethodSet{AuthMethod::Basic, AuthMethod::Ntlm, AuthMethod::Negotiate};
    if (!serverFqdn.isEmpty())
        s.internalHostname = serverFqdn;
    s.externalHostname = QString();
    s.sslOffloading = true;
    s.internalClientsRequireSsl = false;
    s.externalClientsRequireSsl = false;
    s.externalClientAuthenticationMethod = AuthMethod::Negotiate;
    s.internalClientAuthenticationMethod = AuthMethod::Ntlm;
    return s;
}

} // namespace wizard
