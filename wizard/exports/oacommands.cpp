#include "oacommands.h"

#include "powershell/outlookanywhereidentity.h"
#include "powershell/psquote.h"
#include "powershell/pscommand.h"

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
void addValue(PsCommand &cmd, const ParameterChange &c)
{
    const QLatin1String name = oaParameterName(c.parameter);
    switch (c.target.kind) {
    case PlanValue::Kind::Text:
        if (c.target.text.isEmpty())
            cmd.null(name);
        else
            cmd.text(name, c.target.text);
        break;
    case PlanValue::Kind::Method:
        cmd.text(name, authMethodToken(c.target.method));
        break;
    case PlanValue::Kind::Methods:
        cmd.texts(name, c.target.methods.toTokens());
        break;
    case PlanValue::Kind::Boolean:
        cmd.boolean(name, c.target.boolean);
        break;
    }
}

// In a script every Exchange cmdlet gets -ErrorAction Stop: in the 2010-2016 shells the
// cmdlets are implicit-remoting proxy functions that do not see the script's
// $ErrorActionPreference (FACTS F91; PowerShell/PowerShell issue 4568), so without it a
// failure prints red and the script goes on (issue 13).
QString finish(PsCommand &cmd, CommandStyle style)
{
    if (style == CommandStyle::Script) {
        cmd.stopOnError();
        cmd.whatIfPassThrough();
    }
    return cmd.toString();
}

QString setCommand(const ServerChanges &c, const QList<ParameterChange> &writes, CommandStyle style)
{
    if (writes.isEmpty())
        return {};
    PsCommand cmd("Set-OutlookAnywhere"_L1, c.version);
    cmd.text("Identity"_L1, rpcVdirName(c));
    for (const ParameterChange &w : writes)
        addValue(cmd, w);
    return finish(cmd, style);
}

const ParameterChange *find(const ServerChanges &c, OaParameter p)
{
    for (const ParameterChange &x : c.outlookAnywhere) {
        if (x.parameter == p)
            return &x;
    }
    return nullptr;
}
} // namespace

QString outlookAnywhereSetCommand(const ServerChanges &c, const QList<ParameterChange> &writes, CommandStyle style)
{
    return setCommand(c, writes, style);
}

QString rpcVdirName(const ServerChanges &c)
{
    return rpcVirtualDirectoryIdentity(c.server, c.capturedRpcIdentity);
}

QString legacyOutlookAnywhereCommand(const ServerChanges &c, CommandStyle style)
{
    if (!c.isLegacy())
        return {};
    return setCommand(c, c.writesOf({OaParameter::ExternalHostname, OaParameter::SSLOffloading}), style);
}

QString enableOutlookAnywhereCommand(const ServerChanges &c, CommandStyle style)
{
    if (!c.isLegacy() || !c.cannotEnableReason.isEmpty())
        return {};
    PsCommand cmd("Enable-OutlookAnywhere"_L1, c.version);
    cmd.text("Server"_L1, c.server);
    for (OaParameter p : {OaParameter::ExternalHostname, OaParameter::ClientAuthenticationMethod,
                          OaParameter::IISAuthenticationMethods, OaParameter::SSLOffloading}) {
        // 2007's Enable-OutlookAnywhere is given no IIS methods (RULEBOOK PB-001).
        if (p == OaParameter::IISAuthenticationMethods && c.version == ExchangeVersion::Ex2007)
            continue;
        if (const ParameterChange *x = find(c, p))
            addValue(cmd, *x);
    }
    return finish(cmd, style);
}

QString enable2007IisCommand(const ServerChanges &c, CommandStyle style)
{
    if (c.version != ExchangeVersion::Ex2007)
        return {};
    const ParameterChange *iis = find(c, OaParameter::IISAuthenticationMethods);
    if (!iis)
        return {};
    return setCommand(c, {*iis}, style);
}

QString legacyAuthenticationCommand(const ServerChanges &c, CommandStyle style)
{
    if (!c.isLegacy())
        return {};
    return setCommand(c, c.writesOf({OaParameter::ClientAuthenticationMethod, OaParameter::IISAuthenticationMethods}),
                      style);
}

QString newCasOutlookAnywhereCommand(const ServerChanges &c, CommandStyle style)
{
    if (c.isLegacy())
        return {};
    return setCommand(c, c.writes(), style);
}

QString autodiscoverUriCommand(const ServerChanges &c, CommandStyle style)
{
    if (!c.autodiscoverUri || !c.autodiscoverUri->needsWrite())
        return {};
    PsCommand cmd(c.setClientAccessCmdlet(), c.version);
    cmd.text("Identity"_L1, c.server);
    if (c.autodiscoverUri->target.text.isEmpty())
        cmd.null("AutoDiscoverServiceInternalUri"_L1);
    else
        cmd.text("AutoDiscoverServiceInternalUri"_L1, c.autodiscoverUri->target.text);
    return finish(cmd, style);
}

QString getOutlookAnywhereCommand(const ServerChanges &c)
{
    PsCommand cmd("Get-OutlookAnywhere"_L1, c.version);
    cmd.text("Server"_L1, c.server);
    return cmd.toString() + u" | Format-List Server,ExternalHostname,"_s
        + (c.isLegacy() ? u"ClientAuthenticationMethod"_s
                        : u"InternalHostname,ExternalClientAuthenticationMethod,InternalClientAuthenticationMethod"_s)
        + u",IISAuthenticationMethods,SSLOffloading"_s
        + (c.isLegacy() ? QString() : u",ExternalClientsRequireSsl,InternalClientsRequireSsl"_s);
}

QString getExchangeServerVersionCommand(const QString &server, ExchangeVersion shell)
{
    PsCommand cmd("Get-ExchangeServer"_L1, shell);
    cmd.text("Identity"_L1, server);
    return cmd.toString() + u" | Format-List Name,AdminDisplayVersion"_s;
}

} // namespace wizard
