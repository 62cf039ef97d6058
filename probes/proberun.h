#pragma once

#include "probecheck/probetargets.h"
#include "probeoptions.h"
#include "topology/probeobservation.h"

#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

class QDnsLookup;
class QNetworkAccessManager;

namespace probes {

class NameProbe;

// One live probe run over the names of a plan (docs/probes.md): at most
// ProbeOptions::maxConcurrentNames names at a time, each step under the timeout,
// cancellable. Runs only when start() is called, on the thread it lives on, and
// reports each name as soon as it is done (nameObserved), then finished() once.
class ProbeRun : public QObject
{
    Q_OBJECT
public:
    ProbeRun(QList<wizard::ProbeTarget> targets, QString srvName, ProbeOptions options, QObject *parent = nullptr);
    ~ProbeRun() override;

    void start();
    // Stops every step under way; names not done are left out of the record.
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    int total() const { return int(m_targets.size()) + (m_srvName.isEmpty() ? 0 : 1); }
    int done() const { return m_done; }
    // Names in the order of the targets (not of completion), so a record is stable.
    wizard::ProbeRecord record() const;

signals:
    void nameObserved(const wizard::NameObservation &observation);
    void progress(int done, int total);
    void finished();

private:
    void startNext();
    void nameFinished(NameProbe *probe, qsizetype index);
    void srvFinished();
    void stepDone();

    QList<wizard::ProbeTarget> m_targets;
    QString m_srvName;
    ProbeOptions m_options;
    QSslConfiguration m_tls;
    QNetworkAccessManager *m_network;
    QList<std::optional<wizard::NameObservation>> m_results;
    wizard::ProbeRecord m_record;
    QList<NameProbe *> m_active;
    QDnsLookup *m_srvLookup = nullptr;
    qsizetype m_next = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace probes
