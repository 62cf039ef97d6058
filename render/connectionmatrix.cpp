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
                             r.location == wizard::ClientLocation::External ? tr("External") : tr("Internal"));
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

namespace {

// A set of rows and columns that no cell links to the rest of the matrix: the client
// groups of one site and the mailbox servers they use, typically.
struct MatrixBlock
{
    QList<qsizetype> rows;
    QList<qsizetype> columns;
};

// The matrix's connected blocks (rows and columns joined by a cell with a flow), in the
// order of their first row; a column that no row uses joins the first block.
QList<MatrixBlock> matrixBlocks(const ConnectionMatrix &m)
{
    const qsizetype rowCount = m.rows.size();
    QList<qsizetype> parent(rowCount + m.columns.size());
    for (qsizetype i = 0; i < parent.size(); ++i)
        parent[i] = i;
    auto root = [&](qsizetype i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    for (qsizetype r = 0; r < rowCount; ++r) {
        for (qsizetype c = 0; c < m.columns.size(); ++c) {
            if (m.flowAt(r, c) >= 0)
                parent[root(rowCount + c)] = root(r);
        }
    }
    QList<MatrixBlock> blocks;
    QHash<qsizetype, qsizetype> blockOf;
    for (qsizetype r = 0; r < rowCount; ++r) {
        auto it = blockOf.constFind(root(r));
        if (it == blockOf.cend()) {
            it = blockOf.insert(root(r), blocks.size());
            blocks.append(MatrixBlock{});
        }
        blocks[it.value()].rows.append(r);
    }
    for (qsizetype c = 0; c < m.columns.size(); ++c) {
        const qsizetype b = blockOf.value(root(rowCount + c), 0);
        if (b < blocks.size())
            blocks[b].columns.append(c);
    }
    return blocks;
}

// One table for the whole grid while it is small; beyond that, when the client groups
// fall into sets that share no mailbox server, one table per set, stacked: the full grid
// of a 1,000-server plan is 200 x 800 cells of which 3,200 hold a flow.
constexpr qsizetype MaxCellsInOneTable = 400;

} // namespace

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

    QList<MatrixBlock> blocks;
    qsizetype blockCells = 0;
    if (m.rows.size() * m.columns.size() > MaxCellsInOneTable) {
        blocks = matrixBlocks(m);
        for (const MatrixBlock &b : std::as_const(blocks))
            blockCells += b.rows.size() * b.columns.size();
    }
    if (blocks.size() < 2 || blockCells * 2 > m.rows.size() * m.columns.size()) {
        blocks = {MatrixBlock{}};
        for (qsizetype r = 0; r < m.rows.size(); ++r)
            blocks[0].rows.append(r);
        for (qsizetype c = 0; c < m.columns.size(); ++c)
            blocks[0].columns.append(c);
    }

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
    qreal y = Margin + measure.lineHeight + 16;
    qreal right = Margin;
    if (blocks.size() > 1) {
        const QString note = QCoreApplication::translate("render",
                                                         "%n tables: each holds client groups that share no mailbox "
                                                         "server with the groups of another table.",
                                                         nullptr, int(blocks.size()));
        layout.texts.append(
            TextBlock{QRectF(Margin, y - 8, measure.widthOf(note), measure.lineHeight), {note}, false, std::nullopt});
        y += measure.lineHeight + 8;
        right = std::max(right, Margin + measure.widthOf(note));
    }
    const qreal headerHeight = measure.lineHeight + 2 * CellPad;
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const MatrixBlock &block = blocks[b];
        if (b > 0)
            y += 16;
        QList<qreal> widths;
        for (const qsizetype c : block.columns)
            widths << std::max<qreal>(120, measure.widthOf(m.columns[c], true));
        QList<qreal> heights;
        for (const qsizetype r : block.rows) {
            qsizetype lines = 1;
            for (qsizetype i = 0; i < block.columns.size(); ++i) {
                const int f = m.flowAt(r, block.columns[i]);
                if (f < 0)
                    continue;
                cellLines[f] = matrixCellLines(flows[f]);
                lines = std::max(lines, cellLines[f].size());
                for (const QString &line : std::as_const(cellLines[f]))
                    widths[i] = std::max(widths[i], IconSize + 6 + widthOfLine(line));
            }
            heights << lines * measure.lineHeight + 2 * CellPad;
        }
        for (qreal &w : widths)
            w += 2 * CellPad;
        layout.cells.append(TableCell{QRectF(Margin, y, headerWidth, headerHeight), {corner}, true, std::nullopt, -1});
        qreal x = Margin + headerWidth;
        for (qsizetype i = 0; i < block.columns.size(); ++i) {
            layout.cells.append(TableCell{
                QRectF(x, y, widths[i], headerHeight), {m.columns[block.columns[i]]}, true, std::nullopt, -1});
            x += widths[i];
        }
        right = std::max(right, x);
        y += headerHeight;
        for (qsizetype j = 0; j < block.rows.size(); ++j) {
            const qsizetype r = block.rows[j];
            layout.cells.append(
                TableCell{QRectF(Margin, y, headerWidth, heights[j]), {m.rowTitle(r)}, true, std::nullopt, -1});
            x = Margin + headerWidth;
            for (qsizetype i = 0; i < block.columns.size(); ++i) {
                const int f = m.flowAt(r, block.columns[i]);
                TableCell cell{QRectF(x, y, widths[i], heights[j]), {tr("No mailboxes here")}, false, std::nullopt, f};
                if (f >= 0) {
                    cell.lines = cellLines[f];
                    cell.verdict = flows[f].overall;
                }
                layout.cells.append(cell);
                x += widths[i];
            }
            y += heights[j];
        }
    }
    if (m.rows.isEmpty()) {
        const QString none = tr("The plan has no client scenarios yet (add client groups and their mailbox servers).");
        layout.texts.append(
            TextBlock{QRectF(Margin, y + 8, measure.widthOf(none), measure.lineHeight), {none}, false, std::nullopt});
        y += measure.lineHeight + 8;
        right = std::max(right, Margin + measure.widthOf(none));
    }
    layout.canvas = QSizeF(right + Margin, y + Margin);
    appendLegend(layout, measure, QPointF(Margin, y + 16));
    return layout;
}

} // namespace render
