// Live probes against real servers on loopback (tests/probes/probe_lab.py starts them):
// each case of issue 15 gives its finding, and the safety promises hold on the wire.
#include "clirun.h"
#include "labplan.h"
#include "planfile/planfile.h"
#include "probecheck/probefindings.h"
#include "probecheck/probetargets.h"
#include "proberun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wizard;

class tst_LiveProbes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void eachCase_givesItsVerdictAndRules_data();
    void eachCase_givesItsVerdictAndRules();
    void resultsAppearAsTheyCome_inTargetOrder();
    void noRequestCarriesCredentials_andRedirectIsNotFollowed();
    void withoutTheLabCa_theGoodCertificateIsUntrusted();
    void systemProxy_isHonoured();
    void cancel_stopsEveryStep();
    void cli_probeSavesResults_andCheckShowsThem();

private:
    ProbeRecord probe(const probes::ProbeOptions &options, const QList<ProbeTarget> &targets);
    probes::ProbeOptions labOptions() const;
    QList<QJsonObject> requests() const;

    QJsonObject m_lab;
    Plan m_plan;
    ProbeRecord m_record;
    ProbeEvaluation m_evaluation;
};

probes::ProbeOptions tst_LiveProbes::labOptions() const
{
    probes::ProbeOptions o;
    o.dnsServer = QHostAddress(m_lab.value(u"dnsServer"_s).toString());
    o.timeoutMs = 4000; // the machine may be busy; the silent endpoint waits this long
    QFile ca(m_lab.value(u"caFile"_s).toString());
    if (ca.open(QIODevice::ReadOnly))
        o.extraCaCertificates = QSslCertificate::fromData(ca.readAll());
    return o;
}

ProbeRecord tst_LiveProbes::probe(const probes::ProbeOptions &options, const QList<ProbeTarget> &targets)
{
    probes::ProbeRun run(targets, autodiscoverSrvName(m_plan.topology), options);
    QSignalSpy finished(&run, &probes::ProbeRun::finished);
    run.start();
    // Bounded: every step has its timeout (4 s); 12 names, 4 at a time.
    if (finished.isEmpty())
        finished.wait(60000);
    return run.record();
}

QList<QJsonObject> tst_LiveProbes::requests() const
{
    QList<QJsonObject> list;
    QFile f(m_lab.value(u"requestLog"_s).toString());
    if (!f.open(QIODevice::ReadOnly))
        return list;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            list.append(QJsonDocument::fromJson(line).object());
    }
    return list;
}

void tst_LiveProbes::initTestCase()
{
    const QByteArray labFile = qgetenv("COEXPLAN_PROBE_LAB");
    QVERIFY2(!labFile.isEmpty(), "run this test through tests/probes/probe_lab.py (ctest does)");
    QFile f(QString::fromLocal8Bit(labFile));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    m_lab = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(!m_lab.value(u"dnsServer"_s).toString().isEmpty());
    m_plan = labplan::plan();
    m_record = probe(labOptions(), probeTargets(m_plan.topology));
    m_evaluation = evaluateProbe(m_plan.topology, m_record);
    QCOMPARE(m_record.names.size(), probeTargets(m_plan.topology).size());
    QCOMPARE(m_record.dnsServer, m_lab.value(u"dnsServer"_s).toString());
    QVERIFY(!m_record.observedFrom.isEmpty());
}

void tst_LiveProbes::eachCase_givesItsVerdictAndRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("rules");
    QTest::addRow("all good") << u"mail.contoso.test"_s << u"ok"_s << QStringList();
    QTest::addRow("all good through a CNAME") << u"autodiscover.contoso.test"_s << u"ok"_s << QStringList();
    QTest::addRow("server FQDN good") << u"ex2013.contoso.test"_s << u"ok"_s << QStringList();
    QTest::addRow("resolves elsewhere, answered by another server")
        << u"internal.contoso.test"_s << u"warning"_s << QStringList{u"PRB-003"_s, u"PRB-007"_s};
    QTest::addRow("expired certificate") << u"ex2013b.contoso.test"_s << u"error"_s << QStringList{u"PRB-004"_s};
    QTest::addRow("self-signed certificate") << u"ex2013c.contoso.test"_s << u"error"_s << QStringList{u"PRB-004"_s};
    QTest::addRow("certificate lacks the Autodiscover name")
        << u"ex2013d.contoso.test"_s << u"warning"_s << QStringList{u"PRB-005"_s};
    QTest::addRow("legacy CAS offers no NTLM") << u"ex2010.contoso.test"_s << u"error"_s << QStringList{u"PRB-006"_s};
    QTest::addRow("redirect to another host") << u"gateway.contoso.test"_s << u"warning"_s << QStringList{u"PRB-008"_s};
    QTest::addRow("refused") << u"ex2010b.contoso.test"_s << u"unreachable"_s << QStringList{u"PRB-002"_s};
    QTest::addRow("timeout") << u"ex2010c.contoso.test"_s << u"unreachable"_s << QStringList{u"PRB-002"_s};
    QTest::addRow("NXDOMAIN") << u"gone.contoso.test"_s << u"unreachable"_s << QStringList{u"PRB-001"_s};
}

void tst_LiveProbes::eachCase_givesItsVerdictAndRules()
{
    QFETCH(QString, name);
    QFETCH(QString, verdict);
    QFETCH(QStringList, rules);
    const auto it = std::find_if(m_evaluation.names.cbegin(), m_evaluation.names.cend(),
                                 [&](const NameProbeResult &r) { return r.name == name; });
    QVERIFY2(it != m_evaluation.names.cend(), qPrintable(name));
    QStringList got;
    QStringList messages;
    for (const Finding &f : it->findings) {
        got.append(f.ruleId);
        messages.append(f.message);
        QVERIFY2(f.message.contains(u"Observed at "_s) && f.message.contains(m_record.observedFrom),
                 qPrintable(f.message));
        QVERIFY(!f.why.isEmpty() && !f.fix.isEmpty() && f.source.startsWith(u"https://"_s));
    }
    got.removeDuplicates();
    got.sort();
    QVERIFY2(got == rules, qPrintable(got.join(u", "_s) + u" | "_s + messages.join(u" | "_s)));
    QCOMPARE(probeVerdictToken(it->verdict), verdict);
}

void tst_LiveProbes::resultsAppearAsTheyCome_inTargetOrder()
{
    const QList<ProbeTarget> targets = probeTargets(m_plan.topology);
    probes::ProbeRun run(targets, QString(), labOptions());
    QSignalSpy observed(&run, &probes::ProbeRun::nameObserved);
    QSignalSpy progress(&run, &probes::ProbeRun::progress);
    QSignalSpy finished(&run, &probes::ProbeRun::finished);
    run.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(observed.size(), targets.size());
    QCOMPARE(progress.size(), targets.size());
    for (qsizetype i = 0; i < progress.size(); ++i)
        QCOMPARE(progress.at(i).at(0).toInt(), int(i + 1));
    // The unreachable names (4 s timeouts) come after the quick ones.
    QCOMPARE(observed.last().at(0).value<NameObservation>().name, u"ex2010c.contoso.test"_s);
    const ProbeRecord record = run.record();
    for (qsizetype i = 0; i < targets.size(); ++i)
        QCOMPARE(record.names.at(i).name, targets.at(i).name);
    // The SRV record: found, pointing to the planned Autodiscover name.
    QCOMPARE(m_record.srv.size(), 1);
    QCOMPARE(m_record.srv.first().targets, QStringList{u"autodiscover.contoso.test:443"_s});
    const bool srvInfo
        = std::any_of(m_evaluation.findings.cbegin(), m_evaluation.findings.cend(),
                      [](const Finding &f) { return f.ruleId == u"PRB-010"_s && f.severity == Severity::Info; });
    QVERIFY(srvInfo);
}

void tst_LiveProbes::noRequestCarriesCredentials_andRedirectIsNotFollowed()
{
    const QList<QJsonObject> log = requests();
    QVERIFY(log.size() >= 10);
    QStringList planNames;
    for (const ProbeTarget &t : probeTargets(m_plan.topology))
        planNames.append(t.name);
    for (const QJsonObject &r : log) {
        if (r.value(u"method"_s).toString() == u"PROXY"_s)
            continue;
        QVERIFY2(!r.value(u"authorization"_s).toBool(), "a request carried an Authorization header");
        QCOMPARE(r.value(u"method"_s).toString(), u"GET"_s);
        // Only names of the plan are asked: login.fabrikam.test (the redirect) never.
        QVERIFY2(planNames.contains(r.value(u"host"_s).toString()), qPrintable(r.value(u"host"_s).toString()));
    }
    // Nothing was requested from the servers with untrusted certificates.
    const QJsonObject addresses = m_lab.value(u"addresses"_s).toObject();
    for (const char *untrusted : {"ex2013b.contoso.test", "ex2013c.contoso.test"}) {
        const QString address = addresses.value(QLatin1String(untrusted)).toString();
        for (const QJsonObject &r : log)
            QVERIFY2(r.value(u"address"_s).toString() != address, untrusted);
    }
    const NameObservation &gateway
        = *std::find_if(m_record.names.cbegin(), m_record.names.cend(),
                        [](const NameObservation &o) { return o.name == u"gateway.contoso.test"_s; });
    QCOMPARE(gateway.http.first().httpStatus, 302);
    QCOMPARE(gateway.http.first().location, u"https://login.fabrikam.test/owa/"_s);
}

void tst_LiveProbes::withoutTheLabCa_theGoodCertificateIsUntrusted()
{
    probes::ProbeOptions options = labOptions();
    options.extraCaCertificates.clear();
    QList<ProbeTarget> targets;
    for (const ProbeTarget &t : probeTargets(m_plan.topology)) {
        if (t.name == u"mail.contoso.test"_s)
            targets.append(t);
    }
    const ProbeRecord record = probe(options, targets);
    QCOMPARE(record.names.size(), 1);
    QCOMPARE(record.names.first().tls.errors, QStringList{u"untrusted"_s});
    QCOMPARE(record.names.first().http.first().status, ReachStatus::NotTried);
}

void tst_LiveProbes::systemProxy_isHonoured()
{
    qputenv("https_proxy", m_lab.value(u"proxy"_s).toString().toLatin1());
    QList<ProbeTarget> targets;
    for (const ProbeTarget &t : probeTargets(m_plan.topology)) {
        if (t.name == u"ex2013.contoso.test"_s)
            targets.append(t);
    }
    const qsizetype before = requests().size();
    const ProbeRecord record = probe(labOptions(), targets);
    qunsetenv("https_proxy");
    QCOMPARE(record.names.size(), 1);
    QCOMPARE(record.names.first().tls.status, ReachStatus::Ok);
    const QList<QJsonObject> log = requests().mid(before);
    const QString address = m_lab.value(u"addresses"_s).toObject().value(u"ex2013.contoso.test"_s).toString();
    const auto tunnelled = std::count_if(log.cbegin(), log.cend(), [&](const QJsonObject &r) {
        return r.value(u"method"_s).toString() == u"PROXY"_s
            && r.value(u"path"_s).toString() == u"CONNECT %1:443 HTTP/1.1"_s.arg(address)
            && !r.value(u"proxyAuthorization"_s).toBool();
    });
    // The TLS step and each GET went through the proxy.
    QVERIFY2(tunnelled >= 2, qPrintable(QString::number(tunnelled)));
    QCOMPARE(record.names.first().http.first().httpStatus, 401);
}

void tst_LiveProbes::cancel_stopsEveryStep()
{
    probes::ProbeRun run(probeTargets(m_plan.topology), autodiscoverSrvName(m_plan.topology), labOptions());
    QSignalSpy observed(&run, &probes::ProbeRun::nameObserved);
    QSignalSpy finished(&run, &probes::ProbeRun::finished);
    run.start();
    QVERIFY(observed.wait(10000));
    run.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(run.wasCancelled());
    QVERIFY(!run.isRunning());
    const qsizetype kept = run.record().names.size();
    QVERIFY(kept >= 1 && kept < probeTargets(m_plan.topology).size());
    // Nothing arrives after the cancel.
    QTest::qWait(2000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(run.record().names.size(), kept);
}

void tst_LiveProbes::cli_probeSavesResults_andCheckShowsThem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lab.coexplan"_s);
    QVERIFY(!savePlanFile(m_plan, path).has_value());
    const QStringList common{u"--dns-server"_s, m_lab.value(u"dnsServer"_s).toString(),
                             u"--ca-file"_s,    m_lab.value(u"caFile"_s).toString(),
                             u"--timeout"_s,    u"4"_s};
    const clirun::Run json
        = clirun::coexplan(QStringList{u"probe"_s, path, u"--format"_s, u"json"_s, u"--save"_s} + common);
    QCOMPARE(json.exitCode, 1); // error findings: expired, self-signed, no NTLM
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value(u"summary"_s).toObject().value(u"names"_s).toInt(), 12);
    QCOMPARE(root.value(u"summary"_s).toObject().value(u"unreachable"_s).toInt(), 3);
    QCOMPARE(root.value(u"probe"_s).toObject().value(u"names"_s).toArray().size(), 12);
    QVERIFY(json.err.contains("saved the results"));

    const PlanLoadResult saved = loadPlanFile(path);
    QVERIFY(saved.ok());
    QCOMPARE(saved.plan->lastProbe.names.size(), 12);
    QCOMPARE(saved.plan->topology, m_plan.topology); // nothing else changed

    const clirun::Run check = clirun::coexplan({u"check"_s, path});
    QVERIFY2(check.out.contains("PRB-004") && check.out.contains("Last probe"), check.out.constData());
    const clirun::Run text = clirun::coexplan(QStringList{u"probe"_s, path} + common);
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.contains("UNREACHABLE  gone.contoso.test"));
    QVERIFY(text.out.contains("Answered by: EXROGUE"));
}

QTEST_GUILESS_MAIN(tst_LiveProbes)
#include "tst_liveprobes.moc"
