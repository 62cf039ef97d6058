#include "cutoverchartview.h"

#include "cutoverchart.h"
#include "session/plansession.h"

#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QTimeZone>
#include <QtCharts/QChart>

#include <algorithm>
#include <cmath>

namespace ui {

WaveDragChartView::WaveDragChartView(const PlanSession *session, QWidget *parent)
    : CutoverChartView(parent)
    , m_session(session)
{
    setToolTip(tr("Drag a wave's dashed line to move the wave to another date."));
    viewport()->setMouseTracking(true);
}

bool WaveDragChartView::hasPlot() const
{
    return chart() && !chart()->series().isEmpty();
}

int WaveDragChartView::waveLineX(int wave) const
{
    const QList<wizard::Wave> &waves = m_session->topology().cutover.waves;
    if (wave < 0 || wave >= waves.size() || !waves[wave].date.isValid() || !hasPlot())
        return -1;
    const QPointF scene
        = chart()->mapToPosition(QPointF(charts::chartTime(waves[wave].date), 0), chart()->series().first());
    const QRectF plot = chart()->plotArea();
    if (scene.x() < plot.left() - 0.5 || scene.x() > plot.right() + 0.5)
        return -1;
    return mapFromScene(scene).x();
}

int WaveDragChartView::waveNear(QPoint pos) const
{
    const QRectF plot = chart()->plotArea();
    const QPointF scene = mapToScene(pos);
    if (scene.y() < plot.top() || scene.y() > plot.bottom())
        return -1;
    // Within half a finger's width of the line; the nearest wins.
    const int reach = std::max(4, fontMetrics().height() / 3);
    int best = -1;
    int bestDistance = reach + 1;
    for (int w = 0; w < m_session->topology().cutover.waves.size(); ++w) {
        const int x = waveLineX(w);
        if (x >= 0 && std::abs(x - pos.x()) < bestDistance) {
            best = w;
            bestDistance = std::abs(x - pos.x());
        }
    }
    return best;
}

QDate WaveDragChartView::dateAt(QPoint pos) const
{
    const QRectF plot = chart()->plotArea();
    QPointF scene = mapToScene(pos);
    scene.setX(std::clamp(scene.x(), plot.left(), plot.right()));
    const qreal msecs = chart()->mapToValue(scene, chart()->series().first()).x();
    // The nearest midnight: the chart's days start at 00:00 UTC.
    const qint64 day = 24 * 3600 * 1000;
    const qint64 rounded = qint64(std::floor((msecs + day / 2) / day)) * day;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(rounded, QTimeZone::UTC).date();
#else
    return QDateTime::fromMSecsSinceEpoch(rounded, Qt::UTC).date();
#endif
}

void WaveDragChartView::showDragGuide(QPoint pos)
{
    const QDate date = dateAt(pos);
    const QRectF plot = chart()->plotArea();
    const qreal x = chart()->mapToPosition(QPointF(charts::chartTime(date), 0), chart()->series().first()).x();
    if (!m_dragLine) {
        // In the chart's scene, which the page's next refresh replaces with the chart.
        m_dragLine = new QGraphicsLineItem;
        m_dragLine->setPen(QPen(palette().color(QPalette::Highlight), 2));
        m_dragLine->setZValue(100);
        chart()->scene()->addItem(m_dragLine);
        m_dragLabel = new QGraphicsSimpleTextItem;
        m_dragLabel->setZValue(101);
        m_dragLabel->setFont(font());
        chart()->scene()->addItem(m_dragLabel);
    }
    m_dragLine->setLine(x, plot.top(), x, plot.bottom());
    const QList<wizard::Wave> &waves = m_session->topology().cutover.waves;
    const QString name = m_dragWave < waves.size() ? waves[m_dragWave].name : QString();
    m_dragLabel->setText(tr("%1 on %2").arg(name, date.toString(Qt::ISODate)));
    // Beside the line, on the side with room.
    const qreal w = m_dragLabel->boundingRect().width();
    const qreal left = x + 6 + w <= plot.right() ? x + 6 : x - 6 - w;
    m_dragLabel->setPos(left, plot.top() + 4);
}

void WaveDragChartView::mousePressEvent(QMouseEvent *event)
{
    if (m_dragWave >= 0)
        return; // another button during a drag
    if (hasPlot() && event->button() == Qt::LeftButton) {
        const QPoint pos = event->position().toPoint();
        if (const int wave = waveNear(pos); wave >= 0) {
            m_dragWave = wave;
            emit waveGrabbed(wave);
            showDragGuide(pos);
            return;
        }
    }
    CutoverChartView::mousePressEvent(event);
}

void WaveDragChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragWave >= 0) {
        showDragGuide(pos);
        return;
    }
    if (hasPlot()) {
        if (waveNear(pos) >= 0)
            viewport()->setCursor(Qt::SizeHorCursor);
        else
            viewport()->unsetCursor();
    }
    CutoverChartView::mouseMoveEvent(event);
}

void WaveDragChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragWave < 0) {
        CutoverChartView::mouseReleaseEvent(event);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    const int wave = m_dragWave;
    const QDate to = hasPlot() ? dateAt(event->position().toPoint()) : QDate();
    m_dragWave = -1;
    delete m_dragLine;
    delete m_dragLabel;
    m_dragLine = nullptr;
    m_dragLabel = nullptr;
    viewport()->unsetCursor();
    emit waveDropped(wave, to);
}

} // namespace ui
