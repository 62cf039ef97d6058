#pragma once

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>

namespace probes {

// How a probe run asks (docs/probes.md). The defaults are the safe ones: the system's
// resolver and proxy settings, the system's trusted roots, 4 names at a time.
struct ProbeOptions
{
    // The name server to ask (`--dns-server`); null: the system's resolver. Qt 6.4's
    // QDnsLookup::setNameserver takes an address only and asks it on port 53.
    QHostAddress dnsServer;
    int timeoutMs = 5000; // per step: one DNS lookup, one TLS handshake, one GET
    int maxConcurrentNames = 4; // names probed at the same time, each one connection at a time
    // Extra roots to trust (`--ca-file`), e.g. the client's internal CA; added to the
    // system's roots, never instead of verification.
    QList<QSslCertificate> extraCaCertificates;
};

} // namespace probes
