#pragma once

#include <QGraphicsView>

namespace ui {

class DiagramScene;

// A view of a DiagramScene that zooms (Ctrl+wheel, pinch, zoomIn/zoomOut, 100%, fit to
// the window) and that the keyboard can walk: Tab/Shift+Tab and, unless the view is a
// presentation, the arrow keys move from hop to hop, Enter opens the field behind the
// current hop (hopActivated). The view's accessible name is the current hop's name
// (its verdict and why), so a screen reader says what the highlight shows.
//
// Zoom 1.0 ("100%") is the diagram's own size times the text scale: workshop mode sets
// a text scale of 1.5 so that the diagram's type grows with the rest of the window.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return m_zoom; }
    bool fitsWindow() const { return m_fit && !m_fitReadable; }
    // Until the user zooms, the view shows the diagram whole when it fits at a readable
    // size (at most 100%, at least ReadableZoom), else at ReadableZoom from its top left.
    bool fitsReadably() const { return m_fit && m_fitReadable; }
    void setZoom(qreal zoom); // leaves fit mode
    void zoomIn();
    void zoomOut();
    void resetZoom(); // 100%
    void fitToWindow(); // and keep fitting when the window or the diagram changes
    void setTextScale(qreal scale);
    qreal textScale() const { return m_textScale; }

    // False in the presentation: there the arrow keys change the scenario.
    void setArrowsMoveHops(bool on) { m_arrowsMoveHops = on; }
    // Moves the current hop by `direction` (+1 / -1); false at either end.
    bool moveHop(int direction);

    static constexpr qreal MinZoom = 0.25;
    static constexpr qreal MaxZoom = 4.0;
    // The smallest zoom the view opens at on its own: three quarters of the diagram's
    // type (in workshop mode still larger than the window's normal type).
    static constexpr qreal ReadableZoom = 0.75;

signals:
    void zoomChanged(qreal zoom);
    void viewportResized();
    void hopActivated(int hopIndex);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void applyZoom(qreal zoom, bool fit, bool readable = false);
    void refit();
    void currentHopChanged(int hopIndex);

    DiagramScene *m_scene;
    qreal m_zoom = 1.0;
    qreal m_textScale = 1.0;
    bool m_fit = true;
    bool m_fitReadable = true;
    bool m_arrowsMoveHops = true;
    QString m_baseName;
};

} // namespace ui
