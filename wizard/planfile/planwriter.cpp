// Writing a Plan as .coexplan JSON. Deterministic: members in a fixed order, unknown
// and not-applicable settings omitted, so that save -> load -> save is byte-identical.
#include "planwriter.h"

#include "cutoverjson.h"
#include "jsonreader.h"
#include "planfile.h"
#include "probejson.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace wizard::planjson {

namespace {
using Json = nlohmann::ordered_json;

Json stringList(const QStringList &list)
{
    Json a = Json::array();
    for (const QString &s : list)
        a.push_back(toStd(s));
    return a;
}

void putIfNotEmpty(Json &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o[key] = toStd(value);
}

template <typename T, typename Convert> void putSetting(Json &o, const char *key, const Setting<T> &s, Convert convert)
{
    if (s.isKnown())
        o[key] = convert(s.value());
}

const auto asString = [](const QString &s) { return toStd(s); };
const auto asBool = [](bool b) { return b; };
const auto asAuth = [](AuthMethod m) { return toStd(authMethodToken(m)); };

Json writeOutlookAnywhere(const OutlookAnywhereSettings &s)
{
    Json o = Json::object();
    putSetting(o, "enabled", s.enabled, asBool);
    putSetting(o, "externalHostname", s.externalHostname, asString);
    putSetting(o, "internalHostname", s.internalHostname, asString);
    putSetting(o, "clientAuthenticationMethod", s.clientAuthenticationMethod, asAuth);
    putSetting(o, "externalClientAuthenticationMethod", s.externalClientAuthenticationMethod, asAuth);
    putSetting(o, "internalClientAuthenticationMethod", s.internalClientAuthenticationMethod, asAuth);
    putSetting(o, "iisAuthenticationMethods", s.iisAuthenticationMethods,
               [](const AuthMethodSet &set) { return stringList(set.toTokens()); });
    putSetting(o, "sslOffloading", s.sslOffloading, asBool);
    putSetting(o, "externalClientsRequireSsl", s.externalClientsRequireSsl, asBool);
    putSetting(o, "internalClientsRequireSsl", s.internalClientsRequireSsl, asBool);
    return o;
}

Json writeServer(const Server &s)
{
    Json o = Json::object();
    o["name"] = toStd(s.name);
    putIfNotEmpty(o, "fqdn", s.fqdn);
    putIfNotEmpty(o, "site", s.site);
    o["version"] = toStd(exchangeVersionToken(s.version));
    putSetting(o, "build", s.build, [](const BuildNumber &b) { return toStd(b.toString()); });
    putSetting(o, "rollup", s.rollup, [](int r) { return r; });
    QStringList roles;
    if (s.roles.clientAccess)
        roles.append(u"clientAccess"_s);
    if (s.roles.mailbox)
        roles.append(u"mailbox"_s);
    if (s.roles.publicFolders)
        roles.append(u"publicFolders"_s);
    o["roles"] = stringList(roles);
    putSetting(o, "operatingSystem", s.operatingSystem, [](WindowsServer w) { return toStd(windowsServerToken(w)); });
    putSetting(o, "rpcOverHttpProxyInstalled", s.rpcOverHttpProxyInstalled, asBool);
    putSetting(o, "autodiscoverServiceInternalUri", s.autodiscoverServiceInternalUri, asString);
    o["outlookAnywhere"] = writeOutlookAnywhere(s.outlookAnywhere);
    if (s.current) {
        Json c = Json::object();
        c["outlookAnywhere"] = writeOutlookAnywhere(s.current->outlookAnywhere);
        putSetting(c, "autodiscoverServiceInternalUri", s.current->autodiscoverServiceInternalUri, asString);
        o["current"] = c;
    }
    if (s.readFromNewerShell)
        o["readFromNewerShell"] = true;
    putIfNotEmpty(o, "rpcVirtualDirectoryIdentity", s.rpcVirtualDirectoryIdentity);
    putSetting(o, "alternateServiceAccount", s.alternateServiceAccount, asString);
    putSetting(o, "extendedProtection", s.extendedProtection,
               [](ExtendedProtection e) { return toStd(extendedProtectionToken(e)); });
    putSetting(o, "kb3140410Installed", s.kb3140410Installed, asBool);
    putSetting(o, "requestQueueLimit", s.requestQueueLimit, [](int n) { return n; });
    return o;
}
} // namespace

std::string writePlan(const Plan &plan)
{
    Json root = Json::object();
    root["format"] = toStd(QString(planFormatName));
    root["formatVersion"] = planFormatVersion;

    Json info = Json::object();
    putIfNotEmpty(info, "title", plan.info.title);
    putIfNotEmpty(info, "author", plan.info.author);
    putIfNotEmpty(info, "created", plan.info.created);
    putIfNotEmpty(info, "modified", plan.info.modified);
    putIfNotEmpty(info, "notes", plan.info.notes);
    root["info"] = info;

    const Topology &t = plan.topology;
    Json org = Json::object();
    putIfNotEmpty(org, "name", t.organization.name);
    Json ns = Json::object();
    const Namespaces &n = t.organization.namespaces;
    putIfNotEmpty(ns, "outlookAnywhereExternal", n.outlookAnywhereExternal);
    putIfNotEmpty(ns, "outlookAnywhereInternal", n.outlookAnywhereInternal);
    putIfNotEmpty(ns, "autodiscover", n.autodiscover);
    putIfNotEmpty(ns, "legacy", n.legacy);
    org["namespaces"] = ns;
    putSetting(org, "expressCertPrincipalName", t.organization.expressCertPrincipalName, asString);
    putSetting(org, "servicePrincipalNames", t.organization.servicePrincipalNames,
               [](const QList<ServicePrincipalName> &spns) {
                   Json a = Json::array();
                   for (const ServicePrincipalName &spn : spns) {
                       Json e = Json::object();
                       e["name"] = toStd(spn.name);
                       putIfNotEmpty(e, "account", spn.account);
                       a.push_back(e);
                   }
                   return a;
               });
    putSetting(org, "remotePublicFolderMailboxes", t.organization.remotePublicFolderMailboxes,
               [](const QList<PublicFolderProxyMailbox> &mailboxes) {
                   Json a = Json::array();
                   for (const PublicFolderProxyMailbox &m : mailboxes) {
                       Json e = Json::object();
                       e["name"] = toStd(m.name);
                       putIfNotEmpty(e, "database", m.database);
                       a.push_back(e);
                   }
                   return a;
               });
    root["organization"] = org;

    Json sites = Json::array();
    for (const Site &s : t.sites)
        sites.push_back(Json{{"name", toStd(s.name)}, {"internetFacing", s.internetFacing}});
    root["sites"] = sites;

    Json servers = Json::array();
    for (const Server &s : t.servers)
        servers.push_back(writeServer(s));
    root["servers"] = servers;

    Json arrays = Json::array();
    for (const CasArray &a : t.casArrays) {
        Json o = Json::object();
        o["name"] = toStd(a.name);
        putIfNotEmpty(o, "fqdn", a.fqdn);
        putIfNotEmpty(o, "site", a.site);
        arrays.push_back(o);
    }
    root["casArrays"] = arrays;

    Json databases = Json::array();
    for (const MailboxDatabase &d : t.databases) {
        Json o = Json::object();
        o["name"] = toStd(d.name);
        putIfNotEmpty(o, "server", d.server);
        putSetting(o, "rpcClientAccessServer", d.rpcClientAccessServer, asString);
        putIfNotEmpty(o, "publicFolderDatabase", d.publicFolderDatabase);
        if (d.isPublicFolderDatabase)
            o["isPublicFolderDatabase"] = true;
        putSetting(o, "mailboxCount", d.mailboxCount, [](int count) { return count; });
        databases.push_back(o);
    }
    root["databases"] = databases;

    Json certificates = Json::array();
    for (const Certificate &c : t.certificates) {
        Json o = Json::object();
        o["name"] = toStd(c.name);
        putIfNotEmpty(o, "subject", c.subject);
        o["names"] = stringList(c.names);
        putSetting(o, "selfSigned", c.selfSigned, asBool);
        o["servers"] = stringList(c.servers);
        putIfNotEmpty(o, "notAfter", c.notAfter);
        certificates.push_back(o);
    }
    root["certificates"] = certificates;

    Json balancers = Json::array();
    for (const LoadBalancer &l : t.loadBalancers) {
        Json o = Json::object();
        o["name"] = toStd(l.name);
        o["hostNames"] = stringList(l.hostNames);
        putSetting(o, "tls", l.tls, [](TlsMode m) { return toStd(tlsModeToken(m)); });
        o["servers"] = stringList(l.servers);
        balancers.push_back(o);
    }
    root["loadBalancers"] = balancers;

    Json groups = Json::array();
    for (const ClientGroup &g : t.clientGroups) {
        Json o = Json::object();
        o["name"] = toStd(g.name);
        o["outlook"] = toStd(outlookVersionToken(g.outlook));
        putSetting(o, "servicePack", g.servicePack, [](int sp) { return sp; });
        o["location"] = toStd(clientLocationToken(g.location));
        o["mailboxServers"] = stringList(g.mailboxServers);
        o["headCount"] = g.headCount;
        putSetting(o, "kerberosCoexistenceUpdate", g.kerberosCoexistenceUpdate, asBool);
        groups.push_back(o);
    }
    root["clientGroups"] = groups;

    // Only plans with a cutover carry the section, so older plans save as before.
    if (!t.cutover.isEmpty())
        root["cutover"] = writeCutover(t.cutover);

    if (!plan.checklist.isEmpty()) {
        Json checklist = Json::object();
        for (auto it = plan.checklist.cbegin(); it != plan.checklist.cend(); ++it) {
            Json o = Json::object();
            o["done"] = it->done;
            putIfNotEmpty(o, "owner", it->owner);
            putIfNotEmpty(o, "date", it->date);
            putIfNotEmpty(o, "signOff", it->signOff);
            putIfNotEmpty(o, "note", it->note);
            putIfNotEmpty(o, "result", it->result);
            checklist[toStd(it.key())] = o;
        }
        root["checklist"] = checklist;
    }
    if (!plan.lastProbe.isEmpty())
        root["lastProbe"] = writeProbeRecord(plan.lastProbe);
    return root.dump(2) + '\n';
}

} // namespace wizard::planjson
