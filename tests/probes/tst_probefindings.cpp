// The pure half of the live probes: which names a plan asks about, what an answer
// means for the plan (PRB-...), the WWW-Authenticate parser, and the plan's lastProbe
// section. No network: records are written here by hand.
#include "labplan.h"
#include "planfile/planfile.h"
#include "probecheck/probefindings.h"
#include "probecheck/probetargets.h"
#include "wwwauthenticate.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wizard;

namespace {
NameObservation answered(const QString &name, const QString &address, const QStringList &schemes,
                         const QString &answeredBy)
{
    NameObservation o;
    o.name = name;
    o.observedAt = u"2026-12-03T10:00:00Z"_s;
    o.dns.status = ReachStatus::Ok;
    o.dns.addresses = {address};
    o.tls.status = ReachStatus::Ok;
    o.tls.subject = u"CN="_s + name;
    o.tls.names = {name, u"mail.contoso.test"_s, u"internal.contoso.test"_s, u"autodiscover.contoso.test"_s};
    HttpObservation h;
    h.path = QString(probepath::rpc);
    h.status = ReachStatus::Ok;
    h.httpStatus = 401;
    h.schemes = schemes;
    h.answeredBy = answeredBy;
    o.http = {h};
    return o;
}

QStringList rulesOf(const ProbeEvaluation &e, const QString &name)
{
    for (const NameProbeResult &r : e.names) {
        if (r.name == name) {
            QStringList ids;
            for (const Finding &f : r.findings)
                ids.append(u"%1/%2"_s.arg(f.ruleId, severityToken(f.severity)));
            return ids;
        }
    }
    return {u"missing"_s};
}
} // namespace

class tst_ProbeFindings : public QObject
{
    Q_OBJECT
private slots:
    void authenticationSchemes_data();
    void authenticationSchemes();
    void targets_namesOfThePlanOnce_inStableOrder();
    void targets_skipValuesThatAreNoHostName();
    void evaluation_data();
    void evaluation();
    void savedNameNoLongerInPlan_isComparedWithItselfOnly();
    void lastProbe_roundTripsThroughThePlanFile();
    void lastProbe_badStatus_namesItsPlace();
};

void tst_ProbeFindings::authenticationSchemes_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QStringList>("schemes");
    QTest::addRow("one per line") << QByteArray("Negotiate\nNTLM\nBasic realm=\"mail\"")
                                  << QStringList{u"Negotiate"_s, u"NTLM"_s, u"Basic"_s};
    QTest::addRow("joined by commas") << QByteArray("Negotiate, NTLM, Basic realm=\"mail\"")
                                      << QStringList{u"Negotiate"_s, u"NTLM"_s, u"Basic"_s};
    QTest::addRow("auth-params skipped") << QByteArray("Basic realm=\"a, b\", charset=\"UTF-8\"")
                                         << QStringList{u"Basic"_s};
    QTest::addRow("token68") << QByteArray("Negotiate oYH1MIHyoAMKAQ==") << QStringList{u"Negotiate"_s};
    QTest::addRow("repeated once") << QByteArray("NTLM\nntlm") << QStringList{u"NTLM"_s};
    QTest::addRow("empty") << QByteArray() << QStringList();
}

void tst_ProbeFindings::authenticationSchemes()
{
    QFETCH(QByteArray, header);
    QFETCH(QStringList, schemes);
    QCOMPARE(probes::authenticationSchemes(header), schemes);
}

void tst_ProbeFindings::targets_namesOfThePlanOnce_inStableOrder()
{
    const QList<ProbeTarget> targets = probeTargets(labplan::plan().topology);
    QStringList names;
    for (const ProbeTarget &t : targets)
        names.append(t.name);
    QCOMPARE(names,
             (QStringList{u"mail.contoso.test"_s, u"internal.contoso.test"_s, u"autodiscover.contoso.test"_s,
                          u"gateway.contoso.test"_s, u"ex2013.contoso.test"_s, u"ex2013b.contoso.test"_s,
                          u"ex2013c.contoso.test"_s, u"ex2013d.contoso.test"_s, u"ex2010.contoso.test"_s,
                          u"ex2010b.contoso.test"_s, u"ex2010c.contoso.test"_s, u"gone.contoso.test"_s}));
    QCOMPARE(targets.at(0).paths, (QStringList{u"/rpc/rpcproxy.dll"_s, u"/mapi/"_s}));
    QCOMPARE(targets.at(2).paths, QStringList{u"/autodiscover/autodiscover.xml"_s});
    QCOMPARE(targets.at(3).loadBalancer, u"Gateway"_s);
    QCOMPARE(targets.at(3).servers, QStringList{u"EX2013"_s});
    // A legacy CAS has no /mapi (Set-MapiVirtualDirectory: Exchange 2013 and later).
    QCOMPARE(targets.at(8).paths, (QStringList{u"/rpc/rpcproxy.dll"_s, u"/autodiscover/autodiscover.xml"_s}));
    QVERIFY(targets.at(4).certificateNames.contains(u"autodiscover.contoso.test"_s));
    QCOMPARE(targets.at(4).plannedCertificate, u"Exchange 2013 SAN"_s);
    QCOMPARE(autodiscoverSrvName(labplan::plan().topology), u"_autodiscover._tcp.contoso.test"_s);
}

void tst_ProbeFindings::targets_skipValuesThatAreNoHostName()
{
    Plan p = labplan::plan();
    p.topology.organization.namespaces.outlookAnywhereExternal = u"https://mail.contoso.test/rpc"_s;
    p.topology.organization.namespaces.outlookAnywhereInternal = u"MAIL.contoso.test"_s;
    p.topology.servers[0].fqdn = u"bad name.contoso.test"_s;
    const QList<ProbeTarget> targets = probeTargets(p.topology);
    QCOMPARE(targets.first().name, u"MAIL.contoso.test"_s);
    for (const ProbeTarget &t : targets)
        QVERIFY(!t.name.contains(u' ') && !t.name.contains(u'/'));
}

void tst_ProbeFindings::evaluation_data()
{
    QTest::addColumn<QList<NameObservation>>("names");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("rules");
    const QStringList all{u"Negotiate"_s, u"NTLM"_s, u"Basic"_s};
    const NameObservation ex2013 = answered(u"ex2013.contoso.test"_s, u"10.0.0.1"_s, all, u"EX2013"_s);
    QTest::addRow("planned methods, planned server")
        << QList<NameObservation>{ex2013} << u"ex2013.contoso.test"_s << QStringList();
    QTest::addRow("new CAS offers fewer methods than planned")
        << QList<NameObservation>{answered(u"ex2013.contoso.test"_s, u"10.0.0.1"_s, {u"NTLM"_s}, u"EX2013"_s)}
        << u"ex2013.contoso.test"_s << QStringList{u"PRB-006/warning"_s};
    QTest::addRow("legacy CAS without NTLM is an error")
        << QList<NameObservation>{answered(u"ex2010.contoso.test"_s, u"10.0.0.3"_s, {u"Basic"_s}, QString())}
        << u"ex2010.contoso.test"_s << QStringList{u"PRB-006/error"_s};
    QTest::addRow("legacy CAS with NTLM and Basic as planned")
        << QList<NameObservation>{answered(u"ex2010.contoso.test"_s, u"10.0.0.3"_s, {u"NTLM"_s, u"Basic"_s}, {})}
        << u"ex2010.contoso.test"_s << QStringList();
    QTest::addRow("namespace on a planned server's address")
        << QList<NameObservation>{ex2013, answered(u"mail.contoso.test"_s, u"10.0.0.1"_s, all, u"EX2013"_s)}
        << u"mail.contoso.test"_s << QStringList();
    QTest::addRow("namespace elsewhere") << QList<NameObservation>{ex2013,
                                                                   answered(u"mail.contoso.test"_s, u"10.9.9.9"_s, all,
                                                                            u"EX2013"_s)}
                                         << u"mail.contoso.test"_s << QStringList{u"PRB-003/warning"_s};
    QTest::addRow("FQDN server name answering as its short name") << QList<NameObservation>{answered(
        u"ex2013.contoso.test"_s, u"10.0.0.1"_s, {u"Negotiate"_s, u"NTLM"_s, u"Basic"_s}, u"ex2013"_s)}
                                                                  << u"ex2013.contoso.test"_s << QStringList();
    NameObservation rpc404 = ex2013;
    rpc404.http.first().httpStatus = 404;
    rpc404.http.first().schemes.clear();
    QTest::addRow("no /rpc behind the name")
        << QList<NameObservation>{rpc404} << u"ex2013.contoso.test"_s << QStringList{u"PRB-009/warning"_s};
    NameObservation sameHostRedirect = ex2013;
    sameHostRedirect.http.first().httpStatus = 301;
    sameHostRedirect.http.first().location = u"https://EX2013.contoso.test/rpc/"_s;
    QTest::addRow("redirect on the same host is no finding")
        << QList<NameObservation>{sameHostRedirect} << u"ex2013.contoso.test"_s << QStringList();
    NameObservation dnsTimeout;
    dnsTimeout.name = u"ex2010b.contoso.test"_s;
    dnsTimeout.dns.status = ReachStatus::TimedOut;
    QTest::addRow("DNS timeout is an info")
        << QList<NameObservation>{dnsTimeout} << u"ex2010b.contoso.test"_s << QStringList{u"PRB-001/info"_s};
}

void tst_ProbeFindings::evaluation()
{
    QFETCH(QList<NameObservation>, names);
    QFETCH(QString, name);
    QFETCH(QStringList, rules);
    ProbeRecord record;
    record.observedAt = u"2026-12-03T10:00:00Z"_s;
    record.observedFrom = u"laptop"_s;
    record.names = names;
    const Plan plan = labplan::plan();
    const ProbeEvaluation e = evaluateProbe(plan.topology, record);
    QCOMPARE(rulesOf(e, name), rules);
    // Pure: the same input gives the same findings.
    QCOMPARE(evaluateProbe(plan.topology, record).findings, e.findings);
    for (const Finding &f : e.findings)
        QVERIFY(f.message.endsWith(u"Observed at 2026-12-03T10:00:00Z from laptop."_s));
}

void tst_ProbeFindings::savedNameNoLongerInPlan_isComparedWithItselfOnly()
{
    ProbeRecord record;
    record.observedAt = u"2026-12-03T10:00:00Z"_s;
    record.observedFrom = u"laptop"_s;
    record.names = {answered(u"old.contoso.test"_s, u"10.0.0.7"_s, {u"Basic"_s}, u"OLDCAS"_s)};
    const ProbeEvaluation e = evaluateProbe(labplan::plan().topology, record);
    QCOMPARE(e.names.size(), 1);
    QCOMPARE(e.names.first().verdict, ProbeVerdict::Ok);
}

void tst_ProbeFindings::lastProbe_roundTripsThroughThePlanFile()
{
    Plan plan = labplan::plan();
    plan.lastProbe.observedAt = u"2026-12-03T10:00:00Z"_s;
    plan.lastProbe.observedFrom = u"laptop"_s;
    plan.lastProbe.dnsServer = u"127.0.0.53"_s;
    NameObservation o = answered(u"ex2013.contoso.test"_s, u"10.0.0.1"_s, {u"NTLM"_s}, u"EX2013"_s);
    o.tls.errors = {u"expired"_s};
    o.tls.selfSigned = true;
    o.dns.aliases = {u"mail.contoso.test"_s};
    plan.lastProbe.names = {o};
    plan.lastProbe.srv = {SrvObservation{
        u"_autodiscover._tcp.contoso.test"_s, ReachStatus::Ok, {}, {u"autodiscover.contoso.test:443"_s}}};
    const QByteArray bytes = serializePlan(plan);
    const PlanLoadResult loaded = parsePlan(bytes);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error->toString()));
    QCOMPARE(loaded.plan->lastProbe, plan.lastProbe);
    QCOMPARE(serializePlan(*loaded.plan), bytes);
    // A plan without probes writes no section (old plans stay byte-identical).
    QVERIFY(!serializePlan(labplan::plan()).contains("lastProbe"));
}

void tst_ProbeFindings::lastProbe_badStatus_namesItsPlace()
{
    Plan plan = labplan::plan();
    plan.lastProbe.observedAt = u"2026-12-03T10:00:00Z"_s;
    plan.lastProbe.observedFrom = u"laptop"_s;
    plan.lastProbe.names = {answered(u"ex2013.contoso.test"_s, u"10.0.0.1"_s, {}, {})};
    QByteArray bytes = serializePlan(plan);
    bytes.replace("\"status\": \"ok\"", "\"status\": \"fine\"");
    const PlanLoadResult loaded = parsePlan(bytes, u"p.coexplan"_s);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error->pointer, u"/lastProbe/names/0/dns/status"_s);
    QVERIFY(loaded.error->message.contains(u"fine"_s));
}

QTEST_GUILESS_MAIN(tst_ProbeFindings)
#include "tst_probefindings.moc"
