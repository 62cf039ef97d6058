#include "emptyviewhint.h"

#include <QAbstractItemView>
#include <QEvent>

namespace ui {

EmptyViewHint::EmptyViewHint(QAbstractItemView *view, const QString &text)
    : QLabel(text, view->viewport())
    , m_view(view)
{
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setForegroundRole(QPalette::PlaceholderText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    const QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyViewHint::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyViewHint::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyViewHint::refresh);
    refresh();
}

void EmptyViewHint::refresh()
{
    const bool empty = m_view->model()->rowCount() == 0 && !text().isEmpty();
    m_view->setAccessibleDescription(empty ? text() : QString());
    setVisible(empty);
    if (!empty)
        return;
    const int margin = m_view->fontMetrics().averageCharWidth() * 2;
    setGeometry(m_view->viewport()->rect().adjusted(margin, margin / 2, -margin, -margin / 2));
}

bool EmptyViewHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        refresh();
    return QLabel::eventFilter(watched, event);
}

} // namespace ui
