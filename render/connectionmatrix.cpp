#include "connectionmatrix.h"

#include "diagramgeometry.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace render {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("render", text);
}
} // namespace

int ConnectionMatrix::flowAt(qsizetype row, qsizetype column) const
{
    if (row < 0 || row >= flowIndex.size() || column < 0 || column >= flowIndex[row].size())
        return -1;
    return flowIndex[row][column];
}

QString ConnectionMatrix::rowTitle(qsizetype row) const
{
    const Row &r = rows.at(row);
    return tr("%1 / %2").arg(r.clientGroup,
                             r.location == wizard::ClientLocation::External ? tr("external") : tr("internal"));
}

ConnectionMatrix buildConnectionMatrix(const QList<wizard::Flow> &flows)
{
    ConnectionMatrix m;
    for (const wizard::Flow &f : flows) {
        const ConnectionMatrix::Row row{f.clientGroup, f.location};
        if (!m.rows.contains(row))
            m.rows.append(row);
        if (!m.columns.contains(f.mailboxServer))
            m.columns.append(f.mailboxServer);
    }
    m.flowIndex = QList<QList<int>>(m.rows.size(), QList<int>(m.columns.size(), -1));
    for (qsizetype i = 0; i < flows.size(); ++i) {
        const wizard::Flow &f = flows[i];
        const qsizetype r = m.rows.indexOf(ConnectionMatrix::Row{f.clientGroup, f.location});
        const qsizetype c = m.columns.indexOf(f.mailboxServer);
        if (m.flowIndex[r][c] < 0)
            m.flowIndex[r][c] = int(i);
    }
    return m;
}

QStringList matrixCellLines(const wizard::Flow &flow)
{
    QStringList ids;
    for (const wizard::Hop &hop : flow.hops) {
        for (const QString &id : hop.ruleIds) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    QStringList lines{verdictDisplayName(flow.overall)};
    for (qsizetype i = 0; i < ids.size(); i += 3)
        lines << ids.mid(i, 3).join(u", "_s);
    return lines;
}

DiagramLayout layoutConnectionMatrix(const QList<wizard::Flow> &flows, const QString &title, const TextMeasure &measure)
{
    using namespace geometry;
    constexpr qreal CellPad = 8;
    const ConnectionMatrix m = buildConnectionMatrix(flows);
    DiagramLayout layout;
    layout.texts.append(TextBlock{
        QRectF(Margin, Margin, measure.widthOf(title, true), measure.lineHeight), {title}, true, std::nullopt});
    const QString corner = tr("Client group / location");
    qreal headerWidth = measure.widthOf(corner, true);
    for (qsizetype r = 0; r < m.rows.size(); ++r)
        headerWidth = std::max(headerWidth, measure.widthOf(m.rowTitle(r), true));
    headerWidth += 2 * CellPad;

    QList<qreal> widths;
    for (qsizetype c = 0; c < m.columns.size(); ++c) {
        qreal w = std::max<qreal>(120, measure.widthOf(m.columns[c], true));
        for (qsizetype r = 0; r < m.rows.size(); ++r) {
            const int f = m.flowAt(r, c);
            if (f < 0)
                continue;
            for (const QString &line : matrixCellLines(flows[f]))
                w = std::max(w, IconSize + 6 + measure.widthOf(line));
        }
        widths << w + 2 * CellPad;
    }
    QList<qreal> heights;
    for (qsizetype r = 0; r < m.rows.size(); ++r) {
        qsizetype lines = 1;
        for (qsizetype c = 0; c < m.columns.size(); ++c) {
            if (const int f = m.flowAt(r, c); f >= 0)
                lines = std::max(lines, matrixCellLines(flows[f]).size());
        }
        heights << lines * measure.lineHeight + 2 * CellPad;
    }
    const qreal top = Margin + measure.lineHeight + 16;
    const qreal headerHeight = measure.lineHeight + 2 * CellPad;
    layout.cells.append(TableCell{QRectF(Margin, top, headerWidth, headerHeight), {corner}, true, std::nullopt, -1});
    qreal x = Margin + headerWidth;
    for (qsizetype c = 0; c < m.columns.size(); ++c) {
        layout.cells.append(TableCell{QRectF(x, top, widths[c], headerHeight), {m.columns[c]}, true, std::nullopt, -1});
        x += widths[c];
    }
    qreal y = top + headerHeight;
    for (qsizetype r = 0; r < m.rows.size(); ++r) {
        layout.cells.append(
            TableCell{QRectF(Margin, y, headerWidth, heights[r]), {m.rowTitle(r)}, true, std::nullopt, -1});
        x = Margin + headerWidth;
        for (qsizetype c = 0; c < m.columns.size(); ++c) {
            const int f = m.flowAt(r, c);
            TableCell cell{QRectF(x, y, widths[c], heights[r]), {tr("no mailboxes here")}, false, std::nullopt, f};
            if (f >= 0) {
                cell.lines = matrixCellLines(flows[f]);
                cell.verdict = flows[f].overall;
            }
            layout.cells.append(cell);
            x += widths[c];
        }
        y += heights[r];
    }
    if (m.rows.isEmpty()) {
        const QString none = tr("The plan has no client scenarios yet (add client groups and their mailbox servers).");
        layout.texts.append(
            TextBlock{QRectF(Margin, y + 8, measure.widthOf(none), measure.lineHeight), {none}, false, std::nullopt});
        y += measure.lineHeight + 8;
        x = Margin + measure.widthOf(none);
    }
    layout.canvas = QSizeF(x + Margin, y + Margin);
    appendLegend(layout, measure, QPointF(Margin, y + 16));
    return layout;
}

} // namespace render
