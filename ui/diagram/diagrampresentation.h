#pragma once

#include <QWidget>

class QLabel;

namespace ui {

class DiagramScene;
class DiagramView;

// Full screen, for a workshop: one scenario's diagram (Part A and Part B) as large as the
// screen allows, its name and verdict above. Next / previous scenario on the arrow keys,
// PageDown / PageUp (what presenter remotes send) and Space; Home / End the first and
// last; Escape or F5 closes. It shows the panel's own scene: choosing a scenario here
// chooses it in the review too.
class DiagramPresentation : public QWidget
{
    Q_OBJECT

public:
    DiagramPresentation(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramView *view() const { return m_view; }
    // "Road warriors / external / EX2010MBX: Fail", "Scenario 3 of 4".
    void setScenario(const QString &title, int number, int count);

signals:
    // +1 / -1 for next / previous, or the absolute target with `absolute`.
    void scenarioRequested(int step, bool absolute);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_position;
    DiagramView *m_view;
};

} // namespace ui
