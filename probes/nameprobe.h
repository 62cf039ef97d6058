#pragma once

#include "probecheck/probetargets.h"
#include "probeoptions.h"
#include "topology/probeobservation.h"

#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

class QDnsLookup;
class QNetworkAccessManager;
class QNetworkReply;
class QSslSocket;

namespace probes {

// Probes one name, one step at a time, each step under the run's timeout:
// DNS (A, AAAA, with the CNAME chain) -> TLS on 443 (the chain the endpoint presents,
// verified, never ignored) -> an unauthenticated GET of each of the target's paths
// (no credentials, redirects reported and not followed). A step that fails ends the
// name: later steps are NotTried. Emits finished() exactly once, also after abort().
class NameProbe : public QObject
{
    Q_OBJECT
public:
    // `tls` is tlsConfiguration(options), built once per run (reading the system's roots
    // takes long enough to starve the other names' timers if every step did it).
    NameProbe(wizard::ProbeTarget target, const ProbeOptions &options, const QSslConfiguration &tls,
              QNetworkAccessManager *network, QObject *parent = nullptr);
    ~NameProbe() override;

    void start();
    void abort();
    const wizard::NameObservation &observation() const { return m_observation; }

signals:
    void finished();

private:
    enum class Step { Idle, Dns, Tls, Http, Done };

    void lookUp();
    void lookupFinished();
    void connectTls();
    void tlsEncrypted();
    void tlsErrors(const QList<QSslError> &errors);
    void socketFailed();
    void dropSocket();
    void nextPath();
    void replyFinished();
    void timedOut();
    void finish();
    void armTimer();
    QString connectHost() const;

    wizard::ProbeTarget m_target;
    ProbeOptions m_options;
    QSslConfiguration m_tls;
    QNetworkAccessManager *m_network;
    wizard::NameObservation m_observation;
    Step m_step = Step::Idle;
    QList<QDnsLookup *> m_lookups;
    int m_pendingLookups = 0;
    QSslSocket *m_socket = nullptr;
    QNetworkReply *m_reply = nullptr; // the request under way, owned by the access manager
    qsizetype m_nextPath = 0;
    QTimer m_timer;
};

// The TLS settings of a run: verify the peer, the system's roots plus the extra ones.
QSslConfiguration tlsConfiguration(const ProbeOptions &options);

} // namespace probes
