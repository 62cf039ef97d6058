#include "cmdletrecords.h"

#include <algorithm>
#include <array>

namespace wizard {

using namespace Qt::StringLiterals;

namespace {
template <std::size_t N> bool hasAny(const PsRecord &r, const std::array<const char16_t *, N> &names)
{
    for (const char16_t *n : names) {
        if (r.has(QStringView(n)))
            return true;
    }
    return false;
}

RecordKind kindOfSection(QStringView section)
{
    // "Get-Mailbox -Identity X" before "Get-Mailbox": the first kind whose name the section
    // starts with wins.
    static const std::array<RecordKind, 12> kinds = {
        RecordKind::OutlookAnywhere,    RecordKind::ExchangeServer,
        RecordKind::ClientAccessServer, RecordKind::ClientAccessArray,
        RecordKind::MailboxDatabase,    RecordKind::ExchangeCertificate,
        RecordKind::OutlookProvider,    RecordKind::Mailbox,
        RecordKind::MailboxCount,       RecordKind::PublicFolderDatabase,
        RecordKind::OrganizationConfig, RecordKind::ServicePrincipalNames,
    };
    for (const RecordKind k : kinds) {
        // "Get-ExchangeCertificate EX1": the section names the cmdlet, then its argument.
        const QString name = recordKindName(k);
        if (section.compare(name, Qt::CaseInsensitive) == 0
            || section.startsWith(QString(name + u' '), Qt::CaseInsensitive))
            return k;
    }
    return RecordKind::Unknown;
}

// The stages of a pipeline, split on '|' outside quotes.
QList<QStringView> pipelineStages(QStringView command)
{
    QList<QStringView> stages;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'|') {
            stages.append(command.sliced(start, i - start).trimmed());
            start = i + 1;
        }
    }
    stages.append(command.sliced(start).trimmed());
    return stages;
}

// What an echoed pipeline prints: the kind of the last cmdlet that produces objects,
// when every later stage only filters, sorts, selects or formats them (the properties
// then are a subset of that cmdlet's), or Group-Object after Get-Mailbox (the counts
// per database). Anything else, e.g. a ForEach-Object script block, is Unknown.
RecordKind kindOfEchoedCommand(QStringView command)
{
    static const std::array<RecordKind, 10> producers = {
        RecordKind::OutlookAnywhere,     RecordKind::ExchangeServer,       RecordKind::ClientAccessServer,
        RecordKind::ClientAccessArray,   RecordKind::MailboxDatabase,      RecordKind::ExchangeCertificate,
        RecordKind::OutlookProvider,     RecordKind::PublicFolderDatabase, RecordKind::OrganizationConfig,
        RecordKind::Mailbox,
    };
    static const std::array<const char16_t *, 14> passThrough = {
        u"Select-Object", u"select",   u"Format-List", u"fl",      u"Format-Table", u"ft",      u"Sort-Object",
        u"sort",          u"Where-Object", u"where",   u"?",       u"Out-String",   u"Out-Host", u"more",
    };
    RecordKind kind = RecordKind::Unknown;
    for (const QStringView stage : pipelineStages(command)) {
        const qsizetype space = stage.indexOf(u' ');
        const QStringView cmdlet = space < 0 ? stage : stage.first(space);
        if (cmdlet.isEmpty())
            return RecordKind::Unknown;
        const auto is = [&cmdlet](const char16_t *name) { return cmdlet.compare(QStringView(name), Qt::CaseInsensitive) == 0; };
        if (std::any_of(passThrough.cbegin(), passThrough.cend(), is))
            continue;
        if (is(u"Group-Object") || is(u"group")) {
            if (kind != RecordKind::Mailbox)
                return RecordKind::Unknown;
            kind = RecordKind::MailboxCount;
            continue;
        }
        // Get-Mailbox's kind name is "Get-Mailbox -Identity"; the cmdlet is Get-Mailbox.
        const auto named = [&cmdlet](RecordKind k) {
            const QString name = k == RecordKind::Mailbox ? u"Get-Mailbox"_s : recordKindName(k);
            return cmdlet.compare(name, Qt::CaseInsensitive) == 0;
        };
        const auto *found = std::find_if(producers.cbegin(), producers.cend(), named);
        if (found == producers.cend())
            return RecordKind::Unknown;
        kind = *found;
    }
    return kind;
}

bool identityIsRpcVdir(const PsRecord &r)
{
    const PsProperty *identity = r.find(u"Identity");
    const PsProperty *name = r.find(u"Name");
    const auto isRpc = [](QStringView v) {
        const qsizetype slash = v.lastIndexOf(u'\\');
        return v.sliced(slash + 1).startsWith(u"Rpc (", Qt::CaseInsensitive);
    };
    return (identity && isRpc(identity->value)) || (name && isRpc(name->value));
}
} // namespace

RecordKind classifyRecord(const PsRecord &record)
{
    if (!record.section.isEmpty()) {
        const RecordKind k = kindOfSection(record.section);
        if (k != RecordKind::Unknown)
            return k;
    }
    // Properties only the Rpc virtual directory has (F34, F36).
    static const std::array<const char16_t *, 10> outlookAnywhere = {
        u"IISAuthenticationMethods",
        u"SSLOffloading",
        u"ClientAuthenticationMethod",
        u"ExternalClientAuthenticationMethod",
        u"InternalClientAuthenticationMethod",
        u"ExternalClientsRequireSsl",
        u"InternalClientsRequireSsl",
        u"InternalHostname",
        u"XropUrl",
        u"ExternalAuthenticationMethod",
    };
    if (hasAny(record, outlookAnywhere) || identityIsRpcVdir(record)
        || (record.has(u"ServerName") && record.has(u"ExternalHostname")))
        return RecordKind::OutlookAnywhere;
    static const std::array<const char16_t *, 2> certificate = {u"Thumbprint", u"CertificateDomains"};
    if (hasAny(record, certificate))
        return RecordKind::ExchangeCertificate;
    static const std::array<const char16_t *, 2> provider = {u"CertPrincipalName", u"OutlookProviderFlags"};
    if (hasAny(record, provider))
        return RecordKind::OutlookProvider;
    // Properties of a public folder database that a mailbox database lacks: the
    // replication and referral settings Set-PublicFolderDatabase changes
    // (office-docs-powershell Set-PublicFolderDatabase.md, Applicable: 2010).
    static const std::array<const char16_t *, 4> publicFolderDatabase
        = {u"PublicFolderHierarchy", u"UseCustomReferralServerList", u"CustomReferralServerList",
           u"ReplicationMessageSize"};
    if (hasAny(record, publicFolderDatabase))
        return RecordKind::PublicFolderDatabase;
    // Get-OrganizationConfig, whole or the subset `fl *publicfolder*` prints.
    static const std::array<const char16_t *, 2> organization
        = {u"RemotePublicFolderMailboxes", u"PublicFoldersEnabled"};
    if (hasAny(record, organization))
        return RecordKind::OrganizationConfig;
    // One mailbox with its database: Get-Mailbox's own properties (a whole Format-List),
    // or only Name and Database as `Get-Mailbox X | Select-Object Name, Database` prints them.
    static const std::array<const char16_t *, 4> mailbox
        = {u"Alias", u"RecipientTypeDetails", u"PrimarySmtpAddress", u"HiddenFromAddressListsEnabled"};
    if (record.has(u"Database")
        && (hasAny(record, mailbox)
            || std::all_of(record.properties.cbegin(), record.properties.cend(), [](const PsProperty &p) {
                   return p.name.compare(u"Name", Qt::CaseInsensitive) == 0
                       || p.name.compare(u"Database", Qt::CaseInsensitive) == 0
                       || p.name.compare(u"DisplayName", Qt::CaseInsensitive) == 0;
               })))
        return RecordKind::Mailbox;
    static const std::array<const char16_t *, 2> database = {u"RpcClientAccessServer", u"PublicFolderDatabase"};
    if (hasAny(record, database))
        return RecordKind::MailboxDatabase;
    // Group-Object's result (GroupInfo: Count, Name, Group, Values), as the collector's
    // "Get-Mailbox | Group-Object Database | Select-Object Name, Count" prints it.
    if (record.has(u"Count") && record.has(u"Name")
        && std::all_of(record.properties.cbegin(), record.properties.cend(), [](const PsProperty &p) {
               return p.name.compare(u"Count", Qt::CaseInsensitive) == 0
                   || p.name.compare(u"Name", Qt::CaseInsensitive) == 0
                   || p.name.compare(u"Values", Qt::CaseInsensitive) == 0
                   || p.name.compare(u"Group", Qt::CaseInsensitive) == 0;
           }))
        return RecordKind::MailboxCount;
    static const std::array<const char16_t *, 3> cas
        = {u"OutlookAnywhereEnabled", u"AutoDiscoverServiceInternalUri", u"AlternateServiceAccountConfiguration"};
    if (hasAny(record, cas))
        return RecordKind::ClientAccessServer;
    if (record.has(u"Members") && record.has(u"Fqdn"))
        return RecordKind::ClientAccessArray;
    static const std::array<const char16_t *, 2> server = {u"ServerRole", u"IsClientAccessServer"};
    if (hasAny(record, server) || (record.has(u"AdminDisplayVersion") && record.has(u"Fqdn")))
        return RecordKind::ExchangeServer;
    // Properties any object may have (Name, Server, Identity...): the echoed command says
    // which cmdlet printed them ("Get-MailboxDatabase | ft Name,Server").
    if (!record.command.isEmpty())
        return kindOfEchoedCommand(record.command);
    return RecordKind::Unknown;
}

QString outlookAnywhereServerName(const PsRecord &record)
{
    for (const char16_t *key : {u"ServerName", u"Server"}) {
        if (const PsProperty *p = record.find(QStringView(key)); p && !p->value.isEmpty() && !p->truncated)
            return p->value;
    }
    if (const PsProperty *identity = record.find(u"Identity"); identity && !identity->truncated) {
        const qsizetype slash = identity->value.indexOf(u'\\');
        if (slash > 0)
            return identity->value.left(slash);
    }
    return {};
}

bool isBackEndVirtualDirectory(const PsRecord &record)
{
    for (const char16_t *key : {u"Identity", u"Name"}) {
        const PsProperty *p = record.find(QStringView(key));
        if (p && p->value.contains(u"(Exchange Back End)", Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace wizard
