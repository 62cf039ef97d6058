#include "connectionmatrixmodel.h"

#include "diagrampainter.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace ui {

namespace {
QIcon verdictIcon(wizard::Verdict v)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    render::paintVerdictIcon(p, QRectF(2, 2, 28, 28), v);
    return QIcon(pixmap);
}
} // namespace

ConnectionMatrixModel::ConnectionMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConnectionMatrixModel::setFlows(const QList<wizard::Flow> &flows)
{
    const render::ConnectionMatrix matrix = render::buildConnectionMatrix(flows);
    if (matrix.rows == m_matrix.rows && matrix.columns == m_matrix.columns) {
        // Same shape (the usual live edit): update the cells in place, keep the selection.
        m_flows = flows;
        m_matrix = matrix;
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_flows = flows;
    m_matrix = matrix;
    endResetModel();
}

QModelIndex ConnectionMatrixModel::indexOfFlow(int flowIndex) const
{
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            if (m_matrix.flowAt(r, c) == flowIndex)
                return index(r, c);
        }
    }
    return {};
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
            return tr("no mailboxes here");
        if (role == Qt::ForegroundRole)
            return QColor(Qt::gray);
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
