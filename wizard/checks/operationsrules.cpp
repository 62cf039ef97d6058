// Extended Protection and the operating traps of legacy Client Access servers (RULEBOOK
// §3 tier 2: EP-001, OPS-001, OPS-002; F61, F62, F69, F76, F80).
#include "findingbuilder.h"
#include "outlookanywherecommands.h"
#include "partarules.h"
#include "rule.h"
#include "sources.h"
#include "translationmemo.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return checkText(text);
}

// The first build that supports Extended Protection (F69: 2013 CU23, 2016 CU22, each
// with the August 2022 security update; S52, builds from the build-number page S55):
// 2013 CU23 Aug22SU 15.0.1497.40; 2016 CU22 Aug22SU 15.1.2375.31 and, on the CU23
// line, CU23 Aug22SU 15.1.2507.12 (CU23 itself, 15.1.2507.6, came before that update).
bool supportsExtendedProtection(const BuildNumber &b)
{
    if (b.major == 15 && b.minor == 0)
        return b >= BuildNumber{15, 0, 1497, 40};
    if (b.major == 15 && b.minor == 1) {
        if (b.build == 2507)
            return b.revision >= 12;
        if (b.build == 2375)
            return b.revision >= 31;
        return b.build > 2507;
    }
    return b.major > 15 || (b.major == 15 && b.minor > 1);
}

// EP-001: Extended Protection is not supported with SSL offloading (on the server or
// on a load balancer; bridging with the same certificate is), below the builds above,
// or on an Exchange 2013 server hosting public folders (F69, S52).
class ExtendedProtectionUnsupportedRule final : public Rule
{
public:
    QString id() const override { return u"EP-001"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const LoadBalancersByServer balancers = loadBalancersByServer(context.topology);
        for (const Server *cas : context.newCas()) {
            if (!cas->extendedProtection.isKnown() || cas->extendedProtection.value() == ExtendedProtection::None)
                continue;
            QStringList reasons, missing, fields{u"extendedProtection"_s};
            const Setting<bool> &offloading = cas->outlookAnywhere.sslOffloading;
            bool offloadingOnServer = false;
            if (offloading.isKnown() && offloading.value()) {
                offloadingOnServer = true;
                reasons.append(tr("Outlook Anywhere SSL offloading is on"));
                fields.append(QString(oafield::sslOffloading));
            } else if (offloading.isUnknown()) {
                missing.append(tr("its SSL offloading"));
            }
            for (const LoadBalancer *lb : balancers.value(lowerCase(cas->name))) {
                if (lb->tls.isKnown() && lb->tls.value() == TlsMode::Offload)
                    reasons.append(tr("load balancer %1 offloads TLS").arg(lb->name));
                else if (lb->tls.isUnknown())
                    missing.append(tr("the TLS mode of load balancer %1").arg(lb->name));
            }
            if (!cas->build.isKnown())
                missing.append(tr("its build"));
            else if (!supportsExtendedProtection(cas->build.value()))
                reasons.append(tr("build %1 is below Exchange 2013 CU23 or 2016 CU22 with the August 2022 security "
                                  "update")
                                   .arg(cas->build.value().toString()));
            if (cas->version == ExchangeVersion::Ex2013 && cas->roles.publicFolders)
                reasons.append(tr("it hosts public folders"));
            if (reasons.isEmpty()) {
                if (!missing.isEmpty()) {
                    out.append(cannotEvaluate(id(), serverSubject(*cas), fields,
                                              tr("Extended Protection is planned on %1, but %2 not recorded")
                                                  .arg(cas->name, missing.join(u", "_s)),
                                              QString(source::extendedProtection)));
                }
                continue;
            }
            const bool onlyOffloading = offloadingOnServer && reasons.size() == 1;
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Error,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = tr("Extended Protection is planned on %1, but %2.").arg(cas->name, reasons.join(u"; "_s)),
                .why = tr("Extended Protection is supported only from Exchange 2013 CU23 and 2016 CU22 with the "
                          "August 2022 security update, never with SSL offloading (SSL bridging with the same "
                          "certificate is fine), and not on an Exchange 2013 server that hosts public folders; "
                          "otherwise clients are prompted and fail."),
                .fix = onlyOffloading
                    ? setOutlookAnywhereCommand(*cas, {PsArgument::boolean("SSLOffloading"_L1, false),
                                                       PsArgument::boolean("InternalClientsRequireSsl"_L1, true),
                                                       PsArgument::boolean("ExternalClientsRequireSsl"_L1, true)})
                    : tr("Before turning Extended Protection on for %1: turn SSL offloading off on the server and "
                         "the load balancer (bridging or passthrough), install the August 2022 security update or "
                         "later, and move public folders off Exchange 2013; else leave it off (None).")
                          .arg(cas->name),
                .source = QString(source::extendedProtection),
            });
        }
    }
};

// OPS-001: on Windows Server 2008 R2, legacy Client Access servers need KB3140410
// (MS16-031); without it users proxied through the new servers are prompted over and
// over once the computer password changes (F61, F76). The rulebook asks for the update
// to be confirmed, so a Windows Server 2008 R2 CAS without that record is flagged.
class Windows2008R2WithoutKb3140410Rule final : public Rule
{
public:
    QString id() const override { return u"OPS-001"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const QStringList fields{u"kb3140410Installed"_s};
        for (const Server *cas : context.legacyCas()) {
            if (cas->operatingSystem.isUnknown()) {
                out.append(cannotEvaluate(id(), serverSubject(*cas), {u"operatingSystem"_s},
                                          tr("the Windows version of %1 is not recorded").arg(cas->name),
                                          QString(source::kb3140410)));
                continue;
            }
            if (!cas->operatingSystem.isKnown() || cas->operatingSystem.value() != WindowsServer::WS2008R2)
                continue;
            const Setting<bool> &kb = cas->kb3140410Installed;
            if (kb.isKnown() && kb.value())
                continue;
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Warning,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = kb.isKnown()
                    ? tr("%1 runs Windows Server 2008 R2 and security update KB3140410 is recorded as not installed.")
                          .arg(cas->name)
                    : tr("%1 runs Windows Server 2008 R2 and security update KB3140410 is not confirmed on it.")
                          .arg(cas->name),
                .why = tr("Without KB3140410 (MS16-031) on a Windows Server 2008 R2 legacy Client Access server, "
                          "Outlook Anywhere users proxied through Exchange 2013 or 2016 are prompted for credentials "
                          "again and again once the server's computer password changes; legacy public folders and "
                          "the offline address book are affected too."),
                .fix = tr("Install KB3140410 (MS16-031) on %1, restart it, and record it in the plan (wmic qfe get "
                          "hotfixid shows it).")
                           .arg(cas->name),
                .source = QString(source::kb3140410),
            });
        }
    }
};

// OPS-002: Exchange 2010 SP3 serves RPC over HTTP through ASP.NET, whose
// requestQueueLimit of 25,000 a busy CAS reaches: clients then get 503; KB 2832198
// raises it to 65,535 in machine.config (F62, F80). Users counted: the client groups
// that reach the mailboxes it serves from outside (their connections are proxied to it).
class RequestQueueLimitRule final : public Rule
{
public:
    QString id() const override { return u"OPS-002"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        QHash<const Server *, int> outsideUsers; // by mailbox server, one pass over the groups
        for (const ClientGroup &g : context.topology.clientGroups) {
            if (g.location == ClientLocation::Internal)
                continue;
            for (const QString &name : g.mailboxServers) {
                if (const Server *s = context.server(name))
                    outsideUsers[s] += g.headCount;
            }
        }
        const BuildNumber sp3{14, 3, 0, 0};
        for (const Server *cas : context.legacyCas()) {
            if (cas->version != ExchangeVersion::Ex2010)
                continue;
            if (cas->requestQueueLimit.isKnown() && cas->requestQueueLimit.value() >= 65535)
                continue;
            int users = 0;
            for (const Server *mailbox : context.legacyMailboxServersServedBy(*cas))
                users += outsideUsers.value(mailbox);
            if (users == 0)
                continue;
            if (!cas->build.isKnown()) {
                out.append(cannotEvaluate(id(), serverSubject(*cas), {u"build"_s},
                                          tr("the build of %1 is not recorded").arg(cas->name),
                                          QString(source::kb2832198)));
                continue;
            }
            if (cas->build.value() < sp3)
                continue;
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Info,
                .subject = serverSubject(*cas),
                .fields = {u"requestQueueLimit"_s},
                .message = cas->requestQueueLimit.isKnown()
                    ? tr("%1 (Exchange 2010 SP3) will carry the Outlook Anywhere connections of about %2 users with "
                         "an ASP.NET requestQueueLimit of %3.")
                          .arg(cas->name, QString::number(users), QString::number(cas->requestQueueLimit.value()))
                    : tr("%1 (Exchange 2010 SP3) will carry the Outlook Anywhere connections of about %2 users; its "
                         "ASP.NET requestQueueLimit is not recorded.")
                          .arg(cas->name, QString::number(users)),
                .why = tr("Since Exchange 2010 SP3, RPC over HTTP runs on ASP.NET, whose default request queue limit "
                          "(25,000) a busy Client Access server reaches; Outlook Anywhere clients then get 503 Service "
                          "Unavailable."),
                .fix = tr("On %1, set requestQueueLimit=\"65535\" on the processModel element of the .NET Framework "
                          "2.0 machine.config (KB 2832198) and record the value in the plan.")
                           .arg(cas->name),
                .source = QString(source::kb2832198),
            });
        }
    }
};
} // namespace

void addOperationsRules(RuleList &rules)
{
    rules.push_back(std::make_unique<ExtendedProtectionUnsupportedRule>());
    rules.push_back(std::make_unique<Windows2008R2WithoutKb3140410Rule>());
    rules.push_back(std::make_unique<RequestQueueLimitRule>());
}

} // namespace wizard
