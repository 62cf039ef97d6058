#include "flaggedvalues.h"

#include "topology/topology.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

QLatin1String oaFieldKey(OaParameter p)
{
    switch (p) {
    case OaParameter::ExternalHostname:
        return oafield::externalHostname;
    case OaParameter::InternalHostname:
        return oafield::internalHostname;
    case OaParameter::ClientAuthenticationMethod:
        return oafield::clientAuthenticationMethod;
    case OaParameter::ExternalClientAuthenticationMethod:
        return oafield::externalClientAuthenticationMethod;
    case OaParameter::InternalClientAuthenticationMethod:
        return oafield::internalClientAuthenticationMethod;
    case OaParameter::IISAuthenticationMethods:
        return oafield::iisAuthenticationMethods;
    case OaParameter::SSLOffloading:
        return oafield::sslOffloading;
    case OaParameter::ExternalClientsRequireSsl:
        return oafield::externalClientsRequireSsl;
    case OaParameter::InternalClientsRequireSsl:
        return oafield::internalClientsRequireSsl;
    }
    return oafield::externalHostname;
}

namespace {
// The fields an enabling command answers for besides its parameters: Outlook Anywhere
// on/off itself and the Windows feature it runs on (PB-001, PB-006).
const QStringList &enableFields()
{
    static const QStringList fields{QString(oafield::enabled), u"rpcOverHttpProxyInstalled"_s};
    return fields;
}
} // namespace

QList<Finding> errorsAgainstCommand(const ServerChanges &c, const QList<ParameterChange> &written, bool enables,
                                    const QList<Finding> &findings)
{
    QStringList fields;
    for (const ParameterChange &p : written)
        fields.append(QString(oaFieldKey(p.parameter)));
    if (enables)
        fields.append(enableFields());
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (f.severity != Severity::Error || f.subject.kind != SubjectKind::Server
            || f.subject.name.compare(c.server, Qt::CaseInsensitive) != 0)
            continue;
        if (std::any_of(f.fields.cbegin(), f.fields.cend(), [&fields](const QString &k) { return fields.contains(k); }))
            out.append(f);
    }
    return out;
}

QList<Finding> changeScriptBlockingFindings(const Plan &plan, const QList<Finding> &findings)
{
    QList<Finding> hit;
    for (const ServerChanges &c : planServerChanges(plan.topology)) {
        if (c.activation == LegacyActivation::KeepAsIs)
            continue; // the change script writes nothing on it
        const bool enables
            = c.activation == LegacyActivation::Enable || c.activation == LegacyActivation::EnableIfMissing;
        hit.append(errorsAgainstCommand(c, c.writes(), enables, findings));
    }
    // Each once, in the order the checks report them.
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (hit.contains(f))
            out.append(f);
    }
    return out;
}

QString flaggedFindingLine(const Finding &finding)
{
    return u"%1 (%2) on %3: %4"_s.arg(finding.ruleId, severityToken(finding.severity), finding.subject.name,
                                      finding.message);
}

} // namespace wizard
