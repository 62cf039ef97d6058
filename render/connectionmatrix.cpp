#include "connectionmatrix.h"

#include "diagramgeometry.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <utility>

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
    // Rows and columns in the order of first appearance, found through hashes (a
    // 1,000-server plan has 3,200 flows over 200 rows and 800 columns).
    ConnectionMatrix m;
    QHash<std::pair<QString, int>, qsizetype> rowOf;
    QHash<QString, qsizetype> columnOf;
    QList<std::pair<qsizetype, qsizetype>> cellOf;
    cellOf.reserve(flows.size());
    for (const wizard::Flow &f : flows) {
        auto row = rowOf.constFind({f.clientGroup, int(f.location)});
        if (row == rowOf.cend()) {
            row = rowOf.insert({f.clientGroup, int(f.location)}, m.rows.size());
            m.rows.append(ConnectionMatrix::Row{f.clientGroup, f.location});
        }
        auto column = columnOf.constFind(f.mailboxServer);
        if (column == columnOf.cend()) {
            column = columnOf.insert(f.mailboxServer, m.columns.size());
            m.columns.append(f.mailboxServer);
        }
        cellOf.append({row.value(), column.value()});
    }
    m.flowIndex = QList<QList<int>>(m.rows.size(), QList<int>(m.columns.size(), -1));
    for (qsizetype i = 0; i < flows.size(); ++i) {
        const auto [r, c] = cellOf[i];
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

    // Each shown flow's lines once, each distinct line measured once: the cells repeat
    // a few verdicts and rule lists many times.
    QList<QStringList> cellLines(flows.size());
    QHash<QString, qreal> lineWidth;
    auto widthOfLine = [&](const QString &line) {
        auto it = lineWidth.constFind(line);
        if (it == lineWidth.cend())
            it = lineWidth.insert(line, measure.widthOf(line));
        return it.value();
    };
    QList<qreal> widths;
    for (qsizetype c = 0; c < m.columns.size(); ++c)
        widths << std::max<qreal>(120, measure.widthOf(m.columns[c], true));
    QList<qreal> heights;
    for (qsizetype r = 0; r < m.rows.size(); ++r) {
        qsizetype lines = 1;
        for (qsizetype c = 0; c < m.columns.size(); ++c) {
            const int f = m.flowAt(r, c);
            if (f < 0)
                continue;
            cellLines[f] = matrixCellLines(flows[f]);
            lines = std::max(lines, cellLines[f].size());
            for (const QString &line : std::as_const(cellLines[f]))
                widths[c] = std::max(widths[c], IconSize + 6 + widthOfLine(line));
        }
        heights << lines * measure.lineHeight + 2 * CellPad;
    }
    for (qreal &w : widths)
        w += 2 * CellPad;
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
                cell.lines = cellLines[f];
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
