#pragma once

#include "checks/finding.h"
#include "diagramlayout.h"
#include "flows/flow.h"
#include "topology/topology.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTabWidget;

namespace ui {

class ConnectionMatrixModel;
class ConnectionMatrixView;
class DiagramPresentation;
class DiagramScene;
class DiagramView;

// The review's picture of the plan: the connection matrix (select a cell to see its
// scenario), the diagram of the chosen scenario (Part A / Part B, a verdict per hop;
// hover a hop for its findings, click it to go to the field) and the topology overview
// with that scenario's path, each exportable as SVG, PNG or PDF. It only displays the
// engine's results given to setAnalysis().
class DiagramPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiagramPanel(QWidget *parent = nullptr);
    ~DiagramPanel() override;

    void setAnalysis(const wizard::Topology &topology, const QList<wizard::Finding> &findings,
                     const QList<wizard::Flow> &flows);

    // "Sales / external / EX2010MBX", or empty when the plan has no scenario.
    QString currentScenario() const;
    bool selectScenario(const QString &scenarioId);

    DiagramScene *flowScene() const { return m_flowScene; }
    DiagramView *flowView() const { return m_flowView; }
    DiagramScene *overviewScene() const { return m_overviewScene; }
    ConnectionMatrixModel *matrixModel() const { return m_matrixModel; }

    // Workshop mode: the diagrams' type grows with the window's (1.5).
    void setTextScale(qreal scale);
    // F5: the current scenario full screen (DiagramPresentation); null when closed.
    void present();
    DiagramPresentation *presentation() const;
    QAction *presentAction() const { return m_presentAction; }

    // Write the current diagram / overview / matrix; an error message naming the file.
    std::optional<QString> exportDiagram(const QString &path) const;
    std::optional<QString> exportOverview(const QString &path) const;
    std::optional<QString> exportMatrix(const QString &path) const;

signals:
    // A hop was clicked: the first finding behind its verdict (to jump to its field).
    void findingActivated(const wizard::Finding &finding);

private:
    void createZoomActions(QWidget *zoomRow);
    void stepScenario(int step, bool absolute);
    void updatePresentation();
    void rebuildChooser();
    void showCurrent();
    render::DiagramLayout layoutFlow(const wizard::Flow &flow, render::FlowArrangement *chosen) const;
    void showHopFindings(int hopIndex);
    void matrixCellSelected();
    void askAndExport(std::optional<QString> (DiagramPanel::*write)(const QString &) const, const QString &title,
                      const QString &suggestedName);
    const wizard::Flow *currentFlow() const;

    wizard::Topology m_topology;
    QList<wizard::Finding> m_findings;
    QList<wizard::Flow> m_flows;

    QComboBox *m_chooser;
    QTabWidget *m_tabs;
    DiagramView *m_flowView;
    DiagramView *m_overviewView;
    QLabel *m_zoomLabel = nullptr;
    QAction *m_presentAction = nullptr;
    QPointer<DiagramPresentation> m_presentation;
    // How the shown diagram is arranged: Part B beside or under Part A, whichever draws
    // it larger in the view (or on the presentation's screen).
    render::FlowArrangement m_arrangement = render::FlowArrangement::OneRow;
    ConnectionMatrixView *m_matrixView;
    DiagramScene *m_flowScene;
    DiagramScene *m_overviewScene;
    ConnectionMatrixModel *m_matrixModel;
};

} // namespace ui
