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
    } else if (isNewGeneration(version)) {
        // Always on in 2013+; there is no Enable/Disable-OutlookAnywhere (F1).
        s.enabled.setNotApplicable();
        // Documented as available only in Exchange 2010 (F9, U5).
        s.clientAuthenticationMethod.setNotApplicable();
    } else if (version == ExchangeVersion::Ex2003) {
        // Exchange 2003 has no Outlook Anywhere objects (the cmdlets came with Exchange
        // 2007, F36); its RPC over HTTP is set up in Windows and IIS (F94).
        s = OutlookAnywhereSettings{};
        s.enabled.setNotApplicable();
        s.externalHostname.setNotApplicable();
        s.internalHostname.setNotApplicable();
        s.clientAuthenticationMethod.setNotApplicable();
        s.externalClientAuthenticationMethod.setNotApplicable();
        s.internalClientAuthenticationMethod.setNotApplicable();
        s.iisAuthenticationMethods.setNotApplicable();
        s.sslOffloading.setNotApplicable();
        s.externalClientsRequireSsl.setNotApplicable();
        s.internalClientsRequireSsl.setNotApplicable();
    }
    // Unknown version: every field may exist, so every field is unknown.
    return s;
}

namespace {
template <typename T> void adapt(Setting<T> &value, const Setting<T> &shape)
{
    if (shape.isNotApplicable())
        value.setNotApplicable();
    else if (value.isNotApplicable())
        value.setUnknown();
}
} // namespace

OutlookAnywhereSettings reshapeOutlookAnywhereSettings(const OutlookAnywhereSettings &settings, ExchangeVersion version)
{
    const OutlookAnywhereSettings shape = unknownOutlookAnywhereSettings(version);
    OutlookAnywhereSettings oa = settings;
    adapt(oa.enabled, shape.enabled);
    adapt(oa.externalHostname, shape.externalHostname);
    adapt(oa.internalHostname, shape.internalHostname);
    adapt(oa.clientAuthenticationMethod, shape.clientAuthenticationMethod);
    adapt(oa.externalClientAuthenticationMethod, shape.externalClientAuthenticationMethod);
    adapt(oa.internalClientAuthenticationMethod, shape.internalClientAuthenticationMethod);
    adapt(oa.iisAuthenticationMethods, shape.iisAuthenticationMethods);
    adapt(oa.sslOffloading, shape.sslOffloading);
    adapt(oa.externalClientsRequireSsl, shape.externalClientsRequireSsl);
    adapt(oa.internalClientsRequireSsl, shape.internalClientsRequireSsl);
    return oa;
}

OutlookAnywhereSettings defaultOutlookAnywhereSettings(ExchangeVersion version, const QString &serverFqdn)
{
    OutlookAnywhereSettings s = unknownOutlookAnywhereSettings(version);
    if (isLegacy(version)) {
        s.enabled = false;
        return s;
    }
    if (!isNewGeneration(version))
        return s; // unknown version or Exchange 2003: no documented defaults to assume
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
