#include "diagrampanel.h"

#include "connectionmatrixmodel.h"
#include "connectionmatrixview.h"
#include "diagramexport.h"
#include "diagrampainter.h"
#include "diagramscene.h"
#include "hopfindings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
QGraphicsView *makeView(DiagramScene *scene, const QString &name)
{
    auto *view = new QGraphicsView(scene);
    view->setObjectName(name);
    // Never scaled down: text keeps its fixed size; large plans scroll.
    view->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    view->setDragMode(QGraphicsView::ScrollHandDrag);
    return view;
}

QPushButton *makeButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

QString hopToolTip(const wizard::Flow &flow, qsizetype hop, const QList<wizard::Finding> &findings)
{
    const wizard::Hop &h = flow.hops[hop];
    QString html
        = u"<b>%1</b><br>"_s.arg(QCoreApplication::translate("render", "%1: %2")
                                     .arg(render::hopDisplayName(h.kind), render::verdictDisplayName(h.verdict))
                                     .toHtmlEscaped());
    if (!h.note.isEmpty())
        html += h.note.toHtmlEscaped() + u"<br>"_s;
    const QList<wizard::Finding> behind = render::findingsOfHop(flow, hop, findings);
    if (!behind.isEmpty()) {
        html += u"<ul style=\"margin-left:12px\">"_s;
        for (const wizard::Finding &f : behind)
            html += u"<li><b>%1</b> %2</li>"_s.arg(f.ruleId.toHtmlEscaped(), f.message.toHtmlEscaped());
        html += u"</ul>"_s + DiagramPanel::tr("Click to go to the field.").toHtmlEscaped();
    }
    return html;
}
} // namespace

DiagramPanel::DiagramPanel(QWidget *parent)
    : QWidget(parent)
    , m_chooser(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_flowScene(new DiagramScene(this))
    , m_overviewScene(new DiagramScene(this))
    , m_matrixModel(new ConnectionMatrixModel(this))
{
    setObjectName(u"diagramPanel"_s);
    m_chooser->setObjectName(u"scenarioChooser"_s);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_flowView = makeView(m_flowScene, u"flowDiagramView"_s);
    m_overviewView = makeView(m_overviewScene, u"overviewView"_s);
    m_matrixView = new ConnectionMatrixView(this);
    m_matrixView->setObjectName(u"connectionMatrix"_s);
    m_matrixView->setMatrixModel(m_matrixModel);
    m_tabs->setObjectName(u"diagramTabs"_s);
    m_tabs->addTab(m_flowView, tr("Scenario diagram"));
    m_tabs->addTab(m_overviewView, tr("Topology overview"));

    auto *exportDiagramButton = makeButton(tr("Export diagram…"), u"exportDiagramButton"_s, this);
    auto *exportOverviewButton = makeButton(tr("Export overview…"), u"exportOverviewButton"_s, this);
    auto *exportMatrixButton = makeButton(tr("Export matrix…"), u"exportMatrixButton"_s, this);

    auto *matrixBox = new QWidget(this);
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    auto *matrixHeader = new QHBoxLayout;
    matrixHeader->addWidget(new QLabel(tr("<b>Connection matrix</b>: select a cell to see its diagram"), this), 1);
    matrixHeader->addWidget(exportMatrixButton);
    matrixLayout->addLayout(matrixHeader);
    matrixLayout->addWidget(m_matrixView);

    auto *diagramBox = new QWidget(this);
    auto *diagramLayout = new QVBoxLayout(diagramBox);
    diagramLayout->setContentsMargins(0, 0, 0, 0);
    auto *chooserRow = new QHBoxLayout;
    auto *chooserLabel = new QLabel(tr("&Scenario:"), this);
    chooserLabel->setBuddy(m_chooser);
    chooserRow->addWidget(chooserLabel);
    chooserRow->addWidget(m_chooser, 1);
    chooserRow->addWidget(exportDiagramButton);
    chooserRow->addWidget(exportOverviewButton);
    diagramLayout->addLayout(chooserRow);
    diagramLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(matrixBox);
    splitter->addWidget(diagramBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &DiagramPanel::showCurrent);
    connect(m_flowScene, &DiagramScene::hopClicked, this, &DiagramPanel::showHopFindings);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DiagramPanel::matrixCellSelected);
    connect(exportDiagramButton, &QPushButton::clicked, this,
            [this] { askAndExport(&DiagramPanel::exportDiagram, tr("Export diagram"), u"diagram.svg"_s); });
    connect(exportOverviewButton, &QPushButton::clicked, this,
            [this] { askAndExport(&DiagramPanel::exportOverview, tr("Export topology overview"), u"overview.svg"_s); });
    connect(exportMatrixButton, &QPushButton::clicked, this,
            [this] { askAndExport(&DiagramPanel::exportMatrix, tr("Export connection matrix"), u"matrix.svg"_s); });
    showCurrent();
}

DiagramPanel::~DiagramPanel() = default;

void DiagramPanel::setAnalysis(const wizard::Topology &topology, const QList<wizard::Finding> &findings,
                               const QList<wizard::Flow> &flows)
{
    m_topology = topology;
    m_findings = findings;
    m_flows = flows;
    m_matrixModel->setFlows(flows);
    fitMatrixHeight();
    rebuildChooser();
    showCurrent();
}

// The matrix takes the height of its rows (up to a third of a laptop screen, then it
// scrolls): the diagram below gets the rest.
void DiagramPanel::fitMatrixHeight()
{
    m_matrixView->fitSections();
    m_matrixView->setMaximumHeight(std::min(std::max(m_matrixView->contentHeight(), 60), 260));
}

void DiagramPanel::rebuildChooser()
{
    const QString previous = m_chooser->currentData().toString();
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    int select = -1;
    for (qsizetype i = 0; i < m_flows.size(); ++i) {
        const wizard::Flow &f = m_flows[i];
        m_chooser->addItem(tr("%1 (%2)").arg(f.scenarioId(), render::verdictDisplayName(f.overall)), f.scenarioId());
        if (f.scenarioId() == previous)
            select = int(i);
    }
    // A new plan opens on its first failing scenario, else its first.
    for (qsizetype i = 0; select < 0 && i < m_flows.size(); ++i) {
        if (m_flows[i].overall == wizard::Verdict::Fail)
            select = int(i);
    }
    m_chooser->setCurrentIndex(select >= 0 ? select : (m_flows.isEmpty() ? -1 : 0));
}

const wizard::Flow *DiagramPanel::currentFlow() const
{
    const int i = m_chooser->currentIndex();
    return i >= 0 && i < m_flows.size() ? &m_flows[i] : nullptr;
}

QString DiagramPanel::currentScenario() const
{
    const wizard::Flow *flow = currentFlow();
    return flow ? flow->scenarioId() : QString();
}

bool DiagramPanel::selectScenario(const QString &scenarioId)
{
    const int i = m_chooser->findData(scenarioId);
    if (i < 0)
        return false;
    m_chooser->setCurrentIndex(i);
    return true;
}

void DiagramPanel::showCurrent()
{
    const wizard::Flow *flow = currentFlow();
    if (flow) {
        QStringList tips;
        for (qsizetype h = 0; h < flow->hops.size(); ++h)
            tips << hopToolTip(*flow, h, m_findings);
        m_flowScene->showLayout(render::layoutFlowDiagram(*flow, m_topology, m_flowScene->measure()), tips);
        const QModelIndex cell = m_matrixModel->indexOfFlow(m_chooser->currentIndex());
        if (cell.isValid() && m_matrixView->currentIndex() != cell) {
            const QSignalBlocker blocker(m_matrixView->selectionModel());
            m_matrixView->setCurrentIndex(cell);
        }
    } else {
        render::DiagramLayout empty;
        const QString text = tr("No client scenario yet: add client groups and the mailbox servers that hold "
                                "their mailboxes.");
        empty.texts.append(
            render::TextBlock{QRectF(24, 24, m_flowScene->measure().widthOf(text), 20), {text}, false, std::nullopt});
        empty.canvas = QSizeF(empty.texts.first().rect.right() + 24, 68);
        m_flowScene->showLayout(empty);
    }
    m_overviewScene->showLayout(render::layoutTopologyOverview(m_topology, flow, m_overviewScene->measure()));
}

void DiagramPanel::showHopFindings(int hopIndex)
{
    const wizard::Flow *flow = currentFlow();
    if (!flow)
        return;
    const QList<wizard::Finding> behind = render::findingsOfHop(*flow, hopIndex, m_findings);
    if (!behind.isEmpty())
        emit findingActivated(behind.first());
}

void DiagramPanel::matrixCellSelected()
{
    const int flowIndex = m_matrixView->currentIndex().data(ConnectionMatrixModel::FlowIndexRole).toInt();
    if (m_matrixView->currentIndex().isValid() && flowIndex >= 0 && flowIndex < m_chooser->count()) {
        m_chooser->setCurrentIndex(flowIndex);
        m_tabs->setCurrentWidget(m_flowView);
    }
}

std::optional<QString> DiagramPanel::exportDiagram(const QString &path) const
{
    const wizard::Flow *flow = currentFlow();
    if (!flow)
        return tr("%1: there is no scenario to draw").arg(path);
    return render::exportDiagram(m_flowScene->layout(), m_flowScene->measure(), path, flow->scenarioId());
}

std::optional<QString> DiagramPanel::exportOverview(const QString &path) const
{
    return render::exportDiagram(m_overviewScene->layout(), m_overviewScene->measure(), path, tr("Topology overview"));
}

std::optional<QString> DiagramPanel::exportMatrix(const QString &path) const
{
    const render::TextMeasure measure = render::fontTextMeasure();
    const QString title = tr("Connection matrix");
    return render::exportDiagram(render::layoutConnectionMatrix(m_flows, title, measure), measure, path, title);
}

void DiagramPanel::askAndExport(std::optional<QString> (DiagramPanel::*write)(const QString &) const,
                                const QString &title, const QString &suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(this, title, suggestedName,
                                                      tr("SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const std::optional<QString> error = (this->*write)(path))
        QMessageBox::warning(this, title, *error);
}

} // namespace ui
