#pragma once

#include <QLabel>

class QAbstractItemView;

namespace ui {

// Over an item view's rows while its model has none: what belongs in it, centred in the
// viewport in the placeholder colour (the view's accessible description says it to a
// screen reader too). It follows the model's rows and the viewport's size on its own.
class EmptyViewHint : public QLabel
{
    Q_OBJECT

public:
    EmptyViewHint(QAbstractItemView *view, const QString &text);
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
};

} // namespace ui
