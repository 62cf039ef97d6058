#pragma once

#include "flows/flow.h"
#include "textmeasure.h"
#include "topology/topology.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace render {

// The boxes of a diagram. Every position is in canvas pixels, origin top-left.
enum class NodeKind { Client, Autodiscover, Namespace, LoadBalancer, NewCas, LegacyCas, Mailbox, Site };

struct DiagramNode
{
    QString id; // stable: "client", "autodiscover", "server:EX2010CAS", "site:HQ", ...
    NodeKind kind = NodeKind::Client;
    QString title; // bold first line
    QString subtitle; // second line (role, version, host)
    QRectF rect;
    // Set when the node lies on the highlighted path: the verdict of the hop reaching it.
    std::optional<wizard::Verdict> pathVerdict;
    int pathStep = 0; // 1-based order on the highlighted path (overview badges), 0 = none

    friend bool operator==(const DiagramNode &, const DiagramNode &) = default;
};

// One drawn connection. Several segments may belong to the same hop (client ->
// namespace -> load balancer -> CAS is the one Part A hop): they share its verdict,
// and only one of them carries the label.
struct DiagramEdge
{
    QList<QPointF> points; // orthogonal polyline, arrow at the last point
    int hopIndex = -1; // index into Flow::hops
    wizard::Verdict verdict = wizard::Verdict::Unknown; // copied from the hop, never computed
    QStringList labelLines; // empty: unlabelled segment
    QRectF labelRect; // includes the verdict icon at its left

    friend bool operator==(const DiagramEdge &, const DiagramEdge &) = default;
};

struct DiagramRegion
{
    QString title; // "Part A: ..." / "Part B: ..."
    QRectF rect;
    QRectF titleRect;

    friend bool operator==(const DiagramRegion &, const DiagramRegion &) = default;
};

struct LegendEntry
{
    wizard::Verdict verdict = wizard::Verdict::Unknown;
    QString text;
    QRectF rect; // line sample + icon + text

    friend bool operator==(const LegendEntry &, const LegendEntry &) = default;
};

// A cell of the connection matrix: a header (no verdict) or a flow's overall verdict.
struct TableCell
{
    QRectF rect;
    QStringList lines;
    bool header = false;
    std::optional<wizard::Verdict> verdict;
    int flowIndex = -1; // into the flows the matrix was built from

    friend bool operator==(const TableCell &, const TableCell &) = default;
};

// Free text: the heading, the per-hop explanations under the diagram.
struct TextBlock
{
    QRectF rect;
    QStringList lines;
    bool bold = false; // the first line is bold
    std::optional<wizard::Verdict> verdict; // draws the verdict icon left of the text

    friend bool operator==(const TextBlock &, const TextBlock &) = default;
};

struct DiagramLayout
{
    QSizeF canvas;
    QList<DiagramRegion> regions;
    QList<DiagramNode> nodes;
    QList<DiagramEdge> edges;
    QList<TextBlock> texts;
    QList<TableCell> cells;
    QList<LegendEntry> legend;

    const DiagramNode *findNode(QStringView id) const;

    friend bool operator==(const DiagramLayout &, const DiagramLayout &) = default;
};

// Translated words for a verdict ("OK", "Warning", "Fail", "Unknown").
QString verdictDisplayName(wizard::Verdict v);
// "Part A: Outlook to the Exchange 2013 CAS", ... (translated).
QString hopDisplayName(wizard::HopKind kind);
// "Autodiscover", "Part A", "RPC/TCP", "Part B", "Mailbox" (translated).
QString hopBriefName(wizard::HopKind kind);

// The diagram of one scenario: Outlook -> Autodiscover -> namespace / DNS -> load
// balancer (when the plan has one for the name) -> 2013 CAS -> legacy CAS -> mailbox,
// in a Part A region and a Part B region (RULEBOOK §4). The topology only supplies
// names (load balancers, server versions); every verdict comes from `flow`.
//
// PartBBelow (printed pages, issue 14): when the flow has a Part B hop, Part B is drawn
// under Part A instead of beside it, starting again from the 2013 CAS (drawn once at the
// end of each row, its id "newCas" above and "newCas:partB" below), so that the diagram
// is about half as wide and a page prints its text at a readable size.
//
// DiagramOnly (the full-screen presentation): no heading and no per-hop explanations
// under the diagram (the presentation shows them in its own larger type), the legend
// stays.
enum class FlowArrangement { OneRow, PartBBelow };
enum class FlowText { WithExplanations, DiagramOnly };
DiagramLayout layoutFlowDiagram(const wizard::Flow &flow, const wizard::Topology &topology,
                                const TextMeasure &measure = estimatedTextMeasure(),
                                FlowArrangement arrangement = FlowArrangement::OneRow,
                                const QString &clientTitle = {}, // names the client box instead of the group
                                FlowText text = FlowText::WithExplanations);
// Why hop `hopIndex` of `flow` has its verdict: "Part A: ... — Fail (PA-001)" and the hop's
// note (the text under a diagram, one hop).
QString hopExplanationHead(const wizard::Hop &hop);
// The same in brief, where the diagram's frames carry the hops' long names:
// "Part A — Fail (PA-001)", "Mailbox — OK".
QString hopBriefHead(const wizard::Hop &hop);

// The whole topology, one band per site (2013/2016 CAS, legacy CAS, mailbox servers in
// wrapping grids), with the servers of `highlight` (when given) marked in path order.
DiagramLayout layoutTopologyOverview(const wizard::Topology &topology, const wizard::Flow *highlight,
                                     const TextMeasure &measure = estimatedTextMeasure());

// The legend shared by every diagram, placed with its top-left corner at `origin`;
// returns the bottom edge.
qreal appendLegend(DiagramLayout &layout, const TextMeasure &measure, QPointF origin);

} // namespace render
