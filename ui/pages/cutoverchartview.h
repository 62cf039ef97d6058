#pragma once

#include <QDate>
#include <QtCharts/QChartView>

class QGraphicsLineItem;
class QGraphicsSimpleTextItem;

namespace ui {

class PlanSession;

// A view of a cutover chart that asks for no more than its readable minimum: the page
// scrolls as one, and its height for the width is the sum of what each part prefers;
// QGraphicsView prefers most of the screen, which pushed the chart's time axis out of
// view even at 1920x1080. The room that is left still goes to the chart (it has the
// page's stretch).
class CutoverChartView : public QChartView
{
public:
    using QChartView::QChartView;
    QSize sizeHint() const override { return {QChartView::sizeHint().width(), minimumHeight()}; }
};

// The users chart, whose dashed wave lines can be dragged with the mouse to another date
// (the plan's waves, read from the session). The view only shows the drag: the page makes
// the edit when waveDropped() arrives.
class WaveDragChartView : public CutoverChartView
{
    Q_OBJECT

public:
    explicit WaveDragChartView(const PlanSession *session, QWidget *parent = nullptr);

    // Where a dated wave's line is drawn, in the viewport; -1 when the wave is not dated
    // or not on the chart.
    int waveLineX(int wave) const;

signals:
    void waveGrabbed(int wave);
    // Released on `date` (the nearest day), which may be the wave's own.
    void waveDropped(int wave, QDate date);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool hasPlot() const;
    int waveNear(QPoint pos) const;
    QDate dateAt(QPoint pos) const;
    void showDragGuide(QPoint pos);

    const PlanSession *m_session;
    int m_dragWave = -1; // the wave whose line is being dragged
    QGraphicsLineItem *m_dragLine = nullptr;
    QGraphicsSimpleTextItem *m_dragLabel = nullptr;
};

} // namespace ui
