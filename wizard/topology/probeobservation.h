#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wizard {

// What a live probe (issue 15, docs/probes.md) saw of one name, kept in the plan by
// `coexplan probe --save` so that `coexplan check` and the checklist can show it later.
// Plain values: the network code that fills them lives in probes/, above the engine.

// How far one step got. A name that cannot be reached is reported, never a plan error.
enum class ReachStatus { Ok, NotFound, Refused, TimedOut, Failed, NotTried };
QString reachStatusToken(ReachStatus s); // "ok", "notFound", "refused", "timeout", "failed", "notTried"
std::optional<ReachStatus> parseReachStatusToken(QStringView text);

struct DnsObservation
{
    ReachStatus status = ReachStatus::NotTried;
    QString detail; // the resolver's message when status is not Ok
    QStringList addresses; // A and AAAA answers, in the order received
    QStringList aliases; // CNAME targets, in chain order

    friend bool operator==(const DnsObservation &, const DnsObservation &) = default;
};

// The certificate the endpoint presented on 443, and what this machine thought of it.
struct TlsObservation
{
    ReachStatus status = ReachStatus::NotTried;
    QString detail;
    QString address; // the address connected to
    QString subject; // "CN=mail.contoso.com"
    QString issuer;
    QStringList names; // subjectAltName DNS entries
    QString notAfter; // ISO 8601 (UTC)
    bool selfSigned = false;
    // Chain problems as tokens: expired, notYetValid, selfSigned, untrusted, nameMismatch,
    // revoked, other. Never ignored: with any of them no HTTP request is sent.
    QStringList errors;

    friend bool operator==(const TlsObservation &, const TlsObservation &) = default;
};

// One unauthenticated GET (no credentials, redirects reported, not followed).
struct HttpObservation
{
    QString path; // "/rpc/rpcproxy.dll"
    ReachStatus status = ReachStatus::NotTried;
    QString detail;
    int httpStatus = 0;
    QStringList schemes; // WWW-Authenticate schemes as sent: "Negotiate", "NTLM", "Basic"
    QString answeredBy; // the X-FEServer header: the Client Access server that answered
    QString location; // the Location of a redirect

    friend bool operator==(const HttpObservation &, const HttpObservation &) = default;
};

struct NameObservation
{
    QString name;
    QString observedAt; // ISO 8601 UTC
    DnsObservation dns;
    TlsObservation tls;
    QList<HttpObservation> http;

    friend bool operator==(const NameObservation &, const NameObservation &) = default;
};

// The Autodiscover SRV record _autodiscover._tcp.<domain>, when the plan has a domain.
struct SrvObservation
{
    QString name; // "_autodiscover._tcp.contoso.com"
    ReachStatus status = ReachStatus::NotTried;
    QString detail;
    QStringList targets; // "autodiscover.contoso.com:443"

    friend bool operator==(const SrvObservation &, const SrvObservation &) = default;
};

// One probe run: when, from where, and what every name answered.
struct ProbeRecord
{
    QString observedAt; // when the run started, ISO 8601 UTC
    QString observedFrom; // this machine's host name
    QString dnsServer; // empty: the system's resolver
    QList<NameObservation> names;
    QList<SrvObservation> srv;

    bool isEmpty() const { return names.isEmpty() && srv.isEmpty(); }
    friend bool operator==(const ProbeRecord &, const ProbeRecord &) = default;
};

} // namespace wizard
