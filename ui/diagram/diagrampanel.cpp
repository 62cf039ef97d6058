#include "diagrampanel.h"

#include "connectionmatrixmodel.h"
#include "connectionmatrixview.h"
#include "diagramexport.h"
#include "diagrampainter.h"
#include "diagrampresentation.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "hopfindings.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
DiagramView *makeView(DiagramScene *scene, const QString &name, const QString &accessibleName)
{
    auto *view = new DiagramView(scene);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setAccessibleDescription(DiagramPanel::tr("Ctrl+wheel or Ctrl+plus / minus zooms; the arrow keys or Tab "
                                                    "move from hop to hop, Enter opens the field behind a hop."));
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
        = u"<b>%1</b><br>"_s.arg(QCoreApplication::translate("render", "%1 \u2014 %2")
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
// The platform's keys for `standard`, then those of `extra` it lacks (one key bound
// twice would make the shortcut ambiguous).
QList<QKeySequence> withKeys(QKeySequence::StandardKey standard, const QList<QKeySequence> &extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    for (const QKeySequence &key : extra) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

// What a screen reader says on a hop: the hop, its verdict and why (plain text).
QString hopAccessibleName(const wizard::Flow &flow, qsizetype hop, const QList<wizard::Finding> &findings)
{
    const wizard::Hop &h = flow.hops[hop];
    QStringList why;
    for (const wizard::Finding &f : render::findingsOfHop(flow, hop, findings))
        why.append(f.message);
    if (why.isEmpty() && !h.note.isEmpty())
        why.append(h.note);
    const QString name = QCoreApplication::translate("render", "%1 \u2014 %2")
                             .arg(render::hopDisplayName(h.kind), render::verdictDisplayName(h.verdict));
    return why.isEmpty() ? name : DiagramPanel::tr("%1. %2").arg(name, why.join(u' '));
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
    m_flowView = makeView(m_flowScene, u"flowDiagramView"_s, tr("Scenario diagram"));
    m_overviewView = makeView(m_overviewScene, u"overviewView"_s, tr("Topology overview"));
    m_matrixView = new ConnectionMatrixView(this);
    m_matrixView->setObjectName(u"connectionMatrix"_s);
    m_matrixView->setMatrixModel(m_matrixModel);
    m_tabs->setObjectName(u"diagramTabs"_s);
    // The matrix is a tab beside the diagrams, not above them: the diagram gets the
    // panel's whole height (at 1366x768 in workshop mode a matrix above it left the
    // diagram a strip). Clicking a cell, or Enter on it, shows its diagram.
    // Short tab titles: the tabs and the zoom buttons share one row even in workshop type.
    m_tabs->addTab(m_flowView, tr("Diagram"));
    m_tabs->addTab(m_matrixView, tr("Connection matrix"));
    m_tabs->addTab(m_overviewView, tr("Topology"));
    m_tabs->setTabToolTip(0, tr("The chosen scenario's diagram: Part A and Part B"));
    m_tabs->setTabToolTip(2, tr("Topology overview: every server by site, the chosen scenario's path marked"));

    // One row above the tabs: the scenario (the matrix's cell and the diagram follow it)
    // and one Export menu.
    // A push button with a menu: the style draws its arrow beside the text, not over it.
    auto *exportButton = new QPushButton(tr("Export"), this);
    exportButton->setObjectName(u"exportDiagramsButton"_s);
    exportButton->setToolTip(tr("Export the scenario diagram, the topology overview or the connection matrix as "
                                "SVG, PNG or PDF"));
    auto *exportMenu = new QMenu(exportButton);
    QAction *exportDiagramAction = exportMenu->addAction(tr("Scenario &diagram…"));
    exportDiagramAction->setObjectName(u"exportDiagramAction"_s);
    QAction *exportOverviewAction = exportMenu->addAction(tr("Topology &overview…"));
    exportOverviewAction->setObjectName(u"exportOverviewAction"_s);
    QAction *exportMatrixAction = exportMenu->addAction(tr("Connection &matrix…"));
    exportMatrixAction->setObjectName(u"exportMatrixAction"_s);
    exportButton->setMenu(exportMenu);
    m_matrixView->setToolTip(tr("Connection matrix: click a cell, or press Enter on it, to see its diagram"));

    auto *chooserRow = new QHBoxLayout;
    auto *chooserLabel = new QLabel(tr("&Scenario:"), this);
    chooserLabel->setBuddy(m_chooser);
    chooserRow->addWidget(chooserLabel);
    chooserRow->addWidget(m_chooser, 1);
    chooserRow->addWidget(exportButton);
    // The zoom and present buttons sit beside the tabs they act on: the diagram keeps
    // the height a row of buttons would take (1366x768 in workshop mode has little).
    auto *zoomRow = new QWidget(this);
    createZoomActions(zoomRow);
    m_tabs->setCornerWidget(zoomRow, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(chooserRow);
    layout->addWidget(m_tabs, 1);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &DiagramPanel::showCurrent);
    connect(m_flowScene, &DiagramScene::hopClicked, this, &DiagramPanel::showHopFindings);
    connect(m_flowView, &DiagramView::hopActivated, this, &DiagramPanel::showHopFindings);
    // The arrangement follows the view's shape (a window made narrower puts Part B under
    // Part A); only a change of arrangement lays the diagram out again.
    connect(m_flowView, &DiagramView::viewportResized, this, [this] {
        render::FlowArrangement arrangement = m_arrangement;
        if (const wizard::Flow *flow = currentFlow(); flow && !presentation()) {
            layoutFlow(*flow, &arrangement);
            if (arrangement != m_arrangement)
                showCurrent();
        }
    });
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DiagramPanel::matrixCellSelected);
    // Arrowing through the cells follows the scenario; a click or Enter goes to its diagram.
    const auto showCellDiagram = [this](const QModelIndex &cell) {
        if (cell.data(ConnectionMatrixModel::FlowIndexRole).toInt() >= 0)
            m_tabs->setCurrentWidget(m_flowView);
    };
    connect(m_matrixView, &QAbstractItemView::clicked, this, showCellDiagram);
    connect(m_matrixView, &QAbstractItemView::activated, this, showCellDiagram);
    connect(exportDiagramAction, &QAction::triggered, this,
            [this] { askAndExport(&DiagramPanel::exportDiagram, tr("Export diagram"), u"diagram.svg"_s); });
    connect(exportOverviewAction, &QAction::triggered, this,
            [this] { askAndExport(&DiagramPanel::exportOverview, tr("Export topology overview"), u"overview.svg"_s); });
    connect(exportMatrixAction, &QAction::triggered, this,
            [this] { askAndExport(&DiagramPanel::exportMatrix, tr("Export connection matrix"), u"matrix.svg"_s); });
    showCurrent();
}

DiagramPanel::~DiagramPanel() = default;

void DiagramPanel::createZoomActions(QWidget *zoomRow)
{
    // The view on the current tab is the one zoomed; shortcuts work anywhere in the panel.
    const auto currentView = [this] { return m_tabs->currentWidget() == m_overviewView ? m_overviewView : m_flowView; };
    // Short button texts (the corner beside the tabs is narrow); the tooltip and the
    // accessible name say the whole action.
    struct ZoomAction
    {
        QString buttonText;
        QString text;
        QString name;
        QList<QKeySequence> keys;
        void (DiagramView::*apply)();
    };
    const ZoomAction zoomActions[] = {
        {tr("−"), tr("Zoom out"), u"zoomOutButton"_s,
         withKeys(QKeySequence::ZoomOut, {QKeySequence(Qt::CTRL | Qt::Key_Minus)}), &DiagramView::zoomOut},
        // Ctrl+= too: on most layouts "+" needs Shift.
        {tr("+"), tr("Zoom in"), u"zoomInButton"_s,
         withKeys(QKeySequence::ZoomIn,
                  {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)}),
         &DiagramView::zoomIn},
        {tr("F&it"),
         tr("F&it to window"),
         u"zoomFitButton"_s,
         {QKeySequence(Qt::CTRL | Qt::Key_0)},
         &DiagramView::fitToWindow},
        {tr("1:1"),
         tr("Actual size"),
         u"zoomResetButton"_s,
         {QKeySequence(Qt::CTRL | Qt::Key_1)},
         &DiagramView::resetZoom},
    };
    auto *row = new QHBoxLayout(zoomRow);
    row->setContentsMargins(0, 0, 0, 0);
    for (const ZoomAction &z : zoomActions) {
        auto *action = new QAction(z.text, this);
        action->setObjectName(z.name + u"Action"_s);
        action->setShortcuts(z.keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            tr("%1 (%2)").arg(QString(z.text).remove(u'&'), z.keys.first().toString(QKeySequence::NativeText)));
        addAction(action);
        connect(action, &QAction::triggered, this, [currentView, apply = z.apply] { (currentView()->*apply)(); });
        // Tool buttons: a push button is at least about 80 pixels wide whatever it says.
        auto *button = new QToolButton(zoomRow);
        button->setObjectName(z.name);
        button->setText(z.buttonText);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setToolTip(action->toolTip());
        button->setAccessibleName(QString(z.text).remove(u'&'));
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        row->addWidget(button);
    }
    m_zoomLabel = new QLabel(zoomRow);
    m_zoomLabel->setObjectName(u"zoomLabel"_s);
    row->addWidget(m_zoomLabel);
    row->addStretch(1);
    m_presentAction = new QAction(tr("&Present full screen"), this);
    m_presentAction->setObjectName(u"actionPresentDiagram"_s);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    // F5 from anywhere in the window while the review is shown (a hidden panel's
    // shortcut does not fire).
    m_presentAction->setShortcutContext(Qt::WindowShortcut);
    m_presentAction->setToolTip(tr("Show the scenario's diagram full screen; arrow keys or PageUp / PageDown for the "
                                   "previous / next scenario, Esc to close (F5)"));
    addAction(m_presentAction);
    connect(m_presentAction, &QAction::triggered, this, &DiagramPanel::present);
    auto *presentButton = makeButton(tr("&Present"), u"presentButton"_s, zoomRow);
    presentButton->setAccessibleName(tr("Present full screen"));
    presentButton->setToolTip(m_presentAction->toolTip());
    connect(presentButton, &QPushButton::clicked, m_presentAction, &QAction::trigger);
    row->addWidget(presentButton);
    const auto showZoom
        = [this, currentView] { m_zoomLabel->setText(tr("%1%").arg(qRound(currentView()->zoom() * 100))); };
    connect(m_flowView, &DiagramView::zoomChanged, m_zoomLabel, showZoom);
    connect(m_overviewView, &DiagramView::zoomChanged, m_zoomLabel, showZoom);
    connect(m_tabs, &QTabWidget::currentChanged, m_zoomLabel, showZoom);
    showZoom();
}

void DiagramPanel::setTextScale(qreal scale)
{
    m_flowView->setTextScale(scale);
    m_overviewView->setTextScale(scale);
}

void DiagramPanel::present()
{
    if (m_presentation) {
        m_presentation->close();
        return;
    }
    auto *presentation = new DiagramPresentation(m_flowScene, this);
    m_presentation = presentation;
    connect(presentation, &DiagramPresentation::scenarioRequested, this, &DiagramPanel::stepScenario);
    connect(presentation->view(), &DiagramView::hopActivated, this, [this, presentation](int hop) {
        presentation->close();
        showHopFindings(hop);
    });
    // Back to one row in the panel when the presentation closes.
    connect(presentation, &QObject::destroyed, this,
            [this] { QMetaObject::invokeMethod(this, &DiagramPanel::showCurrent, Qt::QueuedConnection); });
    presentation->showFullScreen();
    showCurrent();
    updatePresentation();
    presentation->activateWindow();
    presentation->view()->setFocus();
}

DiagramPresentation *DiagramPanel::presentation() const
{
    return m_presentation;
}

void DiagramPanel::stepScenario(int step, bool absolute)
{
    const int count = m_chooser->count();
    if (count == 0)
        return;
    int target = absolute ? (step < 0 ? count - 1 : step) : m_chooser->currentIndex() + step;
    target = std::clamp(target, 0, count - 1);
    if (target != m_chooser->currentIndex())
        m_chooser->setCurrentIndex(target);
}

void DiagramPanel::updatePresentation()
{
    if (!m_presentation)
        return;
    const wizard::Flow *flow = currentFlow();
    m_presentation->setScenario(flow ? tr("%1: %2").arg(flow->scenarioId(), render::verdictDisplayName(flow->overall))
                                     : tr("No client scenario yet"),
                                m_chooser->currentIndex() + 1, m_chooser->count(),
                                flow ? flow->hops : QList<wizard::Hop>());
}

void DiagramPanel::setAnalysis(const wizard::Topology &topology, const QList<wizard::Finding> &findings,
                               const QList<wizard::Flow> &flows)
{
    m_topology = topology;
    m_findings = findings;
    m_flows = flows;
    m_matrixModel->setFlows(flows);
    m_matrixView->fitSections();
    rebuildChooser();
    showCurrent();
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

render::DiagramLayout DiagramPanel::layoutFlow(const wizard::Flow &flow, render::FlowArrangement *chosen) const
{
    // Full screen, the diagram alone (the presentation writes why each hop has its
    // verdict in its own type). Part B under Part A when that draws the diagram larger
    // on the screen or in the view: a wide screen then shows it at about twice the
    // size, the panel at 1366x768 with less scrolling sideways. The view's size without
    // its scroll bars' coming and going, which would flip the choice back and forth.
    const QWidget *presenting = presentation();
    const render::FlowText text = presenting ? render::FlowText::DiagramOnly : render::FlowText::WithExplanations;
    render::DiagramLayout layout = render::layoutFlowDiagram(flow, m_topology, m_flowScene->measure(),
                                                             render::FlowArrangement::OneRow, {}, text);
    *chosen = render::FlowArrangement::OneRow;
    const QScreen *screen = presenting ? presenting->screen() : nullptr;
    const QSizeF area
        = screen ? QSizeF(screen->size()) : QSizeF(presenting ? presenting->size() : m_flowView->contentsRect().size());
    // A view not on screen yet keeps one row (its size means nothing until it is shown).
    if (layout.canvas.isEmpty() || area.isEmpty() || (!presenting && !m_flowView->isVisible()))
        return layout;
    render::DiagramLayout below = render::layoutFlowDiagram(flow, m_topology, m_flowScene->measure(),
                                                            render::FlowArrangement::PartBBelow, {}, text);
    if (below.canvas.isEmpty())
        return layout;
    const qreal textScale = presenting ? 1.0 : m_flowView->textScale();
    const auto fit = [&](const render::DiagramLayout &l) {
        return std::min(area.width() / l.canvas.width(), area.height() / l.canvas.height()) / textScale;
    };
    bool takeBelow = fit(below) > fit(layout);
    if (!presenting) {
        // The zoom the view will show it at: its own while the user has zoomed, else
        // the whole diagram or, when that would be too small to read, ReadableZoom.
        const auto shownWidth = [&](const render::DiagramLayout &l) {
            const qreal zoom = m_flowView->fitsWindow() ? fit(l)
                : m_flowView->fitsReadably()            ? std::clamp(fit(l), DiagramView::ReadableZoom, 1.0)
                                                        : m_flowView->zoom();
            return l.canvas.width() * zoom * textScale;
        };
        // Scrolling down through a diagram reads on; scrolling sideways loses Part A
        // while Part B shows. When one row is wider than the view, the narrower
        // arrangement, Part B under Part A (1920x1080 in workshop mode cut Part B off).
        if (shownWidth(layout) > area.width())
            takeBelow = true;
    }
    if (takeBelow) {
        *chosen = render::FlowArrangement::PartBBelow;
        return below;
    }
    return layout;
}

void DiagramPanel::showCurrent()
{
    const wizard::Flow *flow = currentFlow();
    if (flow) {
        QStringList tips;
        QStringList names;
        for (qsizetype h = 0; h < flow->hops.size(); ++h) {
            tips << hopToolTip(*flow, h, m_findings);
            names << hopAccessibleName(*flow, h, m_findings);
        }
        render::DiagramLayout layout = layoutFlow(*flow, &m_arrangement);
        m_flowScene->showLayout(layout, tips, names);
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
    updatePresentation();
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
