#include "diagramview.h"

#include "diagramscene.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
constexpr qreal ZoomStep = 1.25;
} // namespace

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setFocusPolicy(Qt::StrongFocus);
    // Zoom around the mouse for the wheel and pinch, around the centre for the keys.
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    viewport()->grabGesture(Qt::PinchGesture);
    connect(m_scene, &DiagramScene::currentHopChanged, this, &DiagramView::currentHopChanged);
    connect(m_scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (m_fit)
            refit();
    });
}

void DiagramView::applyZoom(qreal zoom, bool fit, bool readable)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    m_fit = fit;
    m_fitReadable = fit && readable;
    const bool changed = !qFuzzyCompare(zoom, m_zoom);
    m_zoom = zoom;
    setTransform(QTransform::fromScale(m_zoom * m_textScale, m_zoom * m_textScale));
    if (changed)
        emit zoomChanged(m_zoom);
}

void DiagramView::setZoom(qreal zoom)
{
    applyZoom(zoom, false);
}

void DiagramView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(m_zoom * ZoomStep);
    setTransformationAnchor(anchor);
}

void DiagramView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(m_zoom / ZoomStep);
    setTransformationAnchor(anchor);
}

void DiagramView::resetZoom()
{
    setZoom(1.0);
}

void DiagramView::fitToWindow()
{
    m_fit = true;
    m_fitReadable = false;
    refit();
}

void DiagramView::refit()
{
    const bool readable = m_fitReadable;
    const QRectF rect = sceneRect();
    if (rect.isEmpty()) {
        applyZoom(1.0, true, readable);
        return;
    }
    // A little room around the canvas so that its border never touches the frame.
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(8, 8);
    const qreal scale = std::min(room.width() / rect.width(), room.height() / rect.height()) / m_textScale;
    if (!readable) {
        applyZoom(scale, true);
        centerOn(rect.center());
        return;
    }
    // Whole when that is readable, never larger than 100%; else readable from the top
    // left, where the scenario's title and Part A begin.
    applyZoom(std::clamp(scale, ReadableZoom, 1.0), true, true);
    if (scale >= ReadableZoom)
        centerOn(rect.center());
    else
        ensureVisible(QRectF(rect.topLeft(), QSizeF(1, 1)), 0, 0);
}

void DiagramView::setTextScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    if (m_fit)
        refit();
    else
        applyZoom(m_zoom, false);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // One notch (120) is one zoom step; touchpads send smaller deltas more often.
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        setZoom(m_zoom * std::pow(ZoomStep, steps));
    event->accept();
}

bool DiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        // Touchpad pinch (macOS, Wayland and X11 with libinput): value() is the change
        // of scale since the last event.
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(m_zoom * (1.0 + gesture->value()));
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fit)
        refit();
    emit viewportResized();
}

bool DiagramView::moveHop(int direction)
{
    const QList<int> hops = m_scene->hops();
    if (hops.isEmpty())
        return false;
    const qsizetype at = hops.indexOf(m_scene->currentHop());
    qsizetype next = 0;
    if (at < 0)
        next = direction > 0 ? 0 : hops.size() - 1;
    else
        next = at + direction;
    if (next < 0 || next >= hops.size())
        return false;
    m_scene->setCurrentHop(hops[next]);
    return true;
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool plain = !(event->modifiers() & ~Qt::KeypadModifier);
    if (plain && (key == Qt::Key_Return || key == Qt::Key_Enter) && m_scene->currentHop() >= 0) {
        emit hopActivated(m_scene->currentHop());
        return;
    }
    const bool arrow = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if (!m_arrowsMoveHops
        && (arrow || key == Qt::Key_PageUp || key == Qt::Key_PageDown || key == Qt::Key_Space || key == Qt::Key_Home
            || key == Qt::Key_End)) {
        event->ignore(); // the presentation's: next / previous scenario
        return;
    }
    if (plain && arrow) {
        moveHop(key == Qt::Key_Left || key == Qt::Key_Up ? -1 : +1);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

bool DiagramView::focusNextPrevChild(bool next)
{
    // Tab walks the hops first, then leaves the diagram.
    if (hasFocus() && moveHop(next ? +1 : -1))
        return true;
    return QGraphicsView::focusNextPrevChild(next);
}

void DiagramView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    if (m_scene->currentHop() < 0) {
        if (event->reason() == Qt::TabFocusReason)
            moveHop(+1);
        else if (event->reason() == Qt::BacktabFocusReason)
            moveHop(-1);
    }
}

void DiagramView::currentHopChanged(int hopIndex)
{
    if (m_baseName.isEmpty())
        m_baseName = accessibleName();
    const QString name = m_scene->hopName(hopIndex);
    setAccessibleName(hopIndex >= 0 && !name.isEmpty() ? name : m_baseName);
    if (hopIndex >= 0)
        ensureVisible(m_scene->hopRect(hopIndex), 24, 24);
    if (QAccessible::isActive()) {
        QAccessibleEvent accessibleEvent(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&accessibleEvent);
    }
}

} // namespace ui
