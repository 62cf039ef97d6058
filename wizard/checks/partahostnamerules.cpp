// Part A, host names (PA-006, PA-010): the names a new CAS hands to Outlook, and
// whether its certificate carries them.
#include "findingbuilder.h"
#include "outlookanywherecommands.h"
#include "partarules.h"
#include "powershell/psquote.h"
#include "sources.h"
#include "translationmemo.h"

#include <QSet>

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

// F44: clients of a non-internet-facing site enter through the internet-facing
// namespace, so a new CAS there needs no ExternalHostname. The flag is trusted only when
// the plan marks at least one site internet-facing (otherwise it was not captured).
QSet<QString> nonInternetFacingSites(const CheckContext &context)
{
    const QList<Site> &sites = context.topology.sites;
    QSet<QString> names;
    if (std::none_of(sites.cbegin(), sites.cend(), [](const Site &s) { return s.internetFacing; }))
        return names;
    for (const Site &s : sites) {
        if (!s.internetFacing)
            names.insert(lowerCase(s.name));
    }
    return names;
}

QString firstExternalClientGroup(const CheckContext &context)
{
    for (const ClientGroup &g : context.topology.clientGroups) {
        if (g.location != ClientLocation::Internal)
            return g.name;
    }
    return {};
}

// PA-006: with no ExternalHostname, Exchange 2013+ offers no external Outlook Anywhere
// settings (F19), so external clients cannot connect through that server. Source:
// "Exchange 2013 Client Access server configuration" (S11), the page that describes the
// two endpoints, internal and external, and sets the external one with -ExternalHostname
// (F71, the fix); the why says no more than that page carries. "External clients exist" = a client group
// located external or both (CheckContext::hasExternalClients).
class NewCasWithoutExternalHostnameRule final : public Rule
{
public:
    QString id() const override { return u"PA-006"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        if (!context.hasExternalClients())
            return;
        const QString group = firstExternalClientGroup(context);
        const QString ns = context.topology.organization.namespaces.outlookAnywhereExternal;
        const AuthMethod proposedExternal = proposedExternalClientMethod(context);
        const QSet<QString> innerSites = nonInternetFacingSites(context);
        for (const Server *cas : context.newCas()) {
            if (!cas->site.isEmpty() && innerSites.contains(lowerCase(cas->site)))
                continue;
            const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
            const QStringList fields{QString(oafield::externalHostname)};
            if (oa.externalHostname.isUnknown()) {
                out.append(cannotEvaluate(id(), serverSubject(*cas), fields,
                                          tr("the ExternalHostname of %1 is not recorded").arg(cas->name),
                                          QString(source::casConfiguration2013)));
                continue;
            }
            if (!oa.externalHostname.value().trimmed().isEmpty())
                continue;
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Error,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = tr("%1 (%2) has no Outlook Anywhere ExternalHostname, but the plan has Outlook clients "
                              "outside the network (%3).")
                               .arg(cas->name, versionName(*cas), group),
                .why = tr("Exchange 2013 and later have two sets of Outlook Anywhere settings, internal and external; "
                          "the external endpoint is the ExternalHostname with its client method and TLS setting, so "
                          "with none set this server gives clients outside the network no endpoint to connect to."),
                .fix = setOutlookAnywhereCommand(
                    *cas, {hostNameArgument("ExternalHostname"_L1, ns),
                           PsArgument::token("ExternalClientAuthenticationMethod"_L1,
                                             authMethodToken(externalMethod(context, oa, proposedExternal))),
                           PsArgument::boolean("ExternalClientsRequireSsl"_L1, true)}),
                .source = QString(source::casConfiguration2013),
            });
        }
    }

private:
    // Keep the server's own external method when it is a sound one; Negotiate beside
    // legacy servers is not (PA-005).
    static AuthMethod externalMethod(const CheckContext &context, const OutlookAnywhereSettings &oa,
                                     AuthMethod proposedExternal)
    {
        if (oa.externalClientAuthenticationMethod.isKnown()) {
            const AuthMethod m = oa.externalClientAuthenticationMethod.value();
            if (m == AuthMethod::Basic || m == AuthMethod::Ntlm || (m == AuthMethod::Negotiate && !context.hasLegacy()))
                return m;
        }
        return proposedExternal;
    }
};

// PA-010: Exchange 2013 sets InternalHostname to the server's own FQDN at setup (F18);
// server names are normally not (and should not be) on the certificate (F50), and every
// Outlook Anywhere host name must be on the certificate the server uses (F60, F83).
// Two checks per new CAS: InternalHostname = own FQDN; each host name (internal,
// external) covered by a certificate listed for the server. A host name left empty is
// not checked (empty ExternalHostname is PA-006's; empty InternalHostname means Outlook
// Anywhere is not offered internally, F18). Certain problems are warnings; the parts
// that cannot be checked are named in one info.
class HostnameNotOnCertificateRule final : public Rule
{
public:
    QString id() const override { return u"PA-010"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const QString internalNs = internalNamespace(context);
        const QString externalNs = context.topology.organization.namespaces.outlookAnywhereExternal;
        for (const Server *cas : context.newCas()) {
            const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
            QStringList missing;
            QStringList missingFields;
            const QString internalHost
                = oa.internalHostname.isKnown() ? oa.internalHostname.value().trimmed() : QString();
            const QString externalHost
                = oa.externalHostname.isKnown() ? oa.externalHostname.value().trimmed() : QString();
            if (oa.internalHostname.isUnknown()) {
                missing.append(u"InternalHostname"_s);
                missingFields.append(QString(oafield::internalHostname));
            }
            if (oa.externalHostname.isUnknown()) {
                missing.append(u"ExternalHostname"_s);
                missingFields.append(QString(oafield::externalHostname));
            }

            bool internalIsFqdn = false;
            if (!internalHost.isEmpty()) {
                if (cas->fqdn.trimmed().isEmpty()) {
                    missing.append(tr("the server FQDN"));
                    missingFields.append(u"fqdn"_s);
                } else
                    internalIsFqdn = sameHostName(internalHost, cas->fqdn);
            }
            if (internalIsFqdn) {
                out.append(Finding{
                    .ruleId = id(),
                    .severity = Severity::Warning,
                    .subject = serverSubject(*cas),
                    .fields = {QString(oafield::internalHostname)},
                    .message = tr("%1 (%2) gives internal Outlook clients its own server name %3 as Outlook Anywhere "
                                  "host name.")
                                   .arg(cas->name, versionName(*cas), internalHost),
                    .why = tr("Exchange 2013 sets the internal host name to the server's FQDN at setup; server names "
                              "are normally not on the certificate, so internal clients get certificate warnings or "
                              "password prompts."),
                    .fix = setOutlookAnywhereCommand(*cas, {hostNameArgument("InternalHostname"_L1, internalNs),
                                                            PsArgument::boolean("InternalClientsRequireSsl"_L1, true)}),
                    .source = QString(source::sslOffloading2013),
                });
            }

            // Host names to find on the certificate; one entry when both names are the same.
            QList<std::pair<QString, QStringList>> hosts;
            if (!internalHost.isEmpty() && !internalIsFqdn)
                hosts.append({internalHost, {QString(oafield::internalHostname)}});
            if (!externalHost.isEmpty()) {
                if (!hosts.isEmpty() && sameHostName(hosts.first().first, externalHost))
                    hosts.first().second.append(QString(oafield::externalHostname));
                else
                    hosts.append({externalHost, {QString(oafield::externalHostname)}});
            }
            const QList<const Certificate *> certificates = context.certificatesOf(*cas);
            if (certificates.isEmpty() && !hosts.isEmpty()) {
                missing.append(tr("a certificate it uses for IIS"));
                for (const auto &[host, fields] : hosts)
                    missingFields += fields;
            }
            if (!certificates.isEmpty()) {
                for (const auto &[host, fields] : hosts) {
                    if (!coveredBy(certificates, host))
                        out.append(uncovered(*cas, host, fields, certificates, internalNs, externalNs));
                }
            }
            if (!missing.isEmpty()) {
                missingFields.removeDuplicates();
                out.append(cannotEvaluate(id(), serverSubject(*cas), missingFields,
                                          tr("not in the plan for %1: %2").arg(cas->name, missing.join(u", "_s)),
                                          QString(source::certificates2013)));
            }
        }
    }

private:
    static bool coveredBy(const QList<const Certificate *> &certificates, const QString &host)
    {
        return std::any_of(certificates.cbegin(), certificates.cend(),
                           [&host](const Certificate *c) { return c->covers(host); });
    }

    Finding uncovered(const Server &cas, const QString &host, const QStringList &fields,
                      const QList<const Certificate *> &certificates, const QString &internalNs,
                      const QString &externalNs) const
    {
        QStringList certificateNames;
        for (const Certificate *c : certificates)
            certificateNames.append(c->name);
        // When the planned namespace is on the certificate, pointing the host name at it
        // is the fix; otherwise the certificate must change (a manual step).
        QList<PsArgument> parameters;
        bool namespaceFixes = true;
        for (const QString &field : fields) {
            const bool internalField = field == QString(oafield::internalHostname);
            const QString ns = (internalField ? internalNs : externalNs).trimmed();
            if (ns.isEmpty() || sameHostName(ns, host) || !coveredBy(certificates, ns)) {
                namespaceFixes = false;
                break;
            }
            if (internalField)
                parameters << PsArgument::text("InternalHostname"_L1, ns)
                           << PsArgument::boolean("InternalClientsRequireSsl"_L1, true);
            else
                parameters << PsArgument::text("ExternalHostname"_L1, ns);
        }
        const QString fix = namespaceFixes
            ? setOutlookAnywhereCommand(cas, parameters)
            : tr("Add %1 to the certificate %2 (or use a host name it covers), then enable it for IIS on %3.")
                  .arg(host, certificateNames.join(u", "_s), cas.name);
        return Finding{
            .ruleId = id(),
            .severity = Severity::Warning,
            .subject = serverSubject(cas),
            .fields = fields,
            .message = tr("The Outlook Anywhere host name %1 of %2 (%3) is not on its certificate %4.")
                           .arg(host, cas.name, versionName(cas), certificateNames.join(u", "_s)),
            .why = tr("Outlook trusts an Outlook Anywhere connection only when the host name is on the server's "
                      "certificate; a missing name means certificate warnings, prompts or failed connections."),
            .fix = fix,
            .source = QString(source::certificates2013),
        };
    }
};
} // namespace

std::unique_ptr<Rule> makeNewCasWithoutExternalHostnameRule()
{
    return std::make_unique<NewCasWithoutExternalHostnameRule>();
}
std::unique_ptr<Rule> makeHostnameNotOnCertificateRule()
{
    return std::make_unique<HostnameNotOnCertificateRule>();
}

} // namespace wizard
