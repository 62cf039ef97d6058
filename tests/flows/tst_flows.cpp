// Unit tests of computeFlows (RULEBOOK §4) with hand-made findings: the path model
// and the placement of each rule's findings on hops, independent of the rule engine.
#include "flowtestplan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace flowtest;

Q_DECLARE_METATYPE(wizard::ClientLocation)
Q_DECLARE_METATYPE(wizard::Severity)
Q_DECLARE_METATYPE(wizard::SubjectKind)

namespace {
Flow onlyFlow(const Topology &base, const QString &mailbox, ClientLocation location, const QList<Finding> &findings)
{
    Topology t = base;
    t.clientGroups = {group(u"Sales"_s, location, {mailbox})};
    const QList<Flow> flows = computeFlows(t, findings);
    return flows.value(0);
}

const Hop *hopOf(const Flow &f, HopKind kind)
{
    for (const Hop &h : f.hops) {
        if (h.kind == kind)
            return &h;
    }
    return nullptr;
}
} // namespace

class TestFlows : public QObject
{
    Q_OBJECT

private slots:
    void mailboxVersionAndLocation_decideTheHops_data()
    {
        QTest::addColumn<QString>("mailbox");
        QTest::addColumn<ClientLocation>("location");
        QTest::addColumn<QString>("expected");
        QTest::addRow("2013 internal") << u"EX2013"_s << ClientLocation::Internal << u"autodiscover,partA,mailbox"_s;
        QTest::addRow("2013 external") << u"EX2013"_s << ClientLocation::External << u"autodiscover,partA,mailbox"_s;
        QTest::addRow("2010 internal") << u"EX2010MBX"_s << ClientLocation::Internal
                                       << u"autodiscover,rpcTcp,mailbox"_s;
        QTest::addRow("2010 external") << u"EX2010MBX"_s << ClientLocation::External
                                       << u"autodiscover,partA,partB,mailbox"_s;
        QTest::addRow("2007 internal") << u"EX2007"_s << ClientLocation::Internal << u"autodiscover,rpcTcp"_s;
        QTest::addRow("2007 external") << u"EX2007"_s << ClientLocation::External
                                       << u"autodiscover,partA,partB,mailbox"_s;
    }
    void mailboxVersionAndLocation_decideTheHops()
    {
        QFETCH(QString, mailbox);
        QFETCH(ClientLocation, location);
        QFETCH(QString, expected);
        const Flow f = onlyFlow(coexistencePlan(), mailbox, location, {});
        QCOMPARE(kinds(f), expected);
        QCOMPARE(f.overall, Verdict::Ok);
        for (const Hop &h : f.hops)
            QVERIFY2(!h.note.isEmpty(), qPrintable(hopKindToken(h.kind)));
    }

    void externalClientOf2013Mailbox_usesExternalHostnameAndMethod()
    {
        const Flow f = onlyFlow(coexistencePlan(), u"EX2013"_s, ClientLocation::External, {});
        const Hop *a = hopOf(f, HopKind::PartA);
        QVERIFY(a);
        QCOMPARE(a->from, u"Sales (External)"_s);
        QCOMPARE(a->to, u"mail.contoso.com"_s);
        QCOMPARE(a->toServer, u"EX2013"_s);
        QCOMPARE(a->toSite, u"HQ"_s);
        QCOMPARE(a->authMethod, u"Basic"_s);
        QCOMPARE(a->protocol, u"RPC over HTTP"_s);
        const Hop *ad = hopOf(f, HopKind::Autodiscover);
        QCOMPARE(ad->to, u"autodiscover.contoso.com"_s);
        QCOMPARE(ad->answeredBy, u"EX2013"_s);
    }

    void internalClientOf2013Mailbox_usesInternalHostnameAndMethod()
    {
        const Flow f = onlyFlow(coexistencePlan(), u"EX2013"_s, ClientLocation::Internal, {});
        const Hop *a = hopOf(f, HopKind::PartA);
        QCOMPARE(a->to, u"mail.contoso.local"_s);
        QCOMPARE(a->authMethod, u"Ntlm"_s);
        QCOMPARE(a->toServer, u"EX2013"_s);
    }

    void externalClientOfLegacyMailbox_usesLegacyCasSettingsAndPartB()
    {
        Topology t = coexistencePlan();
        t.findServer(u"EX2010CAS")->outlookAnywhere.clientAuthenticationMethod = AuthMethod::Negotiate;
        const Flow f = onlyFlow(t, u"EX2010MBX"_s, ClientLocation::External, {});
        const Hop *ad = hopOf(f, HopKind::Autodiscover);
        QCOMPARE(ad->toServer, u"EX2013"_s);
        QCOMPARE(ad->answeredBy, u"EX2010CAS"_s);
        // F43, said in words (issue 14: no fact numbers in what a client reads).
        QVERIFY2(ad->note.contains(u"proxies the request to EX2010CAS"_s), qPrintable(ad->note));
        const Hop *a = hopOf(f, HopKind::PartA);
        QCOMPARE(a->to, u"mail.contoso.com"_s);
        QCOMPARE(a->authMethod, u"Negotiate"_s); // the legacy CAS's method, not the new CAS's Basic
        QCOMPARE(a->toServer, u"EX2013"_s);
        const Hop *b = hopOf(f, HopKind::PartB);
        QCOMPARE(b->fromServer, u"EX2013"_s);
        QCOMPARE(b->to, u"ex2010cas.contoso.local"_s);
        QCOMPARE(b->toServer, u"EX2010CAS"_s);
        QCOMPARE(b->protocol, u"HTTPS"_s);
        QCOMPARE(b->authMethod, u"Ntlm"_s);
        QCOMPARE(wizard::regionOf(b->kind), FlowRegion::Server);
        const Hop *m = hopOf(f, HopKind::Mailbox);
        QCOMPARE(m->fromServer, u"EX2010CAS"_s);
        QCOMPARE(m->toServer, u"EX2010MBX"_s);
        QCOMPARE(m->protocol, u"RPC"_s);
    }

    void internalClientOf2010Mailbox_usesRpcTcpToCasArray()
    {
        const Flow f = onlyFlow(coexistencePlan(), u"EX2010MBX"_s, ClientLocation::Internal, {});
        const Hop *r = hopOf(f, HopKind::RpcTcp);
        QVERIFY(r);
        QCOMPARE(r->to, u"outlook.contoso.local"_s);
        QCOMPARE(r->casArray, u"HQ-Array"_s);
        QCOMPARE(r->toServer, u"EX2010CAS"_s);
        QCOMPARE(r->protocol, u"RPC"_s);
        QVERIFY(!hopOf(f, HopKind::PartA));
        QVERIFY(!hopOf(f, HopKind::PartB));
        QCOMPARE(hopOf(f, HopKind::Mailbox)->fromServer, u"EX2010CAS"_s);
    }

    // NS-001's ambiguous URL: RPC/TCP asks for the array, HTTPS follows the namespace.
    void casArrayNamedLikeNamespace_rpcTcpUsesArrayAndPartAUsesNewCas()
    {
        Topology t = coexistencePlan();
        t.casArrays.first().fqdn = u"mail.contoso.local"_s;
        t.databases.first().rpcClientAccessServer = u"mail.contoso.local"_s;
        const Flow rpc = onlyFlow(t, u"EX2010MBX"_s, ClientLocation::Internal, {});
        QCOMPARE(hopOf(rpc, HopKind::RpcTcp)->casArray, u"HQ-Array"_s);
        QCOMPARE(hopOf(rpc, HopKind::RpcTcp)->toServer, u"EX2010CAS"_s);
        const Flow https = onlyFlow(t, u"EX2013"_s, ClientLocation::Internal, {});
        QCOMPARE(hopOf(https, HopKind::PartA)->to, u"mail.contoso.local"_s);
        QCOMPARE(hopOf(https, HopKind::PartA)->casArray, QString());
        QCOMPARE(hopOf(https, HopKind::PartA)->toServer, u"EX2013"_s);
    }

    void locationBoth_yieldsInternalAndExternalFlows()
    {
        Topology t = coexistencePlan();
        t.clientGroups = {group(u"Sales"_s, ClientLocation::Both, {u"EX2013"_s, u"EX2010MBX"_s}),
                          group(u"Road"_s, ClientLocation::External, {u"EX2007"_s})};
        const QList<Flow> flows = computeFlows(t, {});
        QStringList ids;
        for (const Flow &f : flows)
            ids.append(f.scenarioId());
        QCOMPARE(ids,
                 QStringList({u"Sales / Internal / EX2013"_s, u"Sales / Internal / EX2010MBX"_s,
                              u"Sales / External / EX2013"_s, u"Sales / External / EX2010MBX"_s,
                              u"Road / External / EX2007"_s}));
        QCOMPARE(computeFlows(t, {}), flows); // pure
    }

    // Each row: one hand-made finding, one scenario, the verdict and rules of every hop.
    void findingReachesTheHopsItAffects_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<SubjectKind>("kind");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("mailbox");
        QTest::addColumn<ClientLocation>("location");
        QTest::addColumn<QString>("verdicts");
        QTest::addColumn<QString>("rules");
        const auto E = Severity::Error;
        const auto W = Severity::Warning;
        const auto I = Severity::Info;
        const auto S = SubjectKind::Server;
        const auto ext = ClientLocation::External;
        const auto in = ClientLocation::Internal;
        const QString mbx10 = u"EX2010MBX"_s;
        const QString mbx13 = u"EX2013"_s;
        const QString cas10 = u"EX2010CAS"_s;
        auto row = [](const char *name) { return &QTest::newRow(name); };

        *row("legacyCasWithoutNtlm_failsPartBHop") << u"PB-002"_s << E << S << cas10 << QStringList() << mbx10 << ext
                                                   << u"ok,ok,fail,ok"_s << u"-,-,PB-002,-"_s;
        *row("legacyCasWithoutNtlm_spares2010InternalRpcTcp")
            << u"PB-002"_s << E << S << cas10 << QStringList() << mbx10 << in << u"ok,ok,ok"_s << u"-,-,-"_s;
        *row("legacyHostnameWrong_failsPartAAndPartB") << u"PB-003"_s << E << S << cas10 << QStringList() << mbx10
                                                       << ext << u"ok,fail,fail,ok"_s << u"-,PB-003,PB-003,-"_s;
        *row("legacyOaOff_failsPartAAndPartB") << u"PB-001"_s << E << S << cas10 << QStringList() << mbx10 << ext
                                               << u"ok,fail,fail,ok"_s << u"-,PB-001,PB-001,-"_s;
        *row("otherLegacyCas_doesNotReachThisPath") << u"PB-002"_s << E << S << u"EX2007"_s << QStringList() << mbx10
                                                    << ext << u"ok,ok,ok,ok"_s << u"-,-,-,-"_s;
        *row("legacyMethodNotInNewIis_failsLegacyPartA") << u"PA-001"_s << E << S << cas10 << QStringList() << mbx10
                                                         << ext << u"ok,fail,ok,ok"_s << u"-,PA-001,-,-"_s;
        *row("legacyMethodNotInNewIis_reachesUsersThroughNewCas")
            << u"PA-001"_s << E << S << mbx13 << QStringList() << mbx10 << ext << u"ok,fail,ok,ok"_s
            << u"-,PA-001,-,-"_s;
        *row("legacyMethodNotInNewIis_spares2013Users")
            << u"PA-001"_s << E << S << cas10 << QStringList() << mbx13 << ext << u"ok,ok,ok"_s << u"-,-,-"_s;
        *row("newExternalMethodNotInIis_failsExternalPartA")
            << u"PA-002"_s << E << S << mbx13 << QStringList{u"outlookAnywhere.externalClientAuthenticationMethod"_s}
            << mbx13 << ext << u"ok,fail,ok"_s << u"-,PA-002,-"_s;
        *row("newExternalMethodNotInIis_sparesInternal")
            << u"PA-002"_s << E << S << mbx13 << QStringList() << mbx13 << in << u"ok,ok,ok"_s << u"-,-,-"_s;
        *row("newExternalMethodNotInIis_sparesLegacyMailboxes")
            << u"PA-002"_s << E << S << mbx13 << QStringList() << mbx10 << ext << u"ok,ok,ok,ok"_s << u"-,-,-,-"_s;
        *row("newInternalMethodNotInIis_failsInternalPartA")
            << u"PA-003"_s << E << S << mbx13 << QStringList() << mbx13 << in << u"ok,fail,ok"_s << u"-,PA-003,-"_s;
        *row("externalSslNotRequired_warnsExternalPartA")
            << u"PA-008"_s << W << S << mbx13 << QStringList() << mbx13 << ext << u"ok,warn,ok"_s << u"-,PA-008,-"_s;
        *row("externalSslNotRequired_sparesLegacyMailboxes")
            << u"PA-008"_s << W << S << mbx13 << QStringList() << mbx10 << ext << u"ok,ok,ok,ok"_s << u"-,-,-,-"_s;
        *row("iisWithoutOffloading_warnsLegacyExternalPartA")
            << u"PA-007"_s << W << S << mbx13 << QStringList{u"outlookAnywhere.sslOffloading"_s} << mbx10 << ext
            << u"ok,warn,ok,ok"_s << u"-,PA-007,-,-"_s;
        *row("internalSslField_narrowsPA007ToInternal")
            << u"PA-007"_s << W << S << mbx13 << QStringList{u"outlookAnywhere.internalClientsRequireSsl"_s} << mbx13
            << ext << u"ok,ok,ok"_s << u"-,-,-"_s;
        *row("internalSslField_warnsInternalPartA")
            << u"PA-007"_s << W << S << mbx13 << QStringList{u"outlookAnywhere.internalClientsRequireSsl"_s} << mbx13
            << in << u"ok,warn,ok"_s << u"-,PA-007,-"_s;
        *row("certificate_failsPartAAndAutodiscover")
            << u"CERT-001"_s << E << SubjectKind::Certificate << u"SAN"_s << QStringList() << mbx13 << ext
            << u"fail,fail,ok"_s << u"CERT-001,CERT-001,-"_s;
        *row("autodiscoverNameNotOnCertificate_failsAutodiscoverOnly")
            << u"CERT-001"_s << E << SubjectKind::Organization << QString() << QStringList{u"namespaces.autodiscover"_s}
            << mbx10 << ext << u"fail,ok,ok,ok"_s << u"CERT-001,-,-,-"_s;
        *row("scp_warnsInternalAutodiscover")
            << u"NS-004"_s << W << S << cas10 << QStringList() << mbx10 << in << u"warn,ok,ok"_s << u"NS-004,-,-"_s;
        *row("scp_sparesExternalAutodiscover")
            << u"NS-004"_s << W << S << cas10 << QStringList() << mbx10 << ext << u"ok,ok,ok,ok"_s << u"-,-,-,-"_s;
        *row("ambiguousCasArray_failsRpcTcp") << u"NS-001"_s << E << SubjectKind::CasArray << u"HQ-Array"_s
                                              << QStringList() << mbx10 << in << u"ok,fail,ok"_s << u"-,NS-001,-"_s;
        *row("databaseRpcClientAccessServer_failsRpcTcp")
            << u"NS-002"_s << E << SubjectKind::Database << u"DB2010"_s << QStringList() << mbx10 << in
            << u"ok,fail,ok"_s << u"-,NS-002,-"_s;
        *row("noLegacyNamespace_fails2007Autodiscover")
            << u"NS-003"_s << E << SubjectKind::Organization << QString() << QStringList() << u"EX2007"_s << ext
            << u"fail,ok,ok,ok"_s << u"NS-003,-,-,-"_s;
        *row("noLegacyNamespace_spares2010Users") << u"NS-003"_s << E << SubjectKind::Organization << QString()
                                                  << QStringList() << mbx10 << ext << u"ok,ok,ok,ok"_s << u"-,-,-,-"_s;
        *row("oldMailboxServer_failsMailboxHop") << u"VER-001"_s << E << S << mbx10 << QStringList() << mbx10 << ext
                                                 << u"ok,ok,ok,fail"_s << u"-,-,-,VER-001"_s;
        *row("oldNewCas_failsEveryHopTouchingIt") << u"VER-001"_s << E << S << mbx13 << QStringList() << mbx10 << ext
                                                  << u"fail,fail,fail,ok"_s << u"VER-001,VER-001,VER-001,-"_s;
        *row("oldOutlook_failsGroupPartA") << u"CLI-001"_s << E << SubjectKind::ClientGroup << u"Sales"_s
                                           << QStringList() << mbx13 << ext << u"ok,fail,ok"_s << u"-,CLI-001,-"_s;
        *row("oldOutlookOfOtherGroup_doesNotReachSales")
            << u"CLI-002"_s << W << SubjectKind::ClientGroup << u"Others"_s << QStringList() << mbx13 << ext
            << u"ok,ok,ok"_s << u"-,-,-"_s;
        *row("cannotEvaluate_makesHopUnknown") << u"PB-002"_s << I << S << cas10 << QStringList() << mbx10 << ext
                                               << u"ok,ok,unknown,ok"_s << u"-,-,PB-002,-"_s;
        *row("infoByNature_leavesVerdictOk")
            << u"VER-003"_s << I << S << cas10 << QStringList() << mbx10 << ext << u"ok,ok,ok,ok"_s << u"-,-,-,-"_s;
        *row("tier2Rule_isNotPlaced") << u"KRB-001"_s << W << S << mbx13 << QStringList() << mbx13 << ext
                                      << u"ok,ok,ok"_s << u"-,-,-"_s;
    }
    void findingReachesTheHopsItAffects()
    {
        QFETCH(QString, rule);
        QFETCH(Severity, severity);
        QFETCH(SubjectKind, kind);
        QFETCH(QString, subject);
        QFETCH(QStringList, fields);
        QFETCH(QString, mailbox);
        QFETCH(ClientLocation, location);
        QFETCH(QString, verdicts);
        QFETCH(QString, rules);
        const Flow f = onlyFlow(coexistencePlan(), mailbox, location, {finding(rule, severity, kind, subject, fields)});
        QCOMPARE(flowtest::verdicts(f), verdicts);
        QCOMPARE(flowtest::rules(f), rules);
        Verdict worst = Verdict::Ok;
        for (const Hop &h : f.hops) {
            worst = worse(worst, h.verdict);
            if (h.verdict == Verdict::Fail || h.verdict == Verdict::Warn)
                QVERIFY2(h.note.contains(u"%1 on %2 (%1)."_s.arg(rule, subject)), qPrintable(h.note));
        }
        QCOMPARE(f.overall, worst);
    }

    // Users of a legacy CAS with Outlook Anywhere off get no method, so a method
    // mismatch (PA-001/PA-004) is not theirs; PB-001 is.
    void legacyCasWithOaOff_methodFindingsDoNotReachItsUsers()
    {
        Topology t = coexistencePlan();
        t.findServer(u"EX2010CAS")->outlookAnywhere.enabled = false;
        const QList<Finding> findings{finding(u"PA-001"_s, Severity::Error, SubjectKind::Server, u"EX2013"_s),
                                      finding(u"PA-004"_s, Severity::Warning, SubjectKind::Server, u"EX2013"_s),
                                      finding(u"PB-001"_s, Severity::Error, SubjectKind::Server, u"EX2010CAS"_s)};
        const Flow f = onlyFlow(t, u"EX2010MBX"_s, ClientLocation::External, findings);
        QCOMPARE(rules(f), u"-,PB-001,PB-001,-"_s);
        QCOMPARE(verdicts(f), u"ok,fail,fail,ok"_s);
    }

    void infoFinding_isListedWithoutChangingTheVerdict()
    {
        const Flow f = onlyFlow(coexistencePlan(), u"EX2010MBX"_s, ClientLocation::External,
                                {finding(u"VER-003"_s, Severity::Info, SubjectKind::Server, u"EX2010CAS"_s)});
        QCOMPARE(hopOf(f, HopKind::PartB)->infoRuleIds, QStringList{u"VER-003"_s});
        QCOMPARE(hopOf(f, HopKind::PartB)->verdict, Verdict::Ok);
    }

    void ruleIds_areUniqueAndSorted()
    {
        const QList<Finding> findings{
            finding(u"PB-003"_s, Severity::Error, SubjectKind::Server, u"EX2010CAS"_s),
            finding(u"PB-002"_s, Severity::Error, SubjectKind::Server, u"EX2010CAS"_s),
            finding(u"PB-002"_s, Severity::Error, SubjectKind::Server, u"EX2010CAS"_s),
            finding(u"PB-001"_s, Severity::Warning, SubjectKind::Server, u"EX2010CAS"_s),
        };
        const Flow f = onlyFlow(coexistencePlan(), u"EX2010MBX"_s, ClientLocation::External, findings);
        const Hop *b = hopOf(f, HopKind::PartB);
        QCOMPARE(b->ruleIds, QStringList({u"PB-001"_s, u"PB-002"_s, u"PB-003"_s}));
        QCOMPARE(b->verdict, Verdict::Fail);
        QVERIFY2(b->note.startsWith(u"PB-003 on EX2010CAS (PB-003)."_s),
                 qPrintable(b->note)); // the first error explains
        QCOMPARE(f.overall, Verdict::Fail);
    }

    void unknownHostname_makesPartAUnknown_data()
    {
        QTest::addColumn<QString>("mailbox");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("noteMentions");
        QTest::addRow("new external host name not recorded")
            << u"EX2013"_s << u"newHostUnknown"_s << u"ExternalHostname"_s;
        QTest::addRow("new external host name empty") << u"EX2013"_s << u"newHostEmpty"_s << u"ExternalHostname"_s;
        QTest::addRow("new external method not recorded")
            << u"EX2013"_s << u"newMethodUnknown"_s << u"ExternalClientAuthenticationMethod"_s;
        QTest::addRow("legacy method not recorded")
            << u"EX2010MBX"_s << u"legacyMethodUnknown"_s << u"ClientAuthenticationMethod"_s;
        QTest::addRow("legacy host name outside the plan")
            << u"EX2010MBX"_s << u"legacyHostElsewhere"_s << u"owa.contoso.com"_s;
        QTest::addRow("legacy Outlook Anywhere off") << u"EX2010MBX"_s << u"legacyOaOff"_s << u"EX2010CAS"_s;
    }
    void unknownHostname_makesPartAUnknown()
    {
        QFETCH(QString, mailbox);
        QFETCH(QString, change);
        QFETCH(QString, noteMentions);
        Topology t = coexistencePlan();
        OutlookAnywhereSettings &newOa = t.findServer(u"EX2013")->outlookAnywhere;
        OutlookAnywhereSettings &legacyOa = t.findServer(u"EX2010CAS")->outlookAnywhere;
        if (change == u"newHostUnknown"_s)
            newOa.externalHostname.setUnknown();
        else if (change == u"newHostEmpty"_s)
            newOa.externalHostname = QString();
        else if (change == u"newMethodUnknown"_s)
            newOa.externalClientAuthenticationMethod.setUnknown();
        else if (change == u"legacyMethodUnknown"_s)
            legacyOa.clientAuthenticationMethod.setUnknown();
        else if (change == u"legacyHostElsewhere"_s)
            legacyOa.externalHostname = u"owa.contoso.com"_s;
        else if (change == u"legacyOaOff"_s)
            legacyOa.enabled = false;
        const Flow f = onlyFlow(t, mailbox, ClientLocation::External, {});
        const Hop *a = hopOf(f, HopKind::PartA);
        QCOMPARE(a->verdict, Verdict::Unknown);
        QVERIFY2(a->note.contains(noteMentions), qPrintable(a->note));
        QCOMPARE(f.overall, Verdict::Unknown);

        // A finding on the hop still decides when it is worse than unknown.
        const Flow judged = onlyFlow(t, mailbox, ClientLocation::External,
                                     {finding(u"CLI-002"_s, Severity::Warning, SubjectKind::ClientGroup, u"Sales"_s)});
        QCOMPARE(hopOf(judged, HopKind::PartA)->verdict, Verdict::Warn);
        QCOMPARE(hopOf(judged, HopKind::PartA)->ruleIds, QStringList{u"CLI-002"_s});
    }

    void noAutodiscoverName_makesAutodiscoverUnknown()
    {
        Topology t = coexistencePlan();
        t.organization.namespaces.autodiscover.clear();
        const Flow f = onlyFlow(t, u"EX2013"_s, ClientLocation::External, {});
        QCOMPARE(hopOf(f, HopKind::Autodiscover)->verdict, Verdict::Unknown);
        QVERIFY(!hopOf(f, HopKind::Autodiscover)->note.isEmpty());
    }

    void loadBalancerInPath_appearsInPartA()
    {
        Topology t = coexistencePlan();
        Server second = *t.findServer(u"EX2013");
        second.name = u"EX2013B"_s;
        second.fqdn = u"ex2013b.contoso.local"_s;
        t.servers.append(second);
        LoadBalancer lb;
        lb.name = u"LB1"_s;
        lb.hostNames = {u"mail.contoso.com"_s, u"autodiscover.contoso.com"_s};
        lb.tls = TlsMode::Passthrough;
        lb.servers = {u"EX2013B"_s};
        t.loadBalancers = {lb};
        const QList<Finding> findings{finding(u"PA-011"_s, Severity::Warning, SubjectKind::LoadBalancer, u"LB1"_s)};
        const Flow f = onlyFlow(t, u"EX2010MBX"_s, ClientLocation::External, findings);
        const Hop *a = hopOf(f, HopKind::PartA);
        QCOMPARE(a->loadBalancer, u"LB1"_s);
        QCOMPARE(a->toServer, u"EX2013B"_s);
        QCOMPARE(a->verdict, Verdict::Warn);
        QCOMPARE(hopOf(f, HopKind::Autodiscover)->loadBalancer, u"LB1"_s);
        QCOMPARE(hopOf(f, HopKind::PartB)->fromServer, u"EX2013B"_s); // the CAS behind the balancer proxies

        // Internal clients use mail.contoso.local, which the balancer does not answer.
        const Flow in = onlyFlow(t, u"EX2013"_s, ClientLocation::Internal, findings);
        QCOMPARE(hopOf(in, HopKind::PartA)->loadBalancer, QString());
        QCOMPARE(hopOf(in, HopKind::PartA)->verdict, Verdict::Ok);
    }

    void externalClients_enterThroughInternetFacingSite()
    {
        Topology t = coexistencePlan();
        Server branch = *t.findServer(u"EX2013");
        branch.name = u"EX2013BR"_s;
        branch.fqdn = u"ex2013br.contoso.local"_s;
        branch.site = u"Branch"_s;
        t.servers.prepend(branch); // first in plan order, but not internet-facing
        t.findServer(u"EX2007")->roles.clientAccess = false; // a Branch mailbox with no 2007 CAS in Branch
        Server cas2007 = *t.findServer(u"EX2010CAS");
        cas2007.name = u"EX2007CAS"_s;
        cas2007.fqdn = u"ex2007cas.contoso.local"_s;
        cas2007.version = ExchangeVersion::Ex2007;
        t.servers.append(cas2007);

        const Flow ext = onlyFlow(t, u"EX2007"_s, ClientLocation::External, {});
        QCOMPARE(hopOf(ext, HopKind::PartA)->toServer, u"EX2013"_s);
        QCOMPARE(hopOf(ext, HopKind::PartB)->toServer, u"EX2007CAS"_s);
        // U8, said in words.
        QVERIFY2(hopOf(ext, HopKind::PartB)->note.contains(u"is assumed"_s),
                 qPrintable(hopOf(ext, HopKind::PartB)->note));
        QCOMPARE(hopOf(ext, HopKind::PartB)->toSite, u"HQ"_s);
        QCOMPARE(hopOf(ext, HopKind::PartB)->fromSite, u"HQ"_s);

        // Internal clients of a Branch mailbox on the new version stay in Branch.
        Server mbx = branch;
        mbx.name = u"EX2013BRMBX"_s;
        mbx.fqdn = u"ex2013brmbx.contoso.local"_s;
        mbx.roles = {false, true, false};
        t.servers.append(mbx);
        const Flow in = onlyFlow(t, u"EX2013BRMBX"_s, ClientLocation::Internal, {});
        QCOMPARE(hopOf(in, HopKind::PartA)->toServer, u"EX2013BR"_s);
        QCOMPARE(hopOf(in, HopKind::Mailbox)->fromServer, u"EX2013BR"_s);
    }

    void mailboxServerMissingFromPlan_givesUnknownFlow()
    {
        const Flow f = onlyFlow(coexistencePlan(), u"GHOST"_s, ClientLocation::External, {});
        QCOMPARE(f.overall, Verdict::Unknown);
        QVERIFY(f.hops.constFirst().note.contains(u"GHOST"_s));
    }
};

QTEST_GUILESS_MAIN(TestFlows)
#include "tst_flows.moc"
