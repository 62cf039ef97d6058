#include "serverchanges.h"

#include "powershell/psquote.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

bool validLegacyClientMethod(AuthMethod m)
{
    return m == AuthMethod::Basic || m == AuthMethod::Ntlm; // F11
}

bool validNewMethod(AuthMethod m)
{
    return m == AuthMethod::Basic || m == AuthMethod::Ntlm || m == AuthMethod::Negotiate; // F13
}

// F12: legacy IIS methods are Basic and/or NTLM; F13: 2013+ any of Basic, Ntlm, Negotiate.
bool validIisMethods(ExchangeVersion v, AuthMethodSet set)
{
    if (set.isEmpty())
        return false;
    for (AuthMethod m : set.toList()) {
        if (isLegacy(v) ? !validLegacyClientMethod(m) : !validNewMethod(m))
            return false;
    }
    return true;
}

template <typename T>
std::optional<PlanValue> capturedValue(const std::optional<CapturedState> &current,
                                       Setting<T> OutlookAnywhereSettings::*field, PlanValue (*make)(T))
{
    if (!current)
        return std::nullopt;
    const Setting<T> &s = current->outlookAnywhere.*field;
    if (!s.isKnown())
        return std::nullopt;
    return make(s.value());
}

PlanValue textValue(QString t)
{
    return PlanValue::fromText(t);
}
PlanValue methodValue(AuthMethod m)
{
    return PlanValue::fromMethod(m);
}
PlanValue methodsValue(AuthMethodSet m)
{
    return PlanValue::fromMethods(m);
}
PlanValue boolValue(bool b)
{
    return PlanValue::fromBool(b);
}

class ChangeCollector
{
public:
    ChangeCollector(const Server &server, ServerChanges &out)
        : m_server(server)
        , m_out(out)
    { }

    template <typename T>
    void add(OaParameter p, Setting<T> OutlookAnywhereSettings::*field, PlanValue (*make)(T),
             bool (*valid)(ExchangeVersion, const T &) = nullptr)
    {
        const Setting<T> &target = m_server.outlookAnywhere.*field;
        if (!target.isKnown())
            return; // unknown or not applicable on this version: never written
        if (valid && !valid(m_server.version, target.value())) {
            m_out.refused.append(tr("%1 = %2 is not a valid value on %3; it is not written.")
                                     .arg(oaParameterName(p), make(target.value()).display(),
                                          exchangeVersionDisplayName(m_server.version)));
            return;
        }
        m_out.outlookAnywhere.append({p, make(target.value()), capturedValue(m_server.current, field, make)});
    }

private:
    const Server &m_server;
    ServerChanges &m_out;
};

bool validClientMethod(ExchangeVersion v, const AuthMethod &m)
{
    return isLegacy(v) ? validLegacyClientMethod(m) : validNewMethod(m);
}
bool validIis(ExchangeVersion v, const AuthMethodSet &s)
{
    return validIisMethods(v, s);
}

LegacyActivation activationOf(const Server &s)
{
    if (!isLegacy(s.version))
        return LegacyActivation::NotLegacy;
    if (!s.outlookAnywhere.enabled.isKnown() || !s.outlookAnywhere.enabled.value())
        return LegacyActivation::KeepAsIs; // the scripts never disable Outlook Anywhere
    if (s.current && s.current->outlookAnywhere.enabled.isKnown())
        return s.current->outlookAnywhere.enabled.value() ? LegacyActivation::AlreadyOn : LegacyActivation::Enable;
    return LegacyActivation::EnableIfMissing;
}
} // namespace

bool isWritableValue(ExchangeVersion version, const PlanValue &value)
{
    switch (value.kind) {
    case PlanValue::Kind::Method:
        return validClientMethod(version, value.method);
    case PlanValue::Kind::Methods:
        return validIis(version, value.methods);
    case PlanValue::Kind::Text:
    case PlanValue::Kind::Boolean:
        return true;
    }
    return false;
}

QLatin1String oaParameterName(OaParameter p)
{
    switch (p) {
    case OaParameter::ExternalHostname:
        return "ExternalHostname"_L1;
    case OaParameter::InternalHostname:
        return "InternalHostname"_L1;
    case OaParameter::ClientAuthenticationMethod:
        return "ClientAuthenticationMethod"_L1;
    case OaParameter::ExternalClientAuthenticationMethod:
        return "ExternalClientAuthenticationMethod"_L1;
    case OaParameter::InternalClientAuthenticationMethod:
        return "InternalClientAuthenticationMethod"_L1;
    case OaParameter::IISAuthenticationMethods:
        return "IISAuthenticationMethods"_L1;
    case OaParameter::SSLOffloading:
        return "SSLOffloading"_L1;
    case OaParameter::ExternalClientsRequireSsl:
        return "ExternalClientsRequireSsl"_L1;
    case OaParameter::InternalClientsRequireSsl:
        return "InternalClientsRequireSsl"_L1;
    }
    return "ExternalHostname"_L1;
}

bool isAuthenticationParameter(OaParameter p)
{
    return p == OaParameter::ClientAuthenticationMethod || p == OaParameter::IISAuthenticationMethods;
}

PlanValue PlanValue::fromText(const QString &t)
{
    PlanValue v;
    v.kind = Kind::Text;
    v.text = t;
    return v;
}

PlanValue PlanValue::fromMethod(AuthMethod m)
{
    PlanValue v;
    v.kind = Kind::Method;
    v.method = m;
    return v;
}

PlanValue PlanValue::fromMethods(AuthMethodSet m)
{
    PlanValue v;
    v.kind = Kind::Methods;
    v.methods = m;
    return v;
}

PlanValue PlanValue::fromBool(bool b)
{
    PlanValue v;
    v.kind = Kind::Boolean;
    v.boolean = b;
    return v;
}

QString PlanValue::display() const
{
    switch (kind) {
    case Kind::Text:
        return text.isEmpty() ? tr("(empty)") : text;
    case Kind::Method:
        return authMethodToken(method);
    case Kind::Methods:
        return methods.isEmpty() ? tr("(none)") : methods.toDisplayString();
    case Kind::Boolean:
        return boolean ? u"True"_s : u"False"_s;
    }
    return {};
}

QString PlanValue::powerShell() const
{
    switch (kind) {
    case Kind::Text:
        return text.isEmpty() ? u"$null"_s : psQuote(text);
    case Kind::Method:
        return psQuote(authMethodToken(method));
    case Kind::Methods: {
        QStringList quoted;
        for (const QString &t : methods.toTokens())
            quoted.append(psQuote(t));
        return quoted.join(u',');
    }
    case Kind::Boolean:
        return psBool(boolean);
    }
    return {};
}

QList<ParameterChange> ServerChanges::writes() const
{
    // Microsoft's 2013 commands set a host name together with its *ClientsRequireSsl
    // (F71): when a host name is written, its RequireSsl goes with it even if unchanged.
    const auto writesParameter = [this](OaParameter p) {
        return std::any_of(outlookAnywhere.cbegin(), outlookAnywhere.cend(),
                           [p](const ParameterChange &c) { return c.parameter == p && c.needsWrite(); });
    };
    const bool external = writesParameter(OaParameter::ExternalHostname);
    const bool internal = writesParameter(OaParameter::InternalHostname);
    QList<ParameterChange> out;
    for (const ParameterChange &c : outlookAnywhere) {
        const bool paired = (c.parameter == OaParameter::ExternalClientsRequireSsl && external)
            || (c.parameter == OaParameter::InternalClientsRequireSsl && internal);
        if (c.needsWrite() || paired)
            out.append(c);
    }
    return out;
}

QList<ParameterChange> ServerChanges::writesOf(std::initializer_list<OaParameter> parameters) const
{
    QList<ParameterChange> out;
    for (const ParameterChange &c : writes()) {
        if (std::find(parameters.begin(), parameters.end(), c.parameter) != parameters.end())
            out.append(c);
    }
    return out;
}

bool ServerChanges::hasWork() const
{
    if (activation == LegacyActivation::KeepAsIs)
        return autodiscoverUri && autodiscoverUri->needsWrite();
    return !writes().isEmpty() || activation == LegacyActivation::Enable
        || activation == LegacyActivation::EnableIfMissing || (autodiscoverUri && autodiscoverUri->needsWrite());
}

QList<ServerChanges> planServerChanges(const Topology &topology)
{
    QList<ServerChanges> all;
    for (const Server &s : topology.servers) {
        if (!s.roles.clientAccess || !isScriptable(s.version))
            continue; // see unscriptedServers
        ServerChanges c;
        c.server = s.name;
        c.capturedRpcIdentity = s.rpcVirtualDirectoryIdentity;
        c.operatingSystem = s.operatingSystem;
        c.version = s.version;
        c.build = s.build;
        c.captured = s.current.has_value();
        c.activation = activationOf(s);
        if (c.activation != LegacyActivation::KeepAsIs) {
            ChangeCollector add(s, c);
            add.add(OaParameter::ExternalHostname, &OutlookAnywhereSettings::externalHostname, &textValue);
            if (!isLegacy(s.version))
                add.add(OaParameter::InternalHostname, &OutlookAnywhereSettings::internalHostname, &textValue);
            if (isLegacy(s.version)) {
                add.add(OaParameter::ClientAuthenticationMethod, &OutlookAnywhereSettings::clientAuthenticationMethod,
                        &methodValue, &validClientMethod);
            } else {
                add.add(OaParameter::ExternalClientAuthenticationMethod,
                        &OutlookAnywhereSettings::externalClientAuthenticationMethod, &methodValue, &validClientMethod);
                add.add(OaParameter::InternalClientAuthenticationMethod,
                        &OutlookAnywhereSettings::internalClientAuthenticationMethod, &methodValue, &validClientMethod);
            }
            add.add(OaParameter::IISAuthenticationMethods, &OutlookAnywhereSettings::iisAuthenticationMethods,
                    &methodsValue, &validIis);
            add.add(OaParameter::SSLOffloading, &OutlookAnywhereSettings::sslOffloading, &boolValue);
            if (!isLegacy(s.version)) {
                add.add(OaParameter::ExternalClientsRequireSsl, &OutlookAnywhereSettings::externalClientsRequireSsl,
                        &boolValue);
                add.add(OaParameter::InternalClientsRequireSsl, &OutlookAnywhereSettings::internalClientsRequireSsl,
                        &boolValue);
            }
        }
        if (c.activation == LegacyActivation::Enable || c.activation == LegacyActivation::EnableIfMissing) {
            QStringList missing;
            for (OaParameter p :
                 {OaParameter::ExternalHostname, OaParameter::ClientAuthenticationMethod, OaParameter::SSLOffloading}) {
                const bool present = std::any_of(c.outlookAnywhere.cbegin(), c.outlookAnywhere.cend(),
                                                 [p](const ParameterChange &x) { return x.parameter == p; });
                if (!present)
                    missing.append(oaParameterName(p));
            }
            if (!missing.isEmpty()) {
                c.cannotEnableReason
                    = tr("Enable-OutlookAnywhere needs %1, which the plan does not give.").arg(missing.join(u", "_s));
            }
        }
        if (s.autodiscoverServiceInternalUri.isKnown()) {
            ParameterChange uri;
            uri.target = PlanValue::fromText(s.autodiscoverServiceInternalUri.value());
            if (s.current && s.current->autodiscoverServiceInternalUri.isKnown())
                uri.current = PlanValue::fromText(s.current->autodiscoverServiceInternalUri.value());
            c.autodiscoverUri = uri;
        }
        all.append(c);
    }
    return all;
}

QList<UnscriptedServer> unscriptedServers(const Topology &topology)
{
    QList<UnscriptedServer> out;
    for (const Server &s : topology.servers) {
        if (!s.roles.clientAccess || isScriptable(s.version))
            continue;
        QString reason;
        switch (s.version) {
        case ExchangeVersion::Unknown:
            reason = u"its Exchange version is not in the plan. Supply it first (the Servers step, or coexplan import "
                     u"--version %1=2010 and the like); then this script is written with the commands for that "
                     u"version."_s.arg(s.name);
            break;
        case ExchangeVersion::Ex2003:
            reason = u"it runs Exchange 2003, which cannot coexist with Exchange 2013 (VER-001): remove it from the "
                     u"organization; no Outlook Anywhere command applies to it."_s;
            break;
        default:
            reason = u"it runs %1; CoexPlan writes commands for Exchange 2007 to 2016 only: set its Outlook Anywhere "
                     u"values by hand (Set-OutlookAnywhere applies to Exchange 2013 and later)."_s.arg(
                         exchangeVersionDisplayName(s.version));
            break;
        }
        out.append(UnscriptedServer{s.name, s.version, reason});
    }
    return out;
}

QString adminDisplayVersionPrefix(ExchangeVersion v)
{
    switch (v) {
    case ExchangeVersion::Unknown:
        return {};
    case ExchangeVersion::Ex2003:
        return u"Version 6.5 "_s;
    case ExchangeVersion::Ex2019:
    case ExchangeVersion::ExSE: // SE continues the 15.2 builds of 2019 (FACTS [S55])
        return u"Version 15.2 "_s;
    case ExchangeVersion::Ex2007:
        return u"Version 8."_s;
    case ExchangeVersion::Ex2010:
        return u"Version 14."_s;
    case ExchangeVersion::Ex2013:
        return u"Version 15.0 "_s;
    case ExchangeVersion::Ex2016:
        return u"Version 15.1 "_s;
    }
    return {};
}

} // namespace wizard
