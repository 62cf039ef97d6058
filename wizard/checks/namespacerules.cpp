// Namespaces and DNS (RULEBOOK §3 "Namespaces, DNS, certificates": NS-001..NS-004).
#include "findingbuilder.h"
#include "outlookanywherecommands.h"
#include "rule.h"
#include "sources.h"
#include "translationmemo.h"
#include "urlhost.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
// Adds ServerExclusiveConnect to an Outlook provider's flags without dropping the ones it
// has (issue 13): -OutlookProviderFlags replaces the whole set (ServerExclusiveConnect,
// ExternalClientsRequireSSL, InternalClientsRequireSSL or None: office-docs-powershell
// Set-OutlookProvider.md). The current value is read first; from a 2010+ shell it arrives
// as text ("None" or "A, B"), so it is split as text.
// The provider objects are organization-wide: any shell of the plan (2010 and later,
// the table) runs it.
QString outlookProviderFlagsCommand(QLatin1String provider)
{
    PsCommand get("Get-OutlookProvider"_L1, std::nullopt);
    get.positionalToken(provider).stopOnError();
    PsCommand set("Set-OutlookProvider"_L1, std::nullopt);
    set.positionalToken(provider).expression("OutlookProviderFlags"_L1, "($flags -join ',')"_L1).stopOnError();
    return u"\n$flags = @(([string]("_s + get.toString()
        + u").OutlookProviderFlags) -split ',\\s*' | Where-Object { $_ -and $_ -ne 'None' }) + 'ServerExclusiveConnect' "
          u"| Select-Object -Unique\n"_s
        + set.toString();
}

QString tr(const char *text)
{
    return checkText(text);
}

// The names that reach the new CAS (F48, F78), each with the reason, e.g. "the
// Autodiscover namespace": the planned namespaces, the host names of load balancers in
// front of new CAS, and each new CAS's FQDN and Outlook Anywhere host names. With
// `includeServerNames`, every 2013/2016 server's name and FQDN too. Case-insensitive.
class NewCasNames
{
public:
    NewCasNames(const CheckContext &context, bool includeServerNames);

    // The reason `host` reaches the new CAS, or an empty string.
    QString roleOf(const QString &host) const
    {
        const auto it = m_roles.constFind(lowerCase(host.trimmed()));
        if (it == m_roles.cend())
            return {};
        return it->argument ? tr(it->text).arg(*it->argument) : tr(it->text);
    }

private:
    // A reason, formatted only when a rule reports it: tr(text), with %1 = *argument
    // (a name in the topology, which outlives this index) when there is one.
    struct Role
    {
        const char *text = nullptr;
        const QString *argument = nullptr;
    };

    void add(const QString &host, const char *text, const QString *argument = nullptr)
    {
        QString key = lowerCase(host.trimmed());
        if (key.isEmpty())
            return;
        Role &role = m_roles[std::move(key)];
        if (!role.text) // the first reason wins
            role = Role{text, argument};
    }

    QHash<QString, Role> m_roles; // lower-case host -> reason
};

NewCasNames::NewCasNames(const CheckContext &context, bool includeServerNames)
{
    const Namespaces &ns = context.topology.organization.namespaces;
    m_roles.reserve(context.topology.servers.size() * (includeServerNames ? 2 : 1) + 3);
    add(ns.outlookAnywhereExternal, QT_TRANSLATE_NOOP("wizard", "the Outlook Anywhere namespace"));
    add(ns.outlookAnywhereInternal, QT_TRANSLATE_NOOP("wizard", "the internal Outlook Anywhere namespace"));
    add(ns.autodiscover, QT_TRANSLATE_NOOP("wizard", "the Autodiscover namespace"));
    for (const LoadBalancer &lb : context.topology.loadBalancers) {
        const bool frontsNewCas = std::any_of(lb.servers.cbegin(), lb.servers.cend(), [&context](const QString &n) {
            const Server *s = context.server(n);
            return s && isNewCas(*s);
        });
        if (!frontsNewCas)
            continue;
        for (const QString &host : lb.hostNames)
            add(host, QT_TRANSLATE_NOOP("wizard", "a host name of load balancer %1"), &lb.name);
    }
    for (const Server &s : context.topology.servers) {
        if (!isNewGeneration(s.version))
            continue; // legacy, 2003, or unknown: not a name of the new servers
        if (isNewCas(s)) {
            add(s.fqdn, QT_TRANSLATE_NOOP("wizard", "the FQDN of %1"), &s.name);
            if (s.outlookAnywhere.externalHostname.isKnown())
                add(s.outlookAnywhere.externalHostname.value(),
                    QT_TRANSLATE_NOOP("wizard", "the Outlook Anywhere host name of %1"), &s.name);
            if (s.outlookAnywhere.internalHostname.isKnown())
                add(s.outlookAnywhere.internalHostname.value(),
                    QT_TRANSLATE_NOOP("wizard", "the Outlook Anywhere host name of %1"), &s.name);
        } else if (includeServerNames) {
            add(s.fqdn, QT_TRANSLATE_NOOP("wizard", "the FQDN of %1"), &s.name);
        }
        if (includeServerNames)
            add(s.name, QT_TRANSLATE_NOOP("wizard", "the name of %1"), &s.name);
    }
}

bool anyNamespacePlanned(const Namespaces &ns)
{
    return !ns.outlookAnywhereExternal.isEmpty() || !ns.outlookAnywhereInternal.isEmpty() || !ns.autodiscover.isEmpty();
}

QString newVersionName(const CheckContext &context)
{
    return checkVersionName(context.hasVersion(ExchangeVersion::Ex2013) ? ExchangeVersion::Ex2013
                                                                        : ExchangeVersion::Ex2016);
}

// NS-001: Exchange 2010 Outlook inside the network connects over RPC/TCP to the CAS
// array FQDN (RpcClientAccessServer). If that name moves to the new CAS, which has no
// RPC/TCP, those clients break at the cutover ("ambiguous URL"; F48, F49, F78).
class AmbiguousCasArrayNameRule final : public Rule
{
public:
    QString id() const override { return u"NS-001"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const NewCasNames names(context, false);
        QHash<QString, QStringList> databasesByEndpoint; // lower-case RpcClientAccessServer -> databases
        for (const MailboxDatabase &db : context.topology.databases) {
            if (db.rpcClientAccessServer.isKnown())
                databasesByEndpoint[lowerCase(db.rpcClientAccessServer.value().trimmed())].append(db.name);
        }
        const bool namespacesPlanned = anyNamespacePlanned(context.topology.organization.namespaces);
        bool namespacesReported = false;
        for (const CasArray &array : context.topology.casArrays) {
            const SubjectRef subject{SubjectKind::CasArray, array.name};
            if (array.fqdn.trimmed().isEmpty()) {
                out.append(cannotEvaluate(id(), subject, {u"fqdn"_s},
                                          tr("the FQDN of CAS array %1 is not recorded").arg(array.name),
                                          QString(source::ambiguousUrls)));
                continue;
            }
            const QString clash = names.roleOf(array.fqdn);
            if (clash.isEmpty()) {
                if (!namespacesPlanned && !namespacesReported) {
                    namespacesReported = true;
                    out.append(cannotEvaluate(
                        id(), organizationSubject(),
                        {u"namespaces.outlookAnywhereExternal"_s, u"namespaces.autodiscover"_s},
                        tr("the namespaces that will move to %1 are not planned").arg(newVersionName(context)),
                        QString(source::ambiguousUrls)));
                }
                continue;
            }
            const QStringList databases = databasesByEndpoint.value(lowerCase(array.fqdn.trimmed()));
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Error;
            f.subject = subject;
            f.fields = {u"fqdn"_s};
            f.message = tr("CAS array %1 uses %2, which is also %3: Outlook clients of Exchange 2010 mailboxes "
                           "inside the network will be sent to %4 over RPC/TCP when that name moves.")
                            .arg(array.name, array.fqdn, clash, newVersionName(context));
            f.why = tr("Inside the network, Outlook reaches Exchange 2010 mailboxes over RPC/TCP at the CAS array "
                       "name. Exchange 2013 and later do not accept RPC/TCP, so an array name that also points to "
                       "the new servers disconnects those clients at the cutover.");
            const QString dbList = databases.isEmpty()
                ? tr("the Exchange 2010 databases that use it")
                : tr("the Exchange 2010 databases that use it (%1)").arg(databases.join(u", "_s));
            f.fix = tr("Either give CAS array %1 a new name that resolves only inside the network and set the "
                       "RpcClientAccessServer of %2 to that name (Set-MailboxDatabase -RpcClientAccessServer, in the "
                       "Exchange 2010 Management Shell), or make Outlook use Outlook Anywhere first (Outlook Anywhere "
                       "enabled on the Exchange 2010 Client Access servers):")
                        .arg(array.name, dbList)
                + outlookProviderFlagsCommand("EXPR"_L1) + outlookProviderFlagsCommand("EXCH"_L1);
            f.source = QString(source::ambiguousUrls);
            out.append(f);
        }
    }
};

// A name the database can be pointed at instead: a CAS array in the database server's
// site (or the only array), else an Exchange 2010 CAS in that site. Empty if none.
QString rpcClientAccessTarget(const CheckContext &context, const Server &dbServer, const NewCasNames &names)
{
    const QList<CasArray> &arrays = context.topology.casArrays;
    const auto usable = [&names](const QString &fqdn) { return !fqdn.isEmpty() && names.roleOf(fqdn).isEmpty(); };
    for (const CasArray &a : arrays) {
        if (!dbServer.site.isEmpty() && a.site.compare(dbServer.site, Qt::CaseInsensitive) == 0 && usable(a.fqdn))
            return a.fqdn;
    }
    if (arrays.size() == 1 && usable(arrays.first().fqdn))
        return arrays.first().fqdn;
    for (const Server *cas : context.legacyCas()) {
        if (cas->version == ExchangeVersion::Ex2010 && cas->site.compare(dbServer.site, Qt::CaseInsensitive) == 0
            && usable(cas->fqdn))
            return cas->fqdn;
    }
    return {};
}

// NS-002: RpcClientAccessServer is used only by Exchange 2010 (F48); pointing a 2010
// database at a new server or the new namespace sends its RPC/TCP clients to servers
// that do not accept RPC/TCP (F31). A value equal to a CAS array FQDN is NS-001's case.
class DatabaseRpcEndpointOnNewCasRule final : public Rule
{
public:
    QString id() const override { return u"NS-002"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const NewCasNames names(context, true);
        QSet<QString> arrayNames; // lower-case CAS array FQDNs: NS-001's concern
        for (const CasArray &a : context.topology.casArrays)
            arrayNames.insert(lowerCase(a.fqdn.trimmed()));
        for (const MailboxDatabase &db : context.topology.databases) {
            const SubjectRef subject{SubjectKind::Database, db.name};
            const Server *server = context.server(db.server);
            if (!server) {
                out.append(cannotEvaluate(id(), subject, {u"server"_s},
                                          tr("the server holding database %1 is not recorded, so its Exchange "
                                             "version is unknown")
                                              .arg(db.name),
                                          QString(source::setMailboxDatabase)));
                continue;
            }
            if (server->version != ExchangeVersion::Ex2010 || db.isPublicFolderDatabase)
                continue;
            if (!db.rpcClientAccessServer.isKnown()) {
                out.append(cannotEvaluate(id(), subject, {u"rpcClientAccessServer"_s},
                                          tr("the RpcClientAccessServer of database %1 is not recorded").arg(db.name),
                                          QString(source::setMailboxDatabase)));
                continue;
            }
            const QString value = db.rpcClientAccessServer.value().trimmed();
            const QString clash = arrayNames.contains(lowerCase(value)) ? QString() : names.roleOf(value);
            if (clash.isEmpty())
                continue;
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Error;
            f.subject = subject;
            f.fields = {u"rpcClientAccessServer"_s};
            f.message = tr("Exchange 2010 database %1 hands out %2 as its RPC endpoint, which is %3.")
                            .arg(db.name, value, clash);
            f.why = tr("Outlook inside the network connects over RPC/TCP to the RpcClientAccessServer of an "
                       "Exchange 2010 database. Exchange 2013 and later do not accept RPC/TCP, so these clients "
                       "cannot open their mailboxes.");
            const QString target = rpcClientAccessTarget(context, *server, names);
            if (target.isEmpty()) {
                f.fix = tr("Create an Exchange 2010 CAS array with a name that resolves only inside the network, "
                           "then point database %1 at it with Set-MailboxDatabase -RpcClientAccessServer in the "
                           "Exchange 2010 Management Shell.")
                            .arg(db.name);
            } else {
                PsCommand set("Set-MailboxDatabase"_L1, server->version);
                set.text("Identity"_L1, db.name).text("RpcClientAccessServer"_L1, target);
                f.fix = fixCommand(set, server->version);
            }
            f.source = QString(source::setMailboxDatabase);
            out.append(f);
        }
    }
};

// NS-003: Exchange 2007 OWA (and EWS) are redirected, not proxied, so 2007 users need a
// legacy host name that reaches the 2007 CAS directly (F40, F50, F51, F84).
class MissingLegacyNamespaceRule final : public Rule
{
public:
    QString id() const override { return u"NS-003"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const Namespaces &ns = context.topology.organization.namespaces;
        if (!context.hasVersion(ExchangeVersion::Ex2007) || !ns.legacy.trimmed().isEmpty())
            return;
        const qsizetype dot = ns.outlookAnywhereExternal.indexOf(u'.');
        const QString suggestion = dot > 0 ? u"legacy"_s + ns.outlookAnywhereExternal.mid(dot) : QString();
        Finding f;
        f.ruleId = id();
        f.severity = Severity::Error;
        f.subject = organizationSubject();
        f.fields = {u"namespaces.legacy"_s};
        f.message = tr("The plan contains Exchange 2007 servers but no legacy namespace.");
        f.why = tr("Exchange 2013 redirects Outlook Web App and Exchange Web Services for Exchange 2007 mailboxes "
                   "instead of proxying them, so those users need a separate host name that reaches the Exchange "
                   "2007 Client Access servers; without it they get errors once the main names move.");
        const QString name = suggestion.isEmpty() ? tr("legacy.<your domain>") : suggestion;
        f.fix = tr("Create a legacy host name such as %1 before installing Exchange 2013: publish it in DNS to the "
                   "Exchange 2007 Client Access servers, add it to the Exchange 2007 certificate, set it as the "
                   "external URL of the Exchange 2007 virtual directories, and record it in the plan.")
                    .arg(name);
        f.source = QString(source::checklistFrom2007);
        out.append(f);
    }
};

// NS-004: the service connection point tells domain-joined Outlook where Autodiscover
// is; every CAS, legacy ones included, must point it at the new Autodiscover name
// (F70), or internal clients keep asking a legacy server. The source, Microsoft's
// 2010-to-2013 checklist (S16), sets it on the new servers only; "legacy ones included"
// is the rulebook's (NS-004), and the legacy finding's why says so rather than citing
// the checklist for it (issue 13, defect 9).
class AutodiscoverScpRule final : public Rule
{
public:
    QString id() const override { return u"NS-004"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const QString autodiscover = context.topology.organization.namespaces.autodiscover.trimmed();
        const QStringList fields{u"autodiscoverServiceInternalUri"_s};
        const auto isCas = [](const Server &s) { return s.roles.clientAccess; };
        if (autodiscover.isEmpty()) {
            if (std::any_of(context.topology.servers.cbegin(), context.topology.servers.cend(), isCas))
                out.append(cannotEvaluate(id(), organizationSubject(), {u"namespaces.autodiscover"_s},
                                          tr("the Autodiscover namespace is not planned"),
                                          QString(source::checklistFrom2010)));
            return;
        }
        const QString uri = u"https://%1/Autodiscover/Autodiscover.xml"_s.arg(autodiscover);
        for (const Server &s : context.topology.servers) {
            if (!isCas(s))
                continue;
            if (!s.autodiscoverServiceInternalUri.isKnown()) {
                out.append(cannotEvaluate(id(), serverSubject(s), fields,
                                          tr("the AutoDiscoverServiceInternalUri of %1 is not recorded").arg(s.name),
                                          QString(source::checklistFrom2010)));
                continue;
            }
            const QString current = s.autodiscoverServiceInternalUri.value().trimmed();
            if (!current.isEmpty() && urlHostMatches(current, autodiscover))
                continue;
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Warning;
            f.subject = serverSubject(s);
            f.fields = fields;
            f.message = current.isEmpty()
                ? tr("%1 (%2) has no AutoDiscoverServiceInternalUri.").arg(s.name, checkVersionName(s.version))
                : tr("The AutoDiscoverServiceInternalUri of %1 (%2) is %3, not on the Autodiscover namespace %4.")
                      .arg(s.name, checkVersionName(s.version), current, autodiscover);
            f.why = isLegacy(s.version)
                ? tr("Domain-joined Outlook finds Autodiscover through the service connection point that every "
                     "Client Access server publishes, this legacy one included. Microsoft's coexistence checklist "
                     "sets it on the new servers to the Autodiscover name; CoexPlan asks the same of legacy "
                     "servers, so that a client that picks their entry still reaches Autodiscover on the new "
                     "servers.")
                : tr("Domain-joined Outlook finds Autodiscover through the service connection point that every "
                     "Client Access server publishes. Microsoft's coexistence checklist sets the new servers' entry "
                     "to the Autodiscover name (its step \"Configure the service connection point\").");
            // Exchange 2016 replaces Set-ClientAccessServer with Set-ClientAccessService (cmdlet
            // reference, office-docs-powershell Set-ClientAccessService.md).
            if (s.version == ExchangeVersion::Unknown) {
                f.fix = tr("Record the Exchange version of %1 first: the cmdlet that sets the SCP depends on it "
                           "(Set-ClientAccessServer up to 2013, Set-ClientAccessService from 2016).")
                            .arg(s.name);
            } else {
                PsCommand set(hasClientAccessService(s.version) ? "Set-ClientAccessService"_L1
                                                                : "Set-ClientAccessServer"_L1,
                              s.version);
                set.text("Identity"_L1, s.name).text("AutoDiscoverServiceInternalUri"_L1, uri);
                f.fix = fixCommand(set, s.version);
            }
            f.source = QString(source::checklistFrom2010);
            out.append(f);
        }
    }
};
} // namespace

void addNamespaceRules(RuleList &rules)
{
    rules.push_back(std::make_unique<AmbiguousCasArrayNameRule>());
    rules.push_back(std::make_unique<DatabaseRpcEndpointOnNewCasRule>());
    rules.push_back(std::make_unique<MissingLegacyNamespaceRule>());
    rules.push_back(std::make_unique<AutodiscoverScpRule>());
}

} // namespace wizard
