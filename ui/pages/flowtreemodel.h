#pragma once

#include "flows/flow.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace ui {

// The review step's scenarios and their hops as a two-level tree over the engine's flows.
// Nothing is copied per row: a view asks only for what it shows, so a 1,000-server plan's
// 3,200 scenarios and 16,000 hops cost what the visible rows cost. The filter (which
// verdicts, a search text) picks the scenarios listed.
class FlowTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ScenarioColumn, VerdictColumn, EndpointColumn, AuthenticationColumn, WhyColumn, ColumnCount };
    // The "Show" choices, in order: which overall verdicts a listed scenario may have.
    enum Show { ShowAll, ShowNotOk, ShowFailing };
    static constexpr int VerdictRole = Qt::UserRole + 1;

    explicit FlowTreeModel(QObject *parent = nullptr);

    void setFlows(const QList<wizard::Flow> &flows);
    void setFilter(Show show, const QString &text);
    qsizetype totalCount() const { return m_flows.size(); }
    qsizetype shownCount() const { return m_shown.size(); }

    // Where a flow and hop (-1: the scenario row) are listed; invalid when filtered out.
    QModelIndex indexOf(qsizetype flow, qsizetype hop, int column = 0) const;
    // The flow and hop (-1 for a scenario row) behind an index; {-1, -1} when invalid.
    std::pair<qsizetype, qsizetype> flowAndHop(const QModelIndex &index) const;
    const QList<wizard::Flow> &flows() const { return m_flows; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();
    static QString hopEndpoint(const wizard::Hop &hop);

    QList<wizard::Flow> m_flows;
    QList<qsizetype> m_shown; // indices into m_flows, in order
    QList<qsizetype> m_rowOfFlow; // position in m_shown, or -1
    Show m_show = ShowAll;
    QString m_text;
};

} // namespace ui
