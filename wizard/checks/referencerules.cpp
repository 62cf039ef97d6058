// REF-001 (issue 14): a reference names a server or site the plan does not hold.
//
// The RULEBOOK has no such rule; it is CoexPlan's own, about the plan itself rather than
// Exchange: client groups name the servers holding their mailboxes, databases the
// server they are on, certificates and load balancers the servers they serve, servers
// and CAS arrays their AD site. A name that matches nothing (a typing error, a server
// removed later, a paste) silently takes that element out of every check and flow, so
// it is an error on the field that holds it. Names compare case-insensitively, as
// Exchange compares them.
#include "findingbuilder.h"
#include "rule.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard::ReferenceRules", text);
}

// Where the names can be checked: the cmdlets that list the organization's servers and
// AD sites (office-docs-powershell Get-ExchangeServer.md, Get-ADSite.md).
inline constexpr QLatin1String
    getExchangeServer("https://learn.microsoft.com/powershell/module/exchangepowershell/get-exchangeserver");
inline constexpr QLatin1String getAdSite("https://learn.microsoft.com/powershell/module/exchangepowershell/get-adsite");

class DanglingReferenceRule final : public Rule
{
public:
    QString id() const override { return u"REF-001"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const Topology &t = context.topology;
        QSet<QString> servers;
        servers.reserve(t.servers.size());
        for (const Server &s : t.servers)
            servers.insert(s.name.toLower());
        QSet<QString> sites;
        for (const Site &s : t.sites)
            sites.insert(s.name.toLower());

        const auto check = [&](const SubjectRef &subject, const QString &field, const QString &owner,
                               const QStringList &names, const QSet<QString> &known, bool isSite) {
            QStringList missing;
            for (const QString &n : names) {
                if (!n.isEmpty() && !known.contains(n.toLower()))
                    missing.append(n);
            }
            if (missing.isEmpty())
                return;
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Error,
                .subject = subject,
                .fields = {field},
                .message = isSite ? tr("%1 names the AD site %2, which is not in the plan.").arg(owner, missing.first())
                    : missing.size() == 1
                    ? tr("%1 names the server %2, which is not in the plan.").arg(owner, missing.first())
                    : tr("%1 names servers that are not in the plan: %2.").arg(owner, nameList(missing)),
                .why = isSite ? tr("A site the plan does not hold has no internet-facing setting, so the checks "
                                   "cannot tell whether the servers in it serve external clients.")
                              : tr("A server the plan does not hold is in no check and no connection flow: "
                                   "whatever it needs would go unreported."),
                .fix = isSite ? tr("Choose one of the plan's sites, or add the site (Get-ADSite lists the "
                                   "organization's sites).")
                              : tr("Choose the servers from the plan's list, or add the missing ones "
                                   "(Get-ExchangeServer lists the organization's servers; renaming a server in the "
                                   "plan renames its references too)."),
                .source = QString(isSite ? getAdSite : getExchangeServer),
            });
        };

        for (const Server &s : t.servers) {
            if (!s.site.isEmpty())
                check(serverSubject(s), u"site"_s, tr("Server %1").arg(s.name), {s.site}, sites, true);
        }
        for (const CasArray &a : t.casArrays) {
            if (!a.site.isEmpty())
                check({SubjectKind::CasArray, a.name}, u"site"_s, tr("CAS array %1").arg(a.name), {a.site}, sites,
                      true);
        }
        for (const MailboxDatabase &db : t.databases)
            check({SubjectKind::Database, db.name}, u"server"_s, tr("Database %1").arg(db.name), {db.server}, servers,
                  false);
        for (const Certificate &c : t.certificates)
            check({SubjectKind::Certificate, c.name}, u"servers"_s, tr("Certificate %1").arg(c.name), c.servers,
                  servers, false);
        for (const LoadBalancer &lb : t.loadBalancers)
            check({SubjectKind::LoadBalancer, lb.name}, u"servers"_s, tr("Load balancer %1").arg(lb.name), lb.servers,
                  servers, false);
        for (const ClientGroup &g : t.clientGroups)
            check({SubjectKind::ClientGroup, g.name}, u"mailboxServers"_s, tr("Client group %1").arg(g.name),
                  g.mailboxServers, servers, false);
    }
};
} // namespace

void addReferenceRules(RuleList &rules)
{
    rules.push_back(std::make_unique<DanglingReferenceRule>());
}

} // namespace wizard
