#pragma once

#include <QObject>
#include <QPointer>

class QEvent;
class QScrollArea;
class QTableView;

namespace ui {

// A table in a scrolling page is as tall as its rows, so that the page scrolls as one and
// no row is cut in half by a second scroll bar. It keeps room for `minimumRows` (an empty
// table's hint, a row to add). A table of more rows than the page's view holds is as tall
// as that view: scrolled to, it is whole on the screen and scrolls its own rows. The fit
// follows the model's rows, the rows' heights, the type and the page's size on its own.
class RowsHeightFit : public QObject
{
    Q_OBJECT

public:
    RowsHeightFit(QTableView *view, int minimumRows);
    // The height the table takes now (header, rows, frame, a sideways scroll bar).
    int fittedHeight() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void queueFit();
    void fit();
    QScrollArea *page() const;

    QTableView *m_view;
    int m_minimumRows;
    bool m_queued = false;
    QPointer<QObject> m_watchedPage;
};

} // namespace ui
