// Part A, client authentication (PA-001..PA-005): the method an Outlook client is told
// must be one the new CAS's /rpc directory accepts, and must be usable beside legacy
// servers.
#include "findingbuilder.h"
#include "outlookanywherecommands.h"
#include "partarules.h"
#include "sources.h"
#include "translationmemo.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return checkText(text);
}

QString versionName(const Server &s)
{
    return checkVersionName(s.version);
}

QString iisDisplay(AuthMethodSet methods)
{
    return methods.isEmpty() ? tr("none") : methods.toProseString();
}

// Methods Exchange 2013+ accepts in IISAuthenticationMethods and as client methods (F13).
bool isNewOutlookAnywhereMethod(AuthMethod m)
{
    return m == AuthMethod::Basic || m == AuthMethod::Ntlm || m == AuthMethod::Negotiate;
}

// -IISAuthenticationMethods with `method` added to what the server already accepts.
QString addIisMethodCommand(const Server &newCas, AuthMethodSet iis, AuthMethod method)
{
    iis.insert(method);
    return setOutlookAnywhereCommand(newCas, {authMethodsArgument("IISAuthenticationMethods"_L1, iis)});
}

// "Cannot evaluate" for a legacy CAS whose announced method is not recorded (PA-001, PA-004).
Finding legacyMethodUnknown(const QString &ruleId, const Server &cas, const QString &source)
{
    const OutlookAnywhereSettings &oa = cas.outlookAnywhere;
    const QString missing = oa.enabled.isUnknown()
        ? tr("whether Outlook Anywhere is enabled on %1 is not recorded, so the method it tells its clients is unknown")
              .arg(cas.name)
        : tr("the ClientAuthenticationMethod of %1 is not recorded").arg(cas.name);
    return cannotEvaluate(ruleId, serverSubject(cas), {QString(oafield::clientAuthenticationMethod)}, missing, source);
}

// PA-001: users of legacy mailboxes connect to the new namespace with the method the
// legacy CAS announced (F43, F46); the new CAS's IIS methods must include it (F26).
// One error per new CAS and missing method, naming the legacy CAS that announce it.
// Legacy values other than Basic/Ntlm are PB-005's (they must change, not be accepted).
class LegacyClientMethodNotAcceptedRule final : public Rule
{
public:
    QString id() const override { return u"PA-001"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        if (context.newCas().isEmpty())
            return;
        const LegacyClientMethods legacy = legacyClientMethods(context);
        if (!legacy.anyInPlay)
            return;
        const QStringList fields{QString(oafield::iisAuthenticationMethods)};
        for (const Server &server : context.topology.servers) {
            if (legacy.unknown.contains(&server)) {
                out.append(legacyMethodUnknown(id(), server, QString(source::outlookAnywhere2013)));
                continue;
            }
            if (!isNewCas(server))
                continue;
            const Setting<AuthMethodSet> &iis = server.outlookAnywhere.iisAuthenticationMethods;
            if (iis.isUnknown()) {
                out.append(cannotEvaluate(id(), serverSubject(server), fields,
                                          tr("the IISAuthenticationMethods of %1 are not recorded").arg(server.name),
                                          QString(source::outlookAnywhere2013)));
                continue;
            }
            for (const auto &[method, announcers] : legacy.known) {
                if (iis.value().contains(method))
                    continue;
                out.append(Finding{
                    .ruleId = id(),
                    .severity = Severity::Error,
                    .subject = serverSubject(server),
                    .fields = fields,
                    .message = tr("%1 (%2) does not accept %3 (IIS methods: %4), the method the Outlook clients of "
                                  "legacy mailboxes are told to use by %5.")
                                   .arg(server.name, versionName(server), authMethodDisplayName(method),
                                        iisDisplay(iis.value()), nameList(announcers)),
                    .why = tr("Users whose mailboxes are still on a legacy server get the authentication method from "
                              "that legacy Client Access server but use it against the new namespace, so the new "
                              "server's IIS methods must include it (or the legacy client method must change)."),
                    .fix = addIisMethodCommand(server, iis.value(), method),
                    .source = QString(source::outlookAnywhere2013),
                });
            }
        }
    }
};

// PA-002 / PA-003: what a new CAS tells its own clients (External/Internal-
// ClientAuthenticationMethod) and what its /rpc directory accepts are separate
// settings (F26); the client method must be one of the IIS methods (F13, F46).
class NewClientMethodNotInIisRuleBase : public Rule
{
public:
    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const AuthMethod fallback = fallbackMethod(context);
        for (const Server *cas : context.newCas()) {
            const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
            const Setting<AuthMethod> &method = clientMethod(oa);
            const QStringList fields{QString(clientMethodField()), QString(oafield::iisAuthenticationMethods)};
            if (method.isUnknown() || oa.iisAuthenticationMethods.isUnknown()) {
                out.append(cannotEvaluate(
                    id(), serverSubject(*cas), fields,
                    method.isUnknown() ? tr("the %1 of %2 is not recorded").arg(QString(propertyName()), cas->name)
                                       : tr("the IISAuthenticationMethods of %1 are not recorded").arg(cas->name),
                    QString(source::setOutlookAnywhere)));
                continue;
            }
            if (!method.isKnown() || !oa.iisAuthenticationMethods.isKnown())
                continue; // not applicable on this version
            const AuthMethodSet iis = oa.iisAuthenticationMethods.value();
            if (iis.contains(method.value()))
                continue;
            // A value 2013+ does not accept anywhere (F13) is fixed on the client side.
            const QString fix = isNewOutlookAnywhereMethod(method.value())
                ? addIisMethodCommand(*cas, iis, method.value())
                : setOutlookAnywhereCommand(*cas, {PsArgument::token(propertyName(), authMethodToken(fallback))});
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Error,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = message(*cas, method.value(), iis),
                .why = tr("Autodiscover hands the client method to Outlook, while the IIS methods decide what the "
                          "/rpc directory accepts; when the client method is not among them, those clients cannot "
                          "authenticate."),
                .fix = fix,
                .source = QString(source::setOutlookAnywhere),
            });
        }
    }

protected:
    virtual const Setting<AuthMethod> &clientMethod(const OutlookAnywhereSettings &oa) const = 0;
    // The plan key, e.g. "outlookAnywhere.externalClientAuthenticationMethod".
    virtual QLatin1String clientMethodField() const = 0;
    // The Exchange property (and cmdlet parameter) name, e.g. "ExternalClientAuthenticationMethod".
    virtual QLatin1String propertyName() const = 0;
    virtual AuthMethod fallbackMethod(const CheckContext &context) const = 0;
    virtual QString message(const Server &cas, AuthMethod method, AuthMethodSet iis) const = 0;
};

class ExternalClientMethodNotInIisRule final : public NewClientMethodNotInIisRuleBase
{
public:
    QString id() const override { return u"PA-002"_s; }

protected:
    const Setting<AuthMethod> &clientMethod(const OutlookAnywhereSettings &oa) const override
    {
        return oa.externalClientAuthenticationMethod;
    }
    QLatin1String clientMethodField() const override { return oafield::externalClientAuthenticationMethod; }
    QLatin1String propertyName() const override { return "ExternalClientAuthenticationMethod"_L1; }
    AuthMethod fallbackMethod(const CheckContext &context) const override
    {
        return proposedExternalClientMethod(context);
    }
    QString message(const Server &cas, AuthMethod method, AuthMethodSet iis) const override
    {
        return tr("%1 (%2) tells external Outlook clients to authenticate with %3, but its IIS methods (%4) do not "
                  "include it.")
            .arg(cas.name, versionName(cas), authMethodDisplayName(method), iisDisplay(iis));
    }
};

class InternalClientMethodNotInIisRule final : public NewClientMethodNotInIisRuleBase
{
public:
    QString id() const override { return u"PA-003"_s; }

protected:
    const Setting<AuthMethod> &clientMethod(const OutlookAnywhereSettings &oa) const override
    {
        return oa.internalClientAuthenticationMethod;
    }
    QLatin1String clientMethodField() const override { return oafield::internalClientAuthenticationMethod; }
    QLatin1String propertyName() const override { return "InternalClientAuthenticationMethod"_L1; }
    // Microsoft's internal value (F71); NTLM is the internal default (F21, F68).
    AuthMethod fallbackMethod(const CheckContext & /*context*/) const override { return AuthMethod::Ntlm; }
    QString message(const Server &cas, AuthMethod method, AuthMethodSet iis) const override
    {
        return tr("%1 (%2) tells internal Outlook clients to authenticate with %3, but its IIS methods (%4) do not "
                  "include it.")
            .arg(cas.name, versionName(cas), authMethodDisplayName(method), iisDisplay(iis));
    }
};

// PA-004: external users get the method of the CAS that builds their Autodiscover
// answer, so users of legacy and new mailboxes arrive at the same namespace with
// different methods; any pre-authentication in front must handle both (F43, F72).
class LegacyAndNewExternalMethodDifferRule final : public Rule
{
public:
    QString id() const override { return u"PA-004"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        if (context.newCas().isEmpty())
            return;
        const LegacyClientMethods legacy = legacyClientMethods(context);
        if (!legacy.anyInPlay)
            return;
        const QStringList fields{QString(oafield::externalClientAuthenticationMethod)};
        QStringList announcerNames; // nameList of each legacy.known entry, built once
        for (const auto &entry : legacy.known)
            announcerNames.append(nameList(entry.second));
        for (const Server &server : context.topology.servers) {
            if (legacy.unknown.contains(&server)) {
                out.append(legacyMethodUnknown(id(), server, QString(source::outlookAnywhere2013)));
                continue;
            }
            if (!isNewCas(server))
                continue;
            const Setting<AuthMethod> &external = server.outlookAnywhere.externalClientAuthenticationMethod;
            if (external.isUnknown()) {
                out.append(
                    cannotEvaluate(id(), serverSubject(server), fields,
                                   tr("the ExternalClientAuthenticationMethod of %1 is not recorded").arg(server.name),
                                   QString(source::outlookAnywhere2013)));
                continue;
            }
            for (qsizetype k = 0; k < legacy.known.size(); ++k) {
                const AuthMethod method = legacy.known[k].first;
                if (method == external.value())
                    continue;
                out.append(Finding{
                    .ruleId = id(),
                    .severity = Severity::Warning,
                    .subject = serverSubject(server),
                    .fields = fields,
                    .message = tr("%1 (%2) tells external Outlook clients to use %3, while external users of legacy "
                                  "mailboxes are told to use %5 by %4.")
                                   .arg(server.name, versionName(server), authMethodDisplayName(external.value()),
                                        announcerNames[k], authMethodDisplayName(method)),
                    .why = tr("External users get the method of the server that answers Autodiscover for their "
                              "mailbox, so users of legacy and new mailboxes reach the same namespace with different "
                              "methods; a reverse proxy that pre-authenticates must handle both, or align one side."),
                    .fix = setOutlookAnywhereCommand(
                        server, {PsArgument::token("ExternalClientAuthenticationMethod"_L1, authMethodToken(method))}),
                    .source = QString(source::outlookAnywhere2013),
                });
            }
        }
    }
};

// PA-005: Microsoft supports Negotiate for Outlook Anywhere only when every server runs
// 2013 or later (F47; the tip on "Exchange 2013 Client Access server configuration", S11,
// the page cited: the Kerberos blog post S32 carries only the way out), unless the Kerberos coexistence procedure
// (Outlook updates, CU7+ public folder setup, a separate alternate service account) is complete (F65, C8: tier-2 KRB
// rules track that procedure).
class NegotiateBesideLegacyRule final : public Rule
{
public:
    QString id() const override { return u"PA-005"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        if (!context.hasLegacy())
            return;
        const QString legacyExample = context.legacyServers().first()->name;
        const AuthMethod proposedExternal = proposedExternalClientMethod(context);
        for (const Server *cas : context.newCas()) {
            const Setting<AuthMethod> &external = cas->outlookAnywhere.externalClientAuthenticationMethod;
            const Setting<AuthMethod> &internal = cas->outlookAnywhere.internalClientAuthenticationMethod;
            const bool externalNegotiate = external.isKnown() && external.value() == AuthMethod::Negotiate;
            const bool internalNegotiate = internal.isKnown() && internal.value() == AuthMethod::Negotiate;
            if (!externalNegotiate && !internalNegotiate) {
                QStringList unknown;
                if (external.isUnknown())
                    unknown.append(QString(oafield::externalClientAuthenticationMethod));
                if (internal.isUnknown())
                    unknown.append(QString(oafield::internalClientAuthenticationMethod));
                if (!unknown.isEmpty()) {
                    out.append(
                        cannotEvaluate(id(), serverSubject(*cas), unknown,
                                       tr("the client authentication methods of %1 are not recorded").arg(cas->name),
                                       QString(source::casConfiguration2013)));
                }
                continue;
            }
            QStringList fields;
            QList<PsArgument> parameters;
            if (externalNegotiate) {
                fields.append(QString(oafield::externalClientAuthenticationMethod));
                parameters << PsArgument::token("ExternalClientAuthenticationMethod"_L1,
                                                authMethodToken(proposedExternal));
            }
            if (internalNegotiate) {
                fields.append(QString(oafield::internalClientAuthenticationMethod));
                parameters << PsArgument::token("InternalClientAuthenticationMethod"_L1,
                                                authMethodToken(AuthMethod::Ntlm));
            }
            const QString endpoints = externalNegotiate && internalNegotiate
                ? tr("internal and external")
                : (externalNegotiate ? tr("external") : tr("internal"));
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Warning,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = tr("%1 (%2) offers Negotiate (Kerberos) to its %3 Outlook clients while legacy Exchange "
                              "servers such as %4 remain.")
                               .arg(cas->name, versionName(*cas), endpoints, legacyExample),
                .why = tr("Microsoft's Exchange 2013 Client Access configuration page says Negotiate for Outlook "
                          "Anywhere should only be used when all servers run Exchange 2013; the Exchange Team's later "
                          "Kerberos coexistence procedure (updated Outlook builds, public folders set up the CU7+ "
                          "way, a separate alternate service account) is the way out. Until then users opening "
                          "legacy mailboxes or public folders are prompted for passwords."),
                .fix = setOutlookAnywhereCommand(*cas, parameters),
                .source = QString(source::casConfiguration2013),
            });
        }
    }
};
} // namespace

std::unique_ptr<Rule> makeLegacyClientMethodNotAcceptedRule()
{
    return std::make_unique<LegacyClientMethodNotAcceptedRule>();
}
std::unique_ptr<Rule> makeExternalClientMethodNotInIisRule()
{
    return std::make_unique<ExternalClientMethodNotInIisRule>();
}
std::unique_ptr<Rule> makeInternalClientMethodNotInIisRule()
{
    return std::make_unique<InternalClientMethodNotInIisRule>();
}
std::unique_ptr<Rule> makeLegacyAndNewExternalMethodDifferRule()
{
    return std::make_unique<LegacyAndNewExternalMethodDifferRule>();
}
std::unique_ptr<Rule> makeNegotiateBesideLegacyRule()
{
    return std::make_unique<NegotiateBesideLegacyRule>();
}

} // namespace wizard
