#include "nameprobe.h"

#include "wwwauthenticate.h"

#include <coexplan_version.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDnsLookup>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace probes {

namespace {

QString certificateErrorToken(QSslError::SslError e)
{
    switch (e) {
    case QSslError::CertificateExpired:
        return u"expired"_s;
    case QSslError::CertificateNotYetValid:
        return u"notYetValid"_s;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return u"selfSigned"_s;
    case QSslError::HostNameMismatch:
        return u"nameMismatch"_s;
    case QSslError::CertificateRevoked:
        return u"revoked"_s;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
        return u"untrusted"_s;
    default:
        return u"other"_s;
    }
}

wizard::ReachStatus socketStatus(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError:
        return wizard::ReachStatus::Refused;
    case QAbstractSocket::SocketTimeoutError:
        return wizard::ReachStatus::TimedOut;
    case QAbstractSocket::HostNotFoundError:
        return wizard::ReachStatus::NotFound;
    default:
        return wizard::ReachStatus::Failed;
    }
}

wizard::ReachStatus replyStatus(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
        return wizard::ReachStatus::Refused;
    case QNetworkReply::TimeoutError:
        return wizard::ReachStatus::TimedOut;
    case QNetworkReply::HostNotFoundError:
        return wizard::ReachStatus::NotFound;
    default:
        return wizard::ReachStatus::Failed;
    }
}

void describeCertificate(const QSslCertificate &c, wizard::TlsObservation &tls)
{
    if (c.isNull())
        return;
    const QStringList cn = c.subjectInfo(QSslCertificate::CommonName);
    tls.subject = cn.isEmpty() ? c.subjectDisplayName() : u"CN="_s + cn.first();
    tls.issuer = c.issuerDisplayName();
    tls.names = c.subjectAlternativeNames().values(QSsl::DnsEntry);
    tls.notAfter = c.expiryDate().toUTC().toString(Qt::ISODate);
    tls.selfSigned = c.isSelfSigned();
}

// The system proxy for an HTTPS connection to `host` (honoured, never bypassed).
QNetworkProxy systemProxyFor(const QString &host)
{
    const QList<QNetworkProxy> proxies
        = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(host, 443, u"https"_s));
    return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
}

} // namespace

QSslConfiguration tlsConfiguration(const ProbeOptions &options)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Setting CA certificates replaces the system's roots: keep them and add the extra ones.
    if (!options.extraCaCertificates.isEmpty())
        c.setCaCertificates(QSslConfiguration::systemCaCertificates() + options.extraCaCertificates);
    return c;
}

NameProbe::NameProbe(wizard::ProbeTarget target, const ProbeOptions &options, const QSslConfiguration &tls,
                     QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_options(options)
    , m_tls(tls)
    , m_network(network)
{
    m_observation.name = m_target.name;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NameProbe::timedOut);
}

NameProbe::~NameProbe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void NameProbe::start()
{
    m_observation.observedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    lookUp();
}

void NameProbe::armTimer()
{
    m_timer.start(m_options.timeoutMs);
}

void NameProbe::lookUp()
{
    m_step = Step::Dns;
    for (const QDnsLookup::Type type : {QDnsLookup::A, QDnsLookup::AAAA}) {
        auto *lookup = new QDnsLookup(type, m_target.name, this);
        if (!m_options.dnsServer.isNull())
            lookup->setNameserver(m_options.dnsServer);
        connect(lookup, &QDnsLookup::finished, this, &NameProbe::lookupFinished);
        m_lookups.append(lookup);
    }
    m_pendingLookups = int(m_lookups.size());
    armTimer();
    for (QDnsLookup *lookup : std::as_const(m_lookups))
        lookup->lookup();
}

void NameProbe::lookupFinished()
{
    if (m_step != Step::Dns || --m_pendingLookups > 0)
        return;
    m_timer.stop();
    wizard::DnsObservation &dns = m_observation.dns;
    QString failure;
    bool notFound = true;
    for (QDnsLookup *lookup : std::as_const(m_lookups)) {
        for (const QDnsHostAddressRecord &r : lookup->hostAddressRecords()) {
            const QString a = r.value().toString();
            if (!dns.addresses.contains(a))
                dns.addresses.append(a);
        }
        for (const QDnsDomainNameRecord &r : lookup->canonicalNameRecords()) {
            if (!dns.aliases.contains(r.value()))
                dns.aliases.append(r.value());
        }
        if (lookup->error() != QDnsLookup::NoError && lookup->error() != QDnsLookup::NotFoundError) {
            failure = lookup->errorString();
            notFound = false;
        }
        lookup->deleteLater();
    }
    m_lookups.clear();
    if (!dns.addresses.isEmpty()) {
        dns.status = wizard::ReachStatus::Ok;
        connectTls();
        return;
    }
    dns.status = notFound || failure.isEmpty() ? wizard::ReachStatus::NotFound : wizard::ReachStatus::Failed;
    dns.detail = failure;
    finish();
}

QString NameProbe::connectHost() const
{
    if (m_options.dnsServer.isNull())
        return m_target.name; // the system's resolver (and proxy) resolve it
    for (const QString &a : m_observation.dns.addresses) {
        if (QHostAddress(a).protocol() == QAbstractSocket::IPv4Protocol)
            return a;
    }
    return m_observation.dns.addresses.first();
}

void NameProbe::connectTls()
{
    m_step = Step::Tls;
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(m_tls);
    m_socket->setProxy(systemProxyFor(m_target.name));
    connect(m_socket, &QSslSocket::encrypted, this, &NameProbe::tlsEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &NameProbe::tlsErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &NameProbe::socketFailed);
    armTimer();
    // Port 443 only; the certificate is verified against the planned name, not the address.
    m_socket->connectToHostEncrypted(connectHost(), 443, m_target.name);
}

void NameProbe::tlsEncrypted()
{
    if (m_step != Step::Tls)
        return;
    m_timer.stop();
    wizard::TlsObservation &tls = m_observation.tls;
    tls.status = wizard::ReachStatus::Ok;
    tls.address = m_socket->peerAddress().toString();
    describeCertificate(m_socket->peerCertificate(), tls);
    dropSocket();
    nextPath();
}

void NameProbe::tlsErrors(const QList<QSslError> &errors)
{
    if (m_step != Step::Tls)
        return;
    m_timer.stop();
    wizard::TlsObservation &tls = m_observation.tls;
    tls.status = wizard::ReachStatus::Ok; // it answered; what it presented is not trusted
    tls.address = m_socket->peerAddress().toString();
    describeCertificate(m_socket->peerCertificate(), tls);
    for (const QSslError &e : errors) {
        const QString token = certificateErrorToken(e.error());
        if (!tls.errors.contains(token))
            tls.errors.append(token);
    }
    // Never ignored: the handshake is abandoned and no request is sent.
    dropSocket();
    for (const QString &path : std::as_const(m_target.paths)) {
        wizard::HttpObservation h;
        h.path = path;
        h.detail = tr("not sent: the certificate is not trusted");
        m_observation.http.append(h);
    }
    finish();
}

void NameProbe::socketFailed()
{
    if (m_step != Step::Tls)
        return;
    m_timer.stop();
    wizard::TlsObservation &tls = m_observation.tls;
    tls.status = socketStatus(m_socket->error());
    tls.detail = m_socket->errorString();
    dropSocket();
    finish();
}

void NameProbe::dropSocket()
{
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void NameProbe::nextPath()
{
    if (m_nextPath >= m_target.paths.size()) {
        finish();
        return;
    }
    m_step = Step::Http;
    const QString path = m_target.paths.at(m_nextPath++);
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(connectHost());
    url.setPath(path);
    QNetworkRequest request(url);
    request.setPeerVerifyName(m_target.name);
    request.setRawHeader("Host", m_target.name.toLatin1());
    request.setRawHeader("User-Agent", "CoexPlan-probe/" COEXPLAN_VERSION_STRING);
    request.setSslConfiguration(m_tls);
    // Redirects are reported, never followed; a 401 ends the request: with Manual
    // authentication reuse Qt sends no credentials, cached or single sign-on.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    wizard::HttpObservation h;
    h.path = path;
    m_observation.http.append(h);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &NameProbe::replyFinished);
    armTimer();
}

void NameProbe::replyFinished()
{
    QNetworkReply *reply = m_reply;
    if (m_step != Step::Http || !reply)
        return;
    m_timer.stop();
    m_reply = nullptr;
    reply->deleteLater();
    wizard::HttpObservation &h = m_observation.http.last();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        h.status = replyStatus(reply->error());
        h.detail = reply->errorString();
        finish();
        return;
    }
    h.status = wizard::ReachStatus::Ok;
    h.httpStatus = status.toInt();
    QByteArray challenges;
    for (const QNetworkReply::RawHeaderPair &header : reply->rawHeaderPairs()) {
        const QByteArray name = header.first.toLower();
        if (name == "www-authenticate")
            challenges += header.second + '\n';
        else if (name == "x-feserver")
            h.answeredBy = QString::fromLatin1(header.second).trimmed();
        else if (name == "location")
            h.location = QString::fromLatin1(header.second).trimmed();
    }
    h.schemes = authenticationSchemes(challenges);
    nextPath();
}

void NameProbe::timedOut()
{
    const QString detail = tr("no answer within %1 ms").arg(m_options.timeoutMs);
    switch (m_step) {
    case Step::Dns:
        m_observation.dns.status = wizard::ReachStatus::TimedOut;
        m_observation.dns.detail = detail;
        break;
    case Step::Tls:
        m_observation.tls.status = wizard::ReachStatus::TimedOut;
        m_observation.tls.detail = detail;
        break;
    case Step::Http:
        m_observation.http.last().status = wizard::ReachStatus::TimedOut;
        m_observation.http.last().detail = detail;
        break;
    case Step::Idle:
    case Step::Done:
        return;
    }
    finish();
}

void NameProbe::abort()
{
    if (m_step == Step::Done)
        return;
    const QString detail = tr("cancelled");
    if (m_step == Step::Dns) {
        m_observation.dns.status = wizard::ReachStatus::NotTried;
        m_observation.dns.detail = detail;
    } else if (m_step == Step::Tls) {
        m_observation.tls.detail = detail;
    } else if (m_step == Step::Http) {
        m_observation.http.last().detail = detail;
    }
    finish();
}

void NameProbe::finish()
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    m_timer.stop();
    for (QDnsLookup *lookup : std::as_const(m_lookups)) {
        lookup->disconnect(this);
        lookup->abort();
        lookup->deleteLater();
    }
    m_lookups.clear();
    if (m_socket)
        dropSocket();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    emit finished();
}

} // namespace probes
