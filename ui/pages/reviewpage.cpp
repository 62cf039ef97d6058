#include "reviewpage.h"

#include "flowtreemodel.h"

#include "session/plansession.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
// Cuts its text at the end: a reason or a host name read from their start ("No check
// reports a problem o…Anywhere settings come back." was cut in the middle).
class ElideRightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};
} // namespace

ReviewPage::ReviewPage(PlanSession *session, QWidget *parent)
    : WizardPage(session, tr("Review"),
                 tr("How each client group reaches its mailbox, hop by hop, with each hop's verdict. Open a "
                    "finding in the findings panel to go to the field it names."),
                 parent)
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_show(new QComboBox)
    , m_search(new QLineEdit)
    , m_shown(new QLabel)
    , m_flows(new QTreeView)
    , m_model(new FlowTreeModel(this))
    , m_detail(new QLabel)
{
    setObjectName(u"reviewPage"_s);
    m_tabs->setObjectName(u"reviewTabs"_s);
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setWordWrap(true);
    m_flows->setObjectName(u"reviewFlows"_s);
    m_flows->setAccessibleName(tr("Client connection flows"));
    m_flows->setModel(m_model);
    m_flows->setAlternatingRowColors(true);
    m_flows->setUniformRowHeights(true);
    // Fitted once per fill (fillFlows), not ResizeToContents: that re-measures a
    // thousand rows per column on every expand, collapse and change.
    m_flows->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_flows->header()->setStretchLastSection(true);
    // A cut scenario keeps its end, the mailbox server that tells two apart:
    // "Head office / … / EX2010MBX".
    m_flows->setTextElideMode(Qt::ElideMiddle);
    auto *elideRight = new ElideRightDelegate(m_flows);
    for (int column = FlowTreeModel::ScenarioColumn + 1; column < FlowTreeModel::ColumnCount; ++column)
        m_flows->setItemDelegateForColumn(column, elideRight);
    m_show->setObjectName(u"reviewShow"_s);
    m_show->addItem(tr("All scenarios"));
    m_show->addItem(tr("Scenarios that are not OK"));
    m_show->addItem(tr("Failing scenarios"));
    m_show->setAccessibleName(tr("Which scenarios to show"));
    m_search->setObjectName(u"reviewSearch"_s);
    m_search->setPlaceholderText(tr("Search scenarios (client group, location, server)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search scenarios"));
    m_shown->setObjectName(u"reviewShown"_s);
    connect(m_show, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ReviewPage::applyFilter);
    auto *filters = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("Fil&ter:"));
    showLabel->setBuddy(m_show);
    filters->addWidget(showLabel);
    filters->addWidget(m_show);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_shown);
    m_detail->setObjectName(u"reviewDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    m_detail->setAccessibleName(tr("Why the selected hop has its verdict"));
    connect(m_flows->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewPage::showDetail);
    auto *flowsTab = new QWidget;
    auto *flowsLayout = new QVBoxLayout(flowsTab);
    flowsLayout->addWidget(m_summary);
    flowsLayout->addLayout(filters);
    flowsLayout->addWidget(m_flows, 1);
    flowsLayout->addWidget(m_detail);
    m_tabs->addTab(flowsTab, tr("Client flows"));
    contentLayout()->addWidget(m_tabs, 1);
    connect(session, &PlanSession::analysisChanged, this, &ReviewPage::setAnalysis);
    setAnalysis(session->findings(), session->flows());
}

void ReviewPage::addView(QWidget *view, const QString &title)
{
    m_tabs->addTab(view, title);
}

void ReviewPage::setAnalysis(const QList<wizard::Finding> &findings, const QList<wizard::Flow> &flows)
{
    const wizard::FindingCounts counts = wizard::countFindings(findings);
    int failing = 0;
    for (const wizard::Flow &flow : flows) {
        if (flow.overall == wizard::Verdict::Fail)
            ++failing;
    }
    QString summary = tr("Errors: %1, Warnings: %2, Info: %3. Client scenarios that fail: %4 of %5.")
                          .arg(counts.errors)
                          .arg(counts.warnings)
                          .arg(counts.infos)
                          .arg(failing)
                          .arg(flows.size());
    if (session()->topology().clientGroups.isEmpty())
        summary += u' ' + tr("Add client groups (step 8) to see how their Outlook connects.");
    m_summary->setText(summary);
    // The tree is rebuilt only when someone can see it: typing on other pages stays fast.
    m_flowsStale = true;
    if (isVisible())
        fillFlows();
}

void ReviewPage::showEvent(QShowEvent *event)
{
    WizardPage::showEvent(event);
    if (m_flowsStale)
        fillFlows();
}

void ReviewPage::changeEvent(QEvent *event)
{
    WizardPage::changeEvent(event);
    // Workshop type: the columns measured in the old font no longer fit (queued: the
    // view takes the new font after the page).
    if (event->type() == QEvent::FontChange)
        QMetaObject::invokeMethod(this, &ReviewPage::fitFlowColumns, Qt::QueuedConnection);
}

void ReviewPage::fitFlowColumns()
{
    QHeaderView *header = m_flows->header();
    header->resizeSections(QHeaderView::ResizeToContents);
    // Measured as if the vertical scroll bar were shown: opening a scenario often brings
    // it, and the columns must still fit then (the last one stretches when it goes).
    QScrollBar *vertical = m_flows->verticalScrollBar();
    const int view = m_flows->viewport()->width() - (vertical->isVisible() ? 0 : vertical->sizeHint().width());
    int before = 0;
    for (int column = 0; column < FlowTreeModel::WhyColumn; ++column)
        before += header->sectionSize(column);
    // The reason keeps a fifth of the width while it can (its whole text shows below the
    // list); a cut host name ("autodisco…") is shown nowhere else on the row.
    const int whyHeader = header->sectionSizeHint(FlowTreeModel::WhyColumn);
    const int why = std::max(whyHeader, view / 5);
    int excess = before - (view - why);
    // When room is short the reason gives some first, down to an eighth of the view.
    const int whyFloor = std::max(whyHeader, view / 8);
    excess -= std::clamp(excess, 0, why - whyFloor);
    // The reason, last, takes what the others leave: no sideways scrolling.
    const auto fillWhy = qScopeGuard([&] {
        int others = 0;
        for (int column = 0; column < FlowTreeModel::WhyColumn; ++column)
            others += header->sectionSize(column);
        header->resizeSection(FlowTreeModel::WhyColumn, std::max(whyHeader, view - others));
    });
    const auto give = [&](int column, int floor) {
        const int size = header->sectionSize(column);
        const int given = std::clamp(size - floor, 0, std::max(excess, 0));
        header->resizeSection(column, size - given);
        excess -= given;
    };
    // The scenario's name comes first: "Field sales / Internal / LON-EX07-MBX" and
    // "Field sales / External / LON-EX07-MBX" cut in the middle read the same. It keeps
    // the width of its longest name (up to half the view), the hops' endpoint and
    // authentication give up room first, down to an eighth of the view or their
    // headers' width.
    give(FlowTreeModel::EndpointColumn, std::max(header->sectionSizeHint(FlowTreeModel::EndpointColumn), view / 8));
    give(FlowTreeModel::AuthenticationColumn,
         std::max(header->sectionSizeHint(FlowTreeModel::AuthenticationColumn), view / 8));
    if (excess <= 0)
        return;
    int names = 0;
    for (int row = 0; row < std::min(m_model->rowCount(), 200); ++row)
        names = std::max(names, m_flows->sizeHintForIndex(m_model->index(row, 0)).width());
    names += m_flows->indentation() * (m_flows->rootIsDecorated() ? 1 : 0) + 2;
    give(FlowTreeModel::ScenarioColumn,
         std::max({header->sectionSizeHint(FlowTreeModel::ScenarioColumn), std::min(names, view / 2), view / 3}));
    if (excess <= 0)
        return;
    // Still too wide: the reason goes down to its header, then the endpoint.
    excess -= std::min(excess, whyFloor - whyHeader);
    give(FlowTreeModel::EndpointColumn, header->sectionSizeHint(FlowTreeModel::EndpointColumn));
}

void ReviewPage::fillFlows()
{
    m_flowsStale = false;
    // The model keeps the flows (shared, not copied) and the view asks for the rows it
    // shows: no item per scenario or hop is made.
    const auto [flow, hop] = m_model->flowAndHop(m_flows->currentIndex());
    const QString current = flow >= 0 ? m_model->flows().at(flow).scenarioId() : QString();
    m_model->setFlows(session()->flows());
    m_model->setFilter(FlowTreeModel::Show(m_show->currentIndex()), m_search->text().trimmed());
    // The same scenario and hop stay selected across a new analysis when they still exist.
    qsizetype again = -1;
    if (!current.isEmpty()) {
        const QList<wizard::Flow> &flows = m_model->flows();
        for (qsizetype i = 0; i < flows.size() && again < 0; ++i) {
            if (flows[i].scenarioId() == current)
                again = i;
        }
    }
    showFiltered(again, hop, true);
}

void ReviewPage::applyFilter()
{
    const auto [flow, hop] = m_model->flowAndHop(m_flows->currentIndex());
    m_model->setFilter(FlowTreeModel::Show(m_show->currentIndex()), m_search->text().trimmed());
    showFiltered(flow, hop, false);
}

void ReviewPage::showFiltered(qsizetype flow, qsizetype hop, bool fit)
{
    // Failing scenarios open (cheap after a reset: the view lays them out once, later).
    const int rows = m_model->rowCount();
    QModelIndex firstFailingHop;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex top = m_model->index(row, 0);
        if (static_cast<wizard::Verdict>(top.data(FlowTreeModel::VerdictRole).toInt()) != wizard::Verdict::Fail)
            continue;
        m_flows->setExpanded(top, true);
        if (firstFailingHop.isValid())
            continue;
        const int hops = m_model->rowCount(top);
        for (int h = 0; h < hops && !firstFailingHop.isValid(); ++h) {
            const QModelIndex index = m_model->index(h, 0, top);
            if (static_cast<wizard::Verdict>(index.data(FlowTreeModel::VerdictRole).toInt()) == wizard::Verdict::Fail)
                firstFailingHop = index;
        }
    }
    // Fitted to the rows in view (the header measures at most its precision's rows).
    if (fit)
        fitFlowColumns();
    // The row that was selected stays selected while it is listed; otherwise the first
    // reason to read is selected, and its whole text shows below the list.
    QModelIndex select = m_model->indexOf(flow, hop);
    if (!select.isValid())
        select = firstFailingHop;
    if (select.isValid()) {
        m_flows->setCurrentIndex(select);
        m_flows->scrollTo(select);
    }
    m_shown->setText(tr("Showing %1 of %2").arg(m_model->shownCount()).arg(m_model->totalCount()));
    showDetail();
}

void ReviewPage::showDetail()
{
    const QModelIndex current = m_flows->currentIndex();
    const auto [flow, hop] = m_model->flowAndHop(current);
    if (flow < 0) {
        m_detail->setText(tr("Select a hop to read why it has its verdict."));
        return;
    }
    // A hop row's tooltip names it in full, from where to where.
    const QModelIndex nameIndex = current.siblingAtColumn(FlowTreeModel::ScenarioColumn);
    const QString name = (hop < 0 ? nameIndex.data() : nameIndex.data(Qt::ToolTipRole)).toString();
    const QString verdict = current.siblingAtColumn(FlowTreeModel::VerdictColumn).data().toString();
    if (hop < 0) {
        m_detail->setText(tr("%1: %2. Open the scenario to see its hops.").arg(name, verdict));
        return;
    }
    // Hop rows carry the whole reason, with the rule ids, in their Why tooltip.
    m_detail->setText(
        tr("%1: %2. %3")
            .arg(name, verdict, current.siblingAtColumn(FlowTreeModel::WhyColumn).data(Qt::ToolTipRole).toString()));
}

} // namespace ui
