#include "checklistdiagrams.h"

#include "diagramexport.h"
#include "diagrampainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <functional>

namespace render {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("render", text, nullptr, n);
}

// What a scenario's diagram shows, but for its client group's name: two scenarios with
// the same key draw the same picture.
QString diagramKey(const wizard::Flow &flow, const wizard::Topology &topology)
{
    QString key;
    const auto add = [&key](const QString &part) {
        key += part;
        key += QChar(0x1f);
    };
    add(QString::number(int(flow.location)));
    add(flow.mailboxServer);
    add(QString::number(int(flow.overall)));
    QString outlook;
    for (const wizard::ClientGroup &g : topology.clientGroups) {
        if (g.name == flow.clientGroup) {
            outlook = QString::number(int(g.outlook));
            break;
        }
    }
    add(outlook);
    for (const wizard::Hop &h : flow.hops) {
        add(QString::number(int(h.kind)));
        // The client's own name is the group's: the same picture for every group.
        add(h.fromServer.isEmpty() ? QString() : h.from);
        for (const QString *part : {&h.fromServer, &h.fromSite, &h.to, &h.toServer, &h.toSite, &h.loadBalancer,
                                    &h.casArray, &h.answeredBy, &h.protocol, &h.authMethod, &h.note, &h.observed})
            add(*part);
        add(QString::number(int(h.verdict)));
        add(h.ruleIds.join(u','));
        add(h.infoRuleIds.join(u','));
    }
    return key;
}

// What a scenario's problem is: where the client is, and each hop's kind, verdict and
// rule ids. Used only when the plan has more pictures than a document can hold.
QString problemKey(const wizard::Flow &flow)
{
    QString key = QString::number(int(flow.location)) + u'|' + QString::number(int(flow.overall));
    for (const wizard::Hop &h : flow.hops)
        key += u'|' + QString::number(int(h.kind)) + u':' + QString::number(int(h.verdict)) + u':'
            + h.ruleIds.join(u',');
    return key;
}

// Below the legend: what else the diagram stands for, wrapped to its width, at most
// eight lines of names.
void appendSharedScenarios(DiagramLayout &layout, const TextMeasure &measure, const QString &head,
                           const QStringList &names)
{
    qreal bottom = 0;
    for (const LegendEntry &e : layout.legend)
        bottom = std::max(bottom, e.rect.bottom());
    for (const TextBlock &t : layout.texts)
        bottom = std::max(bottom, t.rect.bottom());
    const qreal margin = 24;
    const qreal width = std::max<qreal>(400, layout.canvas.width() - 2 * margin);
    QStringList lines{head};
    constexpr qsizetype maxLines = 8;
    // One line more than are shown tells that the list goes on (hundreds of scenarios
    // would otherwise be wrapped, and measured, for lines never shown).
    QStringList wrapped = wrapText(measure, names.join(u"; "), width, false, maxLines + 1);
    if (wrapped.size() > maxLines) {
        // Cut at a whole name: count the names on the lines kept.
        wrapped = wrapped.mid(0, maxLines - 1);
        const qsizetype shown = wrapped.join(u' ').count(u"; ");
        wrapped.append(
            tr("... and %n more (the connectivity test plan lists every scenario)", int(names.size() - shown)));
    }
    lines += wrapped;
    qreal w = 0;
    for (qsizetype i = 0; i < lines.size(); ++i)
        w = std::max(w, measure.widthOf(lines[i], i == 0));
    const qreal top = bottom + 16;
    layout.texts.append(
        TextBlock{QRectF(margin, top, w, lines.size() * measure.lineHeight), lines, true, std::nullopt});
    layout.canvas.setWidth(std::max(layout.canvas.width(), margin + w + margin));
    layout.canvas.setHeight(std::max(layout.canvas.height(), top + lines.size() * measure.lineHeight + margin));
}
} // namespace

QList<DiagramPage> problemScenarioDiagrams(const wizard::Topology &topology, const QList<wizard::Flow> &flows,
                                           const TextMeasure &measure)
{
    // The scenarios of each picture, in the order the pictures first appear.
    const auto groupBy = [&flows](const std::function<QString(const wizard::Flow &)> &keyOf) {
        QList<QList<const wizard::Flow *>> groups;
        QHash<QString, qsizetype> byKey;
        for (const wizard::Verdict wanted : {wizard::Verdict::Fail, wizard::Verdict::Warn}) {
            for (const wizard::Flow &flow : flows) {
                if (flow.overall != wanted)
                    continue;
                const QString key = keyOf(flow);
                const auto it = byKey.constFind(key);
                if (it == byKey.constEnd()) {
                    byKey.insert(key, groups.size());
                    groups.append({&flow});
                } else {
                    groups[*it].append(&flow);
                }
            }
        }
        return groups;
    };
    QList<QList<const wizard::Flow *>> groups
        = groupBy([&topology](const wizard::Flow &f) { return diagramKey(f, topology); });
    // More pictures than a document can hold (a plan of hundreds of servers): one per
    // problem, drawn for its first scenario, listing the others.
    constexpr qsizetype maxPages = 40;
    const bool byProblem = groups.size() > maxPages;
    if (byProblem)
        groups = groupBy(problemKey);
    QList<DiagramPage> pages;
    pages.reserve(groups.size());
    for (const QList<const wizard::Flow *> &group : std::as_const(groups)) {
        const wizard::Flow &first = *group.first();
        DiagramPage page;
        for (const wizard::Flow *f : group)
            page.scenarios.append(f->scenarioId());
        if (group.size() == 1) {
            page.title = tr("Connection diagram: %1").arg(first.scenarioId());
            page.layout = layoutFlowDiagram(first, topology, measure, FlowArrangement::PartBBelow);
        } else if (byProblem) {
            page.title = tr("Connection diagram: %1 and %n more with the same findings", int(group.size() - 1))
                             .arg(first.scenarioId());
            page.layout = layoutFlowDiagram(first, topology, measure, FlowArrangement::PartBBelow);
            appendSharedScenarios(
                page.layout, measure,
                tr("The same hops, verdicts and rule ids in %n scenarios (drawn for the first):", int(group.size())),
                page.scenarios);
        } else {
            const QString clients = tr("%1 and %n more", int(group.size() - 1)).arg(first.clientGroup);
            wizard::Flow named;
            named.clientGroup = clients;
            named.location = first.location;
            named.mailboxServer = first.mailboxServer;
            page.title = tr("Connection diagram: %1").arg(named.scenarioId());
            page.layout = layoutFlowDiagram(first, topology, measure, FlowArrangement::PartBBelow, clients);
            QStringList names;
            for (const wizard::Flow *f : group)
                names.append(f->clientGroup);
            appendSharedScenarios(page.layout, measure, tr("The same diagram for %n client groups:", int(group.size())),
                                  names);
        }
        pages.append(std::move(page));
    }
    return pages;
}

void paintDiagramPage(QPainter &p, const DiagramPage &page, const TextMeasure &measure, const QRectF &area,
                      qreal deviceDpi)
{
    const qreal unit = deviceDpi / 96.0; // layout pixels are 1/96 inch
    p.save();
    QFont titleFont = diagramFont(measure, true);
    titleFont.setPixelSize(int(measure.titlePixelSize * 1.2 * unit));
    p.setFont(titleFont);
    p.setPen(Qt::black);
    const qreal titleHeight = measure.lineHeight * 1.6 * unit;
    // One line, cut in the middle when a name is too long for the page (the scenario's
    // heading in the diagram names it whole).
    const QString title = QFontMetricsF(titleFont, p.device()).elidedText(page.title, Qt::ElideMiddle, area.width());
    p.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    const QRectF room = area.adjusted(0, titleHeight + 4 * unit, 0, 0);
    const QSizeF canvas = page.layout.canvas;
    const qreal scale = std::min({room.width() / canvas.width(), room.height() / canvas.height(), unit});
    p.translate(room.left(), room.top());
    p.scale(scale, scale);
    paintDiagram(p, page.layout, measure);
    p.restore();
}

QString diagramPagesHtml(const QList<DiagramPage> &pages, const TextMeasure &measure)
{
    if (pages.isEmpty())
        return {};
    QString html = QStringLiteral("<section class=\"diagrams\">\n<h2>%1</h2>\n")
                       .arg(QCoreApplication::translate("render", "Connection diagrams of the scenarios with a problem")
                                .toHtmlEscaped());
    for (const DiagramPage &page : pages) {
        const QByteArray svg = renderSvg(page.layout, measure, page.title).toBase64();
        html += QStringLiteral("<figure style=\"page-break-inside: avoid; margin: 1em 0\">"
                               "<figcaption><b>%1</b></figcaption>"
                               "<img style=\"max-width: 100%; height: auto\" alt=\"%1\" "
                               "src=\"data:image/svg+xml;base64,%2\"></figure>\n")
                    .arg(page.title.toHtmlEscaped(), QString::fromLatin1(svg));
    }
    return html + QStringLiteral("</section>\n");
}

} // namespace render
