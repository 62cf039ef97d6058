#include "rowsheightfit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace ui {

RowsHeightFit::RowsHeightFit(QTableView *view, int minimumRows)
    : QObject(view)
    , m_view(view)
    , m_minimumRows(minimumRows)
{
    view->installEventFilter(this);
    const auto queue = [this] { queueFit(); };
    connect(view->verticalHeader(), &QHeaderView::sectionResized, this, queue);
    connect(view->verticalHeader(), &QHeaderView::sectionCountChanged, this, queue);
    connect(view->horizontalScrollBar(), &QScrollBar::rangeChanged, this, queue);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::rowsInserted, this, queue);
        connect(model, &QAbstractItemModel::rowsRemoved, this, queue);
        connect(model, &QAbstractItemModel::modelReset, this, queue);
        connect(model, &QAbstractItemModel::layoutChanged, this, queue);
    }
    queueFit();
}

bool RowsHeightFit::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::ParentChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        if (watched == m_view)
            queueFit();
        break;
    case QEvent::Resize:
        // The page's view changed height: the cap on a long table follows it.
        if (watched != m_view)
            queueFit();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void RowsHeightFit::queueFit()
{
    if (m_queued)
        return;
    m_queued = true;
    QMetaObject::invokeMethod(this, &RowsHeightFit::fit, Qt::QueuedConnection);
}

QScrollArea *RowsHeightFit::page() const
{
    for (QWidget *p = m_view->parentWidget(); p; p = p->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(p))
            return scroll;
    }
    return nullptr;
}

int RowsHeightFit::fittedHeight() const
{
    const QHeaderView *rows = m_view->verticalHeader();
    int height = 2 * m_view->frameWidth();
    if (!m_view->horizontalHeader()->isHidden())
        height += m_view->horizontalHeader()->sizeHint().height();
    // The rows as they are (a wrapped row is taller), and room for the rest of the minimum.
    height += rows->length();
    const int shown = rows->count() - rows->hiddenSectionCount();
    if (shown < m_minimumRows)
        height += (m_minimumRows - shown) * rows->defaultSectionSize();
    if (m_view->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOn
        || (m_view->horizontalScrollBarPolicy() == Qt::ScrollBarAsNeeded
            && m_view->horizontalScrollBar()->maximum() > 0))
        height += m_view->horizontalScrollBar()->sizeHint().height();
    if (const QScrollArea *scroll = page(); scroll && scroll->viewport()->height() > 0) {
        // Never taller than the page shows at once, nor squeezed below its minimum.
        const int cap = scroll->viewport()->height();
        const int floor = m_view->horizontalHeader()->sizeHint().height() + 2 * m_view->frameWidth()
            + m_minimumRows * rows->defaultSectionSize();
        height = std::max(std::min(height, cap), std::min(floor, cap));
    }
    return height;
}

void RowsHeightFit::fit()
{
    m_queued = false;
    if (QScrollArea *scroll = page(); scroll && scroll->viewport() != m_watchedPage) {
        if (m_watchedPage)
            m_watchedPage->removeEventFilter(this);
        m_watchedPage = scroll->viewport();
        m_watchedPage->installEventFilter(this);
    }
    const int height = fittedHeight();
    if (m_view->minimumHeight() != height || m_view->maximumHeight() != height)
        m_view->setFixedHeight(height);
}

} // namespace ui
