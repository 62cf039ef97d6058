// Legacy public folders reached by mailboxes on the new servers (RULEBOOK §3 tier 2,
// PF-001..004; F57-F59, F77, C9).
#include "findingbuilder.h"
#include "outlookanywherecommands.h"
#include "rule.h"
#include "sources.h"
#include "translationmemo.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return checkText(text);
}

// Exchange 2013 CU5 (15.0.913.22) brought RemotePublicFolderMailboxes; from CU7
// (15.0.1044.25) Autodiscover-based discovery of legacy public folders is the supported
// path (F57, F58, F89; builds from the build-number page, S55).
const BuildNumber cu5{15, 0, 913, 22};
const BuildNumber cu7{15, 0, 1044, 25};

// What the plan says about legacy public folders and the mailboxes that open them,
// gathered in one pass over servers and databases.
struct PublicFolderPicture
{
    QList<const Server *> legacyPublicFolderServers; // 2007/2010 servers hosting public folders
    QList<const MailboxDatabase *> legacyPublicFolderDatabases2010;
    bool newMailboxes = false; // a mailbox server of 2013 or later

    bool legacyFoldersInUse() const
    {
        return !legacyPublicFolderServers.isEmpty() || !legacyPublicFolderDatabases2010.isEmpty();
    }
};

PublicFolderPicture publicFolderPicture(const CheckContext &context)
{
    PublicFolderPicture p;
    for (const Server &s : context.topology.servers) {
        if (isLegacy(s.version) && s.roles.publicFolders)
            p.legacyPublicFolderServers.append(&s);
        p.newMailboxes |= !isLegacy(s.version) && s.roles.mailbox;
    }
    for (const MailboxDatabase &db : context.topology.databases) {
        if (!db.isPublicFolderDatabase)
            continue;
        const Server *host = context.server(db.server);
        if (host && host->version == ExchangeVersion::Ex2010)
            p.legacyPublicFolderDatabases2010.append(&db);
    }
    return p;
}

// PF-001: an Exchange 2010 public folder server must also be a Client Access server
// running Outlook Anywhere for mailboxes on 2013 or later to open its folders (F57);
// 2007 public folder servers need no CAS role. Outlook Anywhere off on such a server is
// PB-001's finding (it names the public folders); this rule adds the missing role.
class PublicFolderServerWithoutClientAccessRule final : public Rule
{
public:
    QString id() const override { return u"PF-001"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const PublicFolderPicture p = publicFolderPicture(context);
        if (!p.newMailboxes)
            return;
        for (const Server *s : p.legacyPublicFolderServers) {
            if (s->version != ExchangeVersion::Ex2010 || s->roles.clientAccess)
                continue;
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Error,
                .subject = serverSubject(*s),
                .fields = {u"roles"_s},
                .message = tr("%1 hosts Exchange 2010 public folders but is not a Client Access server; mailboxes on "
                              "the new servers cannot open its folders.")
                               .arg(s->name),
                .why = tr("Mailboxes on Exchange 2013 or later reach Exchange 2010 public folders through Outlook "
                          "Anywhere on the public folder server itself, so it needs the Client Access role with "
                          "Outlook Anywhere enabled."),
                .fix = tr("Install the Client Access role on %1 (Exchange 2010 setup), then enable Outlook Anywhere "
                          "there as on the other Exchange 2010 Client Access servers.")
                           .arg(s->name),
                .source = QString(source::legacyPublicFolders2013),
            });
        }
    }
};

// PF-002: from 2013 CU7 new mailboxes find legacy public folders through the proxy
// mailboxes named in RemotePublicFolderMailboxes; below CU5 that setting does not exist
// (F57, F58).
class LegacyPublicFoldersWithoutProxyMailboxesRule final : public Rule
{
public:
    QString id() const override { return u"PF-002"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const PublicFolderPicture p = publicFolderPicture(context);
        if (!p.legacyFoldersInUse() || context.newCas().isEmpty())
            return;
        const QString field = u"remotePublicFolderMailboxes"_s;
        QStringList unknownBuild, belowCu5;
        bool allFromCu7 = true;
        for (const Server *cas : context.newCas()) {
            if (cas->version != ExchangeVersion::Ex2013)
                continue; // 2016 is past 2013 CU7 in this respect
            if (!cas->build.isKnown()) {
                unknownBuild.append(cas->name);
                continue;
            }
            if (cas->build.value() < cu5)
                belowCu5.append(cas->name);
            allFromCu7 &= cas->build.value() >= cu7;
        }
        if (!belowCu5.isEmpty()) {
            out.append(finding(tr("Legacy public folders are in use and %1 is below Exchange 2013 CU5, which cannot "
                                  "name public folder proxy mailboxes.")
                                   .arg(nameList(belowCu5)),
                               tr("Install Exchange 2013 CU7 or later on %1, then create a proxy mailbox per legacy "
                                  "public folder server and name them with Set-OrganizationConfig "
                                  "-PublicFoldersEnabled Remote -RemotePublicFolderMailboxes.")
                                   .arg(nameList(belowCu5))));
            return;
        }
        if (!unknownBuild.isEmpty()) {
            out.append(cannotEvaluate(id(), organizationSubject(), {field},
                                      tr("the build of %1 is not recorded").arg(nameList(unknownBuild)),
                                      QString(source::publicFoldersCu7)));
            return;
        }
        if (!allFromCu7)
            return; // CU5 and CU6 still reach legacy folders the earlier way (F58)
        const Setting<QList<PublicFolderProxyMailbox>> &proxies
            = context.topology.organization.remotePublicFolderMailboxes;
        if (proxies.isUnknown()) {
            out.append(cannotEvaluate(id(), organizationSubject(), {field},
                                      tr("the organization's RemotePublicFolderMailboxes are not recorded"),
                                      QString(source::publicFoldersCu7)));
            return;
        }
        if (proxies.isKnown() && !proxies.value().isEmpty())
            return;
        QStringList servers;
        for (const Server *s : p.legacyPublicFolderServers)
            servers.append(s->name);
        out.append(finding(
            tr("Legacy public folders are in use but no public folder proxy mailboxes are planned "
               "(RemotePublicFolderMailboxes is empty)."),
            servers.isEmpty()
                ? tr(
                    "On each legacy public folder server create an empty mailbox database with a hidden proxy "
                    "mailbox, set that database's RpcClientAccessServer to the server, then run Set-OrganizationConfig "
                    "-PublicFoldersEnabled Remote -RemotePublicFolderMailboxes with the proxy mailboxes.")
                : tr("On %1 create an empty mailbox database with a hidden proxy mailbox each, set each database's "
                     "RpcClientAccessServer to its server, then run Set-OrganizationConfig -PublicFoldersEnabled "
                     "Remote -RemotePublicFolderMailboxes with the proxy mailboxes.")
                      .arg(nameList(servers))));
    }

private:
    Finding finding(const QString &message, const QString &fix) const
    {
        return Finding{
            .ruleId = id(),
            .severity = Severity::Warning,
            .subject = organizationSubject(),
            .fields = {u"remotePublicFolderMailboxes"_s},
            .message = message,
            .why = tr("From Exchange 2013 CU7, Outlook of mailboxes on the new servers finds legacy public folders "
                      "through Autodiscover and the proxy mailboxes listed in RemotePublicFolderMailboxes; without "
                      "them those users cannot open the public folders."),
            .fix = fix,
            .source = QString(source::legacyPublicFolders2013),
        };
    }
};

// PF-003: with several Exchange 2010 public folder databases, a user's mailbox database
// must name the same default public folder database as the proxy mailbox's database,
// or Outlook cannot open the folders (KB 3177600, F59).
class PublicFolderDatabaseMismatchRule final : public Rule
{
public:
    QString id() const override { return u"PF-003"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const PublicFolderPicture p = publicFolderPicture(context);
        if (p.legacyPublicFolderDatabases2010.size() < 2)
            return;
        const Setting<QList<PublicFolderProxyMailbox>> &proxies
            = context.topology.organization.remotePublicFolderMailboxes;
        if (!proxies.isKnown() || proxies.value().isEmpty())
            return; // unknown or none: PF-002 says so
        QHash<QString, const MailboxDatabase *> byName;
        for (const MailboxDatabase &db : context.topology.databases)
            byName.insert(lowerCase(db.name), &db);
        QSet<QString> proxyFolderDatabases;
        QStringList unrecorded;
        for (const PublicFolderProxyMailbox &m : proxies.value()) {
            const MailboxDatabase *db = byName.value(lowerCase(m.database));
            if (!db || db->publicFolderDatabase.isEmpty())
                unrecorded.append(m.name);
            else
                proxyFolderDatabases.insert(lowerCase(db->publicFolderDatabase));
        }
        if (!unrecorded.isEmpty()) {
            out.append(cannotEvaluate(id(), organizationSubject(), {u"remotePublicFolderMailboxes"_s},
                                      tr("the public folder database of proxy mailbox %1 (its mailbox database's "
                                         "PublicFolderDatabase) is not recorded")
                                          .arg(nameList(unrecorded)),
                                      QString(source::kb3177600)));
            return;
        }
        for (const MailboxDatabase &db : context.topology.databases) {
            if (db.isPublicFolderDatabase || db.publicFolderDatabase.isEmpty()
                || proxyFolderDatabases.contains(lowerCase(db.publicFolderDatabase)))
                continue;
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Warning,
                .subject = {SubjectKind::Database, db.name},
                .fields = {u"publicFolderDatabase"_s},
                .message = tr("Mailbox database %1 uses public folder database %2, which is not the one of any public "
                              "folder proxy mailbox.")
                               .arg(db.name, db.publicFolderDatabase),
                .why = tr("With several Exchange 2010 public folder databases, a user's mailbox database must point "
                          "to the same public folder database as the proxy mailbox's database, or Outlook cannot "
                          "open the public folders."),
                .fix = tr("In the Exchange 2010 Management Shell point %1 at the proxy mailbox's public folder "
                          "database (Set-MailboxDatabase -PublicFolderDatabase), or point the proxy mailbox's "
                          "database at %2.")
                           .arg(db.name, db.publicFolderDatabase),
                .source = QString(source::kb3177600),
            });
        }
    }
};

// PF-004: mailboxes on the new servers opening legacy public folders or shared
// mailboxes are prompted when the new client method is not NTLM while the legacy /rpc
// accepts NTLM only (F77; KB 2834139 is known only from community posts, C9).
class NewClientMethodAgainstNtlmOnlyLegacyRule final : public Rule
{
public:
    QString id() const override { return u"PF-004"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const PublicFolderPicture p = publicFolderPicture(context);
        bool legacyMailboxes = false;
        for (const Server *s : context.legacyServers())
            legacyMailboxes |= s->roles.mailbox;
        if (!p.newMailboxes || (!p.legacyFoldersInUse() && !legacyMailboxes))
            return;
        QStringList ntlmOnly;
        const AuthMethodSet justNtlm{AuthMethod::Ntlm};
        for (const Server *cas : context.legacyCas()) {
            const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
            if (oa.iisAuthenticationMethods.isKnown() && oa.iisAuthenticationMethods.value() == justNtlm
                && !(oa.enabled.isKnown() && !oa.enabled.value()))
                ntlmOnly.append(cas->name);
        }
        if (ntlmOnly.isEmpty())
            return;
        for (const Server *cas : context.newCas()) {
            const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
            QList<PsArgument> parameters;
            QStringList fields;
            bool unknown = false;
            const struct
            {
                const Setting<AuthMethod> &method;
                QLatin1String field;
                QLatin1String parameter;
            } sides[] = {
                {oa.internalClientAuthenticationMethod, oafield::internalClientAuthenticationMethod,
                 "InternalClientAuthenticationMethod"_L1},
                {oa.externalClientAuthenticationMethod, oafield::externalClientAuthenticationMethod,
                 "ExternalClientAuthenticationMethod"_L1},
            };
            for (const auto &side : sides) {
                unknown |= side.method.isUnknown();
                if (side.method.isKnown() && side.method.value() != AuthMethod::Ntlm) {
                    parameters.append(authMethodsArgument(side.parameter, AuthMethodSet{AuthMethod::Ntlm}));
                    fields.append(QString(side.field));
                }
            }
            if (parameters.isEmpty()) {
                if (unknown) {
                    out.append(
                        cannotEvaluate(id(), serverSubject(*cas),
                                       {QString(oafield::internalClientAuthenticationMethod),
                                        QString(oafield::externalClientAuthenticationMethod)},
                                       tr("the client authentication methods of %1 are not recorded").arg(cas->name),
                                       QString(source::publicFolderPrompts2013)));
                }
                continue;
            }
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Warning,
                .subject = serverSubject(*cas),
                .fields = fields,
                .message = tr("%1 does not give its Outlook clients NTLM, while %2 accept only NTLM on /rpc: users on "
                              "the new servers may be prompted when they open legacy public folders or shared "
                              "mailboxes.")
                               .arg(cas->name, nameList(ntlmOnly)),
                .why = tr("Outlook opens a legacy public folder or shared mailbox with the method its own mailbox's "
                          "settings give it; against a legacy /rpc that accepts NTLM only, anything else prompts. "
                          "Field reports fix it by giving the new servers' clients NTLM and requiring SSL."),
                .fix = setOutlookAnywhereCommand(*cas, parameters),
                .source = QString(source::publicFolderPrompts2013),
            });
        }
    }
};
} // namespace

void addPublicFolderRules(RuleList &rules)
{
    rules.push_back(std::make_unique<PublicFolderServerWithoutClientAccessRule>());
    rules.push_back(std::make_unique<LegacyPublicFoldersWithoutProxyMailboxesRule>());
    rules.push_back(std::make_unique<PublicFolderDatabaseMismatchRule>());
    rules.push_back(std::make_unique<NewClientMethodAgainstNtlmOnlyLegacyRule>());
}

} // namespace wizard
