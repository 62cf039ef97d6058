#include "diagramgeometry.h"
#include "diagramlayout.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace render {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("render", text);
}

enum Section { NewCasSection, LegacyCasSection, MailboxSection, SectionCount };

Section sectionOf(const wizard::Server &s)
{
    if (wizard::isNewCas(s))
        return NewCasSection;
    if (wizard::isLegacyCas(s))
        return LegacyCasSection;
    return MailboxSection;
}

QString rolesText(const wizard::Server &s)
{
    if (s.roles.clientAccess && s.roles.mailbox)
        return tr("%1 · CAS + Mailbox").arg(wizard::exchangeVersionDisplayName(s.version));
    if (s.roles.clientAccess)
        return tr("%1 · Client Access").arg(wizard::exchangeVersionDisplayName(s.version));
    return tr("%1 · Mailbox").arg(wizard::exchangeVersionDisplayName(s.version));
}

struct PathMark
{
    int step = 0;
    wizard::Verdict verdict = wizard::Verdict::Unknown;
};

// Which servers the highlighted flow passes, in order, with the verdict of the hop that
// reaches each one (taken from the flow).
QHash<QString, PathMark> pathMarks(const wizard::Flow *flow)
{
    QHash<QString, PathMark> marks;
    if (!flow)
        return marks;
    int step = 0;
    auto mark = [&](const QString &server, wizard::Verdict v) {
        if (server.isEmpty())
            return;
        const QString key = server.toLower();
        if (marks.contains(key))
            marks[key].verdict = wizard::worse(marks[key].verdict, v);
        else
            marks.insert(key, PathMark{++step, v});
    };
    // A caller the previous hop could not name (Part A to a name that is not the new CAS)
    // still lies on the path: it carries the verdict of the hop that should reach it.
    std::optional<wizard::Verdict> previous;
    for (const wizard::Hop &hop : flow->hops) {
        if (hop.kind == wizard::HopKind::Autodiscover)
            continue;
        if (!marks.contains(hop.fromServer.toLower()))
            mark(hop.fromServer, previous.value_or(hop.verdict));
        mark(hop.toServer, hop.verdict);
        previous = hop.verdict;
    }
    if (!marks.contains(flow->mailboxServer.toLower()))
        mark(flow->mailboxServer, flow->overall);
    return marks;
}
} // namespace

DiagramLayout layoutTopologyOverview(const wizard::Topology &topology, const wizard::Flow *highlight,
                                     const TextMeasure &measure)
{
    using namespace geometry;
    // Legacy CAS are the many; the other sections wrap sooner to keep the canvas narrow.
    constexpr std::array<int, 3> MaxColumns{3, 4, 3};
    constexpr qreal CellGap = 14;
    constexpr qreal SectionGap = 36;
    const QHash<QString, PathMark> marks = pathMarks(highlight);

    // Sites in plan order, then servers whose site is unknown.
    QStringList siteNames;
    for (const wizard::Site &site : topology.sites)
        siteNames << site.name;
    QList<std::array<QList<const wizard::Server *>, SectionCount>> bySite(siteNames.size() + 1);
    qreal cellWidth = MinBoxWidth;
    for (const wizard::Server &s : topology.servers) {
        qsizetype site = siteNames.size();
        for (qsizetype i = 0; i < siteNames.size(); ++i) {
            if (siteNames[i].compare(s.site, Qt::CaseInsensitive) == 0)
                site = i;
        }
        bySite[site][sectionOf(s)].append(&s);
        cellWidth = std::max(cellWidth, boxWidth(measure, s.name, rolesText(s)));
    }
    const std::array<QString, SectionCount> sectionTitles
        = {tr("Exchange 2013/2016 Client Access"), tr("Legacy Client Access (2007/2010)"), tr("Mailbox servers")};
    std::array<int, SectionCount> columns{1, 1, 1};
    for (const auto &site : bySite) {
        for (int s = 0; s < SectionCount; ++s)
            columns[s] = std::max(columns[s], int(std::min<qsizetype>(MaxColumns[s], site[s].size())));
    }
    std::array<qreal, SectionCount> sectionX{};
    qreal x = Margin + RegionPad;
    for (int s = 0; s < SectionCount; ++s) {
        sectionX[s] = x;
        const qreal w
            = std::max(columns[s] * cellWidth + (columns[s] - 1) * CellGap, measure.widthOf(sectionTitles[s], true));
        x += w + SectionGap;
    }
    const qreal bandRight = x - SectionGap + RegionPad;

    DiagramLayout layout;
    const QString title
        = highlight ? tr("Topology overview: path of %1").arg(highlight->scenarioId()) : tr("Topology overview");
    layout.texts.append(TextBlock{
        QRectF(Margin, Margin, measure.widthOf(title, true), measure.lineHeight), {title}, true, std::nullopt});
    qreal y = Margin + measure.lineHeight + 16;
    if (highlight) {
        const QString legend = tr("Servers on the path carry their step number and the verdict of the hop "
                                  "that reaches them; overall: %1")
                                   .arg(verdictDisplayName(highlight->overall));
        layout.texts.append(TextBlock{QRectF(Margin, y - 8, IconSize + 6 + measure.widthOf(legend), measure.lineHeight),
                                      {legend},
                                      false,
                                      highlight->overall});
        y += measure.lineHeight + 8;
    }
    const qreal h = boxHeight(measure);
    for (qsizetype i = 0; i < bySite.size(); ++i) {
        const auto &site = bySite[i];
        const bool any = !site[0].isEmpty() || !site[1].isEmpty() || !site[2].isEmpty();
        if (i == siteNames.size() && !any)
            continue;
        QString siteTitle = i < siteNames.size() ? tr("Site %1").arg(siteNames[i]) : tr("Servers without a site");
        if (i < siteNames.size() && topology.sites[i].internetFacing)
            siteTitle = tr("%1 (Internet-facing)").arg(siteTitle);
        const qreal top = y;
        layout.nodes.append(DiagramNode{u"site:"_s + (i < siteNames.size() ? siteNames[i] : QString()),
                                        NodeKind::Site,
                                        siteTitle,
                                        QString(),
                                        {},
                                        std::nullopt,
                                        0});
        const qsizetype siteNode = layout.nodes.size() - 1;
        const qreal sectionTop = top + 10 + measure.lineHeight + 10;
        qreal bottom = sectionTop + measure.lineHeight;
        for (int s = 0; s < SectionCount; ++s) {
            const QString sectionTitle = site[s].isEmpty() ? tr("%1: none").arg(sectionTitles[s]) : sectionTitles[s];
            layout.texts.append(
                TextBlock{QRectF(sectionX[s], sectionTop, measure.widthOf(sectionTitle), measure.lineHeight),
                          {sectionTitle},
                          false,
                          std::nullopt});
            for (qsizetype k = 0; k < site[s].size(); ++k) {
                const wizard::Server *server = site[s][k];
                const qreal cx = sectionX[s] + (k % MaxColumns[s]) * (cellWidth + CellGap);
                const qreal cy = sectionTop + measure.lineHeight + 8 + (k / MaxColumns[s]) * (h + CellGap);
                DiagramNode node{u"server:"_s + server->name,
                                 s == NewCasSection ? NodeKind::NewCas
                                                    : (s == LegacyCasSection ? NodeKind::LegacyCas : NodeKind::Mailbox),
                                 server->name,
                                 rolesText(*server),
                                 QRectF(cx, cy, cellWidth, h),
                                 std::nullopt,
                                 0};
                if (const auto it = marks.constFind(server->name.toLower()); it != marks.cend()) {
                    node.pathVerdict = it->verdict;
                    node.pathStep = it->step;
                }
                layout.nodes.append(node);
                bottom = std::max(bottom, cy + h);
            }
        }
        layout.nodes[siteNode].rect = QRectF(QPointF(Margin, top), QPointF(bandRight, bottom + 12));
        y = bottom + 12 + 16;
    }
    layout.canvas = QSizeF(bandRight + Margin, y + Margin);
    appendLegend(layout, measure, QPointF(Margin, y));
    return layout;
}

} // namespace render
