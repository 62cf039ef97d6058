// Kerberos in coexistence (RULEBOOK §3 tier 2, KRB-001..004): the alternate service
// account (ASA) of load-balanced Client Access servers, its http/ SPNs, and the Outlook
// updates Kerberos needs beside legacy mailboxes (F63-F66, C8).
#include "checkcontext.h"
#include "findingbuilder.h"
#include "outlookanywherecommands.h"
#include "partarules.h"
#include "rule.h"
#include "sources.h"
#include "translationmemo.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return checkText(text);
}

const QString asaField = u"alternateServiceAccount"_s;
const QString spnField = u"servicePrincipalNames"_s;

QString accountKey(const QString &account)
{
    return servicePrincipalAccountKey(account);
}

bool offersNegotiate(const Server &s)
{
    const OutlookAnywhereSettings &oa = s.outlookAnywhere;
    return (oa.externalClientAuthenticationMethod.isKnown()
            && oa.externalClientAuthenticationMethod.value() == AuthMethod::Negotiate)
        || (oa.internalClientAuthenticationMethod.isKnown()
            && oa.internalClientAuthenticationMethod.value() == AuthMethod::Negotiate);
}

// The accounts each SPN is registered on, by lower-case SPN (one pass over the list).
QHash<QString, QStringList> accountsBySpn(const QList<ServicePrincipalName> &spns)
{
    QHash<QString, QStringList> out;
    for (const ServicePrincipalName &spn : spns)
        out[lowerCase(spn.name.trimmed())].append(spn.account);
    return out;
}

// KRB-001: Negotiate on load-balanced new CAS needs a shared ASA with the http/ SPNs of
// the namespaces; without them clients cannot get a ticket for the shared name and
// fall back to NTLM, or fail (F63, F64).
class NegotiateWithoutAlternateServiceAccountRule final : public Rule
{
public:
    QString id() const override { return u"KRB-001"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const LoadBalancersByServer balancers = loadBalancersByServer(context.topology);
        const QStringList required = requiredServicePrincipalNames(context.topology.organization.namespaces);
        const Setting<QList<ServicePrincipalName>> &spns = context.topology.organization.servicePrincipalNames;
        const QHash<QString, QStringList> registered
            = spns.isKnown() ? accountsBySpn(spns.value()) : QHash<QString, QStringList>();
        for (const Server *cas : context.newCas()) {
            if (!offersNegotiate(*cas) || !balancers.contains(lowerCase(cas->name)))
                continue;
            const Setting<QString> &asa = cas->alternateServiceAccount;
            if (asa.isUnknown() || (asa.isKnown() && !asa.value().trimmed().isEmpty() && spns.isUnknown())) {
                out.append(cannotEvaluate(id(), serverSubject(*cas), {asaField},
                                          asa.isUnknown()
                                              ? tr("the alternate service account of %1 is not recorded").arg(cas->name)
                                              : tr("the http/ service principal names of the forest are not recorded"),
                                          QString(source::kerberosLoadBalanced2013)));
                continue;
            }
            QStringList missing;
            const bool noAccount = !asa.isKnown() || asa.value().trimmed().isEmpty();
            if (!noAccount) {
                const QString key = accountKey(asa.value());
                for (const QString &spn : required) {
                    const QStringList accounts = registered.value(spn);
                    if (std::none_of(accounts.cbegin(), accounts.cend(),
                                     [&key](const QString &a) { return accountKey(a) == key; }))
                        missing.append(spn);
                }
                if (missing.isEmpty())
                    continue;
            }
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Warning,
                .subject = serverSubject(*cas),
                .fields = {asaField},
                .message = noAccount
                    ? tr("%1 offers Negotiate (Kerberos) behind a load balancer but has no alternate service account.")
                          .arg(cas->name)
                    : tr("%1 offers Negotiate (Kerberos) behind a load balancer, but %2 is not registered on its "
                         "alternate service account %3.")
                          .arg(cas->name, nameList(missing), asa.value()),
                .why
                = tr("Behind a load balancer, Kerberos tickets are issued for the shared name: every Client Access "
                     "server behind it must share one alternate service account that carries the http/ names of "
                     "the Outlook Anywhere and Autodiscover namespaces. Without it Negotiate falls back to NTLM, "
                     "and Kerberos-only clients fail."),
                .fix = noAccount
                    ? tr("Create a computer account for the alternate service account, deploy it to every Client "
                         "Access server behind the load balancer with RollAlternateServiceAccountPassword.ps1 (in the "
                         "Exchange Scripts folder), then register %1 on it with setspn -S; or offer Ntlm instead of "
                         "Negotiate.")
                          .arg(nameList(required))
                    : tr("Register the missing names on the alternate service account: setspn -S <name> %1 for each "
                         "of %2 (setspn -F -Q <name> first: a name must exist only once in the forest).")
                          .arg(asa.value(), nameList(missing)),
                .source = QString(source::kerberosLoadBalanced2013),
            });
        }
    }
};

// KRB-002: Exchange 2010 and the new version cannot share an ASA: the new servers need
// an account of their own (F63).
class SharedAlternateServiceAccountRule final : public Rule
{
public:
    QString id() const override { return u"KRB-002"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        QHash<QString, QStringList> newByAccount; // account key -> new CAS names
        for (const Server *cas : context.newCas()) {
            const Setting<QString> &asa = cas->alternateServiceAccount;
            if (asa.isKnown() && !asa.value().trimmed().isEmpty())
                newByAccount[accountKey(asa.value())].append(cas->name);
        }
        if (newByAccount.isEmpty())
            return;
        for (const Server *cas : context.legacyCas()) {
            if (cas->version != ExchangeVersion::Ex2010)
                continue;
            const Setting<QString> &asa = cas->alternateServiceAccount;
            if (asa.isUnknown()) {
                out.append(cannotEvaluate(id(), serverSubject(*cas), {asaField},
                                          tr("the alternate service account of %1 is not recorded").arg(cas->name),
                                          QString(source::kerberosLoadBalanced2013)));
                continue;
            }
            if (!asa.isKnown() || asa.value().trimmed().isEmpty())
                continue;
            const QStringList sharing = newByAccount.value(accountKey(asa.value()));
            if (sharing.isEmpty())
                continue;
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Error,
                .subject = serverSubject(*cas),
                .fields = {asaField},
                .message = tr("%1 (Exchange 2010) and %2 use the same alternate service account %3.")
                               .arg(cas->name, nameList(sharing), asa.value()),
                .why = tr("Exchange 2010 and Exchange 2013 or later cannot share an alternate service account: the "
                          "new Client Access servers need a new one, and the http/ names move to it when the "
                          "namespace moves."),
                .fix = tr("Create a new computer account for %1 and deploy it there with "
                          "RollAlternateServiceAccountPassword.ps1; leave %2 on its own account.")
                           .arg(nameList(sharing), cas->name),
                .source = QString(source::kerberosLoadBalanced2013),
            });
        }
    }
};

// KRB-003: Kerberos with mailboxes or public folders still on Exchange 2010/2007 needs
// Outlook 2013 SP1 with the December 2014 update or Outlook 2010 SP2 with the January
// 2015 update; older clients are prompted again and again when a new mailbox opens a
// legacy shared mailbox or public folder (F65). Outlook 2016 and later need nothing.
class KerberosOutlookUpdatesRule final : public Rule
{
public:
    QString id() const override { return u"KRB-003"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const auto &newCas = context.newCas();
        if (!context.hasLegacy()
            || std::none_of(newCas.cbegin(), newCas.cend(), [](const Server *s) { return offersNegotiate(*s); }))
            return;
        for (const ClientGroup &g : context.topology.clientGroups) {
            const SubjectRef subject{SubjectKind::ClientGroup, g.name};
            int neededServicePack = 0;
            if (g.outlook == OutlookVersion::Outlook2013)
                neededServicePack = 1;
            else if (g.outlook == OutlookVersion::Outlook2010)
                neededServicePack = 2;
            else if (g.outlook != OutlookVersion::Outlook2007 && g.outlook != OutlookVersion::Outlook2003)
                continue; // Outlook 2016 and later
            const bool tooOld = g.outlook == OutlookVersion::Outlook2007 || g.outlook == OutlookVersion::Outlook2003;
            const bool spBelow = g.servicePack.isKnown() && g.servicePack.value() < neededServicePack;
            const bool updateMissing = g.kerberosCoexistenceUpdate.isKnown() && !g.kerberosCoexistenceUpdate.value();
            if (!tooOld && !spBelow && !updateMissing) {
                if (g.servicePack.isUnknown() || g.kerberosCoexistenceUpdate.isUnknown()) {
                    out.append(cannotEvaluate(
                        id(), subject, {u"servicePack"_s, u"kerberosCoexistenceUpdate"_s},
                        tr("whether the Outlook of %1 has the service pack and update Kerberos needs is not recorded")
                            .arg(g.name),
                        QString(source::kerberosCoexistence)));
                }
                continue;
            }
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Warning,
                .subject = subject,
                .fields = {u"servicePack"_s, u"kerberosCoexistenceUpdate"_s},
                .message = tooOld
                    ? tr("A new Client Access server offers Negotiate (Kerberos) while legacy mailboxes remain, and "
                         "client group %1 runs %2, for which no Kerberos coexistence update exists.")
                          .arg(g.name, outlookVersionDisplayName(g.outlook))
                    : tr("A new Client Access server offers Negotiate (Kerberos) while legacy mailboxes remain, and "
                         "client group %1's %2 lacks the service pack or update Kerberos coexistence needs.")
                          .arg(g.name, outlookVersionDisplayName(g.outlook)),
                .why = tr("With Kerberos beside Exchange 2010, Outlook must be 2013 SP1 with the December 2014 update "
                          "or 2010 SP2 with the January 2015 update (or later); otherwise users are prompted for "
                          "credentials again and again when they open a shared mailbox or public folder that is "
                          "still on a legacy server."),
                .fix = tooOld ? tr("Upgrade the group's Outlook, or offer Ntlm instead of Negotiate until the last "
                                   "legacy mailbox has moved.")
                              : tr("Install the service pack and the update (Outlook 2013: SP1 and the December 2014 "
                                   "update; Outlook 2010: SP2 and the January 2015 update) and record it in the plan, "
                                   "or offer Ntlm until then."),
                .source = QString(source::kerberosCoexistence),
            });
        }
    }
};

// KRB-004: an http/<namespace> SPN on an account other than the new servers' ASA (often
// still the 2010 ASA after the cutover), or on two accounts: Kerberos then fails for that
// name and Outlook loops on credential prompts (F63, F66).
class MisplacedServicePrincipalNameRule final : public Rule
{
public:
    QString id() const override { return u"KRB-004"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const Setting<QList<ServicePrincipalName>> &spns = context.topology.organization.servicePrincipalNames;
        if (!spns.isKnown() || context.newCas().isEmpty())
            return;
        QSet<QString> newAccounts;
        QStringList unknownOn;
        for (const Server *cas : context.newCas()) {
            const Setting<QString> &asa = cas->alternateServiceAccount;
            if (asa.isUnknown())
                unknownOn.append(cas->name);
            else if (asa.isKnown() && !asa.value().trimmed().isEmpty())
                newAccounts.insert(accountKey(asa.value()));
        }
        const QHash<QString, QStringList> registered = accountsBySpn(spns.value());
        for (const QString &spn : requiredServicePrincipalNames(context.topology.organization.namespaces)) {
            const QStringList accounts = registered.value(spn);
            if (accounts.isEmpty())
                continue;
            QString message;
            if (accounts.size() > 1) {
                message = tr("%1 is registered on more than one account (%2).").arg(spn, nameList(accounts));
            } else if (!newAccounts.contains(accountKey(accounts.first()))) {
                if (!unknownOn.isEmpty()) {
                    out.append(cannotEvaluate(id(), organizationSubject(), {spnField},
                                              tr("%1 is on %2, and the alternate service account of %3 is not "
                                                 "recorded")
                                                  .arg(spn, accounts.first(), nameList(unknownOn)),
                                              QString(source::kerberosLoadBalanced2013)));
                    continue;
                }
                message = tr("%1 is registered on %2, which is not the alternate service account of the new Client "
                             "Access servers.")
                              .arg(spn, accounts.first());
            } else {
                continue;
            }
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Warning,
                .subject = organizationSubject(),
                .fields = {spnField},
                .message = message,
                .why = tr("A service principal name must exist once in the forest, on the account that serves the "
                          "name: when the name points at the new servers, their alternate service account. Otherwise "
                          "Kerberos tickets cannot be decrypted and Outlook loops on credential prompts."),
                .fix = tr("Move %1 to the new alternate service account: setspn -D %1 <old account>, then setspn -S "
                          "%1 <new account>; check with setspn -F -Q %1.")
                           .arg(spn),
                .source = QString(source::kerberosLoadBalanced2013),
            });
        }
    }
};
} // namespace

void addKerberosRules(RuleList &rules)
{
    rules.push_back(std::make_unique<NegotiateWithoutAlternateServiceAccountRule>());
    rules.push_back(std::make_unique<SharedAlternateServiceAccountRule>());
    rules.push_back(std::make_unique<KerberosOutlookUpdatesRule>());
    rules.push_back(std::make_unique<MisplacedServicePrincipalNameRule>());
}

} // namespace wizard
