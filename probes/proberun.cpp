#include "proberun.h"

#include "nameprobe.h"

#include <QDateTime>
#include <QDnsLookup>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace probes {

namespace {
// The system's proxy settings, asked per request (honoured, never bypassed).
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};
} // namespace

ProbeRun::ProbeRun(QList<wizard::ProbeTarget> targets, QString srvName, ProbeOptions options, QObject *parent)
    : QObject(parent)
    , m_targets(std::move(targets))
    , m_srvName(std::move(srvName))
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    m_options.maxConcurrentNames = std::clamp(m_options.maxConcurrentNames, 1, 16);
    m_options.timeoutMs = std::clamp(m_options.timeoutMs, 100, 120000);
    m_network->setProxyFactory(new SystemProxyFactory);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_results.resize(m_targets.size());
}

ProbeRun::~ProbeRun()
{
    cancel();
}

void ProbeRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_record = {};
    m_tls = tlsConfiguration(m_options);
    m_record.observedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_record.observedFrom = QSysInfo::machineHostName();
    m_record.dnsServer = m_options.dnsServer.isNull() ? QString() : m_options.dnsServer.toString();
    if (!m_srvName.isEmpty()) {
        m_srvLookup = new QDnsLookup(QDnsLookup::SRV, m_srvName, this);
        if (!m_options.dnsServer.isNull())
            m_srvLookup->setNameserver(m_options.dnsServer);
        connect(m_srvLookup, &QDnsLookup::finished, this, &ProbeRun::srvFinished);
        QTimer::singleShot(m_options.timeoutMs, m_srvLookup, &QDnsLookup::abort);
        m_srvLookup->lookup();
    }
    startNext();
    if (total() == 0) {
        m_running = false;
        emit finished();
    }
}

void ProbeRun::startNext()
{
    while (!m_cancelled && m_active.size() < m_options.maxConcurrentNames && m_next < m_targets.size()) {
        const qsizetype index = m_next++;
        auto *probe = new NameProbe(m_targets.at(index), m_options, m_tls, m_network, this);
        m_active.append(probe);
        connect(probe, &NameProbe::finished, this, [this, probe, index] { nameFinished(probe, index); });
        probe->start();
    }
}

void ProbeRun::nameFinished(NameProbe *probe, qsizetype index)
{
    m_active.removeOne(probe);
    probe->deleteLater();
    if (m_cancelled)
        return;
    m_results[index] = probe->observation();
    emit nameObserved(probe->observation());
    stepDone();
    startNext();
}

void ProbeRun::srvFinished()
{
    QDnsLookup *lookup = m_srvLookup;
    m_srvLookup = nullptr;
    lookup->deleteLater();
    if (m_cancelled)
        return;
    wizard::SrvObservation srv;
    srv.name = m_srvName;
    for (const QDnsServiceRecord &r : lookup->serviceRecords())
        srv.targets.append(u"%1:%2"_s.arg(r.target()).arg(r.port()));
    if (!srv.targets.isEmpty()) {
        srv.status = wizard::ReachStatus::Ok;
    } else if (lookup->error() == QDnsLookup::NotFoundError || lookup->error() == QDnsLookup::NoError) {
        srv.status = wizard::ReachStatus::NotFound;
    } else {
        srv.status = lookup->error() == QDnsLookup::OperationCancelledError ? wizard::ReachStatus::TimedOut
                                                                            : wizard::ReachStatus::Failed;
        srv.detail = lookup->errorString();
    }
    m_record.srv = {srv};
    stepDone();
}

void ProbeRun::stepDone()
{
    ++m_done;
    emit progress(m_done, total());
    if (m_done == total()) {
        m_running = false;
        emit finished();
    }
}

void ProbeRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_running = false;
    const QList<NameProbe *> active = m_active;
    m_active.clear();
    for (NameProbe *probe : active) {
        probe->disconnect(this);
        probe->abort();
        probe->deleteLater();
    }
    if (m_srvLookup) {
        m_srvLookup->disconnect(this);
        m_srvLookup->abort();
        m_srvLookup->deleteLater();
        m_srvLookup = nullptr;
    }
    emit finished();
}

wizard::ProbeRecord ProbeRun::record() const
{
    wizard::ProbeRecord r = m_record;
    r.names.clear();
    for (const std::optional<wizard::NameObservation> &o : m_results) {
        if (o)
            r.names.append(*o);
    }
    return r;
}

} // namespace probes
