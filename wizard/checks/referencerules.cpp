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

    // The names of the plan's servers or sites: an exact look-up first (nearly every
    // reference is spelled as the name it refers to), the case-blind one built only
    // when a name is not found as spelled.
    class KnownNames
    {
    public:
        template <typename Range, typename NameOf> KnownNames(const Range &records, NameOf nameOf)
        {
            m_exact.reserve(records.size());
            for (const auto &r : records)
                m_exact.insert(nameOf(r));
        }
        bool contains(const QString &name) const
        {
            if (m_exact.contains(name))
                return true;
            if (m_lower.isEmpty() && !m_exact.isEmpty()) {
                for (const QString &n : m_exact)
                    m_lower.insert(n.toLower());
            }
            return m_lower.contains(name.toLower());
        }

    private:
        QSet<QString> m_exact;
        mutable QSet<QString> m_lower;
    };

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const Topology &t = context.topology;
        const KnownNames servers(t.servers, [](const Server &s) { return s.name; });
        const KnownNames sites(t.sites, [](const Site &s) { return s.name; });

        // `ownerText` ("Server %1") and its name make the message only when a name is missing.
        const auto check = [&](const SubjectRef &subject, const QString &field, const char *ownerText,
                               const QString &ownerName, const QString *names, qsizetype count, const KnownNames &known,
                               bool isSite) {
            QStringList missing;
            for (qsizetype i = 0; i < count; ++i) {
                const QString &n = names[i];
                if (!n.isEmpty() && !known.contains(n))
                    missing.append(n);
            }
            if (missing.isEmpty())
                return;
            const QString owner = tr(ownerText).arg(ownerName);
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

        // QT_TRANSLATE_NOOP: the owner texts are looked up when a finding is made.
        for (const Server &s : t.servers) {
            if (!s.site.isEmpty() && !sites.contains(s.site))
                check(serverSubject(s), u"site"_s, QT_TRANSLATE_NOOP("wizard::ReferenceRules", "Server %1"), s.name,
                      &s.site, 1, sites, true);
        }
        for (const CasArray &a : t.casArrays) {
            if (!a.site.isEmpty() && !sites.contains(a.site))
                check({SubjectKind::CasArray, a.name}, u"site"_s,
                      QT_TRANSLATE_NOOP("wizard::ReferenceRules", "CAS array %1"), a.name, &a.site, 1, sites, true);
        }
        for (const MailboxDatabase &db : t.databases) {
            if (!db.server.isEmpty() && !servers.contains(db.server))
                check({SubjectKind::Database, db.name}, u"server"_s,
                      QT_TRANSLATE_NOOP("wizard::ReferenceRules", "Database %1"), db.name, &db.server, 1, servers,
                      false);
        }
        for (const Certificate &c : t.certificates)
            check({SubjectKind::Certificate, c.name}, u"servers"_s,
                  QT_TRANSLATE_NOOP("wizard::ReferenceRules", "Certificate %1"), c.name, c.servers.constData(),
                  c.servers.size(), servers, false);
        for (const LoadBalancer &lb : t.loadBalancers)
            check({SubjectKind::LoadBalancer, lb.name}, u"servers"_s,
                  QT_TRANSLATE_NOOP("wizard::ReferenceRules", "Load balancer %1"), lb.name, lb.servers.constData(),
                  lb.servers.size(), servers, false);
        for (const ClientGroup &g : t.clientGroups)
            check({SubjectKind::ClientGroup, g.name}, u"mailboxServers"_s,
                  QT_TRANSLATE_NOOP("wizard::ReferenceRules", "Client group %1"), g.name, g.mailboxServers.constData(),
                  g.mailboxServers.size(), servers, false);
    }
};
} // namespace

void addReferenceRules(RuleList &rules)
{
    rules.push_back(std::make_unique<DanglingReferenceRule>());
}

} // namespace wizard
