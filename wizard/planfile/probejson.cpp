#include "probejson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wizard::planjson {

namespace {
using Json = nlohmann::ordered_json;

Json strings(const QStringList &list)
{
    Json a = Json::array();
    for (const QString &s : list)
        a.push_back(toStd(s));
    return a;
}

void put(Json &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o[key] = toStd(value);
}

void putList(Json &o, const char *key, const QStringList &list)
{
    if (!list.isEmpty())
        o[key] = strings(list);
}

void putStatus(Json &o, ReachStatus status, const QString &detail)
{
    o["status"] = toStd(reachStatusToken(status));
    put(o, "detail", detail);
}

ReachStatus readStatus(const ObjectReader &r)
{
    const QString token = r.requiredString("status");
    const std::optional<ReachStatus> s = parseReachStatusToken(token);
    if (!s) {
        r.fail("status",
               QCoreApplication::translate("wizard",
                                           "unknown status \"%1\" (ok, notFound, refused, "
                                           "timeout, failed or notTried)")
                   .arg(token));
    }
    return *s;
}

Json writeName(const NameObservation &n)
{
    Json o = Json::object();
    o["name"] = toStd(n.name);
    put(o, "observedAt", n.observedAt);
    Json dns = Json::object();
    putStatus(dns, n.dns.status, n.dns.detail);
    putList(dns, "addresses", n.dns.addresses);
    putList(dns, "aliases", n.dns.aliases);
    o["dns"] = dns;
    Json tls = Json::object();
    putStatus(tls, n.tls.status, n.tls.detail);
    put(tls, "address", n.tls.address);
    put(tls, "subject", n.tls.subject);
    put(tls, "issuer", n.tls.issuer);
    putList(tls, "names", n.tls.names);
    put(tls, "notAfter", n.tls.notAfter);
    if (n.tls.selfSigned)
        tls["selfSigned"] = true;
    putList(tls, "errors", n.tls.errors);
    o["tls"] = tls;
    Json http = Json::array();
    for (const HttpObservation &h : n.http) {
        Json x = Json::object();
        x["path"] = toStd(h.path);
        putStatus(x, h.status, h.detail);
        if (h.httpStatus != 0)
            x["httpStatus"] = h.httpStatus;
        putList(x, "schemes", h.schemes);
        put(x, "answeredBy", h.answeredBy);
        put(x, "location", h.location);
        http.push_back(x);
    }
    o["http"] = http;
    return o;
}

NameObservation readName(const ObjectReader &r)
{
    r.rejectUnknownKeys({"name", "observedAt", "dns", "tls", "http"});
    NameObservation n;
    n.name = r.requiredString("name", TextKind::Host);
    n.observedAt = r.optionalString("observedAt");
    if (r.has("dns")) {
        ObjectReader d(r.at("dns"), r.pointerOf("dns"));
        d.rejectUnknownKeys({"status", "detail", "addresses", "aliases"});
        n.dns.status = readStatus(d);
        n.dns.detail = d.optionalString("detail");
        n.dns.addresses = d.optionalStringList("addresses", TextKind::Host);
        n.dns.aliases = d.optionalStringList("aliases", TextKind::Host);
    }
    if (r.has("tls")) {
        ObjectReader t(r.at("tls"), r.pointerOf("tls"));
        t.rejectUnknownKeys(
            {"status", "detail", "address", "subject", "issuer", "names", "notAfter", "selfSigned", "errors"});
        n.tls.status = readStatus(t);
        n.tls.detail = t.optionalString("detail");
        n.tls.address = t.optionalString("address", TextKind::Host);
        n.tls.subject = t.optionalString("subject");
        n.tls.issuer = t.optionalString("issuer");
        n.tls.names = t.optionalStringList("names", TextKind::Host);
        n.tls.notAfter = t.optionalString("notAfter");
        n.tls.selfSigned = t.optionalBool("selfSigned", false);
        n.tls.errors = t.optionalStringList("errors");
    }
    r.forEachInArray("http", [&n](const JsonValue &v, const QString &p) {
        ObjectReader x(v, p);
        x.rejectUnknownKeys({"path", "status", "detail", "httpStatus", "schemes", "answeredBy", "location"});
        HttpObservation h;
        h.path = x.requiredString("path");
        h.status = readStatus(x);
        h.detail = x.optionalString("detail");
        h.httpStatus = x.optionalInt("httpStatus", 0, 0, 999);
        h.schemes = x.optionalStringList("schemes");
        h.answeredBy = x.optionalString("answeredBy", TextKind::Name);
        h.location = x.optionalString("location");
        n.http.append(h);
    });
    return n;
}
} // namespace

Json writeProbeRecord(const ProbeRecord &record)
{
    Json o = Json::object();
    o["observedAt"] = toStd(record.observedAt);
    o["observedFrom"] = toStd(record.observedFrom);
    put(o, "dnsServer", record.dnsServer);
    Json names = Json::array();
    for (const NameObservation &n : record.names)
        names.push_back(writeName(n));
    o["names"] = names;
    Json srv = Json::array();
    for (const SrvObservation &s : record.srv) {
        Json x = Json::object();
        x["name"] = toStd(s.name);
        putStatus(x, s.status, s.detail);
        putList(x, "targets", s.targets);
        srv.push_back(x);
    }
    o["srv"] = srv;
    return o;
}

ProbeRecord readProbeRecord(const ObjectReader &r)
{
    r.rejectUnknownKeys({"observedAt", "observedFrom", "dnsServer", "names", "srv"});
    ProbeRecord record;
    record.observedAt = r.requiredString("observedAt");
    record.observedFrom = r.requiredString("observedFrom", TextKind::Host);
    record.dnsServer = r.optionalString("dnsServer", TextKind::Host);
    r.forEachInArray("names", [&record](const JsonValue &v, const QString &p) {
        record.names.append(readName(ObjectReader(v, p)));
    });
    r.forEachInArray("srv", [&record](const JsonValue &v, const QString &p) {
        ObjectReader x(v, p);
        x.rejectUnknownKeys({"name", "status", "detail", "targets"});
        SrvObservation s;
        s.name = x.requiredString("name", TextKind::Host);
        s.status = readStatus(x);
        s.detail = x.optionalString("detail");
        s.targets = x.optionalStringList("targets", TextKind::Host);
        record.srv.append(s);
    });
    return record;
}

} // namespace wizard::planjson
