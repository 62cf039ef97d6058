#pragma once

#include "connectionmatrix.h"

#include <QAbstractTableModel>

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
    // The cell showing the flow with that index, or an invalid index.
    QModelIndex indexOfFlow(int flowIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<wizard::Flow> m_flows;
    render::ConnectionMatrix m_matrix;
};

} // namespace ui
