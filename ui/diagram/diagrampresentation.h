#pragma once

#include "flows/flow.h"

#include <QList>
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
    // "Road warriors / External / EX2010MBX: Fail", "Scenario 3 of 4", and why each hop
    // has its verdict: under the diagram, every hop's verdict, or the hop the keyboard is
    // on (Tab) with its reason, in type that grows with the window's.
    void setScenario(const QString &title, int number, int count, const QList<wizard::Hop> &hops = {});
    QString explanationText() const;

signals:
    // +1 / -1 for next / previous, or the absolute target with `absolute`.
    void scenarioRequested(int step, bool absolute);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showExplanation();
    void scaleType();

    DiagramScene *m_scene;
    QList<wizard::Hop> m_hops;
    QLabel *m_title;
    QLabel *m_position;
    DiagramView *m_view;
    QLabel *m_why;
    QLabel *m_hint = nullptr;
};

} // namespace ui
