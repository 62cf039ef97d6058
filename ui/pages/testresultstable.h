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
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Rebuilds the rows when the table can be seen; otherwise when it is next shown (the
    // tests of a 1,000-server plan took a fifth of the wizard's start-up, unseen).
    void refresh();
    void rebuild();
    // The Test column at its text's width, up to three fifths of the table.
    void fitColumns();
    void itemChanged(QTableWidgetItem *item);

    PlanSession *m_session;
    QTableWidget *m_table;
    QStringList m_ids; // the checklist item id of each row
    bool m_updating = false;
    bool m_stale = true;
    bool m_wrapped = false; // the Test column is narrower than its text: rows fitted to it
};

} // namespace ui
