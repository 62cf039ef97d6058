#include "liveprobepanel.h"

#include "probecheck/probefindings.h"
#include "probecheck/probetargets.h"
#include "proberesultsmodel.h"
#include "proberun.h"
#include "session/plansession.h"
#include "topology/wording.h"
#include "widgets/combowidthfit.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
// The saved record with `fresh` merged in: a name probed again replaces its old answer,
// the others keep theirs (probing one name does not forget the rest).
wizard::ProbeRecord merged(const wizard::ProbeRecord &saved, const wizard::ProbeRecord &fresh, bool whole)
{
    if (whole || saved.isEmpty())
        return fresh;
    wizard::ProbeRecord out = saved;
    out.observedAt = fresh.observedAt;
    out.observedFrom = fresh.observedFrom;
    out.dnsServer = fresh.dnsServer;
    for (const wizard::NameObservation &o : fresh.names) {
        auto it = std::find_if(out.names.begin(), out.names.end(), [&](const wizard::NameObservation &x) {
            return x.name.compare(o.name, Qt::CaseInsensitive) == 0;
        });
        if (it != out.names.end())
            *it = o;
        else
            out.names.append(o);
    }
    return out;
}
} // namespace

LiveProbePanel::LiveProbePanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ProbeResultsModel(this))
    , m_scope(new QComboBox)
    , m_dnsServer(new QLineEdit)
    , m_caFile(new QLineEdit)
    , m_check(new QPushButton(tr("Check &live")))
    , m_cancel(new QPushButton(tr("&Cancel")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_table(new QTableView)
{
    setObjectName(u"liveProbePanel"_s);
    m_scope->setObjectName(u"probeScope"_s);
    m_scope->setAccessibleName(tr("Which names to probe"));
    new ComboWidthFit(m_scope);
    m_dnsServer->setObjectName(u"probeDnsServer"_s);
    // Short enough to be read whole in workshop mode at 1366x768; the tooltip says the rest.
    m_dnsServer->setPlaceholderText(tr("DNS server (optional)"));
    m_dnsServer->setToolTip(tr("The DNS server to ask, by name or address; empty: this machine's DNS servers."));
    m_dnsServer->setAccessibleName(tr("DNS server to ask"));
    m_dnsServer->setClearButtonEnabled(true);
    m_caFile->setObjectName(u"probeCaFile"_s);
    m_caFile->setPlaceholderText(tr("Extra CA file (PEM)"));
    m_caFile->setToolTip(tr("Also trust the CA certificates in this PEM file, e.g. the client's internal CA."));
    m_caFile->setAccessibleName(tr("Extra CA certificates to trust"));
    m_caFile->setClearButtonEnabled(true);
    m_check->setObjectName(u"checkLiveButton"_s);
    m_check->setToolTip(tr("Ask DNS, the certificate on port 443 and IIS (without credentials) about the names "
                           "of the plan. Nothing is sent until you press this."));
    m_cancel->setObjectName(u"probeCancelButton"_s);
    m_progress->setObjectName(u"probeProgress"_s);
    m_status->setObjectName(u"probeStatus"_s);
    m_status->setWordWrap(true);
    m_table->setObjectName(u"probeTable"_s);
    m_table->setAccessibleName(tr("Live check results"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Name and verdict take what they need; the four detail columns share the rest and
    // wrap, so every column stays on screen at 1366x768 (no sideways scrolling to find
    // who answered), and each row grows to show its whole text.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(ProbeResultsModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProbeResultsModel::VerdictColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_scope);
    controls->addWidget(m_dnsServer, 1);
    controls->addWidget(m_caFile, 1);
    controls->addWidget(m_check);
    controls->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Compare the plan with what the network answers from this machine: DNS, the "
                                "certificate each name presents, the IIS methods offered on /rpc and the server that "
                                "answered (X-FEServer). No credentials are sent, redirects are reported and not "
                                "followed, certificate errors are never ignored; only port 443 is used."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(controls);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_check, &QPushButton::clicked, this, &LiveProbePanel::checkLive);
    connect(m_cancel, &QPushButton::clicked, this, &LiveProbePanel::cancel);
    connect(m_session, &PlanSession::planChanged, this, [this] {
        m_stale = true;
        if (!m_run && isVisible())
            refreshFromPlan();
    });
    connect(m_session, &PlanSession::documentReplaced, this, &LiveProbePanel::cancel);
    setProbing(false);
    fillScope();
    showSaved();
}

LiveProbePanel::~LiveProbePanel()
{
    if (m_run)
        m_run->disconnect(this);
}

void LiveProbePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_run)
        refreshFromPlan();
}

void LiveProbePanel::refreshFromPlan()
{
    m_stale = false;
    fillScope();
    showSaved();
}

void LiveProbePanel::fillScope()
{
    const QString current = m_scope->currentData().toString();
    m_scope->clear();
    m_scope->addItem(tr("All names of the plan"), QString());
    for (const wizard::ProbeTarget &t : wizard::probeTargets(m_session->topology()))
        m_scope->addItem(t.name, t.name);
    const int at = m_scope->findData(current);
    m_scope->setCurrentIndex(at < 0 ? 0 : at);
}

void LiveProbePanel::showSaved()
{
    const wizard::ProbeRecord &saved = m_session->plan().lastProbe;
    m_model->setPending({});
    if (saved.isEmpty()) {
        // The scope list holds every probe target after "All names of the plan" (fillScope
        // runs first), so the targets are not derived a second time.
        m_status->setText(tr("No live check yet. Press Check live to probe the %1 of the plan.")
                              .arg(wizard::counted(m_scope->count() - 1, tr("name"), tr("names"))));
        return;
    }
    m_model->setResults(saved, wizard::evaluateProbe(m_session->topology(), saved));
    m_status->setText(
        tr("Last live check: observed at %1 from %2 (%3).")
            .arg(saved.observedAt, saved.observedFrom, wizard::counted(saved.names.size(), tr("name"), tr("names"))));
}

void LiveProbePanel::setProbing(bool probing)
{
    m_check->setEnabled(!probing);
    m_scope->setEnabled(!probing);
    m_dnsServer->setEnabled(!probing);
    m_caFile->setEnabled(!probing);
    m_cancel->setEnabled(probing);
    m_progress->setVisible(probing);
}

void LiveProbePanel::checkLive()
{
    if (m_run)
        return;
    if (m_stale)
        refreshFromPlan();
    probes::ProbeOptions options;
    const QString dns = m_dnsServer->text().trimmed();
    if (!dns.isEmpty()) {
        options.dnsServer = QHostAddress(dns);
        if (options.dnsServer.isNull()) {
            m_status->setText(tr("The DNS server must be an IP address, not \"%1\".").arg(dns));
            return;
        }
    }
    const QString caFile = m_caFile->text().trimmed();
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (file.open(QIODevice::ReadOnly))
            options.extraCaCertificates = QSslCertificate::fromData(file.read(4 * 1024 * 1024));
        if (options.extraCaCertificates.isEmpty()) {
            m_status->setText(tr("%1 holds no PEM certificate that could be read.").arg(caFile));
            return;
        }
    }
    QList<wizard::ProbeTarget> targets = wizard::probeTargets(m_session->topology());
    const QString only = m_scope->currentData().toString();
    if (!only.isEmpty()) {
        targets.erase(std::remove_if(targets.begin(), targets.end(),
                                     [&](const wizard::ProbeTarget &t) { return t.name != only; }),
                      targets.end());
    }
    if (targets.isEmpty()) {
        m_status->setText(tr("The plan holds no host name to probe: fill in the namespaces and server FQDNs."));
        return;
    }
    QStringList names;
    for (const wizard::ProbeTarget &t : targets)
        names.append(t.name);
    m_model->setPending(names);
    const QString srv = only.isEmpty() ? wizard::autodiscoverSrvName(m_session->topology()) : QString();
    m_run = new probes::ProbeRun(targets, srv, options, this);
    m_progress->setRange(0, m_run->total());
    m_progress->setValue(0);
    connect(m_run, &probes::ProbeRun::nameObserved, this, &LiveProbePanel::nameObserved);
    connect(m_run, &probes::ProbeRun::progress, m_progress, &QProgressBar::setValue);
    connect(m_run, &probes::ProbeRun::finished, this, &LiveProbePanel::runFinished);
    m_status->setText(tr("Probing %1...").arg(wizard::counted(targets.size(), tr("name"), tr("names"))));
    setProbing(true);
    m_run->start();
}

void LiveProbePanel::nameObserved()
{
    if (!m_run)
        return;
    const wizard::ProbeRecord record = m_run->record();
    m_model->setResults(record, wizard::evaluateProbe(m_session->topology(), record));
}

void LiveProbePanel::cancel()
{
    if (m_run)
        m_run->cancel(); // emits finished()
}

void LiveProbePanel::runFinished()
{
    probes::ProbeRun *run = m_run;
    m_run = nullptr;
    setProbing(false);
    if (!run)
        return;
    run->deleteLater();
    if (run->wasCancelled()) {
        m_status->setText(tr("Cancelled: nothing was stored in the plan."));
        if (m_stale) // the plan changed during the run
            refreshFromPlan();
        else
            showSaved();
        return;
    }
    const bool whole = m_scope->currentData().toString().isEmpty();
    const wizard::ProbeRecord record = merged(m_session->plan().lastProbe, run->record(), whole);
    m_session->edit(tr("Record the live check"), [record](wizard::Plan &plan) { plan.lastProbe = record; });
    showSaved();
}

} // namespace ui
