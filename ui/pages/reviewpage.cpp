#include "reviewpage.h"

#include "diagramlayout.h"

#include "session/plansession.h"
#include "widgets/markedfield.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
QColor verdictColor(wizard::Verdict v)
{
    switch (v) {
    case wizard::Verdict::Ok:
        return QColor(0x1e, 0x8e, 0x3e);
    case wizard::Verdict::Warn:
        return severityColor(wizard::Severity::Warning, highContrastMarkers());
    case wizard::Verdict::Fail:
        return severityColor(wizard::Severity::Error, highContrastMarkers());
    case wizard::Verdict::Unknown:
        return QColor(0x70, 0x70, 0x70);
    }
    return {};
}

// The "Show" choices, in order: which overall verdicts a scenario may have to be listed.
enum ShowChoice { ShowAll, ShowNotOk, ShowFailing };
constexpr int verdictRole = Qt::UserRole + 1;

bool shown(int choice, wizard::Verdict overall)
{
    switch (choice) {
    case ShowNotOk:
        return overall != wizard::Verdict::Ok;
    case ShowFailing:
        return overall == wizard::Verdict::Fail;
    default:
        return true;
    }
}
} // namespace

ReviewPage::ReviewPage(PlanSession *session, QWidget *parent)
    : WizardPage(session, tr("Review"),
                 tr("How each client group reaches its mailbox, hop by hop, with the engine's verdict. Open a "
                    "finding in the findings panel to go to the field it names."),
                 parent)
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_show(new QComboBox)
    , m_search(new QLineEdit)
    , m_shown(new QLabel)
    , m_flows(new QTreeWidget)
    , m_detail(new QLabel)
{
    setObjectName(u"reviewPage"_s);
    m_tabs->setObjectName(u"reviewTabs"_s);
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setWordWrap(true);
    m_flows->setObjectName(u"reviewFlows"_s);
    m_flows->setAccessibleName(tr("Client connection flows"));
    m_flows->setHeaderLabels({tr("Scenario / hop"), tr("Verdict"), tr("Endpoint"), tr("Authentication"), tr("Why")});
    m_flows->setAlternatingRowColors(true);
    m_flows->setUniformRowHeights(true);
    // Fitted once per fill (fillFlows), not ResizeToContents: that re-measures a
    // thousand rows per column on every expand, collapse and change.
    m_flows->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_flows->header()->setStretchLastSection(true);
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
    connect(m_flows, &QTreeWidget::currentItemChanged, this, &ReviewPage::showDetail);
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
    QString summary = tr("Errors: %1, warnings: %2, infos: %3. Client scenarios that fail: %4 of %5.")
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

void ReviewPage::fillFlows()
{
    m_flowsStale = false;
    m_flows->clear();
    QTreeWidgetItem *firstFailingHop = nullptr;
    // Built apart from the tree and added at once: one insertion for 3,200 scenarios
    // and their 16,000 hops instead of one per item.
    QList<QTreeWidgetItem *> tops;
    tops.reserve(session()->flows().size());
    for (const wizard::Flow &flow : session()->flows()) {
        auto *top = new QTreeWidgetItem(QStringList{flow.scenarioId(), render::verdictDisplayName(flow.overall)});
        tops.append(top);
        top->setForeground(1, verdictColor(flow.overall));
        top->setData(0, verdictRole, static_cast<int>(flow.overall));
        for (const wizard::Hop &hop : flow.hops) {
            // A hop with no endpoint name (e.g. Outlook Anywhere off) shows its server, or
            // says that no host name is known rather than pointing at nothing.
            const QString to = !hop.to.isEmpty() ? hop.to
                : !hop.toServer.isEmpty()        ? hop.toServer
                                                 : tr("(no host name)");
            auto *item
                = new QTreeWidgetItem(top,
                                      {tr("%1 -> %2").arg(hop.from, to), render::verdictDisplayName(hop.verdict),
                                       hop.toServer.isEmpty() ? hop.to : hop.toServer, hop.authMethod, hop.note});
            item->setForeground(1, verdictColor(hop.verdict));
            item->setToolTip(4,
                             hop.ruleIds.isEmpty() ? hop.note : tr("%1 (%2)").arg(hop.note, hop.ruleIds.join(u", "_s)));
        }
        if (!firstFailingHop && flow.overall == wizard::Verdict::Fail) {
            for (int i = 0; i < top->childCount() && !firstFailingHop; ++i) {
                if (flow.hops.at(i).verdict == wizard::Verdict::Fail)
                    firstFailingHop = top->child(i);
            }
        }
    }
    m_flows->addTopLevelItems(tops);
    // Failing scenarios open. The tree lays its items out once, after these.
    for (QTreeWidgetItem *top : std::as_const(tops)) {
        if (static_cast<wizard::Verdict>(top->data(0, verdictRole).toInt()) == wizard::Verdict::Fail)
            top->setExpanded(true);
    }
    m_flows->header()->resizeSections(QHeaderView::ResizeToContents);
    // The first reason to read is selected: its whole text shows below the list.
    if (firstFailingHop)
        m_flows->setCurrentItem(firstFailingHop);
    applyFilter();
}

void ReviewPage::applyFilter()
{
    const int choice = m_show->currentIndex();
    const QString text = m_search->text().trimmed();
    int visible = 0;
    const int count = m_flows->topLevelItemCount();
    for (int i = 0; i < count; ++i) {
        QTreeWidgetItem *top = m_flows->topLevelItem(i);
        const auto overall = static_cast<wizard::Verdict>(top->data(0, verdictRole).toInt());
        const bool show
            = shown(choice, overall) && (text.isEmpty() || top->text(0).contains(text, Qt::CaseInsensitive));
        top->setHidden(!show);
        visible += show ? 1 : 0;
    }
    m_shown->setText(tr("Showing %1 of %2").arg(visible).arg(count));
    showDetail();
}

void ReviewPage::showDetail()
{
    const QTreeWidgetItem *item = m_flows->currentItem();
    if (!item || item->isHidden()) {
        m_detail->setText(tr("Select a hop to read why it has its verdict."));
        return;
    }
    if (!item->parent()) {
        m_detail->setText(tr("%1: %2. Open the scenario to see its hops.").arg(item->text(0), item->text(1)));
        return;
    }
    // Hop rows carry the whole reason, with the rule ids, in their Why tooltip.
    m_detail->setText(tr("%1: %2. %3").arg(item->text(0), item->text(1), item->toolTip(4)));
}

} // namespace ui
