#pragma once

#include "connectionmatrix.h"

#include <QAbstractTableModel>
#include <QPoint>

namespace ui {

// The connection matrix as a table: rows are client group x location, columns the
// mailbox servers; each cell shows its flow's overall verdict and the rule ids behind it
// (render::buildConnectionMatrix over the engine's flows).
class ConnectionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { FlowIndexRole = Qt::UserRole + 1, VerdictTokenRole };

    explicit ConnectionMatrixModel(QObject *parent = nullptr);

    void setFlows(const QList<wizard::Flow> &flows);
    const QList<wizard::Flow> &flows() const { return m_flows; }
    // The cell showing the flow with that index, or an invalid index (no scan).
    QModelIndex indexOfFlow(int flowIndex) const;
    // The matrix's shape and which flow each cell shows: the view sizes its sections
    // from the flows' cells without visiting the empty ones (ConnectionMatrixView).
    const render::ConnectionMatrix &matrix() const { return m_matrix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // After a live edit of the same shape: dataChanged() for the cells whose flow
    // changed only, one signal per row with changes (columns first to last changed).
    void emitChangedCells(const QList<wizard::Flow> &beforeFlows, const render::ConnectionMatrix &beforeMatrix,
                          const QList<QPoint> &beforeCells);

    QList<wizard::Flow> m_flows;
    render::ConnectionMatrix m_matrix;
    QList<QPoint> m_cellOfFlow; // [flow index] -> (column, row), (-1, -1) when not shown
};

} // namespace ui
