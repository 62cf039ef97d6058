// Reading a Plan from the .coexplan JSON document. Strict: unknown members, wrong
// types, unknown enum values, dangling references and duplicate names are errors
// that name their JSON pointer.
#include "planreader.h"
#include "cutoverjson.h"
#include "jsonreader.h"
#include "planfile.h"
#include "powershell/outlookanywhereidentity.h"
#include "probejson.h"

#include <QCoreApplication>
#include <QSet>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace wizard::planjson {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

// `expected` is the list of tokens for the message, or a function that makes it (only
// when a token is wrong: this runs for every server).
template <typename T, typename Parse, typename Expected>
T parseEnum(const ObjectReader &r, const char *key, Parse parse, const Expected &expected)
{
    const QString token = r.requiredString(key);
    const auto value = parse(token);
    if (!value) {
        if constexpr (std::is_invocable_v<Expected>)
            r.fail(key, tr("unknown value \"%1\" (expected %2)").arg(token, expected()));
        else
            r.fail(key, tr("unknown value \"%1\" (expected %2)").arg(token, expected));
    }
    return *value;
}

AuthMethod parseAuth(const JsonValue &v, const JsonPath &pointer)
{
    const QString token = expectString(v, pointer);
    const auto m = parseAuthMethod(token);
    if (!m)
        failAt(pointer,
               tr("unknown authentication method \"%1\" (expected Basic, Ntlm, Negotiate or another "
                  "Exchange AuthenticationMethod value)")
                   .arg(token));
    return *m;
}

// Reads one Outlook Anywhere field into `setting`: absent or null = unknown; present on
// a field that does not exist for the version = error.
template <typename T, typename Read>
void readSetting(const ObjectReader &r, const char *key, Setting<T> &setting, Read read)
{
    const JsonValue *v = r.find(key);
    if (!v)
        return; // keeps Unknown or NotApplicable
    if (setting.isNotApplicable())
        r.fail(key, tr("this setting does not exist on the server's Exchange version"));
    setting = read(*v, r.pointerOf(key));
}

bool readBool(const JsonValue &v, const JsonPath &pointer)
{
    if (!v.is_boolean())
        failAt(pointer, tr("expected true or false, found %1").arg(typeName(v)));
    return v.boolean();
}

OutlookAnywhereSettings readOutlookAnywhere(const JsonValue &json, const JsonPath &pointer, ExchangeVersion version)
{
    ObjectReader r(json, pointer);
    r.rejectUnknownKeys({"enabled", "externalHostname", "internalHostname", "clientAuthenticationMethod",
                         "externalClientAuthenticationMethod", "internalClientAuthenticationMethod",
                         "iisAuthenticationMethods", "sslOffloading", "externalClientsRequireSsl",
                         "internalClientsRequireSsl"});
    OutlookAnywhereSettings s = unknownOutlookAnywhereSettings(version);
    readSetting(r, "enabled", s.enabled, readBool);
    readSetting(r, "externalHostname", s.externalHostname, expectHost);
    readSetting(r, "internalHostname", s.internalHostname, expectHost);
    readSetting(r, "clientAuthenticationMethod", s.clientAuthenticationMethod, parseAuth);
    readSetting(r, "externalClientAuthenticationMethod", s.externalClientAuthenticationMethod, parseAuth);
    readSetting(r, "internalClientAuthenticationMethod", s.internalClientAuthenticationMethod, parseAuth);
    readSetting(r, "iisAuthenticationMethods", s.iisAuthenticationMethods, [](const JsonValue &v, const JsonPath &p) {
        if (!v.is_array())
            failAt(p, tr("expected an array, found %1").arg(typeName(v)));
        AuthMethodSet set;
        std::size_t i = 0;
        for (const JsonValue &m : v.elements())
            set.insert(parseAuth(m, JsonPath(&p, i++)));
        return set;
    });
    readSetting(r, "sslOffloading", s.sslOffloading, readBool);
    readSetting(r, "externalClientsRequireSsl", s.externalClientsRequireSsl, readBool);
    readSetting(r, "internalClientsRequireSsl", s.internalClientsRequireSsl, readBool);
    return s;
}

Setting<QString> readOptionalStringSetting(const ObjectReader &r, const char *key, TextKind kind = TextKind::Line)
{
    const JsonValue *v = r.find(key);
    if (!v)
        return {};
    return expectText(*v, r.pointerOf(key), kind);
}

// Tier-2 values (RULEBOOK §3): each absent = unknown; one that the server's version
// does not have is an error naming it.
void readTier2ServerFields(const ObjectReader &r, Server &s)
{
    if (r.has("alternateServiceAccount")) {
        // The alternate service account arrived with Exchange 2010 SP1 (F88).
        if (s.version == ExchangeVersion::Ex2007)
            r.fail("alternateServiceAccount", tr("Exchange 2007 has no alternate service account"));
        s.alternateServiceAccount = readOptionalStringSetting(r, "alternateServiceAccount", TextKind::Name);
    }
    if (r.has("extendedProtection")) {
        // ExtendedProtectionTokenChecking exists from Exchange 2010 (F7, F23).
        if (s.version == ExchangeVersion::Ex2007)
            r.fail("extendedProtection", tr("Exchange 2007 has no Extended Protection setting"));
        s.extendedProtection = parseEnum<ExtendedProtection>(r, "extendedProtection", parseExtendedProtectionToken,
                                                             u"None, Allow or Require"_s);
    }
    if (r.has("kb3140410Installed"))
        s.kb3140410Installed = r.optionalBool("kb3140410Installed", false);
    if (r.has("requestQueueLimit")) {
        if (s.version != ExchangeVersion::Ex2010)
            r.fail("requestQueueLimit", tr("the requestQueueLimit concern applies to Exchange 2010 only"));
        s.requestQueueLimit = r.optionalInt("requestQueueLimit", 0, 0, 1000000);
    }
}

Server readServer(const JsonValue &json, const JsonPath &pointer)
{
    ObjectReader r(json, pointer);
    r.rejectUnknownKeys({"name", "fqdn", "site", "version", "build", "rollup", "roles", "operatingSystem",
                         "rpcOverHttpProxyInstalled", "autodiscoverServiceInternalUri", "outlookAnywhere", "current",
                         "readFromNewerShell", "rpcVirtualDirectoryIdentity", "alternateServiceAccount",
                         "extendedProtection", "kb3140410Installed", "requestQueueLimit"});
    Server s;
    s.name = r.requiredString("name");
    if (s.name.trimmed().isEmpty())
        r.fail("name", tr("a server needs a name"));
    s.fqdn = r.optionalString("fqdn", TextKind::Host);
    s.site = r.optionalString("site", TextKind::Name);
    // "unknown": the version was not in the imported output (RULEBOOK §1, §6).
    s.version = parseEnum<ExchangeVersion>(r, "version", parseExchangeVersionToken,
                                           [] { return tr("%1, or unknown").arg(knownExchangeVersionTokens()); });
    if (r.has("build")) {
        const QString text = expectString(r.at("build"), r.pointerOf("build"));
        const auto b = BuildNumber::parse(text);
        if (!b)
            r.fail("build", tr("\"%1\" is not an Exchange build number (e.g. 14.3.123.4)").arg(text));
        if (s.version == ExchangeVersion::Unknown)
            r.fail("build",
                   tr("build %1 is an %2 build: set \"version\" to %3")
                       .arg(text, exchangeVersionDisplayName(*versionOfBuild(*b)),
                            exchangeVersionToken(*versionOfBuild(*b))));
        if (versionOfBuild(*b) != s.version)
            r.fail("build", tr("build %1 is not an Exchange %2 build").arg(text, exchangeVersionToken(s.version)));
        s.build = *b;
    }
    if (r.has("rollup")) {
        if (!isLegacy(s.version))
            r.fail("rollup", tr("update rollups apply to Exchange 2007 and 2010 only"));
        s.rollup = r.optionalInt("rollup", 0, 0, 99);
    }
    r.forEachInArray("roles", [&s](const JsonValue &v, const JsonPath &p) {
        const QString role = expectString(v, p);
        if (role == u"clientAccess"_s)
            s.roles.clientAccess = true;
        else if (role == u"mailbox"_s)
            s.roles.mailbox = true;
        else if (role == u"publicFolders"_s)
            s.roles.publicFolders = true;
        else
            failAt(p, tr("unknown role \"%1\" (expected clientAccess, mailbox or publicFolders)").arg(role));
    });
    if (r.has("operatingSystem"))
        s.operatingSystem = parseEnum<WindowsServer>(r, "operatingSystem", parseWindowsServerToken,
                                                     u"2003, 2008, 2008R2, 2012, 2012R2, 2016, 2019 or 2022"_s);
    if (r.has("rpcOverHttpProxyInstalled"))
        s.rpcOverHttpProxyInstalled = r.optionalBool("rpcOverHttpProxyInstalled", false);
    s.autodiscoverServiceInternalUri = readOptionalStringSetting(r, "autodiscoverServiceInternalUri");
    s.outlookAnywhere = r.has("outlookAnywhere")
        ? readOutlookAnywhere(r.at("outlookAnywhere"), r.pointerOf("outlookAnywhere"), s.version)
        : unknownOutlookAnywhereSettings(s.version);
    if (r.has("current")) {
        ObjectReader c(r.at("current"), r.pointerOf("current"));
        c.rejectUnknownKeys({"outlookAnywhere", "autodiscoverServiceInternalUri"});
        CapturedState state;
        state.outlookAnywhere = c.has("outlookAnywhere")
            ? readOutlookAnywhere(c.at("outlookAnywhere"), c.pointerOf("outlookAnywhere"), s.version)
            : unknownOutlookAnywhereSettings(s.version);
        state.autodiscoverServiceInternalUri = readOptionalStringSetting(c, "autodiscoverServiceInternalUri");
        s.current = state;
    }
    s.readFromNewerShell = r.optionalBool("readFromNewerShell", false);
    s.rpcVirtualDirectoryIdentity = r.optionalString("rpcVirtualDirectoryIdentity", TextKind::Name);
    if (!s.rpcVirtualDirectoryIdentity.isEmpty()
        && !isRpcVirtualDirectoryIdentityOf(s.name, s.rpcVirtualDirectoryIdentity))
        r.fail("rpcVirtualDirectoryIdentity",
               tr("\"%1\" is not an Identity of server %2's virtual directory (expected \"%2\\Rpc (<web site>)\")")
                   .arg(s.rpcVirtualDirectoryIdentity, s.name));
    readTier2ServerFields(r, s);
    return s;
}

Organization readOrganization(const ObjectReader &r)
{
    r.rejectUnknownKeys(
        {"name", "namespaces", "expressCertPrincipalName", "servicePrincipalNames", "remotePublicFolderMailboxes"});
    Organization o;
    o.name = r.optionalString("name", TextKind::Name);
    if (r.has("namespaces")) {
        ObjectReader n(r.at("namespaces"), r.pointerOf("namespaces"));
        n.rejectUnknownKeys({"outlookAnywhereExternal", "outlookAnywhereInternal", "autodiscover", "legacy"});
        o.namespaces.outlookAnywhereExternal = n.optionalString("outlookAnywhereExternal", TextKind::Host);
        o.namespaces.outlookAnywhereInternal = n.optionalString("outlookAnywhereInternal", TextKind::Host);
        o.namespaces.autodiscover = n.optionalString("autodiscover", TextKind::Host);
        o.namespaces.legacy = n.optionalString("legacy", TextKind::Host);
    }
    o.expressCertPrincipalName = readOptionalStringSetting(r, "expressCertPrincipalName");
    if (r.has("servicePrincipalNames")) {
        QList<ServicePrincipalName> spns;
        r.forEachInArray("servicePrincipalNames", [&spns](const JsonValue &v, const QString &p) {
            ObjectReader e(v, p);
            e.rejectUnknownKeys({"name", "account"});
            ServicePrincipalName spn{e.requiredString("name", TextKind::Line),
                                     e.optionalString("account", TextKind::Line)};
            if (spn.name.trimmed().isEmpty())
                e.fail("name", tr("a service principal name cannot be empty"));
            spns.append(spn);
        });
        o.servicePrincipalNames = spns;
    }
    if (r.has("remotePublicFolderMailboxes")) {
        QList<PublicFolderProxyMailbox> mailboxes;
        r.forEachInArray("remotePublicFolderMailboxes", [&mailboxes](const JsonValue &v, const QString &p) {
            ObjectReader e(v, p);
            e.rejectUnknownKeys({"name", "database"});
            mailboxes.append({e.requiredString("name", TextKind::Line), e.optionalString("database", TextKind::Name)});
        });
        o.remotePublicFolderMailboxes = mailboxes;
    }
    return o;
}

// Duplicate names within one list are errors; Exchange names are case-insensitive.
class UniqueNames
{
public:
    explicit UniqueNames(QString what)
        : m_what(std::move(what))
    { }
    void add(const QString &name, const JsonPath &pointer)
    {
        const QString key = lowerCaseKey(name);
        if (m_seen.contains(key))
            failAt(JsonPath(&pointer, "name"), tr("duplicate %1 name \"%2\"").arg(m_what, name));
        m_seen.insert(key);
    }
    bool contains(const QString &name) const { return m_seen.contains(lowerCaseKey(name)); }

private:
    QString m_what;
    QSet<QString> m_seen;
};

// `what` is translated only for the message.
void requireReference(const UniqueNames &names, const QString &name, const JsonPath &pointer, const char *what)
{
    if (!name.isEmpty() && !names.contains(name))
        failAt(pointer, tr("\"%1\" does not name a %2 in this plan").arg(name, tr(what)));
}
} // namespace

Plan readPlan(const JsonValue &root)
{
    ObjectReader r(root, JsonPath());
    r.rejectUnknownKeys({"format", "formatVersion", "info", "organization", "sites", "servers", "casArrays",
                         "databases", "certificates", "loadBalancers", "clientGroups", "cutover", "checklist",
                         "lastProbe"});
    if (r.requiredString("format") != planFormatName)
        r.fail("format", tr("this is not a CoexPlan plan (format must be \"coexplan\")"));
    const int version = r.optionalInt("formatVersion", -1, 0, 1000000);
    if (version < 1)
        r.fail("formatVersion", tr("the format version is missing or invalid"));
    if (version > planFormatVersion)
        r.fail("formatVersion",
               tr("this plan was written by a newer CoexPlan (format version %1; this version reads "
                  "up to %2)")
                   .arg(version)
                   .arg(planFormatVersion));

    Plan plan;
    if (r.has("info")) {
        ObjectReader i(r.at("info"), r.pointerOf("info"));
        i.rejectUnknownKeys({"title", "author", "created", "modified", "notes"});
        plan.info.title = i.optionalString("title");
        plan.info.author = i.optionalString("author");
        plan.info.created = i.optionalString("created");
        plan.info.modified = i.optionalString("modified");
        plan.info.notes = i.optionalString("notes", TextKind::Note);
    }
    Topology &t = plan.topology;
    if (r.has("organization"))
        t.organization = readOrganization(ObjectReader(r.at("organization"), r.pointerOf("organization")));

    UniqueNames siteNames(tr("site"));
    r.forEachInArray("sites", [&](const JsonValue &v, const JsonPath &p) {
        ObjectReader s(v, p);
        s.rejectUnknownKeys({"name", "internetFacing"});
        Site site{s.requiredString("name"), s.optionalBool("internetFacing", false)};
        siteNames.add(site.name, p);
        t.sites.append(site);
    });

    UniqueNames serverNames(tr("server"));
    r.forEachInArray("servers", [&](const JsonValue &v, const JsonPath &p) {
        Server s = readServer(v, p);
        serverNames.add(s.name, p);
        requireReference(siteNames, s.site, JsonPath(&p, "site"), "site");
        t.servers.append(std::move(s));
    });

    UniqueNames arrayNames(tr("CAS array"));
    r.forEachInArray("casArrays", [&](const JsonValue &v, const JsonPath &p) {
        ObjectReader a(v, p);
        a.rejectUnknownKeys({"name", "fqdn", "site"});
        CasArray array{a.requiredString("name"), a.optionalString("fqdn", TextKind::Host),
                       a.optionalString("site", TextKind::Name)};
        arrayNames.add(array.name, p);
        requireReference(siteNames, array.site, JsonPath(&p, "site"), "site");
        t.casArrays.append(array);
    });

    UniqueNames databaseNames(tr("database"));
    r.forEachInArray("databases", [&](const JsonValue &v, const JsonPath &p) {
        ObjectReader d(v, p);
        d.rejectUnknownKeys({"name", "server", "rpcClientAccessServer", "publicFolderDatabase",
                             "isPublicFolderDatabase", "mailboxCount"});
        MailboxDatabase db;
        db.name = d.requiredString("name");
        db.server = d.optionalString("server", TextKind::Name);
        db.rpcClientAccessServer = readOptionalStringSetting(d, "rpcClientAccessServer", TextKind::Host);
        db.publicFolderDatabase = d.optionalString("publicFolderDatabase", TextKind::Name);
        db.isPublicFolderDatabase = d.optionalBool("isPublicFolderDatabase", false);
        if (d.has("mailboxCount"))
            db.mailboxCount = d.optionalInt("mailboxCount", 0, 0, 10000000);
        databaseNames.add(db.name, p);
        requireReference(serverNames, db.server, JsonPath(&p, "server"), "server");
        t.databases.append(db);
    });
    const JsonPath databases = r.pointerOf("databases");
    for (qsizetype i = 0; i < t.databases.size(); ++i) {
        const JsonPath database(&databases, std::size_t(i));
        requireReference(databaseNames, t.databases[i].publicFolderDatabase,
                         JsonPath(&database, "publicFolderDatabase"), "database");
    }
    if (t.organization.remotePublicFolderMailboxes.isKnown()) {
        const QList<PublicFolderProxyMailbox> &proxies = t.organization.remotePublicFolderMailboxes.value();
        const JsonPath organization = r.pointerOf("organization");
        const JsonPath list(&organization, "remotePublicFolderMailboxes");
        for (qsizetype i = 0; i < proxies.size(); ++i) {
            const JsonPath mailbox(&list, std::size_t(i));
            requireReference(databaseNames, proxies[i].database, JsonPath(&mailbox, "database"), "database");
        }
    }

    UniqueNames certificateNames(tr("certificate"));
    r.forEachInArray("certificates", [&](const JsonValue &v, const JsonPath &p) {
        ObjectReader c(v, p);
        c.rejectUnknownKeys({"name", "subject", "names", "selfSigned", "servers", "notAfter"});
        Certificate cert;
        cert.name = c.requiredString("name");
        cert.subject = c.optionalString("subject");
        cert.names = c.optionalStringList("names", TextKind::Host);
        if (c.has("selfSigned"))
            cert.selfSigned = c.optionalBool("selfSigned", false);
        cert.servers = c.optionalStringList("servers");
        cert.notAfter = c.optionalString("notAfter");
        certificateNames.add(cert.name, p);
        const JsonPath servers(&p, "servers");
        for (qsizetype i = 0; i < cert.servers.size(); ++i)
            requireReference(serverNames, cert.servers[i], JsonPath(&servers, std::size_t(i)), "server");
        t.certificates.append(cert);
    });

    UniqueNames balancerNames(tr("load balancer"));
    r.forEachInArray("loadBalancers", [&](const JsonValue &v, const JsonPath &p) {
        ObjectReader l(v, p);
        l.rejectUnknownKeys({"name", "hostNames", "tls", "servers"});
        LoadBalancer lb;
        lb.name = l.requiredString("name");
        lb.hostNames = l.optionalStringList("hostNames", TextKind::Host);
        if (l.has("tls"))
            lb.tls = parseEnum<TlsMode>(l, "tls", parseTlsModeToken, u"passthrough, offload or bridging"_s);
        lb.servers = l.optionalStringList("servers");
        balancerNames.add(lb.name, p);
        const JsonPath servers(&p, "servers");
        for (qsizetype i = 0; i < lb.servers.size(); ++i)
            requireReference(serverNames, lb.servers[i], JsonPath(&servers, std::size_t(i)), "server");
        t.loadBalancers.append(lb);
    });

    UniqueNames groupNames(tr("client group"));
    r.forEachInArray("clientGroups", [&](const JsonValue &v, const JsonPath &p) {
        ObjectReader g(v, p);
        g.rejectUnknownKeys(
            {"name", "outlook", "servicePack", "location", "mailboxServers", "headCount", "kerberosCoexistenceUpdate"});
        ClientGroup group;
        group.name = g.requiredString("name");
        group.outlook = parseEnum<OutlookVersion>(g, "outlook", parseOutlookVersionToken,
                                                  u"2003, 2007, 2010, 2013, 2016, 2019 or 365"_s);
        if (g.has("servicePack"))
            group.servicePack = g.optionalInt("servicePack", 0, 0, 9);
        group.location
            = parseEnum<ClientLocation>(g, "location", parseClientLocationToken, u"internal, external or both"_s);
        group.mailboxServers = g.optionalStringList("mailboxServers");
        group.headCount = g.optionalInt("headCount", 0, 0, 10000000);
        if (g.has("kerberosCoexistenceUpdate"))
            group.kerberosCoexistenceUpdate = g.optionalBool("kerberosCoexistenceUpdate", false);
        groupNames.add(group.name, p);
        const JsonPath mailboxServers(&p, "mailboxServers");
        for (qsizetype i = 0; i < group.mailboxServers.size(); ++i)
            requireReference(serverNames, group.mailboxServers[i], JsonPath(&mailboxServers, std::size_t(i)), "server");
        t.clientGroups.append(group);
    });

    if (r.has("cutover"))
        t.cutover = readCutover(r.at("cutover"), r.pointerOf("cutover"), t);

    if (r.has("checklist")) {
        const JsonValue &c = r.at("checklist");
        const JsonPath base = r.pointerOf("checklist");
        ObjectReader checklist(c, base);
        for (const JsonMember &member : c.members()) {
            const QString id = expectText(member.key, base, TextKind::Name);
            ObjectReader item(member.value, JsonPath(&base, id));
            item.rejectUnknownKeys({"done", "owner", "date", "signOff", "note", "result"});
            ChecklistItemState state;
            state.done = item.optionalBool("done", false);
            state.owner = item.optionalString("owner");
            state.date = item.optionalString("date");
            state.signOff = item.optionalString("signOff");
            state.note = item.optionalString("note", TextKind::Note);
            state.result = item.optionalString("result", TextKind::Note);
            plan.checklist.insert(id, state);
        }
    }
    if (r.has("lastProbe"))
        plan.lastProbe = readProbeRecord(ObjectReader(r.at("lastProbe"), r.pointerOf("lastProbe")));
    return plan;
}

} // namespace wizard::planjson
