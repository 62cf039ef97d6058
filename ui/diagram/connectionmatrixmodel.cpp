#include "connectionmatrixmodel.h"

#include "diagrampainter.h"
#include "verdicticon.h"

#include <utility>
#include <vector>

namespace ui {

ConnectionMatrixModel::ConnectionMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConnectionMatrixModel::setFlows(const QList<wizard::Flow> &flows)
{
    render::ConnectionMatrix matrix = render::buildConnectionMatrix(flows);
    QList<QPoint> cells(flows.size(), QPoint(-1, -1));
    for (qsizetype r = 0; r < matrix.flowIndex.size(); ++r) {
        for (qsizetype c = 0; c < matrix.flowIndex[r].size(); ++c) {
            if (const int f = matrix.flowIndex[r][c]; f >= 0)
                cells[f] = QPoint(int(c), int(r));
        }
    }
    if (matrix.rows == m_matrix.rows && matrix.columns == m_matrix.columns) {
        // Same shape (the usual live edit): update the changed cells in place, keep the
        // selection and the view's section sizes.
        const QList<wizard::Flow> beforeFlows = std::exchange(m_flows, flows);
        const render::ConnectionMatrix beforeMatrix = std::exchange(m_matrix, std::move(matrix));
        const QList<QPoint> beforeCells = std::exchange(m_cellOfFlow, std::move(cells));
        emitChangedCells(beforeFlows, beforeMatrix, beforeCells);
        return;
    }
    beginResetModel();
    m_flows = flows;
    m_matrix = std::move(matrix);
    m_cellOfFlow = std::move(cells);
    endResetModel();
}

void ConnectionMatrixModel::emitChangedCells(const QList<wizard::Flow> &beforeFlows,
                                             const render::ConnectionMatrix &beforeMatrix,
                                             const QList<QPoint> &beforeCells)
{
    // Per row, the first and last column whose cell shows something else than before:
    // a flow that changed, a cell that now shows another flow, or one that emptied.
    std::vector<std::pair<int, int>> changed(m_matrix.rows.size(), {-1, -1});
    auto mark = [&changed](QPoint cell) {
        auto &[first, last] = changed[cell.y()];
        first = first < 0 ? cell.x() : std::min(first, cell.x());
        last = std::max(last, cell.x());
    };
    for (qsizetype i = 0; i < m_flows.size(); ++i) {
        const QPoint cell = m_cellOfFlow.at(i);
        if (cell.x() < 0)
            continue;
        const int was = beforeMatrix.flowAt(cell.y(), cell.x());
        if (was < 0 || beforeFlows.at(was) != m_flows.at(i))
            mark(cell);
    }
    for (const QPoint cell : beforeCells) {
        if (cell.x() >= 0 && m_matrix.flowAt(cell.y(), cell.x()) < 0)
            mark(cell);
    }
    for (int r = 0; r < int(changed.size()); ++r) {
        if (const auto [first, last] = changed[r]; first >= 0)
            emit dataChanged(index(r, first), index(r, last));
    }
}

QModelIndex ConnectionMatrixModel::indexOfFlow(int flowIndex) const
{
    if (flowIndex < 0 || flowIndex >= m_cellOfFlow.size() || m_cellOfFlow.at(flowIndex).x() < 0)
        return {};
    const QPoint cell = m_cellOfFlow.at(flowIndex);
    return index(cell.y(), cell.x());
}

int ConnectionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int ConnectionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.columns.size());
}

QVariant ConnectionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int flowIndex = m_matrix.flowAt(index.row(), index.column());
    if (role == FlowIndexRole)
        return flowIndex;
    if (flowIndex < 0) {
        if (role == Qt::DisplayRole)
            return tr("No mailboxes here");
        if (role == Qt::ForegroundRole)
            return QColor(0x75, 0x75, 0x75); // de-emphasized, still 4.6:1 on white
        return {};
    }
    const wizard::Flow &flow = m_flows.at(flowIndex);
    switch (role) {
    case Qt::DisplayRole:
        return render::matrixCellLines(flow).join(u'\n');
    case Qt::DecorationRole:
        return verdictIcon(flow.overall);
    case Qt::ToolTipRole:
        return tr("%1: %2 (select to see its diagram)")
            .arg(flow.scenarioId(), render::verdictDisplayName(flow.overall));
    case Qt::ForegroundRole:
        return render::verdictStyle(flow.overall).colour.darker(130);
    case VerdictTokenRole:
        return wizard::verdictToken(flow.overall);
    default:
        return {};
    }
}

QVariant ConnectionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_matrix.columns.size() ? QVariant(m_matrix.columns.at(section)) : QVariant();
    return section >= 0 && section < m_matrix.rows.size() ? QVariant(m_matrix.rowTitle(section)) : QVariant();
}

} // namespace ui
