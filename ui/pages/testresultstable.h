#pragma once

#include <QStringList>
#include <QWidget>

class QTableWidget;
class QTableWidgetItem;

namespace ui {

class PlanSession;

// The connectivity tests of the plan (one per client scenario, wizard::connectivityTestItems)
// with a Done box and a Result to type in (issue 17). Every edit goes through the
// session as an undoable change of the plan's checklist section, under the test's item
// id; the rows follow the engine's flows.
class TestResultsTable : public QWidget
{
    Q_OBJECT

public:
    explicit TestResultsTable(PlanSession *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void updateMinimumHeight();
    void itemChanged(QTableWidgetItem *item);

    PlanSession *m_session;
    QTableWidget *m_table;
    QStringList m_ids; // the checklist item id of each row
    bool m_updating = false;
};

} // namespace ui
