// The PRB-... rules (docs/probes.md): a probe record compared with the plan.
#include "probefindings.h"

#include "checks/findingbuilder.h"
#include "checks/sources.h"
#include "topology/namekey.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("probes", text);
}

// Microsoft's page on Autodiscover names the SRV record lookup (_autodiscover._tcp).
constexpr QLatin1String
    autodiscoverSource("https://learn.microsoft.com/exchange/architecture/client-access/autodiscover");

const ProbeTarget *findTarget(const QList<ProbeTarget> &targets, const QString &name)
{
    for (const ProbeTarget &t : targets) {
        if (NameKey{t.name} == NameKey{name})
            return &t;
    }
    return nullptr;
}

const NameObservation *findObservation(const ProbeRecord &record, const QString &name)
{
    for (const NameObservation &o : record.names) {
        if (NameKey{o.name} == NameKey{name})
            return &o;
    }
    return nullptr;
}

std::optional<AuthMethod> schemeMethod(const QString &scheme)
{
    if (scheme.compare(u"Basic"_s, Qt::CaseInsensitive) == 0)
        return AuthMethod::Basic;
    if (scheme.compare(u"NTLM"_s, Qt::CaseInsensitive) == 0)
        return AuthMethod::Ntlm;
    if (scheme.compare(u"Negotiate"_s, Qt::CaseInsensitive) == 0)
        return AuthMethod::Negotiate;
    return std::nullopt;
}

bool serverNameMatches(const Server &s, const QString &answeredBy)
{
    if (s.name.compare(answeredBy, Qt::CaseInsensitive) == 0)
        return true;
    return !s.fqdn.isEmpty() && s.fqdn.section(u'.', 0, 0).compare(answeredBy, Qt::CaseInsensitive) == 0;
}

class NameEvaluation
{
public:
    NameEvaluation(const Topology &t, const ProbeRecord &r, const ProbeTarget &target, const NameObservation &o)
        : m_t(t)
        , m_record(r)
        , m_target(target)
        , m_o(o)
    {
        m_subject = probeSubject(t, target, &m_fields);
    }

    NameProbeResult run()
    {
        m_result.name = m_o.name;
        if (m_o.dns.status != ReachStatus::Ok) {
            add(u"PRB-001"_s, Severity::Info, m_subject, m_fields,
                tr("%1 could not be resolved: %2.").arg(m_o.name, statusText(m_o.dns.status, m_o.dns.detail)),
                tr("Nothing can be compared for a name this machine cannot resolve; from another network "
                   "(inside the client's LAN, or outside it) the answer may differ."),
                tr("Probe again from where the clients sit, or create the DNS record the plan expects."),
                source::namespacePlanning);
            m_unreachable = true;
            return finish();
        }
        checkDestination();
        checkTls();
        if (!m_unreachable && m_o.tls.errors.isEmpty())
            checkHttp();
        return finish();
    }

private:
    QString observed() const
    {
        const QString at = m_o.observedAt.isEmpty() ? m_record.observedAt : m_o.observedAt;
        return tr("Observed at %1 from %2.").arg(at, m_record.observedFrom);
    }

    void add(const QString &id, Severity severity, const SubjectRef &subject, const QStringList &fields,
             const QString &message, const QString &why, const QString &fix, const QString &source)
    {
        m_result.findings.append(
            Finding{id, severity, subject, fields, u"%1 %2"_s.arg(message, observed()), why, fix, source});
    }

    // PRB-003: the name's addresses against the addresses of the servers the plan says
    // answer for it (their own FQDNs, probed in the same run).
    void checkDestination()
    {
        if (!m_target.loadBalancer.isEmpty() || !m_target.ownServer.isEmpty() || m_target.servers.isEmpty())
            return;
        QStringList reference;
        for (const QString &name : m_target.servers) {
            const Server *s = m_t.findServer(name);
            const NameObservation *o = s ? findObservation(m_record, s->fqdn) : nullptr;
            if (o && o->dns.status == ReachStatus::Ok)
                reference.append(o->dns.addresses);
        }
        if (reference.isEmpty())
            return;
        const bool hit = std::any_of(m_o.dns.addresses.cbegin(), m_o.dns.addresses.cend(),
                                     [&](const QString &a) { return reference.contains(a); });
        if (hit)
            return;
        add(u"PRB-003"_s, Severity::Warning, m_subject, m_fields,
            tr("%1 resolves to %2, not to the servers the plan says answer for it (%3: %4).")
                .arg(m_o.name, m_o.dns.addresses.join(u", "_s), nameList(m_target.servers), reference.join(u", "_s)),
            tr("Clients use whatever the name resolves to: until DNS points where the plan says, they reach "
               "another server than the one the plan was checked for (RULEBOOK Part A)."),
            tr("Point the DNS record of %1 to the planned servers or their load balancer, or correct the plan.")
                .arg(m_o.name),
            source::namespacePlanning);
    }

    SubjectRef certificateSubject(QStringList *fields) const
    {
        if (m_target.plannedCertificate.isEmpty()) {
            *fields = m_fields;
            return m_subject;
        }
        *fields = {u"names"_s};
        return {SubjectKind::Certificate, m_target.plannedCertificate};
    }

    void checkTls()
    {
        const TlsObservation &tls = m_o.tls;
        if (tls.status != ReachStatus::Ok && tls.errors.isEmpty()) {
            add(u"PRB-002"_s, Severity::Info, m_subject, m_fields,
                tr("%1 did not answer on port 443: %2.").arg(m_o.name, statusText(tls.status, tls.detail)),
                tr("A name that does not answer here may answer from another network; nothing was compared."),
                tr("Probe again from where the clients sit, or check the firewall and the server's IIS binding."),
                source::namespacePlanning);
            m_unreachable = true;
            return;
        }
        QStringList fields;
        const SubjectRef subject = certificateSubject(&fields);
        if (!tls.errors.isEmpty()) {
            QStringList texts;
            for (const QString &e : tls.errors)
                texts.append(tlsErrorText(e));
            if (tls.errors.contains(u"expired"_s) || tls.errors.contains(u"notYetValid"_s))
                fields.append(u"notAfter"_s);
            if (tls.errors.contains(u"selfSigned"_s) && !m_target.plannedCertificate.isEmpty())
                fields.append(u"selfSigned"_s);
            add(u"PRB-004"_s, Severity::Error, subject, fields,
                tr("%1 presents a certificate this machine does not trust: %2 (subject %3, issuer %4, valid until "
                   "%5).")
                    .arg(m_o.name, texts.join(u"; "_s), tls.subject, tls.issuer, tls.notAfter),
                tr("Outlook Anywhere needs a certificate from a CA the clients trust that names the host they "
                   "connect to; Outlook does not connect past a certificate error. No request was sent."),
                tr("Install a certificate from a trusted CA that covers %1 and is valid, and enable it for IIS "
                   "(Enable-ExchangeCertificate -Services IIS).")
                    .arg(m_target.certificateNames.join(u", "_s)),
                source::certificates2013);
        }
        Certificate presented;
        presented.names = tls.names;
        if (presented.names.isEmpty() && tls.subject.startsWith(u"CN="_s, Qt::CaseInsensitive))
            presented.names.append(tls.subject.mid(3).section(u',', 0, 0));
        QStringList missing;
        for (const QString &n : m_target.certificateNames) {
            if (!presented.covers(n) && !(tls.errors.contains(u"nameMismatch"_s) && n == m_target.name))
                missing.append(n);
        }
        if (missing.isEmpty())
            return;
        const QString planned = m_target.plannedCertificate.isEmpty()
            ? tr("The plan names no certificate for these servers.")
            : tr("The plan's certificate \"%1\" is meant to cover them.").arg(m_target.plannedCertificate);
        add(u"PRB-005"_s, Severity::Warning, subject, fields,
            tr("The certificate %1 presents (%2) lacks %3, which the plan expects this endpoint to serve.")
                .arg(m_o.name, tls.names.join(u", "_s), missing.join(u", "_s)),
            tr("Clients sent to those names by DNS or Autodiscover get a name mismatch (RULEBOOK CERT-001). %1")
                .arg(planned),
            tr("Re-issue the certificate with %1 and enable it for IIS on every server behind the name.")
                .arg(missing.join(u", "_s)),
            source::certificates2013);
    }

    const Server *answeringServer(const QString &answeredBy) const
    {
        for (const QString &name : m_target.servers) {
            const Server *s = m_t.findServer(name);
            if (s && !answeredBy.isEmpty() && serverNameMatches(*s, answeredBy))
                return s;
        }
        if (m_target.servers.size() == 1)
            return m_t.findServer(m_target.servers.first());
        return nullptr;
    }

    void checkHttp()
    {
        bool answeredByChecked = false;
        for (const HttpObservation &h : m_o.http) {
            if (h.status != ReachStatus::Ok) {
                add(u"PRB-002"_s, Severity::Info, m_subject, m_fields,
                    tr("GET https://%1%2 got no answer: %3.").arg(m_o.name, h.path, statusText(h.status, h.detail)),
                    tr("Nothing was compared for this path."),
                    tr("Probe again; check the server's IIS and any device in front of it."),
                    source::namespacePlanning);
                continue;
            }
            if (h.httpStatus >= 300 && h.httpStatus < 400) {
                checkRedirect(h);
                continue;
            }
            if (!answeredByChecked && !h.answeredBy.isEmpty()) {
                answeredByChecked = true;
                checkAnsweredBy(h.answeredBy);
            }
            if (h.path == probepath::rpc)
                checkRpc(h);
            else if (h.path == probepath::autodiscover && h.httpStatus == 404)
                unexpectedStatus(h, Severity::Warning, m_subject, m_fields);
        }
    }

    void checkRedirect(const HttpObservation &h)
    {
        const QString host = QUrl(h.location).host();
        if (!host.isEmpty() && NameKey{host} == NameKey{m_o.name})
            return;
        add(u"PRB-008"_s, Severity::Warning, m_subject, m_fields,
            tr("GET https://%1%2 is redirected (HTTP %3) to %4, another host; the probe did not follow it.")
                .arg(m_o.name, h.path)
                .arg(h.httpStatus)
                .arg(h.location.isEmpty() ? tr("an empty location") : h.location),
            tr("Outlook Anywhere and Autodiscover requests are meant to be answered by the Client Access "
               "servers the name points to; a redirect to another host usually means a reverse proxy or a "
               "web site rule in front that the plan does not show."),
            tr("Find the device or IIS redirect that answers for %1 and exempt %2 from it.").arg(m_o.name, h.path),
            source::outlookAnywhere2013);
    }

    // The X-FEServer header names the Client Access server that answered (2013 and later
    // add it; no Microsoft page documents it, docs/probes.md).
    void checkAnsweredBy(const QString &answeredBy)
    {
        if (m_target.servers.isEmpty())
            return;
        for (const QString &name : m_target.servers) {
            const Server *s = m_t.findServer(name);
            if (s && serverNameMatches(*s, answeredBy))
                return;
        }
        add(u"PRB-007"_s, Severity::Warning, m_subject, m_fields,
            tr("%1 was answered by %2 (X-FEServer), not by a server the plan says serves it (%3).")
                .arg(m_o.name, answeredBy, nameList(m_target.servers)),
            tr("The Part A hop the plan shows ends at %1; the clients' requests really end elsewhere, where "
               "other settings apply.")
                .arg(nameList(m_target.servers)),
            tr("Point %1 (DNS or the load balancer pool) to the planned servers, or add %2 to the plan.")
                .arg(m_o.name, answeredBy),
            source::coexistenceConnectivity2013);
    }

    void unexpectedStatus(const HttpObservation &h, Severity severity, const SubjectRef &subject,
                          const QStringList &fields)
    {
        add(u"PRB-009"_s, severity, subject, fields,
            tr("GET https://%1%2 answered HTTP %3 instead of asking for authentication (401).")
                .arg(m_o.name, h.path)
                .arg(h.httpStatus),
            h.httpStatus == 404 ? tr("There is no such virtual directory behind this name: Outlook Anywhere (or "
                                     "Autodiscover) is not enabled where the name ends.")
                                : tr("An Exchange virtual directory asks an unauthenticated request to "
                                     "authenticate; another answer means something else serves the path."),
            tr("Check which server answers %1 and its virtual directories (Get-OutlookAnywhere, "
               "Get-AutodiscoverVirtualDirectory).")
                .arg(m_o.name),
            source::outlookAnywhere2013);
    }

    void checkRpc(const HttpObservation &h)
    {
        const Server *server = answeringServer(h.answeredBy);
        QStringList fields{QString(oafield::iisAuthenticationMethods)};
        const SubjectRef subject = server ? serverSubject(*server) : m_subject;
        if (h.httpStatus != 401) {
            if (server && h.httpStatus == 404)
                fields = {QString(oafield::enabled)};
            unexpectedStatus(h, h.httpStatus == 404 || h.httpStatus == 200 ? Severity::Warning : Severity::Info,
                             subject, server ? fields : m_fields);
            return;
        }
        AuthMethodSet offered;
        for (const QString &scheme : h.schemes) {
            if (const std::optional<AuthMethod> m = schemeMethod(scheme))
                offered.insert(*m);
        }
        const QString offeredText = offered.isEmpty() ? tr("no Outlook Anywhere method") : offered.toDisplayString();
        if (!server)
            return;
        const Setting<AuthMethodSet> &planned = server->outlookAnywhere.iisAuthenticationMethods;
        if (isLegacyCas(*server) && !offered.contains(AuthMethod::Ntlm)) {
            add(u"PRB-006"_s, Severity::Error, subject, fields,
                tr("%1 (legacy CAS %2) offers %3 on /rpc: no NTLM.").arg(m_o.name, server->name, offeredText),
                tr("The new CAS proxies Outlook Anywhere to a legacy CAS with NTLM (RULEBOOK PB-002); without "
                   "NTLM in its IIS methods the proxied connections of legacy mailboxes fail."),
                tr("Set-OutlookAnywhere -Identity '%1\\Rpc (Default Web Site)' -IISAuthenticationMethods "
                   "Basic,NTLM")
                    .arg(server->name),
                source::setOutlookAnywhere);
            return;
        }
        if (!planned.isKnown() || planned.value() == offered)
            return;
        add(u"PRB-006"_s, Severity::Warning, subject, fields,
            tr("%1 offers %2 on /rpc; the plan has %3 for %4.")
                .arg(m_o.name, offeredText, planned.value().toDisplayString(), server->name),
            tr("The IIS methods decide which client methods can work (RULEBOOK PA-001 to PA-003); the plan was "
               "checked against methods the server does not offer."),
            tr("Align the server (Set-OutlookAnywhere -IISAuthenticationMethods) or the plan with what it "
               "offers."),
            source::setOutlookAnywhere);
    }

    NameProbeResult finish()
    {
        NameProbeResult r = std::move(m_result);
        const FindingCounts counts = countFindings(r.findings);
        r.verdict = counts.errors > 0 ? ProbeVerdict::Error
            : counts.warnings > 0     ? ProbeVerdict::Warning
            : m_unreachable           ? ProbeVerdict::Unreachable
                                      : ProbeVerdict::Ok;
        return r;
    }

    const Topology &m_t;
    const ProbeRecord &m_record;
    const ProbeTarget &m_target;
    const NameObservation &m_o;
    SubjectRef m_subject;
    QStringList m_fields;
    NameProbeResult m_result;
    bool m_unreachable = false;
};

void evaluateSrv(const Topology &t, const ProbeRecord &record, const SrvObservation &srv, QList<Finding> &out)
{
    if (srv.status != ReachStatus::Ok || srv.targets.isEmpty())
        return;
    const QString &autodiscover = t.organization.namespaces.autodiscover;
    const bool planned = std::any_of(srv.targets.cbegin(), srv.targets.cend(), [&](const QString &target) {
        return target.section(u':', 0, 0).compare(autodiscover, Qt::CaseInsensitive) == 0;
    });
    const QString observed = tr("Observed at %1 from %2.").arg(record.observedAt, record.observedFrom);
    out.append(Finding{
        u"PRB-010"_s,
        planned ? Severity::Info : Severity::Warning,
        organizationSubject(),
        {u"namespaces.autodiscover"_s},
        u"%1 %2"_s.arg(tr("The SRV record %1 points to %2.").arg(srv.name, srv.targets.join(u", "_s)), observed),
        planned ? tr("Outlook may find Autodiscover through this record when the usual names fail; it points to "
                     "the planned Autodiscover name.")
                : tr("Outlook may find Autodiscover through this record when the usual names fail, and it points "
                     "to a name the plan does not use for Autodiscover (%1).")
                      .arg(autodiscover),
        planned ? tr("Nothing to change.") : tr("Point the SRV record to %1, or remove it.").arg(autodiscover),
        QString(autodiscoverSource)});
}

} // namespace

QString statusText(ReachStatus s, const QString &detail)
{
    QString text;
    switch (s) {
    case ReachStatus::NotFound:
        text = tr("the name does not exist (NXDOMAIN or no address)");
        break;
    case ReachStatus::Refused:
        text = tr("the connection was refused");
        break;
    case ReachStatus::TimedOut:
        text = tr("no answer within the time limit");
        break;
    case ReachStatus::Failed:
        text = tr("the request failed");
        break;
    case ReachStatus::NotTried:
        text = tr("not tried");
        break;
    case ReachStatus::Ok:
        text = tr("answered");
        break;
    }
    return detail.isEmpty() ? text : tr("%1 (%2)").arg(text, detail);
}

QString tlsErrorText(const QString &token)
{
    if (token == u"expired"_s)
        return tr("the certificate has expired");
    if (token == u"notYetValid"_s)
        return tr("the certificate is not yet valid");
    if (token == u"selfSigned"_s)
        return tr("the certificate is self-signed");
    if (token == u"untrusted"_s)
        return tr("the chain does not end at a trusted root");
    if (token == u"nameMismatch"_s)
        return tr("the certificate does not name this host");
    if (token == u"revoked"_s)
        return tr("the certificate is revoked");
    return tr("the chain does not verify");
}

QString probeVerdictToken(ProbeVerdict v)
{
    switch (v) {
    case ProbeVerdict::Ok:
        return u"ok"_s;
    case ProbeVerdict::Warning:
        return u"warning"_s;
    case ProbeVerdict::Error:
        return u"error"_s;
    case ProbeVerdict::Unreachable:
        return u"unreachable"_s;
    }
    return u"ok"_s;
}

SubjectRef probeSubject(const Topology &t, const ProbeTarget &target, QStringList *fields)
{
    fields->clear();
    if (!target.ownServer.isEmpty()) {
        fields->append(u"fqdn"_s);
        return {SubjectKind::Server, target.ownServer};
    }
    const Namespaces &ns = t.organization.namespaces;
    const std::array<std::pair<const QString *, QLatin1String>, 4> namespaceFields = {{
        {&ns.outlookAnywhereExternal, "namespaces.outlookAnywhereExternal"_L1},
        {&ns.outlookAnywhereInternal, "namespaces.outlookAnywhereInternal"_L1},
        {&ns.autodiscover, "namespaces.autodiscover"_L1},
        {&ns.legacy, "namespaces.legacy"_L1},
    }};
    for (const auto &[value, field] : namespaceFields) {
        if (value->compare(target.name, Qt::CaseInsensitive) == 0)
            fields->append(field);
    }
    if (!fields->isEmpty())
        return organizationSubject();
    if (!target.loadBalancer.isEmpty()) {
        fields->append(u"hostNames"_s);
        return {SubjectKind::LoadBalancer, target.loadBalancer};
    }
    return organizationSubject();
}

ProbeEvaluation evaluateProbe(const Topology &topology, const ProbeRecord &record)
{
    ProbeEvaluation evaluation;
    const QList<ProbeTarget> targets = probeTargets(topology);
    for (const NameObservation &o : record.names) {
        const ProbeTarget *target = findTarget(targets, o.name);
        // A saved name the plan no longer holds is compared with nothing but itself.
        ProbeTarget orphan;
        orphan.name = o.name;
        orphan.certificateNames = {o.name};
        NameProbeResult r = NameEvaluation(topology, record, target ? *target : orphan, o).run();
        evaluation.findings.append(r.findings);
        evaluation.names.append(std::move(r));
    }
    for (const SrvObservation &srv : record.srv)
        evaluateSrv(topology, record, srv, evaluation.findings);
    return evaluation;
}

namespace {
QString observedAnswer(const NameObservation &o, const ProbeRecord &record)
{
    QString at = o.observedAt.isEmpty() ? record.observedAt : o.observedAt;
    at = at.left(16).replace(u'T', u' ') + u'Z'; // "2026-12-03 14:40Z"
    if (o.dns.status != ReachStatus::Ok || (o.tls.status != ReachStatus::Ok && o.tls.errors.isEmpty()))
        return tr("unreachable at %1").arg(at);
    if (!o.tls.errors.isEmpty())
        return tr("untrusted certificate at %1").arg(at);
    for (const HttpObservation &h : o.http) {
        if (!h.answeredBy.isEmpty())
            return tr("%1 at %2").arg(h.answeredBy, at);
    }
    return tr("%1 at %2").arg(o.dns.addresses.join(u", "_s), at);
}
} // namespace

PlanCheck checkPlanWithLastProbe(const Plan &plan)
{
    PlanCheck checked = checkPlan(plan.topology);
    const ProbeRecord &record = plan.lastProbe;
    if (record.isEmpty())
        return checked;
    checked.findings += evaluateProbe(plan.topology, record).findings;
    for (Flow &flow : checked.flows) {
        for (Hop &hop : flow.hops) {
            if (hop.kind != HopKind::PartA && hop.kind != HopKind::Autodiscover)
                continue;
            if (const NameObservation *o = findObservation(record, hop.to))
                hop.observed = observedAnswer(*o, record);
        }
    }
    return checked;
}

} // namespace wizard
