#include "testresultstable.h"

#include "exports/testplan.h"
#include "session/plansession.h"
#include "widgets/rowsheightfit.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

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
    // The test's name at its width, up to three fifths of the table (then it wraps): the
    // Result, stretched to the rest, is what the user types in.
    m_table->horizontalHeader()->setSectionResizeMode(TestColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(DoneColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->viewport()->installEventFilter(this);
    // In the scrolling page, as tall as its tests: the page scrolls as one.
    new RowsHeightFit(m_table, 1);
    m_table->setAccessibleName(tr("Connectivity tests"));
    layout->addWidget(m_table);
    // The page's spare height below the table, not between it and its title.
    layout->addStretch(1);
    connect(m_table, &QTableWidget::itemChanged, this, &TestResultsTable::itemChanged);
    connect(m_session, &PlanSession::analysisChanged, this, &TestResultsTable::refresh);
    connect(m_session, &PlanSession::planChanged, this, &TestResultsTable::refresh);
    refresh();
}

void TestResultsTable::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitColumns();
}

bool TestResultsTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitColumns();
    }
    return QWidget::eventFilter(watched, event);
}

void TestResultsTable::fitColumns()
{
    if (m_table->rowCount() == 0)
        return;
    const int content = static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(TestColumn);
    const int width = std::min(content, std::max(m_table->viewport()->width() * 3 / 5, 1));
    const bool wrapped = width < content;
    if (m_table->columnWidth(TestColumn) != width)
        m_table->setColumnWidth(TestColumn, width);
    if (wrapped || m_wrapped)
        m_table->resizeRowsToContents();
    m_wrapped = wrapped;
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
        // A wrapped name breaks between words, never inside a server's name at its
        // hyphens (MAN-EX10-/MBX): they are shown as non-breaking hyphens.
        auto *name = new QTableWidgetItem(QString(test.title).replace(u'-', QChar(0x2011)));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setData(Qt::AccessibleTextRole, test.title);
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
    fitColumns();
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
