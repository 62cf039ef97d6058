#include "diagramlayout.h"

#include "diagramgeometry.h"
#include "topology/authmethod.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace render {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("render", text);
}

const wizard::Hop *findHop(const wizard::Flow &flow, wizard::HopKind kind, int *index)
{
    for (qsizetype i = 0; i < flow.hops.size(); ++i) {
        if (flow.hops[i].kind == kind) {
            *index = int(i);
            return &flow.hops[i];
        }
    }
    *index = -1;
    return nullptr;
}

QString serverSubtitle(const wizard::Topology &topology, const QString &name, const QString &role)
{
    const wizard::Server *server = topology.findServer(name);
    if (!server)
        return role;
    if (server->site.isEmpty())
        return tr("%1 · %2").arg(wizard::exchangeVersionDisplayName(server->version), role);
    // The site on a line of its own: three boxes and two labels in Part B's row set the
    // diagram's width, and on a 1366-pixel screen every pixel of it is type size.
    return tr("%1 · %2\nsite %3").arg(wizard::exchangeVersionDisplayName(server->version), role, server->site);
}

QString clientSubtitle(const wizard::Flow &flow, const wizard::Topology &topology)
{
    const QString where = flow.location == wizard::ClientLocation::External ? tr("External") : tr("Internal");
    for (const wizard::ClientGroup &g : topology.clientGroups) {
        if (g.name == flow.clientGroup)
            return tr("%1 · %2").arg(wizard::outlookVersionDisplayName(g.outlook), where);
    }
    return tr("Outlook · %1").arg(where);
}

// Label of a hop's edge: host, protocol and authentication, verdict and rule ids.
QStringList edgeLabel(const wizard::Hop &hop)
{
    QStringList lines;
    lines << (hop.to.isEmpty() ? tr("(host name not planned)") : hop.to);
    const QString auth
        = hop.authMethod.isEmpty() ? tr("authentication unknown") : wizard::authMethodDisplayNameOf(hop.authMethod);
    lines << (hop.protocol.isEmpty() ? auth : tr("%1 · %2").arg(hop.protocol, auth));
    if (!hop.answeredBy.isEmpty() && hop.answeredBy.compare(hop.toServer, Qt::CaseInsensitive) != 0)
        lines << tr("answer from %1 (proxied)").arg(hop.answeredBy);
    if (!hop.observed.isEmpty())
        lines << tr("observed: %1").arg(hop.observed);
    QString verdict = verdictDisplayName(hop.verdict);
    for (qsizetype i = 0; i < hop.ruleIds.size(); i += 3) {
        const QString ids = hop.ruleIds.mid(i, 3).join(u", "_s);
        lines << (i == 0 ? tr("%1: %2").arg(verdict, ids) : ids);
    }
    if (hop.ruleIds.isEmpty())
        lines << verdict;
    return lines;
}
} // namespace

const DiagramNode *DiagramLayout::findNode(QStringView id) const
{
    for (const DiagramNode &n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

QString hopDisplayName(wizard::HopKind kind)
{
    switch (kind) {
    case wizard::HopKind::Autodiscover:
        return tr("Autodiscover");
    case wizard::HopKind::PartA:
        return tr("Part A: Outlook to the Exchange 2013 CAS");
    case wizard::HopKind::RpcTcp:
        return tr("RPC/TCP inside the network (no Outlook Anywhere)");
    case wizard::HopKind::PartB:
        return tr("Part B: Exchange 2013 CAS to the legacy CAS");
    case wizard::HopKind::Mailbox:
        return tr("Mailbox: Client Access to the mailbox server");
    }
    return {};
}

QString verdictDisplayName(wizard::Verdict v)
{
    switch (v) {
    case wizard::Verdict::Ok:
        return tr("OK");
    case wizard::Verdict::Warn:
        return tr("Warning");
    case wizard::Verdict::Fail:
        return tr("Fail");
    case wizard::Verdict::Unknown:
        return tr("Unknown");
    }
    return {};
}

qreal appendLegend(DiagramLayout &layout, const TextMeasure &measure, QPointF origin)
{
    const QString heading = tr("Legend (colour, icon and line style):");
    layout.texts.append(TextBlock{
        QRectF(origin, QSizeF(measure.widthOf(heading, true), measure.lineHeight)), {heading}, true, std::nullopt});
    const std::array<std::pair<wizard::Verdict, QString>, 4> entries = {{
        {wizard::Verdict::Ok, tr("OK: solid line")},
        {wizard::Verdict::Warn, tr("Warning: dashed line")},
        {wizard::Verdict::Fail, tr("Fail: dotted line")},
        {wizard::Verdict::Unknown, tr("Unknown (a value is missing): dash-dot line")},
    }};
    qreal x = origin.x();
    const qreal y = origin.y() + measure.lineHeight + 6;
    for (const auto &[verdict, text] : entries) {
        const qreal w = geometry::LegendSampleWidth + geometry::IconSize + 8 + measure.widthOf(text);
        layout.legend.append(LegendEntry{verdict, text, QRectF(x, y, w, measure.lineHeight)});
        x += w + 28;
    }
    layout.canvas.setWidth(std::max(layout.canvas.width(), x + geometry::Margin));
    const qreal bottom = y + measure.lineHeight;
    layout.canvas.setHeight(std::max(layout.canvas.height(), bottom + geometry::Margin));
    return bottom;
}

namespace {
// Moves Part B (its region, the nodes right of the 2013 CAS and the edges that start at
// or after it) under Part A. Through Part B (`rpcHop` < 0) the lower row starts again
// from a copy of the CAS, under the client; with RPC/TCP inside the network the legacy
// server goes under the namespace, and the RPC/TCP edge runs down to it.
bool movePartBBelow(DiagramLayout &layout, int rpcHop)
{
    const DiagramNode *casNode = layout.findNode(u"newCas");
    const DiagramNode *clientNode = layout.findNode(u"client");
    const DiagramNode *nsNode = layout.findNode(u"namespace");
    if (!casNode || !clientNode || !nsNode || layout.regions.size() < 2)
        return false;
    const QRectF cas = casNode->rect;
    const QRectF ns = nsNode->rect;
    const DiagramNode *first = nullptr; // the leftmost node right of the CAS
    for (const DiagramNode &n : layout.nodes) {
        if (n.rect.left() >= cas.right() && (!first || n.rect.left() < first->rect.left()))
            first = &n;
    }
    if (!first)
        return false;
    DiagramRegion &regionA = layout.regions[0];
    DiagramRegion &regionB = layout.regions[1];
    // With RPC/TCP the legacy server sits centred under the namespace: its edge drops
    // straight down (aligned by their left edges, boxes of different widths made a jog).
    const qreal targetLeft = rpcHop < 0
        ? clientNode->rect.left()
        : std::max(geometry::Margin + geometry::RegionPad, ns.center().x() - first->rect.width() / 2);
    const QPointF shift(targetLeft - (rpcHop < 0 ? cas.left() : first->rect.left()),
                        regionA.rect.bottom() + geometry::RegionPad - regionB.rect.top());
    const QString firstId = first->id;
    regionA.rect.setRight(cas.right() + geometry::RegionPad);
    regionB.rect.translate(shift);
    regionB.titleRect.translate(shift);
    if (rpcHop < 0) {
        DiagramNode copy = *casNode;
        copy.id = u"newCas:partB"_s;
        copy.rect.translate(shift);
        // Only the row where the path reaches the CAS marks its step badge.
        copy.pathStep = 0;
        layout.nodes.append(copy);
    }
    for (DiagramNode &n : layout.nodes) {
        if (n.rect.left() >= cas.right() && n.id != u"newCas:partB")
            n.rect.translate(shift);
    }
    const QRectF target = layout.findNode(firstId)->rect;
    // Under Part A the frame holds the whole row: from the copy of the CAS that starts it
    // (or, with RPC/TCP, from its first server), so that no box hangs outside it, and its
    // title sits at the left like Part A's.
    const DiagramNode *rowStart = rpcHop < 0 ? layout.findNode(u"newCas:partB") : layout.findNode(firstId);
    regionB.rect.setLeft(rowStart->rect.left() - geometry::RegionPad);
    regionB.titleRect.moveLeft(regionB.rect.left() + 10);
    qreal right = regionB.titleRect.right() + 10;
    for (const DiagramNode &n : layout.nodes) {
        if (n.rect.top() >= regionB.rect.top())
            right = std::max(right, n.rect.right() + geometry::RegionPad);
    }
    regionB.rect.setRight(right);
    for (DiagramEdge &e : layout.edges) {
        if (e.points.isEmpty())
            continue;
        if (e.hopIndex == rpcHop && e.points.size() == 4) {
            // Down from the namespace, across the gap between the frames, down to the server.
            const qreal lane = regionA.rect.bottom() + geometry::RegionPad / 2;
            e.points = {QPointF(ns.center().x(), ns.bottom()), QPointF(ns.center().x(), lane),
                        QPointF(target.center().x(), lane), QPointF(target.center().x(), target.top())};
            // The edge drops into the frame at the server's centre: the frame reaches
            // further left so that Part B's title ends before it, not struck through.
            const qreal drop = target.center().x();
            if (regionB.titleRect.left() - 6 < drop && regionB.titleRect.right() + 6 > drop) {
                const qreal left = std::max(geometry::Margin, drop - 16 - regionB.titleRect.width() - 10);
                regionB.rect.setLeft(std::min(regionB.rect.left(), left));
                regionB.titleRect.moveLeft(regionB.rect.left() + 10);
            }
            continue;
        }
        if (e.points.first().x() < cas.right() - 0.5)
            continue;
        for (QPointF &pt : e.points)
            pt += shift;
        e.labelRect.translate(shift);
    }
    return true;
}
} // namespace

namespace {
// "<name> — <verdict> (<rule ids>)". A dash, not a colon: hop names such as "Part A:
// Outlook to the Exchange 2013 CAS" have a colon of their own.
QString hopHead(const QString &name, const wizard::Hop &hop)
{
    QString head = tr("%1 \u2014 %2").arg(name, verdictDisplayName(hop.verdict));
    if (!hop.ruleIds.isEmpty())
        head = tr("%1 (%2)").arg(head, hop.ruleIds.join(u", "_s));
    return head;
}
} // namespace

QString hopExplanationHead(const wizard::Hop &hop)
{
    return hopHead(hopDisplayName(hop.kind), hop);
}

QString hopBriefName(wizard::HopKind kind)
{
    switch (kind) {
    case wizard::HopKind::Autodiscover:
        return tr("Autodiscover");
    case wizard::HopKind::PartA:
        return tr("Part A");
    case wizard::HopKind::RpcTcp:
        return tr("RPC/TCP");
    case wizard::HopKind::PartB:
        return tr("Part B");
    case wizard::HopKind::Mailbox:
        return tr("Mailbox");
    }
    return {};
}

QString hopBriefHead(const wizard::Hop &hop)
{
    return hopHead(hopBriefName(hop.kind), hop);
}

DiagramLayout layoutFlowDiagram(const wizard::Flow &flow, const wizard::Topology &topology, const TextMeasure &measure,
                                FlowArrangement arrangement, const QString &clientTitle, FlowText text)
{
    using namespace geometry;
    int adIndex = -1, partAIndex = -1, rpcIndex = -1, partBIndex = -1, mailboxIndex = -1;
    const wizard::Hop *autodiscover = findHop(flow, wizard::HopKind::Autodiscover, &adIndex);
    const wizard::Hop *partA = findHop(flow, wizard::HopKind::PartA, &partAIndex);
    const wizard::Hop *rpcTcp = findHop(flow, wizard::HopKind::RpcTcp, &rpcIndex);
    const wizard::Hop *partB = findHop(flow, wizard::HopKind::PartB, &partBIndex);
    const wizard::Hop *mailbox = findHop(flow, wizard::HopKind::Mailbox, &mailboxIndex);

    FlowColumns columns(measure);
    columns.add(u"client"_s, NodeKind::Client, clientTitle.isEmpty() ? flow.clientGroup : clientTitle,
                clientSubtitle(flow, topology));
    const wizard::Hop *entry = partA ? partA : rpcTcp;
    columns.add(u"namespace"_s, NodeKind::Namespace,
                entry && !entry->casArray.isEmpty() ? tr("CAS array %1").arg(entry->casArray) : tr("Namespace / DNS"),
                entry && !entry->to.isEmpty() ? entry->to : tr("(not planned)"));
    if (autodiscover)
        columns.addAbove(u"autodiscover"_s, NodeKind::Autodiscover, tr("Autodiscover"),
                         autodiscover->to.isEmpty() ? tr("(not planned)") : autodiscover->to);
    if (partA && !partA->loadBalancer.isEmpty())
        columns.add(u"loadBalancer"_s, NodeKind::LoadBalancer, partA->loadBalancer, tr("Load balancer"));

    QString newCas = partA ? partA->toServer : QString();
    if (newCas.isEmpty() && partB)
        newCas = partB->fromServer;
    if (newCas.isEmpty() && autodiscover)
        newCas = autodiscover->toServer;
    columns.add(u"newCas"_s, NodeKind::NewCas, newCas.isEmpty() ? tr("Exchange 2013 CAS") : newCas,
                newCas.isEmpty() ? tr("Client Access") : serverSubtitle(topology, newCas, tr("Client Access")));

    QString legacyCas = partB ? (partB->toServer.isEmpty() ? partB->to : partB->toServer) : QString();
    const QString mailboxName = mailbox && !mailbox->toServer.isEmpty() ? mailbox->toServer : flow.mailboxServer;
    // Internal clients of a 2007 mailbox reach the mailbox server itself over RPC/TCP.
    const bool rpcToMailbox = rpcTcp && !mailbox && rpcTcp->toServer.compare(mailboxName, Qt::CaseInsensitive) == 0;
    if (legacyCas.isEmpty() && rpcTcp && !rpcToMailbox)
        legacyCas = rpcTcp->toServer.isEmpty() ? rpcTcp->to : rpcTcp->toServer;
    if (!legacyCas.isEmpty())
        columns.add(u"legacyCas"_s, NodeKind::LegacyCas, legacyCas,
                    serverSubtitle(topology, legacyCas, tr("Client Access")));
    // A mailbox on the new CAS itself needs no hop of its own: that box says so.
    const bool mailboxOnNewCas
        = !mailbox && legacyCas.isEmpty() && mailboxName.compare(newCas, Qt::CaseInsensitive) == 0;
    if (mailboxOnNewCas)
        columns.setSubtitle(u"newCas"_s, serverSubtitle(topology, newCas, tr("Client Access + Mailbox")));
    else
        columns.add(u"mailbox"_s, NodeKind::Mailbox, mailboxName, serverSubtitle(topology, mailboxName, tr("Mailbox")));

    // Labels sit in the gap that follows the column where their edge starts.
    if (autodiscover)
        columns.reserveLabel(u"client"_s, edgeLabel(*autodiscover));
    if (entry)
        columns.reserveLabel(u"client"_s, edgeLabel(*entry));
    if (partB)
        columns.reserveLabel(u"newCas"_s, edgeLabel(*partB));
    if (mailbox)
        columns.reserveLabel(legacyCas.isEmpty() ? u"newCas"_s : u"legacyCas"_s, edgeLabel(*mailbox));

    DiagramLayout layout;
    // Heading: the scenario and its overall verdict (from the engine).
    wizard::Flow named;
    if (!clientTitle.isEmpty()) {
        named.clientGroup = clientTitle;
        named.location = flow.location;
        named.mailboxServer = flow.mailboxServer;
    }
    const QString title = tr("Scenario: %1").arg(clientTitle.isEmpty() ? flow.scenarioId() : named.scenarioId());
    const QString overall = tr("Overall: %1").arg(verdictDisplayName(flow.overall));
    const bool explained = text == FlowText::WithExplanations;
    if (explained) {
        layout.texts.append(TextBlock{
            QRectF(Margin, Margin, measure.widthOf(title, true), measure.lineHeight), {title}, true, std::nullopt});
        layout.texts.append(TextBlock{QRectF(Margin, Margin + measure.lineHeight + 4,
                                             IconSize + 6 + measure.widthOf(overall), measure.lineHeight),
                                      {overall},
                                      false,
                                      flow.overall});
    }

    // The frames carry the hops' own names, as the explanations under them do. Without a
    // Part B hop the frame still holds a server (the legacy one Outlook reaches over
    // RPC/TCP, or the new mailbox): its title names what it holds, not only what is
    // missing (a "not used" frame with a server inside read as a contradiction).
    const QString partBTitle = partB ? hopDisplayName(wizard::HopKind::PartB)
        : rpcTcp                     ? tr("Legacy Exchange over RPC/TCP (no Part B)")
                                     : tr("Mailbox on the new Exchange (no Part B)");
    // The 2013 CAS ends Part A and Part B's hop leaves it (RULEBOOK §4): Part A's frame
    // holds the whole box, Part B's begins just right of it, and the gap between them is
    // wider by a frame's padding so that Part B's first label sits inside its frame
    // (issue 14: no box straddles the two frames, the frames never overlap).
    constexpr qreal FrameGap = 16; // the frames read as two, not one split by a line
    const qreal partBLeft = RegionPad / 2 + FrameGap / 2;
    columns.widenGapAfter(u"newCas"_s, RegionPad);
    const qreal partBRight
        = columns.place(Margin + RegionPad, partBLeft, measure.widthOf(partBTitle, true) + 2 * RegionPad);
    const FlowRows rows = FlowRows::compute(measure, explained ? Margin + 2 * measure.lineHeight + 4 : Margin / 2,
                                            columns.labelHeight(), columns.boxHeight());
    columns.applyRows(rows, layout);

    const QRectF client = layout.findNode(u"client")->rect;
    const QRectF cas = layout.findNode(u"newCas")->rect;
    // Without a Part A hop (RPC/TCP inside the network, RULEBOOK §4.2) the client's
    // frame holds Autodiscover alone: its title says so, not that Outlook's mail goes
    // to the 2013 CAS.
    const QString partATitle = partA || !rpcTcp ? hopDisplayName(wizard::HopKind::PartA)
                                                : tr("Part A: Autodiscover only (mail over RPC/TCP)");
    const qreal border = cas.right() + RegionPad / 2;
    DiagramRegion regionA{
        partATitle,
        QRectF(QPointF(client.left() - RegionPad, rows.regionATop), QPointF(border - FrameGap / 2, rows.regionBottom)),
        {}};
    regionA.titleRect
        = QRectF(regionA.rect.left() + 10, rows.regionATop + 6, measure.widthOf(partATitle, true), measure.lineHeight);
    DiagramRegion regionB{
        partBTitle,
        QRectF(QPointF(border + FrameGap / 2, rows.regionBTop), QPointF(partBRight, rows.regionBottom + RegionPad / 2)),
        {}};
    const qreal partBWidth = measure.widthOf(partBTitle, true);
    regionB.titleRect
        = QRectF(regionB.rect.right() - 10 - partBWidth, rows.regionBTop + 6, partBWidth, measure.lineHeight);
    layout.regions = {regionA, regionB};

    // Edges, each carrying its hop's verdict.
    auto addEdge = [&](const wizard::Hop &hop, int index, QList<QPointF> points, bool labelled) {
        DiagramEdge edge{std::move(points), index, hop.verdict, {}, {}};
        if (labelled) {
            edge.labelLines = edgeLabel(hop);
            edge.labelRect = labelRectAbove(measure, edge.labelLines, edge.points);
        }
        layout.edges.append(edge);
    };
    const DiagramNode *ns = layout.findNode(u"namespace");
    if (autodiscover) {
        const QRectF ad = layout.findNode(u"autodiscover")->rect;
        addEdge(*autodiscover, adIndex,
                {QPointF(client.center().x(), client.top()), QPointF(client.center().x(), ad.center().y()),
                 QPointF(ad.left(), ad.center().y())},
                true);
        addEdge(*autodiscover, adIndex,
                {QPointF(ad.right(), ad.center().y()), QPointF(cas.center().x(), ad.center().y()),
                 QPointF(cas.center().x(), cas.top())},
                false);
    }
    if (partA) {
        addEdge(*partA, partAIndex, {rightOf(client), leftOf(ns->rect)}, true);
        QRectF from = ns->rect;
        if (const DiagramNode *lb = layout.findNode(u"loadBalancer")) {
            addEdge(*partA, partAIndex, {rightOf(from), leftOf(lb->rect)}, false);
            from = lb->rect;
        }
        addEdge(*partA, partAIndex, {rightOf(from), leftOf(cas)}, false);
    } else if (rpcTcp) {
        addEdge(*rpcTcp, rpcIndex, {rightOf(client), leftOf(ns->rect)}, true);
        if (const DiagramNode *legacy = layout.findNode(rpcToMailbox ? u"mailbox" : u"legacyCas")) {
            const qreal lane = rows.bottomLane;
            addEdge(*rpcTcp, rpcIndex,
                    {QPointF(ns->rect.center().x(), ns->rect.bottom()), QPointF(ns->rect.center().x(), lane),
                     QPointF(legacy->rect.center().x(), lane),
                     QPointF(legacy->rect.center().x(), legacy->rect.bottom())},
                    false);
        }
    }
    const DiagramNode *legacy = layout.findNode(u"legacyCas");
    if (partB && legacy)
        addEdge(*partB, partBIndex, {rightOf(cas), leftOf(legacy->rect)}, true);
    if (mailbox && !mailboxOnNewCas)
        addEdge(*mailbox, mailboxIndex,
                {rightOf(legacy ? legacy->rect : cas), leftOf(layout.findNode(u"mailbox")->rect)}, true);

    layout.canvas = QSizeF(std::max(regionB.rect.right(), regionA.rect.right()) + Margin,
                           (rpcTcp ? rows.bottomLane : regionB.rect.bottom()) + Margin);
    if (arrangement == FlowArrangement::PartBBelow && movePartBBelow(layout, rpcTcp && !partA ? rpcIndex : -1)) {
        qreal right = 0;
        for (const DiagramRegion &r : layout.regions)
            right = std::max(right, r.rect.right());
        for (const DiagramNode &n : layout.nodes)
            right = std::max(right, n.rect.right());
        layout.canvas = QSizeF(right + Margin, layout.regions[1].rect.bottom() + Margin);
    }

    // Why each hop has its verdict, in words (printed documents have no tooltips).
    qreal y = layout.canvas.height();
    const qreal wrapWidth = std::max<qreal>(640, layout.canvas.width() - 2 * Margin - IconSize - 6);
    for (const wizard::Hop &hop : flow.hops) {
        if (!explained)
            break;
        QStringList lines{hopExplanationHead(hop)};
        if (!hop.note.isEmpty())
            lines += wrapText(measure, hop.note, wrapWidth);
        qreal w = 0;
        for (qsizetype i = 0; i < lines.size(); ++i)
            w = std::max(w, measure.widthOf(lines[i], i == 0));
        layout.texts.append(TextBlock{QRectF(Margin, y, IconSize + 6 + w, lines.size() * measure.lineHeight), lines,
                                      false, hop.verdict});
        layout.canvas.setWidth(std::max(layout.canvas.width(), Margin + IconSize + 6 + w + Margin));
        y += lines.size() * measure.lineHeight + 8;
    }
    appendLegend(layout, measure, QPointF(Margin, y + 8));
    return layout;
}

} // namespace render
