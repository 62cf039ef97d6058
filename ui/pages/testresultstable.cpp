#include "testresultstable.h"

#include "exports/testplan.h"
#include "session/plansession.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
enum Column { TestColumn, DoneColumn, ResultColumn, ColumnCount };
} // namespace

TestResultsTable::TestResultsTable(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(u"testResults"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Connectivity tests</b> — tick each test when it has passed and type what it "
                                "showed; the results are saved in the plan and printed in the test plan."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_table->setObjectName(u"testResultsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Test"), tr("Done"), tr("Result")});
    m_table->horizontalHeader()->setSectionResizeMode(TestColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DoneColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Connectivity tests"));
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::itemChanged, this, &TestResultsTable::itemChanged);
    connect(m_session, &PlanSession::analysisChanged, this, &TestResultsTable::refresh);
    connect(m_session, &PlanSession::planChanged, this, &TestResultsTable::refresh);
    refresh();
}

void TestResultsTable::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMinimumHeight();
}

// In a scrolling page the table would otherwise shrink to its header: it keeps room for
// up to five tests (more scroll inside it), in the type the window has.
void TestResultsTable::updateMinimumHeight()
{
    const int rows = qBound(1, m_table->rowCount(), 5);
    const int rowHeight
        = m_table->rowCount() > 0 ? m_table->rowHeight(0) : m_table->verticalHeader()->defaultSectionSize();
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight
                              + 2 * m_table->frameWidth());
}

void TestResultsTable::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void TestResultsTable::refresh()
{
    m_stale = true;
    if (isVisible())
        rebuild();
}

void TestResultsTable::rebuild()
{
    m_stale = false;
    const QList<wizard::ChecklistItem> tests = wizard::connectivityTestItems(m_session->topology(), m_session->flows());
    m_updating = true;
    m_table->setRowCount(int(tests.size()));
    m_ids.clear();
    for (int row = 0; row < tests.size(); ++row) {
        const wizard::ChecklistItem &test = tests[row];
        m_ids.append(test.id);
        const wizard::ChecklistItemState state = m_session->plan().checklist.value(test.id);
        auto *name = new QTableWidgetItem(test.title);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setToolTip(test.id);
        m_table->setItem(row, TestColumn, name);
        auto *done = new QTableWidgetItem;
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        done->setCheckState(state.done ? Qt::Checked : Qt::Unchecked);
        done->setData(Qt::AccessibleTextRole, tr("Done: %1").arg(test.title));
        m_table->setItem(row, DoneColumn, done);
        auto *result = new QTableWidgetItem(state.result);
        result->setData(Qt::AccessibleTextRole, tr("Result: %1").arg(test.title));
        m_table->setItem(row, ResultColumn, result);
    }
    m_updating = false;
    updateMinimumHeight();
}

void TestResultsTable::itemChanged(QTableWidgetItem *item)
{
    if (m_updating || item->row() < 0 || item->row() >= m_ids.size())
        return;
    const QString id = m_ids[item->row()];
    if (item->column() == DoneColumn) {
        const bool done = item->checkState() == Qt::Checked;
        m_session->edit(done ? tr("Mark test %1 done").arg(id) : tr("Mark test %1 not done").arg(id),
                        [id, done](wizard::Plan &plan) { plan.checklist[id].done = done; });
    } else if (item->column() == ResultColumn) {
        const QString result = item->text();
        m_session->edit(
            tr("Record the result of test %1").arg(id),
            [id, result](wizard::Plan &plan) { plan.checklist[id].result = result; }, u"test-result:"_s + id);
    }
}

} // namespace ui
