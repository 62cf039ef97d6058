// Part A, TLS (PA-007..PA-009): SSLOffloading and the *ClientsRequireSsl settings of the
// new CAS, and the load balancer that may terminate TLS in front of it.
#include "findingbuilder.h"
#include "outlookanywherecommands.h"
#include "partarules.h"
#include "powershell/psquote.h"
#include "sources.h"
#include "translationmemo.h"

#include <utility>

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

bool isKnownFalse(const Setting<bool> &s)
{
    return s.isKnown() && !s.value();
}

// The TLS properties that are not recorded: their plan keys and Exchange names.
QList<std::pair<QString, QString>> unknownTlsSettings(const OutlookAnywhereSettings &oa)
{
    QList<std::pair<QString, QString>> unknown;
    if (oa.sslOffloading.isUnknown())
        unknown.append({QString(oafield::sslOffloading), u"SSLOffloading"_s});
    if (oa.internalClientsRequireSsl.isUnknown())
        unknown.append({QString(oafield::internalClientsRequireSsl), u"InternalClientsRequireSsl"_s});
    if (oa.externalClientsRequireSsl.isUnknown())
        unknown.append({QString(oafield::externalClientsRequireSsl), u"ExternalClientsRequireSsl"_s});
    return unknown;
}

// PA-007: SSLOffloading False makes IIS require TLS on /rpc; when internal or external
// clients are not required to use TLS, SSLOffloading must be True (F28). So False
// together with a *ClientsRequireSsl False is contradictory: set the latter to True.
class SslOffloadingWithoutRequireSslRule final : public Rule
{
public:
    QString id() const override { return u"PA-007"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        for (const Server *cas : context.newCas()) {
            const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
            if (oa.sslOffloading.isKnown() && oa.sslOffloading.value())
                continue;
            const bool internalOff = isKnownFalse(oa.internalClientsRequireSsl);
            const bool externalOff = isKnownFalse(oa.externalClientsRequireSsl);
            const bool bothRequired = oa.internalClientsRequireSsl.isKnown() && oa.internalClientsRequireSsl.value()
                && oa.externalClientsRequireSsl.isKnown() && oa.externalClientsRequireSsl.value();
            // Fires only on a known False pair; otherwise an unknown value may hide one.
            const bool fires = oa.sslOffloading.isKnown() && (internalOff || externalOff);
            if (!fires) {
                if (!bothRequired) {
                    QStringList fields;
                    QStringList names;
                    for (const auto &[field, name] : unknownTlsSettings(oa)) {
                        fields.append(field);
                        names.append(name);
                    }
                    out.append(cannotEvaluate(
                        id(), serverSubject(*cas), fields,
                        tr("these values of %1 are not recorded: %2").arg(cas->name, names.join(u", "_s)),
                        QString(source::sslOffloading2013)));
                }
                continue;
            }
            QStringList fields{QString(oafield::sslOffloading)};
            QList<PsArgument> parameters;
            if (internalOff) {
                fields.append(QString(oafield::internalClientsRequireSsl));
                parameters << PsArgument::boolean("InternalClientsRequireSsl"_L1, true);
            }
            if (externalOff) {
                fields.append(QString(oafield::externalClientsRequireSsl));
                parameters << PsArgument::boolean("ExternalClientsRequireSsl"_L1, true);
            }
            const QString which = internalOff && externalOff
                ? u"InternalClientsRequireSsl, ExternalClientsRequireSsl"_s
                : (internalOff ? u"InternalClientsRequireSsl"_s : u"ExternalClientsRequireSsl"_s);
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Warning,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = tr("%1 (%2) has SSLOffloading False, so IIS requires TLS on /rpc, but tells clients that "
                              "TLS is optional (%3 False).")
                               .arg(cas->name, versionName(*cas), which),
                .why = tr("SSLOffloading False makes the /rpc directory require TLS; Exchange expects SSLOffloading "
                          "True whenever internal or external clients are not required to use TLS, so these values "
                          "contradict each other."),
                .fix = setOutlookAnywhereCommand(*cas, parameters),
                .source = QString(source::sslOffloading2013),
            });
        }
    }
};

// PA-008: ExternalClientsRequireSsl defaults to False (F22); Microsoft's configurations,
// the SSL offloading one included, set it to True (F28): clients still use TLS to a
// load balancer that offloads it.
class ExternalClientsWithoutSslRule final : public Rule
{
public:
    QString id() const override { return u"PA-008"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        for (const Server *cas : context.newCas()) {
            const Setting<bool> &requireSsl = cas->outlookAnywhere.externalClientsRequireSsl;
            const QStringList fields{QString(oafield::externalClientsRequireSsl)};
            if (requireSsl.isUnknown()) {
                out.append(cannotEvaluate(id(), serverSubject(*cas), fields,
                                          tr("the ExternalClientsRequireSsl of %1 is not recorded").arg(cas->name),
                                          QString(source::sslOffloading2013)));
                continue;
            }
            if (!isKnownFalse(requireSsl))
                continue;
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Warning,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = tr("%1 (%2) does not require TLS from external Outlook Anywhere clients "
                              "(ExternalClientsRequireSsl False).")
                               .arg(cas->name, versionName(*cas)),
                .why
                = tr("Exchange 2013 and later do not require TLS from external clients unless told to; Microsoft's "
                     "configurations, the SSL offloading one included, require it, since clients still reach a "
                     "load balancer over HTTPS."),
                .fix = setOutlookAnywhereCommand(*cas, {PsArgument::boolean("ExternalClientsRequireSsl"_L1, true)}),
                .source = QString(source::sslOffloading2013),
            });
        }
    }
};

// PA-009: SSLOffloading True is meant for a load balancer that terminates TLS in front
// of the CAS (F28); its default differs between releases (F17, C1) and Extended
// Protection needs it off (F69), so without an offloading balancer in the plan it
// deserves a deliberate decision. "TLS-terminating" = a balancer listing this server
// with tls "offload"; bridging re-encrypts to Exchange, passthrough never decrypts.
class SslOffloadingWithoutTerminatingBalancerRule final : public Rule
{
public:
    QString id() const override { return u"PA-009"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const LoadBalancersByServer balancersOf = loadBalancersByServer(context.topology);
        for (const Server *cas : context.newCas()) {
            const Setting<bool> &offloading = cas->outlookAnywhere.sslOffloading;
            const QStringList fields{QString(oafield::sslOffloading)};
            if (offloading.isUnknown()) {
                out.append(cannotEvaluate(id(), serverSubject(*cas), fields,
                                          tr("the SSLOffloading of %1 is not recorded").arg(cas->name),
                                          QString(source::sslOffloading2013)));
                continue;
            }
            if (!offloading.value())
                continue;
            QStringList balancers;
            bool terminates = false;
            bool tlsUnknown = false;
            for (const LoadBalancer *lb : balancersOf.value(lowerCase(cas->name))) {
                balancers.append(lb->name);
                if (lb->tls.isUnknown())
                    tlsUnknown = true;
                else if (lb->tls.value() == TlsMode::Offload)
                    terminates = true;
            }
            if (terminates)
                continue;
            if (tlsUnknown) {
                out.append(cannotEvaluate(id(), serverSubject(*cas), fields,
                                          tr("how the load balancer in front of %1 (%2) handles TLS is not recorded")
                                              .arg(cas->name, balancers.join(u", "_s)),
                                          QString(source::sslOffloading2013)));
                continue;
            }
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Info,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = balancers.isEmpty()
                    ? tr("%1 (%2) has SSLOffloading True, but no load balancer in the plan terminates TLS in front of "
                         "it.")
                          .arg(cas->name, versionName(*cas))
                    : tr("%1 (%2) has SSLOffloading True, but %3 in front of it does not offload TLS (it passes it "
                         "through or "
                         "re-encrypts it).")
                          .arg(cas->name, versionName(*cas), balancers.join(u", "_s)),
                .why
                = tr("SSLOffloading True stops IIS from requiring TLS on /rpc, which is meant for a load balancer "
                     "that decrypts traffic; its default differs between releases and Extended Protection needs it "
                     "off, so decide it deliberately."),
                .fix = setOutlookAnywhereCommand(*cas, {PsArgument::boolean("SSLOffloading"_L1, false),
                                                        PsArgument::boolean("InternalClientsRequireSsl"_L1, true),
                                                        PsArgument::boolean("ExternalClientsRequireSsl"_L1, true)}),
                .source = QString(source::sslOffloading2013),
            });
        }
    }
};
} // namespace

std::unique_ptr<Rule> makeSslOffloadingWithoutRequireSslRule()
{
    return std::make_unique<SslOffloadingWithoutRequireSslRule>();
}
std::unique_ptr<Rule> makeExternalClientsWithoutSslRule()
{
    return std::make_unique<ExternalClientsWithoutSslRule>();
}
std::unique_ptr<Rule> makeSslOffloadingWithoutTerminatingBalancerRule()
{
    return std::make_unique<SslOffloadingWithoutTerminatingBalancerRule>();
}

} // namespace wizard
