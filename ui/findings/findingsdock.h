#pragma once

#include <QDockWidget>

class QAction;
class QMainWindow;

namespace ui {

class FindingsPanel;

// The findings panel in the main window's bottom dock: its title bar holds the panel's
// filter row (FindingsDockTitle), its height follows the number of findings, and its
// list folds away (View > Findings list, Ctrl+J), by itself in workshop mode on a short
// screen.
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    FindingsDock(FindingsPanel *panel, QMainWindow *window);

    // View > Findings list: checked while the list is shown.
    QAction *listAction() const { return m_list; }
    // Fits the dock to the findings under the filter (see refit), once the panel has them.
    void refit(bool newDocument);
    // Fits the dock again to the rows it was last fitted to: after a font change.
    void fitAgain() { fitRows(m_rows); }
    // Workshop mode on: a short screen folds the list; off: the list comes back as it
    // was before.
    // typeScale: the workshop type against its size on a 1366x768 screen (1 there).
    void setWorkshopMode(bool on, qreal typeScale = 1.0);

private:
    void fitRows(int rows);
    void setListShown(bool shown);

    QMainWindow *m_window;
    FindingsPanel *m_panel;
    QAction *m_list;
    // The rows the dock was last fitted to and the height it was given.
    int m_rows = 0;
    int m_height = -1;
    bool m_listBeforeWorkshop = true;
};

} // namespace ui
