#include "combowidthfit.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QEvent>
#include <QStyle>
#include <QStyleOptionComboBox>

#include <algorithm>

namespace ui {

ComboWidthFit::ComboWidthFit(QComboBox *combo)
    : QObject(combo)
    , m_combo(combo)
{
    combo->installEventFilter(this);
    connect(combo->model(), &QAbstractItemModel::rowsInserted, this, &ComboWidthFit::fit);
    connect(combo->model(), &QAbstractItemModel::rowsRemoved, this, &ComboWidthFit::fit);
    connect(combo->model(), &QAbstractItemModel::dataChanged, this, &ComboWidthFit::fit);
    fit();
}

bool ComboWidthFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_combo
        && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
            || event->type() == QEvent::Polish))
        fit();
    return QObject::eventFilter(watched, event);
}

void ComboWidthFit::fit()
{
    int widest = 0;
    for (int i = 0; i < m_combo->count(); ++i)
        widest = std::max(widest, m_combo->fontMetrics().horizontalAdvance(m_combo->itemText(i)));
    QStyleOptionComboBox option;
    option.initFrom(m_combo);
    const QSize content(widest, m_combo->fontMetrics().height());
    m_combo->setMinimumWidth(
        m_combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, content, m_combo).width());
}

} // namespace ui
