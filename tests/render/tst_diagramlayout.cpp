// The diagram layouts are pure functions (ARCHITECTURE.md invariants 3 and 5): tested
// without any scene or painter, with the deterministic text estimate.
#include "connectionmatrix.h"
#include "diagramgeometry.h"
#include "diagramlayout.h"
#include "flowfixtures.h"
#include "hopfindings.h"
#include "layoutchecks.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using render::DiagramLayout;

Q_DECLARE_METATYPE(render::DiagramLayout)

class TestDiagramLayout : public QObject
{
    Q_OBJECT

private slots:
    void layouts_areReadable_data()
    {
        QTest::addColumn<DiagramLayout>("layout");
        const wizard::Topology t = fixtures::contoso();
        QTest::addRow("external legacy mailbox") << render::layoutFlowDiagram(fixtures::externalLegacyFlow(), t);
        QTest::addRow("internal RPC/TCP") << render::layoutFlowDiagram(fixtures::internalRpcFlow(), t);
        QTest::addRow("2013 mailbox") << render::layoutFlowDiagram(fixtures::newMailboxFlow(), t);
        QTest::addRow("with load balancer") << render::layoutFlowDiagram(
            fixtures::viaLoadBalancer(fixtures::externalLegacyFlow()), fixtures::contoso(true));
        QTest::addRow("2007 RPC/TCP to the mailbox server")
            << render::layoutFlowDiagram(fixtures::internal2007Flow(), t);
        QTest::addRow("empty flow") << render::layoutFlowDiagram(wizard::Flow{}, wizard::Topology{});
        // The printed arrangement: Part B under Part A.
        const render::TextMeasure m = render::estimatedTextMeasure();
        const auto below = render::FlowArrangement::PartBBelow;
        QTest::addRow("below: external legacy mailbox")
            << render::layoutFlowDiagram(fixtures::externalLegacyFlow(), t, m, below);
        QTest::addRow("below: internal RPC/TCP") << render::layoutFlowDiagram(fixtures::internalRpcFlow(), t, m, below);
        QTest::addRow("below: 2013 mailbox") << render::layoutFlowDiagram(fixtures::newMailboxFlow(), t, m, below);
        QTest::addRow("below: with load balancer") << render::layoutFlowDiagram(
            fixtures::viaLoadBalancer(fixtures::externalLegacyFlow()), fixtures::contoso(true), m, below);
        QTest::addRow("below: 2007 RPC/TCP to the mailbox server")
            << render::layoutFlowDiagram(fixtures::internal2007Flow(), t, m, below);
        QTest::addRow("below: empty flow") << render::layoutFlowDiagram(wizard::Flow{}, wizard::Topology{}, m, below);
        const wizard::Flow big = fixtures::largeTopologyFlow();
        QTest::addRow("overview of 50 legacy CAS") << render::layoutTopologyOverview(fixtures::largeTopology(), &big);
        QTest::addRow("overview without a path") << render::layoutTopologyOverview(t, nullptr);
        QTest::addRow("matrix") << render::layoutConnectionMatrix(fixtures::contosoFlows(), u"Matrix"_s);
        QTest::addRow("empty matrix") << render::layoutConnectionMatrix({}, u"Matrix"_s);
    }

    void layouts_areReadable()
    {
        QFETCH(DiagramLayout, layout);
        QVERIFY(layout.canvas.width() > 0 && layout.canvas.height() > 0);
        QCOMPARE(layoutchecks::overlaps(layout), QStringList());
        QCOMPARE(layoutchecks::outsideCanvas(layout), QStringList());
        QCOMPARE(layoutchecks::edgeCrossings(layout), QStringList());
        QCOMPARE(layout.legend.size(), 4);
    }

    void sameInput_sameLayout()
    {
        const wizard::Topology t = fixtures::contoso(true);
        QCOMPARE(render::layoutFlowDiagram(fixtures::externalLegacyFlow(), t),
                 render::layoutFlowDiagram(fixtures::externalLegacyFlow(), t));
        const wizard::Flow big = fixtures::largeTopologyFlow();
        QCOMPARE(render::layoutTopologyOverview(fixtures::largeTopology(), &big),
                 render::layoutTopologyOverview(fixtures::largeTopology(), &big));
    }

    void edges_carryTheirHopsVerdict_data()
    {
        QTest::addColumn<wizard::Flow>("flow");
        QTest::addRow("part B fails") << fixtures::externalLegacyFlow(wizard::Verdict::Fail);
        QTest::addRow("part B ok") << fixtures::externalLegacyFlow(wizard::Verdict::Ok);
        QTest::addRow("rpc/tcp") << fixtures::internalRpcFlow();
    }

    void edges_carryTheirHopsVerdict()
    {
        QFETCH(wizard::Flow, flow);
        const DiagramLayout l = render::layoutFlowDiagram(flow, fixtures::contoso());
        QSet<int> labelled;
        for (const render::DiagramEdge &e : l.edges) {
            QVERIFY(e.hopIndex >= 0 && e.hopIndex < flow.hops.size());
            QCOMPARE(e.verdict, flow.hops[e.hopIndex].verdict);
            if (!e.labelLines.isEmpty()) {
                QVERIFY2(!labelled.contains(e.hopIndex), "one label per hop");
                labelled.insert(e.hopIndex);
                const wizard::Hop &hop = flow.hops[e.hopIndex];
                QCOMPARE(e.labelLines.first(), hop.to);
                QVERIFY(e.labelLines.join(u' ').contains(hop.protocol));
                for (const QString &id : hop.ruleIds)
                    QVERIFY(e.labelLines.join(u' ').contains(id));
            }
        }
        QCOMPARE(labelled.size(), flow.hops.size());
    }

    void partAAndPartB_areTwoRegionsAroundTheirBoxes()
    {
        const wizard::Flow flow = fixtures::viaLoadBalancer(fixtures::externalLegacyFlow());
        const DiagramLayout l = render::layoutFlowDiagram(flow, fixtures::contoso(true));
        QCOMPARE(l.regions.size(), 2);
        QVERIFY(l.regions[0].title.startsWith(u"Part A"_s));
        QVERIFY(l.regions[1].title.startsWith(u"Part B"_s));
        for (const char16_t *id : {u"client", u"autodiscover", u"namespace", u"loadBalancer"})
            QVERIFY2(l.regions[0].rect.contains(l.findNode(id)->rect), qPrintable(QString::fromUtf16(id)));
        for (const char16_t *id : {u"legacyCas", u"mailbox"})
            QVERIFY2(l.regions[1].rect.contains(l.findNode(id)->rect), qPrintable(QString::fromUtf16(id)));
        QVERIFY(!l.regions[1].rect.contains(l.findNode(u"client")->rect));
        // The 2013 CAS ends Part A and Part B's hop leaves it: the box lies in Part A's
        // frame, Part B's hop label in Part B's, and the frames never overlap (issue 14).
        const QRectF cas = l.findNode(u"newCas")->rect;
        QVERIFY(l.regions[0].rect.contains(cas));
        QVERIFY(!l.regions[1].rect.intersects(cas));
        QVERIFY(!l.regions[0].rect.intersects(l.regions[1].rect));
        int partBEdges = 0;
        for (const render::DiagramEdge &e : l.edges) {
            if (e.hopIndex < 0 || flow.hops.at(e.hopIndex).kind != wizard::HopKind::PartB || e.labelRect.isEmpty())
                continue;
            ++partBEdges;
            QVERIFY(l.regions[1].rect.contains(e.labelRect));
        }
        QCOMPARE(partBEdges, 1);
    }

    // Printed pages (issue 14): Part B drawn under Part A from a copy of the 2013 CAS,
    // about half as wide, the frames apart, every box of a part inside its frame.
    void partBBelow_isNarrowerAndKeepsEachPartInItsFrame_data()
    {
        QTest::addColumn<wizard::Flow>("flow");
        QTest::addColumn<bool>("viaCas");
        QTest::addRow("part B") << fixtures::viaLoadBalancer(fixtures::externalLegacyFlow()) << true;
        QTest::addRow("rpc/tcp") << fixtures::internalRpcFlow() << false;
        QTest::addRow("2007 rpc/tcp") << fixtures::internal2007Flow() << false;
    }
    void partBBelow_isNarrowerAndKeepsEachPartInItsFrame()
    {
        QFETCH(wizard::Flow, flow);
        QFETCH(bool, viaCas);
        const wizard::Topology t = fixtures::contoso(true);
        const render::TextMeasure m = render::estimatedTextMeasure();
        const DiagramLayout row = render::layoutFlowDiagram(flow, t, m);
        const DiagramLayout l = render::layoutFlowDiagram(flow, t, m, render::FlowArrangement::PartBBelow);
        QVERIFY2(l.canvas.width() < row.canvas.width() * 0.8,
                 qPrintable(u"%1 vs %2"_s.arg(l.canvas.width()).arg(row.canvas.width())));
        QCOMPARE(l.regions.size(), 2);
        QVERIFY(!l.regions[0].rect.intersects(l.regions[1].rect));
        QVERIFY(l.regions[1].rect.top() > l.regions[0].rect.bottom());
        for (const char16_t *id : {u"client", u"namespace", u"newCas"})
            QVERIFY2(l.regions[0].rect.contains(l.findNode(id)->rect), qPrintable(QString::fromUtf16(id)));
        for (const render::DiagramNode &n : l.nodes) {
            if (n.id == u"legacyCas" || n.id == u"mailbox")
                QVERIFY2(l.regions[1].rect.contains(n.rect), qPrintable(n.id));
        }
        const render::DiagramNode *copy = l.findNode(u"newCas:partB");
        QCOMPARE(copy != nullptr, viaCas);
        if (copy) {
            // It starts Part B, inside the lower frame (no box hangs out of it), under the
            // client.
            QVERIFY(l.regions[1].rect.contains(copy->rect));
            QCOMPARE(copy->rect.left(), l.findNode(u"client")->rect.left());
        } else {
            // The RPC/TCP hop drops straight from the namespace to the server under it:
            // no jog where boxes of different widths were aligned by their left edges.
            int drops = 0;
            for (const render::DiagramEdge &drop : l.edges) {
                if (drop.hopIndex < 0 || flow.hops.at(drop.hopIndex).kind != wizard::HopKind::RpcTcp
                    || !drop.labelLines.isEmpty())
                    continue;
                ++drops;
                for (const QPointF &p : drop.points)
                    QCOMPARE(p.x(), drop.points.first().x());
            }
            QCOMPARE(drops, 1);
        }
        // Both titles at the left of their frames, one under the other.
        QCOMPARE(l.regions[1].titleRect.left() - l.regions[1].rect.left(),
                 l.regions[0].titleRect.left() - l.regions[0].rect.left());
        QVERIFY(l.regions[1].rect.contains(l.regions[1].titleRect));
        // No edge strikes through Part B's title.
        for (const render::DiagramEdge &e : l.edges) {
            for (qsizetype i = 1; i < e.points.size(); ++i) {
                const QRectF segment = QRectF(e.points[i - 1], e.points[i]).normalized().adjusted(-1, -1, 1, 1);
                QVERIFY(!segment.intersects(l.regions[1].titleRect));
            }
        }
        // Each edge still ends on the box it reached before.
        for (qsizetype i = 0; i < l.edges.size(); ++i)
            QCOMPARE(l.edges[i].hopIndex, row.edges[i].hopIndex);
        QCOMPARE(l.edges.size(), row.edges.size());
    }

    void serverBoxes_putTheSiteOnALineOfItsOwn_aRowsBoxesAlike()
    {
        // Part B's row (three server boxes and two labels) sets the diagram's width: the
        // site goes under the version and role, and every box of the flow is as tall as
        // the one with the most lines, so that the rows stay level.
        const render::TextMeasure m = render::estimatedTextMeasure();
        const wizard::Topology t = fixtures::contoso();
        const DiagramLayout l
            = render::layoutFlowDiagram(fixtures::externalLegacyFlow(), t, m, render::FlowArrangement::PartBBelow);
        const render::DiagramNode *legacy = l.findNode(u"legacyCas");
        QVERIFY(legacy);
        QCOMPARE(
            legacy->subtitle.split(u'\n'),
            QStringList({u"Exchange 2010 · Client Access"_s, u"site %1"_s.arg(t.findServer(legacy->title)->site)}));
        const qreal height = l.findNode(u"client")->rect.height();
        QCOMPARE(height, 3 * m.lineHeight + 2 * render::geometry::BoxPadV);
        for (const render::DiagramNode &n : l.nodes) {
            QCOMPARE(n.rect.height(), height);
            for (const QString &line : n.subtitle.split(u'\n'))
                QVERIFY2(m.widthOf(line) + 2 * render::geometry::BoxPadH <= n.rect.width() + 0.01,
                         qPrintable(n.id + u": "_s + line));
        }
        // Without a site, two lines as before.
        wizard::Topology noSites = t;
        for (wizard::Server &s : noSites.servers)
            s.site.clear();
        const DiagramLayout plain = render::layoutFlowDiagram(fixtures::externalLegacyFlow(), noSites, m);
        QCOMPARE(plain.findNode(u"legacyCas")->subtitle, u"Exchange 2010 · Client Access"_s);
        QCOMPARE(plain.findNode(u"client")->rect.height(), 2 * m.lineHeight + 2 * render::geometry::BoxPadV);
    }

    void loadBalancer_drawnWhenTheHopNamesOne()
    {
        QVERIFY(!render::layoutFlowDiagram(fixtures::externalLegacyFlow(), fixtures::contoso(false))
                     .findNode(u"loadBalancer"));
        const DiagramLayout l = render::layoutFlowDiagram(fixtures::viaLoadBalancer(fixtures::externalLegacyFlow()),
                                                          fixtures::contoso(true));
        QCOMPARE(l.findNode(u"loadBalancer")->title, u"LB-HQ"_s);
    }

    void rpcTcpFlow_goesToTheLegacyCasWithoutPartBHop()
    {
        const DiagramLayout l = render::layoutFlowDiagram(fixtures::internalRpcFlow(), fixtures::contoso());
        QVERIFY(l.findNode(u"legacyCas"));
        const render::DiagramEdge &detour = l.edges[3];
        QCOMPARE(detour.hopIndex, 1);
        QCOMPARE(detour.points.last().y(), l.findNode(u"legacyCas")->rect.bottom());
        // The frames say what they hold: no Outlook Anywhere to the 2013 CAS, RPC/TCP to
        // the legacy server (RULEBOOK §4.2).
        QCOMPARE(l.regions[0].title, u"Part A: Autodiscover only (mail over RPC/TCP)"_s);
        QCOMPARE(l.regions[1].title, u"Legacy Exchange over RPC/TCP (no Part B)"_s);
        // With Outlook Anywhere, Part A's own name.
        const DiagramLayout oa = render::layoutFlowDiagram(fixtures::externalLegacyFlow(), fixtures::contoso());
        QCOMPARE(oa.regions[0].title, u"Part A: Outlook to the Exchange 2013 CAS"_s);
    }

    void rpcTcpToA2007MailboxServer_endsAtTheMailboxBox()
    {
        const DiagramLayout l = render::layoutFlowDiagram(fixtures::internal2007Flow(), fixtures::contoso());
        QVERIFY(!l.findNode(u"legacyCas"));
        const render::DiagramEdge &detour = l.edges.last();
        QCOMPARE(detour.hopIndex, 1);
        QCOMPARE(detour.points.last().y(), l.findNode(u"mailbox")->rect.bottom());
        QVERIFY(l.edges.first().labelLines.contains(u"answer from EX2010BR (proxied)"_s));
    }

    void overview_fiftyLegacyServers_growsInsteadOfShrinking()
    {
        const wizard::Flow flow = fixtures::largeTopologyFlow();
        const render::TextMeasure measure = render::estimatedTextMeasure();
        const DiagramLayout l = render::layoutTopologyOverview(fixtures::largeTopology(), &flow, measure);
        int legacy = 0;
        QStringList path;
        for (const render::DiagramNode &n : l.nodes) {
            legacy += n.kind == render::NodeKind::LegacyCas;
            QVERIFY(n.rect.height() >= 2 * measure.lineHeight);
            if (n.pathStep > 0)
                path << u"%1:%2"_s.arg(n.pathStep).arg(n.title);
        }
        QCOMPARE(legacy, 50);
        std::sort(path.begin(), path.end());
        QCOMPARE(path, (QStringList{u"1:EX2013CAS1"_s, u"2:EX2010CAS37"_s, u"3:EX2010MBX07"_s}));
        // More servers wrap into more rows: the canvas grows downwards, never the text smaller.
        const DiagramLayout more = render::layoutTopologyOverview(fixtures::largeTopology(200), &flow, measure);
        QCOMPARE(more.canvas.width(), l.canvas.width());
        QVERIFY(more.canvas.height() > 2 * l.canvas.height());
        QCOMPARE(l.findNode(u"server:EX2010CAS37")->pathVerdict, std::optional(wizard::Verdict::Fail));
    }

    void overview_marksTheCallerOfPartBWhenPartANamesNoServer()
    {
        wizard::Flow flow = fixtures::externalLegacyFlow();
        flow.hops[1].toServer.clear(); // Part A's name does not resolve to the new CAS
        const DiagramLayout l = render::layoutTopologyOverview(fixtures::contoso(), &flow);
        QCOMPARE(l.findNode(u"server:EX2013CAS")->pathStep, 1);
        QCOMPARE(l.findNode(u"server:EX2013CAS")->pathVerdict, std::optional(wizard::Verdict::Warn)); // Part A's
        QCOMPARE(l.findNode(u"server:EX2010CAS")->pathStep, 2);
        QCOMPARE(l.findNode(u"server:EX2010MBX")->pathStep, 3);
        QCOMPARE(l.findNode(u"server:EX2010BR")->pathStep, 0);
    }

    void matrix_cellsNameTheFlowVerdictAndRules()
    {
        const QList<wizard::Flow> flows = fixtures::contosoFlows();
        const render::ConnectionMatrix m = render::buildConnectionMatrix(flows);
        QCOMPARE(m.rows.size(), 2);
        QCOMPARE(m.columns, (QStringList{u"EX2013CAS"_s, u"EX2010MBX"_s}));
        QCOMPARE(m.flowAt(0, 0), 0);
        QCOMPARE(m.flowAt(1, 0), -1);
        QCOMPARE(m.flowAt(1, 1), 2);
        QCOMPARE(render::matrixCellLines(flows[2]), (QStringList{u"Fail"_s, u"PA-004, PB-002"_s}));
        const DiagramLayout l = render::layoutConnectionMatrix(flows, u"Matrix"_s);
        QCOMPARE(l.cells.size(), 3 * 3);
        int withVerdict = 0;
        for (const render::TableCell &c : l.cells)
            withVerdict += c.verdict.has_value();
        QCOMPARE(withVerdict, 3);
    }

    void matrix_splitsIntoOneTablePerSetOfGroupsThatShareNoServer()
    {
        // 30 sites, each one client group using 20 mailbox servers of its own: the full
        // grid would be 30 x 600 cells, one table per site is 30 x (1 x 20).
        QList<wizard::Flow> flows;
        for (int site = 0; site < 30; ++site) {
            for (int server = 0; server < 20; ++server) {
                wizard::Flow f = fixtures::externalLegacyFlow();
                f.clientGroup = u"Group %1"_s.arg(site);
                f.mailboxServer = u"MBX-%1-%2"_s.arg(site).arg(server);
                flows.append(f);
            }
        }
        const DiagramLayout l = render::layoutConnectionMatrix(flows, u"Matrix"_s);
        // Per table: the corner, 20 column headers, one row title and 20 cells.
        QCOMPARE(l.cells.size(), 30 * (1 + 20 + 1 + 20));
        int withVerdict = 0;
        QSet<int> shown;
        for (const render::TableCell &c : l.cells) {
            withVerdict += c.verdict.has_value();
            if (c.flowIndex >= 0)
                shown.insert(c.flowIndex);
        }
        QCOMPARE(withVerdict, 600);
        QCOMPARE(shown.size(), 600);
        QVERIFY(l.texts.size() >= 2);
        QVERIFY(l.texts[1].lines.join(u' ').startsWith(u"30 tables"_s));
        // Tables stacked: no two cells overlap, each on the canvas.
        for (qsizetype i = 0; i + 1 < l.cells.size(); ++i) {
            QVERIFY(QRectF(QPointF(0, 0), l.canvas).contains(l.cells[i].rect));
            QVERIFY2(!l.cells[i].rect.intersects(l.cells[i + 1].rect), qPrintable(QString::number(i)));
        }

        // A small matrix stays one grid, empty cells shown.
        flows.resize(20 * 2); // 2 groups, 40 servers: 80 cells
        const DiagramLayout small = render::layoutConnectionMatrix(flows, u"Matrix"_s);
        QCOMPARE(small.cells.size(), 1 + 40 + 2 * (1 + 40));
    }

    void hopFindings_areThoseOfItsRulesAboutItsServers()
    {
        auto finding = [](const QString &rule, wizard::SubjectKind kind, const QString &name) {
            wizard::Finding f;
            f.ruleId = rule;
            f.subject = {kind, name};
            return f;
        };
        const QList<wizard::Finding> findings{
            finding(u"PB-002"_s, wizard::SubjectKind::Server, u"EX2010BR"_s), // another legacy CAS
            finding(u"PB-002"_s, wizard::SubjectKind::Server, u"ex2010cas"_s), // this hop's (case-insensitive)
            finding(u"PA-004"_s, wizard::SubjectKind::ClientGroup, u"Road warriors"_s),
            finding(u"CERT-001"_s, wizard::SubjectKind::Certificate, u"SAN"_s)};
        const wizard::Flow flow = fixtures::externalLegacyFlow();
        const QList<wizard::Finding> partB = render::findingsOfHop(flow, 2, findings);
        QCOMPARE(partB.size(), 1);
        QCOMPARE(partB.first().subject.name, u"ex2010cas"_s);
        QCOMPARE(render::findingsOfHop(flow, 1, findings).size(), 1);
        QVERIFY(render::findingsOfHop(flow, 0, findings).isEmpty()); // no rule on the Autodiscover hop
        QVERIFY(render::findingsOfHop(flow, 9, findings).isEmpty());
        // When no finding names this flow's elements, those of the same rule still explain it.
        QCOMPARE(render::findingsOfHop(flow, 2, findings.mid(0, 1)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDiagramLayout)
#include "tst_diagramlayout.moc"
