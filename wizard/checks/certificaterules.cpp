// Certificates (RULEBOOK §3 "Namespaces, DNS, certificates": CERT-001..CERT-003).
#include "findingbuilder.h"
#include "powershell/pscommand.h"
#include "rule.h"
#include "sources.h"
#include "translationmemo.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return checkText(text);
}

SubjectRef certificateSubject(const Certificate &c)
{
    return {SubjectKind::Certificate, c.name};
}

bool isUsedBy(const CheckContext &context, const Certificate &c, bool (*matches)(const Server &))
{
    return std::any_of(c.servers.cbegin(), c.servers.cend(), [&](const QString &name) {
        const Server *s = context.server(name);
        return s && matches(*s);
    });
}

bool isExchange2007Cas(const Server &s)
{
    return s.version == ExchangeVersion::Ex2007 && s.roles.clientAccess;
}

// The CN of a subject such as "CN=mail.contoso.com, O=Contoso"; a subject typed
// without attributes is taken as the name itself. Empty when there is none.
QString subjectCommonName(const QString &subject)
{
    if (!subject.contains(u'='))
        return subject.trimmed();
    for (const QString &part : subject.split(u',')) {
        const QString p = part.trimmed();
        if (p.startsWith(u"CN="_s, Qt::CaseInsensitive))
            return p.mid(3).trimmed();
    }
    return {};
}

// The names Outlook reaches the new CAS by (F50, F60): the Outlook Anywhere namespaces
// and the Autodiscover name, each once.
QStringList requiredNames(const Namespaces &ns)
{
    QStringList names;
    for (const QString &n : {ns.outlookAnywhereExternal, ns.outlookAnywhereInternal, ns.autodiscover}) {
        const QString host = n.trimmed();
        if (!host.isEmpty() && !names.contains(host, Qt::CaseInsensitive))
            names.append(host);
    }
    return names;
}

QString namesToCover(const QStringList &required)
{
    return required.isEmpty() ? tr("the Outlook Anywhere and Autodiscover names") : required.join(u", "_s);
}

// CERT-001: Outlook Anywhere needs a CA-issued certificate on the new CAS that names
// every host clients use; it does not work with the self-signed one (F2, F50, F60).
// Order: the organization-level info, then certificates, then new CAS without one.
class NewCasCertificateRule final : public Rule
{
public:
    QString id() const override { return u"CERT-001"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        if (context.newCas().isEmpty())
            return;
        const QStringList required = requiredNames(context.topology.organization.namespaces);
        if (required.isEmpty()) {
            out.append(cannotEvaluate(
                id(), organizationSubject(), {u"namespaces.outlookAnywhereExternal"_s, u"namespaces.autodiscover"_s},
                tr("no Outlook Anywhere or Autodiscover namespace is planned"), QString(source::certificates2013)));
        }
        for (const Certificate &c : context.topology.certificates) {
            if (!isUsedBy(context, c, isNewCas))
                continue;
            if (!required.isEmpty())
                checkNames(c, required, out);
            if (c.selfSigned.isUnknown()) {
                out.append(cannotEvaluate(id(), certificateSubject(c), {u"selfSigned"_s},
                                          tr("whether certificate \"%1\" is self-signed is not recorded").arg(c.name),
                                          QString(source::certificates2013)));
            } else if (c.selfSigned.value()) {
                Finding f = finding(c, {u"selfSigned"_s});
                f.message = tr("Certificate \"%1\" on the new Client Access servers (%2) is self-signed.")
                                .arg(c.name, c.servers.join(u", "_s));
                f.why = tr("Outlook Anywhere does not work with a self-signed certificate: Outlook does not trust it. "
                           "The new Client Access servers need a certificate from a certification authority the "
                           "clients trust.");
                f.fix = tr("Obtain a certificate from a trusted certification authority for %1 and enable it for "
                           "IIS on %2 in place of \"%3\".")
                            .arg(namesToCover(required), c.servers.join(u", "_s), c.name);
                out.append(f);
            }
        }
        for (const Server *cas : context.newCas()) {
            if (context.certificatesOf(*cas).isEmpty())
                out.append(cannotEvaluate(id(), serverSubject(*cas), {},
                                          tr("no certificate is recorded for %1").arg(cas->name),
                                          QString(source::certificates2013)));
        }
    }

private:
    Finding finding(const Certificate &c, const QStringList &fields) const
    {
        Finding f;
        f.ruleId = id();
        f.severity = Severity::Error;
        f.subject = certificateSubject(c);
        f.fields = fields;
        f.source = QString(source::certificates2013);
        return f;
    }

    void checkNames(const Certificate &c, const QStringList &required, QList<Finding> &out) const
    {
        if (c.names.isEmpty()) {
            out.append(cannotEvaluate(id(), certificateSubject(c), {u"names"_s},
                                      tr("the names on certificate \"%1\" are not recorded").arg(c.name),
                                      QString(source::certificates2013)));
            return;
        }
        QStringList missing;
        for (const QString &host : required) {
            if (!c.covers(host))
                missing.append(host);
        }
        if (missing.isEmpty())
            return;
        Finding f = finding(c, {u"names"_s});
        f.message = tr("Certificate \"%1\" on the new Client Access servers does not cover %2 (its names: %3).")
                        .arg(c.name, missing.join(u", "_s), c.names.join(u", "_s));
        f.why = tr("Outlook checks that the certificate names the host it connects to. Every Outlook Anywhere and "
                   "Autodiscover name must be on the certificate of the new Client Access servers, or clients get "
                   "certificate warnings and cannot connect.");
        f.fix = tr("Obtain a certificate from a trusted certification authority that includes %1 and enable it for "
                   "IIS on %2.")
                    .arg(required.join(u", "_s), c.servers.join(u", "_s));
        out.append(f);
    }
};

// CERT-002: Outlook accepts the Outlook Anywhere certificate only if its principal
// name matches msstd:<host> by default; with a wildcard certificate or a subject that
// differs from the host, EXPR's CertPrincipalName must name the subject (F32, F60, F79).
// A CertPrincipalName that is set applies to every new CAS certificate, so it is also
// reported when it does not match a certificate whose subject is the host name.
class CertPrincipalNameRule final : public Rule
{
public:
    QString id() const override { return u"CERT-002"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const Organization &org = context.topology.organization;
        const QString oaHost = org.namespaces.outlookAnywhereExternal.trimmed();
        QStringList reported; // one finding per principal name
        for (const Certificate &c : context.topology.certificates) {
            if (!isUsedBy(context, c, isNewCas))
                continue;
            const QString cn = subjectCommonName(c.subject);
            if (cn.isEmpty()) {
                out.append(cannotEvaluate(id(), certificateSubject(c), {u"subject"_s},
                                          tr("the subject of certificate \"%1\" is not recorded").arg(c.name),
                                          QString(source::setOutlookProvider)));
                continue;
            }
            const bool differs = !oaHost.isEmpty() && cn.compare(oaHost, Qt::CaseInsensitive) != 0;
            // Outlook's default principal is msstd:<host>, so only a wildcard or a differing
            // subject needs an explicit value; a value that is set must match every subject.
            const bool needsExplicit = c.isWildcard() || differs;
            const bool hostUnknown = !c.isWildcard() && oaHost.isEmpty();
            const QString principal = u"msstd:"_s + cn;
            const QString current = org.expressCertPrincipalName.valueOr(QString()).trimmed();
            if (org.expressCertPrincipalName.isUnknown() || current.isEmpty()) {
                if (hostUnknown) {
                    addOnce(reported, u"?"_s,
                            cannotEvaluate(id(), organizationSubject(), {u"namespaces.outlookAnywhereExternal"_s},
                                           tr("the Outlook Anywhere host name is not planned"),
                                           QString(source::setOutlookProvider)),
                            out);
                    continue;
                }
                if (!needsExplicit)
                    continue;
            }
            if (org.expressCertPrincipalName.isUnknown()) {
                addOnce(reported, lowerCase(principal),
                        cannotEvaluate(id(), organizationSubject(), {u"expressCertPrincipalName"_s},
                                       tr("the CertPrincipalName of the EXPR Outlook provider is not recorded "
                                          "(certificate \"%1\" needs %2)")
                                           .arg(c.name, principal),
                                       QString(source::setOutlookProvider)),
                        out);
                continue;
            }
            if (current.compare(principal, Qt::CaseInsensitive) == 0)
                continue;
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Warning;
            f.subject = organizationSubject();
            f.fields = {u"expressCertPrincipalName"_s};
            const QString reason = c.isWildcard()
                ? tr("certificate \"%1\" is a wildcard certificate (subject %2)").arg(c.name, cn)
                : differs ? tr("the subject of certificate \"%1\" (%2) differs from the Outlook Anywhere host name %3")
                                .arg(c.name, cn, oaHost)
                          : tr("certificate \"%1\" has the subject %2").arg(c.name, cn);
            f.message = current.isEmpty()
                ? tr("The EXPR Outlook provider has no CertPrincipalName, but %1; Outlook needs %2.")
                      .arg(reason, principal)
                : tr("The EXPR Outlook provider's CertPrincipalName is %1, but %2; Outlook needs %3.")
                      .arg(current, reason, principal);
            f.why = tr("Outlook Anywhere clients accept the server certificate only if it matches the principal name "
                       "Autodiscover gives them; with a wildcard certificate or a different subject they prompt or "
                       "report a problem with the proxy server's certificate. Some Exchange 2013 deployments need the "
                       "same value on the EXCH provider.");
            PsCommand set("Set-OutlookProvider"_L1, std::nullopt); // organization-wide: any shell (table)
            set.positionalToken("EXPR"_L1).text("CertPrincipalName"_L1, principal);
            f.fix = set.toString();
            f.source = QString(source::setOutlookProvider);
            addOnce(reported, lowerCase(principal), f, out);
        }
    }

private:
    static void addOnce(QStringList &reported, const QString &key, const Finding &f, QList<Finding> &out)
    {
        if (reported.contains(key))
            return;
        reported.append(key);
        out.append(f);
    }
};

// CERT-003: Exchange 2007 users are redirected to the legacy name, which lands on the
// 2007 CAS, so its certificate must carry that name (F50, F60). A 2007 CAS is fine when
// any of its certificates covers it; the others are reported.
class LegacyNameOn2007CertificateRule final : public Rule
{
public:
    QString id() const override { return u"CERT-003"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const QString legacy = context.topology.organization.namespaces.legacy.trimmed();
        if (!context.hasVersion(ExchangeVersion::Ex2007) || legacy.isEmpty())
            return; // NS-003 reports a missing legacy namespace
        QSet<QString> uncovered; // 2007 CAS (lower-case name) with no certificate covering the legacy name
        for (const Server &s : context.topology.servers) {
            if (!isExchange2007Cas(s))
                continue;
            const QList<const Certificate *> certs = context.certificatesOf(s);
            if (std::none_of(certs.cbegin(), certs.cend(),
                             [&legacy](const Certificate *c) { return c->covers(legacy); }))
                uncovered.insert(lowerCase(s.name));
        }
        for (const Certificate &c : context.topology.certificates) {
            const QStringList servers = serversNeedingLegacyName(c, uncovered);
            if (servers.isEmpty())
                continue;
            if (c.names.isEmpty()) {
                out.append(cannotEvaluate(id(), certificateSubject(c), {u"names"_s},
                                          tr("the names on certificate \"%1\" are not recorded").arg(c.name),
                                          QString(source::certificates2013)));
                continue;
            }
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Warning;
            f.subject = certificateSubject(c);
            f.fields = {u"names"_s};
            f.message = tr("Certificate \"%1\" on the Exchange 2007 Client Access %2 %3 does not include the "
                           "legacy namespace %4 (its names: %5).")
                            .arg(c.name, servers.size() == 1 ? tr("server") : tr("servers"), servers.join(u", "_s),
                                 legacy, c.names.join(u", "_s));
            f.why
                = tr("Exchange 2013 redirects Exchange 2007 users to the legacy host name, which reaches the Exchange "
                     "2007 Client Access servers directly; their certificate must name it or the browser and "
                     "Outlook show certificate errors.");
            QStringList names = c.names;
            names.append(legacy);
            f.fix = tr("Re-issue certificate \"%1\" with the names %2 and enable it for IIS on %3.")
                        .arg(c.name, names.join(u", "_s), servers.join(u", "_s));
            f.source = QString(source::certificates2013);
            out.append(f);
        }
        for (const Server &s : context.topology.servers) {
            if (isExchange2007Cas(s) && context.certificatesOf(s).isEmpty())
                out.append(cannotEvaluate(id(), serverSubject(s), {},
                                          tr("no certificate is recorded for %1").arg(s.name),
                                          QString(source::certificates2013)));
        }
    }

private:
    static QStringList serversNeedingLegacyName(const Certificate &c, const QSet<QString> &uncovered)
    {
        QStringList servers;
        for (const QString &name : c.servers) {
            if (uncovered.contains(lowerCase(name)))
                servers.append(name);
        }
        return servers;
    }
};
} // namespace

void addCertificateRules(RuleList &rules)
{
    rules.push_back(std::make_unique<NewCasCertificateRule>());
    rules.push_back(std::make_unique<CertPrincipalNameRule>());
    rules.push_back(std::make_unique<LegacyNameOn2007CertificateRule>());
}

} // namespace wizard
