#pragma once

#include <QWidget>

class QAction;
class QDockWidget;
class QLabel;
class QToolButton;

namespace ui {

// The findings dock's title bar: its name, the findings panel's filter row (severity,
// search, counts) and the float and close buttons in one row. At 1366x768 in workshop
// mode a title bar of its own and the filter row under it took two rows of the height
// the page above needs. Mouse presses it does not use go to the dock (drag to move or
// float it, double-click to float or dock it again). A fold button (the window's "Findings
// list" action) folds the list away and leaves the counts in this row.
class FindingsDockTitle : public QWidget
{
    Q_OBJECT

public:
    FindingsDockTitle(QDockWidget *dock, QWidget *filterBar, QAction *listShown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitButtons();

    QLabel *m_title;
    QAction *m_listShown;
    QToolButton *m_fold;
    QToolButton *m_float;
    QToolButton *m_close;
};

} // namespace ui
