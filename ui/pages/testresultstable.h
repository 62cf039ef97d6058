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
    void showEvent(QShowEvent *event) override;

private:
    // Rebuilds the rows when the table can be seen; otherwise when it is next shown (the
    // tests of a 1,000-server plan took a fifth of the wizard's start-up, unseen).
    void refresh();
    void rebuild();
    void updateMinimumHeight();
    void itemChanged(QTableWidgetItem *item);

    PlanSession *m_session;
    QTableWidget *m_table;
    QStringList m_ids; // the checklist item id of each row
    bool m_updating = false;
    bool m_stale = true;
};

} // namespace ui
